import type { WorkDay } from '../../facts/workday.js';
import { type Reason, reason } from '../../findings/reasons.js';
import { datesParam } from './util.js';

// Days that are one span from first in to last out with their break not recorded
// (`WorkDay.breakUnrecorded`) are counted at the least working time the record can mean: the span
// less the break it is taken to hold. The most they could hold is the whole span (no break
// given). What a sum over days finds on the least holds; where it finds nothing, the most may
// still take it over a limit, and the check is undetermined on those days (docs/inputs.md,
// Spans from first in to last out), as for a day with a rejected row (incomplete.ts).

/** The minutes of work a day may hold beyond those counted: the unrecorded break of a span. */
export const spanMore = (d: WorkDay): number => (d.breakUnrecorded ? d.unplacedBreakMin : 0);

/** A day's minutes of work of each kind. */
export type DayMinutes = Pick<
  WorkDay,
  'normalMin' | 'overtimeMin' | 'holidayMin' | 'holidayOvertimeMin' | 'workedMin'
>;

/** A day's minutes of each kind had no break been given in its span (the day as counted otherwise). */
export function mostOf(d: WorkDay): DayMinutes {
  const more = spanMore(d);
  if (more === 0) return d;
  const workedMin = d.workedMin + more;
  const within = Math.min(workedMin, d.limitMin);
  const beyond = workedMin - within;
  const holiday = d.day_type !== 'work';
  return {
    workedMin,
    normalMin: holiday ? 0 : within,
    overtimeMin: holiday ? 0 : beyond,
    holidayMin: holiday ? within : 0,
    holidayOvertimeMin: holiday ? beyond : 0,
  };
}

/** Why a sum over days is a lower bound: these days are spans, and may hold up to their break more. */
export function spansUncounted(days: readonly WorkDay[]): Reason {
  const minutes = Math.max(...days.map(spanMore));
  return reason('hours_span_uncounted', { ...datesParam(days.map((d) => d.date)), minutes });
}
