import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// s.51: no security deposit from an under-18. Every deduction_deposit of a period paid while
// under 18 is owed back in full. Born 15 August 2007: 18 on 15 August 2025.

const RULE = 'lpa-51-child-deposit';
const EMP = 'employee_id,birth_date,province,wage_type,wage_rate';
const PAY = 'employee_id,period_start,period_end,pay_date,base_pay,deduction_deposit';

function check(birth: string, rows: string[], pay = PAY) {
  const r = run(
    {
      employees: `${EMP}\nE1,${birth},Bangkok,monthly,12000\nE2,1990-01-01,Bangkok,monthly,12000`,
      payroll: `${pay}\n${rows.join('\n')}`,
    },
    '2025-09-30',
    [RULE],
  );
  return {
    findings: r.findings.filter((f) => f.rule === RULE),
    undetermined: r.undetermined.map((u) => `${u.employee_id}: ${u.reason}`),
  };
}

describe('no security deposit from under-18s (s.51)', () => {
  it('a deposit of 500 baht paid while 17 is owed back, citing the row and the adult age', () => {
    const { findings, undetermined } = check('2007-08-15', ['E1,2025-07-01,2025-07-31,2025-07-31,12000,500']);
    expect(undetermined).toEqual([]);
    expect(findings).toHaveLength(1);
    const f = findings[0];
    expect(f.owed_satang).toBe(50_000);
    expect(f.entitled_satang).toBe(50_000);
    expect(f.paid_satang).toBe(0);
    expect(f.message).toBe(
      'E1 (under 18): a security deposit of 500.00 baht was deducted in 2025-07-01 to 2025-07-31',
    );
    expect(f.period).toEqual({ start: '2025-07-01', end: '2025-07-31' });
    expect(f.evidence).toEqual([{ file: 'payroll.csv', row: 2 }]);
    expect(f.params.adult_age).toMatchObject({ value: 18 });
  });

  it('age is taken on the pay date: paid on the 18th birthday is no finding, the day before is', () => {
    expect(check('2007-08-15', ['E1,2025-07-16,2025-08-14,2025-08-15,12000,500']).findings).toEqual([]);
    const { findings } = check('2007-08-15', ['E1,2025-07-15,2025-08-13,2025-08-14,12000,500']);
    expect(findings.map((f) => f.owed_satang)).toEqual([50_000]);
  });

  it('each period with a deposit is its own amount; a period with none is nothing', () => {
    const { findings } = check('2009-01-01', [
      'E1,2025-06-01,2025-06-30,2025-06-30,12000,300',
      'E1,2025-07-01,2025-07-31,2025-07-31,12000,0',
      'E1,2025-08-01,2025-08-31,2025-08-31,12000,200',
    ]);
    expect(findings.map((f) => [f.period?.start, f.owed_satang])).toEqual([
      ['2025-06-01', 30_000],
      ['2025-08-01', 20_000],
    ]);
  });

  it('a deposit from an employee with no birth date is undetermined', () => {
    const { findings, undetermined } = check('', ['E1,2025-07-01,2025-07-31,2025-07-31,12000,500']);
    expect(findings).toEqual([]);
    expect(undetermined).toEqual(['E1: no birth date']);
    // No deposit, nothing to decide.
    expect(check('', ['E1,2025-07-01,2025-07-31,2025-07-31,12000,0']).undetermined).toEqual([]);
  });

  it('no deduction_deposit column: unknown for an under-18, nothing for an adult', () => {
    const pay = 'employee_id,period_start,period_end,pay_date,base_pay';
    const young = check('2009-01-01', ['E1,2025-07-01,2025-07-31,2025-07-31,12000'], pay);
    expect(young.findings).toEqual([]);
    expect(young.undetermined).toEqual([
      'E1: column deduction_deposit not in payroll.csv: a deposit taken from an under-18 is unknown',
    ]);
    expect(check('1990-01-01', ['E1,2025-07-01,2025-07-31,2025-07-31,12000'], pay).undetermined).toEqual([]);
  });

  it('without a payroll the rule is undetermined', () => {
    const r = run(
      {
        employees: `${EMP}\nE1,2009-01-01,Bangkok,monthly,12000`,
        hours: 'employee_id,date,start,end\nE1,2025-08-01,08:00,17:00',
      },
      '2025-09-30',
      [RULE],
    );
    expect(r.undetermined.map((u) => u.reason)).toEqual(['no payroll file']);
  });
});
