import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DayReader, packDays } from '../../src/evaluate/checks/day-records.js';

// The days the checks across employees keep, packed: each field a difference from the day
// before, zigzag-coded, in 7-bit groups. Read back, every day's fields are the ones packed.

const readAll = (packed: Uint8Array, days: number, width: number): number[][] => {
  const r = new DayReader(packed, width);
  return Array.from({ length: days }, () => {
    r.next();
    return [...r.fields];
  });
};

const int32 = fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 });

describe('packed days read back', () => {
  it('any 32-bit integers, in any order, 1 to 4 fields a day', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 4 })
          .chain((w) => fc.tuple(fc.constant(w), fc.array(fc.array(int32, { minLength: w, maxLength: w })))),
        ([width, days]) => {
          const packed = packDays(days.length, width, (d, f) => days[d][f]);
          expect(readAll(packed, days.length, width)).toEqual(days);
        },
      ),
    );
  });

  it('the widest steps: from the least 32-bit integer to the greatest and back, 5 bytes each', () => {
    const days = [[-(2 ** 31)], [2 ** 31 - 1], [-(2 ** 31)]];
    const packed = packDays(3, 1, (d) => days[d][0]);
    expect(readAll(packed, 3, 1)).toEqual(days);
    // From 0: -2^31 zigzags to 2^32 - 1 (5 groups); a step of 2^32 - 1 to 2^33 - 2 (5 groups).
    expect(packed.length).toBe(15);
  });

  it('before the first day is read, every field is 0; each day is read in turn', () => {
    const packed = packDays(
      2,
      2,
      (d, f) =>
        [
          [5, -3],
          [6, -1],
        ][d][f],
    );
    const r = new DayReader(packed, 2);
    expect([...r.fields]).toEqual([0, 0]);
    r.next();
    expect([...r.fields]).toEqual([5, -3]);
    r.next();
    expect([...r.fields]).toEqual([6, -1]);
  });
});

describe('the bytes', () => {
  it('steps of -64 to 63 take one byte, zigzag-coded: 0, -1, 1, -2 ... in that order', () => {
    // Fields: 0, then steps 0, -1, +1 (back to 0), +1, -2 ... each its own day.
    const values = [0, 0, -1, 0, 1, -1, 62, -1];
    const packed = packDays(values.length, 1, (d) => values[d]);
    expect([...packed]).toEqual([0, 0, 1, 2, 2, 3, 126, 125]);
  });

  it('a step of 64 takes two bytes, low 7 bits first with the high bit set; -65 as well', () => {
    expect([...packDays(1, 1, () => 64)]).toEqual([128, 1]);
    expect([...packDays(1, 1, () => -65)]).toEqual([129, 1]);
    // 63 and -64 are the last of one byte.
    expect([...packDays(1, 1, () => 63)]).toEqual([126]);
    expect([...packDays(1, 1, () => -64)]).toEqual([127]);
  });

  it('a step of 2^19 takes three bytes, 2^20 four', () => {
    // Zigzag 2^20: groups 0, 0, 64, the first two flagged; zigzag 2^21: 0, 0, 0, 1.
    expect([...packDays(1, 1, () => 2 ** 19)]).toEqual([128, 128, 64]);
    expect([...packDays(1, 1, () => 2 ** 20)]).toEqual([128, 128, 128, 1]);
  });

  it('each field steps from the same field of the day before, not from the field before it', () => {
    // Days 20,000 and 20,001 with rows 2 and 4: the second day takes a byte a field.
    const days = [
      [20_000, 2],
      [20_001, 4],
    ];
    const packed = packDays(2, 2, (d, f) => days[d][f]);
    // 20,000 zigzags to 40,000: three groups (64, 56, 2); row 2 to 4; then +1 to 2 and +2 to 4.
    expect([...packed]).toEqual([128 + 64, 128 + 56, 2, 4, 2, 4]);
  });

  it('nothing packed: no bytes', () => {
    expect(packDays(0, 4, () => 1).length).toBe(0);
  });
});
