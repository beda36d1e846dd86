import { describe, expect, it } from 'vitest';
import { allEmployeeFacts, daysWithin, type EmployeeFacts, employeeFacts } from '../../src/facts/employee.js';
import type { DataSet } from '../../src/parse/dataset.js';
import { assemble, parseTable, type Warning } from '../../src/parse/ingest.js';
import type { FileKind } from '../../src/parse/records.js';
import { tableOfText } from '../../src/read/table.js';
import { pack } from '../helpers.js';

// The facts of each employee: their own work days, work weeks and pay periods, each period
// holding the work days from its first to its last day, both counted.

function dataOf(files: Partial<Record<FileKind, string>>): DataSet {
  const warnings: Warning[] = [];
  const part = <K extends FileKind>(k: K) =>
    files[k] === undefined ? undefined : parseTable(tableOfText(`${k}.csv`, files[k]!), k, warnings);
  return assemble({ employees: part('employees'), hours: part('hours'), payroll: part('payroll') }, warnings);
}

const factsOf = (data: DataSet, weekStart = 0): EmployeeFacts[] => [
  ...allEmployeeFacts(data, { params: pack().params, wages: pack().wages, weekStart }),
];

const EMPLOYEES =
  'employee_id,birth_date,province,wage_type,wage_rate\nE1,1990-01-01,Bangkok,daily,400\nE2,1990-01-01,Bangkok,daily,400\nE3,1990-01-01,Bangkok,daily,400';

describe('facts of each employee', () => {
  it('each employee gets their own days and periods, one with none at all', () => {
    const facts = factsOf(
      dataOf({
        employees: EMPLOYEES,
        hours:
          'employee_id,date,start,end\nE2,2025-07-31,08:00,17:00\nE2,2025-08-01,08:00,17:00\nE3,2025-08-01,08:00,12:00\nE3,2025-08-02,08:00,12:00',
        payroll:
          'employee_id,period_start,period_end,pay_date,base_pay\nE2,2025-08-01,2025-08-31,2025-08-31,400\nE3,2025-07-01,2025-07-31,2025-07-31,0\nE3,2025-08-01,2025-08-31,2025-08-31,800',
      }),
    );
    expect(facts.map((f) => f.employee.employee_id)).toEqual(['E1', 'E2', 'E3']);
    const [e1, e2, e3] = facts;
    expect(e1.days).toEqual([]);
    expect(e1.periods).toEqual([]);
    expect(e1.weeks).toEqual([]);
    expect(e2.days.map((d) => d.date)).toEqual(['2025-07-31', '2025-08-01']);
    expect(e2.periods).toHaveLength(1);
    expect(e2.periods[0]).toMatchObject({ employee_id: 'E2', start: '2025-08-01', end: '2025-08-31' });
    expect(e2.periods[0].pay.base_pay).toBe(40000);
    // 31 July is outside the period of August.
    expect(e2.periods[0].days.map((d) => d.date)).toEqual(['2025-08-01']);
    expect(e3.days.map((d) => [d.date, d.workedMin])).toEqual([
      ['2025-08-01', 240],
      ['2025-08-02', 240],
    ]);
    expect(e3.periods.map((p) => [p.start, p.days.length])).toEqual([
      ['2025-07-01', 0],
      ['2025-08-01', 2],
    ]);
  });

  it('a period holds its first and last day and nothing beyond', () => {
    const [f] = factsOf(
      dataOf({
        employees: EMPLOYEES.split('\n').slice(0, 2).join('\n'),
        hours:
          'employee_id,date,start,end\nE1,2025-07-15,08:00,17:00\nE1,2025-07-16,08:00,17:00\nE1,2025-07-31,08:00,17:00\nE1,2025-08-01,08:00,17:00',
        payroll:
          'employee_id,period_start,period_end,pay_date,base_pay\nE1,2025-07-16,2025-07-31,2025-07-31,800',
      }),
    );
    expect(f.periods[0].days.map((d) => d.date)).toEqual(['2025-07-16', '2025-07-31']);
  });

  it('work weeks start on the given weekday: Sunday 3 and Monday 4 August apart from Monday, together from Sunday', () => {
    const data = dataOf({
      employees: EMPLOYEES.split('\n').slice(0, 2).join('\n'),
      hours: 'employee_id,date,start,end\nE1,2025-08-03,08:00,17:00\nE1,2025-08-04,08:00,17:00',
    });
    expect(factsOf(data, 0)[0].weeks.map((w) => [w.start, w.days.length])).toEqual([
      ['2025-07-28', 1],
      ['2025-08-04', 1],
    ]);
    expect(factsOf(data, 6)[0].weeks.map((w) => [w.start, w.days.length])).toEqual([['2025-08-03', 2]]);
  });

  it('work on a day no parameter is in force for is set aside with the reason, not a work day', () => {
    const [f] = factsOf(
      dataOf({
        employees: EMPLOYEES.split('\n').slice(0, 2).join('\n'),
        hours: 'employee_id,date,start,end\nE1,1998-08-18,08:00,17:00\nE1,1998-08-19,08:00,17:00',
      }),
    );
    expect(f.days.map((d) => d.date)).toEqual(['1998-08-19']);
    expect(f.skippedDays).toEqual([
      { date: '1998-08-18', reason: expect.stringContaining('no number in force on 1998-08-18') },
    ]);
  });

  it('hours and payroll rows of an id not among the employees are passed over, not given to the next', () => {
    // assemble rejects such rows; the facts do not rely on it.
    const data = dataOf({
      employees: EMPLOYEES,
      hours: 'employee_id,date,start,end\nE2,2025-08-01,08:00,17:00',
      payroll:
        'employee_id,period_start,period_end,pay_date,base_pay\nE2,2025-08-01,2025-08-31,2025-08-31,400',
    });
    const stray = (id: string) => ({
      stretch: { ...data.stretches[0], employee_id: id },
      pay: { ...data.payroll[0], employee_id: id },
    });
    const [e0, e15, e4] = [stray('E0'), stray('E15'), stray('E4')];
    const facts = factsOf({
      ...data,
      stretches: [e0.stretch, e15.stretch, ...data.stretches, e4.stretch],
      payroll: [e0.pay, e15.pay, ...data.payroll, e4.pay],
    });
    expect(facts.map((f) => [f.employee.employee_id, f.days.length, f.periods.length])).toEqual([
      ['E1', 0, 0],
      ['E2', 1, 1],
      ['E3', 0, 0],
    ]);
  });
});

