import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

// Amounts of a payroll row typed wrong (1,600 for a salary of 16,000; 25 for 250 of overtime
// pay; 3,500 for a deduction of 350) made debts: 9,560.00 baht short of the minimum wage (s.90),
// 225.00 of overtime pay (s.61). Where the row's net pay is more than its wages less its
// deductions, the worker was paid more than the row's amounts say: no shortfall is found from
// them (undetermined, naming both sums), and data-net-pay still says the row does not add up.

const EMPLOYEES =
  'employee_id,birth_date,province,wage_type,wage_rate\nE1,1990-01-01,Samut Prakan,monthly,16000\n';
const HEAD =
  'employee_id,period_start,period_end,pay_date,base_pay,ot_pay,deduction_statutory,deduction_other,net_pay,other_wages,holiday_pay,holiday_ot_pay';
const rules = ['lpa-90-minimum-wage', 'lpa-76-deductions', 'data-net-pay'];

const check = (row: string) =>
  run(
    { employees: EMPLOYEES, payroll: `${HEAD}\nE1,2025-08-01,2025-08-31,2025-08-31,${row},0,0,0\n` },
    '2025-12-31',
    rules,
  );
const found = (r: ReturnType<typeof run>) =>
  r.findings
    .map((f) => [f.rule, f.owed_satang ?? null])
    .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
const unknown = (r: ReturnType<typeof run>, rule: string) =>
  r.undetermined.filter((u) => u.rule === rule).map((u) => u.reason);

describe('a payroll row whose net pay is more than its amounts', () => {
  it('the row as paid: 16,000 less 750 and 350 is 14,900 net; only the 350 deducted without consent (s.76)', () => {
    expect(found(check('16000,0,750,350,14900'))).toEqual([['lpa-76-deductions', 35000]]);
  });

  it('base_pay typed 1,600: no s.90 debt of 9,560.00; undetermined, the net-pay warning stands', () => {
    const r = check('1600,0,750,350,14900');
    expect(found(r)).toEqual([['data-net-pay', null]]);
    expect(unknown(r, 'lpa-90-minimum-wage')).toEqual([
      '2025-08-01..2025-08-31: net pay 14,900.00 is more than the wages less deductions of the row (500.00): an amount of it is typed wrong or a pay column was not exported, so what was paid is not known',
    ]);
  });

  it('base_pay 1,600 with a net pay that agrees (500.00): the s.90 debt of 9,560.00 is found', () => {
    expect(found(check('1600,0,750,350,500'))).toEqual([
      ['lpa-76-deductions', 35000],
      ['lpa-90-minimum-wage', 956000],
    ]);
  });

  it('deduction_other typed 3,500 for 350 (net 14,900): not 3,500.00 deducted without consent; undetermined', () => {
    const r = check('16000,0,750,3500,14900');
    expect(found(r)).toEqual([['data-net-pay', null]]);
    expect(unknown(r, 'lpa-76-deductions')[0]).toContain('net pay 14,900.00 is more than');
  });

  it('tax typed 7,500 for 750 (net 14,900 above the 8,150 left): the 350 is undetermined too', () => {
    expect(found(check('16000,0,7500,350,14900'))).toEqual([['data-net-pay', null]]);
  });

  it('base_pay typed 160,000 (net below the amounts): the 350 without consent is still found', () => {
    const r = check('160000,0,750,350,14900');
    expect(found(r)).toEqual([['lpa-76-deductions', 35000]]);
    // Net below the amounts could be a deduction the payroll does not list: not a warning.
    expect(unknown(r, 'data-net-pay')).toEqual([
      '2025-08-01..2025-08-31: net pay differs from the amounts given, but columns deduction_union, deduction_coop, deduction_provident, deduction_deposit, deduction_damages not in the payroll file',
    ]);
  });
});

describe('s.70: a pay date a year from its period', () => {
  const EMP = 'employee_id,birth_date,province,wage_type,wage_rate\nE1,1990-01-01,Samut Prakan,daily,372\n';
  const pay = (first: string, second: string) =>
    run(
      {
        employees: EMP,
        payroll:
          'employee_id,period_start,period_end,pay_date,base_pay,days_worked\n' +
          `E1,2025-08-01,2025-08-15,${first},5580,15\nE1,2025-08-16,2025-08-31,${second},5208,14\n`,
      },
      '2025-12-31',
      ['lpa-70-pay-interval'],
    );
  const gaps = (r: ReturnType<typeof run>) => r.findings.map((f) => f.message);
  const why = (r: ReturnType<typeof run>) => r.undetermined.map((u) => u.reason);

  it('paid 2025-08-16 and 2025-09-01: no gap', () => {
    expect(gaps(pay('2025-08-16', '2025-09-01'))).toEqual([]);
  });

  it('the first half paid 2024-08-16 (a year typed wrong): no gap of a year, undetermined', () => {
    const r = pay('2024-08-16', '2025-09-01');
    expect(gaps(r)).toEqual([]);
    expect(why(r)).toEqual([
      '2025-08-01..2025-08-15: the pay date 2024-08-16 is far from its pay period 2025-08-01..2025-08-15 (more than a month before it began, or a year or more after it where the same day of another year falls in it): a date typed wrong is likely, so the time between payments is not judged',
    ]);
  });

  it('the first half paid 2026-08-16 (after the second half): undetermined, not a gap', () => {
    const r = pay('2026-08-16', '2025-09-01');
    expect(gaps(r)).toEqual([]);
    expect(why(r)[0]).toContain('the pay date 2026-08-16 is far from its pay period 2025-08-01..2025-08-15');
  });

  it('the second half paid 2026-09-01, after the as-of date: undetermined, not a gap to 31 December', () => {
    const r = pay('2025-08-16', '2026-09-01');
    expect(gaps(r)).toEqual([]);
    expect(why(r)[0]).toContain('the pay date 2026-09-01 is far from its pay period 2025-08-16..2025-08-31');
  });

  it('a real gap: the second half paid 2025-10-20, more than a month after the first', () => {
    expect(gaps(pay('2025-08-16', '2025-10-20'))).toEqual([
      'E1: wages paid on 2025-08-16 and next on 2025-10-20, more than 1 month apart',
    ]);
  });
});

describe('s.70 final pay dated a year after the termination', () => {
  const final = (payDate: string) =>
    run(
      {
        employees:
          'employee_id,birth_date,province,wage_type,wage_rate,hire_date,termination_date,termination_reason\n' +
          'T1,1992-03-10,Bangkok,daily,400,2023-05-02,2025-08-15,closure\n',
        payroll:
          'employee_id,period_start,period_end,pay_date,days_worked,base_pay\n' +
          `T1,2025-08-01,2025-08-15,${payDate},4,1600\n`,
      },
      '2025-12-31',
      ['lpa-70-final-pay'],
    );

  it('paid 2026-08-15 for 2025-08-15: undetermined, not 135 days late', () => {
    const r = final('2026-08-15');
    expect(r.findings).toEqual([]);
    expect(r.undetermined.map((u) => u.reason)).toEqual([
      'the final wages are dated 2026-08-15, a year or more after the termination on 2025-08-15, and the same day of an earlier year falls by the deadline 2025-08-18: a year typed wrong is likely, so their timing is not judged',
    ]);
  });

  it('paid 2025-09-04, 17 days after the deadline: late', () => {
    expect(final('2025-09-04').findings.map((f) => f.message)).toEqual([
      'T1: employment ended 2025-08-15; final wages due by 2025-08-18, paid 2025-09-04 (17 days late)',
    ]);
  });
});
