import { beforeEach, describe, expect, it } from 'vitest';
import { packWith, run } from '../helpers.js';

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

const findings = (r: ReturnType<typeof run>, rule: string) => r.findings.filter((f) => f.rule === rule);

describe('what a premium finding says: hours, rate, amounts, the days as evidence', () => {
  // Monthly 12,000: 50.00 an hour. Wed 2 h overtime, Thu a plain 8-hour day, Sun 8 h holiday
  // work and 2 h holiday overtime. holiday_pay is in the file, holiday_ot_pay is not.
  const h = hours(
    day('2025-09-10', 'work', '19:00'),
    day('2025-09-11', 'work'),
    day('2025-09-14', 'weekly_holiday', '19:00'),
  );
  // Run before each test, not while collecting: Stryker sees which tests reach the code.
  let r: ReturnType<typeof run>;
  beforeEach(() => {
    r = run(
      { employees: emp('monthly', 12000), hours: h, payroll: payroll('ot_pay,holiday_pay', '0,0') },
      '2025-09-30',
      RULES,
    );
  });
  it('s.61: 2 h x 50.00 x 1.5 = 150.00, evidence the Wednesday and the payroll row', () => {
    const [f] = findings(r, 'lpa-61-overtime-pay');
    expect(f.message).toBe(
      'E1: 2 h overtime in 2025-09-01 to 2025-09-30 at 50.00 baht/h x 1.5 = 150.00 baht; 0.00 baht paid',
    );
    expect(f.evidence).toEqual([
      { file: 'hours.csv', row: 2 },
      { file: 'payroll.csv', row: 2 },
    ]);
    expect(f.params).toMatchObject({
      overtime_multiplier: { value: 1.5 },
      wage_type: 'monthly',
      wage_rate: 12000,
      normal_hours: 8,
      monthly_wage_divisor: { value: 30 },
      hourly_rate: '50.00',
    });
  });
  it('s.62: 8 h x 50.00 x 1 = 400.00, evidence the Sunday', () => {
    const [f] = findings(r, 'lpa-62-holiday-work-pay');
    expect(f.owed_satang).toBe(40000);
    expect(f.message).toContain(
      '8 h of holiday work in 2025-09-01 to 2025-09-30 at 50.00 baht/h = 400.00 baht',
    );
    expect(f.evidence).toEqual([
      { file: 'hours.csv', row: 4 },
      { file: 'payroll.csv', row: 2 },
    ]);
    expect(f.params).toMatchObject({ holiday_multiplier_paid: { value: 1 }, hourly_rate: '50.00' });
  });
  it('s.63: holiday_pay present, holiday_ot_pay absent: not pooled, what was paid is unknown', () => {
    expect(findings(r, 'lpa-63-holiday-overtime-pay')).toEqual([]);
    expect(reasons(r, 'lpa-63-holiday-overtime-pay')).toEqual([
      '2025-09-01..2025-09-30: column holiday_ot_pay not in payroll.csv: what was paid for it is unknown',
    ]);
  });
});

describe('premiums undetermined only where hours were worked and payment is unknown', () => {
  it('no overtime worked and no ot_pay column: nothing to say for s.61', () => {
    const r = run(
      {
        employees: emp('daily', 400),
        hours: hours(day('2025-09-10', 'work')),
        payroll: payroll('other_wages', '0'),
      },
      '2025-09-30',
      RULES,
    );
    expect(r.findings).toEqual([]);
    expect(RULES.flatMap((rule) => reasons(r, rule))).toEqual([]);
  });
  it('overtime worked and no pay column at all: pooled ot_pay is what is unknown, for each premium', () => {
    const h = hours(day('2025-09-10', 'work', '19:00'), day('2025-09-14', 'weekly_holiday'));
    const r = run(
      { employees: emp('monthly', 12000), hours: h, payroll: payroll('other_wages', '0') },
      '2025-09-30',
      RULES,
    );
    expect(r.findings).toEqual([]);
    expect(reasons(r, 'lpa-61-overtime-pay')).toEqual([
      '2025-09-01..2025-09-30: column ot_pay not in payroll.csv: what was paid for it is unknown',
    ]);
    expect(reasons(r, 'lpa-62-holiday-work-pay')).toEqual([
      '2025-09-01..2025-09-30: column ot_pay not in payroll.csv: what was paid for it is unknown',
    ]);
  });
  it('payroll-only, ot_hours without holiday_hours: s.62 and s.63 are silent, not undetermined', () => {
    const r = run(
      { employees: emp('monthly', 12000), payroll: payroll('ot_hours,ot_pay', '2,150') },
      '2025-09-30',
      RULES,
    );
    expect(r.findings).toEqual([]);
    expect(RULES.flatMap((rule) => reasons(r, rule))).toEqual([]);
  });
  it('payroll-only holiday_hours pooled in ot_pay while overtime is undetermined: s.62 undetermined', () => {
    const r = run(
      { employees: emp('monthly', 12000), payroll: payroll('holiday_hours,ot_pay', '8,1000') },
      '2025-09-30',
      RULES,
    );
    expect(r.findings).toEqual([]);
    expect(reasons(r, 'lpa-62-holiday-work-pay')).toEqual([
      '2025-09-01..2025-09-30: overtime pay is pooled in ot_pay but another premium is undetermined',
    ]);
  });
  it('before the normal hours of 1998-08-19 are in force: undetermined, with the parameter named', () => {
    const p = `employee_id,period_start,period_end,pay_date,base_pay,ot_hours,ot_pay\nE1,1998-01-01,1998-01-31,1998-01-31,5000,1,0`;
    const r = run({ employees: emp('monthly', 5000), payroll: p }, '1998-01-31', RULES);
    expect(r.findings).toEqual([]);
    expect(reasons(r, 'lpa-61-overtime-pay')).toEqual([
      'no value of normal_hours_per_day in force on 1998-01-31',
    ]);
  });
});

