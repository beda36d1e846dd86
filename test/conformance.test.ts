import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../src/api.js';
import { ROOT } from './helpers.js';

// The public conformance cases, copied into test/fixtures/conformance so a fresh clone tests itself,
// asserted with the matching rules of their README: expected findings by section and employee
// (and date, owed, interest within 1 satang, severity where given); any other error or critical
// finding outside allow_extra fails; expect_undetermined employees need an undetermined entry.

interface Expected {
  about: string;
  as_of: string;
  expect: {
    section: string;
    employee_id: string;
    date?: string;
    owed_satang?: number;
    interest_satang?: number;
    severity?: string;
  }[];
  allow_extra?: string[];
  expect_undetermined?: string[];
}

const DIR = join(ROOT, 'test', 'fixtures', 'conformance');
const cases = readdirSync(DIR).sort();

const secMatch = (want: string, got: string) =>
  want === got ||
  got
    .split(/[,;&]|\band\b/)
    .map((p) => p.trim())
    .includes(want) ||
  (want === 'MR' && got.toUpperCase().startsWith('MR'));

describe('conformance cases', () => {
  it('are all here', () => expect(cases.length).toBeGreaterThanOrEqual(12));
  it.each(cases)('%s', (name) => {
    const exp = JSON.parse(readFileSync(join(DIR, name, 'expected.json'), 'utf8')) as Expected;
    const r = check({ dir: join(DIR, name), asOf: exp.as_of });
    const found = r.findings.filter((f) => f.severity === 'error' || f.severity === 'critical');
    const used = new Set<number>();
    for (const e of exp.expect) {
      const i = found.findIndex(
        (f, k) =>
          !used.has(k) &&
          f.employee_id === e.employee_id &&
          secMatch(e.section, f.section) &&
          (e.date === undefined || f.date === undefined || f.date === e.date || f.period?.end === e.date),
      );
      expect(i, `missing s.${e.section} for ${e.employee_id}`).toBeGreaterThanOrEqual(0);
      used.add(i);
      const f = found[i];
      if (e.owed_satang !== undefined)
        expect(Math.abs((f.owed_satang ?? 0) - e.owed_satang)).toBeLessThanOrEqual(1);
      if (e.interest_satang !== undefined)
        expect(Math.abs((f.interest_satang ?? 0) - e.interest_satang)).toBeLessThanOrEqual(1);
      if (e.severity) expect(f.severity).toBe(e.severity);
    }
    const extra = found.filter(
      (f, k) =>
        !used.has(k) &&
        !(exp.allow_extra ?? []).some((a) => secMatch(a, f.section)) &&
        !exp.expect.some((e) => e.employee_id === f.employee_id && secMatch(e.section, f.section)),
    );
    expect(extra.map((f) => `${f.rule} ${f.employee_id}`)).toEqual([]);
    for (const id of exp.expect_undetermined ?? []) {
      expect(
        r.undetermined.some((u) => u.employee_id === id),
        `undetermined for ${id}`,
      ).toBe(true);
    }
  });
});
