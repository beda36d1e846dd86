import { closeSync, existsSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BANGKOK_UTC_OFFSET_MIN, dayOf, isoOf } from './base/calendar.js';
import { UserError } from './errors.js';
import { type EvaluateOptions, evaluate } from './evaluate/engine.js';
import { plausibility } from './evaluate/pack-use.js';
import { buildResult, type Result } from './findings/result.js';
import { loadPack, type RulePack } from './pack/load.js';
import { assemble, type DataSet, type InputOptions, parseGrid, type Warning } from './parse/ingest.js';
import { withoutImplausibleDates } from './parse/plausible.js';
import { loadProfile } from './parse/profile.js';
import { FILE_KINDS, type FileKind } from './parse/records.js';
import { BE_THRESHOLD } from './parse/values.js';
import { decoderFor } from './read/decode.js';
import { assertRegularFile } from './read/file.js';
import { StreamFallback } from './read/stream.js';
import { type RawGrid, readGrid, readGridSync } from './read/table.js';
import { JobFailed } from './run/jobs.js';
import { materialize, outcomeOf, type RunOutcome, spooledOutcome } from './run/outcome.js';
import { evaluateStreaming, type StreamHooks, type StreamPath, streamable } from './run/stream.js';

export interface CheckOptions {
  /** A folder holding employees.csv, hours.csv and payroll.csv (any may be absent). */
  dir?: string;
  employees?: string;
  hours?: string;
  payroll?: string;
  /** The employer's announced traditional holidays (s.29): `date`, `name`; default DIR/holidays.csv. */
  holidays?: string;
  /** YYYY-MM-DD; default today (Asia/Bangkok). */
  asOf?: string;
  /** A rule pack folder; default the bundled th-lpa pack. */
  rules?: string;
  wilful?: boolean;
  /** First day of the work week, 0 = Monday (default) ... 6 = Sunday. */
  weekStart?: number;
  only?: string[];
  /** Add the per-day hours series (`hours` in the result) that the HTML report charts. */
  hoursSeries?: boolean;
  /** A mapping profile file (--map); or `profile` already loaded. */
  map?: string;
  profile?: InputOptions['profile'];
  encoding?: string;
  sheet?: string;
  twoDigitYears?: InputOptions['twoDigitYears'];
  mergeMinutes?: number;
  /** Clock logs: minutes after midnight at which inferred work days start (--day-starts). */
  dayStarts?: number;
  /**
   * --redact: messages and errors say header cells and sheets by position or by the column they
   * were read as, never as the file wrote them (`InputOptions.redact`). The result itself is
   * redacted by `publish` (findings/redact.ts).
   */
  redact?: boolean;
  /**
   * Threads in all (--jobs; default 1): beyond the first, worker threads that evaluate employees
   * while the hours file is read. Only a streamed check uses them; the result is the same
   * whatever the number.
   */
  jobs?: number;
}

import { toolVersion } from './version.js';

export { toolVersion };

// The UTC date seven hours on: a time-zone formatter (Intl with Asia/Bangkok) cost 21 ms of
// every run's start-up to load the zone data (docs/speed.md, Eighth pass).
/** Today in Asia/Bangkok (at `now`), as the default as-of date. */
export function todayInBangkok(now: number = Date.now()): string {
  return new Date(now + BANGKOK_UTC_OFFSET_MIN * 60_000).toISOString().slice(0, 10);
}

/** A date given on the command line (`option` names it in the error), or today in Bangkok. */
export function validAsOf(asOf: string | undefined, option = '--as-of'): string {
  if (asOf === undefined) return todayInBangkok();
  const d = dayOf(asOf);
  if (d === undefined) throw new UserError(`${option}: "${asOf}" is not a date YYYY-MM-DD`);
  const iso = isoOf(d);
  // A Buddhist-era year typed as one (2568-08-01): read as C.E., §9 interest ran 543 years.
  const year = Number(iso.slice(0, 4));
  if (year >= BE_THRESHOLD)
    throw new UserError(
      `${option}: "${asOf}" has a Buddhist-era year: give the date in C.E., ${year - 543}${iso.slice(4)}`,
    );
  return iso;
}

