import { dayOf } from '../base/calendar.js';
import { type Reason, reason, reasonText } from '../findings/reasons.js';
import { normaliseValue, VALUE_ALIASES } from './aliases.js';
import type { ProfileSection } from './profile.js';
import { DATE_COLUMNS, MONEY, TIME_COLUMNS } from './records.js';
import {
  BE_THRESHOLD,
  cleanCell,
  type DateOptions,
  excelFractionToMinutes,
  parseDate,
  parseDateTime,
  parseNationalId,
  parseTime,
} from './values.js';

// One cell to its canonical text, with the file's decisions (date order, two-digit years).

// ---- cells ----

const pad2 = (n: number) => String(n).padStart(2, '0');
export const timeText = (m: number) => `${pad2(Math.floor(m / 60))}:${pad2(m % 60)}`;
export const bahtText = (satang: number) => `${Math.floor(satang / 100)}.${pad2(satang % 100)}`;

/** Excel formulas leave binary fractions (333.3333…): rounded half up to the satang, once. */
function roundToSatang(s: string): string {
  const m = /^(\d+)\.(\d{2})(\d)\d*$/.exec(s);
  if (!m) return s;
  let satang = Number(m[1]) * 100 + Number(m[2]);
  if (Number(m[3]) >= 5) satang++;
  return bahtText(satang);
}

export interface CellContext {
  date: DateOptions;
  xlsx: boolean;
  values?: ProfileSection['values'];
  counters: { be: number; rounded: Set<string>; beDateCells: number };
}

/** A cell as written to its canonical form, or an error for the row's rejection. */
export function canonicalCell(
  column: string,
  raw: string,
  c: CellContext,
): { ok: true; value: string } | { ok: false; error: string; why?: Reason } {
  const v = cleanCell(raw);
  if (v === '') return { ok: true, value: '' };
  const mapped = lookupValue(column, v, c.values);
  if (mapped !== undefined) return { ok: true, value: mapped };
  if (DATE_COLUMNS.has(column)) {
    const d = parseDate(v, c.date);
    if (!d.ok) return { ok: false, error: d.error, why: d.why };
    countEra(v, c);
    return { ok: true, value: d.value };
  }
  if (TIME_COLUMNS.has(column)) {
    let s = v;
    if (/^\d{1,2}\.\d$/.test(s)) s = `${s}0`; // Excel keeps 8.30 typed as a number as 8.3
    if (/^0?\.\d{3,}$/.test(s)) {
      const m = excelFractionToMinutes(Number(s));
      if (m !== undefined) return { ok: true, value: timeText(m) };
    }
    const t = parseTime(s);
    return t.ok
      ? { ok: true, value: timeText(t.value) }
      : {
          ok: false,
          error: t.error.replace(`"${s}"`, `"${raw}"`),
          ...(t.why ? { why: { ...t.why, params: { ...t.why.params, value: raw } } } : {}),
        };
  }
  if (column === 'break_minutes') {
    // Time-attendance exports give a break as a duration, hours and minutes (1:00, 01:30:00):
    // in a column of minutes that can only be a length of time, never a time of day.
    const d = /^(\d{1,2}):([0-5]\d)(?::00)?$/.exec(v);
    if (d) return { ok: true, value: String(Number(d[1]) * 60 + Number(d[2])) };
  }
  // A payroll's days and hours are printed in the accounting format of its amounts, whose zero
  // is a dash (`-`): read as 0, as in the money columns, not refused with the row's pay.
  if ((HOUR_COUNTS.has(column) || column === 'days_worked') && /^[-–]$/.test(v))
    return { ok: true, value: '0' };
  if (HOUR_COUNTS.has(column)) {
    // Payroll programs print hours worked as hours and minutes (12:30 is 12.5 h), never a time of day.
    const d = /^(\d{1,3}):([0-5]\d)(?::00)?$/.exec(v);
    if (d) return { ok: true, value: String(Number(d[1]) + Number(d[2]) / 60) };
  }
  if (column === 'national_id') {
    const n = parseNationalId(v);
    return n.ok ? n : { ok: false, error: n.error, why: n.why };
  }
  if (MONEY.has(column) && c.xlsx && /^\d+\.\d{3,}$/.test(v)) {
    c.counters.rounded.add(column);
    return { ok: true, value: roundToSatang(v) };
  }
  return { ok: true, value: v };
}

