import { UserError } from '../errors.js';
import { day } from '../facts/calendar.js';
import { type Reason, reason, reasonText } from '../findings/reasons.js';
import { gridOfTable, type RawGrid, type RawRow, type RawTable } from '../read/table.js';
import {
  ALIASES,
  type AliasTable,
  aliasIndex,
  CLOCK_ALIASES,
  type ClockColumn,
  normaliseHeader,
  normaliseValue,
  VALUE_ALIASES,
  withoutUnit,
} from './aliases.js';
import {
  CLOCK_DEFAULTS,
  type ClockOptions,
  type Direction,
  directionOf,
  directionOfDevice,
  type Punch,
  pairPunches,
} from './clock.js';
import { dateOrderOf, type Profile, type ProfileSection, profileSection } from './profile.js';
import {
  COLUMNS,
  DATE_COLUMNS,
  type DayType,
  type Employee,
  type FileKind,
  MONEY,
  nationalIdChecksumOk,
  type PayrollRow,
  REQUIRED_MISSING,
  SCHEMAS,
  type Stretch,
  TIME_COLUMNS,
} from './records.js';
import {
  cleanCell,
  type DateOptions,
  type DateOrder,
  dateOrderEvidence,
  excelFractionToMinutes,
  parseDate,
  parseDateTime,
  parseMoney,
  parseNationalId,
  parseTime,
  type TwoDigitYears,
} from './values.js';

/** The same, as the arguments of `reject`: the English text, then the id. */
const saidArgs = (id: string, params: Record<string, string | number>): [string, Reason] => {
  const why = reason(id, params);
  return [reasonText(why), why];
};

/** A rejection's reason in English and as a message id. */
const said = (id: string, params: Record<string, string | number>) => {
  const why = reason(id, params);
  return { reason: reasonText(why), why };
};

export interface Rejection {
  file: string;
  row: number;
  column: string;
  /** In English. */
  reason: string;
  /** The same as a message id, when it has one. */
  why?: Reason;
  /** The employee the row names, when the reason is about the employee: --redact pseudonymises it there too. */
  employee_id?: string;
}

export interface InputStats {
  file: string;
  kind: FileKind;
  encoding: string;
  rows_read: number;
  rows_used: number;
  rows_rejected: number;
  sha256: string;
}

export interface Warning {
  file?: string;
  row?: number;
  column?: string;
  /** In English. */
  message: string;
  /** The same as a message id, when it has one. */
  why?: Reason;
}

/** How a file was mapped onto its canonical columns: what `validate` prints. */
export interface LayoutInfo {
  file: string;
  kind: FileKind;
  encoding: string;
  /** "CSV, comma-separated", "xlsx, sheet "Payroll"", "ZKTeco attendance log (USB download)". */
  layout: string;
  /** Set for time-clock logs: which device export it is. */
  clock?: { format: string; punches: number; merged: number; stretches: number; direction: string };
  /** Line (row) of the header; 0 for logs without one. */
  headerLine: number;
  columns: ColumnUse[];
  ignored: string[];
  dateOrder: string;
  notes: string[];
}

export interface ColumnUse {
  column: string;
  headers: string[];
  how: 'canonical' | 'alias' | 'profile' | 'constant';
}

/** Everything the engine works on, with what was rejected on the way. */
export interface DataSet {
  employees: Employee[];
  stretches: Stretch[];
  payroll: PayrollRow[];
  /** Which of the three files were given. */
  present: Record<FileKind, boolean>;
  files: Partial<Record<FileKind, string>>;
  inputs: InputStats[];
  rejected: Rejection[];
  warnings: Warning[];
  layouts: LayoutInfo[];
}

/** How to read real-world files: from the command line and a mapping profile. */
export interface InputOptions {
  /** Text encoding, overriding detection (--encoding). */
  encoding?: string;
  /** Worksheet of an .xlsx (--sheet). */
  sheet?: string;
  /** How to read two-digit years (--two-digit-years); without it they are rejected. */
  twoDigitYears?: TwoDigitYears;
  /** A mapping profile (--map), already loaded. */
  profile?: Profile;
  /** Clock logs: merge re-reads within this many minutes (default 3). */
  mergeMinutes?: number;
  /** Clock logs: minutes after midnight at which inferred work days start (default from the data). */
  dayStarts?: number;
}

export interface Parsed<T> {
  records: T[];
  rejected: Rejection[];
  stats: InputStats;
  layout: LayoutInfo;
}

type Row<T extends FileKind> = T extends 'employees' ? Employee : T extends 'hours' ? Stretch : PayrollRow;

// ---- header mapping ----

interface Mapping {
  /** Canonical (or clock) column -> indexes of the header cells it is read from. */
  byColumn: Map<string, number[]>;
  uses: ColumnUse[];
  ignored: string[];
  conflicts: string[];
  /** Profile headers not found in this header row. */
  missingProfile: string[];
}

