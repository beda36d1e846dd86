import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// s.90 minimum wage: Bangkok 400.00 a day from 2025-07-01 (372.00 before), per pay period.
const RULE = 'lpa-90-minimum-wage';
const emp = (type: string, rate: number, extra = ',') =>
  `employee_id,birth_date,province,wage_type,wage_rate,${extra.split(',')[0] || 'hire_date'}\nE1,1990-01-01,Bangkok,${type},${rate},${extra.split(',')[1] ?? ''}`;
const pay = (cols: string, vals: string, start = '2025-09-01', end = '2025-09-30') =>
  `employee_id,period_start,period_end,pay_date,${cols}\nE1,${start},${end},${end},${vals}`;
const day = (date: string, start = '08:00', end = '17:00', type = 'work') =>
  `E1,${date},${start},${end},60,${type}`;
const hours = (...rows: string[]) =>
  ['employee_id,date,start,end,break_minutes,day_type', ...rows].join('\n');
const check = (files: Parameters<typeof run>[0], asOf = '2025-09-30') => {
  const r = run(files, asOf, [RULE]);
  return {
    owed: r.findings.filter((f) => f.rule === RULE).map((f) => f.owed_satang),
    reasons: r.undetermined.filter((u) => u.rule === RULE).map((u) => u.reason),
  };
};

describe('s.90 wages are base_pay + other_wages', () => {
  const h = hours(day('2025-09-01'), day('2025-09-02'), day('2025-09-03'));
  it('3 days x 400.00 = 1,200.00 due; 1,000.00 + 100.00 paid: 100.00 owed', () => {
    expect(
      check({ employees: emp('daily', 300), hours: h, payroll: pay('base_pay,other_wages', '1000,100') })
        .owed,
    ).toEqual([10000]);
  });
  it('1,000.00 + 200.00 paid is the minimum: no finding', () => {
    expect(
      check({ employees: emp('daily', 300), hours: h, payroll: pay('base_pay,other_wages', '1000,200') })
        .owed,
    ).toEqual([]);
  });
  it('a worked weekly holiday is not a day of the minimum wage: 2 days x 400.00 = 800.00', () => {
    const withHoliday = hours(
      day('2025-09-01'),
      day('2025-09-02'),
      day('2025-09-07', '08:00', '17:00', 'weekly_holiday'),
    );
    expect(
      check({ employees: emp('daily', 300), hours: withHoliday, payroll: pay('base_pay', '790') }).owed,
    ).toEqual([1000]);
  });
});

describe('s.90 hourly-paid: the full daily minimum for each day worked, whatever the hours', () => {
  it('a full day and a 4-hour part day: 400.00 + 400.00 = 800.00 due; 790.00 paid: 10.00 owed', () => {
    const h = hours(day('2025-09-01'), day('2025-09-02', '08:00', '13:00'));
    expect(check({ employees: emp('hourly', 40), hours: h, payroll: pay('base_pay', '790') }).owed).toEqual([
      1000,
    ]);
    expect(check({ employees: emp('hourly', 40), hours: h, payroll: pay('base_pay', '800') }).owed).toEqual(
      [],
    );
  });
  it('without an hours file: undetermined', () => {
    const r = check({ employees: emp('hourly', 40), payroll: pay('base_pay,days_worked', '0,20') });
    expect(r.owed).toEqual([]);
    expect(r.reasons[0]).toContain('hourly-paid: no hours file');
  });
});

describe('s.90 payroll-only: days_worked x minimum wage', () => {
  it('20 days x 400.00 = 8,000.00; 7,900.00 paid: 100.00 owed', () => {
    expect(
      check({ employees: emp('daily', 300), payroll: pay('base_pay,days_worked', '7900,20') }).owed,
    ).toEqual([10000]);
    expect(
      check({ employees: emp('daily', 300), payroll: pay('base_pay,days_worked', '8000,20') }).owed,
    ).toEqual([]);
  });
  it('a period across the 2025-07-01 rise takes the lower rate: 10 days x 372.00 = 3,720.00', () => {
    const p = pay('base_pay,days_worked', '3710,10', '2025-06-16', '2025-07-15');
    expect(check({ employees: emp('daily', 300), payroll: p }, '2025-07-31').owed).toEqual([1000]);
    const q = pay('base_pay,days_worked', '3720,10', '2025-06-16', '2025-07-15');
    expect(check({ employees: emp('daily', 300), payroll: q }, '2025-07-31').owed).toEqual([]);
  });
  it('half days: 2.5 days x 400.00 = 1,000.00; 990.00 paid: 10.00 owed', () => {
    expect(
      check({ employees: emp('daily', 300), payroll: pay('base_pay,days_worked', '990,2.5') }).owed,
    ).toEqual([1000]);
  });
  it('neither hours nor days_worked: undetermined, never a finding', () => {
    const r = check({ employees: emp('daily', 300), payroll: pay('base_pay', '0') });
    expect(r.owed).toEqual([]);
    expect(r.reasons[0]).toMatch(/no hours file/);
    expect(r.reasons[0]).toMatch(/days_worked/);
  });
});

describe('s.90 monthly-paid: minimum wage x 30 / days in month for each day employed', () => {
  it('September: 400.00 x 30 = 12,000.00; 11,990.00 paid: 10.00 owed', () => {
    expect(check({ employees: emp('monthly', 11990), payroll: pay('base_pay', '11990') }).owed).toEqual([
      1000,
    ]);
    expect(check({ employees: emp('monthly', 12000), payroll: pay('base_pay', '12000') }).owed).toEqual([]);
  });
  it('February 2026 (28 days): still 12,000.00 for the whole month', () => {
    const p = pay('base_pay', '11990', '2026-02-01', '2026-02-28');
    expect(check({ employees: emp('monthly', 11990), payroll: p }, '2026-02-28').owed).toEqual([1000]);
  });
  it('hired on 16 September: 15 days x 400.00 = 6,000.00; 5,990.00 paid: 10.00 owed', () => {
    const e = emp('monthly', 12000, 'hire_date,2025-09-16');
    expect(check({ employees: e, payroll: pay('base_pay', '5990') }).owed).toEqual([1000]);
    expect(check({ employees: e, payroll: pay('base_pay', '6000') }).owed).toEqual([]);
  });
  it('left on 15 September: 15 days x 400.00 = 6,000.00; 5,990.00 paid: 10.00 owed', () => {
    const e = emp('monthly', 12000, 'termination_date,2025-09-15');
    expect(check({ employees: e, payroll: pay('base_pay', '5990') }).owed).toEqual([1000]);
    expect(check({ employees: e, payroll: pay('base_pay', '6000') }).owed).toEqual([]);
  });
});
