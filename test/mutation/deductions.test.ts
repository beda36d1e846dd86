import { describe, expect, it } from 'vitest';
import { packWith, run } from '../helpers.js';

// s.76: deductions for (2)-(5) at most 10% each and 20% together of the money due on the pay
// date, unless the employee consented in writing; deduction_other is never permitted.
// Pay of 15,000.00 due: 1,500.00 each, 3,000.00 together.
const R = 'lpa-76-deductions';
const emp = 'employee_id,birth_date,province,wage_type,wage_rate\nE1,1990-01-01,Bangkok,monthly,15000';
const findings = (cols: string, vals: string, base = '15000') => {
  const payroll = `employee_id,period_start,period_end,pay_date,base_pay,${cols}\nE1,2025-09-01,2025-09-30,2025-09-30,${base},${vals}`;
  return run({ employees: emp, payroll }, '2025-09-30', [R]).findings.filter((f) => f.rule === R);
};
const owed = (cols: string, vals: string, base = '15000') =>
  findings(cols, vals, base).map((f) => f.owed_satang);

describe('s.76 deductions', () => {
  it('union 2,000.00 without consent: 500.00 over the 1,500.00 item cap', () => {
    expect(owed('deduction_union', '2000')).toEqual([50000]);
    expect(owed('deduction_union', '1500')).toEqual([]);
  });
  it('written consent lifts the caps', () => {
    expect(owed('deduction_union,deduction_consent', '2000,yes')).toEqual([]);
    expect(owed('deduction_union,deduction_consent', '2000,no')).toEqual([50000]);
  });
  it('deposit 1,000.00 and damages 1,000.00 are one item (4): 2,000.00, 500.00 over', () => {
    expect(owed('deduction_deposit,deduction_damages', '1000,1000')).toEqual([50000]);
    expect(owed('deduction_deposit', '1600')).toEqual([10000]);
    expect(owed('deduction_damages', '1600')).toEqual([10000]);
  });
  it('four items of 1,000.00 each: within 1,500.00 each, 1,000.00 over the 3,000.00 total', () => {
    expect(
      owed('deduction_union,deduction_coop,deduction_deposit,deduction_provident', '1000,1000,1000,1000'),
    ).toEqual([100000]);
  });
  it('owed is the larger of the item excesses and the total excess', () => {
    // union 3,500.00 (2,000.00 over), coop 1,000.00: total 4,500.00 (1,500.00 over) -> 2,000.00.
    expect(owed('deduction_union,deduction_coop', '3500,1000')).toEqual([200000]);
    // coop 1,600.00 and provident 1,600.00: items 200.00 over, total 3,200.00 is 200.00 over.
    expect(owed('deduction_coop,deduction_provident', '1600,1600')).toEqual([20000]);
    // provident 1,400.00, coop 1,400.00, union 400.00 = 3,200.00: only the total, 200.00 over.
    expect(owed('deduction_union,deduction_coop,deduction_provident', '400,1400,1400')).toEqual([20000]);
  });
  it('fixed allowances are wages due: 15,000.00 + allowances 5,000.00 = 20,000.00', () => {
    expect(owed('other_wages,deduction_union', '5000,2100')).toEqual([10000]);
    expect(owed('other_wages,deduction_union', '5000,2000')).toEqual([]);
  });
  it('the caps are of the contract wage, not the wage paid: 15,000.00 + overtime 5,000.00 = 20,000.00', () => {
    expect(owed('ot_pay,deduction_union', '5000,2100', '10000')).toEqual([10000]);
    expect(owed('ot_pay,deduction_union', '5000,2000', '10000')).toEqual([]);
  });
  it('tax and social security are outside the caps', () => {
    expect(owed('deduction_statutory', '5000')).toEqual([]);
  });
  it('a deduction for another purpose is owed in full, even with consent', () => {
    expect(owed('deduction_other', '300')).toEqual([30000]);
    expect(owed('deduction_other,deduction_consent', '300,yes')).toEqual([30000]);
    expect(owed('deduction_other', '0')).toEqual([]);
  });
  it('says which limit was broken, with the caps and each item in baht', () => {
    const [f] = findings('deduction_union,deduction_deposit,deduction_damages', '2000,300,200');
    expect(f.message).toContain('consent-based deductions of 2,500.00 baht');
    expect(f.message).toContain('caps of 1,500.00 each and 3,000.00 together');
    expect(f.params.item_cap).toMatchObject({ value: 0.1 });
    expect(f.params.total_cap).toMatchObject({ value: 0.2 });
    expect(f.params.items).toEqual({ union: 2000, coop: 0, deposit_damages: 500, provident: 0 });
    const [g] = findings('deduction_other', '300');
    expect(g.message).toContain('300.00 baht deducted');
    expect(g.message).toContain('a purpose s.76 does not permit');
    expect(g.params.permitted).toBeDefined();
  });
  it('no payroll file: undetermined, never a finding', () => {
    const r = run({ employees: emp }, '2025-09-30', [R]);
    expect(r.findings).toEqual([]);
    expect(r.undetermined.filter((u) => u.rule === R)).toHaveLength(1);
  });
});

