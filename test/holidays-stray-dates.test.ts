import { describe, expect, it } from 'vitest';
import { HOLIDAYS_2025, run } from './helpers.js';

// s.29 with one holiday's year typed wrong: 2025's 13 holidays with 3 June (the Queen's
// birthday) typed 2024-06-03 or 1925-06-03 read as 12 for 2025, "fewer than 13", a warning
// for every employee. A date of a year the file only touches, on a month and day the judged year
// lacks, may be that year's: too few days it could make up, or a 1 May it is, is undetermined
// (src/evaluate/checks/traditional-holidays.ts).

const RULE = 'lpa-29-traditional-holidays';
const EMP =
  'employee_id,birth_date,province,wage_type,wage_rate,hire_date\nE1,1990-01-01,Bangkok,monthly,30000,2015-01-01';

function s29(dates: string[]) {
  const r = run(
    { employees: EMP, holidays: `date,name\n${dates.map((d) => `${d},holiday`).join('\n')}` },
    '2025-12-31',
    [RULE],
  );
  return {
    findings: r.findings.filter((f) => f.rule === RULE).map((f) => f.message),
    reasons: r.undetermined.filter((u) => u.rule === RULE).flatMap((u) => u.reasons?.map((x) => x.id) ?? []),
  };
}

const retyped = (from: string, to: string) => HOLIDAYS_2025.map((d) => (d === from ? to : d));

describe('s.29 with a holiday of the year typed in another year', () => {
  it.each(['2024-06-03', '1925-06-03', '2125-06-03'])(
    '3 June 2025 typed %s: no finding, undetermined',
    (typed) => {
      expect(HOLIDAYS_2025).toContain('2025-06-03');
      const r = s29(retyped('2025-06-03', typed));
      expect(r.findings).toEqual([]);
      expect(r.reasons).toContain('holidays_stray_dates');
    },
  );

  it('1 May typed 2024-05-01: no Labour Day finding, undetermined', () => {
    const r = s29(retyped('2025-05-01', '2024-05-01'));
    expect(r.findings).toEqual([]);
    expect(r.reasons).toContain('holidays_stray_dates');
  });

  it("a next year's 1 January repeats a day 2025 holds: 12 days of 2025 are still too few", () => {
    const r = s29([...HOLIDAYS_2025.filter((d) => d !== '2025-12-05'), '2026-01-01']);
    expect(r.findings).toEqual([
      'E1: the employer announced 12 traditional holidays for 2025, fewer than 13',
    ]);
    expect(r.reasons).not.toContain('holidays_stray_dates');
  });

  it('11 days and one stray cannot make 13: still a finding', () => {
    const eleven = HOLIDAYS_2025.filter((d) => d !== '2025-12-05' && d !== '2025-06-03');
    const r = s29([...eleven, '2024-06-03']);
    expect(r.findings).toEqual([
      'E1: the employer announced 11 traditional holidays for 2025, fewer than 13',
    ]);
  });
});
