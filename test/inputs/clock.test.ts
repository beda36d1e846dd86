import { describe, expect, it } from 'vitest';
import {
  CLOCK_DEFAULTS,
  type ClockOptions,
  directionOf,
  type Punch,
  pairPunches,
} from '../../src/parse/clock.js';

// Punches to stretches (docs/inputs.md, Time-clock logs): re-reads merged, night shifts kept on their start
// date, direction inferred when the device records none, unpaired punches reported.

let row = 0;
function p(at: string, direction: Punch['direction'] = 'unknown', device = '1', employee_id = '7'): Punch {
  const [date, time] = at.split(' ');
  const [h, m, s] = time.split(':').map(Number);
  return { employee_id, date, minute: h * 60 + m, second: s ?? 0, direction, device, row: ++row };
}
const pair = (punches: Punch[], o: Partial<ClockOptions> = {}) =>
  pairPunches(punches, { ...CLOCK_DEFAULTS, ...o });
const spans = (r: ReturnType<typeof pair>) =>
  r.stretches.map((s) => `${s.date} ${s.start}-${s.end}${s.inferred ? '?' : ''}`);

describe('direction as devices write it', () => {
  it.each([
    ['0', 'in'],
    ['1', 'out'],
    ['2', 'out'],
    ['3', 'in'],
    ['4', 'in'],
    ['5', 'out'],
    ['255', 'unknown'],
    ['Check-in', 'in'],
    ['Check-out', 'out'],
    ['C/In', 'in'],
    ['C/Out', 'out'],
    ['checkIn', 'in'],
    ['Break Out', 'out'],
    ['Overtime In', 'in'],
    ['Undefined', 'unknown'],
    ['เข้างาน', 'in'],
    ['ออกงาน', 'out'],
    ['', 'unknown'],
  ] as const)('%s is %s', (state, d) => expect(directionOf(state)).toBe(d));
});

describe('pairing with the states the device recorded', () => {
  it('in and out make a stretch; a re-read within 3 minutes is merged into the punch before', () => {
    const r = pair([
      p('2025-08-04 08:00:05', 'in'),
      p('2025-08-04 08:02:00', 'in'),
      p('2025-08-04 17:00:00', 'out'),
    ]);
    expect(spans(r)).toEqual(['2025-08-04 480-1020']);
    expect(r.merged).toBe(1);
    expect(r.stretches[0].rows).toEqual([row - 2, row - 1, row]);
    expect(r.unpaired).toEqual([]);
  });
  it('a re-read on another device is not merged', () => {
    const r = pair([p('2025-08-04 08:00', 'in', 'A'), p('2025-08-04 08:01', 'out', 'B')]);
    expect(r.merged).toBe(0);
    expect(spans(r)).toEqual(['2025-08-04 480-481']);
  });
  it('--merge-minutes 0 merges nothing', () => {
    const r = pair([p('2025-08-04 08:00', 'in'), p('2025-08-04 08:01', 'in'), p('2025-08-04 17:00', 'out')], {
      mergeMinutes: 0,
    });
    expect(r.merged).toBe(0);
    expect(r.unpaired.map((u) => u.reason)).toEqual([
      expect.stringContaining('no out-punch before the next in-punch'),
    ]);
  });
  it('a night shift stays on the date it started', () => {
    const r = pair([p('2025-08-04 22:00', 'in'), p('2025-08-05 06:00', 'out')]);
    expect(spans(r)).toEqual(['2025-08-04 1320-1800']);
  });
  it('a missing out-punch and a stray out-punch are reported where they are, with the reason', () => {
    const a = p('2025-08-04 08:00', 'in');
    const b = p('2025-08-05 08:00', 'in');
    const c = p('2025-08-05 17:00', 'out');
    const d = p('2025-08-06 17:00', 'out');
    const r = pair([a, b, c, d]);
    expect(spans(r)).toEqual(['2025-08-05 480-1020']);
    expect(r.unpaired).toEqual([
      {
        row: a.row,
        reason: expect.stringContaining(
          'unpaired punch (2025-08-04 08:00): an in-punch with no out-punch before the next in-punch',
        ),
      },
      { row: d.row, reason: expect.stringContaining('an out-punch with no in-punch before it') },
    ]);
  });
  it('an out more than 16 hours after the in pairs with nothing', () => {
    const r = pair([p('2025-08-04 08:00', 'in'), p('2025-08-05 09:00', 'out')]);
    expect(r.stretches).toEqual([]);
    expect(r.unpaired).toHaveLength(2);
  });
  it('an employee with some unknown states is inferred, the others keep the device states', () => {
    const r = pair([
      p('2025-08-04 08:00', 'in', '1', 'A'),
      p('2025-08-04 17:00', 'out', '1', 'A'),
      p('2025-08-04 08:00', 'unknown', '1', 'B'),
      p('2025-08-04 17:00', 'out', '1', 'B'),
    ]);
    expect(r.inferredEmployees).toEqual(['B']);
    expect(r.stretches.map((s) => [s.employee_id, !!s.inferred])).toEqual([
      ['A', false],
      ['B', true],
    ]);
  });
});

