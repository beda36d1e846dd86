import fc from 'fast-check';
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

describe('a night shift whose evening punch was lost', () => {
  // Nights of 4-9 Aug 2025: in 21:58, break out 02:00, break in 03:00, out 06:01 (ZKTeco states
  // 0, 2, 3, 1). Dated by its first punch, the part after midnight of a night whose evening
  // punch was lost shared the next day with that evening's shift, and the 16 hours at home
  // between were a break counted as work (s.27 para 3): 17 h of overtime that never was.
  const STATES: Punch['direction'][] = ['in', 'out', 'in', 'out'];
  const TIMES: [number, string][] = [
    [0, '21:58'],
    [1, '02:00'],
    [1, '03:00'],
    [1, '06:01'],
  ];
  const date = (k: number) => new Date(Date.UTC(2025, 7, 4 + k)).toISOString().slice(0, 10);
  /** Six nights; `skip(night, punch)` leaves a punch out, `state` gives its direction. */
  const nights = (
    skip: (k: number, i: number) => boolean,
    state: (k: number, i: number) => Punch['direction'] = (_, i) => STATES[i],
    n = 6,
  ) => {
    const out: Punch[] = [];
    for (let k = 0; k < n; k++)
      TIMES.forEach(([after, t], i) => {
        if (!skip(k, i)) out.push(p(`${date(k + after)} ${t}`, state(k, i)));
      });
    return out;
  };
  const night = (d: string) => [`${d} 1318-1560`, `${d} 1620-1801`];
  const dates = (r: ReturnType<typeof pair>) => r.stretches.map((s) => s.date);
  /** No two stretches of one date more than a break (4 h) apart: no rest counted as work. */
  const noRestInADay = (r: ReturnType<typeof pair>) => {
    for (let k = 1; k < r.stretches.length; k++) {
      const [a, b] = [r.stretches[k - 1], r.stretches[k]];
      if (a.date === b.date) expect(b.start - a.end, `${a.date}`).toBeLessThanOrEqual(240);
    }
  };
  const untouched = ['2025-08-04', '2025-08-05', '2025-08-07', '2025-08-08', '2025-08-09'].flatMap(night);
  const plain = (r: ReturnType<typeof pair>) => spans(r).map((s) => s.replace('?', ''));

  it.each([
    ['the 02:00 break-out lost (the 21:58 in rejected)', (k: number, i: number) => k === 2 && i === 1],
    ['the 21:58 in lost', (k: number, i: number) => k === 2 && i === 0],
  ])('device states, %s: 03:00-06:01 is the night of 6 Aug, never 7 Aug', (_, skip) => {
    const r = pair(nights(skip));
    expect(r.inferredEmployees).toEqual([]);
    expect(plain(r)).toEqual([...untouched.slice(0, 4), '2025-08-06 1620-1801', ...untouched.slice(4)]);
    noRestInADay(r);
    // The night of 6 Aug is unknown: its rejected punch says so, whichever date it is on.
    expect(r.unpaired).toHaveLength(1);
    expect([r.unpaired[0].date, ...(r.unpaired[0].also ?? [])]).toContain('2025-08-06');
    expect(r.notes).toContainEqual(expect.stringContaining('1 shift begun after midnight'));
  });

  it('device states, the 02:00 break-out recorded as an in (state 0): the same', () => {
    const r = pair(
      nights(
        () => false,
        (k, i) => (k === 2 && i === 1 ? 'in' : STATES[i]),
      ),
    );
    expect(plain(r)).toEqual([...untouched.slice(0, 4), '2025-08-06 1620-1801', ...untouched.slice(4)]);
    expect(r.unpaired.map((u) => u.date)).toEqual(['2025-08-06', '2025-08-07']);
  });

  it('no states (255), the 21:58 in lost: the night keeps 02:00-03:00 (a lower bound) on 6 Aug', () => {
    const r = pair(
      nights(
        (k, i) => k === 2 && i === 0,
        () => 'unknown',
      ),
    );
    expect(spans(r)).toEqual(
      [...untouched.slice(0, 4), '2025-08-06 1560-1620', ...untouched.slice(4)].map((s) => `${s}?`),
    );
    noRestInADay(r);
    expect(r.unpaired.map((u) => [u.date, u.also])).toEqual([['2025-08-07', ['2025-08-06']]]);
  });

  it.each([
    ['device states', (_: number, i: number) => STATES[i]],
    ['no states', () => 'unknown' as const],
  ])('%s, both 21:58 and 02:00 lost: 03:00-06:01 still the night of 6 Aug', (_, state) => {
    const r = pair(nights((k, i) => k === 2 && i < 2, state));
    expect(plain(r)).toEqual([...untouched.slice(0, 4), '2025-08-06 1620-1801', ...untouched.slice(4)]);
    noRestInADay(r);
  });

  it.each([
    ['device states', (_: number, i: number) => STATES[i]],
    ['no states', () => 'unknown' as const],
  ])('%s, the last night lost its 21:58 in: dated the evening before though no night follows', (_, state) => {
    const r = pair(nights((k, i) => k === 5 && i === 0, state));
    expect(dates(r).slice(-1)).toEqual(['2025-08-09']);
    expect(r.unpaired.flatMap((u) => [u.date, ...(u.also ?? [])])).toContain('2025-08-09');
  });

  it('two nights in a row lost their 21:58 in: each keeps its own night', () => {
    const r = pair(nights((k, i) => (k === 2 || k === 3) && i === 0));
    expect(dates(r)).toEqual([
      ...['04', '04', '05', '05', '06', '07', '08', '08', '09', '09'].map((d) => `2025-08-${d}`),
    ]);
    noRestInADay(r);
  });

  it('a late start after midnight with no punch lost is still that night', () => {
    const r = pair([...nights((k, i) => k === 2 && i === 0), p('2025-08-07 00:30', 'in')]);
    expect(plain(r).filter((s) => s.startsWith('2025-08-06'))).toEqual([
      '2025-08-06 1470-1560',
      '2025-08-06 1620-1801',
    ]);
    expect(r.unpaired).toEqual([]);
  });

  it('complete nights, day shifts and split shifts are dated as before', () => {
    expect(plain(pair(nights(() => false)))).toEqual(
      ['04', '05', '06', '07', '08', '09'].flatMap((d) => night(`2025-08-${d}`)),
    );
    const split = (dir: (i: number) => Punch['direction']) => {
      const out: Punch[] = [];
      for (let k = 0; k < 5; k++)
        for (const [i, t] of ['06:00', '10:00', '16:00', '20:00'].entries())
          out.push(p(`${date(k)} ${t}`, dir(i)));
      return out;
    };
    for (const dir of [
      (i: number) => (i % 2 ? 'out' : 'in') as Punch['direction'],
      () => 'unknown' as const,
    ]) {
      const r = pair(split(dir));
      expect(plain(r)).toEqual(
        ['04', '05', '06', '07', '08'].flatMap((d) => [`2025-08-${d} 360-600`, `2025-08-${d} 960-1200`]),
      );
      expect(r.unpaired).toEqual([]);
    }
  });

  it('where no date is free for it, a shift that would share a date with the next work day is rejected with the reason', () => {
    // Mornings 06:00-14:00 from Monday 4 Aug, then nights 22:00-06:00 from Friday 8 Aug: the
    // Friday morning and the Friday night are two work days on one date, and the Thursday is the
    // Thursday morning's. Merged, the 8 hours between would be counted as work.
    const punches: Punch[] = [];
    for (let k = 0; k < 5; k++) punches.push(p(`${date(k)} 06:00`, 'in'), p(`${date(k)} 14:00`, 'out'));
    for (let k = 4; k < 10; k++) punches.push(p(`${date(k)} 22:00`, 'in'), p(`${date(k + 1)} 06:00`, 'out'));
    const r = pair(punches);
    expect(dates(r)).toEqual(
      ['04', '05', '06', '07', '08', '09', '10', '11', '12', '13'].map((d) => `2025-08-${d}`),
    );
    noRestInADay(r);
    expect(r.unpaired.map((u) => [u.date, u.also, u.reason])).toEqual(
      ['06:00', '14:00'].map((t) => [
        '2025-08-08',
        ['2025-08-07'],
        `unpaired punch (2025-08-08 ${t}): its shift (2025-08-08 06:00-14:00) would share its date with another work day's (2025-08-08 22:00), and no other date is free for it: which work day it belongs to is unknown; not counted as work`,
      ]),
    );
    expect(reasonText(r.unpaired[0].why, 'th')).not.toMatch(/[A-Za-z]{3,}/);
  });
});

