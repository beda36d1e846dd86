import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTiers, serviceDays, tierReached, yearsReached } from '../src/facts/termination.js';
import { ROOT, run } from './helpers.js';

// Severance (s.118), notice (s.17/1) and unused leave (s.67): the counting of semantics.md 8,
// on both sides of each boundary, and law.md section 7 E8 with its baht.

const SEVERANCE = 'lpa-118-severance';

/** A daily-paid employee at 400 baht in Bangkok, terminated with the reason given. */
function severanceOf(hire: string, end: string, reason = 'dismissed', paid = '0') {
  const r = run(
    {
      employees: `employee_id,birth_date,province,wage_type,wage_rate,hire_date,termination_date,termination_reason\nE1,1980-01-01,Bangkok,daily,400,${hire},${end},${reason}`,
      payroll: `employee_id,period_start,period_end,pay_date,base_pay,days_worked,severance_pay\nE1,${end.slice(0, 8)}01,${end},${end},4000,10,${paid}`,
    },
    end,
    [SEVERANCE],
  );
  return {
    owed: r.findings.filter((f) => f.rule === SEVERANCE).map((f) => f.owed_satang),
    undetermined: r.undetermined.filter((u) => u.rule === SEVERANCE).map((u) => u.reason),
  };
}

describe('law.md section 7 E8 [S32]', () => {
  it('daily 400, hired 1 Jun 2019, terminated 30 Sep 2019: 122 days, 30-day tier, 12,000 baht', () => {
    expect(serviceDays('2019-06-01', '2019-09-30')).toBe(122);
    expect(severanceOf('2019-06-01', '2019-09-30').owed).toEqual([1_200_000]);
  });
});

describe('service length', () => {
  it('counts both the hire and the termination day', () => {
    expect(serviceDays('2025-01-01', '2025-01-01')).toBe(1);
    expect(serviceDays('2024-01-01', '2024-12-31')).toBe(366);
  });
  it('119 days owe nothing, 120 days owe the 30-day tier', () => {
    // 2025-03-01 + 118 days = 2025-06-27 (119 days counted); the next day is the 120th.
    expect(serviceDays('2025-03-01', '2025-06-27')).toBe(119);
    expect(severanceOf('2025-03-01', '2025-06-27').owed).toEqual([]);
    expect(severanceOf('2025-03-01', '2025-06-28').owed).toEqual([1_200_000]);
  });
  it('reaches a year on the day before the anniversary, not two days before', () => {
    expect(yearsReached('2020-03-01', '2021-02-27', 1)).toBe(false);
    expect(yearsReached('2020-03-01', '2021-02-28', 1)).toBe(true);
    expect(severanceOf('2020-03-01', '2021-02-27').owed).toEqual([1_200_000]);
    expect(severanceOf('2020-03-01', '2021-02-28').owed).toEqual([3_600_000]);
  });
  it('takes 1 March as the anniversary of a 29 February hire in a common year', () => {
    expect(yearsReached('2024-02-29', '2025-02-27', 1)).toBe(false);
    expect(yearsReached('2024-02-29', '2025-02-28', 1)).toBe(true);
  });
});

describe('each severance tier, from the day before its anniversary', () => {
  const cases: [years: number, days: number][] = [
    [1, 90],
    [3, 180],
    [6, 240],
    [10, 300],
    [20, 400],
  ];
  it.each(cases)('%i years: %i days of wages', (years, days) => {
    const hire = '2000-07-01';
    const reached = `${2000 + years}-06-30`;
    const before = `${2000 + years}-06-29`;
    const lower = cases[cases.findIndex(([y]) => y === years) - 1]?.[1] ?? 30;
    expect(severanceOf(hire, reached).owed).toEqual([days * 40_000]);
    expect(severanceOf(hire, before).owed).toEqual([lower * 40_000]);
  });
  it('gives 300 days, not 400, to 20 years ended before No.7 came into force (5 May 2019)', () => {
    expect(severanceOf('1998-09-01', '2019-05-04').owed).toEqual([300 * 40_000]);
    expect(severanceOf('1998-09-01', '2019-05-05').owed).toEqual([400 * 40_000]);
  });
  it('reads the tier list of the rule file', () => {
    const tiers = parseTiers(['120d:30', '1y:90'])!;
    expect(tierReached(tiers, '2025-01-01', '2025-04-30')?.days).toBe(30);
    expect(tierReached(tiers, '2025-01-01', '2025-04-30')?.text).toBe('120d:30');
    expect(tierReached(tiers, '2025-01-01', '2025-04-29')).toBeUndefined();
    expect(parseTiers(['1 year: 90'])).toBeUndefined();
  });
});

