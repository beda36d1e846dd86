import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  ageOn,
  BE_OFFSET,
  birthdayOf,
  day,
  dayOf,
  daysInMonth,
  hhmm,
  hoursText,
  inOtherYears,
  isoOf,
  monthsLater,
  WEEKDAYS,
  weekday,
} from '../../src/base/calendar.js';

// The civil calendar the law's day counts stand on: real dates only, days as integers,
// weekdays, month ends, the Buddhist era (B.E. 2568 = 2025). The date parser is imported inside
// the tests: a month table that breaks its loading then fails them, not only the file's loading.

describe('civil days', () => {
  it('counts days from 1 January 1970', () => {
    expect(dayOf('1970-01-01')).toBe(0);
    expect(dayOf('1970-01-02')).toBe(1);
    expect(dayOf('1969-12-31')).toBe(-1);
    expect(day('2025-07-28') - day('2025-01-01')).toBe(208);
    expect(day('2025-03-01') - day('2025-02-28')).toBe(1);
    expect(day('2024-03-01') - day('2024-02-28')).toBe(2);
  });

  it('takes the first and last day of every month, and nothing outside them', () => {
    for (let m = 1; m <= 12; m++) {
      const mm = String(m).padStart(2, '0');
      expect(dayOf(`2025-${mm}-01`)).toBeDefined();
      expect(dayOf(`2025-${mm}-${daysInMonth(2025, m)}`)).toBeDefined();
      expect(dayOf(`2025-${mm}-${daysInMonth(2025, m) + 1}`)).toBeUndefined();
      expect(dayOf(`2025-${mm}-00`)).toBeUndefined();
    }
    expect(dayOf('2025-00-10')).toBeUndefined();
    expect(dayOf('2025-13-01')).toBeUndefined();
    expect(dayOf('2024-02-29')).toBe(dayOf('2024-02-28')! + 1);
    expect(dayOf('2025-02-29')).toBeUndefined();
  });

  it('reads only a whole ISO date, the same answer when asked again', () => {
    for (const bad of ['x2025-01-01', '2025-01-01x', '2025-1-01', '25-01-01', '2025/01/01', '']) {
      expect(dayOf(bad)).toBeUndefined();
      expect(dayOf(bad)).toBeUndefined();
    }
    expect(dayOf('2025-07-28')).toBe(20297);
    expect(dayOf('2025-07-28')).toBe(20297);
  });

  it('day() of a date that does not exist throws, naming it', () => {
    expect(() => day('2025-02-30')).toThrow('not an ISO date: 2025-02-30');
    expect(day('2025-02-28')).toBe(20147);
  });

  it('isoOf is the inverse, over month and year ends and before 1970', () => {
    for (const iso of ['1970-01-01', '1969-12-31', '2024-02-29', '2025-12-31', '2026-01-01']) {
      expect(isoOf(day(iso))).toBe(iso);
      expect(isoOf(day(iso))).toBe(iso);
    }
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });

  it('days in a month: February 28 or 29 (2000 leap, 1900 and 2100 not), 30 or 31 for the others', () => {
    expect([2024, 2025, 2000, 1900, 2100].map((y) => daysInMonth(y, 2))).toEqual([29, 28, 29, 28, 28]);
    expect(Array.from({ length: 12 }, (_, i) => daysInMonth(2025, i + 1))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
  });
});

describe('weekdays', () => {
  it('28 July 2025 was a Monday, 3 August a Sunday; 1970-01-01 a Thursday, the day before a Wednesday', () => {
    const names = Array.from({ length: 7 }, (_, i) => WEEKDAYS[weekday(day('2025-07-28') + i)]);
    expect(names).toEqual(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
    expect(weekday(0)).toBe(3);
    expect(weekday(-1)).toBe(2);
    expect(weekday(-4)).toBe(6);
    expect(weekday(-7)).toBe(3);
  });
});

describe('month names and the Buddhist era', () => {
  it('every Thai month in full, abbreviated and short; every English month in full and in three letters', async () => {
    const { monthOfName } = await import('../../src/parse/values.js');
    const thai = [
      ['มกราคม', 'ม.ค.', 'มกรา'],
      ['กุมภาพันธ์', 'ก.พ.', 'กุมภา'],
      ['มีนาคม', 'มี.ค.', 'มีนา'],
      ['เมษายน', 'เม.ย.', 'เมษา'],
      ['พฤษภาคม', 'พ.ค.', 'พฤษภา'],
      ['มิถุนายน', 'มิ.ย.', 'มิถุนา'],
      ['กรกฎาคม', 'ก.ค.', 'กรกฎา'],
      ['สิงหาคม', 'ส.ค.', 'สิงหา'],
      ['กันยายน', 'ก.ย.', 'กันยา'],
      ['ตุลาคม', 'ต.ค.', 'ตุลา'],
      ['พฤศจิกายน', 'พ.ย.', 'พฤศจิกา'],
      ['ธันวาคม', 'ธ.ค.', 'ธันวา'],
    ];
    thai.forEach((names, i) => {
      for (const n of names) expect(monthOfName(n)).toBe(i + 1);
    });
    const english = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September'];
    english.push('October', 'November', 'December');
    english.forEach((n, i) => {
      expect(monthOfName(n)).toBe(i + 1);
      expect(monthOfName(n.slice(0, 3))).toBe(i + 1);
    });
  });

  it('B.E. 2568 is 2025: a Thai date with a Buddhist-era year reads as the civil date', async () => {
    const { parseDate } = await import('../../src/parse/values.js');
    expect(BE_OFFSET).toBe(2568 - 2025);
    expect(parseDate('28/07/2568')).toMatchObject({ ok: true, value: '2025-07-28' });
    expect(parseDate('28 ก.ค. 2568')).toMatchObject({ ok: true, value: '2025-07-28' });
  });
});

describe('a date with its year typed wrong', () => {
  it('the same month and day in other years, as written, four digits kept', () => {
    expect(inOtherYears('2025-08-16', [-1, 1, -100, 100])).toEqual([
      '2024-08-16',
      '2026-08-16',
      '1925-08-16',
      '2125-08-16',
    ]);
    // 29 February moved is left as text: a caller reads it with dayOf, which refuses it.
    expect(inOtherYears('2024-02-29', [1])).toEqual(['2025-02-29']);
    expect(dayOf('2025-02-29')).toBeUndefined();
    expect(inOtherYears('0999-01-02', [1])).toEqual(['1000-01-02']);
    expect(inOtherYears('1000-01-02', [-1])).toEqual(['0999-01-02']);
  });
});

describe('ages and anniversaries', () => {
  it('a year older on the birthday, not the day before', () => {
    expect(ageOn('2008-07-28', '2026-07-27')).toBe(17);
    expect(ageOn('2008-07-28', '2026-07-28')).toBe(18);
    expect(ageOn('2008-07-28', '2026-06-30')).toBe(17);
    expect(ageOn('2008-07-28', '2026-08-01')).toBe(18);
  });

  it('the Nth birthday, with month and day in two digits; 29 February reached on 1 March', () => {
    expect(birthdayOf('2008-03-05', 18)).toBe('2026-03-05');
    expect(birthdayOf('2008-11-25', 18)).toBe('2026-11-25');
    expect(birthdayOf('2008-02-29', 17)).toBe('2025-03-01');
    expect(birthdayOf('2008-02-28', 17)).toBe('2025-02-28');
    // Only 29 February moves: the 29th of another month stays.
    expect(birthdayOf('2008-03-29', 17)).toBe('2025-03-29');
    expect(birthdayOf('2008-01-29', 17)).toBe('2025-01-29');
  });

  it('calendar months later, the day cut to the month end where it has no such day', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-11-15', 2)).toBe('2026-01-15');
    expect(addMonths('2025-12-05', 1)).toBe('2026-01-05');
    expect(addMonths('2025-05-09', 3)).toBe('2025-08-09');
  });

  it('a month-end stays a month-end: one month after 29 February 2024 is 31 March', () => {
    expect(monthsLater('2024-02-29', 1)).toBe('2024-03-31');
    expect(monthsLater('2025-04-30', 1)).toBe('2025-05-31');
    expect(monthsLater('2025-01-31', 1)).toBe('2025-02-28');
    expect(monthsLater('2025-11-30', 2)).toBe('2026-01-31');
    expect(monthsLater('2025-01-30', 1)).toBe('2025-02-28');
    expect(monthsLater('2025-03-15', 1)).toBe('2025-04-15');
  });

  it('answers asked again, of the same date with other months and of the other function, stay their own', () => {
    // Each answer is kept by date and number of months, apart for the two functions.
    const questions: [() => string, string][] = [
      [() => addMonths('2024-02-29', 1), '2024-03-29'],
      [() => monthsLater('2024-02-29', 1), '2024-03-31'],
      [() => addMonths('2024-02-29', 12), '2025-02-28'],
      [() => monthsLater('2024-02-29', 12), '2025-02-28'],
      [() => addMonths('2024-02-29', -1), '2024-01-29'],
      [() => monthsLater('2024-01-31', 1), '2024-02-29'],
      [() => addMonths('2024-01-31', 1), '2024-02-29'],
      [() => addMonths('2024-01-30', 1), '2024-02-29'],
    ];
    for (const order of [questions, [...questions].reverse(), questions])
      for (const [ask, answer] of order) expect(ask()).toBe(answer);
  });
});

describe('clock times and durations', () => {
  it('minutes of the day as HH:MM, past midnight and before it', () => {
    expect(hhmm(0)).toBe('00:00');
    expect(hhmm(545)).toBe('09:05');
    expect(hhmm(1439)).toBe('23:59');
    expect(hhmm(1440 + 90)).toBe('01:30');
    expect(hhmm(-30)).toBe('23:30');
  });

  it('durations in hours and minutes', () => {
    expect(hoursText(480)).toBe('8 h');
    expect(hoursText(90)).toBe('1 h 30 min');
    expect(hoursText(45)).toBe('0 h 45 min');
  });
});

describe('dates written otherwise', () => {
  it('a date with a letter or another separator is not a date', () => {
    expect(dayOf('2O25-07-01')).toBeUndefined(); // a letter O in the year
    expect(dayOf('2025-O7-01')).toBeUndefined();
    expect(dayOf('2025/07/01')).toBeUndefined();
    expect(dayOf('2025-07/01')).toBeUndefined();
    expect(dayOf('2025/07-01')).toBeUndefined();
    expect(dayOf('20/5-07-01')).toBeUndefined(); // a character below '0' inside the year
    expect(dayOf('2025-07-01')).toBe(20_270);
  });

  it('ages from dates not written as YYYY-MM-DD: counted from their parts', () => {
    expect(ageOn('1990-7-1', '2008-07-01')).toBe(18);
    expect(ageOn('1990-7-2', '2008-07-01')).toBe(17);
    expect(ageOn('1990-8-1', '2008-7-31')).toBe(17);
    expect(ageOn('1990-6-30', '2008-7-1')).toBe(18);
    expect(ageOn('10000-01-02', '10018-01-01')).toBe(17);
    expect(ageOn('10000-01-01', '10018-01-01')).toBe(18);
  });
});
