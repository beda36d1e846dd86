import { UserError } from '../errors.js';
import type { RawGrid } from '../read/table.js';
import {
  ALIASES,
  type AliasTable,
  aliasIndex,
  CLOCK_ALIASES,
  CLOCK_SECOND_FORMS,
  columnAt,
  normaliseHeader,
  wageTypeOfHeader,
  withoutUnit,
} from './aliases.js';
import type { ColumnUse } from './dataset.js';
import { dateOrderColumns, decideDateOrder } from './date-order.js';
import { type PairPart, pairPart, resolvePairs } from './pairs.js';
import { type Profile, type ProfileSection, profileSection } from './profile.js';
import { COLUMNS, FILE_KINDS, type FileKind, MONEY } from './records.js';
import { arrivalOrDeparture } from './span-headers.js';
import { payPeriodInTitle, type TitlePeriod } from './title.js';

// A file's header row: which row it is, and which canonical column each of its cells is.

// ---- header mapping ----

/**
 * Words about header cells, twice: the cells as the file wrote them, and by their position
 * (`column 7`), as --redact says them (a header may be a person's name).
 */
export interface HeaderWords {
  text: string;
  at: string;
}

export interface Mapping {
  /** Canonical (or clock) column -> indexes of the header cells it is read from. */
  byColumn: Map<string, number[]>;
  uses: ColumnUse[];
  /** Header cells not read, with why when they look like a column (`at`: the position only). */
  ignored: HeaderWords[];
  conflicts: HeaderWords[];
  /** Profile headers not found in this header row. */
  missingProfile: string[];
  /**
   * Hours: header indexes of each in and out pair of a row that holds several (parse/pairs.ts),
   * the first being start and end's own; absent when a row holds one.
   */
  pairs?: [number, number][];
  /**
   * Hours: its start and end are an arrival and a departure (เวลาเข้า, เวลาออก; check-in,
   * check-out) and no in and out pairs record the breaks between them: each row is the span
   * from first in to last out, its break not recorded unless the row gives break_minutes.
   */
  spans?: true;
}

const TIER_HOW = ['profile', 'canonical', 'alias', 'alias', 'alias'] as const;

/**
 * Aliases that give way to any other header of their column (tier 4): วัน (day) is a date
 * column alone, but beside วันที่ it is the weekday (วันที่, วัน, เข้า, ออก: จันทร์), as in
 * attendance reports.
 */
const WEAK = new Set(['วัน', 'day'].map(normaliseHeader));

/** Amounts an export may split over several columns: summed when several alias headers match. */
const SUMMABLE = new Set([...MONEY].filter((c) => c.startsWith('deduction_') || c === 'other_wages'));
/** Text an export splits over several columns (คำนำหน้า, ชื่อ, นามสกุล): joined in header order. */
const JOINED = new Set(['name']);

/** The wage type a file's wage column header implies (เงินเดือน = monthly), when it has one. */
export function wageTypeFromHeader(
  m: Mapping,
  header: string[],
): { type: string; header: string; alias: string } | undefined {
  const idx = m.byColumn.get('wage_rate');
  if (idx?.length !== 1) return undefined;
  const of = wageTypeOfHeader(header[idx[0]]);
  return of ? { ...of, header: header[idx[0]].trim() } : undefined;
}

/** Required columns a header lacks, after what profile constants, the wage column's header or a title row supply. */
export function missingRequired(
  kind: FileKind,
  m: Mapping,
  header: string[],
  section: ProfileSection | undefined,
  title: TitlePeriod | undefined,
): string[] {
  return COLUMNS[kind].required.filter((c) => {
    if (m.byColumn.has(c) || section?.constants?.[c] !== undefined) return false;
    if (kind === 'employees' && c === 'wage_type' && wageTypeFromHeader(m, header)) return false;
    if (
      kind === 'payroll' &&
      (c === 'period_start' || c === 'period_end') &&
      (title || m.byColumn.has('pay_period'))
    )
      return false;
    // Hours whose start cells are dates and times (parse/cells.ts, datedStretch).
    if (kind === 'hours' && c === 'date' && m.byColumn.has('start')) return false;
    return true;
  });
}

