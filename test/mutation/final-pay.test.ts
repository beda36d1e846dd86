import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// s.70 para 2: on termination, the wages of the period holding the termination date are paid
// within 3 days. Employment ended 15 August 2025: due by 18 August.

const RULE = 'lpa-70-final-pay';
const EMP = 'employee_id,birth_date,province,wage_type,wage_rate,termination_date';
const PAY = 'employee_id,period_start,period_end,pay_date,base_pay';

function check(end: string, rows: string[], asOf = '2025-09-30', pay = PAY) {
  const r = run(
    {
      employees: `${EMP}\nE1,1990-01-01,Bangkok,monthly,20000,${end}\nE2,1990-01-01,Bangkok,monthly,20000,`,
      payroll: `${pay}\n${rows.join('\n')}`,
    },
    asOf,
    [RULE],
  );
  return {
    findings: r.findings.filter((f) => f.rule === RULE),
    undetermined: r.undetermined.map((u) => `${u.employee_id}: ${u.reason}`),
  };
}

describe('final wages within 3 days (s.70 para 2)', () => {
  it('paid on the 3rd day is in time; on the 4th it is 1 day late, citing both rows', () => {
    expect(check('2025-08-15', ['E1,2025-08-01,2025-08-15,2025-08-18,10000']).findings).toEqual([]);
    const { findings } = check('2025-08-15', ['E1,2025-08-01,2025-08-15,2025-08-19,10000']);
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toBe(
      'E1: employment ended 2025-08-15; final wages due by 2025-08-18, paid 2025-08-19 (1 day late)',
    );
    expect(findings[0].period).toEqual({ start: '2025-08-01', end: '2025-08-15' });
    expect(findings[0].evidence).toEqual([
      { file: 'employees.csv', row: 2 },
      { file: 'payroll.csv', row: 2 },
    ]);
    expect(findings[0].params.max_days).toMatchObject({ value: 3 });
  });

  it('not paid: no finding up to the deadline, then late counted to the as-of date', () => {
    const rows = ['E1,2025-08-01,2025-08-15,,10000', 'E2,2025-08-01,2025-08-31,2025-08-31,20000'];
    expect(check('2025-08-15', rows, '2025-08-18').findings).toEqual([]);
    expect(check('2025-08-15', rows, '2025-08-25').findings.map((f) => f.message)).toEqual([
      'E1: employment ended 2025-08-15; final wages due by 2025-08-18, paid not paid (7 days late)',
    ]);
  });

  it('the period holding the date, from its first to its last day; none is undetermined', () => {
    const rows = ['E1,2025-07-01,2025-07-31,2025-07-31,20000', 'E1,2025-08-01,2025-08-31,2025-09-30,20000'];
    expect(check('2025-08-01', rows).findings.map((f) => f.period)).toEqual([
      { start: '2025-08-01', end: '2025-08-31' },
    ]);
    expect(check('2025-07-31', rows).findings).toEqual([]);
    const none = check('2025-09-15', rows);
    expect(none.findings).toEqual([]);
    expect(none.undetermined).toEqual(['E1: no pay period contains the termination date 2025-09-15']);
  });

  it('no pay_date column: when the final wages were paid is unknown', () => {
    const { findings, undetermined } = check(
      '2025-08-15',
      ['E1,2025-08-01,2025-08-15,10000'],
      '2025-09-30',
      'employee_id,period_start,period_end,base_pay',
    );
    expect(findings).toEqual([]);
    expect(undetermined).toEqual([
      'E1: column pay_date not in payroll.csv: the day the final wages were paid is unknown',
    ]);
  });

  it('an employee still employed is outside the rule', () => {
    const r = check('', ['E1,2025-08-01,2025-08-31,,20000'], '2025-12-31');
    expect(r).toEqual({ findings: [], undetermined: [] });
  });

  it('a termination date between two pay periods is in neither: undetermined', () => {
    const rows = ['E1,2025-07-01,2025-07-31,2025-07-31,20000', 'E1,2025-09-01,2025-09-30,2025-10-30,20000'];
    const { findings, undetermined } = check('2025-08-15', rows, '2025-11-30');
    expect(findings).toEqual([]);
    expect(undetermined).toEqual(['E1: no pay period contains the termination date 2025-08-15']);
  });

  it('without a payroll the rule is undetermined for the employee who left', () => {
    const r = run(
      {
        employees: `${EMP}\nE1,1990-01-01,Bangkok,monthly,20000,2025-08-15`,
        hours: 'employee_id,date,start,end\nE1,2025-08-01,08:00,17:00',
      },
      '2025-09-30',
      [RULE],
    );
    expect(r.undetermined.map((u) => u.reason)).toEqual(['no payroll file']);
  });
});
