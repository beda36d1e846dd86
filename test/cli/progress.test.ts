import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../scripts/bench/generate.js';
import { progress } from '../../src/cli/progress.js';
import { cli } from '../helpers.js';

// The note said when a large hours file is not grouped by employee names the employee whose
// rows came back: under --redact it says the line only (no input cell that can identify a
// person in any output or message).

const tmp = mkdtempSync(join(tmpdir(), 'labour-check-progress-test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('the note on hours not grouped by employee', () => {
  const spill = {
    path: 'spill',
    reason: "employee E0042 comes back on line 90 after other employees' rows",
    partitions: 3,
    line: 90,
  } as const;

  it.each([
    [
      false,
      "hours not grouped by employee (employee E0042 comes back on line 90 after other employees' rows): read again into 3 temporary part(s)",
    ],
    [
      true,
      "hours not grouped by employee (an employee's rows come back on line 90 after other employees' rows): read again into 3 temporary part(s)",
    ],
  ])('redact %s', async (redact, note) => {
    const p = await progress({ quiet: false, redact });
    p.hooks.onPath?.(spill);
    expect(p.notes()).toEqual([note]);
  });

  it('check --redact on a large file by date names no employee on stderr or in the report', () => {
    // 300,000 rows (10.8 MB): above the 8 MB from which the hours are streamed.
    const dir = generate(join(tmp, 'by-date'), {
      rows: 300_000,
      employees: 600,
      findings: 'heavy',
      order: 'by-date',
    }).dir;
    const out = join(tmp, 'report.json');
    const r = cli(['check', dir, '--as-of', '2025-12-31', '--redact', '--format', 'json', '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("hours not grouped by employee (an employee's rows come back on line");
    const ids = readFileSync(join(dir, 'employees.csv'), 'utf8')
      .split('\n')
      .slice(1)
      .map((l) => l.split(',')[0])
      .filter((id) => id !== '');
    expect(ids.length).toBe(600);
    const report = readFileSync(out, 'utf8');
    for (const id of ids) {
      expect(r.stderr).not.toContain(id);
      expect(report).not.toContain(`"${id}"`);
    }
  }, 120_000); // a 10.8 MB check: minutes when the machine is shared, not a timing claim
});