function mapHeader(
  header: string[],
  aliases: AliasTable,
  summable: Set<string>,
  profileColumns?: ProfileSection['columns'],
  /** Hours: read numbered in and out columns and break punches as pairs. */
  inOut = false,
  /** Headers that are a second form of another header's field (`CLOCK_SECOND_FORMS`). */
  secondForms?: typeof CLOCK_SECOND_FORMS,
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
  const ignored: HeaderWords[] = [];
  const parts: { i: number; part: PairPart }[] = [];
  header.forEach((h, i) => {
    const k = normHeader[i];
    if (k === '') return;
    let hit: { column: string; tier: number } | undefined;
    if (fromProfile.has(k)) hit = { column: fromProfile.get(k)!, tier: 0 };
    else if (canonical.has(h.trim().toLowerCase().replace(/\s+/g, '_')))
      hit = { column: h.trim().toLowerCase().replace(/\s+/g, '_'), tier: 1 };
    else if (index.has(k)) hit = { column: index.get(k)!, tier: WEAK.has(k) ? 4 : 2 };
    else {
      const bare = normaliseHeader(withoutUnit(h));
      if (index.has(bare)) hit = { column: index.get(bare)!, tier: WEAK.has(bare) ? 4 : 3 };
    }
    const part = !hit && inOut ? pairPart(k, index) : undefined;
    if (part) parts.push({ i, part });
    if (!hit) {
      if (!part) ignored.push({ text: h.trim(), at: columnAt(i) });
      return;
    }
    const list = candidates.get(hit.column) ?? [];
    list.push({ i, tier: hit.tier });
    candidates.set(hit.column, list);
  });
  const byColumn = new Map<string, number[]>();
  const uses: ColumnUse[] = [];
  const conflicts: HeaderWords[] = [];
  for (const [column, list] of candidates) {
    const best = Math.min(...list.map((c) => c.tier));
    let chosen = list.filter((c) => c.tier === best);
    // A field written twice (a state's code and its text) is one column: the second form gives
    // way to the first, and is named as ignored with why. Two columns that are not forms of one
    // field stay ambiguous (below); what a profile names is taken as it says.
    if (chosen.length > 1 && best !== 0 && secondForms) {
      const firsts = new Map(chosen.map((c) => [normHeader[c.i], c.i]));
      chosen = chosen.filter((c) => {
        const form = secondForms.get(normHeader[c.i]);
        const first = form ? firsts.get(form.of) : undefined;
        if (!form || first === undefined) return true;
        ignored.push({
          text: `${header[c.i].trim()} (${form.is} ${header[first].trim()}, read for ${column})`,
          at: columnAt(c.i),
        });
        return false;
      });
    }
    for (const c of list)
      if (c.tier !== best)
        ignored.push({ text: `${header[c.i].trim()} (also looks like ${column})`, at: columnAt(c.i) });
    // Several columns for one canonical column: a profile's list is meant; amounts split over
    // alias columns (ประกันสังคม + ภาษี) are summed; anything else is ambiguous.
    if (chosen.length > 1 && best !== 0 && !(best >= 2 && (summable.has(column) || JOINED.has(column)))) {
      conflicts.push({
        text: `columns ${chosen.map((c) => `"${header[c.i].trim()}"`).join(' and ')} both map to ${column}`,
        at: `columns ${chosen.map((c) => c.i + 1).join(' and ')} both map to ${column}`,
      });
    }
    byColumn.set(
      column,
      chosen.map((c) => c.i),
    );
    uses.push({ column, headers: chosen.map((c) => header[c.i].trim()), how: TIER_HOW[best] });
  }
  const m: Mapping = { byColumn, uses, ignored, conflicts, missingProfile };
  const breaks = parts.length ? withPairs(m, header, parts) : false;
  if (inOut && !breaks && isSpan(m, header)) m.spans = true;
  return m;
}

/**
 * Whether the start or the end column is read from a header that names an arrival or a departure
 * (`Mapping.spans`), by what the header says: from the alias table or a profile alike.
 */
function isSpan(m: Mapping, header: string[]): boolean {
  const named = (column: string, meaning: 'arrival' | 'departure') =>
    (m.byColumn.get(column) ?? []).some((i) => arrivalOrDeparture(header[i]) === meaning);
  return named('start', 'arrival') || named('end', 'departure');
}

/**
 * Start and end from the first of a row's in and out pairs, and the pairs, when there are
 * several; whether those pairs record the breaks between them.
 */