describe('who is owed severance', () => {
  it.each(['dismissed', 'retired', 'closure', 'contract_end'])('%s: owed', (reason) => {
    expect(severanceOf('2024-01-01', '2025-06-30', reason).owed).toEqual([3_600_000]);
  });
  it.each(['resigned', 'misconduct', 'died'])('%s: not owed', (reason) => {
    expect(severanceOf('2024-01-01', '2025-06-30', reason).owed).toEqual([]);
  });
  it('reads Thai reasons (เลิกจ้าง, ลาออก)', () => {
    expect(severanceOf('2024-01-01', '2025-06-30', 'เลิกจ้าง').owed).toEqual([3_600_000]);
    expect(severanceOf('2024-01-01', '2025-06-30', 'ลาออก').owed).toEqual([]);
  });
  it('an empty reason is undetermined, never assumed', () => {
    // The only row's reason is empty: the column counts as absent (semantics.md 7 decision 15).
    const alone = severanceOf('2024-01-01', '2025-06-30', '');
    expect(alone.owed).toEqual([]);
    expect(alone.undetermined).toEqual(['column termination_reason not in the employees file']);
    const r = run(
      {
        employees:
          'employee_id,birth_date,province,wage_type,wage_rate,hire_date,termination_date,termination_reason\nE1,1980-01-01,Bangkok,daily,400,2024-01-01,2025-06-30,\nE2,1980-01-01,Bangkok,daily,400,2024-01-01,2025-06-30,resigned',
        payroll:
          'employee_id,period_start,period_end,pay_date,base_pay,days_worked,severance_pay\nE1,2025-06-01,2025-06-30,2025-06-30,4000,10,0\nE2,2025-06-01,2025-06-30,2025-06-30,4000,10,0',
      },
      '2025-06-30',
      [SEVERANCE],
    );
    expect(r.findings).toEqual([]);
    expect(r.undetermined.map((u) => [u.employee_id, u.reason])).toEqual([
      ['E1', 'terminated 2025-06-30 without a termination_reason'],
    ]);
  });
  it('sets what was paid against what is due', () => {
    expect(severanceOf('2024-01-01', '2025-06-30', 'dismissed', '30000').owed).toEqual([600_000]);
    expect(severanceOf('2024-01-01', '2025-06-30', 'dismissed', '36000').owed).toEqual([]);
  });
});

