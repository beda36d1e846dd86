import { describe, expect, it } from 'vitest';
import {
  mostOf,
  shiftsUnknown,
  spanMore,
  spansUncounted,
  uncountedReasons,
} from '../../src/evaluate/checks/spans.js';
import type { WorkDay } from '../../src/facts/workday.js';
import type { Result } from '../../src/findings/result.js';
import { run } from '../helpers.js';

// A day recorded as one span from first in to last out (Check-in, Check-out) with no break is
// counted at the least it can mean, the span less an unplaced break of up to 120 min (s.27 para
// 3), and at the most it can mean, the whole span (src/evaluate/checks/spans.ts). These run the
// checks in this process, so that mutation testing sees them (the CLI tests of
// test/spans-without-breaks.test.ts run the built code and worker threads). 2025-09-01 is a Monday.

/** A WorkDay with the fields spans.ts reads; the rest as a day of 8 h normal work. */
const workDay = (o: Partial<WorkDay>): WorkDay =>
  ({
    date: '2025-09-01',
    day_type: 'work',
    workedMin: 480,
    normalMin: 480,
    overtimeMin: 0,
    holidayMin: 0,
    holidayOvertimeMin: 0,
    limitMin: 480,
    unplacedBreakMin: 0,
    ...o,
  }) as WorkDay;

describe('spanMore: the minutes a day may hold beyond those counted', () => {
  it.each([
    [
      'a span of 12 h, counted 10 h: its 120 min break',
      { breakUnrecorded: true, unplacedBreakMin: 120 } as const,
      120,
    ],
    ['a span whose break was taken as 45 min', { breakUnrecorded: true, unplacedBreakMin: 45 } as const, 45],
    ['a day of stretches with a 60 min break recorded: nothing more', { unplacedBreakMin: 60 }, 0],
    ['a day whose 7 h gap may be a break: its 300 min beyond 2 h', { gapMoreMin: 300 }, 300],
    [
      'break_minutes of 60 and a gap that may be a break: only the gap, the break is recorded',
      { unplacedBreakMin: 60, gapMoreMin: 121 },
      121,
    ],
    [
      'a span with a 120 min break and a gap of 7 h after it: both',
      { breakUnrecorded: true, unplacedBreakMin: 120, gapMoreMin: 300 } as const,
      420,
    ],
  ])('%s', (_, o, more) => {
    expect(spanMore(workDay(o))).toBe(more);
  });
});

describe('mostOf: the day had no break been given in its span', () => {
  it('a day not a span is itself', () => {
    const d = workDay({ unplacedBreakMin: 60 });
    expect(mostOf(d)).toBe(d);
  });
  it.each([
    // [what, day, expected most]
    [
      'a work day of 10 h counted, limit 8 h: 12 h, 8 h normal and 4 h overtime',
      { workedMin: 600, normalMin: 480, overtimeMin: 120, limitMin: 480 },
      { workedMin: 720, normalMin: 480, overtimeMin: 240, holidayMin: 0, holidayOvertimeMin: 0 },
    ],
    [
      'a work day of 6 h counted, limit 8 h: 8 h, all normal',
      { workedMin: 360, normalMin: 360, limitMin: 480 },
      { workedMin: 480, normalMin: 480, overtimeMin: 0, holidayMin: 0, holidayOvertimeMin: 0 },
    ],
    [
      'a work day of 7 h counted, hazardous limit 7 h: 9 h, 2 h overtime',
      { workedMin: 420, normalMin: 420, limitMin: 420 },
      { workedMin: 540, normalMin: 420, overtimeMin: 120, holidayMin: 0, holidayOvertimeMin: 0 },
    ],
    [
      'a public holiday of 7 h counted: 9 h, 8 h holiday work and 1 h holiday overtime',
      { day_type: 'public_holiday', workedMin: 420, normalMin: 0, holidayMin: 420, limitMin: 480 },
      { workedMin: 540, normalMin: 0, overtimeMin: 0, holidayMin: 480, holidayOvertimeMin: 60 },
    ],
    [
      'a weekly rest day of 5 h counted: 7 h of holiday work',
      { day_type: 'weekly_holiday', workedMin: 300, normalMin: 0, holidayMin: 300, limitMin: 480 },
      { workedMin: 420, normalMin: 0, overtimeMin: 0, holidayMin: 420, holidayOvertimeMin: 0 },
    ],
  ] as const)('%s', (_, o, most) => {
    expect(
      mostOf(workDay({ ...o, breakUnrecorded: true, unplacedBreakMin: 120 } as Partial<WorkDay>)),
    ).toEqual(most);
  });
});

