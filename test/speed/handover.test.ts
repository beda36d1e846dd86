import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY_TYPES, type Stretch } from '../../src/parse/records.js';
import { packStretches, unpackStretches } from '../../src/run/handover.js';

// What a worker of --jobs unpacks must be the stretches the reading thread packed, object for
// object: the same keys in the parser's order, optional ones absent when they were absent.

const minutes = fc.oneof(fc.integer({ min: -1440, max: 4320 }), fc.double({ noNaN: true }));
const stretch: fc.Arbitrary<Stretch> = fc
  .record({
    employee_id: fc.oneof(fc.constantFrom('E001', 'E002', ''), fc.string()),
    date: fc.oneof(fc.constantFrom('2025-01-31', '2025-02-01'), fc.string({ maxLength: 10 })),
    start: minutes,
    end: minutes,
    break_minutes: fc.integer({ min: 0, max: 600 }),
    day_type: fc.constantFrom(...DAY_TYPES),
    row: fc.integer({ min: 0, max: 2 ** 31 }),
    rows: fc.option(fc.array(fc.integer({ min: 0, max: 10_000_000 }), { maxLength: 6 }), { nil: undefined }),
    inferred: fc.option(fc.boolean(), { nil: undefined }),
    breaksUnrecorded: fc.boolean(),
    // Lines of rows rejected as repeating the stretch (parse/stretches.ts): set last, once kept.
    twins: fc.option(fc.array(fc.integer({ min: 0, max: 10_000_000 }), { minLength: 1, maxLength: 4 }), {
      nil: undefined,
    }),
  })
  .map(({ rows, inferred, breaksUnrecorded, twins, ...s }) => ({
    ...s,
    ...(rows !== undefined ? { rows } : {}),
    ...(inferred !== undefined ? { inferred } : {}),
    ...(breaksUnrecorded ? { breaksUnrecorded: true as const } : {}),
    ...(twins !== undefined ? { twins } : {}),
  }));

describe('the stretches handed to a worker', () => {
  it('unpack to objects equal to those packed, keys in the same order', () => {
    fc.assert(
      fc.property(fc.array(stretch, { maxLength: 40 }), (stretches) => {
        const back = unpackStretches(structuredClone(packStretches(stretches)));
        expect(back).toStrictEqual(stretches);
        expect(back.map((s) => Object.keys(s))).toEqual(stretches.map((s) => Object.keys(s)));
      }),
      { numRuns: 300 },
    );
  });

  it('keep a night shift past midnight, a clock pair with its rows and unrecorded breaks, an inferred one and -0', () => {
    const stretches: Stretch[] = [
      {
        employee_id: 'E1',
        date: '2025-03-01',
        start: 1320,
        end: 1800,
        break_minutes: 60,
        day_type: 'work',
        row: 2,
      },
      {
        employee_id: 'E1',
        date: '2025-03-02',
        start: 480,
        end: 1020,
        break_minutes: 0,
        day_type: 'public_holiday',
        row: 7,
        rows: [7, 9, 12],
        inferred: true,
        breaksUnrecorded: true,
      },
      {
        employee_id: 'E1',
        date: '2025-03-03',
        start: -0,
        end: 30.5,
        break_minutes: 0,
        day_type: 'work',
        row: 13,
        rows: [],
      },
    ];
    const packed = packStretches(stretches);
    // A string each time it changes from the stretch before: one id, three dates, and the day
    // type work, public_holiday, then work again.
    expect(packed.strings).toEqual([
      'E1',
      '2025-03-01',
      'work',
      '2025-03-02',
      'public_holiday',
      '2025-03-03',
      'work',
    ]);
    const back = unpackStretches(packed);
    expect(back).toStrictEqual(stretches);
    expect(Object.is(back[2].start, -0)).toBe(true);
    expect('inferred' in back[0] || 'rows' in back[0]).toBe(false);
    expect(back[1].rows).toEqual([7, 9, 12]);
    // A clock pair's break is not recorded (parse/clock.ts): the worker reads its day as such.
    expect(back.map((s) => s.breaksUnrecorded)).toEqual([undefined, true, undefined]);
  });

  it('hands nothing over for an employee without hours', () => {
    expect(unpackStretches(packStretches([]))).toEqual([]);
  });
});
