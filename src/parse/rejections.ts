import { UserError } from '../errors.js';
import { type Reason, reason, reasonText } from '../findings/reasons.js';
import type { RawRow } from '../read/table.js';
import { columnAt } from './aliases.js';
import { type CellContext, lookupValue } from './cells.js';
import type {
  LostDate,
  LostDay,
  LostPay,
  LostPayRow,
  NotWorkedDay,
  Rejection,
  UndatedRow,
} from './dataset.js';
import type { Mapping } from './header.js';
import { cleanCell, parseDate, parsePeriod } from './values.js';

// Rejection bookkeeping: how a rejected row or a warning says why (in English and as a message
// id), names its lines and its column, and quotes the value.

export const EN_PLURAL = new Intl.PluralRules('en');

/** A rejection's reason as the arguments of `reject`: the English text, then the id. */
export const saidArgs = (id: string, params: Record<string, string | number>): [string, Reason] => {
  const why = reason(id, params);
  return [reasonText(why), why];
};

/** A rejection's reason in English and as a message id. */
export const said = (id: string, params: Record<string, string | number>) => {
  const why = reason(id, params);
  return { reason: reasonText(why), why };
};

/** A warning's message in English and as a message id. */
export const warned = (id: string, params: Record<string, string | number>) => {
  const why = reason(id, params);
  return { message: reasonText(why), why };
};

export interface RowsResult {
  records: unknown[];
  rejected: Rejection[];
  /** Hours files: the employee and date of rejected rows where both could be read. */
  lost?: LostDay[];
  /** Hours files: the employee of rejected rows whose date could not be read. */
  undated?: UndatedRow[];
  /** Payroll files: the employee of rejected rows, with their pay period where it could be read. */
  lostPay?: LostPayRow[];
  /** Hours files: rows skipped as days not worked (neither used nor rejected). */
  notWorked?: NotWorkedDay[];
  used: number;
  /** Canonical columns with a value in at least one row. */
  columns: Set<string>;
}

/** "3-5, 9" for lines 3, 4, 5, 9 (in order). */
export const lineList = (lines: readonly number[]): string => lineRuns(lines).list;

/** `lineList` of at most `most` runs of lines, and how many lines it leaves out. */
export function lineRuns(lines: readonly number[], most = Infinity): { list: string; more: number } {
  const parts: string[] = [];
  let shown = 0;
  for (let i = 0; i < lines.length && parts.length < most; ) {
    let j = i;
    while (j + 1 < lines.length && lines[j + 1] === lines[j] + 1) j++;
    parts.push(i === j ? `${lines[i]}` : `${lines[i]}-${lines[j]}`);
    shown += j - i + 1;
    i = j + 1;
  }
  return { list: parts.join(', '), more: lines.length - shown };
}

/**
 * The column of a cell a row could not be read at: its canonical column, else its header as
 * written, or under --redact (`byPosition`) its position, since the header may be a name.
 */
export function problemColumn(
  header: string[],
  mapping: Mapping,
  cell: number | undefined,
  byPosition = false,
): string {
  if (cell === undefined) return '';
  for (const [c, idx] of mapping.byColumn) if (idx.includes(cell)) return c;
  return (!byPosition && header[cell]?.trim()) || columnAt(cell);
}

/** A cell as a missing-punch reason quotes it: cleaned, at most 40 characters, quotes doubled. */
export const quoted = (raw: string) => cleanCell(raw).slice(0, 40).replaceAll('"', '""');

/** Per employee, the dates of rejected rows with their lines (what `lostDates` reads, one employee's). */
export type LostByDate = Map<string, Map<string, Set<number>>>;

/** Adds a lost day's line to `byId`. */
export function addLost(byId: LostByDate, l: LostDay): void {
  const dates = byId.get(l.employee_id);
  if (dates) addLine(dates, l.date, l.row);
  else byId.set(l.employee_id, new Map([[l.date, new Set([l.row])]]));
}

/** Adds `row` to the lines at `key` (an employee's, a date's). */
export function addLine<K>(map: Map<K, Set<number>>, key: K, row: number): void {
  const rows = map.get(key);
  if (rows) rows.add(row);
  else map.set(key, new Set([row]));
}

/** A set of lines in order. */
export const inOrder = (rows: ReadonlySet<number>): number[] => [...rows].sort((a, b) => a - b);

/**
 * Lost days in one list per employee: each employee's dates in order, once each, with the lines of
 * the rows rejected on them. An hours file rejects few rows, so this is small beside the
 * rejections themselves.
 */
