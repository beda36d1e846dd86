import { daysInMonth } from '../base/calendar.js';
import { SpanRow } from '../read/span-row.js';
import { own } from '../read/split.js';
import type { RawRow } from '../read/table.js';
import type { CellContext } from './cells.js';
import { lookupValue } from './cells.js';
import type { Mapping } from './header.js';
import {
  DAY_TYPES,
  type FileKind,
  MONEY,
  PAYROLL_COLUMNS,
  payDateImplausible,
  periodImplausible,
  type Stretch,
  stretchTooLong,
} from './records.js';
import { YEAR_MAX, YEAR_MIN } from './values.js';

// The fast path for plain cells. Most rows of a large hours or payroll file are written the
// canonical way (E001,2025-08-04,08:00,17:00,60,work): for them the full path (cleaning,
// real-world value parsers, a row validator) is a long way to the same record. Per file,
// the column mapping is compiled once into a reader with fixed column indexes and typed parsers
// on character codes. A row it cannot read with certainty (Thai digits, a B.E. year, 8.30, a
// blank required cell, a break as long as the stretch, anything unusual) is handed to the full
// path, so every rejection and its message is the full path's own. test/parse/fast-path.test.ts
// holds the two paths equal on every fixture and on generated rows.

/** A compiled reader: the row's record, or undefined when the full path must read the row. */
export interface FastReader {
  read(row: RawRow): object | undefined;
  /** Columns that held a value in a row the reader took. */
  filled: Set<string>;
}

const ZERO = 48;
const NINE = 57;
const digit = (s: string, i: number): number => {
  const c = s.charCodeAt(i) - ZERO;
  return c >= 0 && c <= NINE - ZERO ? c : -1;
};
const two = (s: string, i: number): number => {
  const a = digit(s, i);
  const b = digit(s, i + 1);
  return a < 0 || b < 0 ? -1 : a * 10 + b;
};

/** Whether s[from, to) is an ISO date YYYY-MM-DD of a C.E. year the full path keeps as it is. */
function isPlainDate(s: string, from: number, to: number): boolean {
  if (to - from !== 10 || s.charCodeAt(from + 4) !== 45 || s.charCodeAt(from + 7) !== 45) return false;
  const hi = two(s, from);
  const lo = two(s, from + 2);
  const m = two(s, from + 5);
  const d = two(s, from + 8);
  if (hi < 0 || lo < 0 || m < 1 || m > 12 || d < 1) return false;
  const y = hi * 100 + lo;
  // A year outside them is refused or Buddhist era (values.ts): the full path says which.
  if (y < YEAR_MIN || y > YEAR_MAX) return false;
  return d <= daysInMonth(y, m);
}

/** An ISO date YYYY-MM-DD of a C.E. year the full path keeps as it is, else undefined. */
export function plainDate(s: string): string | undefined {
  return isPlainDate(s, 0, s.length) ? s : undefined;
}

/** HH:MM from 00:00 to 23:59 in s[from, to) as minutes after midnight, else undefined. */
function timeAt(s: string, from: number, to: number): number | undefined {
  if (to - from !== 5 || s.charCodeAt(from + 2) !== 58) return undefined;
  const h = two(s, from);
  const m = two(s, from + 3);
  return h < 0 || h > 23 || m < 0 || m > 59 ? undefined : h * 60 + m;
}

/** HH:MM from 00:00 to 23:59 as minutes after midnight, else undefined. */
export function plainTime(s: string): number | undefined {
  return timeAt(s, 0, s.length);
}

