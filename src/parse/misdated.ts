import { day, dayOf, inOtherYears } from '../base/calendar.js';
import { firstNotBefore } from '../base/search.js';
import type { LostDate, LostDay } from './dataset.js';
import type { Stretch } from './records.js';

// A row dated out of the file's order is most often a date typed wrong: 1925-08-27, 2024-08-27
// or 2125-08-27 for 2025-08-27, in the middle of a file that runs day by day. Read at its
// written date, the day it belongs to is left without one of its stretches, and what is left
// of that day (a morning missing, 30 minutes between the afternoon and the evening) gave a
// false s.27 break finding. So, in a file whose rows run in date order for the employee, a row
// whose date breaks that order makes the days around it incomplete, as a rejected row does
// (`EmployeeFacts.incomplete`): the dates of its neighbours, which it may belong to, and its own
// written date. The same holds for a row whose date could not be read at all (`undatedRows`),
// placed by its line between its neighbours. The row itself is not refused: it is used, and
// what it changes is said as undetermined, never a finding (docs/inputs.md, A row dated out of
// order).

/** More date reversals than this share of an employee's rows: the file is not in date order. */
const UNORDERED_SHARE = 0.02;
/** Reversals always allowed: two typed dates make up to four. */
const UNORDERED_FEW = 4;
/**
 * More reversals than this share of the pairs of rows side by side, and more than one (one
 * typed date): not in date order, however few the rows (15, 13, 11, 14 is a list in no order,
 * not a date typed wrong).
 */
const UNORDERED_PAIRS = 1 / 3;
/** Days from a first or last row, its year put right, to its neighbour: the next day worked is near. */
const NEAR_DAYS = 31;

interface Line {
  line: number;
  /** Undefined for a row whose date could not be read. */
  date?: string;
}

/**
 * The days made incomplete by rows dated out of order, with those rows' lines, or none when
 * the employee's rows are not in date order in the file (nothing can be inferred then). Only
 * rows behind one stretch each are placed: a clock's punches are paired by date already, and a
 * punch moved to another date leaves an unpaired punch, which is rejected.
 */
export function misdatedDays(
  stretches: readonly Stretch[],
  undatedRows: readonly number[] = [],
  rejected: readonly LostDate[] = [],
): LostDate[] {
  const marks = new Marks();
  // Most files: rows already in date order, where only the first and last may be a year typed wrong.
  if (undatedRows.length === 0 && rejected.length === 0 && inFileOrder(stretches))
    return edgeYears(stretches, marks);
  const lines = linesInOrder(stretches, undatedRows, rejected);
  if (lines.length < 3) return [];
  let reversals = 0;
  let previous: string | undefined;
  for (const l of lines) {
    if (l.date === undefined) continue;
    if (previous !== undefined && l.date < previous) reversals++;
    previous = l.date;
  }
  if (reversals > Math.max(UNORDERED_FEW, lines.length * UNORDERED_SHARE)) return [];
  if (reversals > 1 && reversals > (lines.length - 1) * UNORDERED_PAIRS) return [];
  // A first or last row is judged by its one neighbour only when that neighbour is in order itself.
  const inner = (i: number) => {
    const { date } = lines[i];
    const before = lines[i - 1]?.date;
    const after = lines[i + 1]?.date;
    return (
      date !== undefined && before !== undefined && after !== undefined && outOfOrder(date, before, after)
    );
  };
  const last = lines.length - 1;
  for (let i = 0; i < lines.length; i++) {
    const { line, date } = lines[i];
    if ((i === 0 && last > 0 && inner(1)) || (i === last && last > 0 && inner(last - 1))) continue;
    const before = lines[i - 1]?.date;
    const after = lines[i + 1]?.date;
    if (date === undefined) {
      // Between two days in order it is work of one of them; first or last, of any day.
      if (before !== undefined && after !== undefined && before <= after) {
        marks.add(before, line);
        marks.add(after, line);
      }
    } else if (outOfOrder(date, before, after)) {
      // Typed one slip away from one neighbour's date (the year, or one digit): that day's row.
      const near = [before, after].filter((d) => d !== undefined && oneSlip(date, d));
      for (const d of near.length === 1 ? near : [before, after]) marks.add(d, line);
      marks.add(date, line);
    }
  }
  return marks.days();
}

