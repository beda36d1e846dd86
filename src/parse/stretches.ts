import { day } from '../base/calendar.js';
import { timeText } from './cells.js';
import type { LostDay, Rejection } from './dataset.js';
import type { Stretch } from './records.js';
import { said } from './rejections.js';

// The order of stretches, night shifts placed after midnight, and overlaps rejected.

/** The longest rest between two stretches of one work day that a next-day placement may imply. */
const NEXT_DAY_MAX_GAP_MIN = 8 * 60;

/**
 * A night shift split into rows keeps the date it started on. Within one employee and date the
 * stretches are taken in file order: a stretch that starts, in clock time, before the previous
 * stretch ends lies on the next calendar day (22:00-02:00 then 03:00-07:00; 20:00-23:00 then
 * 00:30-04:00). Not when that would leave more than NEXT_DAY_MAX_GAP_MIN of rest after the
 * previous stretch or start the day over: rows of a day shift listed out of order (13:00-17:00
 * then 08:00-12:00) stay one day, and 08:00-17:00 then 16:00-20:00 is an overlap, which
 * dropOverlaps rejects, never a stretch of the next afternoon.
 */
export function placeAfterMidnight(stretches: Stretch[]): Stretch[] {
  const out: Stretch[] = [];
  if (!byEmployeeAndDate(stretches)) {
    // Rows of one day apart from each other in the file: gathered by a map first.
    const byDay = new Map<string, Stretch[]>();
    for (const s of stretches) {
      const k = `${s.employee_id}\u0000${s.date}`;
      const list = byDay.get(k);
      if (list) list.push(s);
      else byDay.set(k, [s]);
    }
    for (const list of byDay.values()) placeDay(list, 0, list.length, out);
    return out;
  }
  // The common order (by employee, then date): each day's rows already lie together, in the
  // order of their first row, so the map's grouping is the runs themselves.
  for (let i = 0; i < stretches.length; ) {
    const first = stretches[i];
    let j = i + 1;
    while (
      j < stretches.length &&
      stretches[j].date === first.date &&
      stretches[j].employee_id === first.employee_id
    )
      j++;
    placeDay(stretches, i, j, out);
    i = j;
  }
  return out;
}

/** Whether no employee's date comes back after another date or employee (sorted by both). */
function byEmployeeAndDate(stretches: Stretch[]): boolean {
  for (let k = 1; k < stretches.length; k++) {
    const a = stretches[k - 1];
    const b = stretches[k];
    if (a.employee_id === b.employee_id ? a.date > b.date : a.employee_id > b.employee_id) return false;
  }
  return true;
}

/** The stretches list[from, to) of one employee and date, placed, onto `out`. */
function placeDay(list: Stretch[], from: number, to: number, out: Stretch[]): void {
  if (to - from === 1) {
    out.push(list[from]);
    return;
  }
  let inFileOrder = list;
  for (let k = from + 1; k < to; k++)
    if (list[k].row < list[k - 1].row) {
      inFileOrder = list.slice(from, to).sort((a, b) => a.row - b.row);
      from = 0;
      to = inFileOrder.length;
      break;
    }
  const firstStart = inFileOrder[from].start;
  let prevEnd = Number.NEGATIVE_INFINITY;
  for (let k = from; k < to; k++) {
    const s = inFileOrder[k];
    const next =
      s.start < prevEnd &&
      s.start < firstStart &&
      s.start + 1440 >= prevEnd &&
      s.start + 1440 - prevEnd <= NEXT_DAY_MAX_GAP_MIN;
    const placed = next ? { ...s, start: s.start + 1440, end: s.end + 1440 } : s;
    out.push(placed);
    prevEnd = Math.max(prevEnd, placed.end);
  }
}

/** The order of stretches in a data set: employee, date, start, then row. */
export const stretchOrder = (a: Stretch, b: Stretch): number =>
  cmp(a.employee_id, b.employee_id) || cmp(a.date, b.date) || a.start - b.start || a.row - b.row;

/**
 * The stretches in `stretchOrder`, sorted in place. Rows usually arrive in that order (an
 * export by employee and date, or one employee's rows after a spill), and one pass that
 * compares the fields inline tells so: the sort, which calls its comparator at least once per
 * row even then, is left for the rows that need it.
 */
export function sortStretches(stretches: Stretch[]): Stretch[] {
  return inStretchOrder(stretches) ? stretches : stretches.sort(stretchOrder);
}

/** Whether no stretch comes after the next one in `stretchOrder` (ties keep their order, as the stable sort does). */
export function inStretchOrder(stretches: Stretch[]): boolean {
  for (let k = 1; k < stretches.length; k++) {
    const a = stretches[k - 1];
    const b = stretches[k];
    if (a.employee_id !== b.employee_id) {
      if (a.employee_id > b.employee_id) return false;
    } else if (a.date !== b.date) {
      if (a.date > b.date) return false;
    } else if (a.start > b.start || (a.start === b.start && a.row > b.row)) return false;
  }
  return true;
}

/**
 * Overlapping stretches of one employee cannot both be true: the later row is rejected.
 * `sorted` is in `stretchOrder`; returns the stretches kept. Shared with evaluate/stream.ts.
 * Which of the two rows is true is not known, so the work of their days is not (`lose`: lost
 * days, docs/inputs.md), unless the row repeats the one kept: a row exported twice.
 */
export function dropOverlaps(
  sorted: Stretch[],
  file: string,
  reject: (r: Rejection) => void,
  lose?: (l: LostDay) => void,
): Stretch[] {
  const kept: Stretch[] = [];
  let prev: Stretch | undefined;
  let prevEnd = 0;
  // A day's rows lie together: its day number is read once per date, not per stretch.
  let date = '';
  let base = 0;
  // Rows rejected here: a row of several in and out pairs (parse/pairs.ts) goes whole.
  let dropped: Set<number> | undefined;
  for (const s of sorted) {
    if (s.date !== date) {
      date = s.date;
      base = day(date) * 1440;
    }
    if (prev && prev.employee_id === s.employee_id && prevEnd > base + s.start) {
      // A stretch paired from clock punches stands for several rows: each is rejected.
      for (const row of s.rows ?? [s.row]) {
        reject({
          file,
          row,
          column: 'start',
          ...said('overlapping_stretch', { row: prev.row }),
          value: `${s.date} ${timeText(s.start % 1440)}`,
        });
        if (sameWork(prev, s)) {
          // A clock's punches are paired by date, not placed by their lines (parse/misdated.ts).
          if (!s.rows || s.rows.length <= 1) prev.twins = [...(prev.twins ?? []), row];
        } else if (lose) {
          lose({ employee_id: s.employee_id, date: s.date, row });
          // A night shift of the day before that runs into it: that day's work is in doubt too.
          if (prev.date !== s.date) lose({ employee_id: s.employee_id, date: prev.date, row });
        }
      }
      dropped ??= new Set();
      dropped.add(s.row);
      continue;
    }
    kept.push(s);
    prev = s;
    prevEnd = base + s.end;
  }
  return dropped ? kept.filter((s) => !dropped.has(s.row)) : kept;
}

/** Whether two stretches of one employee say the same: one row written twice. */
const sameWork = (a: Stretch, b: Stretch): boolean =>
  a.date === b.date &&
  a.start === b.start &&
  a.end === b.end &&
  a.break_minutes === b.break_minutes &&
  a.day_type === b.day_type;

export const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
