import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LostDay } from '../../src/parse/dataset.js';
import type { Stretch } from '../../src/parse/records.js';
import {
  dropOverlaps,
  inStretchOrder,
  placeAfterMidnight,
  sortStretches,
  stretchOrder,
} from '../../src/parse/stretches.js';

// placeAfterMidnight walks the runs of a file sorted by employee and date instead of gathering
// days in a map; on any order of rows it must place every stretch as the map did.

/** The placement as first written: days gathered by a map, each day in file order. */
function byMap(stretches: Stretch[]): Stretch[] {
  const byDay = new Map<string, Stretch[]>();
  for (const s of stretches) {
    const k = `${s.employee_id}\u0000${s.date}`;
    const list = byDay.get(k);
    if (list) list.push(s);
    else byDay.set(k, [s]);
  }
  const out: Stretch[] = [];
  for (const list of byDay.values()) {
    const inFileOrder = [...list].sort((a, b) => a.row - b.row);
    const firstStart = inFileOrder[0].start;
    let prevEnd = Number.NEGATIVE_INFINITY;
    for (const s of inFileOrder) {
      const next =
        s.start < prevEnd &&
        s.start < firstStart &&
        s.start + 1440 >= prevEnd &&
        s.start + 1440 - prevEnd <= 480;
      const placed = next ? { ...s, start: s.start + 1440, end: s.end + 1440 } : s;
      out.push(placed);
      prevEnd = Math.max(prevEnd, placed.end);
    }
  }
  return out;
}

const stretch = fc
  .record({
    employee_id: fc.constantFrom('E1', 'E2', 'E10'),
    date: fc.constantFrom('2025-01-01', '2025-01-02', '2025-01-03'),
    start: fc.integer({ min: 0, max: 1439 }),
    length: fc.integer({ min: 1, max: 900 }),
  })
  .map(
    (r): Stretch => ({
      employee_id: r.employee_id,
      date: r.date,
      start: r.start,
      end: r.start + r.length,
      break_minutes: 0,
      day_type: 'work',
      row: 0,
    }),
  );
const numbered = (list: Stretch[], rows: number[]) => list.map((s, k) => ({ ...s, row: rows[k] ?? k + 2 }));
const sorted = (list: Stretch[]) =>
  [...list].sort((a, b) =>
    a.employee_id === b.employee_id
      ? a.date < b.date
        ? -1
        : a.date > b.date
          ? 1
          : 0
      : a.employee_id < b.employee_id
        ? -1
        : 1,
  );

