import { describe, expect, it } from 'vitest';
import { packWith, run } from '../helpers.js';

// s.48: no overtime or holiday work for under-18s; s.39/1: none for pregnant employees, except
// overtime on working days in an executive, academic, clerical or finance position.

const YOUNG = 'lpa-48-child-overtime-holiday';
const PREGNANT = 'lpa-39-1-pregnant-overtime-holiday';
const HOURS = 'employee_id,date,start,end,day_type';

function check(rule: string, employees: string, rows: string[], rules = packWith({})) {
  const r = run({ employees, hours: `${HOURS}\n${rows.join('\n')}` }, '2025-09-30', [rule], rules);
  return {
    findings: r.findings.filter((f) => f.rule === rule),
    undetermined: r.undetermined.map((u) => `${u.employee_id}: ${u.reason}`),
  };
}

const young = (birth: string) =>
  `employee_id,birth_date,province,wage_type,wage_rate\nE1,${birth},Bangkok,daily,400\nE2,1990-01-01,Bangkok,daily,400`;
const pregnant = (position: string) =>
  `employee_id,birth_date,province,wage_type,wage_rate,position_class,pregnant_from,pregnant_to\nE1,1990-01-01,Bangkok,monthly,20000,${position},2025-08-01,`;

describe('under-18s (s.48)', () => {
  it('9 hours on a work day is 1 hour of overtime: the day, the rows, no parameters', () => {
    const { findings } = check(YOUNG, young('2009-01-01'), [
      'E1,2025-08-18,08:00,12:00,work',
      'E1,2025-08-18,13:00,18:00,work',
    ]);
    expect(findings).toHaveLength(1);
    expect(findings[0].date).toBe('2025-08-18');
    expect(findings[0].message).toBe('E1 (under 18) on 2025-08-18: 1 h of overtime');
    expect(findings[0].evidence).toEqual([
      { file: 'hours.csv', row: 2 },
      { file: 'hours.csv', row: 3 },
    ]);
    expect(findings[0].params).toEqual({});
  });

  it('8 hours is no overtime; any work on a holiday is holiday work, counted with its overtime', () => {
    const { findings } = check(YOUNG, young('2009-01-01'), [
      'E1,2025-08-18,08:00,16:00,work',
      'E1,2025-08-24,08:00,11:00,weekly_holiday',
      'E1,2025-08-12,08:00,18:00,public_holiday',
    ]);
    expect(findings.map((f) => f.message)).toEqual([
      'E1 (under 18) on 2025-08-12: 10 h of work on a holiday',
      'E1 (under 18) on 2025-08-24: 3 h of work on a holiday',
    ]);
  });

  it('an adult is outside the section; no birth date is undetermined', () => {
    expect(check(YOUNG, young('1990-01-01'), ['E1,2025-08-18,08:00,19:00,work']).findings).toEqual([]);
    const none = check(YOUNG, young(''), ['E1,2025-08-18,08:00,19:00,work']);
    expect(none.findings).toEqual([]);
    expect(none.undetermined).toEqual(['E1: no birth date']);
  });
});

describe('pregnant employees (s.39/1)', () => {
  it('overtime with no exempt position is a finding citing the exempt positions', () => {
    const { findings } = check(PREGNANT, pregnant(''), ['E1,2025-08-18,08:00,18:00,work']);
    expect(findings.map((f) => f.message)).toEqual(['E1 (pregnant) on 2025-08-18: 2 h of overtime']);
    expect(findings[0].params.exempt_positions).toMatchObject({ from: '2008-05-27' });
    expect((findings[0].params.exempt_positions as { value: string[] }).value).toContain('clerical');
  });

  it('a clerical position may do overtime on working days, never holiday work', () => {
    const { findings } = check(PREGNANT, pregnant('clerical'), [
      'E1,2025-08-18,08:00,19:00,work',
      'E1,2025-08-24,08:00,10:00,weekly_holiday',
    ]);
    expect(findings.map((f) => f.message)).toEqual(['E1 (pregnant) on 2025-08-24: 2 h of work on a holiday']);
    expect(findings[0].params).toEqual({});
  });

  it('days before the pregnancy are not covered', () => {
    expect(check(PREGNANT, pregnant(''), ['E1,2025-07-31,08:00,19:00,work']).findings).toEqual([]);
  });
  it('without an hours file the rule is undetermined', () => {
    const r = run({ employees: young('2009-01-01') }, '2025-09-30', [YOUNG]);
    expect(r.undetermined.map((u) => `${u.employee_id}: ${u.reason}`)).toEqual([
      'E1: no hours file',
      'E2: no hours file',
    ]);
  });

  it('a position not in the exempt list in force is no exemption', () => {
    const executives = packWith(
      { 'lpa-39-1-pregnant-overtime-holiday.exempt_positions': ['executive'] },
      '2008-05-27',
    );
    const { findings } = check(
      PREGNANT,
      pregnant('clerical'),
      ['E1,2025-08-18,08:00,18:00,work'],
      executives,
    );
    expect(findings.map((f) => f.message)).toEqual(['E1 (pregnant) on 2025-08-18: 2 h of overtime']);
    expect(
      check(PREGNANT, pregnant('executive'), ['E1,2025-08-18,08:00,18:00,work'], executives).findings,
    ).toEqual([]);
  });
});
