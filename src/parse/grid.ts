import { UserError } from '../errors.js';
import { type Reason, reason, reasonText, WAGE_TYPE_TH } from '../findings/reasons.js';
import { gridOfTable, type RawGrid, type RawRow, type RawTable } from '../read/table.js';
import {
  bahtText,
  type CellContext,
  canonicalCell,
  countPeriodEra,
  datedStretch,
  lookupValue,
} from './cells.js';
import { clockRows } from './clock-rows.js';
import type {
  InputOptions,
  LayoutInfo,
  LostDay,
  LostPayRow,
  NotWorkedDay,
  Parsed,
  Rejection,
  Row,
  UndatedRow,
  Warning,
} from './dataset.js';
import {
  batchDateOrder,
  batchDateOrderWarning,
  type DateOrderDecision,
  type DateOrderState,
  dateOrderColumns,
  decideDateOrder,
} from './date-order.js';
import { notWorkedReader } from './day-status.js';
import { compileFastReader } from './fast-rows.js';
import { endFooter, type FooterState, splitFooter } from './footer.js';
import {
  chooseHeader,
  clockMapping,
  type HeaderChoice,
  type HeaderWords,
  headerText,
  type Mapping,
  missingRequired,
  wageTypeFromHeader,
} from './header.js';
import { layoutCells } from './layout-rows.js';
import { pairsText, punchMark, rowPairs } from './pairs.js';
import { profileSection } from './profile.js';
import {
  COLUMNS,
  type FileKind,
  MONEY,
  MONEY_COLUMNS,
  REQUIRED_MISSING,
  ROW_VALIDATORS,
  type RowProblem,
  SEXES,
  UNKNOWN_WHEN_UNREADABLE,
  type UnreadableColumn,
  unreadableCellWarning,
  WAGE_TYPES,
} from './records.js';
import {
  EN_PLURAL,
  lineList,
  lostDayReader,
  lostPayReader,
  problemColumn,
  type RowsResult,
  saidArgs,
  undatedHours,
  warned,
} from './rejections.js';
import { payPeriodInTitle, titleMonthNote, titlePeriodWarning } from './title.js';
import { cleanCell, parseMoney, parsePeriod } from './values.js';

// One table file (employees, hours, payroll, holidays) to typed records and located rejections.

// ---- files ----

/** The foundation's entry point: a table whose first row is the header, or a grid. */
export const parseTable = <T extends FileKind>(
  table: RawTable | RawGrid,
  kind: T,
  warnings: Warning[],
  o: InputOptions = {},
) => parseGrid('layout' in table ? table : gridOfTable(table), kind, warnings, o);

/**
 * The header mapping `parseTable` chooses for a file whose batches of rows each come with this
 * header row: chosen once and handed to it as `InputOptions.header`. Undefined for a clock log,
 * whose header is its own.
 */
export function batchHeader(table: RawTable, kind: FileKind, o: InputOptions = {}): HeaderChoice | undefined {
  const grid = gridOfTable(table);
  return grid.header ? undefined : chooseHeader(grid, kind, profileSection(o.profile, kind));
}