describe('pairing when the device recorded no direction (state 255)', () => {
  it('first punch of the work day in, last out, the punches between are a break', () => {
    const r = pair([
      p('2025-08-04 08:00'),
      p('2025-08-04 12:00'),
      p('2025-08-04 13:00'),
      p('2025-08-04 17:00'),
    ]);
    expect(spans(r)).toEqual(['2025-08-04 480-720?', '2025-08-04 780-1020?']);
    expect(r.direction).toContain('inferred');
  });
  it('one missed read does not flip the rest of the day (no strict alternation)', () => {
    // 12:00 missed: the odd punch between is the one whose removal leaves the shortest break.
    const r = pair([
      p('2025-08-04 08:00'),
      p('2025-08-04 13:00'),
      p('2025-08-04 15:00'),
      p('2025-08-04 15:20'),
      p('2025-08-04 17:00'),
    ]);
    expect(spans(r)).toEqual(['2025-08-04 480-900?', '2025-08-04 920-1020?']);
    expect(r.unpaired).toEqual([
      { row: row - 3, reason: expect.stringContaining('an odd punch between the first and the last') },
    ]);
  });
  it('night shifts: each stays on its start date, the next evening starts a new work day', () => {
    const r = pair([
      p('2025-08-04 20:00'),
      p('2025-08-05 05:00'),
      p('2025-08-05 20:00'),
      p('2025-08-06 05:00'),
    ]);
    expect(spans(r)).toEqual(['2025-08-04 1200-1740?', '2025-08-05 1200-1740?']);
  });
  it('a lone punch in a work day is unpaired', () => {
    const r = pair([p('2025-08-04 08:00'), p('2025-08-05 08:00'), p('2025-08-05 17:00')]);
    expect(spans(r)).toEqual(['2025-08-05 480-1020?']);
    expect(r.unpaired).toEqual([
      { row: row - 2, reason: expect.stringContaining('the only punch of its work day') },
    ]);
  });
  it('the re-reads of an unpaired punch are reported with it', () => {
    const r = pair([p('2025-08-04 08:00'), p('2025-08-04 08:01')]);
    expect(r.unpaired.map((u) => u.row)).toEqual([row - 1, row]);
    expect(r.unpaired[1].reason).toContain(`re-read of line ${row - 1}`);
  });
  it('day types by date or weekday', () => {
    const r = pair(
      [p('2025-08-10 08:00'), p('2025-08-10 12:00'), p('2025-08-12 08:00'), p('2025-08-12 12:00')],
      {
        dayTypes: { sunday: 'weekly_holiday', '2025-08-12': 'public_holiday' },
      },
    );
    expect(r.stretches.map((s) => s.day_type)).toEqual(['weekly_holiday', 'public_holiday']);
  });
});
