import type { WorkDay } from '../../facts/workday.js';
import { type Reason, reason } from '../../findings/reasons.js';
import { datesParam } from './util.js';

// Days that are one span from first in to last out with their break not recorded
// (`WorkDay.breakUnrecorded`) are counted at the least working time the record can mean: the span
// less the break it is taken to hold. The most they could hold is the whole span (no break
// given). What a sum over days finds on the least holds; where it finds nothing, the most may
// still take it over a limit, and the check is undetermined on those days (docs/inputs.md,
// Spans from first in to last out), as for a day with a rejected row (incomplete.ts).
// A day whose stretches have a gap longer than a shift's break between them (`WorkDay.gapMoreMin`:
// 06:00-15:00, then 22:00-07:00) is counted the same way: at its least, the gap is not a break
// whose excess is work (s.27 para 3); at its most, it is. Its break is not unknown (the gap is a
// rest either way): only its minutes are, so "break unknown" (`breakUnrecorded`) and "more
// minutes possible" (`spanMore`) are two questions.

/** The minutes of a span's unrecorded break: the work it may hold beyond those counted. */
const unrecordedMore = (d: WorkDay): number => (d.breakUnrecorded ? d.unplacedBreakMin : 0);

/**
 * The minutes of work a day may hold beyond those counted: the unrecorded break of a span, and
 * the excess of a gap that may be two shifts' changeover, were it a break.
 */
export const spanMore = (d: WorkDay): number => unrecordedMore(d) + (d.gapMoreMin ?? 0);

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
  const minutes = Math.max(...days.map(unrecordedMore));
  return reason('hours_span_uncounted', { ...datesParam(days.map((d) => d.date)), minutes });
}

/**
 * Why a sum over days is a lower bound, for days that may hold more (`spanMore`): the spans among
 * them, and the days whose long gap may be a break, each with the most a day may hold more.
 */
export function uncountedReasons(days: readonly WorkDay[]): Reason[] {
  const out: Reason[] = [];
  const spans = days.filter((d) => d.breakUnrecorded);
  if (spans.length) out.push(spansUncounted(spans));
  const gaps = days.filter((d) => d.gapMoreMin);
  if (gaps.length) {
    const minutes = Math.max(...gaps.map((d) => d.gapMoreMin ?? 0));
    out.push(reason('hours_gap_uncounted', { ...datesParam(gaps.map((d) => d.date)), minutes }));
  }
  return out;
}

/** The days whose long gap may be a break or the time between two shifts, where a check needs which. */
export const shiftsUnknown = (dates: string[]): Reason => reason('shift_gap_unknown', datesParam(dates));