describe('the last daily wage', () => {
  const monthly = (rate: number, other: string, start: string, end: string, hire = '2015-01-01') =>
    run(
      {
        employees: `employee_id,birth_date,province,wage_type,wage_rate,hire_date,termination_date,termination_reason\nE1,1980-01-01,Bangkok,monthly,${rate},${hire},${end},dismissed`,
        payroll: `employee_id,period_start,period_end,pay_date,base_pay,other_wages,severance_pay\nE1,${start},${end},${end},${rate},${other},0`,
      },
      end,
      [SEVERANCE],
    ).findings.map((f) => f.owed_satang);
  it('E9 [S80]: monthly 50,000 + fixed allowance 10,000, 15 years: 60,000 / 30 x 300 = 600,000', () => {
    expect(monthly(50000, '10000', '2025-06-01', '2025-06-30', '2010-07-01')).toEqual([60_000_000]);
  });
  it('scales the allowance of a final period cut short back to the whole month', () => {
    // 1-15 June holds 5,000 of a 10,000 allowance: (50,000 + 10,000) / 30 x 300.
    expect(monthly(50000, '5000', '2025-06-01', '2025-06-15', '2010-06-16')).toEqual([60_000_000]);
  });
  it('is never below the minimum wage', () => {
    // 9,000 a month / 30 = 300 < Bangkok 400 on 2025-08-31: 400 x 90 days.
    expect(monthly(9000, '0', '2025-08-01', '2025-08-31', '2024-08-01')).toEqual([3_600_000]);
  });
  it('adds a daily-paid employee’s allowance over the days worked', () => {
    const r = run(
      {
        employees:
          'employee_id,birth_date,province,wage_type,wage_rate,hire_date,termination_date,termination_reason\nE1,1980-01-01,Bangkok,daily,400,2024-01-01,2025-06-30,dismissed',
        payroll:
          'employee_id,period_start,period_end,pay_date,base_pay,other_wages,days_worked,severance_pay\nE1,2025-06-01,2025-06-30,2025-06-30,10000,1000,25,0',
      },
      '2025-06-30',
      [SEVERANCE],
    );
    // (400 + 1,000 / 25) x 90 = 39,600.
    expect(r.findings.map((f) => f.owed_satang)).toEqual([3_960_000]);
  });
  it('averages a piece-paid employee’s earnings over the last 30 working days', () => {
    const r = run(
      {
        employees:
          'employee_id,birth_date,province,wage_type,hire_date,termination_date,termination_reason\nE1,1980-01-01,Bangkok,piece,2024-01-01,2025-06-30,closure',
        payroll:
          'employee_id,period_start,period_end,pay_date,base_pay,days_worked,severance_pay\nE1,2025-05-01,2025-05-31,2025-05-31,11000,20,0\nE1,2025-06-01,2025-06-30,2025-06-30,9000,15,0',
      },
      '2025-06-30',
      [SEVERANCE],
    );
    // (9,000 + 11,000) / 35 days = 571.43 a day, x 90.
    expect(r.findings.map((f) => f.owed_satang)).toEqual([Math.round((2_000_000 * 90) / 35)]);
  });
});

describe('notice (s.17/1)', () => {
  // The period's salary paid in full: 30,000 a month.
  const notice = (given: string, end = '2025-08-31', start = '2025-08-01', paid = 30000) =>
    run(
      {
        employees: `employee_id,birth_date,province,wage_type,wage_rate,hire_date,termination_date,termination_reason,notice_given_on\nE1,1980-01-01,Bangkok,monthly,30000,2015-01-01,${end},dismissed,${given}`,
        payroll: `employee_id,period_start,period_end,pay_date,base_pay,notice_pay\nE1,${start},${end},${end},${paid},0`,
      },
      end,
      ['lpa-17-1-notice-pay'],
    );
  it('a full pay period of notice owes nothing; one day less owes one day', () => {
    expect(notice('2025-07-31').findings).toEqual([]);
    expect(notice('2025-08-01').findings.map((f) => f.owed_satang)).toEqual([100_000]);
  });
  it('caps the notice needed at 3 months', () => {
    // A 6-month period: notice 3 months ahead is enough.
    expect(notice('2025-05-31', '2025-08-31', '2025-03-01', 180000).findings).toEqual([]);
    expect(
      notice('2025-06-01', '2025-08-31', '2025-03-01', 180000).findings.map((f) => f.owed_satang),
    ).toEqual([100_000]);
  });
  it('is due on the termination date, with s.9 interest from it', () => {
    const r = run(
      {
        employees:
          'employee_id,birth_date,province,wage_type,wage_rate,hire_date,termination_date,termination_reason,notice_given_on\nE1,1980-01-01,Bangkok,monthly,36500,2015-01-01,2025-08-31,dismissed,2025-08-31',
        payroll:
          'employee_id,period_start,period_end,pay_date,base_pay,notice_pay\nE1,2025-08-01,2025-08-31,2025-08-31,36500,0',
      },
      '2025-09-30',
      ['lpa-17-1-notice-pay'],
    );
    const f = r.findings[0];
    // 31 days x 36,500 / 30 = 37,716.67; 15% a year for 30 days.
    expect(f.owed_satang).toBe(3_771_667);
    expect(f.interest_satang).toBe(Math.round((3_771_667 * 0.15 * 30) / 365));
  });
});

