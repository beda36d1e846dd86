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
      facts: { employee: { row: 2 }, days: worked, periods: [], undatedRows: [], incomplete: new Map() },
      keep: (v: typeof kept) => (kept = v),
    } as unknown as CheckContext;
    twoBooks.run(ctx);
    expect(kept?.days).toBe(worked.length);
    expect(kept?.packed.length).toBe(worked.length + 2);
    expect(kept?.empty).toEqual([]);
  });
});

describe('overtime paid that days of unknown length may hold: undetermined, naming them', () => {
  const paidOt = (rows: string[], paid: string, head = 'employee_id,date,start,end') =>
    run(
      {
        employees: emp(['E1']),
        hours: [head, ...rows].join('\n'),
        payroll: `${PAY},ot_hours\nE1,2025-08-04,2025-08-10,2025-08-10,2000,${paid}`,
      },
      '2025-09-30',
      [R],
    );
  const reasonIds = (r: Result) =>
    r.undetermined.filter((u) => u.rule === R).flatMap((u) => (u.reasons ?? []).map((x) => x.id));
  // 4 Aug 06:00-15:00 and 22:00-07:00: 2 h of overtime at the least (two work days), 15 h at the
  // most (one day, the 7 h gap a break whose 5 h beyond 2 h are work): up to 13 h more.
  const GAP = ['E1,2025-08-04,06:00,15:00', 'E1,2025-08-04,22:00,07:00'];
  it('17 h paid against 2 h, within the 13 h the gap may hold and the 2 h tolerance: undetermined, the day named', () => {
    const r = paidOt(GAP, '17');
    expect(mine(r)).toEqual([]);
    expect(reasonIds(r)).toEqual(['shift_gap_unknown']);
    expect(r.undetermined.find((u) => u.rule === R)?.reasons?.[0].params?.dates).toBe('2025-08-04');
  });
  it('17.5 h paid: beyond what the gap may hold, a finding at the 2 h counted', () => {
    const r = paidOt(GAP, '17.5');
    expect(mine(r).map((f) => f.message)).toEqual([
      'E1: the payroll shows 17.5 h of overtime for 2025-08-04 to 2025-08-10, the hours file 2 h (more than 2 h apart): two sets of books?',
    ]);
    expect(reasonIds(r)).toEqual([]);
  });
  // A Thai summary row 07:00-19:00 is one span with its break not recorded: 2 h of overtime at the
  // least (a 2 h break taken), 4 h at the most (none).
  const SPAN = ['E1,2025-08-04,07:00,19:00'];
  const TH = 'รหัสพนักงาน,วันที่,เวลาเข้า,เวลาออก';
  it('4 h paid against 2 h: within the tolerance, nothing said', () => {
    const r = paidOt(SPAN, '4', TH);
    expect([mine(r), reasonIds(r)]).toEqual([[], []]);
  });
  it('6 h paid: within the 2 h the break may hold and the tolerance: undetermined, breaks not recorded', () => {
    const r = paidOt(SPAN, '6', TH);
    expect(mine(r)).toEqual([]);
    expect(reasonIds(r)).toEqual(['breaks_unrecorded']);
  });
  it('6.5 h paid: a finding', () => {
    const r = paidOt(SPAN, '6.5', TH);
    expect(mine(r).map((f) => f.message)).toEqual([
      'E1: the payroll shows 6.5 h of overtime for 2025-08-04 to 2025-08-10, the hours file 2 h (more than 2 h apart): two sets of books?',
    ]);
    expect(reasonIds(r)).toEqual([]);
  });
});

