import { describe, expect, it } from 'vitest';
import { type Account, accountSchema } from '../../src/screen/account.js';
import { buildPacket } from '../../src/screen/packet.js';
import { screenAccount } from '../../src/screen/screen.js';
import { ctx, data, en, exampleAccount, pack } from './helpers.js';

// A child who started work at 9 is a child at work, not a wrong birth date: the account is the
// worker's word, and the payroll guard (plausible_min_work_age, 10) does not apply to it
// (src/screen/testimony.ts). A start before the youngest age an account takes is refused.

const screen = (over: Partial<Account>) =>
  screenAccount(
    {
      ...exampleAccount(),
      birth_date: '2016-01-01',
      age: 'unknown',
      start_date: '2025-01',
      interviewed_on: '2025-10-20',
      ...over,
    } as Account,
    pack,
    data,
  );
const s44 = (s: ReturnType<typeof screen>, r: 'likely' | 'minimum') =>
  s.results[r].findings.filter((f) => f.rule === 'lpa-44-minimum-age');

describe('a child under 10 at the start', () => {
  it('born 2016-01-01, working since January 2025 (9 years old): the s.44 finding, in both readings', () => {
    const s = screen({});
    for (const r of ['likely', 'minimum'] as const) {
      const found = s44(s, r);
      expect(found).toHaveLength(1);
      expect(found[0].params.min_age).toMatchObject({ value: 15 });
      expect(found[0].params.of_age_from).toBe('2031-01-01');
    }
    expect(s44(s, 'likely')[0].date).toBe('2025-01-15');
    expect(s44(s, 'minimum')[0].date).toBe('2025-01-31');
    // The days are the worker's: every week's hours are counted, none "rejected".
    for (const u of s.results.likely.undetermined) expect(u.reason).not.toMatch(/rejected|implausible/);
    expect(s.results.likely.undetermined.map((u) => u.rule)).not.toContain('lpa-44-minimum-age');
    expect(s.signals.map((x) => x.id)).toContain('abuse_of_vulnerability');
    // The same work at 12 gives the same finding and the same wages owed: nothing but the age differs.
    const twelve = screen({ birth_date: '2013-01-01' });
    expect(s44(twelve, 'likely')[0].date).toBe('2025-01-15');
    expect(s.results.likely.summary.owed_satang).toBe(twelve.results.likely.summary.owed_satang);
    expect(s.results.likely.summary.owed_satang).toBe(14_957_479);
  });

  it('an age alone: 10 at the interview, working for the last year and a half', () => {
    const s = screen({ birth_date: 'unknown', age: 10, start_date: '2024-04' });
    expect(s44(s, 'minimum')).toHaveLength(1);
    expect(s44(s, 'likely')).toHaveLength(1);
    expect(s.results.likely.undetermined.map((u) => u.rule)).not.toContain('lpa-44-minimum-age');
  });
});

describe('a start the account cannot hold', () => {
  const issues = (raw: Record<string, unknown>) => {
    const r = accountSchema(ctx).safeParse(raw);
    return r.success ? [] : r.error.issues.map((i) => [i.path.join('.'), i.message]);
  };
  it('before the 5th birthday is an invalid answer, not a silent screen', () => {
    expect(issues({ birth_date: '2016-01-01', start_date: '2020-06' })).toEqual([
      ['start_date', 'start_too_young'],
    ]);
    expect(issues({ birth_date: '2016-01-01', start_date: '2021-01' })).toEqual([]);
    // An age told on the day of the interview: 6 on 2025-10-20 is born on 2018-10-21 at the earliest.
    expect(issues({ age: 6, interviewed_on: '2025-10-20', start_date: '2023-09' })).toEqual([
      ['start_date', 'start_too_young'],
    ]);
    expect(issues({ age: 6, interviewed_on: '2025-10-20', start_date: '2023-11' })).toEqual([]);
  });
});

describe('work the account puts before the 5th birthday, not refusable on reading', () => {
  // An age with no interview day: the age is counted from the screening date, which the answers
  // do not hold, so the account passes its checks; 5 on 2025-10-20, working since January 2023,
  // is under 5 at the start in every reading.
  it('is said as the account, not as rejected rows, and the birth date is not quoted', () => {
    const a = { ...exampleAccount(), birth_date: 'unknown', age: 5, start_date: '2023-01' } as Account;
    delete a.interviewed_on;
    const s = screenAccount(a, pack, data, { asOf: '2025-10-20' });
    const p = buildPacket(s, pack, data, en, { redact: true });
    const text = JSON.stringify(p.undetermined);
    expect(text).not.toMatch(/row|implausible|2019-10-21/);
    const said =
      "The account puts work before the worker's 5th birthday, the youngest age the screen takes: those days are not counted. Check the birth date (or age) and the start date.";
    expect(p.undetermined.find((u) => u.rule === 'lpa-44-minimum-age')?.reason).toBe(said);
    expect(p.undetermined.find((u) => u.rule === 'lpa-23-weekly-normal-hours')?.reason).toBe(said);
  });
});