/** Baht with at most 2 decimals (`9000`, `9000.5`, `9000.50`) as satang, else undefined. */
export function plainMoney(s: string): number | undefined {
  const n = s.length;
  const dot = s.indexOf('.');
  const whole = dot === -1 ? n : dot;
  // At most 12 digits of baht: the satang stay a safe integer.
  if (whole === 0 || whole > 12 || (dot !== -1 && (n - dot - 1 < 1 || n - dot - 1 > 2))) return undefined;
  let baht = 0;
  for (let i = 0; i < whole; i++) {
    const c = digit(s, i);
    if (c < 0) return undefined;
    baht = baht * 10 + c;
  }
  let satang = 0;
  if (dot !== -1) {
    const a = digit(s, dot + 1);
    const b = dot + 2 < n ? digit(s, dot + 2) : 0;
    if (a < 0 || b < 0) return undefined;
    satang = a * 10 + b;
  }
  return baht * 100 + satang;
}

/** A non-negative number of ASCII digits with an optional decimal part (days, hours), else undefined. */
export function plainNumber(s: string): number | undefined {
  const n = s.length;
  if (n === 0 || n > 15) return undefined;
  let dot = -1;
  for (let i = 0; i < n; i++) {
    if (s.charCodeAt(i) === 46 && dot === -1 && i > 0 && i < n - 1) dot = i;
    else if (digit(s, i) < 0) return undefined;
  }
  return Number(s);
}

/** Whole minutes written as 1 to 4 ASCII digits in s[from, to), else undefined. */
function minutesAt(s: string, from: number, to: number): number | undefined {
  if (to === from || to - from > 4) return undefined;
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = digit(s, i);
    if (c < 0) return undefined;
    n = n * 10 + c;
  }
  return n;
}

/** Whole minutes written as 1 to 4 ASCII digits, else undefined. */
export function plainMinutes(s: string): number | undefined {
  return minutesAt(s, 0, s.length);
}

/**
 * Whether s[from, to) is printable ASCII with no space at either end and no leading
 * apostrophe: a cell the full path keeps exactly as written (values.ts cleanCell).
 */
function isPlainText(s: string, from: number, to: number): boolean {
  if (to === from) return false;
  const first = s.charCodeAt(from);
  if (first < 0x21 || first > 0x7e || first === 0x27) return false;
  const last = s.charCodeAt(to - 1);
  if (last < 0x21 || last > 0x7e) return false;
  for (let i = from + 1; i < to - 1; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return false;
  }
  return true;
}

/** Printable ASCII with no space at either end and no leading apostrophe (isPlainText). */
export function plainText(s: string): boolean {
  return isPlainText(s, 0, s.length);
}

/**
 * One cell of a row wherever it lies: a string row's cell whole, or a place in a row of places
 * (read/span-row.ts). Filled by `place`, reused from cell to cell.
 */
interface Place {
  s: string;
  from: number;
  to: number;
}

/** Points `p` at cell i of the row ('' when the row has no such cell or i is undefined). */
function place(p: Place, row: RawRow, i: number | undefined): void {
  if (row instanceof SpanRow) {
    p.s = row.text;
    if (i === undefined || i >= row.count) p.from = p.to = 0;
    else {
      p.from = row.from(i);
      p.to = row.to(i);
    }
    return;
  }
  const cell = i === undefined ? '' : (row.cells[i] ?? '');
  p.s = cell;
  p.from = 0;
  p.to = cell.length;
}

/** `last` when the cell at `p` holds the same characters, else undefined. */
function sameText(p: Place, last: string | undefined): string | undefined {
  return last !== undefined && last.length === p.to - p.from && p.s.startsWith(last, p.from)
    ? last
    : undefined;
}

/** The cell at `p` as a string: a string row's own cell, or a copy of its own. */
function textOf(p: Place): string {
  if (p.from === 0 && p.to === p.s.length) return p.s;
  return own(p.s, p.from, p.to);
}

/** The number of cells of a row. */
const widthOf = (row: RawRow): number => (row instanceof SpanRow ? row.count : row.cells.length);

const HOURS_COLUMNS = new Set(['employee_id', 'date', 'start', 'end', 'break_minutes', 'day_type', 'status']);

/**
 * The reader for one file's mapping, or undefined when the file is outside what the fast path
 * knows: not an hours or payroll file, a column read from several cells, a mapping profile's
 * value table or constants.
 */