describe('unused leave (s.67)', () => {
  const leaveRun = (reason: string, taken: string, end = '2025-06-30', hire = '2024-03-01') =>
    run(
      {
        employees: `employee_id,birth_date,province,wage_type,wage_rate,hire_date,termination_date,termination_reason,annual_leave_days,leave_taken_days\nE1,1980-01-01,Bangkok,monthly,36500,${hire},${end},${reason},12,${taken}`,
        payroll: `employee_id,period_start,period_end,pay_date,base_pay,leave_pay\nE1,2025-06-01,${end},${end},36500,0`,
      },
      end,
      ['lpa-67-unused-leave'],
    );
  const leave = (reason: string, taken: string, end?: string, hire?: string) =>
    leaveRun(reason, taken, end, hire).findings.map((f) => f.owed_satang);
  it('pro-rates the year of termination: 12 x 181 / 365 days', () => {
    // 1 Jan - 30 Jun = 181 days; 5.95 days earned, 1 taken: 4.95 x 1,216.67.
    expect(leave('dismissed', '1')).toEqual([Math.round(((12 * 181) / 365 - 1) * (3_650_000 / 30))]);
  });
  it('owes nothing once the pro-rata days are taken', () => {
    expect(leave('dismissed', '5.96')).toEqual([]);
  });
  it('a service under a year (s.30): undetermined, not pro rata from the hire date', () => {
    // Hired 1 Mar 2025: 12 x 122 / 365 = 4.01 days was owed; a year is reached on 2026-02-28.
    const r = leaveRun('dismissed', '1', '2025-06-30', '2025-03-01');
    expect(r.findings).toEqual([]);
    expect(r.undetermined.flatMap((u) => u.reasons ?? []).map((x) => x.id)).toEqual(['leave_first_year']);
    expect(leave('dismissed', '0', '2026-02-27', '2025-03-01')).toEqual([]);
    expect(leave('dismissed', '0', '2026-02-28', '2025-03-01')).toHaveLength(1);
  });
  it('owes nothing on misconduct (s.119) or resignation', () => {
    expect(leave('misconduct', '0')).toEqual([]);
    expect(leave('resigned', '0')).toEqual([]);
  });
});

describe('a pay column the payroll lacks', () => {
  // What was paid is unknown, never 0: no finding, and the reason names the column.
  const without = (column: string, rule: string, extra: string, values: string) =>
    run(
      {
        employees: `employee_id,birth_date,province,wage_type,wage_rate,hire_date,termination_date,termination_reason${extra}\nE1,1980-01-01,Bangkok,monthly,36500,2020-01-01,2025-06-30,dismissed${values}`,
        payroll: `employee_id,period_start,period_end,pay_date,base_pay,${column}\nE1,2025-06-01,2025-06-30,2025-06-30,36500,`,
      },
      '2025-06-30',
      [rule],
    );
  it.each([
    ['severance_pay', SEVERANCE, '', ''],
    ['notice_pay', 'lpa-17-1-notice-pay', ',notice_given_on', ',2025-06-30'],
    ['leave_pay', 'lpa-67-unused-leave', ',annual_leave_days,leave_taken_days', ',12,0'],
  ])('%s empty in every row: undetermined', (column, rule, extra, values) => {
    const r = without(column, rule, extra, values);
    expect(r.findings).toEqual([]);
    expect(r.undetermined.map((u) => u.reason)).toEqual([`column ${column} not in the payroll file`]);
  });
  it('names an absent employees column the same way', () => {
    const r = without('notice_pay', 'lpa-17-1-notice-pay', '', '');
    expect(r.undetermined.map((u) => u.reason)).toEqual(['column notice_given_on not in the employees file']);
    const leave = without('leave_pay', 'lpa-67-unused-leave', ',annual_leave_days', ',12');
    expect(leave.undetermined.map((u) => u.reason)).toEqual([
      'column leave_taken_days not in the employees file',
    ]);
  });
});

describe('the coverage statement', () => {
  it('lists s.17/1, s.29, s.56, s.67 and s.118 as checked and no longer as not covered', () => {
    const r = run({ employees: 'employee_id,wage_type,wage_rate\nE1,monthly,20000' });
    for (const s of ['17/1', '29', '56', '67', '118']) {
      expect(r.coverage.sections_covered).toContain(s);
      for (const n of r.coverage.not_covered) expect(n.section.split(/,\s*|-/)).not.toContain(s);
    }
  });
});

