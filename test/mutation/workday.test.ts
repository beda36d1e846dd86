import { beforeEach, describe, expect, it } from 'vitest';
import { plausibility } from '../../src/evaluate/pack-use.js';
import {
  clockAfterWorked,
  limitMinutes,
  type WorkDay,
  workDay,
  workDays,
  workWeeks,
} from '../../src/facts/workday.js';
import { ParamStore } from '../../src/pack/params.js';
import type { Stretch } from '../../src/parse/records.js';
import { employeeRecord, pack, packWith } from '../helpers.js';

// Work-day facts: breaks, the s.27 para 3 excess break counted as work, the normal limit L,
// holiday minutes, where overtime starts, and the weekly series.
const emp = employeeRecord;
const m = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3));
const st = (date: string, start: string, end: string, o: Partial<Stretch> = {}): Stretch => ({
  employee_id: 'E1',
  date,
  start: m(start),
  end: m(end) <= m(start) ? m(end) + 1440 : m(end),
  break_minutes: 0,
  day_type: 'work',
  row: 2,
  ...o,
});
const params = pack().params;

describe('breaks over 120 minutes count as work (s.27 para 3)', () => {
  // 08:00-12:00 and 15:00-19:00: a 3 h break, of which 1 h counts as work: 9 h worked.
  // Built before each test, not while collecting: a throw then fails the tests instead of hiding
  // them, and Stryker sees which tests reach the code.
  let d: WorkDay;
  beforeEach(() => {
    d = workDay(
      emp(),
      '2025-09-01',
      [st('2025-09-01', '08:00', '12:00'), st('2025-09-01', '15:00', '19:00')],
      params,
    );
  });
  it('9 h worked: 8 normal and 1 overtime', () => {
    expect([d.breakMin, d.excessBreakMin, d.workedMin, d.normalMin, d.overtimeMin]).toEqual([
      180, 60, 540, 480, 60,
    ]);
  });
  it('overtime starts at 18:00: the excess hour counts first, 8 h are reached at 18:00', () => {
    expect(clockAfterWorked(d, 480)).toBe(m('18:00'));
    expect(clockAfterWorked(d, 240)).toBe(m('11:00'));
    expect(clockAfterWorked(d, 300)).toBe(m('12:00'));
    expect(clockAfterWorked(d, 301)).toBe(m('15:01'));
    expect(clockAfterWorked(d, 30)).toBe(m('08:00'));
  });
  it('past the last stretch: its end', () => {
    expect(clockAfterWorked(d, 900)).toBe(m('19:00'));
  });
  it('a break of exactly 120 minutes is not work', () => {
    const e = workDay(
      emp(),
      '2025-09-01',
      [st('2025-09-01', '08:00', '12:00'), st('2025-09-01', '14:00', '18:00')],
      params,
    );
    expect([e.excessBreakMin, e.workedMin, e.overtimeMin]).toEqual([0, 480, 0]);
    expect(clockAfterWorked(e, 480)).toBe(m('18:00'));
  });
  it('a break given only as break_minutes has no clock position', () => {
    const e = workDay(
      emp(),
      '2025-09-01',
      [st('2025-09-01', '08:00', '19:00', { break_minutes: 150 })],
      params,
    );
    expect([e.unplacedBreakMin, e.breakMin, e.excessBreakMin, e.workedMin]).toEqual([150, 150, 30, 540]);
    expect(clockAfterWorked(e, 480)).toBeUndefined();
  });
  it('touching stretches leave no gap', () => {
    const e = workDay(
      emp(),
      '2025-09-01',
      [st('2025-09-01', '08:00', '12:00'), st('2025-09-01', '12:00', '16:00')],
      params,
    );
    expect(e.gaps).toEqual([]);
    expect(e.breakMin).toBe(0);
  });
});