const TIER_HOW = ['profile', 'canonical', 'alias', 'alias'] as const;

/** Amounts an export may split over several columns: summed when several alias headers match. */
const SUMMABLE = new Set([...MONEY].filter((c) => c.startsWith('deduction_') || c === 'other_wages'));

function mapHeader(
  header: string[],
  aliases: AliasTable,
  summable: Set<string>,
  profileColumns?: ProfileSection['columns'],
): Mapping {
  const index = aliasIndex(aliases);
  const canonical = new Set(Object.keys(aliases));
  const fromProfile = new Map<string, string>();
  const missingProfile: string[] = [];
  const normHeader = header.map((h) => normaliseHeader(h));
  for (const [column, src] of Object.entries(profileColumns ?? {})) {
    for (const s of Array.isArray(src) ? src : [src]) {
      const k = normaliseHeader(s);
      if (!normHeader.includes(k)) missingProfile.push(`${column}: "${s}"`);
      fromProfile.set(k, column);
    }
  }
  const candidates = new Map<string, { i: number; tier: number }[]>();
  const ignored: string[] = [];
  header.forEach((h, i) => {
    const k = normHeader[i];
    if (k === '') return;
    let hit: { column: string; tier: number } | undefined;
    if (fromProfile.has(k)) hit = { column: fromProfile.get(k)!, tier: 0 };
    else if (canonical.has(h.trim().toLowerCase().replace(/\s+/g, '_')))
      hit = { column: h.trim().toLowerCase().replace(/\s+/g, '_'), tier: 1 };
    else if (index.has(k)) hit = { column: index.get(k)!, tier: 2 };
    else if (index.has(normaliseHeader(withoutUnit(h))))
      hit = { column: index.get(normaliseHeader(withoutUnit(h)))!, tier: 3 };
    if (!hit) {
      ignored.push(h.trim());
      return;
    }
    const list = candidates.get(hit.column) ?? [];
    list.push({ i, tier: hit.tier });
    candidates.set(hit.column, list);
  });
  const byColumn = new Map<string, number[]>();
  const uses: ColumnUse[] = [];
  const conflicts: string[] = [];
  for (const [column, list] of candidates) {
    const best = Math.min(...list.map((c) => c.tier));
    const chosen = list.filter((c) => c.tier === best);
    for (const c of list)
      if (c.tier !== best) ignored.push(`${header[c.i].trim()} (also looks like ${column})`);
    // Several columns for one canonical column: a profile's list is meant; amounts split over
    // alias columns (ประกันสังคม + ภาษี) are summed; anything else is ambiguous.
    if (chosen.length > 1 && best !== 0 && !(best >= 2 && summable.has(column))) {
      conflicts.push(
        `columns ${chosen.map((c) => `"${header[c.i].trim()}"`).join(' and ')} both map to ${column}`,
      );
    }
    byColumn.set(
      column,
      chosen.map((c) => c.i),
    );
    uses.push({ column, headers: chosen.map((c) => header[c.i].trim()), how: TIER_HOW[best] });
  }
  return { byColumn, uses, ignored, conflicts, missingProfile };
}

const hasAll = (m: Mapping, cols: string[]) => cols.every((c) => m.byColumn.has(c));

/** A clock export's mapping; a lone "Time" column (Hikvision) holds the date too. */
function clockMapping(header: string[], section?: ProfileSection): Mapping {
  const m = mapHeader(header, CLOCK_ALIASES, new Set(), section?.columns);
  if (!m.byColumn.has('datetime') && !m.byColumn.has('date') && m.byColumn.has('time')) {
    m.byColumn.set('datetime', m.byColumn.get('time')!);
    m.byColumn.delete('time');
    for (const u of m.uses) if (u.column === 'time') u.column = 'datetime';
  }
  return m;
}

const clockReady = (m: Mapping) =>
  m.byColumn.has('employee_id') && (m.byColumn.has('datetime') || hasAll(m, ['date', 'time']));

interface HeaderChoice {
  index: number;
  table: Mapping;
  clock?: Mapping;
  isClock: boolean;
}

