import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { todayInBangkok } from '../../src/api.js';

// The default --as-of is today in Bangkok, computed as UTC+07:00 without a time-zone formatter
// (which cost 21 ms of start-up): it must agree with the zone database at every instant.
const zone = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bangkok' });

describe('todayInBangkok', () => {
  it.each([
    ['2026-12-01T16:59:59.999Z', '2026-12-01'],
    ['2026-12-01T17:00:00.000Z', '2026-12-02'],
    ['2024-02-28T17:00:00.000Z', '2024-02-29'],
    ['2025-12-31T17:30:00.000Z', '2026-01-01'],
  ])('at %s it is %s in Bangkok', (utc, date) => {
    expect(todayInBangkok(Date.parse(utc))).toBe(date);
  });

  it('agrees with the time-zone database from 1970 to 2100', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Date.UTC(2100, 0, 1) }), (t) => {
        expect(todayInBangkok(t)).toBe(zone.format(new Date(t)));
      }),
      { numRuns: 2000 },
    );
  });

  it('defaults to now', () => {
    const before = zone.format(new Date());
    const today = todayInBangkok();
    expect([before, zone.format(new Date())]).toContain(today);
  });
});
