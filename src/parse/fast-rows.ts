import { daysInMonth } from '../base/calendar.js';
import { SpanRow } from '../read/span-row.js';
import { own } from '../read/split.js';
import type { RawRow } from '../read/table.js';
import type { CellContext } from './cells.js';
import { lookupValue } from './cells.js';
import { opensPlainlyAt } from './footer.js';
import type { Mapping } from './header.js';
import { DAY_TYPES, type FileKind, MONEY, PAYROLL_COLUMNS, type Stretch } from './records.js';
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
  /**
   * `read` for a row while the file is split, only when the footer checks keep it wherever it
   * stands (footer.ts opensPlainlyAt); else undefined and the row is handed on as strings.
   */
  readPlain(row: SpanRow): object | undefined;
  /** Columns that held a value in a row the reader took. */
  filled: Set<string>;
}

/** A reader with its `readPlain`. */
function reader(r: Omit<FastReader, 'readPlain'>): FastReader {
  return {
    ...r,
    readPlain: (row) =>
      row.count > 0 && opensPlainlyAt(row.text, row.from(0), row.to(0)) ? r.read(row) : undefined,
  };
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

/** Whether s[from, to) reads `t`. */
function same(s: string, from: number, to: number, t: string): boolean {
  if (t.length !== to - from) return false;
  for (let i = 0; i < t.length; i++) if (s.charCodeAt(from + i) !== t.charCodeAt(i)) return false;
  return true;
}

const HOURS_COLUMNS = new Set(['employee_id', 'date', 'start', 'end', 'break_minutes', 'day_type']);

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
  if (ctx.values !== undefined || Object.keys(constants).length > 0) return undefined;
  const r =
    kind === 'hours'
      ? hoursReader(mapping, width)
      : kind === 'payroll'
        ? payrollReader(mapping, width)
        : undefined;
  return r && reader(r);
}

function hoursReader(mapping: Mapping, width: number): Omit<FastReader, 'readPlain'> | undefined {
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
  const iDay = at.day_type;
  // A day type taken as written only when no alias maps it to something else.
  const dayTypes = DAY_TYPES.filter((t) => (lookupValue('day_type', t) ?? t) === t);
  const filled = new Set<string>();
  const required = ['employee_id', 'date', 'start', 'end'];
  let lastId: string | undefined;
  let lastDate: string | undefined;
  let breakFilled = false;
  let dayTypeFilled = false;
  /** The row's record from its cells' values, the strings kept for the next row. */
  const record = (
    employee_id: string,
    date: string,
    start: number,
    endOfDay: number,
    breakMinutes: number | undefined,
    dayType: Stretch['day_type'] | undefined,
    line: number,
  ) => {
    // An end not after the start is on the next calendar day (a night shift), as in hoursRecord.
    const end = endOfDay <= start ? endOfDay + 1440 : endOfDay;
    // A break as long as the stretch is a rejection: the full path words it.
    if (breakMinutes !== undefined && breakMinutes >= end - start) return undefined;
    lastId = employee_id;
    lastDate = date;
    if (filled.size === 0) for (const c of required) filled.add(c);
    // Said once each, not asked of the Set for every row.
    if (breakMinutes !== undefined && !breakFilled) {
      filled.add('break_minutes');
      breakFilled = true;
    }
    if (dayType !== undefined && !dayTypeFilled) {
      filled.add('day_type');
      dayTypeFilled = true;
    }
    return {
      employee_id,
      date,
      start,
      end,
      break_minutes: breakMinutes ?? 0,
      day_type: dayType ?? 'work',
      row: line,
    };
  };
  /** The day type of s[from, to) when it is one taken as written, else undefined. */
  const dayTypeAt = (s: string, from: number, to: number): Stretch['day_type'] | undefined => {
    for (const t of dayTypes) if (same(s, from, to, t)) return t as Stretch['day_type'];
    return undefined;
  };
  const BLANK = -2;
  /** A row of places: each value read from the characters where it lies. */
  const readPlaces = (row: SpanRow) => {
    const n = row.count;
    if (n > width || iId >= n || iDate >= n || iStart >= n || iEnd >= n) return undefined;
    const s = row.text;
    const sp = row.spans;
    const a = row.at;
    let from = sp[a + 2 * iId];
    let to = sp[a + 2 * iId + 1];
    if (!isPlainText(s, from, to)) return undefined;
    const employee_id = lastId !== undefined && same(s, from, to, lastId) ? lastId : own(s, from, to);
    from = sp[a + 2 * iDate];
    to = sp[a + 2 * iDate + 1];
    if (!isPlainDate(s, from, to)) return undefined;
    const date = lastDate !== undefined && same(s, from, to, lastDate) ? lastDate : own(s, from, to);
    const start = timeAt(s, sp[a + 2 * iStart], sp[a + 2 * iStart + 1]);
    if (start === undefined) return undefined;
    const endOfDay = timeAt(s, sp[a + 2 * iEnd], sp[a + 2 * iEnd + 1]);
    if (endOfDay === undefined) return undefined;
    let breakMinutes: number | undefined;
    if (iBreak !== undefined && iBreak < n && sp[a + 2 * iBreak + 1] > sp[a + 2 * iBreak]) {
      breakMinutes = minutesAt(s, sp[a + 2 * iBreak], sp[a + 2 * iBreak + 1]);
      if (breakMinutes === undefined) return undefined;
    }
    let dayType: Stretch['day_type'] | undefined;
    if (iDay !== undefined && iDay < n && sp[a + 2 * iDay + 1] > sp[a + 2 * iDay]) {
      dayType = dayTypeAt(s, sp[a + 2 * iDay], sp[a + 2 * iDay + 1]);
      if (dayType === undefined) return undefined;
    }
    return record(employee_id, date, start, endOfDay, breakMinutes, dayType, row.line);
  };
  /** A cell of a row of strings: its minutes, BLANK when empty, undefined when not plain. */
  const minutesOf = (cell: string): number | undefined =>
    cell === '' ? BLANK : minutesAt(cell, 0, cell.length);
  return {
    filled,
    read(row) {
      if (row instanceof SpanRow) return readPlaces(row);
      const cells = row.cells;
      if (row.problem || cells.length > width) return undefined;
      const employee_id = cells[iId];
      if (employee_id === undefined || !plainText(employee_id)) return undefined;
      const date = plainDate(cells[iDate] ?? '');
      if (date === undefined) return undefined;
      const start = plainTime(cells[iStart] ?? '');
      if (start === undefined) return undefined;
      const endOfDay = plainTime(cells[iEnd] ?? '');
      if (endOfDay === undefined) return undefined;
      const b = minutesOf(iBreak === undefined ? '' : (cells[iBreak] ?? ''));
      if (b === undefined) return undefined;
      const t = iDay === undefined ? '' : (cells[iDay] ?? '');
      const dayType = t === '' ? undefined : dayTypeAt(t, 0, t.length);
      if (t !== '' && dayType === undefined) return undefined;
      return record(employee_id, date, start, endOfDay, b === BLANK ? undefined : b, dayType, row.line);
    },
  };
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
function payrollReader(mapping: Mapping, width: number): Omit<FastReader, 'readPlain'> | undefined {
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
      for (const c of columns) if (out[c.name] !== undefined) filled.add(c.name);
      out.deduction_consent = (out.deduction_consent as boolean | undefined) ?? false;
      out.row = row.line;
      return out;
    },
  };
}