describe('an empty pay cell in a column the file has is 0 paid', () => {
  // 2 h overtime in September and in October; the September cell is empty, October paid 150.00.
  const h = hours(day('2025-09-10', 'work', '19:00'), day('2025-10-10', 'work', '19:00'));
  it('separate columns, ot_pay empty in September: 150.00 owed for September only', () => {
    const p = `${payroll('ot_pay,holiday_pay,holiday_ot_pay', ',0,0')}\nE1,2025-10-01,2025-10-31,2025-10-31,12000,150,0,0`;
    const r = run({ employees: emp('monthly', 12000), hours: h, payroll: p }, '2025-10-31', RULES);
    expect(findings(r, 'lpa-61-overtime-pay').map((f) => [f.period?.end, f.owed_satang])).toEqual([
      ['2025-09-30', 15000],
    ]);
  });
  it('pooled ot_pay empty in September: 150.00 owed for September only', () => {
    const p = `${payroll('ot_pay', '')}\nE1,2025-10-01,2025-10-31,2025-10-31,12000,150`;
    const r = run({ employees: emp('monthly', 12000), hours: h, payroll: p }, '2025-10-31', RULES);
    expect(findings(r, 'lpa-61-overtime-pay').map((f) => [f.period?.end, f.owed_satang])).toEqual([
      ['2025-09-30', 15000],
    ]);
  });
});

describe('payroll-only overtime: the normal day the hourly rate divides by', () => {
  it('hazardous work, a 7-hour day: 12,000 / 30 / 7 = 57.1429 an hour; 1 h x 1.5 = 85.71', () => {
    const e = `employee_id,birth_date,province,wage_type,wage_rate,hazardous\nE1,1990-01-01,Bangkok,monthly,12000,yes`;
    const [f] = findings(
      run({ employees: e, payroll: payroll('ot_hours,ot_pay', '1,0') }, '2025-09-30', RULES),
      'lpa-61-overtime-pay',
    );
    expect(f.owed_satang).toBe(8571);
    expect(f.message).toContain(
      '1 h overtime in 2025-09-01 to 2025-09-30 at 57.1429 baht/h x 1.5 = 85.71 baht',
    );
    expect(f.params).toMatchObject({ normal_hours: 7, hours_source: 'payroll', hourly_rate: '57.1429' });
  });
  it("an employee's 9-hour day is capped at the law's 8: daily 400 / 8 = 50.00; 2.5 h x 1.5 = 187.50", () => {
    const e = `employee_id,birth_date,province,wage_type,wage_rate,normal_hours_per_day\nE1,1990-01-01,Bangkok,daily,400,9`;
    const [f] = findings(
      run({ employees: e, payroll: payroll('ot_hours,ot_pay', '2.5,0') }, '2025-09-30', RULES),
      'lpa-61-overtime-pay',
    );
    expect(f.owed_satang).toBe(18750);
    expect(f.message).toContain('2 h 30 min overtime');
    expect(f.params).toMatchObject({ overtime_multiplier: { value: 1.5 }, normal_hours: 8 });
  });
});

describe('s.68: a daily-paid fixed allowance is spread over the days worked', () => {
  // Daily 400 + 600 allowance. Three days worked, one with 2 h overtime.
  const h = hours(day('2025-09-10', 'work', '19:00'), day('2025-09-11', 'work'), day('2025-09-12', 'work'));
  it('3 days worked in hours.csv: (400 + 600 / 3) / 8 = 75.00; 2 h x 1.5 = 225.00', () => {
    const r = run(
      { employees: emp('daily', 400), hours: h, payroll: payroll('other_wages,ot_pay', '600,0') },
      '2025-09-30',
      RULES,
    );
    expect(owed(r, 'lpa-61-overtime-pay')).toEqual([22500]);
  });
  it('days_worked 6 on the payroll wins: (400 + 600 / 6) / 8 = 62.50; 2 h x 1.5 = 187.50', () => {
    const r = run(
      {
        employees: emp('daily', 400),
        hours: h,
        payroll: payroll('other_wages,days_worked,ot_pay', '600,6,0'),
      },
      '2025-09-30',
      RULES,
    );
    expect(owed(r, 'lpa-61-overtime-pay')).toEqual([18750]);
  });
});