/** Maps a grid onto one canonical file: typed records, or a located rejection for every row that is not. */
export function parseGrid<T extends FileKind>(
  grid: RawGrid,
  kind: T,
  warnings: Warning[],
  o: InputOptions = {},
): Parsed<Row<T>> {
  const section = profileSection(o.profile, kind);
  // Under --redact a header is said by its position or the column it was read as (InputOptions).
  const redacting = o.redact === true;
  const said = (w: HeaderWords) => (redacting ? w.at : w.text);
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
    choice = o.header ?? chooseHeader(grid, kind, section);
    const h = grid.rows[choice.index];
    // One line that quotes no cell (README, exit codes): the header may be a row of data.
    if (h.problem)
      throw new UserError(`${grid.file}:${h.line}: the header row cannot be read: ${h.problem.what}`);
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
      `${grid.file}: the profile names header${mapping.missingProfile.length > 1 ? 's' : ''} not in the file (${mapping.missingProfile.join(', ')}); the header on line ${headerLine} ${headerText(header, mapping, redacting)}`,
    );
  }
  if (mapping.conflicts.length) {
    throw new UserError(
      `${grid.file}: ${mapping.conflicts.map(said).join('; ')}: rename one or say which in a profile (--map)`,
    );
  }
  const title =
    kind === 'payroll' && !grid.header
      ? payPeriodInTitle(grid.rows.slice(0, Math.max(choice.index, 0)), mapping, section?.constants)
      : undefined;
  if (!choice.isClock) {
    const missing = missingRequired(kind, mapping, header, section, title);
    if (missing.length) {
      throw new UserError(
        `${grid.file}: not a ${kind} file: missing required column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (the header on line ${headerLine} ${headerText(header, mapping, redacting)}); map it with a profile (labour-check map --init)`,
      );
    }
  }
  if (!grid.header && mapping.ignored.length) {
    const why = reason('ignored_columns', { columns: mapping.ignored.map(said).join(', ') });
    warnings.push({ file: grid.file, message: reasonText(why), why });
  }
  // An hours file without a date column gives its dates in its start and end cells.
  const datedTimes =
    kind === 'hours' && !choice.isClock && !mapping.byColumn.has('date') && !section?.constants?.date;
  if (mapping.pairs) {
    if (datedTimes)
      throw new UserError(
        `${grid.file}: several in and out columns (${pairsText(header, mapping.pairs, redacting)}) need a date column`,
      );
    notes.push(`in and out times read in pairs, a stretch of work each: ${pairsText(header, mapping.pairs)}`);
  }
  const dateCols = dateOrderColumns(mapping, datedTimes);
  const order = o.dateOrder
    ? batchDateOrder(grid.file, rows, dateCols, section, o.dateOrder)
    : decideDateOrder(rows, dateCols, section);
  const layout: LayoutInfo = {
    file: grid.file,
    kind,
    encoding: grid.encoding,
    layout: grid.description,
    headerLine,
    columns: [...mapping.uses],
    ignored: mapping.ignored.map((w) => w.text),
    dateOrder: order.text,
    notes,
  };
  for (const [c, v] of Object.entries(section?.constants ?? {})) {
    layout.columns.push({ column: c, headers: [`= ${v}`], how: 'constant' });
  }
  const ctx: CellContext = {
    date: {
      order: order.order,
      twoDigitYears: o.twoDigitYears ?? section?.two_digit_years,
      ...(order.proof ? { proofLine: order.proof.line } : {}),
    },
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
    warnings.push({ file: grid.file, row: title.line, ...titlePeriodWarning(title) });
    if (title.month) notes.push(titleMonthNote(title));
  }
  let skipped = 0;
  // A punch list exported as a table ends as other exports do (รวม, ผู้จัดทำ ....); a device's
  // own log (grid.header: attlog) has no footer, its odd lines are the reader's to reject.
  if (!grid.header) {
    const key = mapping.byColumn.get('employee_id') ?? [];
    const others = (choice.isClock ? ['datetime', 'date', 'time'] : COLUMNS[kind].required)
      .filter((c) => c !== 'employee_id')
      .flatMap((c) => mapping.byColumn.get(c) ?? []);
    // A signature line has no figure where a date, a time or an amount goes.
    const figureCells = [
      ...others,
      ...[...mapping.byColumn].filter(([c]) => FIGURE_COLUMNS.has(c)).flatMap(([, cells]) => cells),
      ...(mapping.pairs ?? []).flat(),
    ];
    const state = o.footer ?? { previous: headerLine, broken: false, skipped: [] };
    const split = splitFooter(
      rows,
      state,
      key,
      others,
      {
        skipFooter: section?.skip_footer ?? true,
        stopAtBlank: section?.stop_at_blank ?? false,
        unkeyedPunches: choice.isClock,
        figureCells,
        layout: layoutCells(header, mapping),
      },
      labelCells(header.length, key, mapping),
    );
    rows = split.rows;
    // Read whole, the signature lines still pending end the file (in batches, at the last: run/).
    skipped = split.skipped.length + split.layout + (o.footer ? 0 : endFooter(state));
    // A file parsed in batches says it once, at its end (evaluate/stream.ts).
    if (!o.footer) warnings.push(...skippedWarnings(grid.file, state));
  }
  const result = choice.isClock
    ? clockRows(grid, rows, header, mapping, ctx, layout, warnings, o, section?.clock)
    : tableRows(grid, rows, header, mapping, kind, ctx, warnings, constants, {
        fastPath: !o.fullPathOnly,
        datedTimes,
        redacting,
      });
  // Rows of days not worked, said once for the file (in batches, at its end: run/stream.ts).
  const offLines = result.notWorked?.map((d) => d.row) ?? [];
  if (o.notWorkedLines) o.notWorkedLines.push(...offLines);
  else if (offLines.length) warnings.push(notWorkedWarning(grid.file, offLines));
  // A file read in batches is judged once read (run/stream.ts).
  const undated = datedTimes && !o.header ? undatedHours(grid.file, result.rejected, result.used) : undefined;
  if (undated) throw undated;
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
  // A file read in batches says it once, at its end (run/stream.ts).
  if (order.warning && !o.dateOrder) warnings.push(dateOrderWarning(grid.file, order.warning));
  return {
    records: result.records as Row<T>[],
    rejected: result.rejected,
    ...(result.lost?.length ? { lost: result.lost } : {}),
    ...(result.undated?.length ? { undated: result.undated } : {}),
    ...(result.lostPay?.length ? { lostPay: result.lostPay } : {}),
    ...(result.notWorked?.length ? { notWorked: result.notWorked } : {}),
    layout,
    stats: {
      file: grid.file,
      kind,
      encoding: grid.encoding,
      rows_read: rows.length + skipped,
      rows_used: result.used,
      rows_rejected: result.rejected.length,
      // Footer rows, and rows of days not worked (read among the rows, neither used nor rejected).
      rows_skipped: skipped + (result.notWorked?.length ?? 0),
      columns: [...result.columns].sort(),
      sha256: grid.sha256,
    },
  };
}