/** The header row: the first of the top rows that names all required columns, else the best. */
function chooseHeader(grid: RawGrid, kind: FileKind, section: ProfileSection | undefined): HeaderChoice {
  const summable = SUMMABLE;
  const attempt = (index: number): HeaderChoice & { score: number; ready: boolean } => {
    const cells = grid.rows[index].cells;
    const table = mapHeader(cells, ALIASES[kind], summable, section?.columns);
    const tableReady = hasAll(
      table,
      COLUMNS[kind].required.filter((c) => !section?.constants?.[c]),
    );
    const clock = kind === 'hours' ? clockMapping(cells, section) : undefined;
    const isClock = !tableReady && clock !== undefined && clockReady(clock);
    const score = Math.max(table.byColumn.size, clock?.byColumn.size ?? 0);
    return { index, table, clock, isClock, score, ready: tableReady || isClock };
  };
  if (grid.headerIndex !== undefined) return attempt(grid.headerIndex);
  if (section?.skip_rows !== undefined) {
    const index = grid.rows.findIndex((r) => r.line > section.skip_rows!);
    if (index === -1)
      throw new UserError(`${grid.file}: nothing below the ${section.skip_rows} rows the profile skips`);
    return attempt(index);
  }
  let best: ReturnType<typeof attempt> | undefined;
  for (let i = 0; i < Math.min(grid.rows.length, 30); i++) {
    const a = attempt(i);
    if (a.ready) return a;
    if (!best || a.score > best.score) best = a;
  }
  return best && best.score > 0 ? best : attempt(0);
}

// ---- cells ----

/** Per file, never per cell: month-first only when some date cannot be day-first and none says day-first. */
function decideDateOrder(
  rows: RawRow[],
  indexes: number[],
  section?: ProfileSection,
): { order: DateOrder; text: string } {
  const fixed = section ? dateOrderOf(section) : undefined;
  if (fixed) return { order: fixed === 'month-first' ? 'mdy' : 'dmy', text: `${fixed} (from the profile)` };
  let dmy: { line: number; v: string } | undefined;
  let mdy: { line: number; v: string } | undefined;
  for (const r of rows) {
    for (const i of indexes) {
      const v = r.cells[i];
      if (v === undefined) continue;
      const e = dateOrderEvidence(v);
      if (e === 'dmy') dmy ??= { line: r.line, v };
      if (e === 'mdy') mdy ??= { line: r.line, v };
    }
    if (dmy && mdy) break;
  }
  if (mdy && !dmy)
    return { order: 'mdy', text: `month-first (US): "${mdy.v}" on line ${mdy.line} cannot be day-first` };
  if (dmy && mdy) {
    return {
      order: 'dmy',
      text: `day-first ("${dmy.v}" on line ${dmy.line}); dates that only read month-first (such as "${mdy.v}" on line ${mdy.line}) are rejected`,
    };
  }
  if (dmy) return { order: 'dmy', text: `day-first ("${dmy.v}" on line ${dmy.line})` };
  return { order: 'dmy', text: 'day-first (the Thai norm; no date in the file says otherwise)' };
}

const pad2 = (n: number) => String(n).padStart(2, '0');
const timeText = (m: number) => `${pad2(Math.floor(m / 60))}:${pad2(m % 60)}`;
const bahtText = (satang: number) => `${Math.floor(satang / 100)}.${pad2(satang % 100)}`;

/** Excel formulas leave binary fractions (333.3333…): rounded half up to the satang, once. */
function roundToSatang(s: string): string {
  const m = /^(\d+)\.(\d{2})(\d)\d*$/.exec(s);
  if (!m) return s;
  let satang = Number(m[1]) * 100 + Number(m[2]);
  if (Number(m[3]) >= 5) satang++;
  return bahtText(satang);
}

interface CellContext {
  date: DateOptions;
  xlsx: boolean;
  values?: ProfileSection['values'];
  counters: { be: number; rounded: Set<string>; beDateCells: number };
}