describe('the normal limit L', () => {
  it('8 h, 7 h in hazardous work, the announced day when shorter, never above the ceiling', () => {
    expect(limitMinutes(emp(), params, '2025-09-01')).toBe(480);
    expect(limitMinutes(emp({ hazardous: true }), params, '2025-09-01')).toBe(420);
    expect(limitMinutes(emp({ normal_hours_per_day: 7.5 }), params, '2025-09-01')).toBe(450);
    expect(limitMinutes(emp({ normal_hours_per_day: 9 }), params, '2025-09-01')).toBe(480);
  });
  it('a 7.5-hour day: 08:00-17:00 with a 1 h break is 7.5 h normal and 0.5 h overtime', () => {
    const d = workDay(
      emp({ normal_hours_per_day: 7.5 }),
      '2025-09-01',
      [st('2025-09-01', '08:00', '17:00', { break_minutes: 60 })],
      params,
    );
    expect([d.limitMin, d.normalMin, d.overtimeMin]).toEqual([450, 450, 30]);
  });
});

describe('holiday minutes', () => {
  it('one holiday stretch makes the day a holiday: 10 h = 8 h holiday + 2 h holiday overtime', () => {
    const d = workDay(
      emp(),
      '2025-09-07',
      [
        st('2025-09-07', '08:00', '12:00'),
        st('2025-09-07', '13:00', '19:00', { day_type: 'public_holiday' }),
      ],
      params,
    );
    expect(d.day_type).toBe('public_holiday');
    expect([d.normalMin, d.overtimeMin, d.holidayMin, d.holidayOvertimeMin]).toEqual([0, 0, 480, 120]);
  });
});

describe('the weekly series', () => {
  let days: WorkDay[];
  beforeEach(() => {
    days = workDays(
      emp(),
      [
        st('2025-09-01', '08:00', '19:00', { break_minutes: 60 }), // Monday: 8 + 2 OT
        st('2025-09-06', '08:00', '12:00'), // Saturday: 4
        st('2025-09-07', '08:00', '18:00', { break_minutes: 60, day_type: 'weekly_holiday' }), // Sunday: 8 + 1
        st('2025-09-08', '08:00', '17:00', { break_minutes: 60 }), // next Monday: 8
      ],
      params,
    );
  });
  it('groups Monday to Sunday and sums each measure', () => {
    const w = workWeeks(days);
    expect(w.map((x) => [x.start, x.end, x.days.length])).toEqual([
      ['2025-09-01', '2025-09-07', 3],
      ['2025-09-08', '2025-09-14', 1],
    ]);
    expect([
      w[0].workedMin,
      w[0].normalMin,
      w[0].overtimeMin,
      w[0].holidayMin,
      w[0].holidayOvertimeMin,
    ]).toEqual([600 + 240 + 540, 480 + 240, 120, 480, 60]);
    expect(w[1].workedMin).toBe(480);
    expect(w[0].employee_id).toBe('E1');
  });
  it('weeks starting on Sunday (weekStart 6)', () => {
    const w = workWeeks(days, 6);
    expect(w.map((x) => [x.start, x.end, x.days.length])).toEqual([
      ['2025-08-31', '2025-09-06', 2],
      ['2025-09-07', '2025-09-13', 2],
    ]);
  });
  it('one work day per date, stretches sorted', () => {
    expect(days.map((d) => d.date)).toEqual(['2025-09-01', '2025-09-06', '2025-09-07', '2025-09-08']);
    expect(days.map((d) => d.rows)).toEqual([[2], [2], [2], [2]]);
  });
});

