import type { WorkDay } from '../../facts/workday.js';
import { inPeriod, type Reason, reason } from '../../findings/reasons.js';
import { inForceOr } from '../../pack/params.js';
import { lineRuns } from '../../parse/rejections.js';
import type { CheckContext } from '../check.js';
import { datesParam } from './util.js';

// Days whose record is incomplete (`EmployeeFacts.incomplete`): a punch or hours row of the day
// was rejected (an unpaired punch, a punch with no date, a corrupt record, a time that cannot be
// read). What is left of such a day is not the day: the least-time reading of an odd number of
// punches may join the morning to the afternoon over a lunch break that was taken. A check of a
// day leaves it undetermined, naming the rejected rows; a sum over days counts it at no hours, so
// that what it finds holds whatever the day held (docs/inputs.md, A day with a rejected row).
// A rejected row whose date could not be read at all (`EmployeeFacts.undatedRows`) is work on a
// day not known: no day of the employee's is known to be one without work. Either may be a day
// worked that a count of days worked leaves out: an average per day worked over a window
// holding one, or over any window of an employee with undated rows, may be too high, and is not
// taken (`daysWorkedUnknown`).

/** The work days of `days` whose record is complete. */
export function completeDays(ctx: CheckContext, days: readonly WorkDay[] = ctx.facts.days): WorkDay[] {
  const incomplete = ctx.facts.incomplete;
  if (incomplete.size === 0) return days as WorkDay[];
  return days.filter((d) => !incomplete.has(d.date));
}

/**
 * Whether every row behind a day's work is one that makes the day incomplete: a row dated out of
 * the file's order placed on its written date (parse/misdated.ts). Such a day is not known to
 * have been worked at all (2025-08-10, a Sunday, typed for 2025-08-01), so a count of days worked
 * leaves it out and a run of work days does not pass through it.
 */
export function workInDoubt(ctx: CheckContext, d: WorkDay): boolean {
  const lines = ctx.facts.incomplete.get(d.date);
  return !!lines && d.rows.length > 0 && d.rows.every((r) => lines.includes(r));
}

/** The incomplete dates, in order; with `covers`, only those the check covers (an under-18's days). */
export function incompleteDates(ctx: CheckContext, covers?: (date: string) => boolean | undefined): string[] {
  const dates: string[] = [];
  for (const date of ctx.facts.incomplete.keys()) if (covers?.(date) !== false) dates.push(date);
  return dates;
}

/**
 * `test` on a date, or undefined when a parameter it needs has no value in force that day: an
 * incomplete date may lie outside the dates the rule pack covers, and it is undetermined then.
 */
export function onDate(test: (date: string) => boolean | undefined): (date: string) => boolean | undefined {
  return (date) => inForceOr(undefined, () => test(date));
}

/** "2025-08-05 (row 7)", "2025-08-05 (rows 3, 5)": up to three dates, then how many more. */
function daysParam(ctx: CheckContext, dates: readonly string[]): { days: string; days_th: string } {
  const one = (date: string, row: string, rows: string) => {
    const lines = ctx.facts.incomplete.get(date) ?? [];
    return `${date} (${lines.length === 1 ? row : rows} ${lines.join(', ')})`;
  };
  const shown = dates.slice(0, 3);
  const more = dates.length - shown.length;
  const en = shown.map((d) => one(d, 'row', 'rows')).join(', ');
  const th = shown.map((d) => one(d, 'แถว', 'แถว')).join(', ');
  return {
    days: more === 0 ? en : `${en} and ${more === 1 ? '1 more day' : `${more} more days`}`,
    days_th: more === 0 ? th : `${th} และอีก ${more} วัน`,
  };
}

/** Why a check of a day is undetermined on these incomplete dates. */
export const notCheckedOn = (ctx: CheckContext, dates: readonly string[]): Reason =>
  reason('hours_day_incomplete', daysParam(ctx, dates));

/** Why a sum over days is a lower bound: the hours of these incomplete dates are not in it. */
export const notCountedOn = (ctx: CheckContext, dates: readonly string[]): Reason =>
  reason('hours_day_uncounted', daysParam(ctx, dates));

/**
 * Why a check that reads the absence of hours (a period paid with none, more days paid than
 * worked) is undetermined: hours rows of the employee without a readable date, named as
 * "rows 12-15, 20" (up to three runs of lines, then how many more rows), or undefined when there
 * are none.
 */
export function undatedRowsReason(ctx: CheckContext): Reason | undefined {
  const rows = ctx.facts.undatedRows;
  if (rows.length === 0) return undefined;
  const { list, more } = lineRuns(rows, 3);
  return reason('hours_rows_undated', {
    rows: `${rows.length > 1 ? 'rows' : 'row'} ${list}${more ? ` and ${more} more` : ''}`,
    rows_th: `แถว ${list}${more ? ` และอีก ${more} แถว` : ''}`,
  });
}

/**
 * Why the days worked the hours show over `window` (a pay period) may be too few, so that an
 * average per day worked over it (pay / those days) may be too high and is not taken: rows of
 * the employee without a readable date (work on a day not known may be a day of any window),
 * else dates of the window whose hours rows were rejected and that have no work counted (a day
 * whose rows were all rejected is missing from the days worked), named with the window; or
 * undefined when there are neither. A lost date outside the window, or one whose remaining rows
 * still count it as worked, changes nothing. Days the hours file marks as not worked (leave, a
 * holiday: `notWorkedDays`) in the window may be paid days outside that count as well.
 */
export function daysWorkedUnknown(
  ctx: CheckContext,
  window: { start: string; end: string; days: readonly WorkDay[] },
): Reason | undefined {
  const undated = undatedRowsReason(ctx);
  if (undated) return undated;
  const within = (d: string) => d >= window.start && d <= window.end;
  const lost = ctx.facts.lostDays.filter(within);
  // Days marked not worked (leave, a holiday) may be paid: pay spread over the days worked only may be too high.
  const marked = ctx.facts.notWorkedDays.filter(within);
  if (lost.length === 0 && marked.length === 0) return undefined;
  const worked = new Set(window.days.filter((d) => d.workedMin > 0).map((d) => d.date));
  const missing = lost.filter((d) => !worked.has(d));
  if (missing.length) return inPeriod(window, reason('hours_rows_rejected', datesParam(missing)));
  const unpaidUnknown = marked.filter((d) => !worked.has(d));
  return unpaidUnknown.length
    ? inPeriod(window, reason('days_marked_not_worked', datesParam(unpaidUnknown)))
    : undefined;
}
