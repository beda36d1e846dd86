import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// s.70: wages paid at least once a month. A period longer than one month, pay dates more than
// one month apart, or a period unpaid more than one month after it ended (the wages shown owed).

const RULE = 'lpa-70-pay-interval';
const EMP = 'employee_id,birth_date,province,wage_type,wage_rate\nE1,1990-01-01,Bangkok,monthly,20000';
const PAY = 'employee_id,period_start,period_end,pay_date,base_pay';

function check(rows: string[], asOf = '2025-09-30') {
  const r = run({ employees: EMP, payroll: `${PAY}\n${rows.join('\n')}` }, asOf, [RULE]);
  return { findings: r.findings.filter((f) => f.rule === RULE), undetermined: r.undetermined };
}

describe('pay at least once a month (s.70)', () => {
  it('a period of one month and one day is too long; one of exactly a calendar month is not', () => {
    const { findings } = check(['E1,2025-07-01,2025-08-01,2025-08-01,20000']);
    expect(findings).toHaveLength(1);
    expect(findings[0].period).toEqual({ start: '2025-07-01', end: '2025-08-01' });
    expect(findings[0].message).toBe('E1: the pay period 2025-07-01 to 2025-08-01 is longer than 1 month');
    expect(findings[0].evidence).toEqual([{ file: 'payroll.csv', row: 2 }]);
    expect(findings[0].params.max_months).toMatchObject({ value: 1, from: '1998-08-19' });
    expect(check(['E1,2025-07-01,2025-07-31,2025-07-31,20000']).findings).toEqual([]);
  });

  it.each([
    // [what, pay dates of July, August and September, gaps found]
    [
      'the last working day of each month: Thursday 31 July, Friday 29 August, Tuesday 30 September',
      ['2025-07-31', '2025-08-29', '2025-09-30'],
      [],
    ],
    [
      'the 25th, moved to Friday 22 August, then 25 September',
      ['2025-07-25', '2025-08-22', '2025-09-25'],
      [],
    ],
    [
      '31 July, then 1 September: August had no pay date',
      ['2025-07-31', '2025-09-01', '2025-09-30'],
      ['2025-07-31..2025-09-01'],
    ],
    [
      '5 July, then 20 September: August had none',
      ['2025-07-05', '2025-09-20', '2025-09-30'],
      ['2025-07-05..2025-09-20'],
    ],
  ])('pay dates in consecutive calendar months are no gap, however many days apart: %s', (_, dates, gaps) => {
    const months = ['07-01,2025-07-31', '08-01,2025-08-31', '09-01,2025-09-30'];
    const { findings } = check(
      months.map((m, i) => `E1,2025-${m},${dates[i]},20000`),
      '2025-10-31',
    );
    expect(
      findings.map(
        (f) =>
          `${f.message
            .match(/paid on (\S+) and next on (\S+),/)
            ?.slice(1)
            .join('..')}`,
      ),
    ).toEqual(gaps);
  });

  it('pay dates more than a month apart cite both payroll rows', () => {
    const { findings } = check([
      'E1,2025-01-01,2025-01-31,2025-01-31,20000',
      'E1,2025-02-01,2025-02-28,2025-03-01,20000',
    ]);
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toBe(
      'E1: wages paid on 2025-01-31 and next on 2025-03-01, more than 1 month apart',
    );
    expect(findings[0].evidence).toEqual([
      { file: 'payroll.csv', row: 2 },
      { file: 'payroll.csv', row: 3 },
    ]);
    expect(findings[0].params.max_months).toMatchObject({ value: 1 });
  });

  it('gaps are measured between pay dates in date order, not in the order of the periods', () => {
    // February paid late on 15 May: the pay dates run 31 Jan, 31 Mar, 15 May, two gaps.
    const { findings } = check([
      'E1,2025-01-01,2025-01-31,2025-01-31,20000',
      'E1,2025-02-01,2025-02-28,2025-05-15,20000',
      'E1,2025-03-01,2025-03-31,2025-03-31,20000',
    ]);
    expect(findings.map((f) => f.message).sort()).toEqual([
      'E1: wages paid on 2025-01-31 and next on 2025-03-31, more than 1 month apart',
      'E1: wages paid on 2025-03-31 and next on 2025-05-15, more than 1 month apart',
    ]);
  });

  it('two periods paid in the other order than they run: the gap from the earlier pay date', () => {
    // January paid late on 15 May, February on time on 28 February: 28 Feb to 15 May.
    const { findings } = check([
      'E1,2025-01-01,2025-01-31,2025-05-15,20000',
      'E1,2025-02-01,2025-02-28,2025-02-28,20000',
    ]);
    expect(findings.map((f) => f.message)).toEqual([
      'E1: wages paid on 2025-02-28 and next on 2025-05-15, more than 1 month apart',
    ]);
  });

  it('an unpaid period between two paid ones does not reset the gap: 31 Jan to 31 Mar', () => {
    const { findings } = check(
      [
        'E1,2025-01-01,2025-01-31,2025-01-31,20000',
        'E1,2025-02-01,2025-02-28,,20000',
        'E1,2025-03-01,2025-03-31,2025-03-31,20000',
      ],
      '2025-04-30',
    );
    expect(findings.map((f) => f.message)).toEqual([
      'E1: wages of 20,000.00 baht for 2025-02-01 to 2025-02-28 are unpaid more than 1 month after the period ended',
      'E1: wages paid on 2025-01-31 and next on 2025-03-31, more than 1 month apart',
    ]);
    expect(findings[0].owed_satang).toBe(2_000_000);
  });

  it('unpaid one month after the end of August is not yet late (30 September); a day later it is', () => {
    const rows = ['E1,2025-07-01,2025-07-31,2025-07-31,20000', 'E1,2025-08-01,2025-08-31,,20000'];
    expect(check(rows, '2025-09-30').findings).toEqual([]);
    const { findings } = check(rows, '2025-10-01');
    expect(findings).toHaveLength(1);
    expect(findings[0].owed_satang).toBe(2_000_000);
    expect(findings[0].message).toBe(
      'E1: wages of 20,000.00 baht for 2025-08-01 to 2025-08-31 are unpaid more than 1 month after the period ended',
    );
  });

  it('an unpaid period showing no wages is reported with nothing owed', () => {
    const { findings } = check(
      ['E1,2025-07-01,2025-07-31,2025-07-31,20000', 'E1,2025-08-01,2025-08-31,,0'],
      '2025-10-31',
    );
    expect(findings).toHaveLength(1);
    expect(findings[0].owed_satang).toBeUndefined();
    expect(findings[0].message).toContain('wages of 0.00 baht');
  });

  it('without a payroll the rule is undetermined for the employee', () => {
    const r = run(
      { employees: EMP, hours: 'employee_id,date,start,end\nE1,2025-08-01,08:00,17:00' },
      '2025-10-31',
      [RULE],
    );
    expect(r.findings).toEqual([]);
    expect(r.undetermined.map((u) => [u.employee_id, u.reason])).toEqual([['E1', 'no payroll file']]);
  });
});