/** Dates with the lines that make them incomplete. */
class Marks {
  #by = new Map<string, number[]>();

  add(date: string | undefined, line: number): void {
    if (date === undefined) return;
    const rows = this.#by.get(date);
    if (!rows) this.#by.set(date, [line]);
    else if (!rows.includes(line)) rows.push(line);
  }

  days(): LostDate[] {
    return [...this.#by].map(([date, rows]) => ({ date, rows: rows.sort((a, b) => a - b) }));
  }
}

/**
 * Whether a row dated `date` breaks the order of its neighbours' dates: between two in order,
 * it lies outside them. First or last, with one neighbour, only a year typed wrong, or the two
 * digits of its month or day typed the other way round, shows: the date, one or a hundred years
 * on or back, or with the digits put back (only where it lies on the wrong side of its
 * neighbour: 2025-08-10, then 2025-08-01), falls on its neighbour's day or within `NEAR_DAYS`
 * before it (first) or after it (last), as the next row of a file running day by day does
 * (2024-08-11, then 2025-08-13). A row out of order at the end otherwise is as often one added
 * later (a correction, a day forgotten: 4 September after 7 September) as one typed wrong.
 */
function outOfOrder(date: string, before: string | undefined, after: string | undefined): boolean {
  if (before !== undefined && after !== undefined) return before <= after && (date < before || date > after);
  const other = before ?? after;
  if (other === undefined) return false;
  // First: its right date comes before its neighbour's; last: after it.
  const sign = before === undefined ? 1 : -1;
  const typed = date.slice(0, 4) === other.slice(0, 4) ? [] : inOtherYears(date, [1, -1, 100, -100]);
  // Digits the other way round only on the wrong side of its neighbour (2025-08-10, then 2025-08-01).
  const reversed = sign * (day(other) - (dayOf(date) ?? Number.NaN)) < 0;
  return [...typed, ...(reversed ? transposed(date) : [])].some((iso) => {
    const moved = dayOf(iso);
    const apart = moved === undefined ? -1 : sign * (day(other) - moved);
    return apart >= 0 && apart <= NEAR_DAYS;
  });
}

/**
 * The dates whose month or day has its two digits the other way round (2025-08-01 for
 * 2025-08-10, 2025-08-30 for 2025-08-03): a transposition, the commonest slip of typing.
 */
function transposed(date: string): string[] {
  const out: string[] = [];
  for (const at of [5, 8]) {
    if (date[at] === date[at + 1]) continue;
    const iso = `${date.slice(0, at)}${date[at + 1]}${date[at]}${date.slice(at + 2)}`;
    if (dayOf(iso) !== undefined) out.push(iso);
  }
  return out;
}

const lineOf = (s: Stretch): number | undefined =>
  s.rows && s.rows.length > 1 ? undefined : (s.rows?.[0] ?? s.row);

/**
 * Whether the rows behind one stretch each come in date order as they come in line order, and no
 * row repeating a stretch was rejected (`Stretch.twins`: its line may lie anywhere).
 */
function inFileOrder(stretches: readonly Stretch[]): boolean {
  let line = -1;
  let date = '';
  for (const s of stretches) {
    if (s.twins) return false;
    const l = lineOf(s);
    if (l === undefined) continue;
    if (l < line || s.date < date) return false;
    line = l;
    date = s.date;
  }
  return true;
}

/**
 * Of rows in date order, the first or the last with its year typed wrong (`outOfOrder` with one
 * neighbour: 1925-08-27, then 2025-08-27 and on): the rows between have neighbours on both sides
 * in order. Three lines at least, so that there is an order to go by.
 */
function edgeYears(stretches: readonly Stretch[], marks: Marks): LostDate[] {
  const head: Line[] = [];
  let lines = 0;
  let last = -1;
  let lastDate = '';
  let beforeDate = '';
  for (const s of stretches) {
    const line = lineOf(s);
    if (line === undefined || line === last) continue;
    lines++;
    if (head.length < 2) head.push({ line, date: s.date });
    beforeDate = lastDate;
    last = line;
    lastDate = s.date;
  }
  if (lines < 3) return [];
  if (outOfOrder(head[0].date!, undefined, head[1].date)) {
    marks.add(head[0].date, head[0].line);
    marks.add(head[1].date, head[0].line);
  }
  if (outOfOrder(lastDate, beforeDate, undefined)) {
    marks.add(lastDate, last);
    marks.add(beforeDate, last);
  }
  return marks.days();
}

/** Whether two dates differ in the year alone, or in one character of their ISO text. */
function oneSlip(a: string, b: string): boolean {
  if (a.slice(4) === b.slice(4)) return true;
  let differ = 0;
  for (let i = 0; i < a.length && differ < 2; i++) if (a[i] !== b[i]) differ++;
  return differ === 1;
}

/**
 * One entry per source line, dated or not, in line order. A row rejected with a date that was
 * read (`rejected`), or as repeating a stretch (`Stretch.twins`), is placed too: a date typed
 * onto another work day overlaps that day's own stretch and is rejected (parse/stretches.ts),
 * and its neighbours are still the days it left. A row exported twice lies beside its twin, in
 * order.
 */
function linesInOrder(
  stretches: readonly Stretch[],
  undatedRows: readonly number[],
  rejected: readonly LostDate[] = [],
): Line[] {
  const lines: Line[] = [];
  for (const s of stretches) {
    const line = lineOf(s);
    if (line === undefined) continue;
    lines.push({ line, date: s.date });
    for (const twin of s.twins ?? []) lines.push({ line: twin, date: s.date });
  }
  for (const line of undatedRows) lines.push({ line });
  // A line lost on two dates (a night shift's overlap loses the day before too): its own is the later.
  const written = new Map<number, string>();
  for (const l of rejected)
    for (const line of l.rows) if ((written.get(line) ?? '') < l.date) written.set(line, l.date);
  for (const [line, date] of written) lines.push({ line, date });
  lines.sort((a, b) => a.line - b.line);
  // A wide row (in1, out1, in2, out2) is several stretches of one line and one date.
  let n = 0;
  for (const l of lines) if (n === 0 || lines[n - 1].line !== l.line) lines[n++] = l;
  lines.length = n;
  return lines;
}

/**
 * The days around rows refused as dated after the as-of date (2125-08-27 typed for 2025-08-27)
 * that lie between two of the employee's kept rows in date order: the day each may belong to
 * (its neighbours' dates, or the one it is a slip away from) is incomplete, with its line.
 * A refused row after the employee's last kept row is the work after the audit it says it is.
 */
export function refusedBetween(id: string, kept: readonly Stretch[], refused: readonly Stretch[]): LostDay[] {
  const lines: Line[] = [];
  for (const s of kept) {
    const line = lineOf(s);
    if (line !== undefined) lines.push({ line, date: s.date });
  }
  if (lines.length < 2) return [];
  lines.sort((a, b) => a.line - b.line);
  const out: LostDay[] = [];
  for (const s of refused) {
    const line = lineOf(s);
    if (line === undefined) continue;
    const lo = firstNotBefore(lines.length, (i) => lines[i].line < line);
    const before = lines[lo - 1]?.date;
    const after = lines[lo]?.date;
    if (before === undefined || after === undefined || before > after) continue;
    const near = [before, after].filter((d) => oneSlip(s.date, d));
    for (const date of new Set(near.length === 1 ? near : [before, after]))
      out.push({ employee_id: id, date, row: line });
  }
  return out;
}
