import { describe, expect, it } from 'vitest';
import { checkData } from '../../src/api.js';
import type { Result } from '../../src/findings/result.js';
import { assemble, parseTable, type Warning } from '../../src/parse/ingest.js';
import { tableOfText } from '../../src/read/table.js';
import { pack, run } from '../helpers.js';

// s.44: no employee under 15; the sea-fishery regulation: none under 18 on board. A day counts
// when worked, or employed inside a pay period (from hire_date, else the first day worked, else
// the period start, to termination_date). One finding per employee at the first such day.

const R = 'lpa-44-minimum-age';
const EMP = 'employee_id,birth_date,province,wage_type,wage_rate,hire_date,termination_date';
const emp = (birth: string, hire = '', end = '', wage = 'monthly,12000') =>
  `${EMP}\nE1,${birth},Bangkok,${wage},${hire},${end}`;
const PAY = 'employee_id,period_start,period_end,pay_date,base_pay';
const pay = (...periods: [string, string][]) =>
  [PAY, ...periods.map(([s, e]) => `E1,${s},${e},${e},6000`)].join('\n');
const hoursOn = (...dates: string[]) =>
  ['employee_id,date,start,end', ...dates.map((d) => `E1,${d},08:00,12:00`)].join('\n');
const mine = (r: Result, rule = R) => r.findings.filter((f) => f.rule === rule);

describe('days worked under 15', () => {
  it('born 10 Aug 2010, works 4 to 6 and 12 Aug 2025 in an August pay period: 3 days, all three rows cited', () => {
    const r = run(
      {
        employees: emp('2010-08-10', '', '', 'daily,400'),
        hours: hoursOn('2025-08-04', '2025-08-05', '2025-08-06', '2025-08-12'),
        payroll: pay(['2025-08-01', '2025-08-31']),
      },
      '2025-09-30',
      [R],
    );
    const f = mine(r);
    expect(f).toHaveLength(1);
    expect(f[0].date).toBe('2025-08-04');
    expect(f[0].message).toBe(
      'E1 worked while under 15 (age 14 on 2025-08-04): 3 days worked from 2025-08-04 to 2025-08-06',
    );
    expect(f[0].evidence).toEqual([
      { file: 'employees.csv', row: 2 },
      { file: 'hours.csv', row: 2 },
      { file: 'hours.csv', row: 3 },
      { file: 'hours.csv', row: 4 },
      { file: 'payroll.csv', row: 2 },
    ]);
    expect(f[0].params).toMatchObject({
      min_age: { value: 15 },
      birth_date: '2010-08-10',
      of_age_from: '2025-08-10',
    });
  });

  it('hired 1 Aug with no pay period: the days worked, not the hire date, open the finding', () => {
    const r = run(
      {
        employees: emp('2010-08-10', '2025-08-01', '', 'daily,400'),
        hours: hoursOn('2025-08-04', '2025-08-12'),
      },
      '2025-09-30',
      [R],
    );
    expect(mine(r).map((f) => f.message)).toEqual([
      'E1 worked while under 15 (age 14 on 2025-08-04): 1 day worked from 2025-08-04 to 2025-08-04',
    ]);
  });
});