/** A cell as written to its canonical form, or an error for the row's rejection. */
function canonicalCell(
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
    const y = /(?:^|\D)(\d{4})(?:\D|$)/.exec(v);
    if (y && Number(y[1]) >= 2400) {
      c.counters.be++;
      if (c.xlsx && /^\d{4}-\d{2}-\d{2}/.test(v)) c.counters.beDateCells++;
    }
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

function lookupValue(column: string, v: string, values?: ProfileSection['values']): string | undefined {
  const k = normaliseValue(v);
  const fromProfile = values?.[column];
  if (fromProfile) {
    for (const [from, to] of Object.entries(fromProfile)) if (normaliseValue(from) === k) return to;
  }
  return VALUE_ALIASES[column]?.[k];
}

// ---- files ----

/** The foundation's entry point: a table whose first row is the header, or a grid. */
export const parseTable = <T extends FileKind>(
  table: RawTable | RawGrid,
  kind: T,
  warnings: Warning[],
  o: InputOptions = {},
) => parseGrid('layout' in table ? table : gridOfTable(table), kind, warnings, o);

/** Maps a grid onto one canonical file: typed records, or a located rejection for every row that is not. */
export function parseGrid<T extends FileKind>(
  grid: RawGrid,
  kind: T,
  warnings: Warning[],
  o: InputOptions = {},
): Parsed<Row<T>> {
  const section = profileSection(o.profile, kind);
  const notes = [...grid.notes];
  let header: string[];
  let headerLine = 0;
  let rows: RawRow[];
  let choice: HeaderChoice;
  if (grid.header) {
    header = grid.header;
    rows = grid.rows;
    const clock = clockMapping(header, section);
    choice = { index: -1, table: clock, clock, isClock: true };
    if (kind !== 'hours')
      throw new UserError(`${grid.file}: a time-clock log, not a ${kind} file (give it as the hours file)`);
  } else {
    if (grid.rows.length === 0) throw new UserError(`${grid.file}: the file has no rows`);
    choice = chooseHeader(grid, kind, section);
    const h = grid.rows[choice.index];
    if (h.problem)
      throw new UserError(`${grid.file}:${h.line}: the header row cannot be read: ${h.problem.reason}`);
    header = h.cells;
    headerLine = h.line;
    rows = grid.rows.slice(choice.index + 1);
    if (choice.index > 0) {
      const first = grid.rows[0].line;
      const last = grid.rows[choice.index - 1].line;
      notes.push(
        `${first === last ? `line ${first}` : `lines ${first}-${last}`} above the header skipped (title rows)`,
      );
    }
  }
  const mapping = choice.isClock ? choice.clock! : choice.table;
  if (mapping.missingProfile.length) {
    throw new UserError(
      `${grid.file}: the profile names header${mapping.missingProfile.length > 1 ? 's' : ''} not in the file (${mapping.missingProfile.join(', ')}); the header on line ${headerLine} ${headerText(header, mapping)}`,
    );
  }
  if (mapping.conflicts.length) {
    throw new UserError(
      `${grid.file}: ${mapping.conflicts.join('; ')}: rename one or say which in a profile (--map)`,
    );
  }
  if (!choice.isClock) {
    const missing = COLUMNS[kind].required.filter(
      (c) => !mapping.byColumn.has(c) && section?.constants?.[c] === undefined,
    );
    if (missing.length) {
      throw new UserError(
        `${grid.file}: not a ${kind} file: missing required column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (the header on line ${headerLine} ${headerText(header, mapping)}); map it with a profile (labour-check map --init)`,
      );
    }
  }
  if (!grid.header && mapping.ignored.length) {
    const why = reason('ignored_columns', { columns: mapping.ignored.join(', ') });
    warnings.push({ file: grid.file, message: reasonText(why), why });
  }
  const dateIdx = [...mapping.byColumn.entries()]
    .filter(([c]) => DATE_COLUMNS.has(c) || c === 'datetime')
    .flatMap(([, i]) => i);
  const order = decideDateOrder(rows, dateIdx, section);
  const layout: LayoutInfo = {
    file: grid.file,
    kind,
    encoding: grid.encoding,
    layout: grid.description,
    headerLine,
    columns: [...mapping.uses],
    ignored: mapping.ignored,
    dateOrder: order.text,
    notes,
  };
  for (const [c, v] of Object.entries(section?.constants ?? {})) {
    layout.columns.push({ column: c, headers: [`= ${v}`], how: 'constant' });
  }
  const ctx: CellContext = {
    date: { order: order.order, twoDigitYears: o.twoDigitYears ?? section?.two_digit_years },
    xlsx: grid.layout === 'xlsx',
    values: section?.values,
    counters: { be: 0, rounded: new Set(), beDateCells: 0 },
  };
  const result = choice.isClock
    ? clockRows(grid, rows, header, mapping, ctx, layout, warnings, o, section?.clock)
    : tableRows(grid, rows, header, mapping, kind, ctx, section);
  if (ctx.counters.be)
    notes.push(
      `${ctx.counters.be} date${ctx.counters.be > 1 ? 's' : ''} with a Buddhist-era year read as B.E. (year - 543)`,
    );
  if (ctx.counters.beDateCells) {
    warnings.push({
      file: grid.file,
      message: `${ctx.counters.beDateCells} Excel date cell${ctx.counters.beDateCells > 1 ? 's hold' : ' holds'} a Buddhist-era year (B.E. typed into a C.E. date): read as B.E.`,
    });
  }
  for (const c of ctx.counters.rounded)
    notes.push(`${c}: amounts with more than 2 decimals (Excel formulas) rounded half up to the satang`);
  return {
    records: result.records as Row<T>[],
    rejected: result.rejected,
    layout,
    stats: {
      file: grid.file,
      kind,
      encoding: grid.encoding,
      rows_read: rows.length,
      rows_used: result.used,
      rows_rejected: result.rejected.length,
      sha256: grid.sha256,
    },
  };
}

interface RowsResult {
  records: unknown[];
  rejected: Rejection[];
  used: number;
}

function problemColumn(header: string[], mapping: Mapping, cell: number | undefined): string {
  if (cell === undefined) return '';
  for (const [c, idx] of mapping.byColumn) if (idx.includes(cell)) return c;
  return header[cell]?.trim() || `column ${cell + 1}`;
}

function tableRows(
  grid: RawGrid,
  rows: RawRow[],
  header: string[],
  mapping: Mapping,
  kind: FileKind,
  ctx: CellContext,
  section?: ProfileSection,
): RowsResult {
  const schema = SCHEMAS[kind];
  const records: unknown[] = [];
  const rejected: Rejection[] = [];
  const reject = (row: number, column: string, reason: string, why?: Reason) =>
    rejected.push({ file: grid.file, row, column, reason, ...(why ? { why } : {}) });
  const width = header.length;
  nextRow: for (const row of rows) {
    if (row.problem) {
      reject(row.line, problemColumn(header, mapping, row.problem.cell), row.problem.reason);
      continue;
    }
    const extra = row.cells.slice(width).filter((c) => c.trim() !== '');
    if (extra.length) {
      reject(row.line, '', ...saidArgs('extra_cells', { cells: row.cells.length, width }));
      continue;
    }
    const obj: Record<string, string> = {};
    for (const [column, idx] of mapping.byColumn) {
      const raws = idx.map((i) => row.cells[i] ?? '');
      let raw: string;
      if (raws.length === 1) raw = raws[0];
      else if (MONEY.has(column)) {
        let sum = 0;
        let any = false;
        for (const r of raws) {
          if (cleanCell(r) === '') continue;
          const m = parseMoney(r);
          if (!m.ok) {
            reject(row.line, column, m.error, m.why);
            continue nextRow;
          }
          sum += m.value;
          any = true;
        }
        raw = any ? bahtText(sum) : '';
      } else raw = raws.map(cleanCell).filter(Boolean).join(' ');
      if (
        kind === 'hours' &&
        (column === 'start' || column === 'end') &&
        cleanCell(raw) !== '' &&
        isMissingPunch(raw)
      ) {
        reject(
          row.line,
          column,
          `missing ${column === 'start' ? 'in' : 'out'}-punch (${quoteValue(raw)}): an unpaired punch, the stretch's hours are unknown; not counted as work`,
        );
        continue nextRow;
      }
      const c = canonicalCell(column, raw, ctx);
      if (!c.ok) {
        reject(row.line, column, c.error, c.why);
        continue nextRow;
      }
      obj[column] = c.value;
    }
    for (const [column, v] of Object.entries(section?.constants ?? {})) {
      if ((obj[column] ?? '') === '') {
        const c = canonicalCell(column, v, ctx);
        if (!c.ok) {
          reject(row.line, column, `profile constant: ${c.error}`);
          continue nextRow;
        }
        obj[column] = c.value;
      }
    }
    const r = schema.safeParse(obj);
    if (!r.success) {
      const issues = r.error.issues;
      const first = issues[0];
      const more =
        issues.length > 1
          ? ` (also: ${issues
              .slice(1)
              .map((i) => i.path.join('.'))
              .join(', ')})`
          : '';
      const own =
        (first as { params?: { why?: Reason } }).params?.why ??
        (first.message === REQUIRED_MISSING ? reason('required_missing') : undefined);
      const also = issues
        .slice(1)
        .map((i) => i.path.join('.'))
        .join(', ');
      const why =
        own && more
          ? reason('and_also', { reason: reasonText(own), reason_th: reasonText(own, 'th'), columns: also })
          : own;
      reject(row.line, first.path.join('.'), first.message + more, why);
      continue;
    }
    records.push({ ...r.data, row: row.line });
  }
  return { records, rejected, used: records.length };
}

function clockRows(
  grid: RawGrid,
  rows: RawRow[],
  header: string[],
  mapping: Mapping,
  ctx: CellContext,
  layout: LayoutInfo,
  warnings: Warning[],
  o: InputOptions,
  clock?: NonNullable<Profile['hours']>['clock'],
): RowsResult {
  const rejected: Rejection[] = [];
  const reject = (row: number, column: string, reason: string, why?: Reason) =>
    rejected.push({ file: grid.file, row, column, reason, ...(why ? { why } : {}) });
  const col = (c: ClockColumn) => mapping.byColumn.get(c)?.[0];
  const [iId, iDt, iDate, iTime, iState, iDevice] = [
    col('employee_id'),
    col('datetime'),
    col('date'),
    col('time'),
    col('state'),
    col('device'),
  ];
  const punches: Punch[] = [];
  // A missing punch written as "-", "--", "ไม่ได้สแกน" or left empty: one rejection per row, one
  // warning per employee and day.
  const missingDays = new Map<string, number[]>();
  for (const row of rows) {
    if (row.problem) {
      reject(row.line, problemColumn(header, mapping, row.problem.cell), row.problem.reason);
      continue;
    }
    const cell = (i: number | undefined) => (i === undefined ? '' : (row.cells[i] ?? ''));
    const id = cleanCell(cell(iId));
    if (id === '') {
      reject(row.line, 'employee_id', ...saidArgs('required_missing', {}));
      continue;
    }
    let when: { date: string; minute: number; second: number };
    if (iDt !== undefined) {
      if (isMissingPunch(cell(iDt))) {
        reject(
          row.line,
          'datetime',
          `missing punch (${quoteValue(cell(iDt))}): an unpaired punch; not counted as work`,
        );
        continue;
      }
      const dt = parseDateTime(cell(iDt), ctx.date);
      if (!dt.ok) {
        reject(row.line, 'datetime', dt.error, dt.why);
        continue;
      }
      when = dt.value;
    } else {
      const d = parseDate(cell(iDate), ctx.date);
      if (!d.ok) {
        reject(row.line, 'date', d.error, d.why);
        continue;
      }
      if (isMissingPunch(cell(iTime))) {
        reject(
          row.line,
          'time',
          `missing punch on ${d.value} (${quoteValue(cell(iTime))}): an unpaired punch; not counted as work`,
        );
        const key = `${id}\u0000${d.value}`;
        missingDays.set(key, [...(missingDays.get(key) ?? []), row.line]);
        continue;
      }
      const t = parseTime(cell(iTime));
      if (!t.ok || t.value >= 1440) {
        reject(row.line, 'time', t.ok ? `"${cell(iTime)}" is not a time of day` : t.error);
        continue;
      }
      when = { date: d.value, minute: t.value, second: 0 };
    }
    const rawState = cell(iState);
    const mapped = lookupValue('state', rawState, ctx.values);
    const device = cleanCell(cell(iDevice));
    let direction: Direction = directionOf(mapped ?? rawState);
    if (direction === 'unknown' && device) direction = directionOfDevice(device);
    punches.push({ employee_id: id, ...when, direction, device, row: row.line });
  }
  for (const [key, lines] of missingDays) {
    const date = key.split('\u0000')[1];
    warnings.push({
      file: grid.file,
      row: lines[0],
      column: 'time',
      message: `missing punch on ${date} (line${lines.length > 1 ? 's' : ''} ${lines.join(', ')}): the day's other punches are paired without it`,
    });
  }
  const options: ClockOptions = {
    mergeMinutes: o.mergeMinutes ?? clock?.merge_minutes ?? CLOCK_DEFAULTS.mergeMinutes,
    maxShiftHours: clock?.max_shift_hours ?? CLOCK_DEFAULTS.maxShiftHours,
    direction: clock?.direction ?? CLOCK_DEFAULTS.direction,
    dayTypes: Object.fromEntries(
      Object.entries(clock?.day_types ?? {}).map(([k, v]) => [k.toLowerCase(), v as DayType]),
    ),
    dayStarts: o.dayStarts ?? (clock?.day_starts === undefined ? undefined : minutesOfDay(clock.day_starts)),
  };
  const pairing = pairPunches(punches, options);
  for (const u of pairing.implausible) reject(u.row, 'datetime', u.reason);
  for (const u of pairing.unpaired) {
    reject(u.row, 'datetime', u.reason);
    warnings.push({ file: grid.file, row: u.row, column: 'datetime', message: u.reason });
  }
  for (const w of pairing.warnings) warnings.push({ file: grid.file, column: 'datetime', message: w });
  rejected.sort((a, b) => a.row - b.row);
  layout.clock = {
    format: clockFormat(grid, header),
    punches: punches.length,
    merged: pairing.merged,
    stretches: pairing.stretches.length,
    direction: pairing.direction,
  };
  if (pairing.merged) {
    layout.notes.push(
      `${pairing.merged} re-read${pairing.merged > 1 ? 's' : ''} within ${options.mergeMinutes} min merged into the punch before`,
    );
  }
  layout.notes.push(...pairing.notes);
  const used = pairing.stretches.reduce((s, x) => s + (x.rows?.length ?? 1), 0);
  return { records: pairing.stretches, rejected, used };
}

const minutesOfDay = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
};

