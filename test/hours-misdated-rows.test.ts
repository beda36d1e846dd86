import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type * as Api from '../src/api.js';
import { check, checkAsync } from '../src/api.js';
import { misdatedDays } from '../src/parse/misdated.js';
import type { Stretch } from '../src/parse/records.js';
import { ROOT, tempDir } from './helpers.js';

// A row whose date is typed wrong in a file that runs day by day (1925-08-05, 2024-08-05 or
// 2125-08-05 for 2025-08-05) left its day without its morning: the afternoon and the evening
// left, 30 minutes apart, were a false s.27 finding (a break of 60 min due within 5 h). Such a
// row makes the days it may belong to incomplete, as a rejected row does: undetermined, named.

const EMPLOYEES =
  'employee_id,birth_date,province,wage_type,wage_rate,sex,hazardous\nE1,1990-01-01,Bangkok,daily,400,M,no\n';
// 8 h 40 min of overtime at 50.00 x 1.5: 650.00 paid.
const PAYROLL =
  'employee_id,period_start,period_end,pay_date,base_pay,ot_pay,holiday_pay,holiday_ot_pay,days_worked\n' +
  'E1,2025-08-04,2025-08-08,2025-08-08,2000,650,0,0,5\n';

/** 4 to 7 August: 08-12, 13-17 and 17:30-19:30 each (line 5 is 5 August's morning); 8 August a 20-minute break. */
function hours(line5Date = '2025-08-05'): string {
  const rows = ['employee_id,date,start,end,break_minutes'];
  for (const d of ['04', '05', '06', '07'])
    for (const [a, b] of [
      ['08:00', '12:00'],
      ['13:00', '17:00'],
      ['17:30', '19:30'],
    ])
      rows.push(`E1,2025-08-${d},${a},${b},0`);
  rows.push('E1,2025-08-08,08:00,12:00,0', 'E1,2025-08-08,12:20,17:00,0');
  rows[4] = rows[4].replace('2025-08-05', line5Date);
  return `${rows.join('\n')}\n`;
}

const run = (h: string) => tempDir({ 'employees.csv': EMPLOYEES, 'hours.csv': h, 'payroll.csv': PAYROLL });
const breaks = (r: ReturnType<typeof check>) =>
  r.findings.filter((f) => f.rule === 'lpa-27-daily-break').map((f) => f.date);
const breakUndetermined = (r: ReturnType<typeof check>) =>
  r.undetermined.find((u) => u.rule === 'lpa-27-daily-break')?.reason;