describe('mostOf: the day with its long gap a break', () => {
  it('06:00-15:00 and 22:00-07:00, 18 h counted, 10 h overtime: 23 h, 15 h overtime at the most', () => {
    expect(mostOf(workDay({ workedMin: 1080, normalMin: 480, overtimeMin: 600, gapMoreMin: 300 }))).toEqual({
      workedMin: 1380,
      normalMin: 480,
      overtimeMin: 900,
      holidayMin: 0,
      holidayOvertimeMin: 0,
    });
  });
  it('a day of a gap with nothing more possible is itself', () => {
    const d = workDay({ gapMoreMin: 0 });
    expect(mostOf(d)).toBe(d);
  });
});

describe('uncountedReasons: spans and long gaps, each with its own reason', () => {
  const said = (r: ReturnType<typeof uncountedReasons>) =>
    r.map((x) => [x.id, x.params?.dates, x.params?.minutes]);
  it('spans alone: the span reason, as spansUncounted', () => {
    const days = [
      workDay({ date: '2025-09-01', breakUnrecorded: true, unplacedBreakMin: 120 }),
      workDay({ date: '2025-09-02', breakUnrecorded: true, unplacedBreakMin: 45 }),
    ];
    expect(said(uncountedReasons(days))).toEqual([['hours_span_uncounted', '2025-09-01, 2025-09-02', 120]]);
  });
  it('long gaps alone: the gap reason, with the largest they may add (121 after 300)', () => {
    const days = [
      workDay({ date: '2025-09-01', gapMoreMin: 121 }),
      workDay({ date: '2025-09-03', gapMoreMin: 300 }),
    ];
    expect(said(uncountedReasons(days))).toEqual([['hours_gap_uncounted', '2025-09-01, 2025-09-03', 300]]);
    expect(said(uncountedReasons(days.reverse()))).toEqual([
      ['hours_gap_uncounted', '2025-09-03, 2025-09-01', 300],
    ]);
  });
  it('both: each reason lists its own days, with its own minutes; a day of both in both', () => {
    const days = [
      workDay({ date: '2025-09-01', breakUnrecorded: true, unplacedBreakMin: 90 }),
      workDay({ date: '2025-09-02', gapMoreMin: 300 }),
      workDay({ date: '2025-09-03', breakUnrecorded: true, unplacedBreakMin: 120, gapMoreMin: 150 }),
    ];
    expect(said(uncountedReasons(days))).toEqual([
      ['hours_span_uncounted', '2025-09-01, 2025-09-03', 120],
      ['hours_gap_uncounted', '2025-09-02, 2025-09-03', 300],
    ]);
  });
  it('none: no reason', () => {
    expect(uncountedReasons([])).toEqual([]);
  });
  it('the span reason counts a span day at its break, not with its gap', () => {
    const days = [
      workDay({ date: '2025-09-01', breakUnrecorded: true, unplacedBreakMin: 90, gapMoreMin: 300 }),
    ];
    expect(spansUncounted(days).params).toMatchObject({ minutes: 90 });
  });
  it('shiftsUnknown names the dates', () => {
    expect(shiftsUnknown(['2025-09-01', '2025-09-02'])).toEqual({
      id: 'shift_gap_unknown',
      params: { dates: '2025-09-01, 2025-09-02', dates_th: '2025-09-01, 2025-09-02' },
    });
  });
});

describe('spansUncounted: the reason, with the largest break the days may hold', () => {
  it('three days, breaks of 120, 45 and 90 min: up to 120 min, the dates listed', () => {
    const days = [
      workDay({ date: '2025-09-01', breakUnrecorded: true, unplacedBreakMin: 120 }),
      workDay({ date: '2025-09-02', breakUnrecorded: true, unplacedBreakMin: 45 }),
      workDay({ date: '2025-09-03', breakUnrecorded: true, unplacedBreakMin: 90 }),
    ];
    const why = spansUncounted(days);
    expect(why.id).toBe('hours_span_uncounted');
    expect(why.params).toMatchObject({
      minutes: 120,
      dates: '2025-09-01, 2025-09-02, 2025-09-03',
      dates_th: '2025-09-01, 2025-09-02, 2025-09-03',
    });
  });
  it('the largest is found wherever it stands: 45, then 90', () => {
    const days = [
      workDay({ date: '2025-09-01', breakUnrecorded: true, unplacedBreakMin: 45 }),
      workDay({ date: '2025-09-02', breakUnrecorded: true, unplacedBreakMin: 90 }),
    ];
    expect(spansUncounted(days).params).toMatchObject({ minutes: 90 });
  });
});

