import { describe, expect, it } from 'vitest';
import type { CheckContext } from '../../src/evaluate/check.js';
import { twoBooks } from '../../src/evaluate/checks/two-books.js';
import type { Result } from '../../src/findings/result.js';
import { run } from '../helpers.js';

// Two sets of books (integrity-two-books, a warning, not a breach): days worked and overtime
// paid compared with the hours file only for a period the hours cover from its first week to
// its last (tolerance 1 day, 2 h); hours outside hire..termination; a paid period with no hours
// while others' hours cover it. 2025-08-04 is a Monday.

const R = 'integrity-two-books';
const EMP = 'employee_id,birth_date,province,wage_type,wage_rate';
const emp = (ids: string[], extra = '', cells = '') =>
  [`${EMP}${extra}`, ...ids.map((id) => `${id},1990-01-01,Bangkok,daily,400${cells}`)].join('\n');
const PAY = 'employee_id,period_start,period_end,pay_date,base_pay';
const aug = (d: number) => `2025-08-${String(d).padStart(2, '0')}`;
/** Two stretches a day (08:00-12:00, 13:00-`end`): 8 h to 17:00, more is overtime. */
const hours = (id: string, days: number[], end = (_d: number) => '17:00') =>
  days.flatMap((d) => [`${id},${aug(d)},08:00,12:00`, `${id},${aug(d)},13:00,${end(d)}`]);
const table = (rows: string[]) => ['employee_id,date,start,end', ...rows].join('\n');
const mine = (r: Result) => r.findings.filter((f) => f.rule === R);
const rowsOf = (from: number, n: number) =>
  Array.from({ length: n }, (_, i) => ({ file: 'hours.csv', row: from + i }));

describe('days worked: payroll against hours file', () => {
  it('7 days paid, 5 in the hours file: the days, both files rows and the 1-day tolerance', () => {
    const r = run(
      {
        employees: emp(['E1']),
        hours: table(hours('E1', [4, 5, 6, 7, 8])),
        payroll: `${PAY},days_worked\nE1,2025-08-04,2025-08-10,2025-08-10,2800,7`,
      },
      '2025-09-30',
      [R],
    );
    const f = mine(r);
    expect(f).toHaveLength(1);
    expect(f[0].period).toEqual({ start: '2025-08-04', end: '2025-08-10' });
    expect(f[0].message).toBe(
      'E1: the payroll pays 7 days worked for 2025-08-04 to 2025-08-10, the hours file shows 5 (more than 1 apart): two sets of books?',
    );
    expect(f[0].evidence).toEqual([...rowsOf(2, 10), { file: 'payroll.csv', row: 2 }]);
    expect(f[0].params).toMatchObject({ days_tolerance: { value: 1 } });
  });

  describe('a month compared only when the hours cover its first and last week', () => {
    // August 2025: covered when the first day with hours is on or before 7 Aug (start + 6)
    // and the last on or after 25 Aug (end - 6). The payroll states 5 days more than the hours.
    const month = (first: number, last: number) => {
      const days = Array.from({ length: last - first + 1 }, (_, i) => first + i);
      return mine(
        run(
          {
            employees: emp(['E1']),
            hours: table(hours('E1', days)),
            payroll: `${PAY},days_worked\nE1,2025-08-01,2025-08-31,2025-08-31,12000,${days.length + 5}`,
          },
          '2025-09-30',
          [R],
        ),
      ).map((f) => f.message);
    };
    it('hours 7 to 25 Aug: covered, 24 paid against 19', () => {
      expect(month(7, 25)).toEqual([
        'E1: the payroll pays 24 days worked for 2025-08-01 to 2025-08-31, the hours file shows 19 (more than 1 apart): two sets of books?',
      ]);
    });
    it('hours from 8 Aug (the first week missing): no comparison', () => {
      expect(month(8, 25)).toEqual([]);
    });
    it('hours to 24 Aug (the last week missing): no comparison', () => {
      expect(month(7, 24)).toEqual([]);
    });
  });
});

describe('overtime hours: payroll against hours file', () => {
  // 80 min of overtime on 4 Aug (to 18:20) and 60 on 5 Aug (to 18:00): 140 min = 2.33 h.
  const ot = (paid: string) =>
    mine(
      run(
        {
          employees: emp(['E1']),
          hours: table(hours('E1', [4, 5, 6, 7, 8], (d) => ({ 4: '18:20', 5: '18:00' })[d] ?? '17:00')),
          payroll: `${PAY},ot_hours\nE1,2025-08-04,2025-08-10,2025-08-10,2000,${paid}`,
        },
        '2025-09-30',
        [R],
      ),
    );
  it('5 h paid against 2.33 h: the hours rounded to the cent of an hour, rows of the overtime days only', () => {
    const f = ot('5');
    expect(f).toHaveLength(1);
    expect(f[0].message).toBe(
      'E1: the payroll shows 5 h of overtime for 2025-08-04 to 2025-08-10, the hours file 2.33 h (more than 2 h apart): two sets of books?',
    );
    expect(f[0].evidence).toEqual([...rowsOf(2, 4), { file: 'payroll.csv', row: 2 }]);
    expect(f[0].params).toMatchObject({ ot_hours_tolerance: { value: 2 } });
  });
  it('4.33 h paid, 2 h apart: within the tolerance', () => {
    expect(ot('4.33')).toEqual([]);
  });
});