describe('a shortfall under 1.00 baht is info, not error', () => {
  const h = hours(day('2025-09-10', 'work', '19:00'));
  const f = (paid: string) =>
    findings(
      run(
        { employees: emp('monthly', 12000), hours: h, payroll: payroll('ot_pay', paid) },
        '2025-09-30',
        RULES,
      ),
      'lpa-61-overtime-pay',
    )[0];
  it('150.00 due, 149.01 paid: 0.99 short, info with the threshold in params', () => {
    expect(f('149.01')).toMatchObject({
      owed_satang: 99,
      severity: 'info',
      params: { premium_shortfall_info_below: { value: 1 } },
    });
  });
  it('150.00 due, 149.00 paid: 1.00 short, an error', () => {
    const g = f('149');
    expect(g).toMatchObject({ owed_satang: 100, severity: 'error' });
    expect(g.params).not.toHaveProperty('premium_shortfall_info_below');
  });
});

describe('a shortfall that rounds to 0.00 is no finding', () => {
  // A Thai daily summary (first in, last out; OT columns the tool ignores) of a monthly 15,000:
  // 62.50 an hour. Spans over 5 h hold up to 120 min of break: 07:52-20:10 is 10 h 18 min worked,
  // 2 h 18 min overtime; 07:50-19:05 is 1 h 15 min. 3 h 33 min x 62.50 x 1.5 = 332.8125 due.
  const h = [
    'ลำดับ,รหัสพนักงาน,วันที่,เวลาเข้า,เวลาออก,ชั่วโมงทำงาน,OT 1.5,OT 3,หมายเหตุ',
    '1,E1,04/08/2568,07:55,17:05,8.00,0.00,0,',
    '2,E1,05/08/2568,07:52,20:10,8.00,3.00,0,',
    '3,E1,07/08/2568,07:50,19:05,8.00,2.00,0,',
  ].join('\n');
  const pay = (cols: string, vals: string) =>
    `employee_id,period_start,period_end,pay_date,base_pay,${cols}\nE1,2025-08-01,2025-08-31,2025-08-31,15000,${vals}`;
  const f = (payroll: string) =>
    findings(
      run({ employees: emp('monthly', 15000), hours: h, payroll }, '2025-09-30', RULES),
      'lpa-61-overtime-pay',
    );
  it('ot_pay alone (pooled over s.61-s.63) of 468.75 covers 332.8125: no info finding of 0.00 owed', () => {
    expect(f(pay('ot_pay', '468.75'))).toEqual([]);
  });
  it('332.81 paid in its own column for 332.8125 due: nothing owed to the satang', () => {
    expect(f(pay('ot_pay,holiday_pay,holiday_ot_pay', '332.81,0,0'))).toEqual([]);
  });
  it('332.80 paid: 0.01 short, info', () => {
    expect(f(pay('ot_pay,holiday_pay,holiday_ot_pay', '332.80,0,0'))).toMatchObject([
      { owed_satang: 1, severity: 'info' },
    ]);
  });
});

describe('premium pay: more of the columns employers leave out or split', () => {
  it('no employees file: the rule needs one', () => {
    const r = run({ payroll: payroll('ot_hours,ot_pay', '2,0') }, '2025-09-30', RULES);
    expect(r.findings).toEqual([]);
    expect(reasons(r, 'lpa-61-overtime-pay')).toEqual(['no employees file']);
  });
  it('payroll-only overtime of a piece-rate worker: undetermined, the hourly rate needs the output', () => {
    const e = 'employee_id,birth_date,province,wage_type,wage_rate\nE1,1990-01-01,Bangkok,piece,';
    const r = run({ employees: e, payroll: payroll('ot_hours,ot_pay', '2,0') }, '2025-09-30', RULES);
    expect(r.findings).toEqual([]);
    expect(reasons(r, 'lpa-61-overtime-pay')).toEqual([
      '2025-09-01..2025-09-30: piece-rate wages: the hourly rate needs the per-unit rate and output',
    ]);
  });
  it('two rates in one period are both named: 372 / 8 = 46.50 on 30 June, 400 / 8 = 50.00 on 1 July', () => {
    const h = hours(day('2025-06-30', 'work', '19:00'), day('2025-07-01', 'work', '19:00'));
    const p = `employee_id,period_start,period_end,pay_date,base_pay,ot_pay\nE1,2025-06-16,2025-07-15,2025-07-15,9000,0`;
    const [f] = findings(
      run({ employees: emp('daily', 372), hours: h, payroll: p }, '2025-07-31', RULES),
      'lpa-61-overtime-pay',
    );
    // 2 h x 46.50 x 1.5 = 139.50 and 2 h x 50.00 x 1.5 = 150.00.
    expect(f.owed_satang).toBe(28950);
    expect(f.message).toContain(
      '4 h overtime in 2025-06-16 to 2025-07-15 at 46.50, 50.00 baht/h x 1.5 = 289.50 baht',
    );
    expect(f.params).toMatchObject({ hourly_rate: '46.50, 50.00' });
  });
  it('a worked weekly holiday is not a day worked for spreading the allowance: (400 + 600 / 3) / 8 = 75.00', () => {
    const h = hours(
      day('2025-09-10', 'work', '19:00'),
      day('2025-09-11', 'work'),
      day('2025-09-12', 'work'),
      day('2025-09-14', 'weekly_holiday'),
    );
    const r = run(
      {
        employees: emp('daily', 400),
        hours: h,
        payroll: payroll('other_wages,ot_pay,holiday_pay,holiday_ot_pay', '600,0,0,0'),
      },
      '2025-09-30',
      RULES,
    );
    expect(owed(r, 'lpa-61-overtime-pay')).toEqual([22500]);
  });
  it('holiday_ot_pay in the file but not holiday_pay: not pooled, s.62 payment unknown', () => {
    const h = hours(day('2025-09-14', 'weekly_holiday', '19:00'));
    const r = run(
      { employees: emp('monthly', 12000), hours: h, payroll: payroll('ot_pay,holiday_ot_pay', '1000,300') },
      '2025-09-30',
      RULES,
    );
    expect(r.findings).toEqual([]);
    expect(reasons(r, 'lpa-62-holiday-work-pay')).toEqual([
      '2025-09-01..2025-09-30: column holiday_pay not in payroll.csv: what was paid for it is unknown',
    ]);
  });
  it('separate columns: holiday_pay 400.00 does not pay the 2 h holiday overtime (300.00 owed)', () => {
    const h = hours(day('2025-09-14', 'weekly_holiday', '19:00'));
    const r = run(
      {
        employees: emp('monthly', 12000),
        hours: h,
        payroll: payroll('ot_pay,holiday_pay,holiday_ot_pay', '0,400,0'),
      },
      '2025-09-30',
      RULES,
    );
    expect(owed(r, 'lpa-62-holiday-work-pay')).toEqual([]);
    expect(owed(r, 'lpa-63-holiday-overtime-pay')).toEqual([30000]);
  });
  it('pooled, payroll-only, no holiday_hours: holiday work is nothing, not undetermined; ot_pay 150.00 pays overtime', () => {
    // 2 h overtime x 75.00 = 150.00, paid; 1 h holiday overtime x 150.00 = 150.00, unpaid.
    const r = run(
      { employees: emp('monthly', 12000), payroll: payroll('ot_hours,holiday_ot_hours,ot_pay', '2,1,150') },
      '2025-09-30',
      RULES,
    );
    expect(owed(r, 'lpa-61-overtime-pay')).toEqual([]);
    expect(owed(r, 'lpa-63-holiday-overtime-pay')).toEqual([15000]);
    expect(RULES.flatMap((rule) => reasons(r, rule))).toEqual([]);
  });
});

