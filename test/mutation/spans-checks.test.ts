import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../src/findings/result.js';
import { loadPack } from '../../src/pack/load.js';
import { ROOT, run } from '../helpers.js';

// The checks of one day or one week on days recorded as one span from first in to last out
// (Check-in, Check-out) with no break: each counts the least the span can mean and is
// undetermined where the most (the span's break worked) could cross its limit; and each is
// undetermined on a day with a rejected row. Run in this process for mutation testing (the CLI
// tests of test/spans-without-breaks.test.ts run the built code). 2025-09-01 is a Monday.

const SPANS = 'Employee ID,Date,Check-in,Check-out';
const CANONICAL = 'employee_id,date,start,end,break_minutes';
const HEAD = 'employee_id,birth_date,province,wage_type,wage_rate,hazardous';
const ADULT = `${HEAD}\nE1,1990-01-01,Bangkok,daily,400,no`;
const YOUNG = `${HEAD}\nE1,2009-01-01,Bangkok,daily,400,no`;
const HAZARDOUS = `${HEAD}\nE1,1990-01-01,Bangkok,daily,400,yes`;

function check(
  rule: string,
  employees: string,
  header: string,
  rows: string[],
  holidays?: string,
  eti = false,
) {
  const r = run(
    {
      employees,
      hours: [header, ...rows].join('\n'),
      ...(holidays ? { holidays: `date,name\n${holidays}` } : {}),
    },
    '2025-09-30',
    [rule],
    ...(eti ? [loadPack(join(ROOT, 'rules', 'eti-base-code'))] : []),
  );
  return {
    dates: r.findings.filter((f) => f.rule === rule).map((f) => f.date ?? f.period?.start),
    why: whyOf(r, rule),
  };
}
const whyOf = (r: Result, rule: string) =>
  r.undetermined
    .filter((u) => u.rule === rule)
    .flatMap((u) => u.reasons ?? [])
    .map((x) => `${x.id} ${x.params?.dates ?? x.params?.days ?? ''}`.trim());

describe('s.46 rest for under-18s (4 h, then an hour) on spans', () => {
  const R = 'lpa-46-child-rest';
  it.each([
    // [what, employees, header, rows, findings, undetermined]
    [
      'a 16-year-old, 08:00-11:30 span: within 4 h, nothing',
      YOUNG,
      SPANS,
      ['E1,2025-09-01,08:00,11:30'],
      [],
      [],
    ],
    [
      'a 16-year-old, 08:00-12:30 span (no break assumed under 5 h): the rest may lie inside it',
      YOUNG,
      SPANS,
      ['E1,2025-09-01,08:00,12:30'],
      [],
      ['breaks_unrecorded 2025-09-01'],
    ],
    [
      'a 16-year-old, 08:00-14:00 span: counted 4 h, but may be 6 h; undetermined',
      YOUNG,
      SPANS,
      ['E1,2025-09-01,08:00,14:00'],
      [],
      ['breaks_unrecorded 2025-09-01'],
    ],
    [
      'a 16-year-old, 08:00-17:00 span: undetermined',
      YOUNG,
      SPANS,
      ['E1,2025-09-01,08:00,17:00'],
      [],
      ['breaks_unrecorded 2025-09-01'],
    ],
    [
      'a 16-year-old, 08:00-12:30 logged as one stretch: a finding',
      YOUNG,
      CANONICAL,
      ['E1,2025-09-01,08:00,12:30,'],
      ['2025-09-01'],
      [],
    ],
    [
      'a 16-year-old, two spans of a day (morning, afternoon), each within 4 h, an hour apart: nothing',
      YOUNG,
      SPANS,
      ['E1,2025-09-01,08:00,12:00', 'E1,2025-09-01,13:00,16:00'],
      [],
      [],
    ],
    [
      'a 16-year-old, a rejected row on 2 September: undetermined on that day',
      YOUNG,
      SPANS,
      ['E1,2025-09-01,08:00,11:00', 'E1,2025-09-02,08:00,25:99'],
      [],
      ['hours_day_incomplete 2025-09-02 (row 3)'],
    ],
    [
      'an adult, a rejected row: s.46 does not reach the day',
      ADULT,
      SPANS,
      ['E1,2025-09-01,08:00,11:00', 'E1,2025-09-02,08:00,25:99'],
      [],
      [],
    ],
  ])('%s', (_, employees, header, rows, dates, why) => {
    expect(check(R, employees, header, rows)).toEqual({ dates, why });
  });
});

