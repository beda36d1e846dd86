import { day } from '../base/calendar.js';
import { UserError } from '../errors.js';
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
  wageTypeOfHeader,
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
import { type FooterState, splitFooter } from './footer.js';
import { dateOrderOf, type Profile, type ProfileSection, profileSection } from './profile.js';
import {
  COLUMNS,
  DATE_COLUMNS,
  type DayType,
  type Employee,
  FILE_KINDS,
  type FileKind,
  type Holiday,
  MONEY,
  nationalIdChecksumOk,
  type PayrollRow,
  SCHEMAS,
  SECTORS,
  type Stretch,
  TIME_COLUMNS,
  WAGE_TYPES,
} from './records.js';
import { periodInTitle, type TitlePeriod } from './title.js';
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

export interface Rejection {
  file: string;
  row: number;
  column: string;
  reason: string;
  /** The offending cell as written, kept apart from the reason so that redaction can drop it. */
  value?: string;
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
  /** Footer and totals rows under the table: neither used nor rejected. */
  rows_skipped: number;
  /** Canonical columns present: mapped (or a profile constant) and filled in at least one row. */
  columns: string[];
  sha256: string;
}

export interface Warning {
  file?: string;
  row?: number;
  column?: string;
  message: string;
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
  /** The employer's announced traditional holidays (holidays.csv), in date order. */
  holidays: Holiday[];
  /** Which of the files were given. */
  present: Record<FileKind, boolean>;
  /**
   * Optional columns of employees and payroll with a value in at least one row: a column
   * absent (or empty in every row) is unknown, never zero.
   */
  filled: Partial<Record<FileKind, string[]>>;
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
  /** A file parsed in batches: where footer detection stands after the batches before. */
  footer?: FooterState;
  /** Clock logs: minutes after midnight at which inferred work days start (default from the data). */
  dayStarts?: number;
}

export interface Parsed<T> {
  records: T[];
  rejected: Rejection[];
  stats: InputStats;
  layout: LayoutInfo;
}

type Row<T extends FileKind> = T extends 'employees'
  ? Employee
  : T extends 'hours'
    ? Stretch
    : T extends 'holidays'
      ? Holiday
      : PayrollRow;

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
/** Text an export splits over several columns (คำนำหน้า, ชื่อ, นามสกุล): joined in header order. */
const JOINED = new Set(['name']);

/** The wage type a file's wage column header implies (เงินเดือน = monthly), when it has one. */
function wageTypeFromHeader(m: Mapping, header: string[]): { type: string; header: string } | undefined {
  const idx = m.byColumn.get('wage_rate');
  if (idx?.length !== 1) return undefined;
  const type = wageTypeOfHeader(header[idx[0]]);
  return type ? { type, header: header[idx[0]].trim() } : undefined;
}