describe('each day at its own rate and multiplier, however the days of a period are summed', () => {
  const otPay = (r: ReturnType<typeof run>) =>
    r.findings
      .filter((f) => f.rule === 'lpa-61-overtime-pay')
      .map((f) => [f.period?.start, f.owed_satang, f.params.hourly_rate]);
  it('days of two periods in a row are priced with each period own allowance: 50.00, then (400 + 800 / 1) / 8 = 150.00', () => {
    // 2 h overtime on 10 and 20 September: 2 x 50.00 x 1.5 = 150.00, and 2 x 150.00 x 1.5 = 450.00.
    const r = run({
      employees: emp('daily', 400),
      hours: hours(day('2025-09-10', 'work', '19:00'), day('2025-09-20', 'work', '19:00')),
      payroll:
        'employee_id,period_start,period_end,pay_date,base_pay,other_wages,days_worked,ot_pay,holiday_pay,holiday_ot_pay\n' +
        'E1,2025-09-01,2025-09-15,2025-09-15,400,0,1,0,0,0\nE1,2025-09-16,2025-09-30,2025-09-30,400,800,1,0,0,0',
    });
    expect(otPay(r)).toEqual([
      ['2025-09-01', 15000, '50.00'],
      ['2025-09-16', 45000, '150.00'],
    ]);
  });
  it('the same allowance spread over 1 or 2 days worked: (400 + 800) / 8 = 150.00, then (400 + 400) / 8 = 100.00', () => {
    const r = run({
      employees: emp('daily', 400),
      hours: hours(day('2025-09-10', 'work', '19:00'), day('2025-09-20', 'work', '19:00')),
      payroll:
        'employee_id,period_start,period_end,pay_date,base_pay,other_wages,days_worked,ot_pay,holiday_pay,holiday_ot_pay\n' +
        'E1,2025-09-01,2025-09-15,2025-09-15,400,800,1,0,0,0\nE1,2025-09-16,2025-09-30,2025-09-30,400,800,2,0,0,0',
    });
    expect(otPay(r)).toEqual([
      ['2025-09-01', 45000, '150.00'],
      ['2025-09-16', 30000, '100.00'],
    ]);
  });
  it('a day in two overlapping periods: what was paid for each is unknown, undetermined for both, no finding', () => {
    const r = run({
      employees: emp('daily', 400),
      hours: hours(day('2025-09-10', 'work', '19:00')),
      payroll:
        'employee_id,period_start,period_end,pay_date,base_pay,other_wages,days_worked,ot_pay,holiday_pay,holiday_ot_pay\n' +
        'E1,2025-09-01,2025-09-15,2025-09-15,400,0,1,0,0,0\nE1,2025-09-10,2025-09-30,2025-09-30,400,800,1,0,0,0',
    });
    expect(otPay(r)).toEqual([]);
    expect(reasons(r, 'lpa-61-overtime-pay')[0].split('; ')).toEqual([
      '2025-09-01..2025-09-15: the pay period overlaps another pay period of the payroll (row 3) without being the same: what was paid for each is unknown',
      '2025-09-10..2025-09-30: the pay period overlaps another pay period of the payroll (row 2) without being the same: what was paid for each is unknown',
    ]);
  });
  it('the Bangkok minimum wage rises on 1 July 2025 inside a period: 2 h x 46.50 x 1.5 + 4 h x 50.00 x 1.5 = 439.50', () => {
    // Daily 300 is under the minimum wage: 372 / 8 = 46.50 an hour in June, 400 / 8 = 50.00 from July.
    const r = run({
      employees: emp('daily', 300),
      hours: hours(
        day('2025-06-27', 'work', '19:00'),
        day('2025-07-01', 'work', '19:00'),
        day('2025-07-02', 'work', '19:00'),
      ),
      payroll:
        'employee_id,period_start,period_end,pay_date,base_pay,ot_pay,holiday_pay,holiday_ot_pay\n' +
        'E1,2025-06-16,2025-07-15,2025-07-15,9000,0,0,0',
    });
    expect(otPay(r)).toEqual([['2025-06-16', 43950, '46.50, 50.00']]);
  });
  it('a public holiday (x1) and a weekly holiday (x2) at one rate: 8 h x 50.00 x 1 + 8 h x 50.00 x 2 = 1,200.00', () => {
    const r = run({
      employees: emp('daily', 400),
      hours: hours(day('2025-09-10', 'public_holiday'), day('2025-09-14', 'weekly_holiday')),
      payroll: payroll('ot_pay,holiday_pay,holiday_ot_pay', '0,0,0'),
    });
    expect(owed(r, 'lpa-62-holiday-work-pay')).toEqual([120000]);
  });
});