/** Columns whose cells hold a figure in every row of data: dates, times, amounts and counts. */
const FIGURE_COLUMNS = new Set<string>([
  ...MONEY_COLUMNS,
  'base_pay',
  'wage_rate',
  'date',
  'datetime',
  'time',
  'start',
  'end',
  'period_start',
  'period_end',
  'pay_period',
  'pay_date',
  'days_worked',
  'ot_hours',
  'break_minutes',
]);

/**
 * The cells a totals label may stand in: every cell before the employee id, and every cell of
 * no canonical column (a sequence number, a name a payroll does not map). A mapped cell after
 * the id (a name in an employee list, a date, an amount) is never read as a label.
 */
function labelCells(width: number, key: number[], mapping: Mapping): number[] {
  const mapped = new Set<number>();
  for (const cells of mapping.byColumn.values()) for (const i of cells) mapped.add(i);
  for (const pair of mapping.pairs ?? []) for (const i of pair) mapped.add(i);
  const firstKey = key.length ? Math.min(...key) : 0;
  const cells: number[] = [];
  for (let i = 0; i < width; i++) if (i < firstKey || !mapped.has(i)) cells.push(i);
  return cells;
}

/** The one warning for a file read day-first with nothing to say so, or that contradicts itself. */
function dateOrderWarning(file: string, w: NonNullable<DateOrderDecision['warning']>): Warning {
  return { file, row: w.line, message: reasonText(w.why), why: w.why };
}

/** The date-order warning of a file read in batches, said once it is read (as `parseGrid` says it). */
export function batchDateOrderWarnings(file: string, state: DateOrderState): Warning[] {
  const w = batchDateOrderWarning(state);
  return w ? [dateOrderWarning(file, w)] : [];
}

