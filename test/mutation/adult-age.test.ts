import { describe, expect, it } from 'vitest';
import { packWith, run } from '../helpers.js';

// Who is under the adult age on a work day (ss.46-50), at the edges a shortcut could get wrong:
// the day of the 18th birthday inside the days, a 29 February birthday in a common year, and
// an adult age that changes between the first and the last day (raised, lowered, not yet in
// force). Each case names the days under age; every rule of the young must agree with it.

const NIGHT = 'lpa-47-child-night-work';
const REST = 'lpa-46-child-rest';
const OVERTIME = 'lpa-48-child-overtime-holiday';
const PROHIBITED = 'lpa-49-50-prohibited-work';
const EMP = 'employee_id,birth_date,province,wage_type,wage_rate,work_categories';

interface Case {
  name: string;
  birth: string;
  dates: string[];
  adultAge?: { from: string; value: number }[];
  /** The dates under the adult age in force on them. */
  young: string[];
}

const CASES: Case[] = [
  {
    name: 'turns 18 inside the days: under age the day before the birthday, not on it',
    birth: '2007-09-15',
    dates: ['2025-09-13', '2025-09-14', '2025-09-15', '2025-09-16'],
    young: ['2025-09-13', '2025-09-14'],
  },
  {
    name: 'born 29 February: 18 on 1 March of a common year, under age on 28 February',
    birth: '2008-02-29',
    dates: ['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02'],
    young: ['2026-02-27', '2026-02-28'],
  },
  {
    name: 'born 29 February, an adult age of 20: of age on 29 February of a leap year',
    birth: '2008-02-29',
    dates: ['2028-02-28', '2028-02-29', '2028-03-01'],
    adultAge: [{ from: '1998-08-19', value: 20 }],
    young: ['2028-02-28'],
  },
  {
    name: 'under age on every day',
    birth: '2010-05-05',
    dates: ['2025-01-06', '2025-06-30', '2025-12-30'],
    young: ['2025-01-06', '2025-06-30', '2025-12-30'],
  },
  {
    name: 'of age on every day',
    birth: '1990-05-05',
    dates: ['2025-01-06', '2025-06-30', '2025-12-30'],
    young: [],
  },
  {
    name: 'the adult age raised from 18 to 20 mid-month: a 19-year-old is under it again',
    birth: '2006-01-01',
    dates: ['2025-06-13', '2025-06-14', '2025-06-15', '2025-06-16'],
    adultAge: [
      { from: '1998-08-19', value: 18 },
      { from: '2025-06-15', value: 20 },
    ],
    young: ['2025-06-15', '2025-06-16'],
  },
  {
    name: 'the adult age lowered from 20 to 18 mid-month: a 19-year-old is of age from that day',
    birth: '2006-01-01',
    dates: ['2025-06-13', '2025-06-14', '2025-06-15', '2025-06-16'],
    adultAge: [
      { from: '1998-08-19', value: 20 },
      { from: '2025-06-15', value: 18 },
    ],
    young: ['2025-06-13', '2025-06-14'],
  },
  {
    name: 'the adult age changed after the last day: the value in force on the days counts',
    birth: '2006-01-01',
    dates: ['2025-06-13', '2025-06-14'],
    adultAge: [
      { from: '1998-08-19', value: 18 },
      { from: '2025-07-01', value: 20 },
    ],
    young: [],
  },
];

function hoursOf(dates: string[], times: string) {
  return `employee_id,date,start,end\n${dates.map((d) => `E1,${d},${times}`).join('\n')}`;
}

function check(c: Case, rule: string, times: string) {
  const r = run(
    {
      employees: `${EMP}\nE1,${c.birth},Bangkok,daily,400,forklift_crane`,
      hours: hoursOf(c.dates, times),
    },
    '2028-12-31',
    [rule],
    packWith(c.adultAge ? { adult_age: c.adultAge } : {}),
  );
  return { dates: r.findings.map((f) => f.date), undetermined: r.undetermined.map((u) => u.reason) };
}

describe.each(CASES)('under the adult age on a work day: $name', (c) => {
  it('night work (s.47): a finding on each day under age', () => {
    expect(check(c, NIGHT, '20:00,23:00')).toEqual({ dates: c.young, undetermined: [] });
  });

  it('rest (s.46): a finding on each day under age', () => {
    expect(check(c, REST, '08:00,13:00')).toEqual({ dates: c.young, undetermined: [] });
  });

  it('overtime (s.48): a finding on each day under age', () => {
    expect(check(c, OVERTIME, '08:00,18:00')).toEqual({ dates: c.young, undetermined: [] });
  });

  it('prohibited work (s.49): one finding, on the first day under age', () => {
    expect(check(c, PROHIBITED, '08:00,12:00')).toEqual({
      dates: c.young.slice(0, 1),
      undetermined: [],
    });
  });
});

describe('an adult age not yet in force on the first day', () => {
  // Work on 31 May and 2 June 2025 with an adult age that starts on 1 June: the first day has
  // none, which makes the rule undetermined for the employee, as when asked day by day.
  const c: Case = {
    name: 'starts 1 June',
    birth: '2010-01-01',
    dates: ['2025-05-31', '2025-06-02'],
    adultAge: [{ from: '2025-06-01', value: 18 }],
    young: [],
  };
  it.each([
    [NIGHT, '20:00,23:00'],
    [REST, '08:00,13:00'],
    [OVERTIME, '08:00,18:00'],
    [PROHIBITED, '08:00,12:00'],
  ])('%s: undetermined, naming the parameter and the day', (rule, times) => {
    const r = check(c, rule, times);
    expect(r.dates).toEqual([]);
    expect(r.undetermined).toHaveLength(1);
    expect(r.undetermined[0]).toContain('adult_age');
    expect(r.undetermined[0]).toContain('2025-05-31');
  });

  it('rest (s.46): a first day within the limit asks no age, the later days are checked', () => {
    const r = run(
      {
        employees: `${EMP}\nE1,2010-01-01,Bangkok,daily,400,`,
        hours: 'employee_id,date,start,end\nE1,2025-05-31,08:00,11:00\nE1,2025-06-02,08:00,13:00',
      },
      '2028-12-31',
      [REST],
      packWith({ adult_age: c.adultAge }),
    );
    expect(r.findings.map((f) => f.date)).toEqual(['2025-06-02']);
    expect(r.undetermined).toEqual([]);
  });
});