describe('an hours row dated out of the file order', () => {
  it('the file as written: only 8 August, its 20-minute break, is a finding', () => {
    const r = check({ dir: run(hours()), asOf: '2025-10-31' });
    expect(breaks(r)).toEqual(['2025-08-08']);
    expect(r.findings.map((f) => f.rule)).toEqual(['lpa-27-daily-break']);
    expect(breakUndetermined(r)).toBeUndefined();
  });

  it.each([
    ['a year of the last century (kept, before the rule pack)', '1925-08-05'],
    ['the year before (kept)', '2024-08-05'],
    ['another day of the month (kept)', '2025-08-15'],
  ])('typed %s: 5 August is undetermined, not a finding', async (_, typed) => {
    const dir = run(hours(typed));
    const r = check({ dir, asOf: '2025-10-31' });
    expect(breaks(r)).toEqual(['2025-08-08']);
    expect(breakUndetermined(r)).toContain('2025-08-05 (row 5)');
    // 4 August is not one slip away from what was typed: it stays checked.
    expect(breakUndetermined(r)).not.toContain('2025-08-04');
    const streamed = await checkAsync({ dir, asOf: '2025-10-31' }, { minBytes: 0 });
    expect(streamed.findings).toEqual(r.findings);
    expect(streamed.undetermined).toEqual(r.undetermined);
  });

  it('typed after the as-of date (2125): the row is rejected and 5 August is undetermined, streamed too', async () => {
    const dir = run(hours('2125-08-05'));
    const r = check({ dir, asOf: '2025-10-31' });
    expect(r.rejected.map((x) => [x.row, x.column, x.value])).toEqual([[5, 'date', '2125-08-05']]);
    expect(breaks(r)).toEqual(['2025-08-08']);
    expect(breakUndetermined(r)).toContain('2025-08-05 (row 5)');
    const streamed = await checkAsync({ dir, asOf: '2025-10-31' }, { minBytes: 0 });
    expect(streamed.findings).toEqual(r.findings);
    expect(streamed.undetermined).toEqual(r.undetermined);
  });

  it('a date that cannot be read: the days on both sides of the row are undetermined', async () => {
    const dir = run(hours('2025-08-3x'));
    const r = check({ dir, asOf: '2025-10-31' });
    expect(r.rejected.map((x) => [x.row, x.column])).toEqual([[5, 'date']]);
    expect(breaks(r)).toEqual(['2025-08-08']);
    expect(breakUndetermined(r)).toContain('2025-08-04 (row 5), 2025-08-05 (row 5)');
    const streamed = await checkAsync({ dir, asOf: '2025-10-31' }, { minBytes: 0 });
    expect(streamed.findings).toEqual(r.findings);
  });

  it('the first row typed with the year wrong, the file in order: its day is undetermined', () => {
    const h = hours().replace('E1,2025-08-04,08:00', 'E1,1925-08-04,08:00');
    const r = check({ dir: run(h), asOf: '2025-10-31' });
    expect(breaks(r)).toEqual(['2025-08-08']);
    expect(breakUndetermined(r)).toContain('2025-08-04 (row 2)');
  });

  it('typed onto an earlier work day (2025-08-04 for 2025-08-07): rejected there as overlapping, 7 August undetermined', async () => {
    // The row overlaps 4 August's own morning (row 2) and is rejected. Before, only 4 August was
    // marked: the rejected row was never placed between its neighbours, and 7 August, left
    // without its morning, was a false s.27 finding.
    const dir = run(hours().replace('E1,2025-08-07,08:00', 'E1,2025-08-04,08:00'));
    const r = check({ dir, asOf: '2025-10-31' });
    expect(r.rejected.map((x) => x.row)).toEqual([11]);
    expect(breaks(r)).toEqual(['2025-08-08']);
    expect(breakUndetermined(r)).toContain('2025-08-07 (row 11)');
    const streamed = await checkAsync({ dir, asOf: '2025-10-31' }, { minBytes: 0 });
    expect(streamed.findings).toEqual(r.findings);
    expect(streamed.undetermined).toEqual(r.undetermined);
    // On a worker thread too: the twin's line crosses with its stretch (run/handover.ts).
    const api = (await import(join(ROOT, 'dist', 'src', 'api.js'))) as typeof Api;
    const two = await api.checkAsync({ dir, asOf: '2025-10-31', jobs: 2 }, { minBytes: 0, inFlight: 1 });
    expect(two.findings).toEqual(r.findings);
    expect(two.undetermined).toEqual(r.undetermined);
  });

  it('a file in reverse date order is read as it is: its 20-minute break is still a finding', () => {
    const lines = hours().trimEnd().split('\n');
    const h = `${[lines[0], ...lines.slice(1).reverse()].join('\n')}\n`;
    const r = check({ dir: run(h), asOf: '2025-10-31' });
    expect(breaks(r)).toEqual(['2025-08-08']);
    expect(breakUndetermined(r)).toBeUndefined();
  });
});

describe('two books: hours outside the employment span', () => {
  const hired = (hire: string) =>
    EMPLOYEES.replace('hazardous\n', 'hazardous,hire_date\n').replace(',M,no\n', `,M,no,${hire}\n`);
  const outside = (hire: string, h: string) => {
    const r = check({
      dir: tempDir({ 'employees.csv': hired(hire), 'hours.csv': h, 'payroll.csv': PAYROLL }),
      asOf: '2025-10-31',
      only: ['integrity-two-books'],
    });
    return {
      found: r.findings.map((f) => f.message),
      why: r.undetermined.map((u) => u.reason),
    };
  };

  it('the first row typed 2024-08-04 for a worker hired 2025-06-01: undetermined, not a day outside', () => {
    const r = outside('2025-06-01', hours().replace('E1,2025-08-04,08:00', 'E1,2024-08-04,08:00'));
    expect(r.found).toEqual([]);
    expect(r.why.join()).toContain('not checked on 2024-08-04 (row 2)');
  });

  it('hired on 5 August, 4 August worked in date order: the sign stands', () => {
    expect(outside('2025-08-05', hours()).found).toEqual([
      'E1: 1 day of hours outside the employment span (hired 2025-08-05, terminated -), the first on 2025-08-04',
    ]);
  });
});

