import { UserError } from '../errors.js';
import { type EvaluateOptions, type Evaluation, Evaluator } from '../evaluate/engine.js';
import { plausibility } from '../evaluate/pack-use.js';
import { employeeFacts, type FactOptions } from '../facts/employee.js';
import { type Reason, reasonText } from '../findings/reasons.js';
import type { RulePack } from '../pack/load.js';
import { withoutPayAfterAsOf } from '../parse/after-as-of.js';
import { endFooter, type FooterState } from '../parse/footer.js';
import { type HeaderChoice, wageTypeFromHeader } from '../parse/header.js';
import {
  assemble,
  batchDateOrderWarnings,
  batchHeader,
  cmp,
  type DataSet,
  DateOrderChanged,
  type DateOrderState,
  dropOverlaps,
  type InputStats,
  type LayoutInfo,
  type LostPayRow,
  notWorkedWarning,
  type Parsed,
  parseTable,
  placeAfterMidnight,
  type Rejection,
  skippedWarnings,
  sortStretches,
  undatedHours,
  type Warning,
} from '../parse/ingest.js';
import { refusedBetween } from '../parse/misdated.js';
import {
  AfterAsOf,
  afterAsOf,
  anyLongBefore,
  type Cluster,
  dateClustersOf,
  implausibleBefore,
  implausibleDate,
  lostDayOf,
  rangeWarnings,
  SpansWithoutBreaks,
  undatedOf,
  yearBeforeFile,
} from '../parse/plausible.js';
import {
  type Employee,
  type FileKind,
  type PayrollRow,
  type Stretch,
  UNREADABLE_CELL_WARNINGS,
} from '../parse/records.js';
import { fileSize, streamableFile, type streamTable } from '../read/stream.js';
import { type RawTable, readTable } from '../read/table.js';
import { DateCounts } from './date-counts.js';
import { HoursRows, NotGrouped } from './hours-rows.js';
import { EvaluationPool } from './jobs.js';
import { readLettingGo } from './read-letting-go.js';
import { Spill } from './spill.js';
import { FindingSpool } from './spool.js';

// The streamed run: hours rows flow read -> parse -> facts -> rules one employee at a
// time, so memory does not grow with the number of rows. Employees and
// payroll are small and are held. The outcome is the one `readDataSet` + `evaluate` give
// for the same files (test/speed/stream.test.ts holds them to it):
// - hours grouped by employee (the common export order, whatever the order of the groups):
//   one pass, each group evaluated when the next employee starts;
// - otherwise (an employee's rows come back after another's): a second pass spills the
//   parsed stretches to temporary files, one per hash bucket of employee ids, and
//   evaluates one bucket at a time. The result says which path was taken.

export type StreamPath =
  | { path: 'stream' }
  | {
      path: 'spill';
      reason: string;
      partitions: number;
      /** The line of the row that came back (the reason names its employee). */
      line: number;
    }
  | { path: 'memory'; reason: string };

export interface StreamHooks {
  /**
   * Progress in bytes: pass 1 reads the hours file; when it is not grouped by employee, pass 2
   * reads it again into spill files and pass 3 evaluates those.
   */
  onProgress?: (p: { file: string; read: number; total: number; rows: number; pass: 1 | 2 | 3 }) => void;
  /** Hours files smaller than this are read whole (default 0: always stream). */
  minBytes?: number;
  /** Rows per parse batch and bytes per read (tests make them tiny). */
  batchRows?: number;
  chunkBytes?: number;
  /** Target bytes of hours CSV per spill bucket. */
  spillBytes?: number;
  /** Threads in all (--jobs; default 1): beyond the first, worker threads that evaluate employees while this one reads. */
  jobs?: number;
  /** Employees out at once per worker thread (tests make it 1 or large). */
  inFlight?: number;
  /** With --jobs: how many employees the worker threads evaluated. */
  onWorkers?: (employees: number) => void;
  /** --redact: headers said by position in warnings and rejections (`InputOptions.redact`). */
  redact?: boolean;
}

export interface StreamOutcome {
  data: DataSet;
  /** Its findings are in `spool` when one was asked for. */
  evaluation: Evaluation;
  path: StreamPath;
  spool?: FindingSpool;
}