export function compileFastReader(
  kind: FileKind,
  mapping: Mapping,
  ctx: CellContext,
  width: number,
  constants: Record<string, string>,
): FastReader | undefined {
  if (ctx.values !== undefined || Object.keys(constants).length > 0 || mapping.pairs) return undefined;
  if (kind === 'hours') return hoursReader(mapping, width);
  if (kind === 'payroll') return payrollReader(mapping, width);
  return undefined;
}

function hoursReader(mapping: Mapping, width: number): FastReader | undefined {
  const at: Record<string, number> = {};
  for (const [column, idx] of mapping.byColumn) {
    if (!HOURS_COLUMNS.has(column) || idx.length !== 1) return undefined;
    at[column] = idx[0];
  }
  const iId = at.employee_id;
  const iDate = at.date;
  const iStart = at.start;
  const iEnd = at.end;
  if (iId === undefined || iDate === undefined || iStart === undefined || iEnd === undefined)
    return undefined;
  const iBreak = at.break_minutes;
  const spans = mapping.spans === true;
  const iDay = at.day_type;
  // A day's status is read only where the times are blank (the full path's): a row with times keeps them.
  const iStatus = at.status;
  let statusSeen = false;
  // A day type taken as written only when no alias maps it to something else.
  const dayTypes = DAY_TYPES.filter((t) => (lookupValue('day_type', t) ?? t) === t);
  const filled = new Set<string>();
  const required = ['employee_id', 'date', 'start', 'end'];
  const p: Place = { s: '', from: 0, to: 0 };
  let lastId: string | undefined;
  let lastDate: string | undefined;
  // Rows of one employee and day come together: a cell that reads as the last row's id or date
  // (taken, so plain) is that string again, with no second look at its characters.
  let breakSeen = false;
  let dayTypeSeen = false;
  return {
    filled,
    read(row) {
      if (row.problem || widthOf(row) > width) return undefined;
      place(p, row, iId);
      let employee_id = sameText(p, lastId);
      if (employee_id === undefined) {
        if (!isPlainText(p.s, p.from, p.to)) return undefined;
        employee_id = textOf(p);
      }
      place(p, row, iDate);
      let date = sameText(p, lastDate);
      if (date === undefined) {
        if (!isPlainDate(p.s, p.from, p.to)) return undefined;
        date = textOf(p);
      }
      place(p, row, iStart);
      const start = timeAt(p.s, p.from, p.to);
      if (start === undefined) return undefined;
      place(p, row, iEnd);
      const endOfDay = timeAt(p.s, p.from, p.to);
      // The same time as the start is a rejection: the full path words it.
      if (endOfDay === undefined || endOfDay === start) return undefined;
      // An end not after the start is on the next calendar day (a night shift), as in hoursRecord.
      const end = endOfDay <= start ? endOfDay + 1440 : endOfDay;
      // Read past midnight and longer than one shift can be is a rejection: the full path words it.
      if (endOfDay < start && stretchTooLong(start, end)) return undefined;
      let break_minutes = 0;
      place(p, row, iBreak);
      const hasBreak = p.to > p.from;
      if (hasBreak) {
        const n = minutesAt(p.s, p.from, p.to);
        // A break as long as the stretch is a rejection: the full path words it.
        if (n === undefined || n >= end - start) return undefined;
        break_minutes = n;
      }
      let day_type: Stretch['day_type'] = 'work';
      place(p, row, iDay);
      const hasDayType = p.to > p.from;
      if (hasDayType) {
        const t = dayTypeAt(p);
        if (t === undefined) return undefined;
        day_type = t;
      }
      place(p, row, iStatus);
      const hasStatus = p.to > p.from;
      // Filled as the full path sees it (cleaned): plain text only, the rest is the full path's.
      if (hasStatus && !isPlainText(p.s, p.from, p.to)) return undefined;
      lastId = employee_id;
      lastDate = date;
      if (filled.size === 0) for (const c of required) filled.add(c);
      if (hasBreak && !breakSeen) {
        breakSeen = true;
        filled.add('break_minutes');
      }
      if (hasDayType && !dayTypeSeen) {
        dayTypeSeen = true;
        filled.add('day_type');
      }
      if (hasStatus && !statusSeen) {
        statusSeen = true;
        filled.add('status');
      }
      const record = { employee_id, date, start, end, break_minutes, day_type, row: row.line };
      // As the full path marks it (grid.ts): a span from arrival to departure with no break given.
      return spans && !hasBreak ? { ...record, breaksUnrecorded: true } : record;
    },
  };

  /** The day type at `p` when it is one taken as written, else undefined. */
  function dayTypeAt(at: Place): Stretch['day_type'] | undefined {
    for (const t of dayTypes)
      if (t.length === at.to - at.from && at.s.startsWith(t, at.from)) return t as Stretch['day_type'];
    return undefined;
  }
}