describe('the work days of a pay period', () => {
  const dates = [
    '2025-07-01',
    '2025-07-02',
    '2025-07-04',
    '2025-07-07',
    '2025-07-08',
    '2025-07-31',
    '2025-08-01',
  ];
  const HOURS = `employee_id,date,start,end\n${dates.map((d) => `E1,${d},08:00,12:00`).join('\n')}`;
  // Periods before, after, around and inside the days, one day long, and overlapping.
  const PERIODS: [string, string][] = [
    ['2025-06-01', '2025-06-30'],
    ['2025-06-15', '2025-07-01'],
    ['2025-07-01', '2025-07-01'],
    ['2025-07-03', '2025-07-03'],
    ['2025-07-02', '2025-07-07'],
    ['2025-07-03', '2025-07-08'],
    ['2025-07-01', '2025-07-31'],
    ['2025-07-31', '2025-08-01'],
    ['2025-08-01', '2025-08-31'],
    ['2025-08-02', '2025-08-31'],
  ];
  const PAYROLL = `employee_id,period_start,period_end,pay_date,base_pay\n${PERIODS.map(([s, e]) => `E1,${s},${e},${e},100`).join('\n')}`;
  const within = (s: string, e: string) => dates.filter((d) => d >= s && d <= e);

  it('each period holds exactly the days from its first to its last, in date order', () => {
    const [f] = factsOf(dataOf({ employees: EMPLOYEES, hours: HOURS, payroll: PAYROLL }));
    expect(f.periods).toHaveLength(PERIODS.length);
    for (const p of f.periods) expect(p.days.map((d) => d.date)).toEqual(within(p.start, p.end));
    const second = f.periods.find((p) => p.start === '2025-07-02')!;
    expect(second.days.map((d) => d.date)).toEqual(['2025-07-02', '2025-07-04', '2025-07-07']);
    // The period's days are the employee's work days themselves, not copies.
    expect(f.periods.find((p) => p.end === '2025-07-01' && p.start === '2025-07-01')!.days[0]).toBe(
      f.days[0],
    );
  });

  it('stretches handed over out of date order still give each period its own days, in the order of the days', () => {
    const data = dataOf({ employees: EMPLOYEES, hours: HOURS, payroll: PAYROLL });
    const e1 = data.employees[0];
    const stretches = data.stretches.filter((s) => s.employee_id === 'E1').reverse();
    const f = employeeFacts(e1, stretches, data.payroll, {
      params: pack().params,
      wages: pack().wages,
      weekStart: 0,
    });
    expect(f.days.map((d) => d.date)).toEqual([...dates].reverse());
    expect(f.periods).toHaveLength(PERIODS.length);
    for (const p of f.periods) expect(p.days.map((d) => d.date)).toEqual(within(p.start, p.end).reverse());
  });

  it('daysWithin finds the run of days by halving: none, the first, the last, all', () => {
    const [f] = factsOf(dataOf({ employees: EMPLOYEES, hours: HOURS }));
    const of = (s: string, e: string) => daysWithin(f.days, s, e).map((d) => d.date);
    expect(of('2025-01-01', '2025-06-30')).toEqual([]);
    expect(of('2025-09-01', '2025-09-30')).toEqual([]);
    expect(of('2025-07-05', '2025-07-06')).toEqual([]);
    expect(of('2025-07-01', '2025-07-01')).toEqual(['2025-07-01']);
    expect(of('2025-08-01', '2025-08-01')).toEqual(['2025-08-01']);
    expect(of('2025-07-05', '2025-07-07')).toEqual(['2025-07-07']);
    expect(of('2025-01-01', '2025-12-31')).toEqual(dates);
    for (let i = 0; i < dates.length; i++)
      for (let j = i; j < dates.length; j++) expect(of(dates[i], dates[j])).toEqual(dates.slice(i, j + 1));
  });
});
