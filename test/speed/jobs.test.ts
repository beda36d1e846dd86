import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../scripts/bench/generate.js';
import type * as Api from '../../src/api.js';
import type * as Jobs from '../../src/run/jobs.js';
import { cli, ROOT } from '../helpers.js';

// --jobs N: worker threads evaluate employees while the hours are read, and the result must be
// the single thread's, byte for byte. Worker threads run the built JavaScript (a worker cannot
// load TypeScript), so these tests use dist/, which the test setup builds from src/.

const api = (await import(join(ROOT, 'dist', 'src', 'api.js'))) as typeof Api;
const jobs = (await import(join(ROOT, 'dist', 'src', 'run', 'jobs.js'))) as typeof Jobs;

const tmp = mkdtempSync(join(tmpdir(), 'labour-check-jobs-test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const asOf = '2025-12-31';

/** The result of a streamed check (every file size streams) as JSON text, and the path taken. */
async function checked(dir: string, n: number) {
  let path = '';
  const r = await api.checkAsync(
    { dir, asOf, jobs: n },
    { minBytes: 0, batchRows: 50, spillBytes: 4000, onPath: (p) => (path = p.path) },
  );
  return { text: JSON.stringify(r), path, findings: r.findings.length, undetermined: r.undetermined.length };
}

const heavy = generate(join(tmp, 'heavy'), { rows: 3000, employees: 14, findings: 'heavy' }).dir;
const byDate = generate(join(tmp, 'by-date'), {
  rows: 3000,
  employees: 14,
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
  ])('gives the single-thread result with 2 and 3 workers: %s', async (_, dir, path) => {
    const one = await checked(dir, 1);
    expect(one.path).toBe(path);
    expect(one.findings).toBeGreaterThan(100);
    for (const n of [2, 3]) {
      const many = await checked(dir, n);
      expect(many.path).toBe(path);
      expect(many.text).toBe(one.text);
    }
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

  it('stops with one line naming the failure when a worker fails', () => {
    const pool = new jobs.EvaluationPool(
      2,
      {
        rules: join(tmp, 'no-such-pack'),
        options: { asOf, wilful: false, weekStart: 0 },
        input: {
          employees: [],
          present: { employees: false, hours: true, payroll: false, holidays: false },
          files: {},
          inputs: [],
          holidays: [],
        },
        weekStart: 0,
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
  it('writes the same report with --jobs 2 as without', () => {
    const args = ['check', 'examples/demo-factory', '--format', 'json', '--as-of', '2025-10-31'];
    const one = cli(args);
    const two = cli([...args, '--jobs', '2']);
    expect(one.code).toBe(1);
    expect(two.code).toBe(1);
    expect(two.stdout).toBe(one.stdout);
  });

  it.each(['0', '-1', '1.5', 'two', '65'])('refuses --jobs %s with one line and exit 2', (n) => {
    const r = cli(['check', 'examples/demo-factory', '--jobs', n]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^labour-check: --jobs: "[^"]*" is not a whole number of threads from 1 to 64/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