/** Whether `evaluateStreaming` can take these files (an hours file that is a readable regular file). */
export function streamable(files: Partial<Record<FileKind, string>>, minBytes = 0): boolean {
  if (files.hours === undefined || !streamableFile(files.hours)) return false;
  return (fileSize(files.hours) ?? 0) >= minBytes;
}

/** Everything but the hours, read and cross-checked as `assemble` does. */
interface Held {
  data: DataSet;
  byId: Map<string, Employee>;
  payrollOf: Map<string, PayrollRow[]>;
  /**
   * Warnings in the order readDataSet gives them: per file, then cross-file; then the pay
   * periods after the as-of date, said after the hours' (as checkData says them).
   */
  warnings: {
    employees: Warning[];
    payroll: Warning[];
    holidays: Warning[];
    assemble: Warning[];
    afterAsOf: Warning[];
  };
  /** A UserError from the payroll file, thrown after the hours file has been read (readDataSet reads hours first). */
  deferred?: UserError;
}

/** Rows per batch and bytes per read of the held files (tests make them tiny, as for the hours), and --redact. */
type ReadSizes = Pick<StreamHooks, 'batchRows' | 'chunkBytes' | 'redact'>;

function readHeld(
  files: Partial<Record<FileKind, string>>,
  asOf: string | undefined,
  sizes: ReadSizes = {},
): Held {
  const warnings: Held['warnings'] = {
    employees: [],
    payroll: [],
    holidays: [],
    assemble: [],
    afterAsOf: [],
  };
  const part = <K extends 'employees' | 'payroll'>(kind: K) => {
    const f = files[kind];
    return f === undefined ? undefined : parseFile(f, kind, warnings[kind], sizes);
  };
  const employees = part('employees');
  let payroll: ReturnType<typeof part<'payroll'>>;
  let deferred: UserError | undefined;
  try {
    payroll = part('payroll');
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    deferred = e;
  }
  // A holidays file is a few dozen rows: read whole.
  const holidays =
    files.holidays === undefined
      ? undefined
      : parseTable(readTable(files.holidays), 'holidays', warnings.holidays, { redact: sizes.redact });
  // Pay periods that begin after the as-of date rejected as checkData rejects them.
  const paid = withoutPayAfterAsOf(assemble({ employees, payroll, holidays }, warnings.assemble), asOf);
  const data = paid.data;
  // Said again without the pay periods rejected there (assemble's own array otherwise).
  warnings.assemble = data.warnings;
  for (const w of paid.warnings) warnings.afterAsOf.push(w);
  const byId = new Map(data.employees.map((e) => [e.employee_id, e]));
  const payrollOf = new Map<string, PayrollRow[]>();
  // The payroll waits here until its employee is evaluated. Its dates are a few dozen values and
  // its ids the employees', yet each was parsed as a string of its own: at 10M rows, 200,000 rows
  // and a quarter of this thread's heap. Each value is held once.
  const held = new Map<string, string>();
  const once = (v: string) => {
    const known = held.get(v);
    if (known !== undefined) return known;
    held.set(v, v);
    return v;
  };
  for (const p of data.payroll) {
    p.employee_id = once(p.employee_id);
    p.period_start = once(p.period_start);
    p.period_end = once(p.period_end);
    if (p.pay_date !== undefined) p.pay_date = once(p.pay_date);
    const list = payrollOf.get(p.employee_id);
    if (list) list.push(p);
    else payrollOf.set(p.employee_id, [p]);
  }
  // Each employee's payroll is let go once evaluated (payrollOf): the rows are not kept twice.
  return { data: { ...data, payroll: [] }, byId, payrollOf, warnings, deferred };
}

/**
 * `parseTable(readTable(file))` for employees and payroll, read in chunks and parsed in
 * batches: the same records, rejections, warnings and stats without the whole file's text
 * and rows in memory at once (20,000 employees have 240,000 payroll rows a year).
 */
function parseFile<K extends 'employees' | 'payroll'>(
  file: string,
  kind: K,
  warnings: Warning[],
  sizes: ReadSizes,
): Parsed<K extends 'employees' ? Employee : PayrollRow> {
  const read = { redact: sizes.redact };
  if (!streamableFile(file)) return parseTable(readTable(file), kind, warnings, read);
  const before = warnings.length;
  try {
    return parseFileInBatches({ file, kind, warnings, sizes });
  } catch (e) {
    if (!(e instanceof DateOrderChanged || e instanceof DecidedOnEveryRow)) throw e;
    // Its dates read one way in the first rows and another later, or its wage types come from
    // the header only if no row has one: the whole file decides.
    warnings.length = before;
    return parseTable(readTable(file), kind, warnings, read);
  }
}