/** Names a folder may give each file under, besides `<kind>.csv`. */
// .xls and .html: HikCentral and web HR systems save HTML tables under those names (a real
// binary .xls is then named as such, with what to export instead).
const EXTENSIONS = ['.csv', '.xlsx', '.txt', '.tsv', '.xls', '.html', '.htm'];
const CLOCK_LOG = /attlog.*\.(dat|txt)$/i;

const isInputName = (f: string, kind: FileKind): boolean =>
  EXTENSIONS.some((e) => f.toLowerCase() === `${kind}${e}`) || (kind === 'hours' && CLOCK_LOG.test(f));

/** Whether `check DIR` would find an input file among these names (batch: DIR is an employer). */
export function holdsInputs(names: readonly string[]): boolean {
  return names.some((f) => (['employees', 'hours', 'payroll'] as const).some((k) => isInputName(f, k)));
}

/** Which files to read: explicit paths win; a folder supplies the rest by their canonical names. */
export function resolveInputs(o: CheckOptions): Partial<Record<FileKind, string>> {
  const files: Partial<Record<FileKind, string>> = {};
  if (o.dir !== undefined) {
    if (!existsSync(o.dir)) throw new UserError(`${o.dir}: no such folder`);
    if (!statSync(o.dir).isDirectory())
      throw new UserError(`${o.dir}: not a folder (name files with --employees, --hours, --payroll)`);
  }
  const listing = o.dir !== undefined ? readdirSync(o.dir) : [];
  for (const kind of FILE_KINDS) {
    const explicit = o[kind];
    if (explicit !== undefined) {
      files[kind] = explicit;
      continue;
    }
    if (o.dir === undefined) continue;
    const found = listing.filter((f) => isInputName(f, kind));
    if (found.length > 1) {
      throw new UserError(
        `${o.dir}: ${found.join(' and ')} could both be the ${kind} file: name one with --${kind}`,
      );
    }
    if (found.length === 1) files[kind] = join(o.dir, found[0]);
  }
  // Before anything opens them: a FIFO would block the open, /dev/zero would never end.
  for (const f of Object.values(files)) if (f !== undefined) assertRegularFile(f);
  if (Object.keys(files).filter((k) => k !== 'holidays').length === 0) {
    throw new UserError(
      o.dir !== undefined
        ? `${o.dir}: none of employees.csv, hours.csv, payroll.csv (or .xlsx, .xls, .html, or a ZKTeco attlog) is there`
        : 'no input: give a folder or --employees / --hours / --payroll',
    );
  }
  return files;
}

/** The input options of a check: command-line flags over the profile's. */
export function inputOptions(o: CheckOptions): InputOptions {
  if (o.encoding !== undefined) decoderFor(o.encoding);
  const profile = o.profile ?? (o.map !== undefined ? loadProfile(o.map) : undefined);
  for (const kind of FILE_KINDS) {
    const label = profile?.[kind]?.encoding;
    if (label !== undefined) decoderFor(label);
  }
  return {
    profile,
    encoding: o.encoding,
    sheet: o.sheet,
    twoDigitYears: o.twoDigitYears,
    mergeMinutes: o.mergeMinutes,
    dayStarts: o.dayStarts,
    ...(o.redact ? { redact: true } : {}),
  };
}

/** Read options for one file: the flag, else the profile's section for that kind. */
function readOptions(kind: FileKind, o: InputOptions) {
  const section = o.profile?.[kind];
  return { encoding: o.encoding ?? section?.encoding, sheet: o.sheet ?? section?.sheet, redact: o.redact };
}

function dataSetOf(grids: Partial<Record<FileKind, RawGrid>>, o: InputOptions): DataSet {
  const warnings: Warning[] = [];
  const part = <K extends FileKind>(kind: K) => {
    const g = grids[kind];
    return g === undefined ? undefined : parseGrid(g, kind, warnings, o);
  };
  return assemble(
    {
      employees: part('employees'),
      hours: part('hours'),
      payroll: part('payroll'),
      holidays: part('holidays'),
    },
    warnings,
  );
}

/**
 * Reads and maps the input files into a data set, every row used or rejected. Text files
 * only: an .xlsx needs `readDataSetAsync`.
 */