/** Required columns a header lacks, after what profile constants, the wage column's header or a title row supply. */
function missingRequired(
  kind: FileKind,
  m: Mapping,
  header: string[],
  section: ProfileSection | undefined,
  title: TitlePeriod | undefined,
): string[] {
  return COLUMNS[kind].required.filter((c) => {
    if (m.byColumn.has(c) || section?.constants?.[c] !== undefined) return false;
    if (kind === 'employees' && c === 'wage_type' && wageTypeFromHeader(m, header)) return false;
    if (kind === 'payroll' && (c === 'period_start' || c === 'period_end') && title) return false;
    return true;
  });
}

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
    if (chosen.length > 1 && best !== 0 && !(best >= 2 && (summable.has(column) || JOINED.has(column)))) {
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
    const title = kind === 'payroll' ? periodInTitle(grid.rows.slice(0, index)) : undefined;
    const tableReady = missingRequired(kind, table, cells, section, title).length === 0;
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
): { ok: true; value: string } | { ok: false; error: string } {
  const v = cleanCell(raw);
  if (v === '') return { ok: true, value: '' };
  const mapped = lookupValue(column, v, c.values);
  if (mapped !== undefined) return { ok: true, value: mapped };
  if (DATE_COLUMNS.has(column)) {
    const d = parseDate(v, c.date);
    if (!d.ok) return { ok: false, error: d.error };
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
      : { ok: false, error: t.error.replace(`"${s}"`, `"${raw}"`) };
  }
  if (column === 'national_id') {
    const n = parseNationalId(v);
    return n.ok ? n : { ok: false, error: n.error };
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
  const title =
    kind === 'payroll' && !grid.header
      ? periodInTitle(grid.rows.slice(0, Math.max(choice.index, 0)))
      : undefined;
  if (!choice.isClock) {
    const missing = missingRequired(kind, mapping, header, section, title);
    if (missing.length) {
      throw new UserError(
        `${grid.file}: not a ${kind} file: missing required column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (the header on line ${headerLine} ${headerText(header, mapping)}); map it with a profile (labour-check map --init)`,
      );
    }
  }
  if (!grid.header && mapping.ignored.length)
    warnings.push({ file: grid.file, message: `ignored columns: ${mapping.ignored.join(', ')}` });
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
  const constants: Record<string, string> = { ...(section?.constants ?? {}) };
  if (title && !mapping.byColumn.has('period_start') && !mapping.byColumn.has('period_end')) {
    constants.period_start ??= title.start;
    constants.period_end ??= title.end;
    layout.columns.push({
      column: 'period_start',
      headers: [`= ${title.start} (title row)`],
      how: 'constant',
    });
    layout.columns.push({ column: 'period_end', headers: [`= ${title.end} (title row)`], how: 'constant' });
    warnings.push({
      file: grid.file,
      row: title.line,
      message: `no period columns: the pay period ${title.start}..${title.end} is taken from the title row on line ${title.line} ("${title.text}")`,
    });
  }
  let skipped = 0;
  if (!choice.isClock) {
    const key = mapping.byColumn.get('employee_id') ?? [];
    const others = COLUMNS[kind].required
      .filter((c) => c !== 'employee_id')
      .flatMap((c) => mapping.byColumn.get(c) ?? []);
    const state = o.footer ?? { previous: headerLine, broken: false, skipped: [] };
    const split = splitFooter(rows, state, key, others, {
      skipFooter: section?.skip_footer ?? true,
      stopAtBlank: section?.stop_at_blank ?? false,
    });
    rows = split.rows;
    skipped = split.skipped.length;
    // A file parsed in batches says it once, at its end (evaluate/stream.ts).
    if (skipped && !o.footer) warnings.push(footerWarning(grid.file, state.skipped));
  }
  const result = choice.isClock
    ? clockRows(grid, rows, header, mapping, ctx, layout, warnings, o, section?.clock)
    : tableRows(grid, rows, header, mapping, kind, ctx, warnings, constants);
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
      rows_read: rows.length + skipped,
      rows_used: result.used,
      rows_rejected: result.rejected.length,
      rows_skipped: skipped,
      columns: [...result.columns].sort(),
      sha256: grid.sha256,
    },
  };
}

interface RowsResult {
  records: unknown[];
  rejected: Rejection[];
  used: number;
  /** Canonical columns with a value in at least one row. */
  columns: Set<string>;
}

/** The one warning for a file's skipped footer rows. */
export function footerWarning(file: string, lines: number[]): Warning {
  const n = lines.length;
  return {
    file,
    message: `${n} footer or totals row${n > 1 ? 's' : ''} under the table skipped (line${n > 1 ? 's' : ''} ${lineList(lines)})`,
  };
}