/** How exports and people write a punch that did not happen (formats.md A1.5, Thai HR exports). */
const MISSING_PUNCH = new Set([
  '',
  '-',
  '--',
  '---',
  'ไม่ได้สแกน',
  'ไม่สแกน',
  'ลืมสแกน',
  'no punch',
  'missing',
  'n/a',
]);

export const isMissingPunch = (raw: string) => MISSING_PUNCH.has(cleanCell(raw).toLowerCase());

/** A cell as quoted in a reason (its own quotes doubled, so that redaction drops it whole). */
const quoteValue = (raw: string) => `"${cleanCell(raw).slice(0, 40).replaceAll('"', '""')}"`;

function clockFormat(grid: RawGrid, header: string[]): string {
  if (grid.layout === 'zkteco-attlog') return grid.description;
  const h = new Set(header.map(normaliseHeader));
  const html = grid.layout === 'html' ? ' (HTML table)' : '';
  if (h.has('personid') && h.has('attendancestatus')) return `Hikvision attendance export${html}`;
  if (h.has('empcode') && h.has('punchtime')) return 'ZKBio Time transactions export';
  if (h.has('no') && h.has('datetime')) return 'ZKTeco Attendance Management export';
  return 'time-clock punches';
}

/**
 * The header as an error shows it. A row in which no cell is a known column name may be a
 * data row (a file without its header): its cells can name a person, so only their number is
 * said, never their text.
 */