/**
 * The wage types of an employees file come from its wage column's header (a daily wage, say)
 * only when no row holds one, and its warning quotes the first value: decided on every row, so
 * such a file (a few thousand rows at most) is read whole.
 */
class DecidedOnEveryRow extends Error {}

function parseFileInBatches<K extends 'employees' | 'payroll'>(from: {
  file: string;
  kind: K;
  warnings: Warning[];
  sizes: ReadSizes;
}): Parsed<K extends 'employees' ? Employee : PayrollRow> {
  const { file, kind, warnings, sizes } = from;
  let header: RawTable | undefined;
  let headerError: UserError | undefined;
  let layout: LayoutInfo | undefined;
  // The header's mapping, chosen once for every batch.
  let chosen: HeaderChoice | undefined;
  const footer: FooterState = { previous: 0, broken: false, skipped: [] };
  const dateOrder: DateOrderState = {};
  const records: (K extends 'employees' ? Employee : PayrollRow)[] = [];
  const rejected: Rejection[] = [];
  const lostPay: LostPayRow[] = [];
  const columns = new Set<string>();
  let skipped = 0;
  // A batch's warnings about the file (its header, its columns) were said once from the header;
  // those about a row's own cells (a birth date kept as unknown) are kept.
  const rowWarnings: Warning[] = [];
  const end = readLettingGo(
    file,
    (h) => {
      header = { file, encoding: '', sha256: '', header: h.header, headerLine: h.headerLine, rows: [] };
      footer.previous = h.headerLine;
      try {
        layout = parseTable(header, kind, warnings, { redact: sizes.redact }).layout;
        chosen = batchHeader(header, kind);
      } catch (e) {
        if (!(e instanceof UserError)) throw e;
        headerError = e;
      }
      if (kind === 'employees' && chosen && wageTypeFromHeader(chosen.table, h.header))
        throw new DecidedOnEveryRow();
    },
    (rows) => {
      if (headerError || !header) return;
      const said: Warning[] = [];
      const p = parseTable({ ...header, rows }, kind, said, {
        footer,
        header: chosen,
        dateOrder,
        redact: sizes.redact,
      });
      for (const w of said) if (w.why && UNREADABLE_CELL_WARNINGS.has(w.why.id)) rowWarnings.push(w);
      for (const r of p.records) records.push(r);
      for (const r of p.rejected) rejected.push(r);
      for (const l of p.lostPay ?? []) lostPay.push(l);
      for (const c of p.stats.columns) columns.add(c);
      skipped += p.stats.rows_skipped;
    },
    { batchRows: sizes.batchRows, chunkBytes: sizes.chunkBytes },
  );
  if (headerError) throw headerError;
  // Signature lines under the last row of the table end the file: skipped.
  skipped += endFooter(footer);
  warnings.push(...skippedWarnings(file, footer));
  warnings.push(...rowWarnings);
  warnings.push(...batchDateOrderWarnings(file, dateOrder));
  return {
    records,
    rejected,
    ...(lostPay.length ? { lostPay } : {}),
    layout: { ...layout!, encoding: end.encoding },
    stats: {
      file,
      kind,
      encoding: end.encoding,
      rows_read: end.rowsRead,
      rows_used: records.length,
      rows_rejected: rejected.length,
      rows_skipped: skipped,
      columns: [...columns].sort(),
      sha256: end.sha256,
    },
  };
}

/**
 * Reads and evaluates the files, streaming the hours file. With `spooled`, findings go to a
 * temporary file as each employee is done (the outcome's `spool`; the caller removes it).
 */
