import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

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