// The s.76 base when the employer underpaid: the contract wage of the period, the minimum due
// and the premiums the hours entitle to, each where the data can tell it.
const base = (employees: string, payroll: string, hours?: string) => {
  const r = run({ employees, payroll, hours }, '2025-09-30', [R]);
  return {
    found: r.findings.filter((f) => f.rule === R).map((f) => ({ owed: f.owed_satang, base: f.params.base })),
    reasons: r.undetermined.filter((u) => u.rule === R).map((u) => u.reason),
  };
};
const employee = (type: string, rate: string, col = '', val = '') =>
  `employee_id,birth_date,province,wage_type,wage_rate${col}\nE1,1990-01-01,Bangkok,${type},${rate}${val}`;
const pay = (cols: string, vals: string, start = '2025-09-01', end = '2025-09-30') =>
  `employee_id,period_start,period_end,pay_date,base_pay,${cols}\nE1,${start},${end},${end},${vals}`;
const workdays = (n: number, end = '17:00') =>
  [
    'employee_id,date,start,end,break_minutes',
    ...Array.from({ length: n }, (_, i) => `E1,2025-09-0${i + 1},08:00,${end},60`),
  ].join('\n');

describe('s.76 base: the contract wage of the period when less was paid', () => {
  it('monthly 15,000, hired 16 September: 15,000 / 30 x 15 days = 7,500.00; cap 750.00, union 800.00: 50.00', () => {
    const e = employee('monthly', '15000', ',hire_date', ',2025-09-16');
    expect(base(e, pay('deduction_union', '5000,800')).found).toEqual([
      { owed: 5000, base: { paid: 5000, wages_due: 7500, premiums_due: 0 } },
    ]);
  });
  it('monthly 15,000, terminated 15 September: 7,500.00 for 15 days', () => {
    const e = employee('monthly', '15000', ',termination_date', ',2025-09-15');
    expect(base(e, pay('deduction_union', '5000,800')).found).toEqual([
      { owed: 5000, base: { paid: 5000, wages_due: 7500, premiums_due: 0 } },
    ]);
  });
  it('monthly 15,000, all of August (31 days): 15,000.00, not 31 days x 500.00', () => {
    const august = pay('deduction_union', '10000,1600', '2025-08-01', '2025-08-31');
    for (const [col, val] of [
      ['', ''],
      [',hire_date', ',2025-08-01'],
      [',hire_date', ',2020-01-01'],
      [',termination_date', ',2025-08-31'],
      [',termination_date', ',2025-10-31'],
    ]) {
      expect(base(employee('monthly', '15000', col, val), august).found).toEqual([
        { owed: 10000, base: { paid: 10000, wages_due: 15000, premiums_due: 0 } },
      ]);
    }
  });
  it('daily 500, 3 days in hours.csv: 1,500.00 (minimum 1,200.00); cap 150.00, union 200.00: 50.00', () => {
    expect(base(employee('daily', '500'), pay('deduction_union', '1000,200'), workdays(3)).found).toEqual([
      { owed: 5000, base: { paid: 1000, wages_due: 1500, premiums_due: 0 } },
    ]);
  });
  it('daily 500, days_worked 3 and no hours file: 1,500.00', () => {
    expect(base(employee('daily', '500'), pay('days_worked,deduction_union', '1000,3,200')).found).toEqual([
      { owed: 5000, base: { paid: 1000, wages_due: 1500, premiums_due: 0 } },
    ]);
  });
  it('daily 500 with neither hours nor days_worked: only the 1,000.00 paid is known; union 200.00: 100.00', () => {
    expect(base(employee('daily', '500'), pay('deduction_union', '1000,200')).found).toEqual([
      { owed: 10000, base: { paid: 1000, wages_due: 1000, premiums_due: 0 } },
    ]);
  });
  it('hourly 100, two 8-hour days: 1,600.00 (minimum 800.00); cap 160.00, union 200.00: 40.00', () => {
    expect(base(employee('hourly', '100'), pay('deduction_union', '1000,200'), workdays(2)).found).toEqual([
      { owed: 4000, base: { paid: 1000, wages_due: 1600, premiums_due: 0 } },
    ]);
  });
  it('hourly without an hours file: only the 1,000.00 paid is known', () => {
    expect(base(employee('hourly', '100'), pay('deduction_union', '1000,200')).found).toEqual([
      { owed: 10000, base: { paid: 1000, wages_due: 1000, premiums_due: 0 } },
    ]);
  });
  it('piece-rate with a day worked: no contract wage; the minimum 400.00 over the 300.00 paid', () => {
    expect(base(employee('piece', ''), pay('deduction_union', '300,100'), workdays(1)).found).toEqual([
      { owed: 6000, base: { paid: 300, wages_due: 400, premiums_due: 0 } },
    ]);
  });
  it('a pack whose monthly divisor is not yet in force: only the 5,000.00 paid is known', () => {
    const later = packWith({ monthly_wage_divisor: 30 }, '2026-01-01');
    const r = run(
      { employees: employee('monthly', '15000'), payroll: pay('deduction_union', '5000,600') },
      '2025-09-30',
      [R],
      later,
    );
    expect(r.findings.map((f) => [f.owed_satang, f.params.base])).toEqual([
      [10000, { paid: 5000, wages_due: 5000, premiums_due: 0 }],
    ]);
  });
  it('2 h overtime worked and unpaid: 15,000.00 + 187.50 due; cap 1,518.75, union 1,600.00: 81.25', () => {
    const h = 'employee_id,date,start,end,break_minutes\nE1,2025-09-01,08:00,19:00,60';
    expect(
      base(employee('monthly', '15000'), pay('deduction_union,ot_pay', '15000,1600,0'), h).found,
    ).toEqual([{ owed: 8125, base: { paid: 15000, wages_due: 15000, premiums_due: 187.5 } }]);
  });
});