/**
 * Counts a date read (its cell, cleaned) whose year is Buddhist era, for the file's note that
 * B.E. dates were read as such, and an Excel date cell holding one (B.E. typed into a C.E. date).
 */
export function countEra(v: string, c: CellContext): void {
  const y = /(?:^|\D)(\d{4})(?:\D|$)/.exec(v);
  if (y && Number(y[1]) >= BE_THRESHOLD) {
    c.counters.be++;
    if (c.xlsx && /^\d{4}-\d{2}-\d{2}/.test(v)) c.counters.beDateCells++;
  }
}

/**
 * Counts the dates a pay-period cell gives in Buddhist era (`ส.ค. 2568` one, `01/08/2568 -
 * 31/08/2568` two), for the same note as the date cells.
 */
export function countPeriodEra(v: string, c: CellContext): void {
  for (const y of v.matchAll(/(?:^|\D)(\d{4})(?=\D|$)/g)) if (Number(y[1]) >= BE_THRESHOLD) c.counters.be++;
}

export function lookupValue(
  column: string,
  v: string,
  values?: ProfileSection['values'],
): string | undefined {
  const k = normaliseValue(v);
  const fromProfile = values?.[column];
  if (fromProfile) {
    for (const [from, to] of Object.entries(fromProfile)) if (normaliseValue(from) === k) return to;
  }
  // Own keys only: a cell reading "constructor" is not an alias of Object's.
  const aliases = VALUE_ALIASES[column];
  return aliases && Object.hasOwn(aliases, k) ? aliases[k] : undefined;
}

/** Payroll columns of hours (not times of day). */
const HOUR_COUNTS = new Set(['ot_hours', 'holiday_hours', 'holiday_ot_hours']);

/** A time of day alone: 22:00, 8.30, 08:00:00, 8:00 pm, 08.00 น. */
const TIME_ONLY = /^\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*(?:[ap]\.?m\.?|น\.?))?$/i;

/**
 * A stretch whose start and end are dates and times, in an hours file without a date column
 * (daily attendance exports: "04/08/2568 22:00" to "05/08/2568 06:00"): its date, and its
 * start and end as times of that date's clock (an end on the next day reads as the canonical
 * file reads an end before its start). An end given as a time alone is read the same way.
 * Undefined when a cell is empty (the row's own checks say so).
 */
export function datedStretch(
  startCell: string,
  endCell: string,
  c: CellContext,
):
  | { ok: true; date: string; start: string; end: string }
  | { ok: false; column: 'start' | 'end'; error: string; why?: Reason; value: string }
  | undefined {
  if (startCell === '' || endCell === '') return undefined;
  const refuse = (column: 'start' | 'end', why: Reason, value: string) =>
    ({ ok: false, column, error: reasonText(why), why, value }) as const;
  // A cell its own parser could not read, with that parser's reason.
  const unread = (column: 'start' | 'end', p: { error: string; why?: Reason }, value: string) =>
    ({ ok: false, column, error: p.error, ...(p.why ? { why: p.why } : {}), value }) as const;
  // "08.00 น." as Thai exports write a time.
  const dateTime = (cell: string) => parseDateTime(cell.replace(/\s*น\.?$/, ''), c.date);
  const start = dateTime(startCell);
  if (!start.ok) {
    return TIME_ONLY.test(startCell)
      ? refuse('start', reason('start_without_date', { value: startCell }), startCell)
      : unread('start', start, startCell);
  }
  let endMinute: number;
  const end = dateTime(endCell);
  if (end.ok) {
    const days = (dayOf(end.value.date) as number) - (dayOf(start.value.date) as number);
    const at = days * 1440 + end.value.minute;
    if (at <= start.value.minute)
      return refuse('end', reason('end_not_after_start', { value: endCell, start: startCell }), endCell);
    if (at - start.value.minute >= 1440)
      return refuse('end', reason('stretch_a_day_or_more', { value: endCell, start: startCell }), endCell);
    endMinute = end.value.minute;
  } else {
    const t = parseTime(endCell);
    if (!t.ok || t.value >= 1440) return unread('end', end, endCell);
    endMinute = t.value;
  }
  return { ok: true, date: start.value.date, start: timeText(start.value.minute), end: timeText(endMinute) };
}
