import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../scripts/bench/generate.js';
import type * as Api from '../../src/api.js';
import type * as Jobs from '../../src/run/jobs.js';
import { cli, ROOT } from '../helpers.js';

// --jobs N: N threads in all, N - 1 workers evaluating employees while the hours are read (and the
// reading thread evaluating those the workers have no room for), and the result must be the
// single thread's, byte for byte. Worker threads run the built JavaScript (a worker cannot
// load TypeScript), so these tests use dist/, which the test setup builds from src/.

const api = (await import(join(ROOT, 'dist', 'src', 'api.js'))) as typeof Api;
const jobs = (await import(join(ROOT, 'dist', 'src', 'run', 'jobs.js'))) as typeof Jobs;

const tmp = mkdtempSync(join(tmpdir(), 'labour-check-jobs-test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const asOf = '2025-12-31';

/**
 * The result of a streamed check (every file size streams) as JSON text, the path taken, and how
 * many employees the workers evaluated (`inFlight`: employees out at once per worker).
 */
async function checked(dir: string, n: number, inFlight?: number, chunkBytes?: number) {
  let path = '';
  let workers: number | undefined;
  const r = await api.checkAsync(
    { dir, asOf, jobs: n },
    {
      minBytes: 0,
      batchRows: 50,
      spillBytes: 4000,
      inFlight,
      chunkBytes,
      onPath: (p) => (path = p.path),
      onWorkers: (n) => (workers = n),
    },
  );
  return {
    text: JSON.stringify(r),
    path,
    workers,
    findings: r.findings.length,
    undetermined: r.undetermined.length,
  };
}

const EMPLOYEES = 14;

const heavy = generate(join(tmp, 'heavy'), { rows: 3000, employees: EMPLOYEES, findings: 'heavy' }).dir;
const byDate = generate(join(tmp, 'by-date'), {
  rows: 3000,
  employees: EMPLOYEES,
  findings: 'heavy',
  order: 'by-date',
}).dir;
// No employees file: each employee of the hours joins the peers as it is read.
const noEmployees = join(tmp, 'no-employees');
cpSync(heavy, noEmployees, { recursive: true });
rmSync(join(noEmployees, 'employees.csv'));

const examples = readdirSync(join(ROOT, 'examples'), { withFileTypes: true })
  .filter(
    (e) => e.isDirectory() && readdirSync(join(ROOT, 'examples', e.name)).some((f) => /^hours\./.test(f)),
  )
  .map((e) => join(ROOT, 'examples', e.name));

describe('check --jobs', () => {
  it.each([
    ['generated, grouped by employee', heavy, 'stream'],
    ['generated, by date (spilled)', byDate, 'spill'],
    ['generated, no employees file', noEmployees, 'stream'],
  ])('gives the single-thread result with 2, 3 and auto threads: %s', async (_, dir, path) => {
    const one = await checked(dir, 1);
    expect(one.path).toBe(path);
    expect(one.workers).toBeUndefined();
    expect(one.findings).toBeGreaterThan(100);
    for (const n of [2, 3, availableParallelism()]) {
      const many = await checked(dir, n);
      expect(many.path).toBe(path);
      expect(many.text).toBe(one.text);
      // Every employee went to a worker (none with one thread in all).
      expect(many.workers).toBe(n > 1 ? EMPLOYEES : undefined);
    }
  });

  it.each([
    ['grouped by employee', heavy],
    ['by date (spilled)', byDate],
  ])('gives the single-thread result however many employees are out per worker: %s', async (_, dir) => {
    const one = await checked(dir, 1);
    for (const [n, inFlight] of [
      [2, 1],
      [3, 1],
      [2, 1000],
    ]) {
      const many = await checked(dir, n, inFlight);
      expect(many.workers).toBe(EMPLOYEES);
      expect(many.text, `${n} threads, ${inFlight} out`).toBe(one.text);
    }
  });

  it('gives the single-thread result when a clock reset has the hours read a second time', async () => {
    // Dates long before the file's range are found at the end of a pass: the workers of the
    // first pass are stopped and the pass runs again, refusing them (test/speed/stream.test.ts).
    const dir = join(tmp, 'clock-reset');
    cpSync(join(ROOT, 'test', 'fixtures', 'field', 'hours-clock-reset'), dir, { recursive: true });
    const [head, ...rows] = readFileSync(join(dir, 'hours.csv'), 'utf8').trim().split('\n');
    const grouped = rows.sort((a, b) =>
      a.slice(0, 2) < b.slice(0, 2) ? -1 : a.slice(0, 2) > b.slice(0, 2) ? 1 : 0,
    );
    writeFileSync(join(dir, 'hours.csv'), `${[head, ...grouped].join('\n')}\n`);
    const one = await checked(dir, 1);
    expect(one.path).toBe('stream');
    expect(one.text).toContain('year_before_file');
    const two = await checked(dir, 2);
    expect(two.text).toBe(one.text);
    expect(two.workers).toBe(2);
  });

  it('gives the single-thread result on every example with hours', async () => {
    expect(examples.length).toBeGreaterThan(1);
    for (const dir of examples) {
      const one = await checked(dir, 1);
      const two = await checked(dir, 2);
      // An example the streamed reader cannot take (a workbook, a clock log) is read whole either way.
      expect(two.path, dir).toBe(one.path);
      expect(two.text, dir).toBe(one.text);
    }
  });

  // Strict UTF-8 is checked as the hours are decoded, so a windows-874 byte near the end stops a
  // stream whose workers have already evaluated employees: the file is then read whole.
  it('reads an hours file whole when a byte that is not UTF-8 comes after workers have started', async () => {
    const thai = join(tmp, 'windows-874-late');
    cpSync(heavy, thai, { recursive: true });
    const hours = readFileSync(join(thai, 'hours.csv'));
    const lastLine = hours.lastIndexOf(10, hours.length - 2) + 1;
    // The last row's employee id gets a windows-874 Thai letter (ก) appended.
    const comma = hours.indexOf(44, lastLine);
    writeFileSync(
      join(thai, 'hours.csv'),
      Buffer.concat([hours.subarray(0, comma), Buffer.from([0xa1]), hours.subarray(comma)]),
    );
    // Read 4 KB at a time: many batches have gone to the worker when the byte is met.
    const one = await checked(thai, 1, undefined, 4096);
    const two = await checked(thai, 2, undefined, 4096);
    expect(hours.length).toBeGreaterThan(20 * 4096);
    expect(one.path).toBe('memory');
    expect(two.path).toBe('memory');
    expect(two.text).toBe(one.text);
    expect(one.findings).toBeGreaterThan(100);
  });

  // The workers start before the employees and payroll are read: a file that cannot be read
  // still ends the check as it does on one thread.
  it('refuses an employees file it cannot read as one thread does, the workers started before it', async () => {
    const broken = join(tmp, 'broken-employees');
    cpSync(heavy, broken, { recursive: true });
    writeFileSync(join(broken, 'employees.csv'), 'name\nSomchai\n');
    const refusal = (n: number) =>
      checked(broken, n).then(
        () => 'checked',
        (e: Error) => `${e.name}: ${e.message}`,
      );
    const one = await refusal(1);
    expect(one).toMatch(/^UserError: /);
    expect(await refusal(2)).toBe(one);
  });

  it('stops with one line naming the failure when a worker fails', () => {
    const pool = new jobs.EvaluationPool(2, {
      rules: join(tmp, 'no-such-pack'),
      options: { asOf, wilful: false, weekStart: 0 },
      weekStart: 0,
    });
    pool.begin(
      {
        employees: [],
        present: { employees: false, hours: true, payroll: false, holidays: false },
        files: {},
        inputs: [],
        holidays: [],
      },
      () => {
        throw new Error('nothing is assessed when the pack cannot load');
      },
    );
    pool.send({ employeeId: 'E1', stretches: [], payroll: [] }, []);
    expect(() => pool.finish()).toThrow(/^--jobs: an evaluation worker failed \(UserError\): .+/);
    expect(() => pool.finish()).not.toThrow();
  });
});

describe('labour-check check --jobs', () => {
  it('writes the same report with --jobs 1, 2, auto and the default (auto)', () => {
    const args = ['check', 'examples/demo-factory', '--format', 'json', '--as-of', '2025-10-31'];
    const one = cli([...args, '--jobs', '1']);
    expect(one.code).toBe(1);
    for (const more of [['--jobs', '2'], ['--jobs', 'auto'], []]) {
      const r = cli([...args, ...more]);
      expect(r.code, more.join(' ')).toBe(1);
      expect(r.stdout, more.join(' ')).toBe(one.stdout);
    }
  });

  // A hours file of 8 MB or more is streamed, so the default (auto) starts worker threads.
  it('writes the same report by default as with --jobs 1 on an hours file large enough to stream', () => {
    const big = generate(join(tmp, 'big'), { rows: 240_000, employees: 480, findings: 'heavy' }).dir;
    expect(statSync(join(big, 'hours.csv')).size).toBeGreaterThanOrEqual(8 * 1024 * 1024);
    const args = ['check', big, '--format', 'json', '--as-of', asOf, '--quiet', '-o'];
    expect(cli([...args, join(tmp, 'one.json'), '--jobs', '1']).code).toBe(1);
    // NODE_DEBUG=esm names each module loaded: the worker threads start from the bundle's own
    // worker entry (scripts/bundle.mjs), not from dist/src's hundred-odd modules.
    const auto = cli([...args, join(tmp, 'auto.json')], { env: { NODE_DEBUG: 'esm' } });
    expect(auto.code).toBe(1);
    expect(auto.stderr).toContain(pathToFileURL(join(ROOT, 'dist', 'cli', 'worker.js')).href);
    expect(auto.stderr).not.toContain(pathToFileURL(join(ROOT, 'dist', 'src', 'run', 'worker.js')).href);
    const one = readFileSync(join(tmp, 'one.json'));
    expect(one.length).toBeGreaterThan(1_000_000);
    expect(readFileSync(join(tmp, 'auto.json')).equals(one)).toBe(true);
  }, 240_000);

  it.each(['0', '-1', '1.5', 'two', '65', 'AUTO'])('refuses --jobs %s with one line and exit 2', (n) => {
    const r = cli(['check', 'examples/demo-factory', '--jobs', n]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^labour-check: --jobs: "[^"]*" is not auto or a whole number of threads from 1 to 64/,
    );
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
