import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/api.js';
import { dayOf } from '../../src/base/calendar.js';
import { parsePeriod } from '../../src/parse/values.js';
import { tempDir } from '../helpers.js';

// A pay period written in one cell (a payroll's งวด / เดือน / Pay period column): a month, days
// of a month, or two dates; anything else is refused quoting it, never guessed.

describe('parsePeriod', () => {
  it.each([
    ['ส.ค. 2568', '2025-08-01', '2025-08-31'],
    ['สิงหาคม พ.ศ. 2568', '2025-08-01', '2025-08-31'],
    ['งวด ก.พ. 2567', '2024-02-01', '2024-02-29'],
    ['ประจำเดือน กุมภาพันธ์ 2568', '2025-02-01', '2025-02-28'],
    ['Aug 2025', '2025-08-01', '2025-08-31'],
    ['September 2025', '2025-09-01', '2025-09-30'],
    ['08/2025', '2025-08-01', '2025-08-31'],
    ['๐๘/๒๕๖๘', '2025-08-01', '2025-08-31'],
    ['2025-08', '2025-08-01', '2025-08-31'],
    ['2568/12', '2025-12-01', '2025-12-31'],
    ['1-15 ส.ค. 2568', '2025-08-01', '2025-08-15'],
    ['16 - 31 ส.ค. 2568', '2025-08-16', '2025-08-31'],
    ['16-31/08/2568', '2025-08-16', '2025-08-31'],
    ['01/08/2568 - 31/08/2568', '2025-08-01', '2025-08-31'],
    ['01/08/2568-15/08/2568', '2025-08-01', '2025-08-15'],
    ['1 ส.ค. 2568 ถึง 15 ส.ค. 2568', '2025-08-01', '2025-08-15'],
    ['งวดวันที่ 16/08/2568 ถึงวันที่ 31/08/2568', '2025-08-16', '2025-08-31'],
    ['Pay period: 2025-08-01 to 2025-08-15', '2025-08-01', '2025-08-15'],
    ['2025-08-01 - 2025-08-31', '2025-08-01', '2025-08-31'],
  ])('%s is %s to %s', (cell, start, end) => {
    expect(parsePeriod(cell)).toEqual({ ok: true, value: { start, end } });
  });

  it("reads two dates in the file's date order", () => {
    expect(parsePeriod('08/01/2025 - 08/15/2025', { order: 'mdy' })).toEqual({
      ok: true,
      value: { start: '2025-08-01', end: '2025-08-15' },
    });
  });

  it.each([
    'งวดที่ 2', // a period number: no dates
    '31/08/2568', // one date: the period's start, end or pay date?
    '2025-08-01',
    '15/08/2568 - 01/08/2568', // ends before it starts
    '16-32 ส.ค. 2568',
    '13/2025',
    'Augtober 2025',
    '',
  ])('refuses %j, quoting it', (cell) => {
    const r = parsePeriod(cell);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.why).toEqual({ id: 'not_a_pay_period', params: { value: cell } });
  });

  // Half-month runs are printed `1-15 ม.ค. 68`: refused as "not a pay period", the line named
  // neither the year nor the option that reads it.
  it.each(['ส.ค. 68', '1-15 ม.ค. 68', '16-31 ม.ค. 68', 'งวด ๑-๑๕ ม.ค. ๖๘', '01/01/68 - 15/01/68'])(
    'refuses %j for its two-digit year, naming --two-digit-years',
    (cell) => {
      const r = parsePeriod(cell);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.why?.id).toBe('two_digit_year');
        expect(r.error).toContain('--two-digit-years be|ce');
      }
    },
  );

  it('refuses a month whose year is out of range for its year', () => {
    const r = parsePeriod('ม.ค. 2800');
    expect(r.ok || r.why?.id).toBe('implausible_year');
  });

  it.each([
    ['1-15 ม.ค. 68', '2025-01-01', '2025-01-15'],
    ['16-31 ม.ค. 68', '2025-01-16', '2025-01-31'],
    ['01/01/68 - 15/01/68', '2025-01-01', '2025-01-15'],
  ])('with --two-digit-years be, %s is %s to %s', (cell, start, end) => {
    expect(parsePeriod(cell, { twoDigitYears: 'be' })).toEqual({ ok: true, value: { start, end } });
  });

  it('a two-digit year reads as the file says (--two-digit-years be)', () => {
    expect(parsePeriod('ส.ค. 68', { twoDigitYears: 'be' })).toEqual({
      ok: true,
      value: { start: '2025-08-01', end: '2025-08-31' },
    });
  });

  it('any text: a period of real dates, start first, or a refusal; never a throw', () => {
    const piece = fc.constantFrom(
      'ส.ค.',
      'สิงหาคม',
      'พ.ศ.',
      'Aug',
      '-',
      ' - ',
      '/',
      'ถึง',
      ' ',
      '2568',
      '2025',
      '08',
      '31',
      '1',
      '15',
      '๒๕๖๘',
      'งวด',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(piece, { maxLength: 8 }).map((a) => a.join('')),
        ),
        (text) => {
          const r = parsePeriod(text);
          if (!r.ok) return;
          expect(dayOf(r.value.start)).toBeDefined();
          expect(dayOf(r.value.end)).toBeDefined();
          expect(r.value.start <= r.value.end).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('a mapping profile names such a column pay_period', () => {
    const dir = tempDir({
      'employees.csv': 'employee_id,province,wage_type,wage_rate\nE1,Bangkok,daily,360\n',
      'payroll.csv': 'emp,Month of pay,paid,days,salary\nE1,08/2025,31/08/2025,26,9360\n',
      'map.yaml':
        'payroll:\n  columns:\n    employee_id: emp\n    pay_period: Month of pay\n    pay_date: paid\n    days_worked: days\n    base_pay: salary\n',
    });
    const r = check({ dir, map: join(dir, 'map.yaml'), asOf: '2025-12-31', only: ['lpa-90-minimum-wage'] });
    expect(r.rejected).toEqual([]);
    expect(r.findings.map((f) => [f.period, f.owed_satang])).toEqual([
      [{ start: '2025-08-01', end: '2025-08-31' }, 104_000],
    ]);
  });
});