export function evaluateStreaming(
  files: Partial<Record<FileKind, string>> & { hours: string },
  pack: RulePack,
  o: EvaluateOptions,
  hooks: StreamHooks = {},
  spooled = false,
): StreamOutcome {
  const facts: FactOptions = { params: pack.params, wages: pack.wages, weekStart: o.weekStart };
  // --jobs N is N threads in all: this one reads, parses and counts, N - 1 workers evaluate.
  // They start before the other files are read, so that they are ready when the hours are.
  const jobs = hooks.jobs ?? 1;
  const startPool = () =>
    jobs > 1
      ? new EvaluationPool(
          jobs - 1,
          { rules: pack.dir, options: o, weekStart: o.weekStart, encode: spooled },
          hooks.inFlight,
        )
      : undefined;
  const attempt = (mode: 'group' | 'spill', why?: NotGrouped, longBefore?: Cluster) => {
    const spool = spooled ? new FindingSpool() : undefined;
    const pool = startPool();
    try {
      return {
        ...pass(
          files,
          readHeld(files, o.asOf, hooks),
          pack,
          o,
          facts,
          hooks,
          mode,
          why,
          spool,
          pool,
          longBefore,
        ),
        spool,
      };
    } catch (e) {
      spool?.remove();
      pool?.stop();
      throw e;
    }
  };
  // Read again when a pass finds the rows not grouped by employee (it let go of the payroll of
  // the employees it had evaluated), and when it finds dates long before the file's range.
  let mode: 'group' | 'spill' = 'group';
  let why: NotGrouped | undefined;
  let longBefore: Cluster | undefined;
  for (;;) {
    try {
      return attempt(mode, why, longBefore);
    } catch (e) {
      if (e instanceof NotGrouped && mode === 'group') {
        mode = 'spill';
        why = e;
      } else if (e instanceof LongBefore && !longBefore) longBefore = e.dominant;
      else throw e;
    }
  }
}

/** A pass found stretches more than a year before the file's dominant range: it is read again, refusing them. */
class LongBefore extends Error {
  constructor(readonly dominant: Cluster) {
    super("dates more than a year before the file's dominant range");
  }
}

