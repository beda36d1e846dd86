import { hoursText, isoOf } from '../../base/calendar.js';
import type { WorkDay } from '../../facts/workday.js';
import { type CheckContext, type CheckFunction, type Draft, out } from '../check.js';
import { completeDays, incompleteDates, notCheckedOn } from './incomplete.js';
import { hoursEvidence } from './util.js';

/** One stretch of work in minutes from the start of the calendar (day number x 1440). */
interface Work {
  start: number;
  end: number;
  /** Breaks inside it at an unknown time: assumed to fall inside any window that overlaps it. */
  breakMin: number;
  day: WorkDay;
}

/**
 * Minimum rest (the sea-fishery regulation): at least `min_rest_per_day` minutes of rest in any
 * `day_window` minutes and `min_rest_per_week` in any `week_window`, from the hours file, for
 * employees of the rule's `sector`. Rest is every minute not worked; a window is tested from the
 * start of each stretch (the window of most work starts at one). Breaks without a position are
 * taken to fall inside the window, so they never make a finding; days beyond the input are rest.
 * A day with a rejected punch counts as rest (what rest is still short without it is short) and
 * is undetermined.
 */
export const minimumRest: CheckFunction = {
  name: 'minimum-rest',
  fact: 'work_day',
  needs: ['employees', 'hours'],
  options: { sector: 'only employees of this sector (e.g. sea_fishing)' },
  run(ctx) {
    const o = out();
    const sector = ctx.options.sector as string | undefined;
    if (sector && ctx.facts.employee.sector !== sector) return o;
    const work: Work[] = completeDays(ctx)
      .flatMap((d) =>
        d.stretches.map((s) => ({
          start: d.day * 1440 + s.start,
          end: d.day * 1440 + s.end,
          // A span's unrecorded break counts as a break without a position, in the span alone (not
          // again in an overtime pair of the same row).
          breakMin: d.breakUnrecorded && s.breaksUnrecorded ? d.unplacedBreakMin : s.break_minutes,
          day: d,
        })),
      )
      .sort((a, b) => a.start - b.start);
    for (const [messageId, windowKey, minKey] of [
      ['day', 'day_window_minutes', 'min_rest_per_day_minutes'],
      ['week', 'week_window_minutes', 'min_rest_per_week_minutes'],
    ] as const) {
      let reportedUntil = Number.NEGATIVE_INFINITY;
      for (let i = 0; i < work.length; i++) {
        const date = work[i].day.date;
        const window = ctx.num(windowKey, date);
        const minRest = ctx.num(minKey, date);
        const from = work[i].start;
        // One finding per window: windows starting inside one already reported add nothing.
        if (from < reportedUntil) continue;
        const { worked, days } = workIn(work, i, from + window);
        const rest = window - worked;
        if (rest >= minRest) continue;
        reportedUntil = from + window;
        o.findings.push(finding(ctx, messageId, date, from, window, rest, minRest, days, windowKey, minKey));
      }
    }
    const incomplete = incompleteDates(ctx);
    if (incomplete.length) o.undetermined.push(notCheckedOn(ctx, incomplete));
    return o;
  },
};

/** Minutes worked from stretch i to `until`, less breaks without a position, and the days involved. */
function workIn(work: Work[], i: number, until: number): { worked: number; days: WorkDay[] } {
  let worked = 0;
  const days = new Set<WorkDay>();
  for (let k = i; k < work.length && work[k].start < until; k++) {
    const overlap = Math.min(work[k].end, until) - work[k].start;
    worked += Math.max(0, overlap - work[k].breakMin);
    days.add(work[k].day);
  }
  return { worked, days: [...days] };
}

function finding(
  ctx: CheckContext,
  messageId: 'day' | 'week',
  date: string,
  from: number,
  window: number,
  rest: number,
  minRest: number,
  days: WorkDay[],
  windowKey: string,
  minKey: string,
): Draft {
  const clock = (m: number) =>
    `${isoOf(Math.floor(m / 1440))} ${String(Math.floor((m % 1440) / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  return {
    date,
    messageId,
    data: {
      date,
      from: clock(from),
      to: clock(from + window),
      rest: hoursText(rest),
      min_rest: hoursText(minRest),
    },
    evidence: hoursEvidence(days),
    params: { [windowKey]: ctx.param(windowKey, date), [minKey]: ctx.param(minKey, date) },
  };
}