describe('days employed under 15 without hours', () => {
  it('born 15 Aug 2010, hired 20 Jul 2025, half-month periods: 12 + 14 days to 14 Aug, the period after not cited', () => {
    const r = run(
      {
        employees: emp('2010-08-15', '2025-07-20'),
        payroll: pay(
          ['2025-07-16', '2025-07-31'],
          ['2025-08-01', '2025-08-15'],
          ['2025-08-16', '2025-08-31'],
        ),
      },
      '2025-09-30',
      [R],
    );
    const f = mine(r);
    expect(f).toHaveLength(1);
    expect(f[0].date).toBe('2025-07-20');
    expect(f[0].message).toBe(
      'E1 was employed while under 15 (age 14 on 2025-07-20): 26 days employed from 2025-07-20 to 2025-08-14',
    );
    expect(f[0].evidence).toEqual([
      { file: 'employees.csv', row: 2 },
      { file: 'payroll.csv', row: 2 },
      { file: 'payroll.csv', row: 3 },
    ]);
  });

  it('terminated 25 Jul: 6 days employed, the August periods after the end count nothing', () => {
    const r = run(
      {
        employees: emp('2010-08-15', '2025-07-20', '2025-07-25'),
        payroll: pay(['2025-07-16', '2025-07-31'], ['2025-08-01', '2025-08-15']),
      },
      '2025-09-30',
      [R],
    );
    const f = mine(r);
    expect(f.map((x) => x.message)).toEqual([
      'E1 was employed while under 15 (age 14 on 2025-07-20): 6 days employed from 2025-07-20 to 2025-07-25',
    ]);
    expect(f[0].evidence).toEqual([
      { file: 'employees.csv', row: 2 },
      { file: 'payroll.csv', row: 2 },
    ]);
  });

  it('terminated 5 Aug, after the July period ends: July counts to its last day, August to the 5th', () => {
    const r = run(
      {
        employees: emp('2010-08-15', '2025-07-20', '2025-08-05'),
        payroll: pay(['2025-07-16', '2025-07-31'], ['2025-08-01', '2025-08-15']),
      },
      '2025-09-30',
      [R],
    );
    expect(mine(r).map((x) => x.message)).toEqual([
      'E1 was employed while under 15 (age 14 on 2025-07-20): 17 days employed from 2025-07-20 to 2025-08-05',
    ]);
  });

  it('hired the day before the 15th birthday inside a pay period: that one day', () => {
    const r = run(
      { employees: emp('2010-08-15', '2025-08-14'), payroll: pay(['2025-08-01', '2025-08-31']) },
      '2025-09-30',
      [R],
    );
    expect(mine(r).map((x) => x.message)).toEqual([
      'E1 was employed while under 15 (age 14 on 2025-08-14): 1 day employed from 2025-08-14 to 2025-08-14',
    ]);
  });

  it('hired 1 Aug in an August pay period, one day worked on 4 Aug: the finding opens on the hire date', () => {
    const r = run(
      {
        employees: emp('2010-08-10', '2025-08-01', '', 'daily,400'),
        hours: hoursOn('2025-08-04'),
        payroll: pay(['2025-08-01', '2025-08-31']),
      },
      '2025-09-30',
      [R],
    );
    expect(mine(r).map((x) => [x.date, x.message])).toEqual([
      [
        '2025-08-01',
        'E1 worked while under 15 (age 14 on 2025-08-01): 1 day worked from 2025-08-01 to 2025-08-04',
      ],
    ]);
  });

  it('no employees file: undetermined as such, not for a missing birth date', () => {
    const r = run({ hours: hoursOn('2025-08-04') }, '2025-09-30', [R]);
    expect(mine(r)).toEqual([]);
    expect(r.undetermined.filter((u) => u.rule === R).map((u) => u.reason)).toEqual(['no employees file']);
  });

  it('only a hire date under 15: the hire date alone, with the employees row', () => {
    const f = mine(run({ employees: emp('2010-08-15', '2025-08-14') }, '2025-09-30', [R]));
    expect(f.map((x) => x.message)).toEqual([
      'E1 was employed while under 15 (age 14 on 2025-08-14): 1 day employed from 2025-08-14 to 2025-08-14',
    ]);
    expect(f[0].evidence).toEqual([{ file: 'employees.csv', row: 2 }]);
  });

  it('hired on the 15th birthday: no finding', () => {
    expect(mine(run({ employees: emp('2010-08-15', '2025-08-15') }, '2025-09-30', [R]))).toEqual([]);
  });

  it('no day worked, no pay period, no hire date: nothing to check, not even the missing birth date', () => {
    const r = run({ employees: emp('') }, '2025-09-30', [R]);
    expect(mine(r)).toEqual([]);
    expect(r.undetermined.filter((u) => u.rule === R)).toEqual([]);
  });
});

describe('sea fishing: none under 18 on board', () => {
  const S = 'mr-sea-fishing-age';
  const fisher = (sector: string) =>
    run(
      {
        employees: `employee_id,birth_date,province,wage_type,wage_rate,sector\nE1,2008-08-10,Songkhla,daily,400,${sector}`,
        hours: hoursOn('2025-08-04', '2025-08-05'),
      },
      '2025-09-30',
      [S],
    );
  it('17 in sea fishing: a finding from the first to the last day under 18', () => {
    expect(mine(fisher('sea_fishing'), S).map((f) => f.message)).toEqual([
      'E1 worked in sea fishing while under 18 (age 16 on 2025-08-04): from 2025-08-04 to 2025-08-05',
    ]);
  });
  it('the same worker in another sector: not this rule', () => {
    expect(mine(fisher('manufacturing'), S)).toEqual([]);
  });
});

describe("a caller's own records: a birth date that is no calendar date", () => {
  // The API takes records as they come (checkData); 30 February plus 15 years is no day, so the
  // days are compared with it as dates in text: 27 and 28 February before it, 1 March after.
  it('the days worked before it are under age', () => {
    const warnings: Warning[] = [];
    const data = assemble(
      {
        employees: parseTable(
          tableOfText('employees.csv', emp('2010-02-20', '', '', 'daily,400')),
          'employees',
          warnings,
        ),
        hours: parseTable(
          tableOfText('hours.csv', hoursOn('2025-02-27', '2025-02-28', '2025-03-01')),
          'hours',
          warnings,
        ),
      },
      warnings,
    );
    const employees = data.employees.map((e) => ({ ...e, birth_date: '2010-02-30' }));
    const r = checkData({ ...data, employees }, pack(), { asOf: '2025-09-30', only: [R] });
    const f = mine(r);
    expect(f).toHaveLength(1);
    expect(f[0].date).toBe('2025-02-27');
    expect(f[0].message).toBe(
      'E1 worked while under 15 (age 14 on 2025-02-27): 2 days worked from 2025-02-27 to 2025-02-28',
    );
  });
});