describe('examples/terminated-workers', () => {
  it('finds what each leaver is owed, and nothing for the retirement paid in full or the resignation', async () => {
    const { check } = await import('../src/api.js');
    const r = check({ dir: join(ROOT, 'examples', 'terminated-workers'), asOf: '2025-10-31' });
    const owed = r.findings.map((f) => [f.employee_id, f.rule, f.owed_satang]);
    expect(owed).toEqual(
      expect.arrayContaining([
        ['T1', 'lpa-118-severance', 3_600_000],
        ['T1', 'lpa-17-1-notice-pay', 600_000],
        ['T1', 'lpa-67-unused-leave', 149_260],
        ['T1', 'lpa-56-holiday-wage', 40_000],
        ['T3', 'lpa-118-severance', 1_500_000],
        ['T3', 'lpa-17-1-notice-pay', 1_000_000],
      ]),
    );
    // T3, dismissed after 123 days: s.30 leave comes after a year of service.
    expect(owed.filter(([id, rule]) => id === 'T3' && rule === 'lpa-67-unused-leave')).toEqual([]);
    expect(
      r.undetermined
        .filter((u) => u.employee_id === 'T3' && u.rule === 'lpa-67-unused-leave')
        .map((u) => u.reason),
    ).toEqual([expect.stringContaining('before 1 year(s) of service')]);
    expect(owed.filter(([id]) => id === 'T2' || id === 'T4')).toEqual([]);
    expect(r.findings.filter((f) => f.rule === 'lpa-29-traditional-holidays')).toEqual([]);
    expect(r.inputs.map((i) => i.kind)).toEqual(['employees', 'hours', 'payroll', 'holidays']);
  });
});

describe('a payroll that stops before the termination date', () => {
  const employees =
    'employee_id,birth_date,province,wage_type,wage_rate,hire_date,termination_date,termination_reason,notice_given_on,annual_leave_days,leave_taken_days\nE1,1980-01-01,Bangkok,monthly,18000,2015-03-01,2025-08-31,dismissed,2025-08-31,6,0\nE2,1980-01-01,Bangkok,monthly,18000,2015-03-01,2025-08-31,dismissed,2025-08-31,6,0\n';
  const head = 'employee_id,period_start,period_end,pay_date,base_pay,severance_pay,notice_pay,leave_pay';
  const rules = [SEVERANCE, 'lpa-17-1-notice-pay', 'lpa-67-unused-leave'];
  const of = (payroll: string) => run({ employees, payroll }, '2025-12-31', rules);

  it('says nothing of what was paid on leaving: undetermined, not 180,000 owed (an export of earlier months)', () => {
    const r = of(
      `${head}\nE1,2025-07-01,2025-07-31,2025-07-31,18000,0,0,0\nE2,2025-08-01,2025-08-31,2025-08-31,18000,0,0,0\n`,
    );
    expect(r.findings.filter((f) => f.employee_id === 'E1')).toEqual([]);
    const why = r.undetermined.filter((u) => u.employee_id === 'E1').map((u) => [u.rule, u.reason]);
    for (const rule of [SEVERANCE, 'lpa-67-unused-leave'])
      expect(why).toContainEqual([
        rule,
        'no pay period of the employee in the payroll reaches the termination date 2025-08-31: what was paid on leaving is not in it',
      ]);
    // The notice owed is the length of the final pay period: not known without it.
    expect(why).toContainEqual([
      'lpa-17-1-notice-pay',
      'no pay period contains the termination date 2025-08-31',
    ]);
    // E2's final month is in the payroll, its columns 0: the three are owed. 600 a day (18,000 /
    // 30): 300 days of severance, 31 days of notice (the month), 6 x 243/365 days of leave.
    expect(r.findings.filter((f) => f.employee_id === 'E2').map((f) => [f.rule, f.owed_satang])).toEqual([
      [SEVERANCE, 18_000_000],
      ['lpa-17-1-notice-pay', 1_860_000],
      ['lpa-67-unused-leave', 239_671],
    ]);
  });

  it('an employee the payroll leaves out altogether: undetermined too', () => {
    const r = of(`${head}\nE2,2025-08-01,2025-08-31,2025-08-31,18000,180000,18600,2400\n`);
    expect(r.findings).toEqual([]);
    expect(
      r.undetermined.filter((u) => u.employee_id === 'E1' && u.rule === SEVERANCE).map((u) => u.reason),
    ).toEqual([
      'no pay period of the employee in the payroll reaches the termination date 2025-08-31: what was paid on leaving is not in it',
    ]);
  });
});
