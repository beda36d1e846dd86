import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { UserError } from '../errors.js';
import { type EvaluateOptions, type Evaluation, Evaluator, plausibility } from '../evaluate/engine.js';
import { employeeFacts, type FactOptions } from '../facts/employee.js';
import { reason, reasonText } from '../findings/reasons.js';
import type { RulePack } from '../pack/load.js';
import type { FooterState } from '../parse/footer.js';
import type { HeaderChoice } from '../parse/header.js';
import {
  assemble,
  batchHeader,
  cmp,
  type DataSet,
  dropOverlaps,
  footerWarning,
  type InputStats,
  type LayoutInfo,
  type Parsed,
  parseTable,
  placeAfterMidnight,
  type Rejection,
  sortStretches,
  type Warning,
} from '../parse/ingest.js';
import { implausibleBefore, implausibleDate } from '../parse/plausible.js';
import type { Employee, FileKind, PayrollRow, Stretch } from '../parse/records.js';
import { fileSize, streamableFile, streamTable } from '../read/stream.js';
import { type RawTable, readTable } from '../read/table.js';
import { EvaluationPool } from './jobs.js';
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

/** A rejection's reason in English and as a message id, as the whole-file path gives it. */
const rejectedAs = (id: string, params: Record<string, string | number>) => {
  const why = reason(id, params);
  return { reason: reasonText(why), why };
};

export type StreamPath =
  | { path: 'stream' }
  | { path: 'spill'; reason: string; partitions: number }
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

/**
 * Hours not grouped by employee. Without a stack trace: the error lives through the second pass
 * (the catch that starts it), and a trace's call sites would hold the first pass's closures and
 * all they reach (its evaluator, its payroll, its worker's state) until the run ends.
 */
class NotGrouped extends Error {
  constructor(message: string) {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
      super(message);
    } finally {
      Error.stackTraceLimit = limit;
    }
  }
}

/** Everything but the hours, read and cross-checked as `assemble` does. */
interface Held {
  data: DataSet;
  byId: Map<string, Employee>;
  payrollOf: Map<string, PayrollRow[]>;
  /** Warnings in the order readDataSet gives them: per file, then cross-file. */
  warnings: { employees: Warning[]; payroll: Warning[]; holidays: Warning[]; assemble: Warning[] };
  /** A UserError from the payroll file, thrown after the hours file has been read (readDataSet reads hours first). */
  deferred?: UserError;
}