/** "3-5, 9" for lines 3, 4, 5, 9. */
function lineList(lines: number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j + 1 < lines.length && lines[j + 1] === lines[j] + 1) j++;
    parts.push(i === j ? `${lines[i]}` : `${lines[i]}-${lines[j]}`);
    i = j + 1;
  }
  return parts.join(', ');
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
  warnings: Warning[],
  constants: Record<string, string>,
): RowsResult {
  const schema = SCHEMAS[kind];
  const records: unknown[] = [];
  const rejected: Rejection[] = [];
  const reject = (row: number, column: string, reason: string, value?: string) =>
    rejected.push({ file: grid.file, row, column, reason, ...(value === undefined ? {} : { value }) });
  const width = header.length;
  const columns = new Set(Object.keys(constants));
  const wageType =
    kind === 'employees' ? inferWageType(grid, rows, header, mapping, ctx, warnings) : undefined;
  if (wageType) columns.add('wage_type');
  nextRow: for (const row of rows) {
    if (row.problem) {
      reject(row.line, problemColumn(header, mapping, row.problem.cell), row.problem.reason);
      continue;
    }
    const extra = row.cells.slice(width).filter((c) => c.trim() !== '');
    if (extra.length) {
      reject(row.line, '', `${row.cells.length} cells but the header has ${width} columns`);
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
            reject(row.line, column, m.error);
            continue nextRow;
          }
          sum += m.value;
          any = true;
        }
        raw = any ? bahtText(sum) : '';
      } else raw = raws.map(cleanCell).filter(Boolean).join(' ');
      if (cleanCell(raw) !== '') columns.add(column);
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
          cleanCell(raw),
        );
        continue nextRow;
      }
      const c = canonicalCell(column, raw, ctx);
      if (!c.ok) {
        reject(row.line, column, c.error, cleanCell(raw));
        continue nextRow;
      }
      obj[column] = c.value;
    }
    if (wageType) obj.wage_type = wageType;
    for (const [column, v] of Object.entries(constants)) {
      if ((obj[column] ?? '') === '') {
        const c = canonicalCell(column, v, ctx);
        if (!c.ok) {
          reject(row.line, column, `profile constant: ${c.error}`, v);
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
      const column = first.path.join('.');
      const value = obj[column] || undefined;
      // Every rejection quotes the value it could not take.
      const quoted = value !== undefined && !first.message.includes(`"${value}"`) ? `"${value}": ` : '';
      reject(row.line, column, quoted + first.message + more, value);
      continue;
    }
    records.push({ ...r.data, row: row.line });
  }
  return { records, rejected, used: records.length, columns };
}

/**
 * The wage type for every row when the file's wage-type values are none of them wage types
 * (an employment-type column: ประจำ, Permanent) or it has no such column, and the wage column's
 * header says which (เงินเดือน = monthly, ค่าแรงรายวัน = daily). Said once as a warning.
 */
function inferWageType(
  grid: RawGrid,
  rows: RawRow[],
  header: string[],
  mapping: Mapping,
  ctx: CellContext,
  warnings: Warning[],
): string | undefined {
  const fromHeader = wageTypeFromHeader(mapping, header);
  if (!fromHeader) return undefined;
  const idx = mapping.byColumn.get('wage_type');
  const isWageType = (v: string) =>
    (WAGE_TYPES as readonly string[]).includes(
      lookupValue('wage_type', v, ctx.values) ?? v.trim().toLowerCase(),
    );
  let example: string | undefined;
  if (idx) {
    for (const row of rows) {
      const v = cleanCell(idx.map((i) => row.cells[i] ?? '').join(' '));
      if (v === '') continue;
      if (isWageType(v)) return undefined;
      example ??= v;
    }
  }
  const which = idx
    ? `the values of "${idx.map((i) => header[i].trim()).join(' ')}" are not wage types${example ? ` (such as "${example}")` : ''}`
    : 'no wage type column';
  warnings.push({
    file: grid.file,
    column: 'wage_type',
    message: `${which}: every employee read as ${fromHeader.type}-paid from the wage column's header "${fromHeader.header}"`,
  });
  return fromHeader.type;
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
  const reject = (row: number, column: string, reason: string) =>
    rejected.push({ file: grid.file, row, column, reason });
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
      reject(row.line, 'employee_id', 'required value is missing');
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
        reject(row.line, 'datetime', dt.error);
        continue;
      }
      when = dt.value;
    } else {
      const d = parseDate(cell(iDate), ctx.date);
      if (!d.ok) {
        reject(row.line, 'date', d.error);
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
  return { records: pairing.stretches, rejected, used, columns: new Set(CLOCK_CANONICAL) };
}

/** The hours columns a clock log gives: stretches with dates and times, no breaks or day types. */
const CLOCK_CANONICAL = ['employee_id', 'date', 'start', 'end'];
const minutesOfDay = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
};