describe('work days the rule pack has no parameters for', () => {
  it('a date before 1998-08-19 is skipped with the parameter named, the next day kept', () => {
    const skipped: { date: string; reason: string }[] = [];
    const days = workDays(
      emp(),
      [st('1998-08-18', '08:00', '17:00'), st('1998-08-19', '08:00', '17:00')],
      params,
      skipped,
    );
    expect(days.map((d) => d.date)).toEqual(['1998-08-19']);
    expect(skipped).toEqual([
      {
        date: '1998-08-18',
        reason: 'rule pack parameter break_excess_counts_after_minutes has no number in force on 1998-08-18',
      },
    ]);
  });
  it('without a list to skip into, it throws', () => {
    expect(() => workDays(emp(), [st('1998-08-18', '08:00', '17:00')], params)).toThrow(
      'rule pack parameter break_excess_counts_after_minutes has no number in force on 1998-08-18',
    );
  });
  it('a parameter the rule pack does not have at all is not in force either', () => {
    const p = new ParamStore();
    for (const n of params.names()) if (n !== 'normal_hours_per_day') p.set(n, params.get(n)!);
    expect(() => limitMinutes(emp(), p, '2025-09-01')).toThrow(
      'rule pack parameter normal_hours_per_day has no number in force on 2025-09-01',
    );
  });
  it('a value changed on 2025-09-02: 8 h the day before, 7 h from the day of the change', () => {
    const p = packWith({
      normal_hours_per_day: [
        { from: '1998-08-19', value: 8 },
        { from: '2025-09-02', value: 7 },
      ],
    }).params;
    expect(limitMinutes(emp(), p, '2025-09-01')).toBe(480);
    expect(limitMinutes(emp(), p, '2025-09-02')).toBe(420);
    expect(limitMinutes(emp(), p, '1998-08-19')).toBe(480);
  });
  it('a parameter whose value is not a number is not in force', () => {
    const p = packWith({ normal_hours_per_day: 'eight' }).params;
    expect(() => limitMinutes(emp(), p, '2025-09-01')).toThrow(
      'rule pack parameter normal_hours_per_day has no number in force on 2025-09-01',
    );
  });
});

describe('stretches of one day', () => {
  it('given out of order, they are sorted: 13:00-17:00 then 08:00-12:00 has a 1 h break at 12:00', () => {
    const d = workDay(
      emp(),
      '2025-09-01',
      [st('2025-09-01', '13:00', '17:00', { row: 3 }), st('2025-09-01', '08:00', '12:00', { row: 2 })],
      params,
    );
    expect(d.gaps).toEqual([{ start: m('12:00'), end: m('13:00') }]);
    expect([d.breakMin, d.workedMin]).toEqual([60, 480]);
    expect(d.rows).toEqual([2, 3]);
  });
  it('the list given to workDay is left as it was; workDays sorts each date out of order too', () => {
    const given = [
      st('2025-09-01', '13:00', '17:00', { row: 3 }),
      st('2025-09-01', '08:00', '12:00', { row: 2 }),
    ];
    const d = workDay(emp(), '2025-09-01', given, params);
    expect(given.map((x) => x.row)).toEqual([3, 2]);
    expect(d.stretches.map((x) => x.row)).toEqual([2, 3]);
    const [a, b] = workDays(
      emp(),
      [
        st('2025-09-01', '15:00', '18:00', { row: 4 }),
        st('2025-09-01', '08:00', '10:00', { row: 2 }),
        st('2025-09-01', '11:00', '14:00', { row: 3 }),
        st('2025-09-02', '08:00', '12:00', { row: 5 }),
        st('2025-09-02', '13:00', '17:00', { row: 6, day_type: 'weekly_holiday' }),
      ],
      params,
    );
    expect(a.rows).toEqual([2, 3, 4]);
    expect(a.gaps).toEqual([
      { start: m('10:00'), end: m('11:00') },
      { start: m('14:00'), end: m('15:00') },
    ]);
    expect([a.breakMin, a.workedMin, a.day_type]).toEqual([120, 480, 'work']);
    // In order already: kept as given; the holiday stretch makes the day a holiday.
    expect(b.rows).toEqual([5, 6]);
    expect([b.breakMin, b.workedMin, b.day_type, b.holidayMin]).toEqual([60, 480, 'weekly_holiday', 480]);
  });
  it('the first stretch not of work names the day, whatever follows: holiday then work, public then weekly holiday', () => {
    const holidayFirst = workDay(
      emp(),
      '2025-09-01',
      [
        st('2025-09-01', '08:00', '12:00', { day_type: 'weekly_holiday' }),
        st('2025-09-01', '13:00', '17:00'),
      ],
      params,
    );
    expect(holidayFirst.day_type).toBe('weekly_holiday');
    const twoKinds = workDay(
      emp(),
      '2025-09-01',
      [
        st('2025-09-01', '08:00', '10:00'),
        st('2025-09-01', '10:00', '12:00', { day_type: 'public_holiday' }),
        st('2025-09-01', '13:00', '17:00', { day_type: 'weekly_holiday' }),
      ],
      params,
    );
    expect([twoKinds.day_type, twoKinds.holidayMin, twoKinds.normalMin]).toEqual(['public_holiday', 480, 0]);
  });
  it('stretches with their own breaks and gaps: the breaks add up, worked time is the rest', () => {
    const d = workDay(
      emp(),
      '2025-09-01',
      [
        st('2025-09-01', '07:00', '12:00', { break_minutes: 15 }),
        st('2025-09-01', '12:30', '16:00', { break_minutes: 10 }),
        st('2025-09-01', '16:00', '20:00'),
      ],
      params,
    );
    expect(d.gaps).toEqual([{ start: m('12:00'), end: m('12:30') }]);
    expect([d.unplacedBreakMin, d.breakMin, d.excessBreakMin, d.workedMin]).toEqual([25, 55, 0, 725]);
  });
  it('overlapping stretches leave no break: 08:00-12:00 and 11:00-15:00', () => {
    const d = workDay(
      emp(),
      '2025-09-01',
      [st('2025-09-01', '08:00', '12:00'), st('2025-09-01', '11:00', '15:00')],
      params,
    );
    expect(d.gaps).toEqual([]);
    expect(d.breakMin).toBe(0);
  });
  it('a day of work only is a work day, with no holiday minutes', () => {
    const d = workDay(
      emp(),
      '2025-09-01',
      [st('2025-09-01', '08:00', '19:00', { break_minutes: 60 })],
      params,
    );
    expect([d.day_type, d.normalMin, d.overtimeMin, d.holidayMin, d.holidayOvertimeMin]).toEqual([
      'work',
      480,
      120,
      0,
      0,
    ]);
  });
});

