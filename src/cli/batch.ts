import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { holdsInputs } from '../api.js';
import { UserError } from '../errors.js';
import { readError } from '../read/file.js';
import { FILE_NAME, type Format } from '../report/formats.js';
import { makeOutputDir, writeOutput } from './output.js';
import type { Shard } from './shard.js';

// Many employers at once: each employer folder is checked by a child process of this same
// command (`check DIR --output-dir OUT/<employer>`), so a batch reads, checks and reports
// exactly as a single check does, and one employer's failure cannot take the others down.

/** One line of summary.jsonl. */
export interface BatchLine {
  employer: string;
  status: 'ok' | 'error';
  /** Why an employer could not be checked: the check's one error line. */
  reason?: string;
  findings?: { critical: number; error: number; warning: number; info: number };
  owed_satang?: number;
  interest_satang?: number;
  rows_rejected?: number;
  exit_code: number;
}

/**
 * The shard an employer falls in, from a hash of its name: stable when folders are added or
 * removed, so a rerun of one shard meets the same employers it finished before.
 */
export function shardOf(employer: string, count: number): number {
  return createHash('sha256').update(employer).digest().readUInt32BE(0) % count;
}

/** Every folder under `root` (itself included) that holds an input file, as sorted '/'-joined paths. */
export function employerFolders(root: string, skip?: string): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    if (skip !== undefined && resolve(dir) === skip) return;
    const entries = readdirSync(dir, { withFileTypes: true });
    if (holdsInputs(entries.filter((e) => !e.isDirectory()).map((e) => e.name)))
      found.push(relative(root, dir).split(sep).join('/') || '.');
    for (const e of entries) if (e.isDirectory()) walk(join(dir, e.name));
  };
  walk(root);
  return found.sort();
}

export interface BatchOptions {
  root: string;
  outputDir: string;
  formats: Format[];
  /** Options handed to every check, as command-line arguments. */
  checkArgs: string[];
  jobs?: number;
  shard?: Shard;
  force?: boolean;
}

export interface BatchRun {
  lines: BatchLine[];
  skipped: number;
  summaryFile: string;
  exitCode: 0 | 1;
}

const HERE = dirname(fileURLToPath(import.meta.url));
function binPath(): string {
  for (const up of ['../..', '../../..']) {
    const f = join(HERE, up, 'bin', 'labour-check.js');
    if (existsSync(f)) return f;
  }
  throw new UserError('batch: cannot find bin/labour-check.js beside the installed package');
}

/** The summary line a finished employer left, when its reports are there too. */
function finished(dir: string, formats: Format[]): BatchLine | undefined {
  const line = join(dir, 'summary.jsonl');
  if (!existsSync(line)) return undefined;
  for (const f of formats) if (!existsSync(join(dir, FILE_NAME[f]!))) return undefined;
  try {
    const parsed = JSON.parse(readFileSync(line, 'utf8')) as BatchLine;
    return parsed.status === 'ok' ? parsed : undefined;
  } catch {
    return undefined;
  }
}

function checkOne(
  bin: string,
  root: string,
  employer: string,
  out: string,
  o: BatchOptions,
): Promise<BatchLine> {
  const totals = join(out, '.totals.json');
  rmSync(totals, { force: true });
  const args = [
    bin,
    'check',
    join(root, employer),
    '--output-dir',
    out,
    '--format',
    o.formats.join(','),
    '--quiet',
    '--totals-file',
    totals,
    ...o.checkArgs,
  ];
  return new Promise((done) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (s: string) => {
      stderr += s;
    });
    const fail = (code: number, why: string): void =>
      done({ employer, status: 'error', reason: why, exit_code: code });
    child.on('error', (e) => fail(2, `cannot start the check (${readError(e)})`));
    child.on('close', (code) => {
      const exit = code ?? 2;
      if (exit > 1 || !existsSync(totals)) {
        // The check's own one line (exit 2 prints exactly one), without the command's name.
        const first = stderr.split('\n').find((l) => l.trim() !== '') ?? 'the check ended without a report';
        fail(exit > 1 ? exit : 2, first.replace(/^labour-check:\s*/, '').trim());
        return;
      }
      const text = readFileSync(totals, 'utf8');
      rmSync(totals, { force: true });
      const s = JSON.parse(text) as {
        by_severity: BatchLine['findings'];
        owed_satang: number;
        interest_satang: number;
        rows_rejected: number;
      };
      done({
        employer,
        status: 'ok',
        findings: s.by_severity,
        owed_satang: s.owed_satang,
        interest_satang: s.interest_satang,
        rows_rejected: s.rows_rejected,
        exit_code: exit,
      });
    });
  });
}

/** Checks every employer folder of the shard, `jobs` at a time, and writes summary.jsonl. */
export async function runBatch(o: BatchOptions): Promise<BatchRun> {
  let isDir = false;
  try {
    isDir = statSync(o.root).isDirectory();
  } catch (e) {
    throw new UserError(`${o.root}: cannot read (${readError(e)})`);
  }
  if (!isDir) throw new UserError(`${o.root}: not a folder of employer folders`);
  let all: string[];
  try {
    all = employerFolders(o.root, resolve(o.outputDir));
  } catch (e) {
    throw new UserError(`${o.root}: cannot read (${readError(e)})`);
  }
  const mine = o.shard ? all.filter((e) => shardOf(e, o.shard!.count) === o.shard!.index) : all;
  makeOutputDir(o.outputDir);
  const bin = binPath();
  const lines = new Map<string, BatchLine>();
  let skipped = 0;
  const queue = [...mine];
  const worker = async (): Promise<void> => {
    for (let employer = queue.shift(); employer !== undefined; employer = queue.shift()) {
      const out = join(o.outputDir, employer);
      const done = o.force ? undefined : finished(out, o.formats);
      if (done) {
        lines.set(employer, done);
        skipped++;
        continue;
      }
      makeOutputDir(out);
      const line = await checkOne(bin, o.root, employer, out, o);
      // Written last and by rename: a line on disk means the reports before it are complete.
      const file = join(out, 'summary.jsonl');
      writeOutput(`${file}.tmp`, `${JSON.stringify(line)}\n`);
      renameSync(`${file}.tmp`, file);
      lines.set(employer, line);
    }
  };
  const jobs = Math.max(1, o.jobs ?? availableParallelism());
  await Promise.all(Array.from({ length: Math.min(jobs, Math.max(1, mine.length)) }, worker));

  const sorted = mine.map((e) => lines.get(e)!);
  // Shards share one output folder on a cluster: each writes its own summary file.
  const summaryFile = join(
    o.outputDir,
    o.shard ? `summary.${o.shard.index}-of-${o.shard.count}.jsonl` : 'summary.jsonl',
  );
  writeOutput(summaryFile, sorted.map((l) => `${JSON.stringify(l)}\n`).join(''));
  // An employer that could not be checked is not a clean run.
  const exitCode = sorted.some((l) => l.exit_code !== 0) ? 1 : 0;
  return { lines: sorted, skipped, summaryFile, exitCode };
}