function headerText(header: string[], mapping: { byColumn: Map<string, number[]> }): string {
  const cells = header.map((h) => h.trim()).filter(Boolean);
  if (mapping.byColumn.size === 0)
    return `has ${cells.length} cell(s), none a known column name: is the header row missing?`;
  return `is: ${cells.join(', ')}`;
}

/** Cross-file integrity: unknown employees, duplicate ids, overlapping stretches. Keeps counts reconciled. */
export function assemble(
  parts: Partial<{ employees: Parsed<Employee>; hours: Parsed<Stretch>; payroll: Parsed<PayrollRow> }>,
  warnings: Warning[],
): DataSet {
  const rejected: Rejection[] = [];
  const reject = (p: Parsed<unknown>, r: Rejection) => {
    rejected.push(r);
    p.stats.rows_used--;
    p.stats.rows_rejected++;
  };
  const employees: Employee[] = [];
  const byId = new Map<string, Employee>();
  if (parts.employees) {
    for (const e of parts.employees.records) {
      const prior = byId.get(e.employee_id);
      if (prior) {
        reject(parts.employees, {
          file: parts.employees.stats.file,
          row: e.row,
          column: 'employee_id',
          ...said('duplicate_employee', { id: e.employee_id, row: prior.row }),
          employee_id: e.employee_id,
        });
        continue;
      }
      if (e.national_id && !nationalIdChecksumOk(e.national_id)) {
        warnings.push({
          file: parts.employees.stats.file,
          row: e.row,
          column: 'national_id',
          message: 'national ID checksum does not match (kept as given)',
        });
      }
      byId.set(e.employee_id, e);
      employees.push(e);
    }
  }
  const known = (p: Parsed<Stretch> | Parsed<PayrollRow>, id: string, rows: number[]): boolean => {
    if (!parts.employees) {
      if (!byId.has(id)) {
        const stub: Employee = {
          employee_id: id,
          hazardous: false,
          work_categories: [],
          night_work_permit: false,
          row: 0,
        };
        byId.set(id, stub);
        employees.push(stub);
      }
      return true;
    }
    if (byId.has(id)) return true;
    for (const row of rows) {
      reject(p as Parsed<unknown>, {
        file: p.stats.file,
        row,
        column: 'employee_id',
        ...said('unknown_employee', { id, file: parts.employees.stats.file }),
        employee_id: id,
      });
    }
    return false;
  };

  const stretches: Stretch[] = [];
  if (parts.hours) {
    const h = parts.hours;
    const kept = placeAfterMidnight(h.records.filter((s) => known(h, s.employee_id, s.rows ?? [s.row])));
    kept.sort(stretchOrder);
    for (const s of dropOverlaps(kept, h.stats.file, (r) => reject(h as Parsed<unknown>, r)))
      stretches.push(s);
  }
  const payroll: PayrollRow[] = [];
  if (parts.payroll) {
    const p = parts.payroll;
    for (const r of p.records) if (known(p, r.employee_id, [r.row])) payroll.push(r);
    payroll.sort(
      (a, b) => cmp(a.employee_id, b.employee_id) || cmp(a.period_start, b.period_start) || a.row - b.row,
    );
  }
  for (const p of [parts.employees, parts.hours, parts.payroll]) if (p) rejected.push(...p.rejected);
  rejected.sort((a, b) => cmp(a.file, b.file) || a.row - b.row || cmp(a.column, b.column));
  employees.sort((a, b) => cmp(a.employee_id, b.employee_id));
  const given = [parts.employees, parts.hours, parts.payroll].filter((p) => p !== undefined);
  return {
    employees,
    stretches,
    payroll,
    present: { employees: !!parts.employees, hours: !!parts.hours, payroll: !!parts.payroll },
    files: {
      employees: parts.employees?.stats.file,
      hours: parts.hours?.stats.file,
      payroll: parts.payroll?.stats.file,
    },
    inputs: given.map((p) => p.stats),
    rejected,
    warnings,
    layouts: given.map((p) => p.layout),
  };
}

