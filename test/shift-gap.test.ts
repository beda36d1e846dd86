import { describe, expect, it } from 'vitest';
import type { Result } from '../src/findings/result.js';
import { cli } from './helpers.js';

// Rows of one date are one work day, and the gaps between them breaks; breaks beyond 120 min a
// day count as work (s.27 para 3). A morning shift and a night shift on one date (06:00-15:00,
// then 22:00-07:00) made the 7 h between them a break of which 5 h were work: 15 h of overtime
// and 656.25 baht owed on top of the 10 h the shifts hold, at 700 baht a day (87.50 an hour), and
// a missing break before "15 h of overtime from 09:00". A gap over `shift_gap_minutes` (4 h) is
// now counted as work only in the most the day can mean, and at the least the two shifts may be two
// work days, each with its own 8 h: 1 h of overtime each (docs/inputs.md, Two shifts on one date).
// The fixture, test/fixtures/shift-gap, is checked by the built CLI.
//   E001 the two shifts, 10 h of overtime paid 1,312.50: nothing owed (656.25 before), undetermined
//   E002 the two shifts, unpaid: 262.50 owed at the least, 2 h (1,968.75 before; 1,312.50 as one day)
//   E003 a lunch of 3 h (08:00-12:00, 15:00-19:00): its hour beyond 2 h is work, 131.25 owed
//   E004 a gap of exactly 4 h (08:00-12:00, 16:00-20:00) is a break: 2 h of overtime, 262.50 owed

const result = (() => {
  const r = cli(['check', 'test/fixtures/shift-gap', '--as-of', '2025-10-31', '--format', 'json']);
  return { code: r.code, json: JSON.parse(r.stdout) as Result };
})();

const owed = (rule: string) =>
  result.json.findings
    .filter((f) => f.rule === rule)
    .map((f) => [f.employee_id, f.owed_satang ?? null, f.date ?? null]);
const why = (rule: string, id: string) =>
  result.json.undetermined
    .filter((u) => u.rule === rule && u.employee_id === id)
    .flatMap((u) => (u.reasons ?? []).map((x) => [x.id, x.params?.minutes ?? null]));

describe('two shifts on one date in a canonical hours file (s.27 para 3, s.61)', () => {
  it('exits 1 for the findings that stand', () => {
    expect(result.code).toBe(1);
  });

  it('owes the overtime of the shifts read as two work days, not of the gap: 262.50 unpaid, nothing when paid', () => {
    expect(owed('lpa-61-overtime-pay')).toEqual([
      ['E002', 26250, null],
      ['E003', 13125, null],
      ['E004', 26250, null],
    ]);
    expect(result.json.summary.owed_satang).toBe(26250 + 13125 + 26250);
  });

  it('a period paid for the shifts is undetermined, the gap as a break up to 300 min more', () => {
    expect(why('lpa-61-overtime-pay', 'E001')).toEqual([['hours_gap_uncounted', 300]]);
    expect(why('lpa-61-overtime-pay', 'E003')).toEqual([]);
  });

  it('the break before overtime of the two shifts is undetermined, not a finding; of a 4 h break it is judged', () => {
    expect(owed('lpa-27-break-before-overtime')).toEqual([['E004', null, '2025-08-04']]);
    expect(why('lpa-27-break-before-overtime', 'E001')).toEqual([['shift_gap_unknown', null]]);
    expect(why('lpa-27-break-before-overtime', 'E002')).toEqual([['shift_gap_unknown', null]]);
  });

  it('the daily break still finds a first stretch of 9 h, on 18 h worked, not 23', () => {
    const daily = result.json.findings.filter((f) => f.rule === 'lpa-27-daily-break');
    expect(daily.map((f) => f.employee_id)).toEqual(['E001', 'E002']);
    expect(daily[0].message).toContain('18 h worked; first stretch 9 h');
  });
});
