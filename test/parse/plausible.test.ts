import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/base/calendar.js';
import { implausibleBefore, implausibleDate } from '../../src/parse/plausible.js';
import type { Employee, Stretch } from '../../src/parse/records.js';

// The streamed check asks implausibleDate only about dates before an employee's bound: the bound
// must leave out no date that implausibleDate refuses.

const dateFrom = (offset: number) => addDays('1990-01-01', offset);
const employee = (birth: string | undefined): Employee => ({
  employee_id: 'E1',
  ...(birth ? { birth_date: birth } : {}),
  hazardous: false,
  work_categories: [],
  night_work_permit: false,
  row: 2,
});
const stretch = (date: string): Stretch => ({
  employee_id: 'E1',
  date,
  start: 480,
  end: 1020,
  break_minutes: 60,
  day_type: 'work',
  row: 3,
});

describe('implausibleBefore', () => {
  it('bounds every date implausibleDate refuses, and only those', () => {
    fc.assert(
      fc.property(
        fc.option(fc.nat(20_000), { nil: undefined }),
        fc.nat(20_000),
        fc.option(fc.integer({ min: 10, max: 18 }), { nil: undefined }),
        fc.array(fc.nat(20_000), { minLength: 1, maxLength: 20 }),
        (birth, earliest, minWorkAge, dates) => {
          const e = employee(birth === undefined ? undefined : dateFrom(birth - 8000));
          const o = { earliest: dateFrom(earliest), ...(minWorkAge === undefined ? {} : { minWorkAge }) };
          const before = implausibleBefore(e, o);
          for (const d of dates.map(dateFrom)) {
            const refused = implausibleDate(stretch(d), e, o) !== undefined;
            expect(refused).toBe(before !== undefined && d >= o.earliest && d < before);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('is the minimum-work-age birthday when that falls after the pack begins', () => {
    const o = { earliest: '2020-01-01', minWorkAge: 15 };
    expect(implausibleBefore(employee('2010-03-04'), o)).toBe('2025-03-04');
    expect(implausibleDate(stretch('2025-03-03'), employee('2010-03-04'), o)?.id).toBe('before_min_work_age');
    expect(implausibleDate(stretch('2025-03-04'), employee('2010-03-04'), o)).toBeUndefined();
    // A birthday before the pack's first parameters refuses nothing.
    expect(implausibleBefore(employee('2004-12-31'), o)).toBeUndefined();
    expect(implausibleBefore(employee(undefined), o)).toBeUndefined();
    expect(implausibleBefore(employee('2010-03-04'), { earliest: '2020-01-01' })).toBeUndefined();
  });
});
