import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DateCounts } from '../../src/run/date-counts.js';

// A streamed pass counts its stretches' dates for the file's dominant range: the counts must be
// those of counting every date one by one, whatever the order, runs and odd dates.

const naive = (dates: string[], from: string) => {
  const out = new Map<string, number>();
  for (const d of dates) if (d >= from) out.set(d, (out.get(d) ?? 0) + 1);
  return out;
};

const sorted = (m: Map<string, number>) => [...m.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

describe('DateCounts', () => {
  it.each([
    [
      'runs of one date',
      ['2025-08-04', '2025-08-04', '2025-08-05', '2025-08-05', '2025-08-05'],
      '1998-08-19',
    ],
    [
      'a date back after others',
      ['2025-08-04', '2025-08-05', '2025-08-04', '2000-01-01', '2025-08-04'],
      '1998-08-19',
    ],
    [
      'dates before the first parameters left out',
      ['1990-01-01', '1998-08-18', '1998-08-19', '2025-12-31'],
      '1998-08-19',
    ],
    ['a date that is not ISO counted as it is', ['2025-08-04', '4/8/2025', '2025-08-04', '2025-8-04'], '0'],
  ])('%s', (_name, dates, from) => {
    const c = new DateCounts();
    for (const d of dates) c.add(d);
    expect(sorted(c.byDate(from))).toEqual(sorted(naive(dates, from)));
  });

  it('counts as one by one does (property)', () => {
    const date = fc
      .record({
        y: fc.integer({ min: 1900, max: 2199 }),
        m: fc.integer({ min: 1, max: 12 }),
        d: fc.integer({ min: 1, max: 31 }),
      })
      .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    fc.assert(
      fc.property(
        fc.array(fc.oneof(date, date, fc.constantFrom('2025-08-04', '2000-01-01')), { maxLength: 60 }),
        (dates) => {
          const c = new DateCounts();
          for (const d of dates) c.add(d);
          expect(sorted(c.byDate('1998-08-19'))).toEqual(sorted(naive(dates, '1998-08-19')));
        },
      ),
    );
  });
});
