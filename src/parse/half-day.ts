import { addDays } from '../base/calendar.js';
import type { LostDate } from './dataset.js';
import type { Stretch } from './records.js';

// A time typed 12 hours wrong in one row (16:55 typed 04:55, 08:05 typed 20:05) of a worker who
// works by day is read as a stretch running past midnight for more than 12 hours: a 16-year-old's
// afternoon of 12:55-16:55 became 415 minutes of night work, a critical s.47 finding, and 12
// hours of overtime. Where none of the employee's other stretches (3 at least) runs past
// midnight, such a stretch makes its day and the next incomplete, as a rejected row does: its
// checks of a day are undetermined, naming the row, and sums count those days at no hours. The
// row is used, not rejected. A worker whose long night shifts are the rule (a guard's
// 18:00-08:00) has more of them than a slip makes, or shorter ones beside them, and is read as
// written; so is a 12-hour night shift (19:00-07:00).

/** A stretch past midnight longer than this has a half-day reading (minutes). */
const HALF_DAY_MIN = 720;
/** Stretches of day work, at least, that show the employee works by day. */
const DAY_WORK_FEW = 3;
/** More such stretches than this share of an employee's rows (and more than 2): the work is by night. */
const NIGHTS_SHARE = 0.02;
const NIGHTS_FEW = 2;
const DAY_MIN = 1440;

/** The days made incomplete by one employee's stretches that read as a time typed 12 hours wrong, with their lines. */
export function halfDaySlips(stretches: readonly Stretch[]): LostDate[] {
  const long: Stretch[] = [];
  const after: Stretch[] = [];
  for (const s of stretches) {
    if (s.end <= DAY_MIN) continue;
    const single = !s.rows || s.rows.length <= 1;
    if (s.start < DAY_MIN && s.end - s.start > HALF_DAY_MIN && single) long.push(s);
    else if (s.start >= DAY_MIN) after.push(s);
    // Another stretch past midnight: the employee works by night.
    else return [];
  }
  if (long.length === 0 || long.length > Math.max(NIGHTS_FEW, stretches.length * NIGHTS_SHARE)) return [];
  if (stretches.length - long.length - after.length < DAY_WORK_FEW) return [];
  // A stretch placed on the next day is a split night shift, unless a long one of its date put it
  // there (13:07-17:07 after 20:07-12:07 typed for 08:07-12:07).
  const dates = new Set(long.map((s) => s.date));
  if (after.some((s) => !dates.has(s.date))) return [];
  const out: LostDate[] = [];
  for (const s of long) {
    const rows = [s.rows?.[0] ?? s.row];
    out.push({ date: s.date, rows }, { date: addDays(s.date, 1), rows });
  }
  return out;
}