describe('s.31 no overtime in hazardous work (7 h a day), on spans', () => {
  const R = 'lpa-31-hazardous-overtime';
  it.each([
    // A 07:00-16:00 span: 7 h at the least (no overtime), 9 h at the most.
    [
      '07:00-16:00 span: may hold 2 h overtime, undetermined',
      SPANS,
      ['E1,2025-09-01,07:00,16:00'],
      [],
      ['hours_span_uncounted 2025-09-01'],
    ],
    ['08:00-15:00 span: 5 h to 7 h, no overtime either way', SPANS, ['E1,2025-09-01,08:00,15:00'], [], []],
    [
      '07:00-17:00 span: 1 h overtime at the least, a finding',
      SPANS,
      ['E1,2025-09-01,07:00,17:00'],
      ['2025-09-01'],
      [],
    ],
    ['07:00-16:00 as one stretch: a finding', CANONICAL, ['E1,2025-09-01,07:00,16:00,'], ['2025-09-01'], []],
    [
      'a rejected row: undetermined on its day',
      SPANS,
      ['E1,2025-09-01,08:00,15:00', 'E1,2025-09-02,08:00,25:99'],
      [],
      ['hours_day_incomplete 2025-09-02 (row 3)'],
    ],
  ])('%s', (_, header, rows, dates, why) => {
    expect(check(R, HAZARDOUS, header, rows)).toEqual({ dates, why });
  });
});

describe('s.27 break before overtime, on spans', () => {
  const R = 'lpa-27-break-before-overtime';
  it.each([
    // 07:00-17:30: 8 h 30 min at the least (30 min overtime), 10 h 30 min at the most (2 h 30 min).
    [
      '07:00-17:30 span: may hold 2 h 30 min of overtime, undetermined',
      ['E1,2025-09-01,07:00,17:30'],
      undefined,
      ['breaks_unrecorded 2025-09-01'],
    ],
    [
      '07:00-15:30 span: 30 min of overtime at the most, below the threshold',
      ['E1,2025-09-01,07:00,15:30'],
      undefined,
      [],
    ],
    [
      'a public holiday, 07:00-17:30 span: holiday overtime at the most, undetermined',
      ['E1,2025-09-02,07:00,17:30'],
      '2025-09-02,Holiday',
      ['breaks_unrecorded 2025-09-02'],
    ],
    [
      'a rejected row: undetermined on its day',
      ['E1,2025-09-01,08:00,16:00', 'E1,2025-09-02,08:00,25:99'],
      undefined,
      ['hours_day_incomplete 2025-09-02 (row 3)'],
    ],
  ])('%s', (_, rows, holidays, why) => {
    expect(check(R, ADULT, SPANS, rows, holidays)).toEqual({ dates: [], why });
  });
});

describe('s.27 break before overtime on a public holiday span (a day_type column)', () => {
  it('07:00-17:30 on a public holiday: 2 h 30 min of holiday overtime at the most, undetermined; 07:00-15:30: 30 min, nothing', () => {
    const R = 'lpa-27-break-before-overtime';
    const header = `${SPANS},day_type`;
    expect(check(R, ADULT, header, ['E1,2025-09-02,07:00,17:30,public_holiday'])).toEqual({
      dates: [],
      why: ['breaks_unrecorded 2025-09-02'],
    });
    expect(check(R, ADULT, header, ['E1,2025-09-02,07:00,15:30,public_holiday'])).toEqual({
      dates: [],
      why: [],
    });
  });
});

