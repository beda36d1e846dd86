import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  ageFrom,
  ageOn,
  birthdayOf,
  dayOf,
  daysInMonth,
  isoOf,
  underAge,
} from '../../src/base/calendar.js';

// The calendar counts days in integers from character codes; these hold it to what a JS Date
// says of the same dates, over any year, month and day (valid or not).

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const iso = (y: number, m: number, d: number) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;

/** What Date makes of the text, the calendar's reference. */
function dateDay(y: number, m: number, d: number): number | undefined {
  if (m < 1 || m > 12 || d < 1) return undefined;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d > last ? undefined : Date.UTC(y, m - 1, d) / 86_400_000;
}

/** Completed years by splitting the dates, as a person counts them. */
function referenceAge(birth: string, on: string): number {
  const [by, bm, bd] = birth.split('-').map(Number);
  const [y, m, d] = on.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

describe('calendar in integers', () => {
  it('day numbers are the ones Date gives, and invalid dates are none', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (y, m, d) => {
          expect(dayOf(iso(y, m, d))).toBe(dateDay(y, m, d));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('reads day numbers of the leap-year edges and the epoch', () => {
    expect(dayOf('1970-01-01')).toBe(0);
    expect(dayOf('1969-12-31')).toBe(-1);
    expect(dayOf('2024-02-29')).toBe(19_782);
    expect(dayOf('2023-02-29')).toBeUndefined();
    expect(dayOf('1900-02-29')).toBeUndefined();
    expect(dayOf('2000-02-29')).toBe(11_016);
    expect(dayOf('2024-1-01')).toBeUndefined();
    expect(dayOf('2024-01-0x')).toBeUndefined();
    expect(dayOf('２０２４-01-01')).toBeUndefined();
    expect(dayOf(' 2024-01-01')).toBeUndefined();
  });

  it('days in a month are the ones Date gives', () => {
    for (let y = 1; y <= 2500; y += 7)
      for (let m = 0; m <= 13; m++) expect(daysInMonth(y, m)).toBe(new Date(Date.UTC(y, m, 0)).getUTCDate());
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
  });

  it('ages count completed years, a 29 February birthday reached on 1 March in common years', () => {
    const date = fc
      .tuple(
        fc.integer({ min: 1900, max: 2100 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
      )
      .map(([y, m, d]) => iso(y, m, d));
    fc.assert(
      fc.property(date, date, (birth, on) => {
        expect(ageOn(birth, on)).toBe(referenceAge(birth, on));
      }),
      { numRuns: 2000 },
    );
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
    expect(ageOn('2008-02-29', '2028-02-29')).toBe(20);
    expect(ageOn('2008-06-15', '2026-06-14')).toBe(17);
    expect(ageOn('2008-06-15', '2026-06-15')).toBe(18);
  });

  it('a birthday asked again, or after another, is the same answer', () => {
    expect(birthdayOf('2008-02-29', 18)).toBe('2026-03-01');
    expect(birthdayOf('2008-02-29', 20)).toBe('2028-02-29');
    expect(birthdayOf('2008-02-29', 18)).toBe('2026-03-01');
    expect(birthdayOf('2010-07-04', 15)).toBe('2025-07-04');
    expect(birthdayOf('2010-07-04', 15)).toBe('2025-07-04');
    expect(birthdayOf('2010-07-05', 15)).toBe('2025-07-05');
  });

  it('under an age exactly when the age counted on the day is under it, over any plain dates', () => {
    // Dates valid or not, years to the edge of four digits, ages the rules ask for and others.
    const plainDate = fc
      .tuple(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
      )
      .map(([y, m, d]) => iso(y, m, d));
    const nearTheEnd = fc
      .tuple(
        fc.integer({ min: 9960, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
      )
      .map(([y, m, d]) => iso(y, m, d));
    fc.assert(
      fc.property(
        fc.oneof(plainDate, nearTheEnd),
        fc.oneof(plainDate, nearTheEnd),
        fc.oneof(fc.constantFrom(15, 18), fc.integer({ min: -20, max: 60 })),
        (birth, on, years) => {
          expect(underAge(birth, years, on)).toBe(ageOn(birth, on) < years);
        },
      ),
      { numRuns: 5000, seed: 29 },
    );
  });

  it('under an age as ageOn counts it, dates written otherwise included', () => {
    // Text that is nearly a plain date (a part of other length, a letter for a dash, a year of
    // five digits): what is not plain is counted by ageOn, never compared as text.
    const nearly = fc
      .array(fc.constantFrom('0', '1', '2', '5', '9', '-', 'x'), { minLength: 8, maxLength: 11 })
      .map((t) => t.join(''));
    const plainDate = fc
      .tuple(
        fc.integer({ min: 1990, max: 2030 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
      )
      .map(([y, m, d]) => iso(y, m, d));
    const edit = fc
      .tuple(plainDate, fc.nat(10), fc.constantFrom('', '0', '1', '-', 'x'))
      .map(([date, at, put]) => date.slice(0, at) + put + date.slice(at + 1));
    const text = fc.oneof(plainDate, edit, nearly);
    fc.assert(
      fc.property(text, text, fc.constantFrom(15, 18), (birth, on, years) => {
        expect(underAge(birth, years, on)).toBe(ageOn(birth, on) < years);
      }),
      { numRuns: 5000, seed: 31 },
    );
    expect(underAge('2008-05-011', 18, '2026-05-05')).toBe(true);
    expect(underAge('2008x05-11', 18, '2026-05-05')).toBe(false);
    expect(underAge('2008-05x11', 18, '2026-05-05')).toBe(false);
    expect(underAge('2008-05-11', 18, '2026-05-011')).toBe(false);
    expect(underAge('2008-05-11', 18, '2026x05-05')).toBe(false);
    // A day that is not digits is no plain date: its birthday is never reached as text.
    expect(underAge('2008-05-x1', 18, '2026-05-20')).toBe(false);
    expect(underAge('2008-05-11', 18, '2026-05-x1')).toBe(false);
    expect(underAge('2008-x5-11', 18, '2026-05-20')).toBe(false);
  });

  it('under an age around a 29 February birthday and other edges', () => {
    expect(underAge('2008-02-29', 18, '2026-02-28')).toBe(true);
    expect(underAge('2008-02-29', 18, '2026-03-01')).toBe(false);
    expect(underAge('2008-02-29', 20, '2028-02-28')).toBe(true);
    expect(underAge('2008-02-29', 20, '2028-02-29')).toBe(false);
    expect(underAge('2008-06-15', 18, '2026-06-14')).toBe(true);
    expect(underAge('2008-06-15', 18, '2026-06-15')).toBe(false);
    expect(underAge('2008-06-15', 18, '2027-01-01')).toBe(false);
    expect(underAge('2008-06-15', 18, '2025-12-31')).toBe(true);
    // Dates that are not plain are counted by ageOn, as before: text order would say otherwise.
    expect(underAge('2008-05-01', 18, '2026-4-30')).toBe(true);
    expect(underAge('2008-5-1', 18, '2026-04-30')).toBe(true);
    expect(underAge('2008-5-1', 18, '2026-05-01')).toBe(false);
    // A year beyond four digits: the age is counted, not compared as text.
    expect(underAge('9990-01-01', 18, '2026-01-01')).toBe(true);
    // A part age: under 17.5 is 17 or younger.
    expect(underAge('2008-06-15', 17.5, '2026-06-14')).toBe(true);
    expect(underAge('2008-06-15', 17.5, '2026-06-15')).toBe(false);
  });

  it('the date an age is reached: the birth month and day that many years on, or none', () => {
    expect(ageFrom('2008-02-29', 18)).toBe('2026-02-29');
    expect(ageFrom('2008-06-15', 15)).toBe('2023-06-15');
    expect(ageFrom('0990-06-15', 9)).toBe('0999-06-15');
    expect(ageFrom('0990-06-15', -990)).toBe('0000-06-15');
    expect(ageFrom('0990-06-15', -991)).toBeUndefined();
    expect(ageFrom('9981-06-15', 18)).toBe('9999-06-15');
    expect(ageFrom('9982-06-15', 18)).toBeUndefined();
    expect(ageFrom('2008-06-15', 17.5)).toBeUndefined();
    expect(ageFrom('2008-6-15', 18)).toBeUndefined();
    expect(ageFrom('2008/06/15', 18)).toBeUndefined();
    // Asked again, and after another birth date or another age: each its own answer.
    expect(ageFrom('2008-06-15', 18)).toBe('2026-06-15');
    expect(ageFrom('2008-06-15', 18)).toBe('2026-06-15');
    expect(ageFrom('2008-06-15', 15)).toBe('2023-06-15');
    expect(ageFrom('2009-06-15', 15)).toBe('2024-06-15');
    expect(ageFrom('2009-06-15', 15)).toBe('2024-06-15');
  });

  it('counts days forward and back across months and years', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(isoOf(dayOf('2026-11-30')!)).toBe('2026-11-30');
  });
});