describe('evidence by file name, then row', () => {
  it('the check lists the payroll row first; the finding cites hours.csv rows, in row order, then payroll.csv', () => {
    const r = run({
      employees: emp('daily', 400),
      hours: hours(day('2025-09-11', 'work', '19:00'), day('2025-09-10', 'work', '19:00')),
      payroll: payroll('ot_pay,holiday_pay,holiday_ot_pay', '0,0,0'),
    });
    const f = r.findings.find((x) => x.rule === 'lpa-61-overtime-pay');
    expect(f?.evidence).toEqual([
      { file: 'hours.csv', row: 2 },
      { file: 'hours.csv', row: 3 },
      { file: 'payroll.csv', row: 2 },
    ]);
  });
});

describe('days priced together only at one rate', () => {
  // Daily 500.03 baht. The normal day is 8 hours until 14 September 2025 and, in this copy of
  // the pack, 7 hours from the 15th: the s.68 rate is 50,003/8 satang an hour, then 50,003/7,
  // two fractions with one numerator. Work 08:00-19:00 with a 1 h break on the 10th (2 h
  // overtime) and the 16th (3 h overtime), at 1.5x:
  // 2 x 50,003/8 x 1.5 + 3 x 50,003/7 x 1.5 = 18,751.125 + 32,144.786 = 50,895.91 satang.
  // Priced as one run at the first rate it would be 5 x 50,003/8 x 1.5 = 46,877.81.
  it('a rate of the same numerator and another denominator starts a new term: 508.96 owed', () => {
    const r = run(
      {
        employees: emp('daily', 500.03),
        hours: hours(day('2025-09-10', 'work', '19:00'), day('2025-09-16', 'work', '19:00')),
        payroll: payroll('ot_pay,holiday_pay,holiday_ot_pay', '0,0,0'),
      },
      '2025-09-30',
      ['lpa-61-overtime-pay'],
      packWith({
        normal_hours_per_day: [
          { from: '1998-08-19', value: 8 },
          { from: '2025-09-15', value: 7 },
        ],
      }),
    );
    expect(owed(r, 'lpa-61-overtime-pay')).toEqual([50896]);
  });
});