export function lostByEmployee(lost: Iterable<LostDay>): Map<string, LostDate[]> {
  const byId: LostByDate = new Map();
  for (const l of lost) addLost(byId, l);
  return new Map([...byId].map(([id, dates]) => [id, lostDates(dates)]));
}

/** Days not worked in one list per employee: each employee's dates in order, once each. */
export function notWorkedByEmployee(days: Iterable<NotWorkedDay>): Map<string, string[]> {
  const byId = new Map<string, Set<string>>();
  for (const d of days) {
    const dates = byId.get(d.employee_id);
    if (dates) dates.add(d.date);
    else byId.set(d.employee_id, new Set([d.date]));
  }
  return new Map([...byId].map(([id, dates]) => [id, [...dates].sort()]));
}

/** Rows without a readable date in one list per employee: each employee's lines in order, once each. */
export function undatedByEmployee(undated: Iterable<UndatedRow>): Map<string, number[]> {
  const byId = new Map<string, Set<number>>();
  for (const u of undated) addLine(byId, u.employee_id, u.row);
  return new Map([...byId].map(([id, rows]) => [id, inOrder(rows)]));
}

/**
 * A list per employee (as `byEmployee` makes it from rows) with `more` rows added, in the same
 * shape; the list itself when there are none. `rowsOf` gives back the rows of one entry. For rows
 * the data set rejects after the parse (an implausible work date).
 */
const withMore =
  <Row, Entry>(
    rowsOf: (employee_id: string, entry: Entry) => Row[],
    byEmployee: (rows: Iterable<Row>) => Map<string, Entry[]>,
  ) =>
  (had: ReadonlyMap<string, readonly Entry[]> | undefined, more: readonly Row[]) => {
    if (more.length === 0) return had;
    const all: Row[] = [...more];
    for (const [employee_id, entries] of had ?? [])
      for (const e of entries) all.push(...rowsOf(employee_id, e));
    return byEmployee(all);
  };

/** Lost days with more added (`withMore`). */
export const withLostDays = withMore<LostDay, LostDate>(
  (employee_id, { date, rows }) => rows.map((row) => ({ employee_id, date, row })),
  lostByEmployee,
);

/** Rows without a date with more added (`withMore`). */
export const withUndatedRows = withMore<UndatedRow, number>(
  (employee_id, row) => [{ employee_id, row }],
  undatedByEmployee,
);

/** Dates and their rows as `LostDate`s: the dates in order, each one's rows in order. */
export function lostDates(dates: ReadonlyMap<string, ReadonlySet<number>>): LostDate[] {
  return [...dates]
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([date, rows]) => ({ date, rows: inOrder(rows) }));
}

/** Cells of a row at these columns, cleaned and joined (a value split over several columns). */
const cellsAt = (row: RawRow, idx: readonly number[]) =>
  idx
    .map((i) => cleanCell(row.cells[i] ?? ''))
    .filter(Boolean)
    .join(' ');

/**
 * The employee of a rejected hours row, where its cell reads as it would have, with the row's
 * date where that reads too: the row's work that day is unknown (`LostDay`); without it, its work
 * is on a day not known (`UndatedRow`). Read without the cell context's counters (the row is not
 * used).
 */
export function lostDayReader(
  mapping: Mapping,
  ctx: CellContext,
): ((row: RawRow) => { employee_id: string; date?: string } | undefined) | undefined {
  const ids = mapping.byColumn.get('employee_id');
  // Without a date column, the date of the start (a date and time).
  const dates = mapping.byColumn.get('date') ?? mapping.byColumn.get('start');
  if (!ids || !dates) return undefined;
  return (row) => {
    const id = cellsAt(row, ids);
    if (id === '') return undefined;
    const employee_id = lookupValue('employee_id', id, ctx.values) ?? id;
    const raw = cellsAt(row, dates);
    const date = raw === '' ? undefined : parseDate(lookupValue('date', raw, ctx.values) ?? raw, ctx.date);
    return date?.ok ? { employee_id, date: date.value } : { employee_id };
  };
}

/**
 * The employee of a rejected payroll row, where its cell reads as it would have, with the row's
 * pay period where both its dates read too (from period_start and period_end, else the one cell
 * of a pay_period column, else the file's constants: a profile's, a title row's period): what
 * was paid for that period is not known in full (`LostPayRow`). Without it, the row may be the
 * pay of any period. Read without the cell context's counters (the row is not used).
 */