/** The one warning for a file's rows skipped as days not worked (`NotWorkedDay`): lines, never their cells. */
export function notWorkedWarning(file: string, lines: number[]): Warning {
  const n = lines.length;
  return {
    file,
    ...warned(EN_PLURAL.select(n) === 'one' ? 'not_worked_skipped_one' : 'not_worked_skipped', {
      n,
      lines: lineList([...lines].sort((a, b) => a - b)),
    }),
  };
}

/**
 * The warnings for a file's skipped rows, one for each kind: footer rows, group headings,
 * unused template rows (layout-rows.ts). Lines only: no cell is quoted.
 */
export function skippedWarnings(file: string, state: FooterState): Warning[] {
  const said = (id: string, lines: readonly number[] = []): Warning[] => {
    const n = lines.length;
    if (n === 0) return [];
    const sorted = [...lines].sort((a, b) => a - b);
    return [
      { file, ...warned(EN_PLURAL.select(n) === 'one' ? `${id}_one` : id, { n, lines: lineList(sorted) }) },
    ];
  };
  return [
    ...said('footer_skipped', state.skipped),
    ...said('headings_skipped', state.headings),
    ...said('template_rows_skipped', state.templates),
  ];
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
  how: {
    fastPath: boolean;
    /** Hours without a date column: start and end are dates and times (`datedStretch`). */
    datedTimes: boolean;
    /** --redact: a header said by its position (`problemColumn`) or its column. */
    redacting: boolean;
  },
): RowsResult {
  const { fastPath, datedTimes, redacting } = how;
  const validate = ROW_VALIDATORS[kind];
  const records: unknown[] = [];
  const rejected: Rejection[] = [];
  const lost: LostDay[] = [];
  const undated: UndatedRow[] = [];
  const lostOf = kind === 'hours' ? lostDayReader(mapping, ctx) : undefined;
  const lostPay: LostPayRow[] = [];
  const payOf = kind === 'payroll' ? lostPayReader(mapping, ctx, constants) : undefined;
  const notWorked: NotWorkedDay[] = [];
  const notWorkedOf = kind === 'hours' ? notWorkedReader(mapping, ctx) : undefined;
  let current: RawRow | undefined;
  const reject = (row: number, column: string, reason: string, why?: Reason, value?: string) => {
    rejected.push({
      file: grid.file,
      row,
      column,
      reason,
      ...(value === undefined ? {} : { value }),
      ...(why ? { why } : {}),
    });
    const of = current && lostOf?.(current);
    if (of?.date !== undefined) lost.push({ employee_id: of.employee_id, date: of.date, row });
    else if (of) undated.push({ employee_id: of.employee_id, row });
    const pay = current && payOf?.(current);
    if (pay) lostPay.push({ ...pay, row });
  };
  const width = header.length;
  const columns = new Set(Object.keys(constants));
  const wageType =
    kind === 'employees' ? inferWageType(grid, rows, header, mapping, ctx, warnings, redacting) : undefined;
  if (wageType) columns.add('wage_type');
  const fast = fastPath ? compileFastReader(kind, mapping, ctx, width, constants) : undefined;
  // Rows used: a row of several in and out pairs gives several records.
  let used = 0;
  nextRow: for (const row of rows) {
    current = row;
    if (fast) {
      const record = fast.read(row);
      if (record) {
        records.push(record);
        used++;
        continue;
      }
    }
    if (row.problem) {
      reject(row.line, problemColumn(header, mapping, row.problem.cell, redacting), row.problem.reason);
      continue;
    }
    const extra = row.cells.slice(width).filter((c) => c.trim() !== '');
    if (extra.length) {
      reject(row.line, '', ...saidArgs('extra_cells', { cells: row.cells.length, width }));
      continue;
    }
    // A day its status says was not worked (Rest, Absent, ลา), its times blank: skipped, not rejected.
    const off = notWorkedOf?.(row);
    if (off) {
      notWorked.push(off);
      for (const [column, idx] of mapping.byColumn)
        if (idx.some((i) => cleanCell(row.cells[i] ?? '') !== '')) columns.add(column);
      continue;
    }
    const obj: Record<string, string> = {};
    // Employee cells that could not be read and are kept as unknown: said once the row is used.
    const unread: { column: UnreadableColumn; warning: Pick<Warning, 'message' | 'why'> }[] = [];
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
            reject(row.line, column, m.error, m.why, cleanCell(r));
            continue nextRow;
          }
          sum += m.value;
          any = true;
        }
        raw = any ? bahtText(sum) : '';
      } else raw = raws.map(cleanCell).filter(Boolean).join(' ');
      if (cleanCell(raw) !== '') columns.add(column);
      if (kind === 'hours' && (column === 'start' || column === 'end') && cleanCell(raw) !== '') {
        const mark = punchMark(column, raw);
        if (mark) {
          reject(row.line, column, ...mark, cleanCell(raw));
          continue nextRow;
        }
      }
      if (datedTimes && (column === 'start' || column === 'end')) {
        obj[column] = cleanCell(raw);
        continue;
      }
      const c = canonicalCell(column, raw, ctx);
      const unknown = kind === 'employees' ? unreadable(column, c, cleanCell(raw)) : undefined;
      if (unknown) {
        unread.push(unknown);
        obj[column] = '';
        continue;
      }
      if (!c.ok) {
        reject(row.line, column, c.error, c.why, cleanCell(raw));
        continue nextRow;
      }
      obj[column] = c.value;
    }
    const dated = datedTimes ? datedStretch(obj.start, obj.end, ctx) : undefined;
    if (dated && !dated.ok) {
      reject(row.line, dated.column, dated.error, dated.why, dated.value);
      continue;
    }
    if (dated) {
      obj.date = dated.date;
      obj.start = dated.start;
      obj.end = dated.end;
      columns.add('date');
    }
    if (wageType) obj.wage_type = wageType;
    // A payroll's period in one cell, when the row gives no period_start and period_end.
    if (obj.pay_period && !obj.period_start && !obj.period_end) {
      const p = parsePeriod(obj.pay_period, ctx.date);
      if (!p.ok) {
        reject(row.line, 'pay_period', p.error, p.why, obj.pay_period);
        continue;
      }
      countPeriodEra(obj.pay_period, ctx);
      obj.period_start = p.value.start;
      obj.period_end = p.value.end;
      columns.add('period_start').add('period_end');
    }
    for (const [column, v] of Object.entries(constants)) {
      if ((obj[column] ?? '') === '') {
        const c = canonicalCell(column, v, ctx);
        if (!c.ok) {
          reject(
            row.line,
            column,
            `profile constant: ${c.error}`,
            c.why &&
              reason('profile_constant', { reason: reasonText(c.why), reason_th: reasonText(c.why, 'th') }),
            v,
          );
          continue nextRow;
        }
        obj[column] = c.value;
      }
    }
    // A row of several in and out pairs is a stretch per pair (parse/pairs.ts); any pair that
    // cannot be read rejects the row, so that a row is used or rejected whole.
    const times = mapping.pairs ? rowPairs(row, mapping.pairs, ctx) : undefined;
    if (times && 'error' in times) {
      reject(row.line, times.column, times.error, times.why, times.value);
      continue;
    }
    const made: unknown[] = [];
    for (let k = 0; k < Math.max(times?.length ?? 0, 1); k++) {
      // The row's break_minutes belongs to its first stretch.
      const values = k === 0 ? obj : { ...obj, break_minutes: '' };
      if (times?.length) [values.start, values.end] = [times[k].start, times[k].end];
      const r = validate(values);
      if (!r.ok) {
        reject(row.line, ...refusal(r.problems, values));
        continue nextRow;
      }
      // A span from arrival to departure with no break_minutes on the row: its break is not in
      // the record (the overtime pair after it, if any, is its own stretch).
      const unrecorded = mapping.spans && k === 0 && cleanCell(values.break_minutes ?? '') === '';
      made.push(
        unrecorded ? { ...r.record, row: row.line, breaksUnrecorded: true } : { ...r.record, row: row.line },
      );
    }
    if (unread.length) {
      (made[0] as { unreadable?: UnreadableColumn[] }).unreadable = unread.map((u) => u.column);
      for (const u of unread)
        warnings.push({
          file: grid.file,
          row: row.line,
          column: u.column,
          ...u.warning,
        });
    }
    for (const m of made) records.push(m);
    used++;
  }
  for (const c of fast?.filled ?? []) columns.add(c);
  return { records, rejected, lost, undated, lostPay, notWorked, used, columns };
}