describe('each rule prices the hours with the multipliers it sees, its own where it has them', () => {
  // Monthly 12,000: 50.00 an hour. A workday 08:00-19:00 (2 h overtime) and a weekly holiday
  // 08:00-17:00 (8 h holiday work), one ot_pay of 300.00 pooled over the three premiums.
  // s.61 here sets its own overtime multiplier, 2x: 2 h x 50.00 x 2 = 200.00, paid in full.
  // s.62 sets the pooled ot_pay against overtime at the pack's 1.5x first (150.00), leaving
  // 150.00 of the 400.00 holiday work: 250.00 owed. Had it used s.61's 200.00: 300.00 owed.
  const files = {
    employees: emp('monthly', 12000),
    hours: hours(day('2025-09-10', 'work', '19:00'), day('2025-09-14', 'weekly_holiday')),
    payroll: payroll('ot_pay', '300'),
  };
  // s.61 with a series of its own for one multiplier: the pack's value in force, changed as given.
  const ownMultiplier = (key: string, change: Record<string, unknown>) => {
    const p = packWith({});
    const packValue = p.params.get(key)!.values[0];
    const rules = p.rules.map((r) =>
      r.id === 'lpa-61-overtime-pay'
        ? {
            ...r,
            resolved: {
              ...r.resolved,
              [key]: {
                ...(r.resolved[key] ?? { name: key }),
                series: { values: [{ ...packValue, ...change }] },
              },
            },
          }
        : r,
    );
    return { ...p, rules };
  };
  const paidHoliday = (r: ReturnType<typeof run>) =>
    r.findings.find((f) => f.rule === 'lpa-62-holiday-work-pay')?.params.holiday_multiplier_paid;

  it("s.61 with its own 2x and s.62 pooling at the pack's 1.5x: each its own amount", () => {
    const r = run(
      files,
      '2025-09-30',
      RULES,
      ownMultiplier('overtime_multiplier', { value: 2, source: '[RULE]' }),
    );
    expect(owed(r, 'lpa-61-overtime-pay')).toEqual([]);
    expect(owed(r, 'lpa-62-holiday-work-pay')).toEqual([25000]);
  });

  it("s.61's own 2x from the same date and source as the pack's 1.5x: still its own", () => {
    const r = run(files, '2025-09-30', RULES, ownMultiplier('overtime_multiplier', { value: 2 }));
    expect(owed(r, 'lpa-61-overtime-pay')).toEqual([]);
    expect(owed(r, 'lpa-62-holiday-work-pay')).toEqual([25000]);
  });

  // s.61 works out the holiday work too (for the pool) with its own series of the same 1x: the
  // s.62 finding shows the pack's, from 1998-08-19 with its source, never s.61's.
  const unpaid = { ...files, payroll: payroll('ot_pay,holiday_pay,holiday_ot_pay', '0,0,0') };
  it("the same multiplier value from another date: the s.62 finding names the pack's own", () => {
    const r = run(
      unpaid,
      '2025-09-30',
      RULES,
      ownMultiplier('holiday_multiplier_paid', { from: '2000-01-01' }),
    );
    expect(owed(r, 'lpa-62-holiday-work-pay')).toEqual([40000]);
    expect(paidHoliday(r)).toMatchObject({ value: 1, from: '1998-08-19' });
  });

  it("the same multiplier value and date from another source: the s.62 finding names the pack's", () => {
    const r = run(
      unpaid,
      '2025-09-30',
      RULES,
      ownMultiplier('holiday_multiplier_paid', { source: '[RULE]' }),
    );
    expect(owed(r, 'lpa-62-holiday-work-pay')).toEqual([40000]);
    expect(paidHoliday(r)).toMatchObject({ value: 1, from: '1998-08-19' });
    expect((paidHoliday(r) as { source: string }).source).toMatch(/^LPA s\.62\(1\)/);
  });

  it('the same multipliers for every rule: s.62 owes the same 250.00 as with the rules alone', () => {
    const together = run(files, '2025-09-30', RULES);
    const alone = run(files, '2025-09-30', ['lpa-62-holiday-work-pay']);
    expect(owed(together, 'lpa-62-holiday-work-pay')).toEqual([25000]);
    expect(owed(alone, 'lpa-62-holiday-work-pay')).toEqual([25000]);
    // 2 h x 50.00 x 1.5 = 150.00 of overtime, paid from the pool first.
    expect(owed(together, 'lpa-61-overtime-pay')).toEqual([]);
  });

  it("each finding has params of its own: the interest added to one is not in another rule's", () => {
    const r = run(
      { ...files, payroll: payroll('ot_pay,holiday_pay,holiday_ot_pay', '0,0,0') },
      '2025-12-31',
      RULES,
    );
    const f61 = r.findings.find((f) => f.rule === 'lpa-61-overtime-pay');
    const f62 = r.findings.find((f) => f.rule === 'lpa-62-holiday-work-pay');
    expect(f61?.owed_satang).toBe(15000);
    expect(f62?.owed_satang).toBe(40000);
    expect(f61?.params).toHaveProperty('interest');
    expect(f61?.params).not.toHaveProperty('holiday_multiplier_paid');
    expect(f62?.params).not.toHaveProperty('overtime_multiplier');
  });
});

// What the hours file cannot settle: a day with a rejected row, a long gap between two stretches
// of one date (spans.ts: 06:00-15:00 and 22:00-07:00 are 2 h of overtime at the least, as two
// work days, and 15 h at the most, the 7 h gap read as a break whose 5 h beyond s.27's 2 h are
// work), the rate a period's pay shows below wage_rate. Daily 400 baht: 50.00 an hour, 75.00 an
// hour of overtime.
const why = (r: ReturnType<typeof run>, rule: string) =>
  r.undetermined.filter((u) => u.rule === rule).flatMap((u) => (u.reasons ?? []).map((x) => x.id));
const WEEK = (cols: string, vals: string, base = '400') =>
  `employee_id,period_start,period_end,pay_date,base_pay${cols}\nE1,2025-09-01,2025-09-07,2025-09-07,${base}${vals}`;
const GAP = ['E1,2025-09-01,06:00,15:00,0,work', 'E1,2025-09-01,22:00,07:00,0,work'];
// 06:00-12:00 and 20:00-23:00: 9 h, no overtime as two work days (the least); the 8 h gap read
// as a break makes 6 h more work: 15 h, 7 h of overtime (the most), 525.00.
const GAP_ONLY = ['E1,2025-09-03,06:00,12:00,0,work', 'E1,2025-09-03,20:00,23:00,0,work'];