/** How exports and people write a punch that did not happen (docs/inputs.md, Thai HR exports). */
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
  parts: Partial<{
    employees: Parsed<Employee>;
    hours: Parsed<Stretch>;
    payroll: Parsed<PayrollRow>;
    holidays: Parsed<Holiday>;
  }>,
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
          reason: `duplicate employee_id ${e.employee_id} (first on row ${prior.row})`,
          value: e.employee_id,
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
    warnUnknownSectors(parts.employees.records, parts.employees.stats.file, warnings);
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
        reason: `employee ${id} is not in ${parts.employees.stats.file}`,
        value: id,
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
  const holidays: Holiday[] = [];
  if (parts.holidays) {
    const h = parts.holidays;
    const seen = new Map<string, number>();
    for (const d of h.records) {
      const first = seen.get(d.date);
      if (first !== undefined) {
        reject(h as Parsed<unknown>, {
          file: h.stats.file,
          row: d.row,
          column: 'date',
          reason: `duplicate holiday ${d.date} (first on row ${first})`,
        });
        continue;
      }
      seen.set(d.date, d.row);
      holidays.push(d);
    }
    holidays.sort((a, b) => cmp(a.date, b.date));
  }
  for (const p of [parts.employees, parts.hours, parts.payroll, parts.holidays])
    if (p) rejected.push(...p.rejected);
  rejected.sort((a, b) => cmp(a.file, b.file) || a.row - b.row || cmp(a.column, b.column));
  employees.sort((a, b) => cmp(a.employee_id, b.employee_id));
  const given = [parts.employees, parts.hours, parts.payroll, parts.holidays].filter((p) => p !== undefined);
  return {
    employees,
    stretches,
    payroll,
    holidays,
    present: {
      employees: !!parts.employees,
      hours: !!parts.hours,
      payroll: !!parts.payroll,
      holidays: !!parts.holidays,
    },
    filled: {
      ...(parts.employees ? { employees: filledColumns(employees, parts.employees.layout) } : {}),
      ...(parts.payroll ? { payroll: filledColumns(payroll, parts.payroll.layout) } : {}),
    },
    files: {
      employees: parts.employees?.stats.file,
      hours: parts.hours?.stats.file,
      payroll: parts.payroll?.stats.file,
      holidays: parts.holidays?.stats.file,
    },
    inputs: given.map((p) => p.stats),
    rejected,
    warnings,
    layouts: given.map((p) => p.layout),
  };
}

/** An unknown sector gets no overlay and no sector scope: one warning per value, naming it. */
function warnUnknownSectors(employees: Employee[], file: string, warnings: Warning[]): void {
  const unknown = new Map<string, number[]>();
  for (const e of employees) {
    if (!e.sector || (SECTORS as readonly string[]).includes(e.sector)) continue;
    const rows = unknown.get(e.sector) ?? [];
    rows.push(e.row);
    unknown.set(e.sector, rows);
  }
  for (const [sector, rows] of unknown) {
    warnings.push({
      file,
      row: rows[0],
      column: 'sector',
      message: `sector "${sector}" is not one the tool knows (${SECTORS.join(', ')}): no sector rate or scope applied (row${rows.length > 1 ? 's' : ''} ${lineList(rows)})`,
    });
  }
}