/**
 * An employee cell whose value could not be read and is kept as unknown
 * (`UNKNOWN_WHEN_UNREADABLE`: a birth date that is no date, a sex that is neither male nor
 * female after the aliases): its column and the warning that says so, else undefined. The row
 * is kept, not rejected.
 */
function unreadable(
  column: string,
  c: ReturnType<typeof canonicalCell>,
  value: string,
): { column: UnreadableColumn; warning: Pick<Warning, 'message' | 'why'> } | undefined {
  const known = UNKNOWN_WHEN_UNREADABLE.find((k) => k === column);
  if (known === 'birth_date' && !c.ok) {
    // The parse's own words quote the cell (under --redact the quoted span is dropped); its
    // English error may say more than its message id (`"มกร" is not a month name`).
    const th = reasonText(c.why ?? reason('not_a_date', { value }), 'th');
    return {
      column: known,
      warning: warned(unreadableCellWarning(known), { reason: c.error, reason_th: th }),
    };
  }
  const sexes: readonly string[] = SEXES;
  if (known === 'sex' && (!c.ok || (c.value !== '' && !sexes.includes(c.value.toUpperCase()))))
    return { column: known, warning: warned(unreadableCellWarning(known), { value }) };
  return undefined;
}

/** A row's rejection from the row validator's problems: the first, quoting its value, naming the others. */
function refusal(problems: RowProblem[], obj: Record<string, string>): [string, string, Reason?, string?] {
  const [first, ...others] = problems;
  const also = others.map((i) => i.column).join(', ');
  const more = others.length ? ` (also: ${also})` : '';
  const column = first.column;
  const value = obj[column] || undefined;
  // Every rejection quotes the value it could not take.
  const quoted = value !== undefined && !first.message.includes(`"${value}"`) ? `"${value}": ` : '';
  const own = first.why ?? (first.message === REQUIRED_MISSING ? reason('required_missing') : undefined);
  const said =
    own && quoted
      ? reason('quoted', { value: value!, reason: reasonText(own), reason_th: reasonText(own, 'th') })
      : own;
  const why =
    said && more
      ? reason('and_also', { reason: reasonText(said), reason_th: reasonText(said, 'th'), columns: also })
      : said;
  return [column, quoted + first.message + more, why, value];
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
  /** --redact: the headers said as the columns they were read as, and the wage column's by the alias it matched. */
  redacting: boolean,
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
  const read = {
    type: fromHeader.type,
    type_th: WAGE_TYPE_TH[fromHeader.type],
    header: redacting ? fromHeader.alias : fromHeader.header,
  };
  const columns =
    idx === undefined ? undefined : redacting ? 'wage_type' : idx.map((i) => header[i].trim()).join(' ');
  // The example is a param of its own, not part of the words around it, so that --redact drops it.
  const warning =
    columns === undefined
      ? warned('wage_type_from_header', read)
      : example === undefined
        ? warned('wage_type_column_empty_from_header', { ...read, columns })
        : warned('wage_type_values_from_header', { ...read, columns, example });
  warnings.push({ file: grid.file, column: 'wage_type', ...warning });
  return fromHeader.type;
}