function withPairs(m: Mapping, header: string[], parts: { i: number; part: PairPart }[]): boolean {
  const r = resolvePairs(header, parts, m.byColumn.get('start'), m.byColumn.get('end'));
  m.ignored.push(...r.ignored);
  m.conflicts.push(...r.conflicts);
  if (r.pairs.length === 0) return false;
  const [start, end] = r.pairs[0];
  for (const [column, i] of [
    ['start', start],
    ['end', end],
  ] as const) {
    if (m.byColumn.get(column)?.[0] === i) continue;
    m.byColumn.set(column, [i]);
    m.uses = m.uses.filter((u) => u.column !== column);
    m.uses.push({ column, headers: [header[i].trim()], how: 'alias' });
  }
  if (r.pairs.length > 1) m.pairs = r.pairs;
  return r.breaks === true;
}

const hasAll = (m: Mapping, cols: string[]) => cols.every((c) => m.byColumn.has(c));

/** A clock export's mapping; a lone "Time" column (Hikvision) holds the date too. */
export function clockMapping(header: string[], section?: ProfileSection): Mapping {
  const m = mapHeader(header, CLOCK_ALIASES, new Set(), section?.columns, false, CLOCK_SECOND_FORMS);
  if (!m.byColumn.has('datetime') && !m.byColumn.has('date') && m.byColumn.has('time')) {
    m.byColumn.set('datetime', m.byColumn.get('time')!);
    m.byColumn.delete('time');
    for (const u of m.uses) if (u.column === 'time') u.column = 'datetime';
  }
  return m;
}

const clockReady = (m: Mapping) =>
  m.byColumn.has('employee_id') && (m.byColumn.has('datetime') || hasAll(m, ['date', 'time']));

export interface HeaderChoice {
  index: number;
  table: Mapping;
  clock?: Mapping;
  isClock: boolean;
}

/** The header row: the first of the top rows that names all required columns, else the best. */
export function chooseHeader(
  grid: RawGrid,
  kind: FileKind,
  section: ProfileSection | undefined,
): HeaderChoice {
  const summable = SUMMABLE;
  const attempt = (index: number): HeaderChoice & { score: number; ready: boolean } => {
    const cells = grid.rows[index].cells;
    const table = mapHeader(cells, ALIASES[kind], summable, section?.columns, kind === 'hours');
    const title =
      kind === 'payroll' ? payPeriodInTitle(grid.rows.slice(0, index), table, section?.constants) : undefined;
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
      ignored: m.ignored.map((w) => w.text),
      missingRequired: [],
      dateOrder: decideDateOrder(grid.rows, dateOrderColumns(m), section).text,
    };
  }
  if (grid.rows.length === 0) throw new UserError(`${grid.file}: the file has no rows`);
  const choice = chooseHeader(grid, kind, section);
  const m = choice.isClock ? choice.clock! : choice.table;
  const h = grid.rows[choice.index];
  const titlePeriod =
    kind === 'payroll'
      ? payPeriodInTitle(grid.rows.slice(0, choice.index), m, section?.constants)
      : undefined;
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
    ignored: m.ignored.map((w) => w.text),
    missingRequired: missing,
    dateOrder: decideDateOrder(grid.rows.slice(choice.index + 1), dateOrderColumns(m), section).text,
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

/**
 * The header as an error shows it. A row in which no cell is a known column name may be a
 * data row (a file without its header): its cells can name a person, so only their number is
 * said, never their text. Under --redact (`byPosition`) no cell's text is said: a cell the tool
 * read is named by its column, any other by its position (`column 7`), since a row that names
 * one column may still be a row of data.
 */
export function headerText(
  header: string[],
  mapping: { byColumn: Map<string, number[]> },
  byPosition = false,
): string {
  const cells = header.map((h) => h.trim()).filter(Boolean);
  if (mapping.byColumn.size === 0)
    return `has ${cells.length} cell(s), none a known column name: is the header row missing?`;
  if (!byPosition) return `is: ${cells.join(', ')}`;
  const read = new Map<number, string>();
  for (const [column, idx] of mapping.byColumn) for (const i of idx) read.set(i, column);
  return `is: ${header.flatMap((h, i) => (h.trim() === '' ? [] : [read.get(i) ?? columnAt(i)])).join(', ')}`;
}