describe('hours outside the employment span', () => {
  it('hired 6 Aug: 2 days before it, from 4 Aug, with the employees row', () => {
    const r = mine(
      run(
        {
          employees: emp(['E1'], ',hire_date', ',2025-08-06'),
          hours: table(hours('E1', [4, 5, 6, 7, 8])),
          payroll: `${PAY}\nE1,2025-08-04,2025-08-10,2025-08-10,2000`,
        },
        '2025-09-30',
        [R],
      ),
    );
    expect(r).toHaveLength(1);
    expect(r[0].date).toBe('2025-08-04');
    expect(r[0].message).toBe(
      'E1: 2 days of hours outside the employment span (hired 2025-08-06, terminated -), the first on 2025-08-04',
    );
    expect(r[0].evidence).toEqual([{ file: 'employees.csv', row: 2 }, ...rowsOf(2, 4)]);
  });
  it('terminated 6 Aug with no hire date: 2 days after it, from 7 Aug', () => {
    const r = run(
      {
        employees: emp(['E1'], ',termination_date', ',2025-08-06'),
        hours: table(hours('E1', [4, 5, 6, 7, 8])),
        payroll: `${PAY}\nE1,2025-08-04,2025-08-10,2025-08-10,2000`,
      },
      '2025-09-30',
      [R],
    );
    expect(mine(r).map((f) => f.message)).toEqual([
      'E1: 2 days of hours outside the employment span (hired -, terminated 2025-08-06), the first on 2025-08-07',
    ]);
  });
  it('hired on the first day with hours: nothing outside', () => {
    const r = run(
      {
        employees: emp(['E1'], ',hire_date', ',2025-08-04'),
        hours: table(hours('E1', [4, 5, 6, 7, 8])),
        payroll: `${PAY}\nE1,2025-08-04,2025-08-10,2025-08-10,2000`,
      },
      '2025-09-30',
      [R],
    );
    expect(mine(r)).toEqual([]);
  });
  it('no payroll file: the rule is undetermined, not run on the hours alone', () => {
    const r = run(
      { employees: emp(['E1'], ',hire_date', ',2025-08-06'), hours: table(hours('E1', [4, 5, 6, 7, 8])) },
      '2025-09-30',
      [R],
    );
    expect(mine(r)).toEqual([]);
    expect(r.undetermined.filter((u) => u.rule === R).map((u) => u.reason)).toEqual(['no payroll file']);
  });
});

describe('a paid period with no hours while others have hours in it', () => {
  // E2 has no hours at all; E1's hours fall on 4, 5 and 10 Aug (the period's last day).
  const paid = (base: string, other = '') =>
    run(
      {
        employees: emp(['E1', 'E2']),
        hours: table(hours('E1', [4, 5, 10])),
        payroll: `${PAY},other_wages\nE1,2025-08-04,2025-08-10,2025-08-10,1200,\nE2,2025-08-04,2025-08-10,2025-08-10,${base},${other}`,
      },
      '2025-09-30',
      [R],
    );
  it('E2 paid 2,000 baht: a warning naming the 3 days with others hours, to the last day', () => {
    const f = mine(paid('2000'));
    expect(f.map((x) => x.employee_id)).toEqual(['E2']);
    expect(f[0].period).toEqual({ start: '2025-08-04', end: '2025-08-10' });
    expect(f[0].message).toBe(
      "E2: paid for 2025-08-04 to 2025-08-10 with no hours in the hours file, which has other employees' hours on 3 days of it",
    );
    expect(f[0].evidence).toEqual([{ file: 'payroll.csv', row: 3 }]);
  });
  it('E2 paid other wages of 500 baht and no base pay: still paid', () => {
    expect(mine(paid('0', '500')).map((x) => x.employee_id)).toEqual(['E2']);
  });
  it('E2 paid nothing: no warning', () => {
    expect(mine(paid('0'))).toEqual([]);
  });
});

describe('what is kept of each employee for the paid periods of others', () => {
  it('a year worked, five days a week: a byte a day, 3 for the first day, and the count', () => {
    const worked = Array.from({ length: 365 }, (_, i) => 20_000 + i)
      .filter((d) => d % 7 < 5)
      .map((day) => ({ day, workedMin: 480, date: '2024-10-04', overtimeMin: 0 }));
    let kept: { empty: unknown[]; days: number; packed: Uint8Array } | undefined;
    const ctx = {
      facts: { employee: { row: 2 }, days: worked, periods: [], undatedRows: [] },
      keep: (v: typeof kept) => (kept = v),
    } as unknown as CheckContext;
    twoBooks.run(ctx);
    expect(kept?.days).toBe(worked.length);
    expect(kept?.packed.length).toBe(worked.length + 2);
    expect(kept?.empty).toEqual([]);
  });
});