/**
 * A night shift split into rows keeps the date it started on: a stretch of that work day that
 * starts before a stretch running past midnight, and fits after it, is the next morning's
 * (22:00-02:00 then 03:00-07:00 on the same date).
 */
export function placeAfterMidnight(stretches: Stretch[]): Stretch[] {
  const byDay = new Map<string, Stretch[]>();
  for (const s of stretches) {
    const k = `${s.employee_id}\u0000${s.date}`;
    const list = byDay.get(k);
    if (list) list.push(s);
    else byDay.set(k, [s]);
  }
  const out: Stretch[] = [];
  for (const list of byDay.values()) {
    const crossing = list.filter((s) => s.end > 1440);
    if (crossing.length === 0) {
      out.push(...list);
      continue;
    }
    const firstStart = Math.min(...crossing.map((s) => s.start));
    const lastEnd = Math.max(...crossing.map((s) => s.end));
    for (const s of list) {
      const moved = s.start < firstStart && s.start + 1440 >= lastEnd;
      out.push(moved ? { ...s, start: s.start + 1440, end: s.end + 1440 } : s);
    }
  }
  return out;
}

/** The order of stretches in a data set: employee, date, start, then row. */
export const stretchOrder = (a: Stretch, b: Stretch): number =>
  cmp(a.employee_id, b.employee_id) || cmp(a.date, b.date) || a.start - b.start || a.row - b.row;