describe('misdatedDays', () => {
  const s = (row: number, date: string): Stretch => ({
    employee_id: 'E1',
    date,
    start: 480,
    end: 720,
    break_minutes: 0,
    day_type: 'work',
    row,
  });
  const days = (list: Stretch[], undated: number[] = []) =>
    misdatedDays(list, undated).map((l) => `${l.date}:${l.rows.join(',')}`);

  it('marks the written date and the day one slip away; both neighbours when neither or both are', () => {
    expect(days([s(2, '2025-08-04'), s(3, '1925-08-05'), s(4, '2025-08-05'), s(5, '2025-08-06')])).toEqual([
      '2025-08-05:3',
      '1925-08-05:3',
    ]);
    expect(days([s(2, '2025-08-04'), s(3, '2025-03-01'), s(4, '2025-08-05'), s(5, '2025-08-06')])).toEqual([
      '2025-08-04:3',
      '2025-08-05:3',
      '2025-03-01:3',
    ]);
  });

  it('nothing in date order, nor in a file with more reversals than a few typos make', () => {
    expect(days([s(2, '2025-08-04'), s(3, '2025-08-05'), s(4, '2025-08-06')])).toEqual([]);
    const shuffled = ['09', '02', '07', '01', '08', '03', '06', '04', '05', '10', '01', '09'].map((d, i) =>
      s(i + 2, `2025-08-${d}`),
    );
    expect(days(shuffled)).toEqual([]);
    // Four rows in no order (two reversals of three pairs) are no file in date order either,
    // though the reversals are fewer than a few typos make: no day of them is in doubt.
    const four = (...d: string[]) => days(d.map((x, i) => s(i + 2, `2025-08-${x}`)));
    expect(four('15', '13', '11', '14')).toEqual([]);
    expect(four('14', '13', '11', '15')).toEqual([]);
    // One reversal among them is one typed date: 2025-08-30 between the 1st and the 4th.
    expect(four('01', '02', '30', '04')).toEqual(['2025-08-02:4', '2025-08-04:4', '2025-08-30:4']);
  });

  it('two years typed wrong: a third of the pairs side by side (7 rows) is in date order, more (6 rows) is not', () => {
    const rows = (...d: string[]) => days(d.map((x, i) => s(i + 2, x)));
    // 2024 for 2025 on the 13th and the 16th: two reversals of six pairs, not more than a third.
    expect(
      rows('2025-08-11', '2025-08-12', '2024-08-13', '2025-08-14', '2025-08-15', '2024-08-16', '2025-08-17'),
    ).toEqual([
      '2025-08-12:4',
      '2025-08-14:4',
      '2024-08-13:4',
      '2025-08-15:7',
      '2025-08-17:7',
      '2024-08-16:7',
    ]);
    // Without the 11th: two reversals of five pairs, more than a third; no day is in doubt.
    expect(rows('2025-08-12', '2024-08-13', '2025-08-14', '2025-08-15', '2024-08-16', '2025-08-17')).toEqual(
      [],
    );
  });

  it('an undated line between two days marks both; wide rows of one line count once', () => {
    expect(days([s(2, '2025-08-04'), s(2, '2025-08-04'), s(4, '2025-08-05')], [3])).toEqual([
      '2025-08-04:3',
      '2025-08-05:3',
    ]);
  });

  it('the first row a year early, its right date near the next one (2024-08-11, then 2025-08-13)', () => {
    expect(days([s(2, '2024-08-11'), s(3, '2025-08-13'), s(4, '2025-08-14')])).toEqual([
      '2024-08-11:2',
      '2025-08-13:2',
    ]);
    // A year apart and more than a month from the next day worked: a worker rehired, not a typo.
    expect(days([s(2, '2024-06-11'), s(3, '2025-08-13'), s(4, '2025-08-14')])).toEqual([]);
  });

  it('a row rejected with its date read takes its place in the order: its neighbours are marked', () => {
    const rejected = [{ date: '2025-08-02', rows: [3] }];
    expect(
      misdatedDays([s(2, '2025-08-19'), s(4, '2025-08-20'), s(5, '2025-08-21')], [], rejected).map(
        (l) => `${l.date}:${l.rows}`,
      ),
    ).toEqual(['2025-08-19:3', '2025-08-20:3', '2025-08-02:3']);
    // A line lost on two dates (a night shift's overlap loses the day before too) is placed at the later, its own.
    const nights = [
      { date: '2025-08-04', rows: [3] },
      { date: '2025-08-05', rows: [3] },
    ];
    expect(misdatedDays([s(2, '2025-08-05'), s(4, '2025-08-06'), s(5, '2025-08-07')], [], nights)).toEqual(
      [],
    );
    // In its place in the order, a rejected row marks nothing.
    expect(
      misdatedDays([s(2, '2025-08-19'), s(4, '2025-08-21')], [], [{ date: '2025-08-20', rows: [3] }]),
    ).toEqual([]);
  });

  it('the first or last row with the digits of its day the other way round (08-10 for 08-01, 08-03 for 08-30)', () => {
    expect(days([s(2, '2025-08-10'), s(3, '2025-08-01'), s(4, '2025-08-02')])).toEqual([
      '2025-08-01:2',
      '2025-08-10:2',
    ]);
    expect(days([s(2, '2025-08-28'), s(3, '2025-08-30'), s(4, '2025-08-03')])).toEqual([
      '2025-08-30:4',
      '2025-08-03:4',
    ]);
    // Another day, not a transposition: a day forgotten and added at the end (4 September after 7 September).
    expect(days([s(2, '2025-09-06'), s(3, '2025-09-07'), s(4, '2025-09-04')])).toEqual([]);
    // Transposed but on the right side of its neighbour: in order, nothing.
    expect(days([s(2, '2025-08-01'), s(3, '2025-08-02'), s(4, '2025-08-10')])).toEqual([]);
  });

  it('the last row on the same day of another year than the one before it', () => {
    expect(days([s(2, '2025-08-04'), s(3, '2025-08-05'), s(4, '2026-08-05')])).toEqual([
      '2026-08-05:4',
      '2025-08-05:4',
    ]);
    expect(days([s(2, '2025-08-04'), s(3, '2025-08-05'), s(4, '2025-08-06')])).toEqual([]);
  });
});