describe('s.70: the as-of date, periods paid in several rows, overlaps and pay dates typed a year wrong', () => {
  const gaps = (r: ReturnType<typeof check>) => r.findings.map((f) => f.message);
  const why = (r: ReturnType<typeof check>) => r.undetermined.map((u) => u.reason);
  const FAR = (date: string, period: string) =>
    `${period}: the pay date ${date} is far from its pay period ${period} (more than a month before it began, or a year or more after it where the same day of another year falls in it): a date typed wrong is likely, so the time between payments is not judged`;

  it('a period of a month and a day is too long only once it has run a month by the as-of date (1 August)', () => {
    const row = ['E1,2025-07-01,2025-08-01,2025-08-01,20000'];
    expect(gaps(check(row, '2025-08-01'))).toEqual([
      'E1: the pay period 2025-07-01 to 2025-08-01 is longer than 1 month',
    ]);
    expect(gaps(check(row, '2025-07-31'))).toEqual([]);
  });

  it('paid 31 July, then 1 September: no gap as of 31 August (the next payment could not be late yet), a gap as of 1 September', () => {
    const rows = ['E1,2025-07-01,2025-07-31,2025-07-31,20000', 'E1,2025-08-01,2025-08-31,2025-09-01,20000'];
    expect(check(rows, '2025-08-31')).toEqual({ findings: [], undetermined: [] });
    expect(gaps(check(rows, '2025-09-01'))).toEqual([
      'E1: wages paid on 2025-07-31 and next on 2025-09-01, more than 1 month apart',
    ]);
  });

  it('August paid in three rows, on 31 August, 31 October and 31 December: its late rows are not judged, said once', () => {
    const r = check(
      [
        'E1,2025-07-01,2025-07-31,2025-07-31,20000',
        'E1,2025-08-01,2025-08-31,2025-08-31,19000',
        'E1,2025-08-01,2025-08-31,2025-10-31,500',
        'E1,2025-08-01,2025-08-31,2025-12-31,500',
      ],
      '2026-01-31',
    );
    expect(r.findings).toEqual([]);
    expect(why(r)).toEqual([
      '2025-08-01..2025-08-31: the rows of this pay period (rows 3, 4, 5) were paid on different dates (2025-08-31, 2025-10-31, 2025-12-31): whether all of it was paid in time is not judged',
    ]);
  });

  it.each([
    ['in date order', ['2025-08-31,19000', '2025-09-10,1000']],
    ['the later row first', ['2025-09-10,1000', '2025-08-31,19000']],
  ])(
    'June paid 30 June, August in two rows on 31 August and 10 September (%s): the gap ends at the first, 31 August',
    (_, aug) => {
      const r = check([
        'E1,2025-06-01,2025-06-30,2025-06-30,20000',
        ...aug.map((a) => `E1,2025-08-01,2025-08-31,${a}`),
      ]);
      expect(gaps(r)).toEqual([
        'E1: wages paid on 2025-06-30 and next on 2025-08-31, more than 1 month apart',
      ]);
      expect(r.findings[0].evidence).toEqual([
        { file: 'payroll.csv', row: 2 },
        { file: 'payroll.csv', row: 3 },
        { file: 'payroll.csv', row: 4 },
      ]);
      expect(why(r)).toEqual([]);
    },
  );

  it('August in two rows, one paid 31 August and one unpaid: not judged once a month has run after it (1 October), not owed', () => {
    const rows = ['E1,2025-08-01,2025-08-31,2025-08-31,19000', 'E1,2025-08-01,2025-08-31,,1000'];
    expect(check(rows, '2025-09-30')).toEqual({ findings: [], undetermined: [] });
    const r = check(rows, '2025-10-01');
    expect(r.findings).toEqual([]);
    expect(why(r)).toEqual([
      '2025-08-01..2025-08-31: the rows of this pay period (rows 2, 3) were paid on different dates (2025-08-31, none): whether all of it was paid in time is not judged',
    ]);
  });

  it('an unpaid August overlapping a period paid from 16 August: undetermined, not 20,000.00 owed', () => {
    const r = check(
      ['E1,2025-08-01,2025-08-31,,20000', 'E1,2025-08-16,2025-09-15,2025-09-15,20000'],
      '2025-10-31',
    );
    expect(r.findings).toEqual([]);
    expect(why(r)).toEqual([
      '2025-08-01..2025-08-31: the pay period overlaps another pay period of the payroll (row 3) without being the same: what was paid for each is unknown',
    ]);
  });

  // The parser refuses a period of more than a year; one of a year (1 August 2024 to 31 July 2025)
  // is paid from its first day to a month after its end, and the same day of the year before or
  // after falls in it too: such a date is a real payment, and the gap to or from it is found.
  it('a year-long period paid a month after its end (31 August 2025): the gap to 15 October is found', () => {
    const r = check(
      ['E1,2024-08-01,2025-07-31,2025-08-31,240000', 'E1,2025-08-01,2025-08-31,2025-10-15,20000'],
      '2025-12-31',
    );
    expect(gaps(r)).toEqual([
      'E1: the pay period 2024-08-01 to 2025-07-31 is longer than 1 month',
      'E1: wages paid on 2025-08-31 and next on 2025-10-15, more than 1 month apart',
    ]);
    expect(why(r)).toEqual([]);
  });

  it('a year-long period paid on its first day, 1 August 2024: the gap from 31 May 2024 is found', () => {
    const r = check(
      ['E1,2024-05-01,2024-05-31,2024-05-31,20000', 'E1,2024-08-01,2025-07-31,2024-08-01,240000'],
      '2025-12-31',
    );
    expect(gaps(r)).toEqual([
      'E1: the pay period 2024-08-01 to 2025-07-31 is longer than 1 month',
      'E1: wages paid on 2024-05-31 and next on 2024-08-01, more than 1 month apart',
    ]);
    expect(why(r)).toEqual([]);
  });

  it('15 September 2024 to 31 July 2025 paid on 31 August 2024: a year on is the last day it could be paid, undetermined', () => {
    const r = check(
      ['E1,2024-06-01,2024-06-30,2024-06-30,20000', 'E1,2024-09-15,2025-07-31,2024-08-31,210000'],
      '2025-12-31',
    );
    expect(gaps(r)).toEqual(['E1: the pay period 2024-09-15 to 2025-07-31 is longer than 1 month']);
    expect(why(r)).toEqual([FAR('2024-08-31', '2024-09-15..2025-07-31')]);
  });

  it('1 to 15 August paid on 1 July, exactly a month before: an advance, the gap from 30 April is found', () => {
    const r = check([
      'E1,2025-04-01,2025-04-30,2025-04-30,20000',
      'E1,2025-08-01,2025-08-15,2025-07-01,10000',
      'E1,2025-08-16,2025-08-31,2025-08-31,10000',
    ]);
    expect(gaps(r)).toEqual(['E1: wages paid on 2025-04-30 and next on 2025-07-01, more than 1 month apart']);
    expect(why(r)).toEqual([]);
  });

  it('1 to 15 August paid on 15 March, five months before: a date typed wrong, the gap to 31 July is not judged', () => {
    const r = check([
      'E1,2025-07-01,2025-07-31,2025-07-31,20000',
      'E1,2025-08-01,2025-08-15,2025-03-15,10000',
      'E1,2025-08-16,2025-08-31,2025-08-31,10000',
    ]);
    expect(gaps(r)).toEqual([]);
    expect(why(r)).toEqual([FAR('2025-03-15', '2025-08-01..2025-08-15')]);
  });

  it.each([
    ['a year on its first day: 2026-08-01', '2026-08-01'],
    ['a year on its last day: 2026-08-15', '2026-08-15'],
  ])('1 to 15 August paid %s: not a gap from 1 September, undetermined', (_, date) => {
    const r = check(
      [`E1,2025-08-01,2025-08-15,${date},10000`, 'E1,2025-08-16,2025-08-31,2025-09-01,10000'],
      '2025-12-31',
    );
    expect(gaps(r)).toEqual([]);
    expect(why(r)).toEqual([FAR(date, '2025-08-01..2025-08-15')]);
  });
});