/**
 * Overlapping stretches of one employee cannot both be true: the later row is rejected.
 * `sorted` is in `stretchOrder`; returns the stretches kept. Shared with evaluate/stream.ts.
 */
export function dropOverlaps(sorted: Stretch[], file: string, reject: (r: Rejection) => void): Stretch[] {
  const kept: Stretch[] = [];
  let prev: Stretch | undefined;
  let prevEnd = 0;
  for (const s of sorted) {
    const at = absolute(s);
    if (prev && prev.employee_id === s.employee_id && prevEnd > at.start) {
      // A stretch paired from clock punches stands for several rows: each is rejected.
      for (const row of s.rows ?? [s.row]) {
        reject({ file, row, column: 'start', ...said('overlapping_stretch', { row: prev.row }) });
      }
      continue;
    }
    kept.push(s);
    prev = s;
    prevEnd = at.end;
  }
  return kept;
}

function absolute(s: Stretch): { start: number; end: number } {
  const base = day(s.date) * 1440;
  return { start: base + s.start, end: base + s.end };
}
export const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** What the mapping of a file's header would be, without reading its rows: for `map --init` and kind guessing. */
export interface HeaderInspection {
  kind: FileKind;
  headerLine: number;
  /** Rows above the header (title rows). */
  skipRows: number;
  header: string[];
  isClock: boolean;
  columns: ColumnUse[];
  ignored: string[];
  missingRequired: string[];
  dateOrder: string;
}

export function inspectHeader(grid: RawGrid, kind: FileKind, profile?: Profile): HeaderInspection {
  const section = profileSection(profile, kind);
  if (grid.header) {
    const m = clockMapping(grid.header, section);
    return {
      kind,
      headerLine: 0,
      skipRows: 0,
      header: grid.header,
      isClock: true,
      columns: m.uses,
      ignored: m.ignored,
      missingRequired: [],
      dateOrder: decideDateOrder(grid.rows, m.byColumn.get('datetime') ?? [], section).text,
    };
  }
  if (grid.rows.length === 0) throw new UserError(`${grid.file}: the file has no rows`);
  const choice = chooseHeader(grid, kind, section);
  const m = choice.isClock ? choice.clock! : choice.table;
  const h = grid.rows[choice.index];
  const dateIdx = [...m.byColumn.entries()]
    .filter(([c]) => DATE_COLUMNS.has(c) || c === 'datetime')
    .flatMap(([, i]) => i);
  return {
    kind,
    headerLine: h.line,
    skipRows: choice.index > 0 ? grid.rows[choice.index - 1].line : 0,
    header: h.cells.map((c) => c.trim()),
    isClock: choice.isClock,
    columns: m.uses,
    ignored: m.ignored,
    missingRequired: choice.isClock
      ? []
      : COLUMNS[kind].required.filter((c) => !m.byColumn.has(c) && section?.constants?.[c] === undefined),
    dateOrder: decideDateOrder(grid.rows.slice(choice.index + 1), dateIdx, section).text,
  };
}

/** The kind of file whose columns a grid's header matches best (all required columns first). */
export function guessKind(grid: RawGrid, profile?: Profile): { kind: FileKind; reason: string } | undefined {
  if (grid.header) return { kind: 'hours', reason: 'a time-clock log' };
  let best: { kind: FileKind; score: number; ready: boolean } | undefined;
  for (const kind of ['employees', 'hours', 'payroll'] as const) {
    let h: HeaderInspection;
    try {
      h = inspectHeader(grid, kind, profile);
    } catch {
      continue;
    }
    const ready = h.missingRequired.length === 0 && h.columns.length > 0;
    const score = h.columns.length;
    if (!best || (ready && !best.ready) || (ready === best.ready && score > best.score))
      best = { kind, score, ready };
  }
  if (!best?.ready) return undefined;
  return { kind: best.kind, reason: `its header matches ${best.kind} columns` };
}