describe('hours outside a span whose dates are typed wrong: undetermined, not a finding', () => {
  const outside = (cols: string, cells: string, birth = '1990-01-01') =>
    run(
      {
        employees: `${EMP},${cols}\nE1,${birth},Bangkok,daily,400,${cells}`,
        hours: table(hours('E1', [4, 5, 6, 7, 8])),
        payroll: `${PAY}\nE1,2025-08-04,2025-08-10,2025-08-10,2000`,
      },
      '2025-09-30',
      [R],
    );
  const said = (r: Result) =>
    r.undetermined.filter((u) => u.rule === R).flatMap((u) => (u.reasons ?? []).map((x) => [x.id, x.params]));
  it('hired 2026-08-06, after the as-of date 2025-09-30 (a year typed wrong): every day before it, no finding', () => {
    const r = outside('hire_date', '2026-08-06');
    expect(mine(r)).toEqual([]);
    expect(said(r)).toEqual([['hire_after_as_of', { hire: '2026-08-06', as_of: '2025-09-30' }]]);
  });
  it('hired on the as-of date: a plausible hire date, the 5 days before it a finding', () => {
    const r = run(
      {
        employees: `${EMP},hire_date\nE1,1990-01-01,Bangkok,daily,400,2025-08-09`,
        hours: table(hours('E1', [4, 5, 6, 7, 8])),
        payroll: `${PAY}\nE1,2025-08-04,2025-08-10,2025-08-10,2000`,
      },
      '2025-08-09',
      [R],
    );
    expect(mine(r).map((f) => f.message)).toEqual([
      'E1: 5 days of hours outside the employment span (hired 2025-08-09, terminated -), the first on 2025-08-04',
    ]);
  });
  it('terminated 2025-08-01, before the hire date 2025-08-06: the days after it say nothing', () => {
    const r = outside('hire_date,termination_date', '2025-08-06,2025-08-01');
    expect(mine(r)).toEqual([]);
    expect(said(r)).toEqual([['termination_before_hire', { termination: '2025-08-01', hire: '2025-08-06' }]]);
  });
  it('hired 1995-01-01, before the 10th birthday of one born in 1990: the 2 days after termination say nothing', () => {
    const r = outside('hire_date,termination_date', '1995-01-01,2025-08-06');
    expect(mine(r)).toEqual([]);
    expect(said(r)).toEqual([
      ['hire_before_work_age', { hire: '1995-01-01', age: 10, birthday: '2000-01-01' }],
    ]);
  });
  it('plausible dates, 2 days after termination: the finding, nothing undetermined', () => {
    const r = outside('hire_date,termination_date', '2020-01-01,2025-08-06');
    expect(mine(r).map((f) => f.message)).toEqual([
      'E1: 2 days of hours outside the employment span (hired 2020-01-01, terminated 2025-08-06), the first on 2025-08-07',
    ]);
    expect(said(r)).toEqual([]);
  });
});

describe('a paid period with no hours is no sign where its hours may be elsewhere', () => {
  // E1's hours on 4, 5 and 10 Aug; E2 paid 2,000 for 4-10 Aug with no day worked in the hours.
  const paid = (e2: string[], asOf = '2025-09-30') =>
    run(
      {
        employees: emp(['E1', 'E2']),
        hours: table([...hours('E1', [4, 5, 10]), ...e2]),
        payroll: `${PAY}\nE1,2025-08-04,2025-08-10,2025-08-10,1200\nE2,2025-08-04,2025-08-10,2025-08-10,2000`,
      },
      asOf,
      [R],
    );
  it('a row of E2 on 6 Aug rejected (an end of 25:99): its hours were lost, not absent', () => {
    const r = paid(['E2,2025-08-06,08:00,25:99']);
    expect(mine(r)).toEqual([]);
  });
  it('the period ends after the as-of date 2025-08-09: its later hours were not read', () => {
    const r = paid([], '2025-08-09');
    expect(mine(r)).toEqual([]);
  });
  it('a row of E2 without a readable date: undetermined for the period, naming the row', () => {
    const r = paid(['E2,06/13/2025x,08:00,17:00']);
    expect(mine(r)).toEqual([]);
    const u = r.undetermined.filter((x) => x.rule === R);
    expect(u.map((x) => [x.employee_id, x.reasons?.[0].period])).toEqual([
      ['E2', { start: '2025-08-04', end: '2025-08-10' }],
    ]);
  });
  it('no row of E2 at all: the warning (the case the three above are not)', () => {
    expect(mine(paid([])).map((f) => f.employee_id)).toEqual(['E2']);
  });
});