function pass(
  files: Partial<Record<FileKind, string>> & { hours: string },
  held: Held,
  pack: RulePack,
  o: EvaluateOptions,
  factOptions: FactOptions,
  hooks: StreamHooks,
  mode: 'group' | 'spill',
  why?: NotGrouped,
  spool?: FindingSpool,
  /** Started, not yet begun: the workers that evaluate employees with --jobs. */
  pool?: EvaluationPool,
  /** The file's dominant date range, when a pass before this one found dates more than a year before it. */
  longBefore?: Cluster,
): Omit<StreamOutcome, 'spool'> {
  const { data, payrollOf } = held;
  // A pass adds stub employees (no employees file) and the hours file's warnings: its own copies.
  const employees = [...data.employees];
  const byId = new Map(held.byId);
  const hoursWarnings: Warning[] = [];
  const hoursFile = files.hours;
  const present = {
    employees: files.employees !== undefined,
    hours: true,
    payroll: files.payroll !== undefined,
    holidays: files.holidays !== undefined,
  };
  const input = {
    employees,
    present,
    files: { ...data.files, hours: hoursFile },
    holidays: data.holidays,
    ...(data.holidaysLost ? { holidaysLost: data.holidaysLost } : {}),
    inputs: data.inputs,
  };
  const evaluator = new Evaluator(input, pack, o, spool?.add);
  pool?.begin(input, (a, encoded) => {
    evaluator.record(a);
    if (encoded) spool!.addEncoded(a.id, encoded);
  });
  const evaluateOne = (e: Employee, stretches: Stretch[]) => {
    const payroll = payrollOf.get(e.employee_id) ?? [];
    // Each employee is evaluated once: its payroll is not needed again (20,000 employees hold
    // about 200,000 payroll rows; without this they stayed in memory to the end of the run).
    payrollOf.delete(e.employee_id);
    const lost = hours.lostDays(e.employee_id);
    const undated = hours.undatedRows(e.employee_id);
    // The payroll's rejected rows are few, read with the payroll, and held to the end.
    const lostPay = data.lostPay?.get(e.employee_id);
    const notWorked = hours.notWorkedDays(e.employee_id);
    if (pool)
      pool.send(
        {
          employeeId: e.employee_id,
          stretches,
          payroll,
          ...(lost ? { lost } : {}),
          ...(undated ? { undated } : {}),
          ...(lostPay ? { lostPay } : {}),
          ...(notWorked ? { notWorked } : {}),
        },
        employees,
      );
    else
      evaluator.employee(
        employeeFacts(e, stretches, payroll, factOptions, lost, undated, lostPay, notWorked),
      );
  };
  const done = new Set<string>();

  const plausible = { ...plausibility(pack), asOf: o.asOf };
  // Work dated after the as-of date, refused as checkData refuses it and said once.
  const after = new AfterAsOf();
  // Spans whose break is not recorded, said once as checkData says them.
  const spans = new SpansWithoutBreaks();
  // The stretches by date, counted as checkData counts them for the file's dominant range.
  const dates = new DateCounts();
  /** Rejects the stretch's rows: those listed for the first time. */
  const refuse = (s: Stretch, why: Reason): number[] => {
    const text = reasonText(why);
    const listed: number[] = [];
    for (const row of s.rows ?? [s.row])
      if (hours.reject({ file: hoursFile, row, column: 'date', reason: text, why, value: s.date }))
        listed.push(row);
    return listed;
  };
  const evaluateGroup = (id: string, all: Stretch[]) => {
    // As checkData does. Only dates before the employee's bound can be refused for the
    // employee's age: most employees have none to ask about.
    const e = byId.get(id);
    const before = implausibleBefore(e, plausible);
    const rows =
      before === undefined
        ? all
        : all.filter((s) => {
            if (s.date >= before) return true;
            const why = implausibleDate(s, e, plausible);
            if (!why) return true;
            dates.add(s.date);
            refuse(s, why);
            for (const l of lostDayOf(s)) hours.lose(l);
            return false;
          });
    // As assemble does: a split night shift's morning part moves past midnight first (into an
    // array of its own: `rows` may be the group itself).
    const group = sortStretches(placeAfterMidnight(rows));
    let kept = dropOverlaps(
      group,
      hoursFile,
      (r) => hours.reject(r),
      (l) => hours.lose(l),
    );
    for (const s of kept) dates.add(s.date);
    // Dates more than a year before the file's dominant range, known from a pass before this one.
    if (longBefore)
      kept = kept.filter((s) => {
        const why = yearBeforeFile(s, longBefore, plausible);
        if (!why) return true;
        refuse(s, why);
        for (const u of undatedOf(s)) hours.undate(u);
        return false;
      });
    // Most employees have no work after the as-of date: their stretches are not copied.
    if (kept.some((s) => afterAsOf(s, plausible))) {
      const late: Stretch[] = [];
      kept = kept.filter((s) => {
        const why = afterAsOf(s, plausible);
        if (!why) return true;
        for (const row of refuse(s, why)) after.add(row, s.date);
        late.push(s);
        return false;
      });
      // As checkData does: one refused between rows in date order may be a year typed wrong.
      for (const l of refusedBetween(id, kept, late)) hours.lose(l);
    }
    for (const s of kept) spans.add(s, plausible);
    evaluateOne(e!, kept);
    done.add(id);
  };

  const spill = mode === 'spill' ? new Spill(fileSize(hoursFile) ?? 0, hooks.spillBytes) : undefined;
  // The payroll waits on disk beside the hours of its bucket rather than in the heap through
  // the spilling pass (about 180,000 rows at 10M hours rows).
  if (spill) spill.addPayroll(payrollOf);
  const hours = new HoursRows(
    {
      file: hoursFile,
      employeesFile: files.employees,
      byId,
      employees,
      warnings: hoursWarnings,
      redact: hooks.redact,
    },
    evaluateGroup,
    done,
    spill,
  );
  // Parse errors stop evaluation but not reading: a CSV error further down is reported first, as readTable would.
  const onRows = (rows: RawTable['rows']) => hours.rows(rows, held.deferred !== undefined);

  let end: ReturnType<typeof streamTable>;
  try {
    end = readLettingGo(hoursFile, (h) => hours.header(h), onRows, {
      batchRows: hooks.batchRows,
      chunkBytes: hooks.chunkBytes,
      // Most hours rows are read from their characters by the fast path for plain cells.
      spans: true,
      onProgress:
        hooks.onProgress &&
        ((read, total, rows) =>
          hooks.onProgress!({ file: hoursFile, read, total, rows, pass: mode === 'group' ? 1 : 2 })),
    });
  } catch (e) {
    spill?.remove();
    pool?.stop();
    throw e;
  }
  if (hours.headerError || held.deferred) pool?.stop();
  if (hours.headerError) throw hours.headerError;
  if (held.deferred) throw held.deferred;
  // Signature lines under the last row of the table end the file: skipped.
  hours.rowsSkipped += endFooter(hours.footer);
  const undated = undatedHours(
    hoursFile,
    hours.rejected,
    end.rowsRead - hours.rowsRejected - hours.rowsSkipped,
  );
  if (undated) {
    spill?.remove();
    pool?.stop();
    throw undated;
  }
  hoursWarnings.push(...skippedWarnings(hoursFile, hours.footer));
  if (hours.notWorkedLines.length) hoursWarnings.push(notWorkedWarning(hoursFile, hours.notWorkedLines));
  hoursWarnings.push(...batchDateOrderWarnings(hoursFile, hours.dateOrder));

  if (spill) {
    try {
      let read = 0;
      let rows = 0;
      for (const bucket of spill.buckets()) {
        // The bucket's payroll goes back beside the employees who have not been evaluated.
        for (const [id, list] of bucket.payroll) payrollOf.set(id, list);
        for (const [id, list] of bucket.stretches) {
          // Each employee's stretches let go of once handed on, not at the bucket's end.
          bucket.stretches.delete(id);
          evaluateGroup(id, list);
        }
        read += bucket.bytes;
        rows += bucket.rows;
        hooks.onProgress?.({ file: hoursFile, read, total: spill.bytes, rows, pass: 3 });
      }
    } catch (e) {
      pool?.stop();
      throw e;
    } finally {
      spill.remove();
    }
  } else {
    try {
      hours.end();
    } catch (e) {
      pool?.stop();
      throw e;
    }
  }

  // Employees without hours, in id order; the peers the checks see keep their order meanwhile
  // (a worker's copy of them is in the order they were sent).
  const byIdOrder = (a: Employee, b: Employee) => cmp(a.employee_id, b.employee_id);
  try {
    for (const e of [...employees].sort(byIdOrder)) if (!done.has(e.employee_id)) evaluateOne(e, []);
  } catch (e) {
    pool?.stop();
    throw e;
  }
  if (pool) {
    pool.finish();
    hooks.onWorkers?.(pool.sent);
  }
  employees.sort(byIdOrder);
  // The dominant range needs every row: a file with dates long before it is read again, those
  // dates refused (rare: a clock that was reset), as checkData refuses them.
  const range = dateClustersOf(dates.byDate(plausible.earliest));
  if (!longBefore && anyLongBefore(range)) throw new LongBefore(range.dominant!);

  const hoursStats: InputStats = {
    file: hoursFile,
    kind: 'hours',
    encoding: end.encoding,
    rows_read: end.rowsRead,
    rows_used: end.rowsRead - hours.rowsRejected - hours.rowsSkipped,
    rows_rejected: hours.rowsRejected,
    rows_skipped: hours.rowsSkipped,
    columns: [...hours.columns].sort(),
    sha256: end.sha256,
  };
  const inputs = [...data.inputs];
  inputs.splice(files.employees !== undefined ? 1 : 0, 0, hoursStats);
  const allRejected = [...data.rejected, ...hours.rejected].sort(
    (a, b) => cmp(a.file, b.file) || a.row - b.row || cmp(a.column, b.column),
  );
  const w = held.warnings;
  const dataSet: DataSet = {
    employees,
    stretches: [],
    payroll: data.payroll,
    holidays: data.holidays,
    ...(data.holidaysLost ? { holidaysLost: data.holidaysLost } : {}),
    present,
    files: {
      employees: data.files.employees,
      hours: hoursFile,
      payroll: data.files.payroll,
      holidays: data.files.holidays,
    },
    inputs,
    rejected: allRejected,
    warnings: [
      ...w.employees,
      ...hoursWarnings,
      ...w.payroll,
      ...w.holidays,
      ...w.assemble,
      ...rangeWarnings(hoursFile, range),
      ...after.warnings(hoursFile, o.asOf),
      ...spans.warnings(hoursFile),
      ...w.afterAsOf,
    ],
    layouts: [
      ...data.layouts.filter((l) => l.kind === 'employees'),
      ...(hours.layout ? [{ ...hours.layout, encoding: end.encoding }] : []),
      ...data.layouts.filter((l) => l.kind === 'payroll' || l.kind === 'holidays'),
    ],
  };
  const path: StreamPath = spill
    ? { path: 'spill', reason: why?.message ?? '', line: why?.line ?? 0, partitions: spill.count }
    : { path: 'stream' };
  return { data: dataSet, evaluation: evaluator.result(), path };
}