describe('pairing any punches', () => {
  it('never throws, and every punch is in one stretch or rejected, once', () => {
    const punch = fc.record({
      employee: fc.constantFrom('7', '8'),
      minute: fc.integer({ min: 0, max: 10 * 1440 - 1 }),
      direction: fc.constantFrom<Punch['direction']>('in', 'out', 'unknown'),
    });
    fc.assert(
      fc.property(
        fc.array(punch, { maxLength: 60 }),
        fc.option(fc.integer({ min: 0, max: 1439 })),
        (list, cut) => {
          row = 0;
          const punches = list.map((x) => {
            const at = new Date(Date.UTC(2025, 7, 4) + x.minute * 60_000).toISOString();
            return p(`${at.slice(0, 10)} ${at.slice(11, 16)}`, x.direction, '1', x.employee);
          });
          const r = pair(punches, cut === null ? {} : { dayStarts: cut });
          const used = r.stretches.flatMap((s) => s.rows ?? [s.row]);
          const rejected = [...r.unpaired, ...r.implausible].map((u) => u.row);
          expect([...used, ...rejected].sort((a, b) => a - b)).toEqual(punches.map((x) => x.row));
          for (const s of r.stretches) {
            expect(s.start).toBeGreaterThanOrEqual(0);
            expect(s.end).toBeGreaterThan(s.start);
          }
        },
      ),
      { numRuns: 300 },
    );
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