describe('more days paid than the hours show, and what may make up the difference (tolerance 1 day)', () => {
  // Hours on Monday 4 to Thursday 7 Aug (4 days); the period 4-10 Aug.
  const daysPaid = (paid: number, rows: string[] = [], holidays?: string, type = 'daily') =>
    run(
      {
        employees: [EMP, `E1,1990-01-01,Bangkok,${type},400`].join('\n'),
        hours: table([...hours('E1', [4, 5, 6, 7]), ...rows]),
        payroll: `${PAY},days_worked\nE1,2025-08-04,2025-08-10,2025-08-10,2000,${paid}`,
        ...(holidays ? { holidays: `date,name\n${holidays}` } : {}),
      },
      '2025-09-30',
      [R],
    );
  const ids = (r: Result) =>
    r.undetermined.filter((u) => u.rule === R).flatMap((u) => (u.reasons ?? []).map((x) => x.id));
  it('6 paid, a rejected row on 8 Aug: 4 + 1 may be 5, within 1: undetermined, naming the day', () => {
    const r = daysPaid(6, ['E1,2025-08-08,08:00,25:99']);
    expect(mine(r)).toEqual([]);
    expect(ids(r)).toEqual(['hours_rows_rejected']);
    expect(r.undetermined.find((u) => u.rule === R)?.reasons?.[0].params?.dates).toBe('2025-08-08');
  });
  it('7 paid, a rejected row on 8 Aug: 7 against at most 5, a finding', () => {
    expect(mine(daysPaid(7, ['E1,2025-08-08,08:00,25:99'])).map((f) => f.message)).toEqual([
      'E1: the payroll pays 7 days worked for 2025-08-04 to 2025-08-10, the hours file shows 4 (more than 1 apart): two sets of books?',
    ]);
  });
  it('6 paid, an announced holiday on 8 Aug not worked: paid to daily staff, nothing said', () => {
    const r = daysPaid(6, [], '2025-08-08,Holiday');
    expect([mine(r), ids(r)]).toEqual([[], []]);
  });
  it('7 paid, an announced holiday on 8 Aug: 7 against at most 5, a finding', () => {
    expect(mine(daysPaid(7, [], '2025-08-08,Holiday'))).toHaveLength(1);
  });
  it('3 paid against 4 worked: within 1, nothing; 2 paid: a finding', () => {
    expect(mine(daysPaid(3))).toEqual([]);
    expect(mine(daysPaid(2)).map((f) => f.message)).toEqual([
      'E1: the payroll pays 2 days worked for 2025-08-04 to 2025-08-10, the hours file shows 4 (more than 1 apart): two sets of books?',
    ]);
  });
  it('2 paid against 4 worked, 2 of them on announced holidays (6 and 7 Aug): paid as holiday work, undetermined naming them', () => {
    const r = daysPaid(2, [], '2025-08-06,A\n2025-08-07,B');
    expect(mine(r)).toEqual([]);
    expect(ids(r)).toEqual(['days_holiday_work']);
    expect(r.undetermined.find((u) => u.rule === R)?.reasons?.[0].params?.dates).toBe(
      '2025-08-06, 2025-08-07',
    );
  });
  it('0 days paid with wages: the export counts no days, undetermined', () => {
    const r = daysPaid(0);
    expect(mine(r)).toEqual([]);
    expect(ids(r)).toEqual(['days_paid_zero']);
  });
  it('a month paid 30 days against 10 in the hours: a monthly wage pays every day (undetermined), a daily one is a finding', () => {
    const month = (type: string) =>
      run(
        {
          employees: [EMP, `E1,1990-01-01,Bangkok,${type},12000`].join('\n'),
          hours: table(hours('E1', [4, 5, 6, 7, 8, 25, 26, 27, 28, 29])),
          payroll: `${PAY},days_worked\nE1,2025-08-01,2025-08-31,2025-08-31,12000,30`,
        },
        '2025-09-30',
        [R],
      );
    const monthly = month('monthly');
    expect(mine(monthly)).toEqual([]);
    expect(ids(monthly)).toEqual(['days_paid_not_worked']);
    expect(mine(month('daily')).map((f) => f.message)).toEqual([
      'E1: the payroll pays 30 days worked for 2025-08-01 to 2025-08-31, the hours file shows 10 (more than 1 apart): two sets of books?',
    ]);
  });
});

describe('overtime paid against days with a rejected row (tolerance 2 h)', () => {
  // 4 and 5 Aug 08:00-12:00, 13:00-20:00: 3 h of overtime each; the 4th also has a rejected row.
  const ot = (paid: string, rows: string[]) =>
    run(
      {
        employees: emp(['E1']),
        hours: table(rows),
        payroll: `${PAY},ot_hours\nE1,2025-08-04,2025-08-10,2025-08-10,2000,${paid}`,
      },
      '2025-09-30',
      [R],
    );
  const LONG = [...hours('E1', [4, 5], () => '20:00'), 'E1,2025-08-04,21:00,25:99'];
  const said = (r: Result) =>
    r.undetermined
      .filter((u) => u.rule === R)
      .flatMap((u) => (u.reasons ?? []).map((x) => `${x.id} ${x.params?.dates}`));
  it('5 h paid against none, a rejected row on 9 Aug: the row may hold it, undetermined naming the 9th', () => {
    const r = ot('5', [...hours('E1', [4, 5, 6, 7, 8]), 'E1,2025-08-09,08:00,25:99']);
    expect(mine(r)).toEqual([]);
    expect(said(r)).toEqual(['hours_rows_rejected 2025-08-09']);
  });
  it('9 h paid against 6 h, the 4th with a rejected row: more paid than counted, undetermined naming the 4th', () => {
    const r = ot('9', LONG);
    expect(mine(r)).toEqual([]);
    expect(said(r)).toEqual(['hours_rows_rejected 2025-08-04']);
  });
  it('1 h paid against 3 h on the complete day: within 2 h of it, undetermined naming the 4th', () => {
    const r = ot('1', LONG);
    expect(mine(r)).toEqual([]);
    expect(said(r)).toEqual(['hours_rows_rejected 2025-08-04']);
  });
  it('0.5 h paid: 2.5 h below the 3 h of the complete day, a finding at those 3 h, the 5th its evidence', () => {
    const r = ot('0.5', LONG);
    expect(mine(r).map((f) => f.message)).toEqual([
      'E1: the payroll shows 0.5 h of overtime for 2025-08-04 to 2025-08-10, the hours file 3 h (more than 2 h apart): two sets of books?',
    ]);
    expect(mine(r)[0].evidence).toEqual([...rowsOf(4, 2), { file: 'payroll.csv', row: 2 }]);
    expect(said(r)).toEqual([]);
  });
});
