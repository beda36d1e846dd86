import { describe, expect, it } from 'vitest';
import { reasonText } from '../../src/findings/reasons.js';
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
    expect(r.unpaired.map(({ row, reason }) => ({ row, reason }))).toEqual([
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
  it('an odd punch count: the punch left out is the one whose removal leaves the least work (hours a lower bound)', () => {
    // 12:00 missed. Leaving out 13:00 would make 08:00-15:00 one stretch (7 h, no break): overtime
    // and a missing break made up from a missed read. Leaving out 17:00 keeps 5 h 20 min.
    const r = pair([
      p('2025-08-04 08:00'),
      p('2025-08-04 13:00'),
      p('2025-08-04 15:00'),
      p('2025-08-04 15:20'),
      p('2025-08-04 17:00'),
    ]);
    expect(spans(r)).toEqual(['2025-08-04 480-780?', '2025-08-04 900-920?']);
    expect(r.unpaired.map(({ row, reason }) => ({ row, reason }))).toEqual([
      { row, reason: expect.stringContaining('an odd number of punches in its work day') },
    ]);
  });
  it('an odd punch count never leaves out the first punch, which dates the work day', () => {
    const r = pair(
      [p('2025-08-04 22:00'), p('2025-08-05 02:00'), p('2025-08-05 02:45'), p('2025-08-05 06:00')].slice(
        0,
        3,
      ),
    );
    expect(spans(r)).toEqual(['2025-08-04 1320-1560?']);
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
    expect(r.unpaired.map(({ row, reason }) => ({ row, reason }))).toEqual([
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

describe('pairing that survives real devices', () => {
  /** Two punches a day (in 08:00, out 17:00) for `days` days from 2025-08-04, with the states given. */
  const month = (days: number, states: (k: number) => [Punch['direction'], Punch['direction']], id = '7') => {
    const out: Punch[] = [];
    for (let k = 0; k < days; k++) {
      const date = `2025-08-${String(4 + k).padStart(2, '0')}`;
      const [a, b] = states(k);
      out.push(p(`${date} 08:00`, a, '1', id), p(`${date} 17:00`, b, '1', id));
    }
    return out;
  };

  it('a re-press of the other state within the merge window corrects the first punch', () => {
    const r = pair([
      p('2025-08-04 07:58:10', 'out'),
      p('2025-08-04 07:58:25', 'in'),
      p('2025-08-04 17:01:05', 'in'),
      p('2025-08-04 17:01:15', 'out'),
    ]);
    expect(spans(r)).toEqual(['2025-08-04 478-1021']);
    expect(r.corrected).toBe(2);
    expect(r.unpaired).toEqual([]);
    expect(r.stretches[0].rows).toEqual([row - 3, row - 2, row - 1, row]);
  });

  it('an out that closes an open in, then an in a minute later, is a short break, not a re-press', () => {
    const r = pair([
      p('2025-08-04 08:00', 'in'),
      p('2025-08-04 12:00', 'out'),
      p('2025-08-04 12:02', 'in'),
      p('2025-08-04 17:00', 'out'),
    ]);
    expect(spans(r)).toEqual(['2025-08-04 480-720', '2025-08-04 722-1020']);
    expect([r.corrected, r.merged, r.unpaired]).toEqual([0, 0, []]);
  });

  it('states that mostly do not pair (a device recording 0 for everything) fall back to inferred pairing, with one warning', () => {
    const r = pair(month(12, (k) => (k % 4 === 0 ? ['out', 'in'] : ['in', 'in'])));
    expect(spans(r)).toHaveLength(12);
    expect(r.stretches.every((s) => s.inferred && s.start === 480 && s.end === 1020)).toBe(true);
    expect(r.unpaired).toEqual([]);
    expect(r.warnings.map((w) => w.message)).toEqual([
      'in/out states do not pair (device 1: 100% of 24 punches unpaired): direction inferred instead for 100% of the punches (24 of 24); findings on them say so',
    ]);
    expect(r.direction).toContain('inferred: the in/out states recorded do not pair');
  });

  it('states that pair but for a forgotten punch are trusted: no warning, the forgotten day reported', () => {
    const r = pair(month(12, (k) => (k === 5 ? ['in', 'in'] : ['in', 'out'])));
    expect(r.warnings.map((w) => w.message)).toEqual([]);
    expect(r.inferredEmployees).toEqual([]);
    expect(spans(r)).toHaveLength(11);
    expect(r.unpaired).toHaveLength(2);
  });

  it('a night worker whose morning out and evening in were recorded the wrong way round: no day of work made up', () => {
    // Thirty nights 22:00-06:00; on the fifth the 06:00 out is recorded as an in and the 22:00
    // in after it as an out. Taken as recorded, 06:00-22:00 would be a 16-hour day without a
    // break (false findings); neither reading is counted, and each punch is reported. Four of
    // sixty punches unpaired: the device's states are still trusted.
    const day = (k: number) => new Date(Date.UTC(2025, 7, 4 + k)).toISOString().slice(0, 10);
    const punches: Punch[] = [];
    for (let k = 0; k < 30; k++)
      punches.push(
        p(`${day(k)} 22:00`, k === 5 ? 'out' : 'in'),
        p(`${day(k + 1)} 06:00`, k === 4 ? 'in' : 'out'),
      );
    const r = pair(punches);
    expect(r.warnings.map((w) => w.message)).toEqual([]);
    expect(spans(r)).toHaveLength(28);
    expect(spans(r).every((s) => s.endsWith(' 1320-1800'))).toBe(true);
    expect(r.unpaired.map((u) => u.reason)).toEqual([
      expect.stringContaining(
        '(2025-08-08 22:00): an in-punch with no out-punch before the next in-punch (2025-08-09 06:00)',
      ),
      expect.stringContaining(
        '(2025-08-09 06:00): an in-punch within a shift of an in-punch with no out (2025-08-08 22:00): it may be that out, its state recorded wrong, and as an in it would start 16 h of work, more than the other reading; neither is counted',
      ),
      expect.stringContaining(
        '(2025-08-09 22:00): an out-punch whose in-punch (2025-08-09 06:00) may be an out recorded wrong',
      ),
      expect.stringContaining('(2025-08-10 06:00): an out-punch with no in-punch before it'),
    ]);
  });

  it('an in after a lunch out not punched starts the afternoon: its stretch is shorter than the other reading', () => {
    // 08:00 in, 13:00 in, 17:00 out: 13:00-17:00 (4 h) against 08:00-13:00 (5 h) had 13:00 been
    // the out. The shorter is counted, as before: the hours stay a lower bound.
    const r = pair([p('2025-08-04 08:00', 'in'), p('2025-08-04 13:00', 'in'), p('2025-08-04 17:00', 'out')]);
    expect(spans(r)).toEqual(['2025-08-04 780-1020']);
    expect(r.unpaired.map((u) => u.reason)).toEqual([
      expect.stringContaining('(2025-08-04 08:00): an in-punch with no out-punch before the next in-punch'),
    ]);
  });

  it('an in pressed again within a break of the first still starts the day', () => {
    const r = pair([p('2025-08-04 08:00', 'in'), p('2025-08-04 08:20', 'in'), p('2025-08-04 17:00', 'out')]);
    expect(spans(r)).toEqual(['2025-08-04 500-1020']);
    expect(r.unpaired.map((u) => u.reason)).toEqual([
      expect.stringContaining('an in-punch with no out-punch before the next in-punch (2025-08-04 08:20)'),
    ]);
  });

  it('one work day over 16 hours is rejected whole and does not shift the days after it', () => {
    const punches: Punch[] = [];
    for (let k = 0; k < 6; k++) {
      const date = `2025-08-${String(4 + k).padStart(2, '0')}`;
      const times = k === 1 ? ['06:00', '12:00', '13:00', '23:30'] : ['08:00', '12:00', '13:00', '17:00'];
      for (const t of times) punches.push(p(`${date} ${t}`));
    }
    const r = pair(punches);
    expect(r.unpaired.map((u) => u.reason)).toEqual(
      Array(4).fill(expect.stringContaining("its work day's punches span 17 h 30 min, more than 16 h")),
    );
    expect(spans(r)).toEqual(
      ['04', '06', '07', '08', '09'].flatMap((d) => [`2025-08-${d} 480-720?`, `2025-08-${d} 780-1020?`]),
    );
  });

  it('the work day starts in the longest daily gap between punches, or at --day-starts', () => {
    const night = [
      p('2025-08-04 22:00'),
      p('2025-08-05 02:00'),
      p('2025-08-05 03:00'),
      p('2025-08-05 06:00'),
    ];
    const r = pair(night);
    expect(spans(r)).toEqual(['2025-08-04 1320-1560?', '2025-08-04 1620-1800?']);
    expect(r.notes).toEqual([expect.stringContaining('14:00 for 1 employee')]);
    // Cut at 01:00, as the user asked, 22:00 is alone in its work day and 02:00, 03:00, 06:00 another.
    const cut = pair(night, { dayStarts: 60 });
    expect(spans(cut)).toEqual(['2025-08-05 120-180?']);
    expect(cut.unpaired.map((u) => u.reason)).toEqual([
      expect.stringContaining('the only punch of its work day'),
      expect.stringContaining('an odd number of punches in its work day'),
    ]);
    expect(cut.notes).toEqual(['inferred work days start at 01:00 (--day-starts or clock.day_starts)']);
  });

  it('a night shift split at a break keeps its start date when the device states pair too', () => {
    const r = pair([
      p('2025-08-04 22:00', 'in'),
      p('2025-08-05 02:00', 'out'),
      p('2025-08-05 03:00', 'in'),
      p('2025-08-05 06:00', 'out'),
    ]);
    expect(spans(r)).toEqual(['2025-08-04 1320-1560', '2025-08-04 1620-1800']);
  });

  it('punches dated far outside the log (clock resets) are rejected with a reason and grouped in one warning', () => {
    const r = pair([
      ...month(3, () => ['unknown', 'unknown']),
      p('2000-01-01 00:00'),
      p('2000-01-01 00:02'),
      p('1990-01-01 08:00'),
    ]);
    expect(spans(r)).toHaveLength(3);
    expect(r.implausible.map((u) => u.row)).toEqual([row - 2, row - 1, row]);
    expect(r.implausible[0].reason).toBe(
      "implausible date: clock reset (2000-01-01 00:00, 25.6 years before the log's dates 2025-08-04 to 2025-08-06); not counted as work",
    );
    expect(r.warnings.map((w) => w.message)).toEqual([
      "3 punches dated far outside the log's dates (2025-08-04 to 2025-08-06): 1990-01-01, 2000-01-01; a clock reset: rejected, not counted as work",
    ]);
  });

  it('dates less than a year apart are one range: nothing is a reset', () => {
    const r = pair([
      ...month(2, () => ['in', 'out']),
      p('2024-09-01 08:00', 'in'),
      p('2024-09-01 17:00', 'out'),
    ]);
    expect(r.implausible).toEqual([]);
    expect(spans(r)).toHaveLength(3);
  });
});

describe('pairing reasons in Thai', () => {
  it('every unpaired punch, clock reset and pairing warning has a message id with Thai words', () => {
    const r = pair([
      ...['04', '05', '06'].flatMap((d) => [p(`2025-08-${d} 08:00`), p(`2025-08-${d} 17:00`)]),
      p('2025-08-07 08:00'),
      p('2000-01-01 00:00'),
    ]);
    const all = [
      ...r.unpaired.map((u) => u.why),
      ...r.implausible.map((u) => u.why),
      ...r.warnings.map((w) => w.why),
    ];
    expect(all.length).toBeGreaterThanOrEqual(3);
    for (const why of all) {
      expect(reasonText(why)).not.toBe(why.id);
      // Thai text: no English words left, only dates, times and numbers.
      expect(reasonText(why, 'th')).not.toMatch(/[A-Za-z]{3,}/);
    }
    expect(reasonText(r.unpaired[0].why, 'th')).toContain('การสแกนไม่ครบคู่');
  });
});