export function readDataSet(files: Partial<Record<FileKind, string>>, o: InputOptions = {}): DataSet {
  const grids: Partial<Record<FileKind, RawGrid>> = {};
  for (const [kind, f] of Object.entries(files) as [FileKind, string][])
    grids[kind] = readGridSync(f, readOptions(kind, o));
  return dataSetOf(grids, o);
}

/** Reads and maps the input files, workbooks included, into a data set. */
export async function readDataSetAsync(
  files: Partial<Record<FileKind, string>>,
  o: InputOptions = {},
): Promise<DataSet> {
  const grids: Partial<Record<FileKind, RawGrid>> = {};
  for (const [kind, f] of Object.entries(files) as [FileKind, string][])
    grids[kind] = await readGrid(f, readOptions(kind, o));
  return dataSetOf(grids, o);
}

/** Runs a rule pack over a data set already read. */
export function checkData(
  input: DataSet,
  pack: RulePack,
  o: Omit<CheckOptions, 'dir' | 'employees' | 'hours' | 'payroll' | 'holidays' | 'rules'>,
): Result {
  const eo = evaluateOptions(o);
  const { asOf } = eo;
  const data = withoutImplausibleDates(input, { ...plausibility(pack), asOf });
  const ev = evaluate(data, pack, eo);
  return markInferred(
    buildResult({ name: 'labour-check', version: toolVersion() }, pack, data, ev, {
      asOf,
      wilful: o.wilful ?? false,
    }),
    data,
  );
}

/**
 * Findings that rest on clock punches whose direction was inferred say so (docs/inputs.md, Time-clock logs):
 * `params.inferred_punches` and a note on the message.
 */
export function markInferred(r: Result, data: DataSet): Result {
  const file = data.files.hours;
  const inferred = new Set(data.stretches.filter((s) => s.inferred).flatMap((s) => s.rows ?? [s.row]));
  if (!file || inferred.size === 0) return r;
  for (const f of r.findings) {
    const rows = f.evidence.filter((e) => e.file === file && inferred.has(e.row)).map((e) => e.row);
    if (!rows.length) continue;
    f.params.inferred_punches = rows;
    f.message += ' (the clock recorded no in/out: punch direction inferred)';
    f.message_th += ' (เครื่องสแกนไม่ได้บันทึกเข้า/ออก: อนุมานทิศทางการสแกนเอง)';
  }
  return r;
}

type EvaluationChoices = Omit<CheckOptions, 'dir' | 'employees' | 'hours' | 'payroll' | 'holidays' | 'rules'>;

function evaluateOptions(o: EvaluationChoices): EvaluateOptions {
  return {
    asOf: validAsOf(o.asOf),
    wilful: o.wilful ?? false,
    weekStart: o.weekStart ?? 0,
    only: o.only ? new Set(o.only) : undefined,
    hoursSeries: o.hoursSeries ?? false,
  };
}

/**
 * Hours files from this size on are streamed (run/stream.ts): read in chunks and
 * evaluated one employee at a time, so memory does not grow with the rows. Smaller files, and
 * anything that needs the mapping stage whole (a profile, an encoding override, two-digit
 * years, a workbook, a clock log), are read whole. Both give the same result
 * (test/speed).
 */
export const STREAM_MIN_BYTES = 8 * 1024 * 1024;

export interface CheckHooks extends StreamHooks {
  /** Which way the hours were read: streamed, spilled to disk (not grouped by employee), or whole. */
  onPath?: (p: StreamPath) => void;
}

/** Why these inputs must be read whole, or undefined when the hours file can be streamed. */
export function readWholeBecause(
  files: Partial<Record<FileKind, string>>,
  o: CheckOptions,
  minBytes = STREAM_MIN_BYTES,
): string | undefined {
  if (files.hours === undefined) return 'no hours file';
  if (o.map || o.profile || o.encoding || o.sheet || o.twoDigitYears) {
    return 'the options given need the whole file (mapping profile, encoding, sheet or two-digit years)';
  }
  if (!streamable(files, minBytes)) return `below ${minBytes} bytes, or not a regular file`;
  for (const f of Object.values(files))
    if (f !== undefined && !plainCsv(f)) return `${f} is not a plain CSV file`;
  return undefined;
}