const EMP = 'employee_id,birth_date,province,wage_type,wage_rate\nE1,1990-01-01,Bangkok,daily,400';
const SPANS = 'Employee ID,Date,Check-in,Check-out';
const CANONICAL = 'employee_id,date,start,end,break_minutes';
const check = (header: string, rows: string[], only: string[]) =>
  run({ employees: EMP, hours: [header, ...rows].join('\n') }, '2025-09-30', only);
const found = (r: Result, rule: string) => r.findings.filter((f) => f.rule === rule);
const why = (r: Result, rule: string) =>
  r.undetermined.filter((u) => u.rule === rule).flatMap((u) => u.reasons ?? []);

describe('s.27 daily break on spans', () => {
  const R = 'lpa-27-daily-break';
  it('07:58-17:03 in a check-in/check-out record: no finding, undetermined on the day', () => {
    const r = check(SPANS, ['E1,2025-09-01,07:58,17:03'], [R]);
    expect(found(r, R)).toEqual([]);
    expect(why(r, R).map((x) => [x.id, x.params?.dates])).toEqual([['breaks_unrecorded', '2025-09-01']]);
  });
  it('the same day in canonical start/end is one stretch: the finding stands', () => {
    const r = check(CANONICAL, ['E1,2025-09-01,07:58,17:03,'], [R]);
    expect(found(r, R).map((f) => f.date)).toEqual(['2025-09-01']);
    expect(why(r, R)).toEqual([]);
  });
  it('a span day beside a day with a rejected row: both said, each with its reason', () => {
    const r = check(SPANS, ['E1,2025-09-01,07:58,17:03', 'E1,2025-09-02,07:58,25:99'], [R]);
    expect(found(r, R)).toEqual([]);
    expect(why(r, R).map((x) => [x.id, x.params?.dates ?? x.params?.days])).toEqual([
      ['breaks_unrecorded', '2025-09-01'],
      ['hours_day_incomplete', '2025-09-02 (row 3)'],
    ]);
  });
});

describe('weekly hours and overtime pay on spans, at the least and the most', () => {
  // Six days of 07:00-22:00 spans: 13 h a day at the least, 5 h of it overtime (30 h a week, under
  // the 36 h cap); 15 h at the most, 7 h overtime (42 h): the cap is not known to be kept.
  const week = ['01', '02', '03', '04', '05', '06'].map((d) => `E1,2025-09-${d},07:00,22:00`);
  const R = 'lpa-26-weekly-overtime-cap';
  it('s.26 weekly overtime cap: no finding, undetermined with up to 120 min a day', () => {
    const r = check(SPANS, week, [R]);
    expect(found(r, R)).toEqual([]);
    expect(why(r, R).map((x) => [x.id, x.params?.minutes])).toEqual([['hours_span_uncounted', 120]]);
  });
  it('the same week in canonical start/end: 42 h of overtime, a finding', () => {
    const r = check(
      CANONICAL,
      week.map((w) => `${w},`),
      [R],
    );
    expect(found(r, R)).toHaveLength(1);
    expect(why(r, R)).toEqual([]);
  });
  it('s.61: a 07:00-19:00 span owes 2 h of overtime at the least (150.00 baht), not 4 h', () => {
    const R = 'lpa-61-overtime-pay';
    const r = run(
      {
        employees: EMP,
        hours: [SPANS, 'E1,2025-09-01,07:00,19:00'].join('\n'),
        payroll:
          'employee_id,period_start,period_end,pay_date,base_pay,ot_pay\nE1,2025-09-01,2025-09-07,2025-09-07,400,0',
      },
      '2025-09-30',
      [R],
    );
    expect(found(r, R).map((f) => f.owed_satang)).toEqual([15000]);
  });
});