describe('s.76 unknown deductions', () => {
  it('a payroll without deduction columns: undetermined for an employee with pay periods only', () => {
    const employees = `${employee('monthly', '15000')}\nE2,1990-01-01,Bangkok,monthly,15000`;
    const r = run({ employees, payroll: pay('ot_pay', '15000,0') }, '2025-09-30', [R]);
    expect(
      r.undetermined.filter((u) => u.rule === R).map(({ employee_id, reason }) => ({ employee_id, reason })),
    ).toEqual([
      {
        employee_id: 'E1',
        reason:
          'columns deduction_union, deduction_coop, deduction_provident, deduction_deposit, deduction_damages, deduction_other not in the payroll file: deductions unknown',
      },
    ]);
  });
  it('one deduction column is enough to check the others as 0', () => {
    expect(owed('deduction_coop', '1600')).toEqual([10000]);
  });
});

describe('s.76 base: more of the money due', () => {
  it('hired 16 August (31 days): 15,000 / 30 x 16 days = 8,000.00, the divisor for a month in part', () => {
    const e = employee('monthly', '15000', ',hire_date', ',2025-08-16');
    const p = pay('deduction_union', '5000,850', '2025-08-01', '2025-08-31');
    expect(base(e, p).found).toEqual([
      { owed: 5000, base: { paid: 5000, wages_due: 8000, premiums_due: 0 } },
    ]);
  });
  it('terminated 15 August (31 days): 15,000 / 30 x 15 days = 7,500.00', () => {
    const e = employee('monthly', '15000', ',termination_date', ',2025-08-15');
    const p = pay('deduction_union', '5000,800', '2025-08-01', '2025-08-31');
    expect(base(e, p).found).toEqual([
      { owed: 5000, base: { paid: 5000, wages_due: 7500, premiums_due: 0 } },
    ]);
  });
  it('wages paid above the contract count: 20,000.00 + 1,000.00 allowance paid on a 15,000 contract', () => {
    expect(
      base(employee('monthly', '15000'), pay('other_wages,deduction_union', '20000,1000,2150')).found,
    ).toEqual([{ owed: 5000, base: { paid: 21000, wages_due: 21000, premiums_due: 0 } }]);
  });
  it('premiums paid above those due count: ot_pay 1,000 + holiday_pay 500 + holiday_ot_pay 500', () => {
    const p = pay('ot_pay,holiday_pay,holiday_ot_pay,deduction_union', '15000,1000,500,500,1800');
    expect(base(employee('monthly', '15000'), p).found).toEqual([
      { owed: 10000, base: { paid: 17000, wages_due: 15000, premiums_due: 2000 } },
    ]);
  });
  it('daily 500: a worked weekly holiday is s.62 pay (1,000.00), not a contract day: 1,500 + 1,000', () => {
    const h = [
      'employee_id,date,start,end,break_minutes,day_type',
      'E1,2025-09-01,08:00,17:00,60,work',
      'E1,2025-09-02,08:00,17:00,60,work',
      'E1,2025-09-03,08:00,17:00,60,work',
      'E1,2025-09-07,08:00,17:00,60,weekly_holiday',
    ].join('\n');
    expect(
      base(employee('daily', '500'), pay('deduction_union,ot_pay,holiday_pay', '1000,300,0,0'), h).found,
    ).toEqual([{ owed: 5000, base: { paid: 1000, wages_due: 1500, premiums_due: 1000 } }]);
  });
  it('nothing deducted in a period before the caps are in force: nothing to say', () => {
    const p = pay('deduction_union', '5000,0', '1998-01-01', '1998-01-31');
    const r = run({ employees: employee('monthly', '15000'), payroll: p }, '1998-01-31', [R]);
    expect(r.findings).toEqual([]);
    expect(r.undetermined).toEqual([]);
  });
});