describe('placeAfterMidnight', () => {
  it('places as the map did, rows sorted by employee and date or in any order, rows numbered in any order', () => {
    fc.assert(
      fc.property(
        fc.array(stretch, { maxLength: 30 }),
        fc.array(fc.nat(100), { maxLength: 30 }),
        fc.boolean(),
        (list, rows, sort) => {
          const input = numbered(sort ? sorted(list) : list, rows);
          expect(placeAfterMidnight(input)).toEqual(byMap(input));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('a night shift split over two rows: the morning part moves past midnight', () => {
    const night = numbered(
      [
        {
          employee_id: 'E1',
          date: '2025-01-01',
          start: 22 * 60,
          end: 26 * 60,
          break_minutes: 0,
          day_type: 'work',
          row: 0,
        },
        {
          employee_id: 'E1',
          date: '2025-01-01',
          start: 3 * 60,
          end: 7 * 60,
          break_minutes: 0,
          day_type: 'work',
          row: 0,
        },
        {
          employee_id: 'E1',
          date: '2025-01-02',
          start: 8 * 60,
          end: 17 * 60,
          break_minutes: 0,
          day_type: 'work',
          row: 0,
        },
      ],
      [],
    );
    expect(placeAfterMidnight(night).map((s) => [s.date, s.start, s.end])).toEqual([
      ['2025-01-01', 1320, 1560],
      ['2025-01-01', 1620, 1860],
      ['2025-01-02', 480, 1020],
    ]);
  });
});

describe('sortStretches', () => {
  // The sort is skipped when the rows are already in order: in order or not, the result must be
  // what the stable sort by stretchOrder gives, and so must the overlaps rejected after it.
  const at = (s: Stretch) => [s.employee_id, s.date, s.start, s.row];
  const inOrder = (list: Stretch[]) => list.every((s, k) => k === 0 || stretchOrder(list[k - 1], s) <= 0);

  it('is the stable sort by stretchOrder, rows in order or not, and says which they were', () => {
    let ordered = 0;
    fc.assert(
      fc.property(
        fc.array(stretch, { maxLength: 30 }),
        fc.array(fc.nat(100), { maxLength: 30 }),
        fc.constantFrom('as given', 'sorted', 'sorted then placed'),
        (list, rows, how) => {
          let input = numbered(list, rows);
          if (how !== 'as given') input = [...input].sort(stretchOrder);
          if (how === 'sorted then placed') input = placeAfterMidnight(input);
          const expected = [...input].sort(stretchOrder);
          expect(inStretchOrder(input)).toBe(inOrder(input));
          if (inStretchOrder(input)) ordered++;
          const result = sortStretches(input);
          expect(result).toBe(input);
          expect(result.map(at)).toEqual(expected.map(at));
          const rejectedBy = (l: Stretch[]) => {
            const rows: number[] = [];
            const kept = dropOverlaps(l, 'hours.csv', (r) => rows.push(r.row));
            return { kept: kept.map(at), rows };
          };
          expect(rejectedBy(result)).toEqual(rejectedBy(expected));
        },
      ),
      { numRuns: 3000, seed: 13 },
    );
    // Both branches were taken.
    expect(ordered).toBeGreaterThan(500);
    expect(ordered).toBeLessThan(3000);
  });

  const s = (employee_id: string, date: string, start: number, row: number): Stretch => ({
    employee_id,
    date,
    start,
    end: start + 60,
    break_minutes: 0,
    day_type: 'work',
    row,
  });

  it('tells each field out of order, and ties in order', () => {
    expect(inStretchOrder([])).toBe(true);
    expect(inStretchOrder([s('E1', '2025-01-01', 60, 2)])).toBe(true);
    expect(inStretchOrder([s('E2', '2025-01-01', 60, 2), s('E1', '2025-01-02', 0, 3)])).toBe(false);
    expect(inStretchOrder([s('E1', '2025-01-02', 60, 2), s('E2', '2025-01-01', 0, 1)])).toBe(true);
    expect(inStretchOrder([s('E1', '2025-01-02', 60, 2), s('E1', '2025-01-01', 120, 3)])).toBe(false);
    expect(inStretchOrder([s('E1', '2025-01-01', 120, 2), s('E1', '2025-01-02', 60, 1)])).toBe(true);
    expect(inStretchOrder([s('E1', '2025-01-01', 120, 2), s('E1', '2025-01-01', 60, 3)])).toBe(false);
    expect(inStretchOrder([s('E1', '2025-01-01', 60, 3), s('E1', '2025-01-01', 120, 2)])).toBe(true);
    expect(inStretchOrder([s('E1', '2025-01-01', 60, 3), s('E1', '2025-01-01', 60, 2)])).toBe(false);
    expect(inStretchOrder([s('E1', '2025-01-01', 60, 2), s('E1', '2025-01-01', 60, 2)])).toBe(true);
    // Only the last pair is out of order.
    expect(
      inStretchOrder([
        s('E1', '2025-01-01', 60, 2),
        s('E1', '2025-01-02', 60, 3),
        s('E1', '2025-01-01', 0, 4),
      ]),
    ).toBe(false);
    const shuffled = [s('E1', '2025-01-02', 60, 3), s('E1', '2025-01-01', 60, 2)];
    expect(sortStretches(shuffled).map((x) => x.row)).toEqual([2, 3]);
  });

  it('rejects an overlap across midnight against the next date, and not a stretch of the next day that starts later', () => {
    const rejected: number[] = [];
    const night = { ...s('E1', '2025-01-01', 22 * 60, 2), end: 30 * 60 };
    const kept = dropOverlaps(
      [
        night,
        s('E1', '2025-01-02', 5 * 60, 3),
        s('E1', '2025-01-02', 6 * 60, 4),
        s('E2', '2025-01-02', 0, 5),
      ],
      'hours.csv',
      (r) => rejected.push(r.row),
    );
    expect(rejected).toEqual([3]);
    expect(kept.map((x) => x.row)).toEqual([2, 4, 5]);
  });

  it('an overlap leaves the days of both rows unknown; a row written twice leaves nothing unknown', () => {
    const lost: LostDay[] = [];
    const rejected: number[] = [];
    const night = { ...s('E1', '2025-01-01', 22 * 60, 2), end: 30 * 60 };
    dropOverlaps(
      [
        night,
        s('E1', '2025-01-02', 5 * 60, 3),
        s('E1', '2025-01-03', 8 * 60, 4),
        s('E1', '2025-01-03', 8 * 60, 5),
        s('E1', '2025-01-04', 8 * 60, 6),
        { ...s('E1', '2025-01-04', 8 * 60, 7), end: 11 * 60 },
        s('E1', '2025-01-05', 8 * 60, 8),
        { ...s('E1', '2025-01-05', 8 * 60, 9), break_minutes: 30 },
        s('E1', '2025-01-06', 8 * 60, 10),
        { ...s('E1', '2025-01-06', 8 * 60, 11), day_type: 'public_holiday' },
        s('E1', '2025-01-07', 8 * 60, 12),
        { ...s('E1', '2025-01-07', 8 * 60 + 30, 13), end: 9 * 60 },
      ],
      'hours.csv',
      (r) => rejected.push(r.row),
      (l) => lost.push(l),
    );
    expect(rejected).toEqual([3, 5, 7, 9, 11, 13]);
    expect(lost).toEqual([
      // Into the night shift of the evening before: either night's or morning's row may be the true one.
      { employee_id: 'E1', date: '2025-01-02', row: 3 },
      { employee_id: 'E1', date: '2025-01-01', row: 3 },
      // 08:00-09:00 twice (row 5) is one row exported twice; another end, break, day type or start is not.
      { employee_id: 'E1', date: '2025-01-04', row: 7 },
      { employee_id: 'E1', date: '2025-01-05', row: 9 },
      { employee_id: 'E1', date: '2025-01-06', row: 11 },
      { employee_id: 'E1', date: '2025-01-07', row: 13 },
    ]);
  });
});