describe('a day known only from a row dated out of the file order', () => {
  // A worker's first row typed 2025-08-10 (a Sunday) for 2025-08-01: read at its written date, it
  // made a work day of the Sunday: 8 days in a row without a weekly holiday (s.28), 52 h of normal
  // hours in the week (s.23), and 13 days due the daily minimum wage where 12 were paid (s.90).
  const DAYS = ['01', '02', '04', '05', '06', '07', '08', '09', '11', '12', '13', '14', '15'];
  const h = (first: string) => {
    const rows = ['employee_id,date,start,end,break_minutes'];
    for (const d of DAYS) rows.push(`E1,2025-08-${d},08:00,12:00,0`, `E1,2025-08-${d},13:00,17:00,0`);
    rows[1] = rows[1].replace('2025-08-01', first);
    return `${rows.join('\n')}\n`;
  };
  // 13 days of 400 paid (the minimum in Bangkok was 400 from 1 July 2025... at most; the check
  // prices each day at its own minimum).
  const pay =
    'employee_id,period_start,period_end,pay_date,base_pay\nE1,2025-08-01,2025-08-15,2025-08-16,5200\n';
  const of = (first: string) =>
    check({
      dir: tempDir({ 'employees.csv': EMPLOYEES, 'hours.csv': h(first), 'payroll.csv': pay }),
      asOf: '2025-10-31',
    });
  const rules = ['lpa-28-weekly-holiday', 'lpa-23-weekly-normal-hours', 'lpa-90-minimum-wage'];

  it('as written, 2025-08-01: nothing found by s.28, s.23 or s.90', () => {
    expect(of('2025-08-01').findings.filter((f) => rules.includes(f.rule))).toEqual([]);
  });

  it('typed 2025-08-10: still nothing found; the Sunday is a day that may have been worked', () => {
    const r = of('2025-08-10');
    expect(r.findings.filter((f) => rules.includes(f.rule)).map((f) => f.message)).toEqual([]);
    const u = r.undetermined.find((x) => x.rule === 'lpa-28-weekly-holiday');
    expect(u?.reason).toContain('2025-08-10 (row 2)');
  });
});
