import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// s.31: no overtime or holiday work in hazardous work, whose normal limit is 7 hours a day.

const RULE = 'lpa-31-hazardous-overtime';
const HOURS = 'employee_id,date,start,end,day_type';

function check(hazardous: string | undefined, rows: string[]) {
  const employees =
    hazardous === undefined
      ? 'employee_id,birth_date,province,wage_type,wage_rate\nE1,1990-01-01,Bangkok,monthly,20000'
      : `employee_id,birth_date,province,wage_type,wage_rate,hazardous\nE1,1990-01-01,Bangkok,monthly,20000,${hazardous}`;
  const r = run({ employees, hours: `${HOURS}\n${rows.join('\n')}` }, '2025-09-30', [RULE]);
  return {
    findings: r.findings.filter((f) => f.rule === RULE),
    undetermined: r.undetermined.map((u) => u.reason),
  };
}

describe('no overtime or holiday work in hazardous work (s.31)', () => {
  it('8 hours on a work day is 1 hour over the 7: the day, hours, rows and the limit cited', () => {
    const { findings } = check('yes', ['E1,2025-08-18,08:00,12:00,work', 'E1,2025-08-18,13:00,17:00,work']);
    expect(findings).toHaveLength(1);
    expect(findings[0].date).toBe('2025-08-18');
    expect(findings[0].message).toBe(
      'E1 on 2025-08-18: 1 h of overtime or holiday work (work) in hazardous work',
    );
    expect(findings[0].evidence).toEqual([
      { file: 'hours.csv', row: 2 },
      { file: 'hours.csv', row: 3 },
    ]);
    expect(findings[0].params.hazardous_hours_per_day).toMatchObject({ value: 7 });
  });

  it('7 hours is within the limit; 3 hours on a weekly holiday and 9 on a public holiday are not', () => {
    const { findings } = check('yes', [
      'E1,2025-08-18,08:00,15:00,work',
      'E1,2025-08-24,08:00,11:00,weekly_holiday',
      'E1,2025-08-12,08:00,17:00,public_holiday',
    ]);
    expect(findings.map((f) => f.message)).toEqual([
      'E1 on 2025-08-12: 9 h of overtime or holiday work (public_holiday) in hazardous work',
      'E1 on 2025-08-24: 3 h of overtime or holiday work (weekly_holiday) in hazardous work',
    ]);
  });

  it('not hazardous: nothing, and nothing undetermined', () => {
    expect(check('no', ['E1,2025-08-18,08:00,19:00,work'])).toEqual({ findings: [], undetermined: [] });
  });

  it('no hazardous column: unknown only when there is overtime or holiday work', () => {
    expect(check(undefined, ['E1,2025-08-18,08:00,19:00,work']).undetermined).toEqual([
      'column hazardous not in employees.csv: overtime or holiday work, hazardous work unknown',
    ]);
    expect(check(undefined, ['E1,2025-08-24,08:00,10:00,weekly_holiday']).undetermined).toHaveLength(1);
    expect(check(undefined, ['E1,2025-08-18,08:00,15:00,work'])).toEqual({ findings: [], undetermined: [] });
  });
  it('without an hours file the rule is undetermined', () => {
    const r = run(
      {
        employees:
          'employee_id,birth_date,province,wage_type,wage_rate,hazardous\nE1,1990-01-01,Bangkok,monthly,20000,yes',
      },
      '2025-09-30',
      [RULE],
    );
    expect(r.undetermined.map((u) => u.reason)).toEqual(['no hours file']);
  });

  it('no hazardous column: one day of overtime among normal days is enough; so is a double shift on a holiday', () => {
    const mixed = check(undefined, ['E1,2025-08-18,08:00,15:00,work', 'E1,2025-08-19,08:00,19:00,work']);
    expect(mixed.undetermined).toEqual([
      'column hazardous not in employees.csv: overtime or holiday work, hazardous work unknown',
    ]);
    // 16 hours on a weekly holiday: 8 of holiday work and 8 of holiday overtime.
    expect(check(undefined, ['E1,2025-08-24,06:00,22:00,weekly_holiday']).undetermined).toHaveLength(1);
  });
});
