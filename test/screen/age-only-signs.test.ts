import { describe, expect, it } from 'vitest';
import type { Account } from '../../src/screen/account.js';
import { screenAccount } from '../../src/screen/screen.js';
import { data, exampleAccount, pack } from './helpers.js';

// A sign of forced labour raised by a finding rests on what the account shows under the
// reading most favourable to the employer (the `at least` estimate), not on the likely one: an
// age alone leaves a year of birth dates open, and "worked under 15" is said only when every
// one of them makes it so.

const child = (over: Partial<Account>) =>
  screenAccount(
    {
      ...exampleAccount(),
      birth_date: 'unknown',
      start_date: '2025-03',
      interviewed_on: '2026-12-02',
      ...over,
    } as Account,
    pack,
    data,
    {
      asOf: '2026-12-02',
    },
  );
const signs = (s: ReturnType<typeof child>) => s.signals.map((x) => x.id);

describe('a sign of child labour from an age alone', () => {
  it('16 at the screening, working since March 2025: under 15 at the start only in the likely reading, no sign', () => {
    const s = child({ age: 16 });
    expect(s.results.likely.findings.some((f) => f.rule === 'lpa-44-minimum-age')).toBe(true);
    expect(s.results.minimum.findings.some((f) => f.rule === 'lpa-44-minimum-age')).toBe(false);
    expect(signs(s)).not.toContain('abuse_of_vulnerability');
    expect(s.notAssessed).toContain('abuse_of_vulnerability');
  });

  it('15 at the screening: under 15 at the start in every reading, the sign is raised', () => {
    const s = child({ age: 15 });
    expect(s.results.minimum.findings.some((f) => f.rule === 'lpa-44-minimum-age')).toBe(true);
    expect(signs(s)).toContain('abuse_of_vulnerability');
  });

  it('a birth date that makes the worker 14 at the start raises it', () => {
    expect(signs(child({ birth_date: '2010-12-01', age: 'unknown' }))).toContain('abuse_of_vulnerability');
  });
});

describe('an age told at the interview, screened later', () => {
  // Told on 10 January 2025 by a worker of 16 picking oranges since October 2024; the caseload
  // is screened with --as-of two years on, to count interest to then.
  const told = { age: 16, start_date: '2024-10', interviewed_on: '2025-01-10' };
  it('is the age on the interview day: no s.44 finding and no sign of child labour', () => {
    const s = child({ ...told });
    for (const r of ['likely', 'minimum'] as const)
      expect(s.results[r].findings.some((f) => f.rule === 'lpa-44-minimum-age')).toBe(false);
    expect(signs(s)).not.toContain('abuse_of_vulnerability');
  });
  it('gives the same birth dates as a screen on the interview day', () => {
    const later = child({ ...told }).plan.assumptions.find((x) => x.key === 'age_only');
    const same = screenAccount(
      { ...exampleAccount(), birth_date: 'unknown', ...told } as Account,
      pack,
      data,
    ).plan.assumptions.find((x) => x.key === 'age_only');
    expect(later?.data).toEqual({ age: 16, minimum: '2008-01-11', likely: '2008-07-10' });
    expect(later).toEqual(same);
  });
});

it('an age that puts the birth before 1900 (99 at an interview dated 1950) is left unknown, not an internal error', () => {
  const s = child({ age: 99, interviewed_on: '1950-01-01' });
  expect(s.plan.assumptions.map((x) => x.key)).not.toContain('age_only');
  expect(s.results.likely.findings.some((f) => f.rule === 'lpa-44-minimum-age')).toBe(false);
});