function readHeld(files: Partial<Record<FileKind, string>>): Held {
  const warnings: Held['warnings'] = { employees: [], payroll: [], holidays: [], assemble: [] };
  const part = <K extends 'employees' | 'payroll'>(kind: K) => {
    const f = files[kind];
    return f === undefined ? undefined : parseFile(f, kind, warnings[kind]);
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
      : parseTable(readTable(files.holidays), 'holidays', warnings.holidays);
  const data = assemble({ employees, payroll, holidays }, warnings.assemble);
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
): Parsed<K extends 'employees' ? Employee : PayrollRow> {
  if (!streamableFile(file)) return parseTable(readTable(file), kind, warnings);
  let header: RawTable | undefined;
  let headerError: UserError | undefined;
  let layout: LayoutInfo | undefined;
  // The header's mapping, chosen once for every batch.
  let chosen: HeaderChoice | undefined;
  const footer: FooterState = { previous: 0, broken: false, skipped: [] };
  const records: (K extends 'employees' ? Employee : PayrollRow)[] = [];
  const rejected: Rejection[] = [];
  const columns = new Set<string>();
  let skipped = 0;
  const end = readLettingGo(
    file,
    (h) => {
      header = { file, encoding: '', sha256: '', header: h.header, headerLine: h.headerLine, rows: [] };
      footer.previous = h.headerLine;
      try {
        layout = parseTable(header, kind, warnings).layout;
        chosen = batchHeader(header, kind);
      } catch (e) {
        if (!(e instanceof UserError)) throw e;
        headerError = e;
      }
    },
    (rows) => {
      if (headerError || !header) return;
      const p = parseTable({ ...header, rows }, kind, [], { footer, header: chosen });
      for (const r of p.records) records.push(r);
      for (const r of p.rejected) rejected.push(r);
      for (const c of p.stats.columns) columns.add(c);
      skipped += p.stats.rows_skipped;
    },
  );
  if (headerError) throw headerError;
  if (footer.skipped.length) warnings.push(footerWarning(file, footer.skipped));
  return {
    records,
    rejected,
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
  const attempt = (pool: EvaluationPool | undefined, mode: 'group' | 'spill', why?: string) => {
    const spool = spooled ? new FindingSpool() : undefined;
    try {
      return { ...pass(files, readHeld(files), pack, o, facts, hooks, mode, why, spool, pool), spool };
    } catch (e) {
      spool?.remove();
      pool?.stop();
      throw e;
    }
  };
  try {
    return attempt(startPool(), 'group');
  } catch (e) {
    if (!(e instanceof NotGrouped)) throw e;
    // Read again: the first pass let go of the payroll of the employees it had evaluated.
    return attempt(startPool(), 'spill', e.message);
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
  why = '',
  spool?: FindingSpool,
  /** Started, not yet begun: the workers that evaluate employees with --jobs. */
  pool?: EvaluationPool,
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
    if (pool) pool.send({ employeeId: e.employee_id, stretches, payroll }, employees);
    else evaluator.employee(employeeFacts(e, stretches, payroll, factOptions));
  };
  const rejected: Rejection[] = [];
  let rowsRejected = 0;
  let rowsSkipped = 0;
  const hoursFooter: FooterState = { previous: 0, broken: false, skipped: [] };
  const hoursColumns = new Set<string>();
  const done = new Set<string>();

  const plausible = plausibility(pack);
  const evaluateGroup = (id: string, all: Stretch[]) => {
    // As checkData does, but for the file's dominant range (that needs every row first). Only
    // dates before the employee's bound can be refused: most employees have none to ask about.
    const e = byId.get(id);
    const before = implausibleBefore(e, plausible);
    const rows =
      before === undefined
        ? all
        : all.filter((s) => {
            if (s.date >= before) return true;
            const why = implausibleDate(s, e, plausible);
            if (!why) return true;
            const text = reasonText(why);
            for (const row of s.rows ?? [s.row]) {
              rejected.push({ file: hoursFile, row, column: 'date', reason: text, why, value: s.date });
              rowsRejected++;
            }
            return false;
          });
    // As assemble does: a split night shift's morning part moves past midnight first (into an
    // array of its own: `rows` may be the group itself).
    const group = sortStretches(placeAfterMidnight(rows));
    const kept = dropOverlaps(group, hoursFile, (r) => {
      rejected.push(r);
      rowsRejected++;
    });
    evaluateOne(e!, kept);
    done.add(id);
  };

  // The cross-file check of `assemble` for one hours record: a known employee, or a stub one
  // when there is no employees file.
  const known = (s: Stretch): boolean => {
    if (byId.has(s.employee_id)) return true;
    if (!present.employees) {
      const stub: Employee = {
        employee_id: s.employee_id,
        hazardous: false,
        work_categories: [],
        night_work_permit: false,
        row: 0,
      };
      byId.set(s.employee_id, stub);
      employees.push(stub);
      return true;
    }
    rejected.push({
      file: hoursFile,
      row: s.row,
      column: 'employee_id',
      ...rejectedAs('unknown_employee', { id: s.employee_id, file: files.employees ?? '' }),
      value: s.employee_id,
      employee_id: s.employee_id,
    });
    rowsRejected++;
    return false;
  };

  let header: RawTable | undefined;
  let headerError: UserError | undefined;
  let hoursLayout: LayoutInfo | undefined;
  let hoursHeader: HeaderChoice | undefined;
  // Parse errors stop evaluation but not reading: a CSV error further down is reported first, as readTable would.
  const broken = () => headerError !== undefined || held.deferred !== undefined;

  let current: string | undefined;
  let group: Stretch[] = [];
  const spill = mode === 'spill' ? new Spill(fileSize(hoursFile) ?? 0, hooks.spillBytes) : undefined;
  // The payroll waits on disk beside the hours of its bucket rather than in the heap through
  // the spilling pass (about 180,000 rows at 10M hours rows).
  if (spill) spill.addPayroll(payrollOf);

  const onRows = (rows: RawTable['rows']) => {
    if (broken() || !header) return;
    const parsed: Parsed<Stretch> = parseTable({ ...header, rows }, 'hours', [], {
      footer: hoursFooter,
      header: hoursHeader,
    });
    for (const r of parsed.rejected) rejected.push(r);
    rowsRejected += parsed.rejected.length;
    rowsSkipped += parsed.stats.rows_skipped;
    for (const c of parsed.stats.columns) hoursColumns.add(c);
    for (const s of parsed.records) {
      // The employee of the record before was known: rows of one employee come together.
      if (s.employee_id !== current && !known(s)) continue;
      if (spill) {
        spill.add(s);
        continue;
      }
      if (s.employee_id !== current) {
        if (current !== undefined) evaluateGroup(current, group);
        if (done.has(s.employee_id)) {
          throw new NotGrouped(
            `employee ${s.employee_id} comes back on line ${s.row} after other employees' rows`,
          );
        }
        current = s.employee_id;
        group = [];
      }
      group.push(s);
    }
  };

  let end: ReturnType<typeof streamTable>;
  try {
    end = readLettingGo(
      hoursFile,
      (h) => {
        header = {
          file: hoursFile,
          encoding: '',
          sha256: '',
          header: h.header,
          headerLine: h.headerLine,
          rows: [],
        };
        hoursFooter.previous = h.headerLine;
        try {
          hoursLayout = parseTable(header, 'hours', hoursWarnings).layout;
          hoursHeader = batchHeader(header, 'hours');
        } catch (e) {
          if (!(e instanceof UserError)) throw e;
          headerError = e;
        }
      },
      onRows,
      {
        batchRows: hooks.batchRows,
        chunkBytes: hooks.chunkBytes,
        // Most hours rows are read from their characters by the fast path for plain cells.
        spans: true,
        onProgress:
          hooks.onProgress &&
          ((read, total, rows) =>
            hooks.onProgress!({ file: hoursFile, read, total, rows, pass: mode === 'group' ? 1 : 2 })),
      },
    );
  } catch (e) {
    spill?.remove();
    pool?.stop();
    throw e;
  }
  if (headerError || held.deferred) pool?.stop();
  if (headerError) throw headerError;
  if (held.deferred) throw held.deferred;
  if (hoursFooter.skipped.length) hoursWarnings.push(footerWarning(hoursFile, hoursFooter.skipped));

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
  } else if (current !== undefined) {
    try {
      evaluateGroup(current, group);
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

  const hoursStats: InputStats = {
    file: hoursFile,
    kind: 'hours',
    encoding: end.encoding,
    rows_read: end.rowsRead,
    rows_used: end.rowsRead - rowsRejected - rowsSkipped,
    rows_rejected: rowsRejected,
    rows_skipped: rowsSkipped,
    columns: [...hoursColumns].sort(),
    sha256: end.sha256,
  };
  const inputs = [...data.inputs];
  inputs.splice(files.employees !== undefined ? 1 : 0, 0, hoursStats);
  const allRejected = [...data.rejected, ...rejected].sort(
    (a, b) => cmp(a.file, b.file) || a.row - b.row || cmp(a.column, b.column),
  );
  const w = held.warnings;
  const dataSet: DataSet = {
    employees,
    stretches: [],
    payroll: data.payroll,
    holidays: data.holidays,
    present,
    files: {
      employees: data.files.employees,
      hours: hoursFile,
      payroll: data.files.payroll,
      holidays: data.files.holidays,
    },
    inputs,
    rejected: allRejected,
    warnings: [...w.employees, ...hoursWarnings, ...w.payroll, ...w.holidays, ...w.assemble],
    layouts: [
      ...data.layouts.filter((l) => l.kind === 'employees'),
      ...(hoursLayout ? [{ ...hoursLayout, encoding: end.encoding }] : []),
      ...data.layouts.filter((l) => l.kind === 'payroll' || l.kind === 'holidays'),
    ],
  };
  const path: StreamPath = spill
    ? { path: 'spill', reason: why, partitions: spill.count }
    : { path: 'stream' };
  return { data: dataSet, evaluation: evaluator.result(), path };
}

type StreamArgs = Parameters<typeof streamTable>;

/**
 * `streamTable`, its callbacks let go of when it returns. The reader's stream leaves callbacks
 * queued (process.nextTick) that hold them until this synchronous run next yields, and through
 * them everything the caller's scope holds: the evaluator, what the checks across employees
 * keep, every payroll row (about 80 MB of typed arrays alone at 10M hours rows).
 */
function readLettingGo(
  file: string,
  onHeader: StreamArgs[1],
  onRows: StreamArgs[2],
  options?: StreamArgs[3],
): ReturnType<typeof streamTable> {
  const box: {
    onHeader?: StreamArgs[1];
    onRows?: StreamArgs[2];
    onProgress?: NonNullable<StreamArgs[3]>['onProgress'];
  } = { onHeader, onRows, onProgress: options?.onProgress };
  try {
    return streamTable(
      file,
      (h) => box.onHeader?.(h),
      (rows) => box.onRows?.(rows),
      {
        ...options,
        onProgress: box.onProgress && ((...a) => box.onProgress?.(...a)),
      },
    );
  } finally {
    box.onHeader = undefined;
    box.onRows = undefined;
    box.onProgress = undefined;
  }
}

/**
 * Parsed stretches written to temporary files by hash of the employee id, read back one file at
 * a time, each bucket's payroll rows beside them.
 */
class Spill {
  readonly count: number;
  private readonly dir: string;
  private readonly fds: number[] = [];
  // What waits to be written, per bucket: bytes outside the heap, so that lines which live
  // for a while are not promoted to the old generation and collected there.
  private readonly pending: Buffer[] = [];
  private readonly pendingBytes: number[] = [];
  private readonly payrollFiles = new Set<number>();

  constructor(hoursBytes: number, bytesPerBucket = 2 << 20) {
    this.count = Math.max(1, Math.min(256, Math.ceil(hoursBytes / bytesPerBucket)));
    this.dir = mkdtempSync(join(tmpdir(), 'labour-check-spill-'));
    for (let i = 0; i < this.count; i++) {
      this.fds.push(openSync(join(this.dir, `${i}.jsonl`), 'w'));
      this.pendingBytes.push(0);
    }
  }

  /** Moves every employee's payroll rows to the buckets (the map is emptied). */
  addPayroll(payrollOf: Map<string, PayrollRow[]>): void {
    const byBucket: [string, PayrollRow[]][][] = Array.from({ length: this.count }, () => []);
    for (const entry of payrollOf) byBucket[bucketOf(entry[0], this.count)].push(entry);
    payrollOf.clear();
    for (let i = 0; i < this.count; i++) {
      if (byBucket[i].length === 0) continue;
      // The structured clone keeps what JSON would not: absent and undefined alike, key order.
      writeFileSync(join(this.dir, `${i}.payroll`), serialize(byBucket[i]));
      byBucket[i] = [];
      this.payrollFiles.add(i);
    }
  }

  add(s: Stretch): void {
    const i = bucketOf(s.employee_id, this.count);
    const line = `${JSON.stringify(s)}\n`;
    // At most 3 bytes of UTF-8 per UTF-16 code unit.
    if (this.pendingBytes[i] + line.length * 3 > PENDING_BYTES) this.flush(i);
    if (line.length * 3 > PENDING_BYTES) {
      this.bytes += writeSync(this.fds[i], line);
      return;
    }
    this.pending[i] ??= Buffer.allocUnsafe(PENDING_BYTES);
    this.pendingBytes[i] += this.pending[i].write(line, this.pendingBytes[i]);
  }

  private flush(i: number): void {
    const n = this.pendingBytes[i];
    if (n === 0) return;
    writeSync(this.fds[i], this.pending[i], 0, n);
    this.bytes += n;
    this.pendingBytes[i] = 0;
  }

  /** Bytes of hours written to all spill files. */
  bytes = 0;

  /** Each bucket's stretches by employee (in the order read) and its payroll rows by employee. */
  *buckets(): Generator<{
    stretches: Map<string, Stretch[]>;
    payroll: [string, PayrollRow[]][];
    rows: number;
    bytes: number;
  }> {
    for (let i = 0; i < this.count; i++) this.flush(i);
    this.pending.length = 0;
    for (const fd of this.fds.splice(0)) closeSync(fd);
    for (let i = 0; i < this.count; i++) {
      const file = join(this.dir, `${i}.jsonl`);
      const bytes = fileSize(file) ?? 0;
      const stretches = new Map<string, Stretch[]>();
      let rows = 0;
      {
        const text = readFileSync(file, 'utf8');
        for (let a = 0; a < text.length; ) {
          const b = text.indexOf('\n', a);
          const s = JSON.parse(text.slice(a, b)) as Stretch;
          const list = stretches.get(s.employee_id);
          if (list) list.push(s);
          else stretches.set(s.employee_id, [s]);
          rows++;
          a = b + 1;
        }
      }
      const payroll = this.payrollFiles.has(i)
        ? (deserialize(readFileSync(join(this.dir, `${i}.payroll`))) as [string, PayrollRow[]][])
        : [];
      yield { stretches, payroll, rows, bytes };
    }
  }

  remove(): void {
    for (const fd of this.fds.splice(0)) closeSync(fd);
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Bytes of hours lines held per bucket before they are written. */
const PENDING_BYTES = 1 << 16;

/** FNV-1a over the id's UTF-16 code units. */
function bucketOf(id: string, n: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % n;
}