describe('weekly limits with a day not known in full', () => {
  const days = (ds: number[], start = '08:00', end = '17:00') =>
    ds.map((d) => `E1,2025-09-${String(d).padStart(2, '0')},${start},${end},60`);
  const weekly = (rule: string, header: string, rows: string[]) => check(rule, ADULT, header, rows);
  const R = 'lpa-23-weekly-normal-hours';
  it.each([
    // [what, rows, findings, undetermined]: 8 h of normal work a day, 48 h a week at the most.
    [
      'six days of 8 h and a rejected row on the Sunday: the Sunday may take the week over',
      [...days([1, 2, 3, 4, 5, 6]), 'E1,2025-09-07,08:00,25:99,0'],
      [],
      ['hours_day_uncounted 2025-09-07 (row 8)'],
    ],
    [
      'five days of 8 h and a rejected row on the Saturday: 48 h at the most, nothing',
      [...days([1, 2, 3, 4, 5]), 'E1,2025-09-06,08:00,25:99,0'],
      [],
      [],
    ],
    [
      'six days of 8 h and a rejected row on the next Monday: another calendar week, nothing',
      [...days([1, 2, 3, 4, 5, 6]), 'E1,2025-09-08,08:00,25:99,0'],
      [],
      [],
    ],
    [
      'seven days of 8 h (56 h) and a rejected row the next Monday: the finding, nothing undetermined',
      [...days([1, 2, 3, 4, 5, 6, 7]), 'E1,2025-09-08,08:00,25:99,0'],
      ['2025-09-01'],
      [],
    ],
  ])('%s', (_, rows, dates, why) => {
    expect(weekly(R, CANONICAL, rows)).toEqual({ dates, why });
  });
  it('s.26: six 07:00-17:00 spans hold 12 h of overtime at the most, under 36 h: nothing', () => {
    const rows = [1, 2, 3, 4, 5, 6].map((d) => `E1,2025-09-0${d},07:00,17:00`);
    expect(weekly('lpa-26-weekly-overtime-cap', SPANS, rows)).toEqual({ dates: [], why: [] });
  });
  it('s.26: six 07:00-22:00 spans and a rejected row on the Sunday: both said', () => {
    const rows = [
      ...[1, 2, 3, 4, 5, 6].map((d) => `E1,2025-09-0${d},07:00,22:00`),
      'E1,2025-09-07,08:00,25:99',
    ];
    expect(weekly('lpa-26-weekly-overtime-cap', SPANS, rows)).toEqual({
      dates: [],
      why: [
        'hours_day_uncounted 2025-09-07 (row 8)',
        'hours_span_uncounted 2025-09-01, 2025-09-02, 2025-09-03 and 3 more days',
      ],
    });
  });
  it('s.26: six 07:00-19:00 spans, 2 h of overtime a day at the least and 4 h at the most: 24 h, nothing', () => {
    const rows = [1, 2, 3, 4, 5, 6].map((d) => `E1,2025-09-0${d},07:00,19:00`);
    expect(weekly('lpa-26-weekly-overtime-cap', SPANS, rows)).toEqual({ dates: [], why: [] });
  });
  it('s.26: five days of 5 h overtime (25 h) and a rejected row on the Saturday, which may hold a whole day of it', () => {
    const rows = [...days([1, 2, 3, 4, 5], '07:00', '22:00'), 'E1,2025-09-06,08:00,25:99,0'];
    expect(weekly('lpa-26-weekly-overtime-cap', CANONICAL, rows)).toEqual({
      dates: [],
      why: ['hours_day_uncounted 2025-09-06 (row 7)'],
    });
  });
  it('ETI 60 h in any 7 days: six days of 10 h from a Tuesday and a rejected row the next Monday, in the same 7 days', () => {
    const rows = [...days([2, 3, 4, 5, 6, 7], '07:00', '18:00'), 'E1,2025-09-08,08:00,25:99,0'];
    expect(check('eti-6-60-hours', ADULT, CANONICAL, rows, undefined, true)).toEqual({
      dates: [],
      why: ['hours_day_uncounted 2025-09-08 (row 8)'],
    });
  });
  it('ETI: six 07:00-19:00 spans from a Tuesday (10 h to 12 h a day): the 7 days may hold 72 h', () => {
    const rows = [2, 3, 4, 5, 6, 7].map((d) => `E1,2025-09-0${d},07:00,19:00`);
    expect(check('eti-6-60-hours', ADULT, SPANS, rows, undefined, true)).toEqual({
      dates: [],
      why: ['hours_span_uncounted 2025-09-02, 2025-09-03, 2025-09-04 and 3 more days'],
    });
  });
});

