import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { employerFolders, shardOf } from '../../src/cli/batch.js';
import { parseShard } from '../../src/cli/shard.js';
import { cli, ROOT } from '../helpers.js';

const DEMO = join(ROOT, 'examples', 'demo-factory');
const AS_OF = '2025-10-31';

/** A root of employers: two readable (one nested), one whose hours file cannot be read, one empty folder. */
function employers(): string {
  const root = mkdtempSync(join(tmpdir(), 'lc-batch-'));
  for (const d of ['acme', 'north/branch-2', 'broken', 'no-inputs'])
    mkdirSync(join(root, d), { recursive: true });
  for (const f of ['employees.csv', 'hours.csv', 'payroll.csv'])
    copyFileSync(join(DEMO, f), join(root, 'acme', f));
  copyFileSync(join(DEMO, 'employees.csv'), join(root, 'north/branch-2', 'employees.csv'));
  writeFileSync(join(root, 'broken', 'hours.xlsx'), 'not a workbook');
  writeFileSync(join(root, 'no-inputs', 'notes.txt'), 'nothing to check');
  return root;
}

const lines = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l));

// Each employer is a child process: under a loaded machine a batch takes seconds.
describe('batch', { timeout: 120_000 }, () => {
  it('checks each employer folder, writes its reports and one sorted summary line each; an unreadable one is an error line', () => {
    const root = employers();
    const out = join(root, 'out');
    const run = cli([
      'batch',
      root,
      '--output-dir',
      out,
      '--as-of',
      AS_OF,
      '--format',
      'json,csv',
      '--jobs',
      '2',
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const summary = lines(join(out, 'summary.jsonl'));
    expect(summary.map((l) => [l.employer, l.status])).toEqual([
      ['acme', 'ok'],
      ['broken', 'error'],
      ['north/branch-2', 'ok'],
    ]);
    expect(summary[1].reason).toContain('hours.xlsx');
    expect(summary[1].exit_code).toBe(2);
    // The employer's report is the one check writes, and its line carries that report's totals.
    const single = cli(['check', join(root, 'acme'), '--as-of', AS_OF, '--format', 'json']);
    const report = JSON.parse(readFileSync(join(out, 'acme', 'report.json'), 'utf8'));
    expect(report).toEqual(JSON.parse(single.stdout));
    expect(summary[0]).toEqual({
      employer: 'acme',
      status: 'ok',
      findings: report.summary.by_severity,
      owed_satang: report.summary.owed_satang,
      interest_satang: report.summary.interest_satang,
      rows_rejected: report.summary.rows_rejected,
      exit_code: single.code,
    });
    expect(summary[0].owed_satang).toBeGreaterThan(0);
    expect(readFileSync(join(out, 'acme', 'report.csv'), 'utf8')).toContain('lpa-');
  });

  it('skips finished employers on a rerun, retries those that failed, and --force redoes all', () => {
    const root = employers();
    const out = join(root, 'out');
    const args = ['batch', root, '--output-dir', out, '--as-of', AS_OF];
    cli(args);
    const report = join(out, 'acme', 'report.json');
    const first = statSync(report).mtimeMs;
    const again = cli(args);
    expect(again.stderr).toContain('3 employer(s), 2 already done, 1 could not be checked');
    expect(statSync(report).mtimeMs).toBe(first);
    expect(lines(join(out, 'summary.jsonl')).map((l) => l.employer)).toEqual([
      'acme',
      'broken',
      'north/branch-2',
    ]);
    const forced = cli([...args, '--force']);
    expect(forced.stderr).toContain('0 already done');
    expect(statSync(report).mtimeMs).toBeGreaterThan(first);
  });

  it('shards are disjoint and together cover every employer, run by run', () => {
    const root = employers();
    const out = join(root, 'out');
    const seen: string[] = [];
    for (let i = 0; i < 3; i++) {
      const run = cli(['batch', root, '--output-dir', out, '--as-of', AS_OF, '--shard', `${i}/3`]);
      expect([0, 1]).toContain(run.code);
      seen.push(...lines(join(out, `summary.${i}-of-3.jsonl`)).map((l) => l.employer));
    }
    expect(seen.sort()).toEqual(employerFolders(root));
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('shardOf partitions any set of names: each in exactly one shard, the same one every time', () => {
    const names = Array.from({ length: 500 }, (_, i) => `employer-${i}`);
    for (const n of [1, 2, 7, 16]) {
      const shards = Array.from({ length: n }, (_, i) => names.filter((e) => shardOf(e, n) === i));
      expect(shards.flat().sort()).toEqual([...names].sort());
      expect(shards.flat().length).toBe(names.length);
      for (const e of names) expect(shardOf(e, n)).toBe(shardOf(e, n));
      if (n > 1) for (const s of shards) expect(s.length).toBeGreaterThan(0);
    }
    expect(parseShard('2/8')).toEqual({ index: 2, count: 8 });
    expect(() => parseShard('8/8')).toThrow('--shard');
  });

  it('an unreadable ROOT or a bad option is exit 2 with one line', () => {
    const missing = cli(['batch', join(tmpdir(), 'lc-no-such-root'), '--output-dir', join(tmpdir(), 'lc-x')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(missing.stderr).toContain('lc-no-such-root: cannot read');
    for (const bad of [
      ['--shard', '3/3'],
      ['--jobs', '0'],
      ['--format', 'github'],
      ['--as-of', '2025-13-01'],
    ]) {
      const run = cli(['batch', employers(), '--output-dir', join(tmpdir(), 'lc-x'), ...bad]);
      expect(run.code).toBe(2);
      expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    }
  });
});