/** The longest rest between two stretches of one work day that a next-day placement may imply. */
const NEXT_DAY_MAX_GAP_MIN = 8 * 60;

/**
 * The optional columns of a file that it maps (or a profile sets) and that hold a value in at
 * least one record. Columns the schema gives a default (hazardous, deduction_consent, ...)
 * count as filled when the file has them at all.
 */
export function filledColumns(records: readonly object[], layout: LayoutInfo): string[] {
  const mapped = new Set(layout.columns.map((c) => c.column));
  const left = new Set(COLUMNS[layout.kind].optional.filter((c) => mapped.has(c)));
  const out = new Set<string>();
  for (const r of records) {
    for (const c of left) {
      if ((r as Record<string, unknown>)[c] === undefined) continue;
      out.add(c);
      left.delete(c);
    }
    if (left.size === 0) break;
  }
  return COLUMNS[layout.kind].optional.filter((c) => out.has(c));
}

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
  const byDay = new Map<string, Stretch[]>();
  for (const s of stretches) {
    const k = `${s.employee_id}\u0000${s.date}`;
    const list = byDay.get(k);
    if (list) list.push(s);
    else byDay.set(k, [s]);
  }
  const out: Stretch[] = [];
  for (const list of byDay.values()) {
    if (list.length === 1) {
      out.push(list[0]);
      continue;
    }
    const inFileOrder = [...list].sort((a, b) => a.row - b.row);
    const firstStart = inFileOrder[0].start;
    let prevEnd = Number.NEGATIVE_INFINITY;
    for (const s of inFileOrder) {
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
        reject({
          file,
          row,
          column: 'start',
          reason: `overlaps the stretch on row ${prev.row}`,
          value: `${s.date} ${timeText(s.start % 1440)}`,
        });
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
  /** A pay period named in a title row above the header (payroll). */
  titlePeriod?: TitlePeriod;
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
  const titlePeriod = kind === 'payroll' ? periodInTitle(grid.rows.slice(0, choice.index)) : undefined;
  const missing = choice.isClock ? [] : missingRequired(kind, m, h.cells, section, titlePeriod);
  // wage_rate is required unless every employee is piece-rated: a header without it is worth saying.
  if (
    kind === 'employees' &&
    !choice.isClock &&
    !m.byColumn.has('wage_rate') &&
    !section?.constants?.wage_rate
  )
    missing.push('wage_rate (unless every employee is piece-rated)');
  return {
    kind,
    titlePeriod,
    headerLine: h.line,
    skipRows: choice.index > 0 ? grid.rows[choice.index - 1].line : 0,
    header: h.cells.map((c) => c.trim()),
    isClock: choice.isClock,
    columns: m.uses,
    ignored: m.ignored,
    missingRequired: missing,
    dateOrder: decideDateOrder(grid.rows.slice(choice.index + 1), dateIdx, section).text,
  };
}

/** The kind of file whose columns a grid's header matches best (all required columns first). */
export function guessKind(grid: RawGrid, profile?: Profile): { kind: FileKind; reason: string } | undefined {
  if (grid.header) return { kind: 'hours', reason: 'a time-clock log' };
  let best: { kind: FileKind; score: number; ready: boolean } | undefined;
  for (const kind of FILE_KINDS) {
    let h: HeaderInspection;
    try {
      h = inspectHeader(grid, kind, profile);
    } catch {
      continue;
    }
    const ready = h.missingRequired.every((c) => c.startsWith('wage_rate')) && h.columns.length > 0;
    const score = h.columns.length;
    if (!best || (ready && !best.ready) || (ready === best.ready && score > best.score))
      best = { kind, score, ready };
  }
  if (!best?.ready) return undefined;
  return { kind: best.kind, reason: `its header matches ${best.kind} columns` };
}
