import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Stretch } from '../../src/parse/records.js';
import { placeAfterMidnight } from '../../src/parse/stretches.js';

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
