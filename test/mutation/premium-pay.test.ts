import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// s.61 overtime (1.5x), s.62 holiday work (1x on top for an employee paid for that holiday,
// 2x for one who is not), s.63 holiday overtime (3x), at the s.68 hourly rate.
const emp = (type: string, rate: number) =>
  `employee_id,birth_date,province,wage_type,wage_rate\nE1,1990-01-01,Bangkok,${type},${rate}`;
const owed = (r: ReturnType<typeof run>, rule: string) =>
  r.findings.filter((f) => f.rule === rule).map((f) => f.owed_satang);
const reasons = (r: ReturnType<typeof run>, rule: string) =>
  r.undetermined.filter((u) => u.rule === rule).map((u) => u.reason);
const RULES = ['lpa-61-overtime-pay', 'lpa-62-holiday-work-pay', 'lpa-63-holiday-overtime-pay'];
const payroll = (cols: string, vals: string) =>
  `employee_id,period_start,period_end,pay_date,base_pay,${cols}\nE1,2025-09-01,2025-09-30,2025-09-30,12000,${vals}`;
const day = (date: string, type: string, end = '17:00') => `E1,${date},08:00,${end},60,${type}`;
const hours = (...rows: string[]) =>
  ['employee_id,date,start,end,break_minutes,day_type', ...rows].join('\n');

describe('s.62 holiday work of daily- and hourly-paid employees', () => {
  // Daily 400 baht over an 8-hour day: 50.00 an hour. 8 hours of holiday work.
  it('public holiday (paid for the day): 8 h x 50.00 x 1 = 400.00', () => {
    const r = run({
      employees: emp('daily', 400),
      hours: hours(day('2025-09-10', 'public_holiday')),
      payroll: payroll('ot_pay,holiday_pay,holiday_ot_pay', '0,0,0'),
    });
    expect(owed(r, 'lpa-62-holiday-work-pay')).toEqual([40000]);
  });
  it('weekly holiday (not paid for the day): 8 h x 50.00 x 2 = 800.00', () => {
    const r = run({
      employees: emp('daily', 400),
      hours: hours(day('2025-09-14', 'weekly_holiday')),
      payroll: payroll('ot_pay,holiday_pay,holiday_ot_pay', '0,0,0'),
    });
    expect(owed(r, 'lpa-62-holiday-work-pay')).toEqual([80000]);
  });
  it('hourly-paid 50.00 on a weekly holiday, 300.00 paid: 800.00 - 300.00 = 500.00 owed', () => {
    const r = run({
      employees: emp('hourly', 50),
      hours: hours(day('2025-09-14', 'weekly_holiday')),
      payroll: payroll('ot_pay,holiday_pay,holiday_ot_pay', '0,300,0'),
    });
    expect(owed(r, 'lpa-62-holiday-work-pay')).toEqual([50000]);
  });
  it('monthly-paid on a weekly holiday is paid for it: 12,000 / 30 / 8 = 50.00 x 8 h x 1 = 400.00', () => {
    const r = run({
      employees: emp('monthly', 12000),
      hours: hours(day('2025-09-14', 'weekly_holiday')),
      payroll: payroll('ot_pay,holiday_pay,holiday_ot_pay', '0,0,0'),
    });
    expect(owed(r, 'lpa-62-holiday-work-pay')).toEqual([40000]);
  });
});

