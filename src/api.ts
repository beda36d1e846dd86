import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from './errors.js';
import { type EvaluateOptions, evaluate } from './evaluate/engine.js';
import { evaluateStreaming, type StreamHooks, type StreamPath, streamable } from './evaluate/stream.js';
import { dayOf, isoOf } from './facts/calendar.js';
import { buildResult, type Result } from './findings/result.js';
import { loadPack, type RulePack } from './pack/load.js';
import { assemble, type DataSet, parseTable, type Warning } from './parse/ingest.js';
import type { FileKind } from './parse/records.js';
import { readTable } from './read/table.js';
import { toolVersion } from './version.js';

export interface CheckOptions {
  /** A folder holding employees.csv, hours.csv and payroll.csv (any may be absent). */
  dir?: string;
  employees?: string;
  hours?: string;
  payroll?: string;
  /** YYYY-MM-DD; default today (Asia/Bangkok). */
  asOf?: string;
  /** A rule pack folder; default the bundled th-lpa pack. */
  rules?: string;
  wilful?: boolean;
  /** First day of the work week, 0 = Monday (default) ... 6 = Sunday. */
  weekStart?: number;
  only?: string[];
}

export { toolVersion } from './version.js';

/** Today in Asia/Bangkok, as the default as-of date. */
export function todayInBangkok(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bangkok' }).format(new Date());
}

export function validAsOf(asOf: string | undefined): string {
  if (asOf === undefined) return todayInBangkok();
  const d = dayOf(asOf);
  if (d === undefined) throw new UserError(`--as-of: "${asOf}" is not a date YYYY-MM-DD`);
  return isoOf(d);
}

/** Which files to read: explicit paths win; a folder supplies the rest by their canonical names. */
export function resolveInputs(o: CheckOptions): Partial<Record<FileKind, string>> {
  const files: Partial<Record<FileKind, string>> = {};
  if (o.dir !== undefined) {
    if (!existsSync(o.dir)) throw new UserError(`${o.dir}: no such folder`);
    if (!statSync(o.dir).isDirectory())
      throw new UserError(`${o.dir}: not a folder (name files with --employees, --hours, --payroll)`);
  }
  for (const kind of ['employees', 'hours', 'payroll'] as const) {
    const explicit = o[kind];
    if (explicit !== undefined) files[kind] = explicit;
    else if (o.dir !== undefined && existsSync(join(o.dir, `${kind}.csv`)))
      files[kind] = join(o.dir, `${kind}.csv`);
  }
  if (Object.keys(files).length === 0) {
    throw new UserError(
      o.dir !== undefined
        ? `${o.dir}: none of employees.csv, hours.csv, payroll.csv is there`
        : 'no input: give a folder or --employees / --hours / --payroll',
    );
  }
  return files;
}

/** Reads and parses the canonical files into a data set, every row used or rejected. */
export function readDataSet(files: Partial<Record<FileKind, string>>): DataSet {
  const warnings: Warning[] = [];
  const part = <K extends FileKind>(kind: K) => {
    const f = files[kind];
    return f === undefined ? undefined : parseTable(readTable(f), kind, warnings);
  };
  return assemble({ employees: part('employees'), hours: part('hours'), payroll: part('payroll') }, warnings);
}

type EvaluationChoices = Omit<CheckOptions, 'dir' | 'employees' | 'hours' | 'payroll' | 'rules'>;

function evaluateOptions(o: EvaluationChoices): EvaluateOptions {
  const asOf = validAsOf(o.asOf);
  return {
    asOf,
    wilful: o.wilful ?? false,
    weekStart: o.weekStart ?? 0,
    only: o.only ? new Set(o.only) : undefined,
  };
}

/** Runs a rule pack over a data set already read. */
export function checkData(data: DataSet, pack: RulePack, o: EvaluationChoices): Result {
  const eo = evaluateOptions(o);
  const ev = evaluate(data, pack, eo);
  return buildResult({ name: 'labour-check', version: toolVersion() }, pack, data, ev, {
    asOf: eo.asOf,
    wilful: eo.wilful,
  });
}

/**
 * Hours files from this size on are streamed (evaluate/stream.ts); smaller ones are read
 * whole. 0: always stream, so that every test and conformance case runs the streaming path.
 */
export const STREAM_MIN_BYTES = 0;

export interface CheckHooks extends StreamHooks {
  /** Which way the hours were read: streamed, spilled to disk (not grouped by employee), or whole. */
  onPath?: (p: StreamPath) => void;
}

/** The programmatic API: read, parse, derive facts, evaluate the rule pack, and return the result object. */
export function check(o: CheckOptions, hooks: CheckHooks = {}): Result {
  const asOf = validAsOf(o.asOf);
  const pack = loadPack(o.rules);
  const files = resolveInputs(o);
  if (files.hours === undefined || !streamable(files, hooks.minBytes ?? STREAM_MIN_BYTES)) {
    hooks.onPath?.({
      path: 'memory',
      reason:
        files.hours === undefined
          ? 'no hours file'
          : 'a workbook, not a regular file, or below STREAM_MIN_BYTES',
    });
    return checkData(readDataSet(files), pack, { ...o, asOf });
  }
  const eo = evaluateOptions({ ...o, asOf });
  const run = evaluateStreaming({ ...files, hours: files.hours }, pack, eo, hooks);
  hooks.onPath?.(run.path);
  return buildResult({ name: 'labour-check', version: toolVersion() }, pack, run.data, run.evaluation, {
    asOf: eo.asOf,
    wilful: eo.wilful,
  });
}