describe('the first date a work day can be counted is when all its parameters are in force', () => {
  it('the bundled pack: 1998-08-19, the Act in force', () => {
    expect(plausibility(pack()).earliest).toBe('1998-08-19');
  });
  it.each(['normal_hours_per_day', 'hazardous_hours_per_day', 'break_excess_counts_after_minutes'])(
    'a pack whose %s starts on 2000-01-01: 2000-01-01',
    (name) => {
      expect(plausibility(packWith({ [name]: 8 }, '2000-01-01')).earliest).toBe('2000-01-01');
    },
  );
});

describe('work weeks come out in date order', () => {
  it('days given out of order: the weeks of 1, 8 and 15 September in that order', () => {
    const days = [
      st('2025-09-15', '08:00', '17:00'),
      st('2025-09-01', '08:00', '17:00'),
      st('2025-09-08', '08:00', '17:00'),
    ].map((s) => workDay(emp(), s.date, [s], params));
    expect(workWeeks(days).map((w) => w.start)).toEqual(['2025-09-01', '2025-09-08', '2025-09-15']);
  });
});

describe('a gap longer than shift_gap_minutes (4 h) is not a break counted as work at the least', () => {
  // 06:00-15:00, then 22:00-07:00 on one date: a break of 7 h, or two shifts. Counted as a break,
  // its 5 h beyond 2 h were work (23 h, 15 h of overtime); now they are what the day may hold more,
  // and the overtime at the least is the smaller of one work day (10 h) and two (1 h each).
  const day = (...xs: [string, string][]) =>
    workDay(
      emp(),
      '2025-09-01',
      xs.map(([a, b]) => st('2025-09-01', a, b)),
      params,
    );
  const facts = (d: WorkDay) => [
    d.breakMin,
    d.excessBreakMin,
    d.gapMoreMin,
    d.workedMin,
    d.normalMin,
    d.overtimeMin,
  ];
  it.each([
    // [what, stretches, [breaks, excess counted, more possible, worked, normal, overtime]]
    [
      'two shifts, 06:00-15:00 and 22:00-07:00: 18 h worked, 2 h overtime as two days, 5 h more possible',
      [
        ['06:00', '15:00'],
        ['22:00', '07:00'],
      ],
      [420, 0, 300, 1080, 480, 120],
    ],
    [
      'two shifts of 12 h and 2 h (06:00-18:00, 23:00-01:00): as two days 4 h, as one 6 h: 4 h',
      [
        ['06:00', '18:00'],
        ['23:00', '01:00'],
      ],
      [300, 0, 180, 840, 480, 240],
    ],
    [
      'a lunch of 3 h in the first shift (06:00-10:00, 13:00-17:00, 22:00-23:00): its hour is work as one day and as two',
      [
        ['06:00', '10:00'],
        ['13:00', '17:00'],
        ['22:00', '23:00'],
      ],
      [480, 60, 300, 600, 480, 60],
    ],
    [
      'a gap of exactly 4 h (08:00-12:00, 16:00-20:00) is a break: 2 h of it work',
      [
        ['08:00', '12:00'],
        ['16:00', '20:00'],
      ],
      [240, 120, undefined, 600, 480, 120],
    ],
    [
      'a gap of 4 h 1 min (08:00-12:00, 16:01-20:01): none of it work, 2 h 1 min more possible',
      [
        ['08:00', '12:00'],
        ['16:01', '20:01'],
      ],
      [241, 0, 121, 480, 480, 0],
    ],
    [
      'a lunch of 1 h and a gap of 7 h: the lunch is under 2 h, the gap all more possible beyond it',
      [
        ['06:00', '10:00'],
        ['11:00', '15:00'],
        ['22:00', '02:00'],
      ],
      [480, 0, 360, 720, 480, 0],
    ],
    [
      'breaks of 2 h and 1 h 30 min and a gap of 7 h: 1 h 30 min of the breaks work, the 7 h more possible',
      [
        ['06:00', '09:00'],
        ['11:00', '13:00'],
        ['14:30', '15:00'],
        ['22:00', '23:00'],
      ],
      [630, 90, 420, 480, 480, 0],
    ],
  ] as const)('%s', (_, xs, expected) => {
    expect(facts(day(...(xs as unknown as [string, string][])))).toEqual(expected);
  });
  it('the threshold is the pack parameter: at 8 h, the 7 h gap is a break again, 5 h of it work', () => {
    const p = packWith({ shift_gap_minutes: 480 }).params;
    const d = workDay(
      emp(),
      '2025-09-01',
      [st('2025-09-01', '06:00', '15:00'), st('2025-09-01', '22:00', '07:00')],
      p,
    );
    expect(facts(d)).toEqual([420, 300, undefined, 1380, 480, 900]);
  });
  it('a day of one stretch reads no shift_gap_minutes: a date before it is in force still has its day', () => {
    const p = packWith({ shift_gap_minutes: [{ from: '2030-01-01', value: 240 }] }).params;
    expect(workDay(emp(), '2025-09-01', [st('2025-09-01', '08:00', '12:00')], p).workedMin).toBe(240);
    expect(() =>
      workDay(
        emp(),
        '2025-09-01',
        [st('2025-09-01', '08:00', '12:00'), st('2025-09-01', '13:00', '17:00')],
        p,
      ),
    ).toThrow(/shift_gap_minutes/);
  });
  it('a date before shift_gap_minutes is in force is skipped, with its reason', () => {
    const p = packWith({ shift_gap_minutes: [{ from: '2030-01-01', value: 240 }] }).params;
    const skipped: { date: string; reason: string }[] = [];
    const days = workDays(
      emp(),
      [st('2025-09-01', '08:00', '12:00'), st('2025-09-01', '13:00', '17:00')],
      p,
      skipped,
    );
    expect(days).toEqual([]);
    expect(skipped.map((s) => s.date)).toEqual(['2025-09-01']);
  });
});
