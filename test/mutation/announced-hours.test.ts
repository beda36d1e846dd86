import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// s.23: announced normal hours a day at most 8, or 7 in hazardous work (MR No.2 B.E. 2541).
// The ceilings hold from the Act's start, 19 August 1998; before it none is in force.

const RULE = 'lpa-23-announced-hours';
const EMP = 'employee_id,birth_date,province,wage_type,wage_rate,hire_date,hazardous,normal_hours_per_day';

function check(employee: string, more: { hours?: string; payroll?: string } = {}, asOf = '2025-09-30') {
  const r = run({ employees: `${EMP}\nE1,1990-01-01,Bangkok,monthly,20000,${employee}`, ...more }, asOf, [
    RULE,
  ]);
  return r.findings.filter((f) => f.rule === RULE);
}

describe('announced normal hours (s.23)', () => {
  it('9 hours a day is above 8: the figures, the employee row and the ceiling cited', () => {
    const findings = check('2020-01-01,no,9');
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toBe(
      'E1: announced normal hours of 9 h a day exceed the ceiling of 8 h (hazardous: no)',
    );
    expect(findings[0].evidence).toEqual([{ file: 'employees.csv', row: 2 }]);
    expect(findings[0].params.normal_hours_per_day).toMatchObject({ value: 8, from: '1998-08-19' });
    expect(findings[0].params.hazardous_hours_per_day).toBeUndefined();
  });

  it('8 hours is the ceiling itself; none announced is nothing to check', () => {
    expect(check('2020-01-01,no,8')).toEqual([]);
    expect(check('2020-01-01,no,')).toEqual([]);
  });

  it('hazardous work: 7.5 hours is above 7, 7 is not', () => {
    const findings = check('2020-01-01,yes,7.5');
    expect(findings.map((f) => f.message)).toEqual([
      'E1: announced normal hours of 7.5 h a day exceed the ceiling of 7 h (hazardous: yes)',
    ]);
    expect(findings[0].params.hazardous_hours_per_day).toMatchObject({ value: 7 });
    expect(check('2020-01-01,yes,7')).toEqual([]);
  });

  it('the ceiling is the one in force on the first day on record, else the hire date', () => {
    // Hired before the Act: no ceiling in force on the hire date.
    expect(check('1997-01-01,no,9')).toEqual([]);
    expect(
      check('1997-01-01,no,9', { hours: 'employee_id,date,start,end\nE1,2025-08-01,08:00,17:00' }),
    ).toHaveLength(1);
    expect(
      check('1997-01-01,no,9', {
        payroll: 'employee_id,period_start,period_end,base_pay\nE1,2025-08-01,2025-08-31,20000',
      }),
    ).toHaveLength(1);
    // No hire date, no records: the as-of date.
    expect(check(',no,9', {}, '1998-08-18')).toEqual([]);
    expect(check(',no,9', {}, '1998-08-19')).toHaveLength(1);
  });

  it('without an employees file the rule is undetermined', () => {
    const r = run({ hours: 'employee_id,date,start,end\nE1,2025-08-01,08:00,17:00' }, '2025-09-30', [RULE]);
    expect(r.undetermined.map((u) => u.reason)).toEqual(['no employees file']);
  });
});