describe('a day with a rejected row counts no hours: owed is a lower bound, the day named', () => {
  // 10 and 11 September 08:00-19:00 (2 h overtime each); a row of the 10th rejected (25:99).
  it('150.00 owed for the 11th alone; the 10th (row 3) named as not counted', () => {
    const r = run(
      {
        employees: emp('daily', 400),
        hours: hours(
          day('2025-09-10', 'work', '19:00'),
          'E1,2025-09-10,20:00,25:99,0,work',
          day('2025-09-11', 'work', '19:00'),
        ),
        payroll: payroll('ot_pay,holiday_pay,holiday_ot_pay', '0,0,0'),
      },
      '2025-09-30',
      RULES,
    );
    expect(owed(r, 'lpa-61-overtime-pay')).toEqual([15000]);
    expect(reasons(r, 'lpa-61-overtime-pay')).toEqual([
      '2025-09-01..2025-09-30: not counted on 2025-09-10 (row 3): a punch or hours row of the day was rejected or is in doubt (dated out of the file order, or a time read 12 hours wrong), so its work is not known in full (a total without it is a lower bound)',
    ]);
  });
  it('a day with a rejected row and no overtime at the least is not named, even if a long gap may hold some', () => {
    // The 3rd: the GAP_ONLY stretches and a rejected row; the 11th: 2 h of overtime, paid 150.00.
    const r = run(
      {
        employees: emp('daily', 400),
        hours: hours(...GAP_ONLY, 'E1,2025-09-03,23:30,25:99,0,work', day('2025-09-11', 'work', '19:00')),
        payroll: payroll('ot_pay,holiday_pay,holiday_ot_pay', '150,0,0'),
      },
      '2025-09-30',
      RULES,
    );
    expect(owed(r, 'lpa-61-overtime-pay')).toEqual([]);
    expect(r.undetermined.filter((u) => u.rule === 'lpa-61-overtime-pay')).toEqual([]);
  });
});

describe('a long gap between two stretches of a date: owed at the least, undetermined up to the most', () => {
  const gap = (rows: string[], paid: string, type = 'daily') =>
    run(
      {
        employees: emp(type, 400),
        hours: hours(...rows),
        payroll: WEEK(',ot_pay,holiday_pay,holiday_ot_pay', `,${paid},0,0`),
      },
      '2025-09-30',
      ['lpa-61-overtime-pay'],
    );
  it('150.00 paid: nothing owed at the least (2 h), up to 1,125.00 (15 h) at the most: undetermined, naming the day', () => {
    const r = gap(GAP, '150');
    expect(owed(r, 'lpa-61-overtime-pay')).toEqual([]);
    expect(why(r, 'lpa-61-overtime-pay')).toEqual(['hours_gap_uncounted']);
  });
  it('1,000.00 paid: 125.00 more at the most (150.00 + 975.00 of the gap): still undetermined', () => {
    expect(why(gap(GAP, '1000'), 'lpa-61-overtime-pay')).toEqual(['hours_gap_uncounted']);
  });
  it('1,125.00 paid: nothing owed even at the most, nothing said', () => {
    const r = gap(GAP, '1125');
    expect(owed(r, 'lpa-61-overtime-pay')).toEqual([]);
    expect(r.undetermined.filter((u) => u.rule === 'lpa-61-overtime-pay')).toEqual([]);
  });
  it('a day with overtime only at the most (525.00), 0 paid: undetermined, naming it', () => {
    const r = gap(GAP_ONLY, '0');
    expect(owed(r, 'lpa-61-overtime-pay')).toEqual([]);
    expect(reasons(r, 'lpa-61-overtime-pay')[0]).toContain('not known on 2025-09-03');
    expect(reasons(r, 'lpa-61-overtime-pay')[0]).toContain('up to 360 min a day more');
  });
  it('525.00 paid for the day with overtime only at the most: nothing said', () => {
    expect(gap(GAP_ONLY, '525').undetermined.filter((u) => u.rule === 'lpa-61-overtime-pay')).toEqual([]);
  });
  it('the day with overtime only at the most is no evidence of a finding on another day', () => {
    // The 2nd 08:00-19:00: 2 h at the least, 150.00 owed; the rows of the 3rd are not cited.
    const r = gap([day('2025-09-02', 'work', '19:00'), ...GAP_ONLY], '0');
    const f = r.findings.filter((x) => x.rule === 'lpa-61-overtime-pay');
    expect(f.map((x) => x.owed_satang)).toEqual([15000]);
    expect(f[0].evidence).toEqual([
      { file: 'hours.csv', row: 2 },
      { file: 'payroll.csv', row: 2 },
    ]);
    expect(f[0].message).toContain('2 h overtime');
  });
  it('a piece-rate worker: the gap alone owes at a rate not known, undetermined naming the day, not the rate', () => {
    const r = gap(GAP_ONLY, '0', 'piece');
    expect(why(r, 'lpa-61-overtime-pay')).toEqual(['hours_gap_uncounted']);
  });
  it('a piece-rate worker with no overtime and no ot_pay column: nothing to say for s.61', () => {
    const r = run(
      {
        employees: emp('piece', 400),
        hours: hours(day('2025-09-02', 'work')),
        payroll: WEEK('', ''),
      },
      '2025-09-30',
      ['lpa-61-overtime-pay'],
    );
    expect(r.undetermined.filter((u) => u.rule === 'lpa-61-overtime-pay')).toEqual([]);
  });
});