describe('two shifts on one date: a gap over 4 h counted as work only at the most', () => {
  // 06:00-15:00, then 22:00-07:00 on one date: 18 h of the shifts; as two work days 2 h of
  // overtime (the least), as one 10 h; the 7 h gap read as a break made 5 h more work (s.27 para
  // 3): 23 h, 15 h of overtime (the most). A gap of 4 h or less is a break as before. Daily 400
  // baht: 50 an hour, 75 an hour of overtime.
  const CANON = 'employee_id,date,start,end';
  const SHIFTS = ['E1,2025-09-01,06:00,15:00', 'E1,2025-09-01,22:00,07:00'];
  const PAY = 'employee_id,period_start,period_end,pay_date,base_pay,ot_pay';
  // Holiday pay columns of their own: ot_pay is not a pool set against what is due first.
  const PAY3 = `${PAY},holiday_pay,holiday_ot_pay`;
  const overtime = (rows: string[], paid: string) => {
    const R = 'lpa-61-overtime-pay';
    const r = run(
      {
        employees: ADULT,
        hours: [CANON, ...rows].join('\n'),
        payroll: `${PAY3}\nE1,2025-09-01,2025-09-07,2025-09-07,400,${paid},0,0`,
      },
      '2025-09-30',
      [R],
    );
    return {
      owed: r.findings.filter((f) => f.rule === R).map((f) => f.owed_satang),
      why: r.undetermined
        .filter((u) => u.rule === R)
        .flatMap((u) => u.reasons ?? [])
        .map((x) => `${x.id} ${x.params?.dates} ${x.params?.minutes}`),
    };
  };
  it.each([
    // [what, rows, ot_pay, owed, undetermined]
    [
      'unpaid: 2 h at 75 = 150.00 owed, two work days of 9 h, not 10 h or 15 h (1,125.00)',
      SHIFTS,
      '0',
      [15000],
      [],
    ],
    [
      '10 h paid (750): nothing owed at the least, 375.00 more at the most: undetermined',
      SHIFTS,
      '750',
      [],
      ['hours_gap_uncounted 2025-09-01 300'],
    ],
    ['149.99 paid: 0.01 owed at the least', SHIFTS, '149.99', [1], []],
    ['15 h paid (1,125): nothing owed even at the most, nothing said', SHIFTS, '1125', [], []],
    [
      'a lunch of 3 h (08:00-12:00, 15:00-19:00): its hour beyond 2 h is work, 75.00 owed',
      ['E1,2025-09-01,08:00,12:00', 'E1,2025-09-01,15:00,19:00'],
      '0',
      [7500],
      [],
    ],
    [
      'a gap of exactly 4 h (08:00-12:00, 16:00-20:00): 2 h of it work, 150.00 owed',
      ['E1,2025-09-01,08:00,12:00', 'E1,2025-09-01,16:00,20:00'],
      '0',
      [15000],
      [],
    ],
    [
      'a gap of 4 h 1 min (08:00-12:00, 16:01-20:01): 8 h, no overtime at the least; 2 h 1 min at the most',
      ['E1,2025-09-01,08:00,12:00', 'E1,2025-09-01,16:01,20:01'],
      '0',
      [],
      ['hours_gap_uncounted 2025-09-01 121'],
    ],
  ] as const)('%s', (_, rows, paid, owed, why) => {
    expect(overtime([...rows], paid)).toEqual({ owed, why });
  });

  it.each([
    // [what, rows, findings, undetermined]
    [
      'the two shifts: overtime from 14:00 or two shifts, undetermined',
      SHIFTS,
      [],
      ['shift_gap_unknown 2025-09-01'],
    ],
    [
      '06:00-10:00, 15:00-19:00: no overtime at the least, 3 h at the most: undetermined',
      ['E1,2025-09-01,06:00,10:00', 'E1,2025-09-01,15:00,19:00'],
      [],
      ['shift_gap_unknown 2025-09-01'],
    ],
    [
      '08:00-10:00, 15:00-19:00: 1 h of overtime at the most, under 2 h: nothing',
      ['E1,2025-09-01,08:00,10:00', 'E1,2025-09-01,15:00,19:00'],
      [],
      [],
    ],
    [
      'a break of exactly 4 h before 2 h of overtime from 18:00: the finding, as before',
      ['E1,2025-09-01,08:00,12:00', 'E1,2025-09-01,16:00,20:00'],
      ['2025-09-01'],
      [],
    ],
  ] as const)('s.27 break before overtime: %s', (_, rows, dates, why) => {
    expect(check('lpa-27-break-before-overtime', ADULT, CANON, [...rows])).toEqual({ dates, why });
  });

  it('s.27 daily break: a first stretch of 9 h is a finding either way', () => {
    expect(check('lpa-27-daily-break', ADULT, CANON, SHIFTS)).toEqual({ dates: ['2025-09-01'], why: [] });
  });

  it('s.26: six days of 06:00-12:00 and 17:00-23:00, 24 h of overtime at the least, 42 h at the most: undetermined', () => {
    const rows = [1, 2, 3, 4, 5, 6].flatMap((d) => [
      `E1,2025-09-0${d},06:00,12:00`,
      `E1,2025-09-0${d},17:00,23:00`,
    ]);
    expect(check('lpa-26-weekly-overtime-cap', ADULT, CANON, rows)).toEqual({
      dates: [],
      why: ['hours_gap_uncounted 2025-09-01, 2025-09-02, 2025-09-03 and 3 more days'],
    });
  });

  it('s.26: five such days and a day of 13:00-21:00 after a lunch hour: 24 h at the least, 39 h at the most: only the five named', () => {
    const rows = [
      ...[1, 2, 3, 4, 5].flatMap((d) => [`E1,2025-09-0${d},06:00,12:00`, `E1,2025-09-0${d},17:00,23:00`]),
      'E1,2025-09-06,08:00,12:00',
      'E1,2025-09-06,13:00,21:00',
    ];
    expect(check('lpa-26-weekly-overtime-cap', ADULT, CANON, rows)).toEqual({
      dates: [],
      why: ['hours_gap_uncounted 2025-09-01, 2025-09-02, 2025-09-03 and 2 more days'],
    });
  });

  it('s.26: the same week with gaps of 4 h (06:00-12:00, 16:00-22:00) is 36 h of overtime, at the cap: nothing', () => {
    const rows = [1, 2, 3, 4, 5, 6].flatMap((d) => [
      `E1,2025-09-0${d},06:00,12:00`,
      `E1,2025-09-0${d},16:00,22:00`,
    ]);
    expect(check('lpa-26-weekly-overtime-cap', ADULT, CANON, rows)).toEqual({ dates: [], why: [] });
  });

  it.each([
    [
      '08:00-11:00, 16:00-19:00: 6 h at the least, 9 h at the most, over 7: undetermined',
      ['E1,2025-09-01,08:00,11:00', 'E1,2025-09-01,16:00,19:00'],
      [],
      ['hours_gap_uncounted 2025-09-01'],
    ],
    ['the two shifts: 18 h at the least, over 7: the finding', SHIFTS, ['2025-09-01'], []],
  ] as const)('s.31 hazardous work: %s', (_, rows, dates, why) => {
    expect(check('lpa-31-hazardous-overtime', HAZARDOUS, CANON, [...rows])).toEqual({ dates, why });
  });

  it('two books: 15 h of overtime paid, 10 h at the least and 15 h at the most: no sign, undetermined', () => {
    const R = 'integrity-two-books';
    const paid = (h: number) =>
      run(
        {
          employees: ADULT,
          hours: [CANON, ...SHIFTS].join('\n'),
          payroll: `${PAY},ot_hours\nE1,2025-09-01,2025-09-07,2025-09-07,400,1125,${h}`,
        },
        '2025-09-30',
        [R],
      );
    const r = paid(15);
    expect(r.findings.filter((f) => f.rule === R)).toEqual([]);
    expect(whyOf(r, R)).toEqual(['shift_gap_unknown 2025-09-01']);
    // 18 h paid: beyond what the day could hold and the 2 h tolerance, a sign.
    expect(paid(18).findings.filter((f) => f.rule === R)).toHaveLength(1);
  });

  it('two books: a span day and a day of two shifts in one period, each said with its own reason', () => {
    // A check-in/check-out record: 07:00-19:00 alone on 1 Sep (2 h of overtime at the least, 4 h at
    // the most), the two shifts on 2 Sep as two rows (10 h, 15 h): 12 h to 19 h in all.
    const R = 'integrity-two-books';
    const paid = (h: number) =>
      run(
        {
          employees: ADULT,
          hours: [
            SPANS,
            'E1,2025-09-01,07:00,19:00',
            'E1,2025-09-02,06:00,15:00',
            'E1,2025-09-02,22:00,07:00',
          ].join('\n'),
          payroll: `${PAY},ot_hours\nE1,2025-09-01,2025-09-07,2025-09-07,800,0,${h}`,
        },
        '2025-09-30',
        [R],
      );
    const r = paid(19);
    expect(r.findings.filter((f) => f.rule === R)).toEqual([]);
    expect(whyOf(r, R)).toEqual(['breaks_unrecorded 2025-09-01', 'shift_gap_unknown 2025-09-02']);
    const over = paid(22);
    expect(over.findings.filter((f) => f.rule === R)).toHaveLength(1);
    expect(whyOf(over, R)).toEqual([]);
  });
});