/** A UTF-8 (or ASCII) delimited text file with a header line: not a workbook, clock log or other encoding. */
function plainCsv(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(4096);
    const n = readSync(fd, head, 0, head.length, 0);
    const text = head.subarray(0, n).toString('utf8');
    const zip = head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
    if (zip || text.includes('\uFFFD') || head[0] === 0xff || head[0] === 0xfe) return false;
    // HTML or XML saved under a CSV name goes to the whole-file reader, which sniffs it.
    if (
      text
        .replace(/^\uFEFF/, '')
        .trimStart()
        .startsWith('<')
    )
      return false;
    const first = text.replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? '';
    return /[,;\t]/.test(first) && /[A-Za-z_\u0E00-\u0E7F]/.test(first);
  } finally {
    closeSync(fd);
  }
}

/** The streamed check of large plain CSV files, or undefined when they must be read whole. */
function checkStreamed(
  files: Partial<Record<FileKind, string>>,
  pack: RulePack,
  o: CheckOptions,
  hooks: CheckHooks,
): RunOutcome | undefined {
  const why = readWholeBecause(files, o, hooks.minBytes ?? STREAM_MIN_BYTES);
  if (why !== undefined || files.hours === undefined) {
    hooks.onPath?.({ path: 'memory', reason: why ?? 'no hours file' });
    return undefined;
  }
  const eo = evaluateOptions(o);
  let run: ReturnType<typeof evaluateStreaming>;
  try {
    run = evaluateStreaming(
      { ...files, hours: files.hours },
      pack,
      eo,
      { ...hooks, jobs: o.jobs, redact: o.redact },
      true,
    );
  } catch (e) {
    // Whatever the streamed reading cannot take, or any user error, is met again by the
    // whole-file path, which reports it row by row or in one line, as for a small file.
    if (!(e instanceof StreamFallback || e instanceof UserError) || e instanceof JobFailed) throw e;
    hooks.onPath?.({
      path: 'memory',
      reason: e instanceof StreamFallback ? e.message : 'an error to report',
    });
    return undefined;
  }
  hooks.onPath?.(run.path);
  const tool = { name: 'labour-check', version: toolVersion() };
  const bo = { asOf: eo.asOf, wilful: eo.wilful };
  try {
    return spooledOutcome(tool, pack, run.data, run.evaluation, bo, run.spool!);
  } catch (e) {
    run.spool?.remove();
    throw e;
  }
}

/**
 * Reads and checks files (workbooks included) for reporters that write as they go: large plain
 * CSV files are streamed and their findings kept in a temporary file (call `dispose`).
 */
export async function runCheck(
  files: Partial<Record<FileKind, string>>,
  pack: RulePack,
  o: CheckOptions,
  hooks: CheckHooks = {},
): Promise<RunOutcome> {
  return (
    checkStreamed(files, pack, o, hooks) ??
    outcomeOf(checkData(await readDataSetAsync(files, inputOptions(o)), pack, o))
  );
}

/** The whole result of an outcome, its temporary file freed. */
function whole(o: RunOutcome): Result {
  try {
    return materialize(o);
  } finally {
    o.dispose();
  }
}

/** Reads and checks files (workbooks included): streamed when they are large plain CSV files, else whole. */
export async function checkFiles(
  files: Partial<Record<FileKind, string>>,
  pack: RulePack,
  o: CheckOptions,
  hooks: CheckHooks = {},
): Promise<Result> {
  return whole(await runCheck(files, pack, o, hooks));
}

/**
 * The programmatic API: read, parse, derive facts, evaluate the rule pack, and return the
 * result object. Text inputs only (an .xlsx needs `checkAsync`).
 */
export function check(o: CheckOptions, hooks: CheckHooks = {}): Result {
  const asOf = validAsOf(o.asOf);
  const pack = loadPack(o.rules);
  const files = resolveInputs(o);
  const streamed = checkStreamed(files, pack, { ...o, asOf }, hooks);
  return streamed ? whole(streamed) : checkData(readDataSet(files, inputOptions(o)), pack, { ...o, asOf });
}

/** As `check`, for every input format (.xlsx workbooks are read asynchronously) and streaming large files. */
export async function checkAsync(o: CheckOptions, hooks: CheckHooks = {}): Promise<Result> {
  const asOf = validAsOf(o.asOf);
  const pack = loadPack(o.rules);
  return checkFiles(resolveInputs(o), pack, { ...o, asOf }, hooks);
}
