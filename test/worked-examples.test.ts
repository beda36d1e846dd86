import { describe, expect, it } from 'vitest';
import { Ratio } from '../src/findings/money.js';
import { run } from './helpers.js';

// law.md section 7: the correct worked examples, with their baht and sources. The examples
// listed there as wrong (1.5x for weekend work, 2x for holiday overtime, a daily wage used as
// an hourly rate) are asserted NOT to be what the tool computes.

const emp = (province: string, type: string, rate: number, extra = '') =>
  `employee_id,birth_date,province,wage_type,wage_rate${extra ? `,${extra.split('=')[0]}` : ''}\nE1,1990-01-01,${province},${type},${rate}${extra ? `,${extra.split('=')[1]}` : ''}`;
const owed = (r: ReturnType<typeof run>, rule: string) =>
  r.findings.filter((f) => f.rule === rule).map((f) => f.owed_satang);
const pay = (
  base: number,
  cols = 'ot_pay,holiday_pay,holiday_ot_pay',
  vals = '0,0,0',
  start = '2025-08-01',
  end = '2025-08-31',
) =>
  `employee_id,period_start,period_end,pay_date,base_pay,${cols}\nE1,${start},${end},${end},${base},${vals}`;

describe('law.md section 7 worked examples', () => {
  it('E1 [S75]: monthly 10,000, 3 h overtime = 187.50', () => {
    const r = run(
      {
        employees: emp('Pattani', 'monthly', 10000),
        hours:
          'employee_id,date,start,end\nE1,2019-08-13,08:00,12:00\nE1,2019-08-13,13:00,17:00\nE1,2019-08-13,17:30,20:30',
        payroll: pay(10000, 'ot_pay', '0', '2019-08-01', '2019-08-31'),
      },
      '2019-08-31',
    );
    expect(owed(r, 'lpa-61-overtime-pay')).toEqual([18750]);
  });
  it('E2 [S16] / E7 [S79]: monthly 15,000 -> 62.50/h, 93.75 per OT hour; 4 h = 375.00', () => {
    const r = run(
      {
        employees: emp('Chon Buri', 'monthly', 15000),
        hours:
          'employee_id,date,start,end\nE1,2025-08-13,08:00,12:00\nE1,2025-08-13,13:00,17:00\nE1,2025-08-13,17:30,21:30',
        payroll: pay(15000, 'ot_pay', '0'),
      },
      '2025-08-31',
    );
    expect(owed(r, 'lpa-61-overtime-pay')).toEqual([37500]);
    expect(r.findings.find((f) => f.rule === 'lpa-61-overtime-pay')?.params.hourly_rate).toBe('62.50');
  });
  it('E3 [S77]: monthly 21,000, 3 h OT on a Monday = 393.75', () => {
    const r = run({
      employees: emp('Rayong', 'monthly', 21000),
      hours:
        'employee_id,date,start,end\nE1,2025-08-18,08:00,12:00\nE1,2025-08-18,13:00,17:00\nE1,2025-08-18,17:30,20:30',
      payroll: pay(21000, 'ot_pay', '0'),
    });
    expect(owed(r, 'lpa-61-overtime-pay')).toEqual([39375]);
  });
  it('E4 [S78]: monthly 24,000, 1 h after 17:00 = 150', () => {
    const r = run({
      employees: emp('Bangkok', 'monthly', 24000),
      hours: 'employee_id,date,start,end\nE1,2025-08-18,08:00,12:00\nE1,2025-08-18,13:00,18:00',
      payroll: pay(24000, 'ot_pay', '0'),
    });
    expect(owed(r, 'lpa-61-overtime-pay')).toEqual([15000]);
  });
  it('E5 [S78][S23]: same employee, Saturday weekly holiday 08:00-17:00 with 1 h lunch = +800 (not 1.5x)', () => {
    const r = run({
      employees: emp('Bangkok', 'monthly', 24000),
      hours:
        'employee_id,date,start,end,day_type\nE1,2025-08-16,08:00,12:00,weekly_holiday\nE1,2025-08-16,13:00,17:00,weekly_holiday',
      payroll: pay(24000),
    });
    expect(owed(r, 'lpa-62-holiday-work-pay')).toEqual([80000]);
    expect(owed(r, 'lpa-62-holiday-work-pay')).not.toEqual([120000]);
  });
  it('E6 [S76]: hourly 125, 3 h OT = 562.50', () => {
    const r = run({
      employees: emp('Bangkok', 'hourly', 125),
      hours:
        'employee_id,date,start,end\nE1,2025-08-13,08:00,12:00\nE1,2025-08-13,13:00,17:00\nE1,2025-08-13,17:30,20:30',
      payroll: pay(1000, 'ot_pay', '0'),
    });
    expect(owed(r, 'lpa-61-overtime-pay')).toEqual([56250]);
  });
  it('E10 [S23][S85]: daily 400 in Bangkok, 8 h on the weekly holiday + 2 h = 800 + 300 (holiday OT 3x, not 2x)', () => {
    const r = run({
      employees: emp('Bangkok', 'daily', 400),
      hours:
        'employee_id,date,start,end,day_type\nE1,2025-08-17,08:00,12:00,weekly_holiday\nE1,2025-08-17,13:00,17:00,weekly_holiday\nE1,2025-08-17,17:30,19:30,weekly_holiday',
      payroll: pay(0),
    });
    expect(owed(r, 'lpa-62-holiday-work-pay')).toEqual([80000]);
    expect(owed(r, 'lpa-63-holiday-overtime-pay')).toEqual([30000]);
  });
  it('E11 [S69][S70]: Bangkok 372 a day is compliant on 2025-06-30 and 28 short on 2025-07-01', () => {
    const day = (d: string) =>
      run(
        {
          employees: emp('Bangkok', 'daily', 372),
          hours: `employee_id,date,start,end\nE1,${d},08:00,12:00\nE1,${d},13:00,17:00`,
          payroll: pay(372, 'ot_pay', '0', d, d),
        },
        d,
      );
    expect(owed(day('2025-06-30'), 'lpa-90-minimum-wage')).toEqual([]);
    expect(owed(day('2025-07-01'), 'lpa-90-minimum-wage')).toEqual([2800]);
  });
  it('E14 [S26][S27]: 15,000 due: caps 1,500 each and 3,000 together', () => {
    const within = run({
      employees: emp('Bangkok', 'monthly', 15000),
      payroll: pay(15000, 'deduction_union,deduction_coop,deduction_statutory', '1500,1500,750'),
    });
    expect(owed(within, 'lpa-76-deductions')).toEqual([]);
    const over = run({
      employees: emp('Bangkok', 'monthly', 15000),
      payroll: pay(15000, 'deduction_union,deduction_coop,deduction_provident', '1600,1500,1500'),
    });
    // Items: 100 over 10%; total 4,600 is 1,600 over 20%: the larger is owed.
    expect(owed(over, 'lpa-76-deductions')).toEqual([160000]);
  });
  it('E15 [S1][S81]: 15,000 unpaid for 30 days -> 184.93 interest; wilful surcharge unit 2,250', () => {
    const interest = Ratio.of(1_500_000).mul(Ratio.decimal('0.15')).mul(30).div(365).roundHalfUp();
    expect(interest).toBe(18493);
    const r = run(
      {
        employees: emp('Bangkok', 'monthly', 15000),
        // June paid: the pay_date column is filled for other rows, so July's empty cell is unpaid.
        payroll:
          'employee_id,period_start,period_end,pay_date,base_pay\nE1,2025-06-01,2025-06-30,2025-06-30,15000\nE1,2025-07-01,2025-07-31,,15000',
      },
      '2025-09-30',
    );
    const f = r.findings.find((x) => x.rule === 'lpa-70-pay-interval')!;
    expect(f.owed_satang).toBe(1_500_000);
    // Due 2025-07-31 (period end, unpaid), 61 days to the as-of date.
    expect(f.interest_satang).toBe(
      Ratio.of(1_500_000).mul(Ratio.decimal('0.15')).mul(61).div(365).roundHalfUp(),
    );
  });
  it('E17 [S15]: 27 h of overtime and holiday work is within 36; 40 is not', () => {
    const week = (satEnd: string) =>
      run({
        employees: emp('Bangkok', 'monthly', 30000),
        hours: `employee_id,date,start,end,break_minutes,day_type\n${['01', '02', '03', '04', '05']
          .map((d) => `E1,2025-09-${d},08:00,20:00,60,work`)
          .join('\n')}\nE1,2025-09-06,08:00,${satEnd},60,weekly_holiday`,
      });
    expect(week('21:00').findings.filter((f) => f.section === '26')).toEqual([]);
    expect(week('23:59').findings.filter((f) => f.section === '26')).toEqual([]);
    const forty = run({
      employees: emp('Bangkok', 'monthly', 30000),
      hours: `employee_id,date,start,end,break_minutes,day_type\n${['01', '02', '03', '04', '05']
        .map((d) => `E1,2025-09-${d},08:00,20:00,60,work`)
        .join(
          '\n',
        )}\nE1,2025-09-06,08:00,22:00,60,weekly_holiday\nE1,2025-09-07,08:00,20:00,60,weekly_holiday`,
    });
    expect(forty.findings.filter((f) => f.section === '26').length).toBe(1);
  });
  it('E18 [S14]: OT 17:00-19:30 straight after normal hours breaks s.27', () => {
    const r = run({
      employees: emp('Bangkok', 'monthly', 30000),
      hours: 'employee_id,date,start,end\nE1,2025-08-18,08:00,12:00\nE1,2025-08-18,13:00,19:30',
    });
    expect(r.findings.filter((f) => f.rule === 'lpa-27-break-before-overtime').map((f) => f.date)).toEqual([
      '2025-08-18',
    ]);
  });
  it('E19 [S92]: monthly 11,000 in Bangkok, Aug 2025 -> 1,000 short', () => {
    const r = run({ employees: emp('Bangkok', 'monthly', 11000), payroll: pay(11000, 'ot_pay', '0') });
    expect(owed(r, 'lpa-90-minimum-wage')).toEqual([100000]);
  });
  it('E20 [S45][S46]: hazardous 7-h day at 352 (Tak): 1 h OT at 50.29 x 1.5', () => {
    const r = run({
      employees: emp('Tak', 'daily', 352, 'hazardous=yes'),
      hours: 'employee_id,date,start,end\nE1,2025-08-18,08:00,12:00\nE1,2025-08-18,13:00,17:00',
      payroll: pay(352, 'ot_pay', '0'),
    });
    // 352 / 7 x 1.5 x 1 = 75.428... -> 75.43
    expect(owed(r, 'lpa-61-overtime-pay')).toEqual([7543]);
  });
  it('wrong published example [S122]: a daily wage of 300 is not an hourly rate (900 for 2 h OT is wrong)', () => {
    const r = run(
      {
        employees: emp('Pattani', 'daily', 330),
        hours:
          'employee_id,date,start,end\nE1,2022-11-14,08:00,12:00\nE1,2022-11-14,13:00,17:00\nE1,2022-11-14,17:30,19:30',
        payroll: pay(330, 'ot_pay', '0', '2022-11-01', '2022-11-30'),
      },
      '2022-11-30',
    );
    // 330 / 8 x 1.5 x 2 = 123.75, not 990.
    expect(owed(r, 'lpa-61-overtime-pay')).toEqual([12375]);
  });
});