describe('one ot_pay column pooled over s.61, s.62 and s.63', () => {
  // Monthly 12,000: 50.00 an hour. Workday 08:00-19:00 with a 1 h break: 2 h overtime = 150.00.
  // Weekly holiday 08:00-19:00: 8 h holiday work x 1 = 400.00 and 2 h holiday overtime x 3 = 300.00.
  const h = hours(day('2025-09-10', 'work', '19:00'), day('2025-09-14', 'weekly_holiday', '19:00'));
  it('ot_pay 600.00 covers overtime (150.00) first, then 450.00 of holiday work; holiday overtime unpaid', () => {
    const r = run(
      { employees: emp('monthly', 12000), hours: h, payroll: payroll('ot_pay', '600') },
      '2025-09-30',
      RULES,
    );
    expect(owed(r, 'lpa-61-overtime-pay')).toEqual([]);
    expect(owed(r, 'lpa-62-holiday-work-pay')).toEqual([]);
    expect(owed(r, 'lpa-63-holiday-overtime-pay')).toEqual([25000]);
  });
  it('ot_pay 100.00: overtime short 50.00, holiday work and holiday overtime unpaid in full', () => {
    const r = run(
      { employees: emp('monthly', 12000), hours: h, payroll: payroll('ot_pay', '100') },
      '2025-09-30',
      RULES,
    );
    expect(owed(r, 'lpa-61-overtime-pay')).toEqual([5000]);
    expect(owed(r, 'lpa-62-holiday-work-pay')).toEqual([40000]);
    expect(owed(r, 'lpa-63-holiday-overtime-pay')).toEqual([30000]);
  });
  it('separate columns are not pooled: each premium is set against its own column', () => {
    const r = run(
      {
        employees: emp('monthly', 12000),
        hours: h,
        payroll: payroll('ot_pay,holiday_pay,holiday_ot_pay', '850,0,0'),
      },
      '2025-09-30',
      RULES,
    );
    expect(owed(r, 'lpa-61-overtime-pay')).toEqual([]);
    expect(owed(r, 'lpa-62-holiday-work-pay')).toEqual([40000]);
    expect(owed(r, 'lpa-63-holiday-overtime-pay')).toEqual([30000]);
  });
});

describe('payroll-only hours (no hours file)', () => {
  it('ot_hours 2 of a monthly 12,000 employee: 2 x 50.00 x 1.5 = 150.00', () => {
    const r = run(
      { employees: emp('monthly', 12000), payroll: payroll('ot_hours,ot_pay', '2,0') },
      '2025-09-30',
      RULES,
    );
    expect(owed(r, 'lpa-61-overtime-pay')).toEqual([15000]);
  });
  it('ot_hours 2.5, 100.00 paid: 187.50 - 100.00 = 87.50', () => {
    const r = run(
      { employees: emp('monthly', 12000), payroll: payroll('ot_hours,ot_pay', '2.5,100') },
      '2025-09-30',
      RULES,
    );
    expect(owed(r, 'lpa-61-overtime-pay')).toEqual([8750]);
  });
  it('holiday_hours 8 and holiday_ot_hours 1 of a monthly employee: 400.00 and 150.00', () => {
    const r = run(
      {
        employees: emp('monthly', 12000),
        payroll: payroll('holiday_hours,holiday_ot_hours,holiday_pay,holiday_ot_pay', '8,1,0,0'),
      },
      '2025-09-30',
      RULES,
    );
    expect(owed(r, 'lpa-62-holiday-work-pay')).toEqual([40000]);
    expect(owed(r, 'lpa-63-holiday-overtime-pay')).toEqual([15000]);
  });
  it('holiday_hours of a daily-paid employee: undetermined (weekly or public holiday unknown)', () => {
    const r = run(
      { employees: emp('daily', 400), payroll: payroll('holiday_hours,holiday_pay', '8,0') },
      '2025-09-30',
      RULES,
    );
    expect(owed(r, 'lpa-62-holiday-work-pay')).toEqual([]);
    expect(reasons(r, 'lpa-62-holiday-work-pay')[0]).toContain('weekly or public holiday unknown');
  });
  it('no hours file and no ot_hours: overtime undetermined, never a finding', () => {
    const r = run({ employees: emp('monthly', 12000), payroll: payroll('ot_pay', '0') }, '2025-09-30', RULES);
    expect(r.findings).toEqual([]);
    expect(reasons(r, 'lpa-61-overtime-pay')[0]).toContain('no hours file and no ot_hours on the payroll');
  });
  it("the employee's own 7.5-hour day: daily 450 / 7.5 = 60.00; ot_hours 1 = 90.00", () => {
    const r = run(
      {
        employees:
          'employee_id,birth_date,province,wage_type,wage_rate,normal_hours_per_day\nE1,1990-01-01,Bangkok,daily,450,7.5',
        payroll: payroll('ot_hours,ot_pay', '1,0'),
      },
      '2025-09-30',
      RULES,
    );
    expect(owed(r, 'lpa-61-overtime-pay')).toEqual([9000]);
  });
});
