import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataSetAsync } from '../../src/api.js';
import { parseProfile } from '../../src/parse/profile.js';
import { cli } from '../helpers.js';
import { AS_OF, clockCases, FIELD, hoursFile, type Observed, observe } from './field-clock.js';

// The field corpus, clock part: exports built to the shape of what ZKTeco and Hikvision devices
// and their software really write (docs/inputs.md): each read to exactly the rows, stretches,
// rejections, warnings and findings in its expected.json.

const expected = (c: string) => JSON.parse(readFileSync(join(FIELD, c, 'expected.json'), 'utf8')) as Observed;
const CASES = clockCases();

describe('the field corpus: time-clock exports', () => {
  it('has the six device shapes, each with its expectation', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(6);
    for (const prefix of ['zk-attlog', 'zk-unreliable', 'zk-repress', 'zk-drift', 'hik-', 'ivms-'])
      expect(CASES.some((c) => c.startsWith(prefix))).toBe(true);
    for (const c of CASES) expect(expected(c).hours).toBe(hoursFile(c));
  });

  it.each(CASES)('%s', async (c) => {
    const e = expected(c);
    const o = await observe(c, e.options);
    expect(o).toEqual(e);
    expect(o.rows[0]).toBe(o.rows[1] + o.rows[2] + (o.skipped ?? 0));
  });

  it('no finding on any of them, and every stretch is a shift of the log: no implausible date, no mispairing', async () => {
    for (const c of CASES) {
      const o = await observe(c, expected(c).options);
      expect(o.findings, c).toEqual([]);
      for (const s of o.stretches) {
        const m = /^\S+ (\d{4}-\d\d-\d\d) (\d\d):(\d\d)(\+1)?-(\d\d):(\d\d)(\+1)?/.exec(s);
        expect(m, s).not.toBeNull();
        const [, date, h1, m1, d1, h2, m2, d2] = m ?? [];
        const start = Number(h1) * 60 + Number(m1) + (d1 ? 1440 : 0);
        const end = Number(h2) * 60 + Number(m2) + (d2 ? 1440 : 0);
        expect(date >= '2025-08-01' && date <= '2025-08-31', `${c}: ${s}`).toBe(true);
        expect(end - start, `${c}: ${s}`).toBeGreaterThan(0);
        expect(end - start, `${c}: ${s}`).toBeLessThanOrEqual(16 * 60);
      }
    }
  });

  it('the CLI: check exits 0 on each; --day-starts cuts inferred work days at a set time; a bad one is one line, exit 2', () => {
    for (const c of CASES) {
      const dir = join(FIELD, c);
      const r = cli([
        'check',
        '--hours',
        join(dir, hoursFile(c)),
        '--employees',
        join(dir, 'employees.csv'),
        '--as-of',
        AS_OF,
      ]);
      expect([c, r.code, r.stderr]).toEqual([c, 0, '']);
    }
    // Redacted: no PIN, no name, no quoted cell; a path with a hyphen is no trouble.
    const zk = join(FIELD, 'zk-attlog');
    const red = cli(
      ['check', '--hours', join(zk, '1_attlog.dat'), '--employees', join(zk, 'employees.csv')].concat([
        '--as-of',
        AS_OF,
        '--format',
        'json',
        '--redact-key',
        'field-corpus-key',
      ]),
    );
    expect([red.code, red.stderr]).toEqual([0, '']);
    expect(red.stdout).not.toMatch(/HO033|"7"|Somchai|Malee|zk-attlog/);
    expect(red.stdout).toContain('implausible date: clock reset');
    const drift = join(FIELD, 'zk-drift', hoursFile('zk-drift'));
    const v = cli(['validate', '--kind', 'hours', '--day-starts', '04:00', drift]);
    expect(v.stdout).toContain('inferred work days start at 04:00 (--day-starts or clock.day_starts)');
    expect(v.stdout).toContain("its work day's punches span 17 h 30 min, more than 16 h");
    const bad = cli(['validate', '--kind', 'hours', '--day-starts', '25:00', drift]);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toEqual([
      expect.stringContaining('--day-starts: "25:00" is not a time of day'),
    ]);
  });

  it('a profile sets the day cut as --day-starts does; the flag wins', async () => {
    const files = { hours: join(FIELD, 'zk-drift', hoursFile('zk-drift')) };
    const profile = parseProfile('hours:\n  clock:\n    day_starts: "04:00"\n', 'p.yaml');
    const viaProfile = await readDataSetAsync(files, { profile });
    const viaFlag = await readDataSetAsync(files, { dayStarts: 240 });
    expect(viaProfile.layouts[0].notes).toContain(
      'inferred work days start at 04:00 (--day-starts or clock.day_starts)',
    );
    expect(viaProfile.stretches).toEqual(viaFlag.stretches);
    const both = await readDataSetAsync(files, { profile, dayStarts: 300 });
    expect(both.layouts[0].notes).toContain(
      'inferred work days start at 05:00 (--day-starts or clock.day_starts)',
    );
    expect(() => parseProfile('hours:\n  clock:\n    day_starts: "25:00"\n', 'p.yaml')).toThrow(/day_starts/);
  });

  it('the clock reset is reported once, grouped, and its punches are never work', async () => {
    const o = await observe('zk-attlog');
    const resets = o.warnings.filter((w) => w.includes('clock reset'));
    expect(resets).toEqual([
      expect.stringMatching(
        /^3 punches dated far outside the log's dates \(2025-08-04 to 2025-08-09\): 1990-01-01, 2000-01-01/,
      ),
    ]);
    expect(
      o.rejected.filter((r) => r[2].startsWith('implausible date: clock reset')).map((r) => r[0]),
    ).toEqual([11, 12, 79]);
    expect(o.stretches.some((s) => /2000-|1990-/.test(s))).toBe(false);
  });
});
