import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minimumWage } from '../../src/facts/wage.js';
import type { Employee } from '../../src/parse/records.js';
import { employeeRecord, pack } from '../helpers.js';

// The minimum wage is kept per employee between the table's change dates (for speed). Whatever
// order the days are asked in, and whatever the employee's workplace, the kept answer must be the
// one a fresh look-up gives: a day before the kept span, the change date itself, another
// province, district or sector.

const emp = employeeRecord;

const PLACES: Partial<Employee>[] = [
  { province: 'Bangkok' },
  { province: 'Bangkok', district: 'Pathum Wan', sector: 'hotel_4star_50plus' },
  { province: 'Phuket' },
  { province: 'Chon Buri' },
  { province: 'Yala' },
];

function shift(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Each change date of the table, the day before and the day after. */
function datesAround(): string[] {
  const { wages } = pack();
  const dates = new Set<string>();
  for (const place of PLACES) {
    const p = wages!.province(place.province!);
    for (const c of wages!.changeDates(p!)) for (const k of [-1, 0, 1]) dates.add(shift(c, k));
  }
  return [...dates].sort();
}

const fresh = (place: Partial<Employee>, date: string) => minimumWage(emp(place), date, pack().wages);

describe('the minimum wage kept per employee between change dates', () => {
  it('gives a fresh look-up answer for days asked in any order', () => {
    const { wages } = pack();
    const dates = datesAround();
    expect(dates.length).toBeGreaterThan(9);
    fc.assert(
      fc.property(
        fc.constantFrom(...PLACES),
        fc.shuffledSubarray(dates, { minLength: 2 }),
        (place, asked) => {
          const e = emp(place);
          for (const d of asked) expect(minimumWage(e, d, wages)).toEqual(fresh(place, d));
        },
      ),
      { numRuns: 60, seed: 11 },
    );
  });

  it('a day before the kept span: 2025-07-01 then 2025-06-30 gives the old Bangkok rate', () => {
    const { wages } = pack();
    const e = emp();
    const after = minimumWage(e, '2025-07-01', wages);
    const before = minimumWage(e, '2025-06-30', wages);
    expect(after.ok && after.value.dailySatang).toBe(40_000);
    expect(before.ok && before.value.dailySatang).toBeLessThan(40_000);
    expect(before).toEqual(fresh({}, '2025-06-30'));
  });

  it('the change date itself after the day before: the new rate', () => {
    const { wages } = pack();
    const e = emp();
    minimumWage(e, '2025-06-30', wages);
    expect(minimumWage(e, '2025-07-01', wages)).toEqual(fresh({}, '2025-07-01'));
  });

  it('the same employee record with another province, district or sector: looked up again', () => {
    const { wages } = pack();
    for (const [from, to] of [
      [PLACES[0], PLACES[2]],
      [PLACES[0], PLACES[1]],
      [PLACES[1], { province: 'Bangkok', district: 'Pathum Wan' }],
      [PLACES[1], { province: 'Bangkok', sector: 'hotel_4star_50plus' }],
    ] as const) {
      const e = emp(from);
      minimumWage(e, '2024-05-01', wages);
      Object.assign(e, { district: undefined, sector: undefined }, to);
      expect(minimumWage(e, '2024-05-01', wages)).toEqual(fresh(to, '2024-05-01'));
    }
  });
});