type CellReader = (raw: string) => unknown;
const YES_NO: Record<string, boolean> = { yes: true, no: false };
const yesNo: CellReader = (raw) =>
  lookupValue('deduction_consent', raw) === undefined ? YES_NO[raw] : undefined;
const id: CellReader = (raw) => (plainText(raw) ? raw : undefined);

/** How the fast path reads each column of the payroll file's row schema. */
function payrollCell(column: string): CellReader | undefined {
  if (column === 'employee_id') return id;
  if (column === 'period_start' || column === 'period_end' || column === 'pay_date') return plainDate;
  if (MONEY.has(column)) return plainMoney;
  if (column === 'deduction_consent') return yesNo;
  if (['days_worked', 'ot_hours', 'holiday_hours', 'holiday_ot_hours'].includes(column)) return plainNumber;
  return undefined;
}

const PAYROLL_REQUIRED = new Set(['employee_id', 'period_start', 'period_end', 'base_pay']);

/**
 * Payroll rows as payrollRecord makes them: the mapped columns in the record's order (a
 * blank optional cell is there, undefined), deduction_consent false when blank or unmapped.
 */
function payrollReader(mapping: Mapping, width: number): FastReader | undefined {
  const columns: { name: string; index: number; read: CellReader; required: boolean }[] = [];
  for (const [column, idx] of mapping.byColumn)
    if (idx.length !== 1 || !payrollCell(column)) return undefined;
  for (const name of PAYROLL_COLUMNS) {
    const idx = mapping.byColumn.get(name);
    if (idx)
      columns.push({ name, index: idx[0], read: payrollCell(name)!, required: PAYROLL_REQUIRED.has(name) });
  }
  if (columns.filter((c) => c.required).length !== PAYROLL_REQUIRED.size) return undefined;
  const filled = new Set<string>();
  return {
    filled,
    read(row) {
      const cells = row.cells;
      if (row.problem || cells.length > width) return undefined;
      const out: Record<string, unknown> = {};
      for (const c of columns) {
        const raw = cells[c.index] ?? '';
        if (raw === '') {
          if (c.required) return undefined;
          out[c.name] = undefined;
          continue;
        }
        const v = c.read(raw);
        if (v === undefined) return undefined;
        out[c.name] = v;
      }
      // A period that ends before it starts is a rejection: the full path words it.
      if ((out.period_end as string) < (out.period_start as string)) return undefined;
      // So is a period more than a year long, or a pay date a year or more from its period.
      if (periodImplausible(out.period_start as string, out.period_end as string)) return undefined;
      if (
        payDateImplausible(
          out.period_start as string,
          out.period_end as string,
          out.pay_date as string | undefined,
        )
      )
        return undefined;
      for (const c of columns) if (out[c.name] !== undefined) filled.add(c.name);
      out.deduction_consent = (out.deduction_consent as boolean | undefined) ?? false;
      out.row = row.line;
      return out;
    },
  };
}