export function lostPayReader(
  mapping: Mapping,
  ctx: CellContext,
  constants: Readonly<Record<string, string>>,
): ((row: RawRow) => Omit<LostPayRow, 'row'> | undefined) | undefined {
  const ids = mapping.byColumn.get('employee_id');
  if (!ids) return undefined;
  const starts = mapping.byColumn.get('period_start');
  const ends = mapping.byColumn.get('period_end');
  const periods = mapping.byColumn.get('pay_period');
  const dateOf = (column: string, raw: string): string | undefined => {
    const d = parseDate(lookupValue(column, raw, ctx.values) ?? raw, ctx.date);
    return d.ok ? d.value : undefined;
  };
  return (row) => {
    const id = cellsAt(row, ids);
    if (id === '') return undefined;
    const employee_id = lookupValue('employee_id', id, ctx.values) ?? id;
    let startRaw = starts ? cellsAt(row, starts) : '';
    let endRaw = ends ? cellsAt(row, ends) : '';
    let start: string | undefined;
    let end: string | undefined;
    const period = periods && startRaw === '' && endRaw === '' ? cellsAt(row, periods) : '';
    if (period !== '') {
      const p = parsePeriod(period, ctx.date);
      if (p.ok) ({ start, end } = p.value);
    } else {
      startRaw ||= constants.period_start ?? '';
      endRaw ||= constants.period_end ?? '';
      start = startRaw === '' ? undefined : dateOf('period_start', startRaw);
      end = endRaw === '' ? undefined : dateOf('period_end', endRaw);
    }
    return start !== undefined && end !== undefined && start <= end
      ? { employee_id, start, end }
      : { employee_id };
  };
}

/**
 * Rejected payroll rows in one list per employee: a pay period's rows together, periods in order
 * of their dates, the rows whose period could not be read last; lines in order, once each.
 */
export function lostPayByEmployee(rows: Iterable<LostPayRow>): Map<string, LostPay[]> {
  const byId = new Map<string, Map<string, Set<number>>>();
  for (const r of rows) {
    // The rows without a period under "", apart from the periods.
    const key = r.start === undefined || r.end === undefined ? '' : `${r.start}|${r.end}`;
    const periods = byId.get(r.employee_id);
    if (periods) addLine(periods, key, r.row);
    else byId.set(r.employee_id, new Map([[key, new Set([r.row])]]));
  }
  const list = (periods: Map<string, Set<number>>): LostPay[] => {
    const dated = [...periods]
      .filter(([key]) => key !== '')
      .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .map(([key, rows]) => {
        const [start, end] = key.split('|');
        return { start, end, rows: inOrder(rows) };
      });
    const undated = periods.get('');
    return undated ? [...dated, { rows: inOrder(undated) }] : dated;
  };
  return new Map([...byId].map(([id, periods]) => [id, list(periods)]));
}

/**
 * An hours file without a date column none of whose start times has a date: it lacks its
 * date column, as a header without one said before such files were read (one line, exit 2).
 */
export function undatedHours(
  file: string,
  rejected: readonly Rejection[],
  used: number,
): UserError | undefined {
  if (used > 0 || rejected.length === 0 || rejected.some((r) => r.why?.id !== 'start_without_date'))
    return undefined;
  return new UserError(
    `${file}: not a hours file: missing required column date, and its start times have no dates; map it with a profile (labour-check map --init)`,
  );
}

/**
 * Rejections of stretches, each row counted once: a row of several in and out pairs is several
 * stretches (parse/pairs.ts), which the same cause (an unknown employee, an implausible date)
 * rejects together. `add` says whether the rejection is to be listed (not the one just listed
 * again) and `counted` whether its row is new to the count.
 */
export class StretchRejections {
  readonly #rows = new Set<string>();
  #last: Rejection | undefined;

  /** Whether to list `r`: false when it repeats the last one listed (a sibling stretch's). */
  add(r: Rejection): boolean {
    const l = this.#last;
    if (l && l.file === r.file && l.row === r.row && l.column === r.column && l.reason === r.reason)
      return false;
    this.#last = r;
    return true;
  }

  /** Whether `r`'s row is rejected for the first time (then counted). */
  counted(r: Rejection): boolean {
    const key = `${r.file}\n${r.row}`;
    if (this.#rows.has(key)) return false;
    this.#rows.add(key);
    return true;
  }
}
