import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/validate.js';
import { cli } from '../helpers.js';

// The malformed and hostile corpus (scripts/make-fixtures.ts writes it): every file is read
// without a crash, and gives exactly the rejections (row, column, reason), warnings and
// counts listed in expected.json, or the one-line error that makes it unreadable.

const DIR = join(import.meta.dirname, '..', 'fixtures', 'malformed');
interface Expected {
  options?: { encoding?: string };
  exit: 0 | 1 | 2;
  error?: string;
  rows?: [number, number, number];
  rejected?: [number, string, string][];
  warnings?: [number | null, string, string][];
}
const EXPECTED = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as Record<string, Expected>;
const FILES = readdirSync(DIR).filter((f) => f !== 'expected.json');

describe('the malformed corpus', () => {
  it('has at least 50 files, each with its expectation', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(50);
    expect(Object.keys(EXPECTED).sort()).toEqual([...FILES].sort());
  });

  it.each(FILES)('%s', async (name) => {
    const e = EXPECTED[name];
    const r = await validate([join(DIR, name)], e.options ?? {});
    const f = r.files[0];
    expect(r.exit_code).toBe(e.exit);
    if (e.error !== undefined) {
      expect(f.error).toBe(e.error.replace(name, join(DIR, name)));
      expect(f.error).not.toContain('\n');
      return;
    }
    expect(f.error).toBeUndefined();
    const s = f.stats!;
    expect([s.rows_read, s.rows_used, s.rows_rejected]).toEqual(e.rows);
    expect(s.rows_read).toBe(s.rows_used + s.rows_rejected);
    expect(f.rejected.map((x) => [x.row, x.column, x.reason])).toEqual(e.rejected);
    expect(f.rejected.every((x) => x.file === join(DIR, name) && x.row > 0)).toBe(true);
    const warnings = f.warnings
      .filter((w) => !w.message.startsWith('unpaired') && !w.message.startsWith('ignored columns'))
      .map((w) => [w.row ?? null, w.column ?? '', w.message]);
    expect(warnings).toEqual(e.warnings ?? []);
  });

  it('validate on the whole corpus: no stack trace, every rejection listed as file:row column, exit 2', () => {
    const r = cli([
      'validate',
      '--kind',
      'hours',
      join(DIR, 'ragged-short.hours.csv'),
      join(DIR, 'garbage-lines.attlog.dat'),
    ]);
    expect(r.code).toBe(1);
    const all = cli(['validate', ...FILES.filter((f) => !EXPECTED[f].options).map((f) => join(DIR, f))]);
    expect(all.code).toBe(2);
    // Exit 2 says why in one line on stderr; the report on stdout lists every file.
    expect(all.stderr).toMatch(/^labour-check: .*: the file is empty \(and \d+ other file\(s\)\)\n$/);
    expect(all.stdout).not.toMatch(/\bat .*\.js:\d+|internal error|Error:/);
    for (const [name, e] of Object.entries(EXPECTED)) {
      if (e.options) continue;
      for (const [row, column, reason] of e.rejected ?? []) {
        expect(all.stdout).toContain(`${join(DIR, name)}:${row}${column ? ` ${column}` : ''}: ${reason}`);
      }
      if (e.error) expect(all.stdout).toContain(`error:     ${e.error.replace(name, join(DIR, name))}`);
      if (e.rows)
        expect(all.stdout).toContain(
          `rows:      ${e.rows[0]} read, ${e.rows[1]} used, ${e.rows[2]} rejected`,
        );
    }
  });
});