describe('payroll-only hours: counts split over rows, decimals, nothing to price', () => {
  // Two rows of one period each giving the hours: which of them (or their sum) is the period's is unknown.
  // Run in each test: Stryker counts a mutant as reached only by the tests that run it.
  const split = () =>
    run(
      {
        employees: emp('monthly', 12000),
        payroll: [
          'employee_id,period_start,period_end,pay_date,base_pay,ot_hours,holiday_hours,holiday_ot_hours,ot_pay,holiday_pay,holiday_ot_pay',
          'E1,2025-09-01,2025-09-30,2025-09-30,6000,2,8,1,0,0,0',
          'E1,2025-09-01,2025-09-30,2025-09-30,6000,2,8,1,0,0,0',
        ].join('\n'),
      },
      '2025-09-30',
      RULES,
    );
  it.each([
    ['lpa-61-overtime-pay', 'ot_hours'],
    ['lpa-62-holiday-work-pay', 'holiday_hours'],
    ['lpa-63-holiday-overtime-pay', 'holiday_ot_hours'],
  ])('%s: %s on both rows is unknown for the period, named', (rule, column) => {
    expect(r_(split(), rule)).toEqual([{ id: 'split_count_unknown', column }]);
    expect(owed(split(), rule)).toEqual([]);
  });
  it('ot_hours 2.51 is priced as written: 2.51 h x 50.00 x 1.5 = 188.25 (not 151 min, 188.75)', () => {
    const r = run(
      { employees: emp('monthly', 12000), payroll: payroll('ot_hours,ot_pay', '2.51,0') },
      '2025-09-30',
      RULES,
    );
    expect(owed(r, 'lpa-61-overtime-pay')).toEqual([18825]);
  });
  it('ot_hours 0.3333333333333333 is 20 min, priced exactly: 50.01 x 1.5 / 3 = 25.005, 25.01 (as a decimal 25.00)', () => {
    const r = run(
      { employees: emp('hourly', 50.01), payroll: payroll('ot_hours,ot_pay', '0.3333333333333333,0') },
      '2025-09-30',
      RULES,
    );
    expect(owed(r, 'lpa-61-overtime-pay')).toEqual([2501]);
  });
  it('ot_hours 0 and no ot_pay column: nothing to say for s.61', () => {
    const r = run(
      { employees: emp('monthly', 12000), payroll: payroll('ot_hours', '0') },
      '2025-09-30',
      RULES,
    );
    expect(r.undetermined.filter((u) => u.rule === 'lpa-61-overtime-pay')).toEqual([]);
  });
});
const r_ = (r: ReturnType<typeof run>, rule: string) =>
  r.undetermined
    .filter((u) => u.rule === rule)
    .flatMap((u) => (u.reasons ?? []).map((x) => ({ id: x.id, column: x.params?.column })));

describe("a period whose pay shows a rate below wage_rate: priced at that rate, wage_rate's excess undetermined", () => {
  // Daily wage_rate 500, one day worked (the 2nd, 08:00-19:00: 2 h overtime) and a base_pay of
  // 450: the pay shows 450 a day, 56.25 an hour; 2 h x 56.25 x 1.5 = 168.75. At 500: 187.50.
  const shown = (paid: string, more: [string, string] = ['', ''], rows: string[] = []) =>
    run(
      {
        employees: emp('daily', 500),
        hours: hours(day('2025-09-02', 'work', '19:00'), ...rows),
        payroll: WEEK(`,ot_pay,holiday_pay,holiday_ot_pay${more[0]}`, `,${paid},0,0${more[1]}`, '450'),
      },
      '2025-09-30',
      ['lpa-61-overtime-pay'],
    );
  it('0 paid: 168.75 owed, the finding saying the rate the pay shows', () => {
    const r = shown('0');
    expect(owed(r, 'lpa-61-overtime-pay')).toEqual([16875]);
    const f = r.findings.find((x) => x.rule === 'lpa-61-overtime-pay');
    expect(f?.params.wage_rate_in_period).toMatchObject({
      employees_file: 500,
      base_pay: 450,
      shown: '450.00',
    });
  });
  it('168.75 paid: nothing owed at the rate shown; the 18.75 owed at 500 is undetermined', () => {
    const r = shown('168.75');
    expect(owed(r, 'lpa-61-overtime-pay')).toEqual([]);
    expect(why(r, 'lpa-61-overtime-pay')).toEqual(['wage_rate_not_in_period']);
  });
  it('187.50 paid: nothing owed at either rate, nothing said', () => {
    const r = shown('187.5');
    expect(owed(r, 'lpa-61-overtime-pay')).toEqual([]);
    expect(r.undetermined.filter((u) => u.rule === 'lpa-61-overtime-pay')).toEqual([]);
  });
  it('other wages of 100 and a rejected row on the 4th: days worked unknown, the allowance left out, 168.75 at the rate shown', () => {
    // Spread over the 1 day worked the hours show, (450 + 100) / 8 = 68.75: 206.25.
    const r = shown('0', [',other_wages', ',100'], ['E1,2025-09-04,08:00,25:99,60,work']);
    expect(owed(r, 'lpa-61-overtime-pay')).toEqual([16875]);
  });
});
