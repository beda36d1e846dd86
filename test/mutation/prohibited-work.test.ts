import { describe, expect, it } from 'vitest';
import { packWith, run } from '../helpers.js';

// s.49, s.50: no under-18s in prohibited work or places; s.39: no pregnant employee in the
// listed work, on the days worked inside the pregnancy span. From work_categories codes.

const YOUNG = 'lpa-49-50-prohibited-work';
const PREGNANT = 'lpa-39-prohibited-work';
const EMP = 'employee_id,birth_date,province,wage_type,wage_rate,hire_date,work_categories';
const EMP_P = 'employee_id,birth_date,province,wage_type,wage_rate,work_categories,pregnant_from,pregnant_to';
const HOURS = 'employee_id,date,start,end';

function check(
  rule: string,
  files: { employees?: string; hours?: string; payroll?: string },
  asOf = '2025-09-30',
) {
  const r = run(files, asOf, [rule]);
  return {
    findings: r.findings.filter((f) => f.rule === rule),
    undetermined: r.undetermined.map((u) => `${u.employee_id}: ${u.reason}`),
  };
}

describe('under-18s in prohibited work (s.49, s.50)', () => {
  it('names only the listed categories, dated at the first day, with the list in force cited', () => {
    const { findings } = check(YOUNG, {
      employees: `${EMP}\nE1,2009-01-01,Bangkok,daily,400,,packing;forklift_crane;gambling`,
      hours: `${HOURS}\nE1,2025-09-02,08:00,12:00\nE1,2025-09-01,08:00,12:00`,
    });
    expect(findings).toHaveLength(1);
    expect(findings[0].date).toBe('2025-09-01');
    expect(findings[0].message).toBe(
      'E1 (under 18 on 2025-09-01) is employed in prohibited work or places: forklift_crane, gambling',
    );
    expect(findings[0].evidence).toEqual([{ file: 'employees.csv', row: 2 }]);
    expect(findings[0].params.categories).toMatchObject({ from: '1998-08-19' });
    expect((findings[0].params.categories as { value: string[] }).value).toContain('forklift_crane');
  });

  it('a 16-year-old in unlisted work only is no finding', () => {
    const { findings, undetermined } = check(YOUNG, {
      employees: `${EMP}\nE1,2009-01-01,Bangkok,daily,400,,packing`,
      hours: `${HOURS}\nE1,2025-09-01,08:00,12:00`,
    });
    expect(findings).toEqual([]);
    expect(undetermined).toEqual([]);
  });

  it('the earliest date counts: the hire date before the days worked, while still 17', () => {
    // Turns 18 on 15 September 2025; hired 1 January 2025, the hours file starts in September.
    const { findings } = check(YOUNG, {
      employees: `${EMP}\nE1,2007-09-15,Bangkok,daily,400,2025-01-01,forklift_crane`,
      hours: `${HOURS}\nE1,2025-09-20,08:00,12:00\nE1,2025-09-01,08:00,12:00`,
    });
    expect(findings.map((f) => f.date)).toEqual(['2025-01-01']);
  });

  it('the first day worked when the hire date comes later', () => {
    const { findings } = check(YOUNG, {
      employees: `${EMP}\nE1,2009-01-01,Bangkok,daily,400,2025-09-01,forklift_crane`,
      hours: `${HOURS}\nE1,2025-08-01,08:00,12:00\nE1,2025-09-02,08:00,12:00`,
    });
    expect(findings.map((f) => f.date)).toEqual(['2025-08-01']);
  });

  it('the first pay period when it starts before the days worked', () => {
    const { findings } = check(YOUNG, {
      employees: `${EMP}\nE1,2009-01-01,Bangkok,daily,400,,forklift_crane`,
      hours: `${HOURS}\nE1,2025-09-01,08:00,12:00`,
      payroll: `employee_id,period_start,period_end,base_pay\nE1,2025-07-01,2025-07-31,8000\nE1,2025-08-01,2025-08-31,8000`,
    });
    expect(findings.map((f) => f.date)).toEqual(['2025-07-01']);
  });

  describe('an adult age raised inside the span: the earliest date under the age in force that day', () => {
    // 18, then 20 from 1 June 2025; E1 turned 19 on 1 January 2025, so is an adult on 31 May.
    const raised = () => {
      return packWith({
        adult_age: [
          { from: '1998-08-19', value: 18 },
          { from: '2025-06-01', value: 20 },
        ],
      });
    };
    const at = (hire: string, periodStart: string) =>
      run(
        {
          employees: `${EMP}\nE1,2006-01-01,Bangkok,daily,400,${hire},forklift_crane`,
          hours: `${HOURS}\nE1,2025-05-31,08:00,12:00\nE1,2025-06-05,08:00,12:00\nE1,2025-06-20,08:00,12:00`,
          payroll: `employee_id,period_start,period_end,base_pay\nE1,${periodStart},2025-06-30,8000`,
        },
        '2025-09-30',
        [YOUNG],
        raised(),
      ).findings.map((f) => f.date);

    it('the hire date, when it is the earliest such date', () => {
      expect(at('2025-06-02', '2025-06-03')).toEqual(['2025-06-02']);
    });

    it('the pay period, when it starts before the later hire date and the days worked', () => {
      expect(at('2025-06-10', '2025-06-03')).toEqual(['2025-06-03']);
    });

    it('the first day worked under the age, when the others come later', () => {
      expect(at('2025-06-10', '2025-06-08')).toEqual(['2025-06-05']);
    });

    // An adult on the earliest date, with only one date under the raised age: the latest date
    // is found wherever it lies (a day, the hire date, a pay period's start), not one list's last.
    const only = (days: string[], hire: string, periodStart: string) =>
      run(
        {
          employees: `${EMP}\nE1,2006-01-01,Bangkok,daily,400,${hire},forklift_crane`,
          hours: `${HOURS}\n${days.map((d) => `E1,${d},08:00,12:00`).join('\n')}`,
          payroll: `employee_id,period_start,period_end,base_pay\nE1,${periodStart},2025-06-30,8000`,
        },
        '2025-09-30',
        [YOUNG],
        raised(),
      ).findings.map((f) => f.date);

    it.each([
      [
        'a pay period, after the days and the hire date',
        ['2025-05-20'],
        '2025-05-01',
        '2025-06-03',
        '2025-06-03',
      ],
      [
        'a day, after the pay period and the hire date',
        ['2025-05-20', '2025-06-20'],
        '2025-05-01',
        '2025-05-01',
        '2025-06-20',
      ],
    ])('the one date under the age is %s', (_, days, hire, periodStart, expected) => {
      expect(only(days, hire, periodStart)).toEqual([expected]);
    });

    it('the hire date alone, after the days and the pay period: the work then is not known, undetermined', () => {
      const r = run(
        {
          employees: `${EMP}\nE1,2006-01-01,Bangkok,daily,400,2025-06-10,forklift_crane`,
          hours: `${HOURS}\nE1,2025-05-20,08:00,12:00\nE1,2025-05-25,08:00,12:00`,
          payroll: 'employee_id,period_start,period_end,base_pay\nE1,2025-05-01,2025-06-30,8000',
        },
        '2025-09-30',
        [YOUNG],
        raised(),
      );
      expect(r.findings).toEqual([]);
      expect(r.undetermined.flatMap((u) => u.reasons ?? []).map((x) => [x.id, x.params?.date])).toEqual([
        ['young_only_at_hire', '2025-06-10'],
      ]);
    });

    it('with no hours and no hire date, the later of two pay periods', () => {
      const r = run(
        {
          employees: `${EMP}\nE1,2006-01-01,Bangkok,daily,400,,forklift_crane`,
          payroll:
            'employee_id,period_start,period_end,base_pay\nE1,2025-05-01,2025-05-31,8000\nE1,2025-06-01,2025-06-30,8000',
        },
        '2025-09-30',
        [YOUNG],
        raised(),
      );
      expect(r.findings.map((f) => f.date)).toEqual(['2025-06-01']);
    });
  });

  it('dates before the adult age has a value: the earliest of them is the one named', () => {
    // The adult age in force only from 1 March 2025; hired 1 January, worked 1 February: the
    // records' earliest date is the one asked first.
    const r = run(
      {
        employees: `${EMP}\nE1,2009-01-01,Bangkok,daily,400,2025-01-01,forklift_crane`,
        hours: `${HOURS}\nE1,2025-03-02,08:00,12:00\nE1,2025-02-01,08:00,12:00`,
      },
      '2025-09-30',
      [YOUNG],
      packWith({ adult_age: 18 }, '2025-03-01'),
    );
    expect(r.findings).toEqual([]);
    expect(r.undetermined.map((u) => u.reason)).toEqual([expect.stringContaining('2025-02-01')]);
  });

  it('18 on the day worked is an adult; the day before the birthday is under 18', () => {
    const at = (day: string) =>
      check(YOUNG, {
        employees: `${EMP}\nE1,2007-09-01,Bangkok,daily,400,,forklift_crane`,
        hours: `${HOURS}\nE1,${day},08:00,12:00`,
      }).findings.map((f) => f.date);
    expect(at('2025-09-01')).toEqual([]);
    expect(at('2025-08-31')).toEqual(['2025-08-31']);
  });

  it('with no days, periods or hire date the as-of date is the date looked at', () => {
    const { findings } = check(
      YOUNG,
      { employees: `${EMP}\nE1,2009-01-01,Bangkok,daily,400,,forklift_crane` },
      '2025-10-31',
    );
    expect(findings.map((f) => f.date)).toEqual(['2025-10-31']);
  });

  it('a payroll alone dates the finding at the start of the first pay period', () => {
    const { findings } = check(
      YOUNG,
      {
        employees: `${EMP}\nE1,2009-01-01,Bangkok,daily,400,,forklift_crane`,
        payroll: 'employee_id,period_start,period_end,base_pay\nE1,2025-08-01,2025-08-31,9000',
      },
      '2025-10-31',
    );
    expect(findings.map((f) => f.date)).toEqual(['2025-08-01']);
  });

  it('with dates on record the as-of date is not looked at: 18 on the hire date is no finding', () => {
    // Turns 18 on 15 September 2025; checked as of 10 September, hired on the 20th. (A day
    // worked after the as-of date is no record: its row is rejected, docs/inputs.md.)
    const { findings } = check(
      YOUNG,
      { employees: `${EMP}\nE1,2007-09-15,Bangkok,daily,400,2025-09-20,forklift_crane` },
      '2025-09-10',
    );
    expect(findings).toEqual([]);
  });

  it.each([
    // [what, birth, hire, hours, findings, undetermined reason ids]
    [
      'hired at 17 in 2015, on a forklift at 27 in the records: not a finding, undetermined',
      '1998-01-01',
      '2015-06-01',
      'E1,2025-09-01,08:00,12:00',
      [],
      ['young_only_at_hire'],
    ],
    [
      'hired at 17 on 1 January 2025, still 17 in the records: the finding dated the hire',
      '2007-09-15',
      '2025-01-01',
      'E1,2025-09-01,08:00,12:00',
      ['2025-01-01'],
      [],
    ],
    [
      'hired at 17 in 2015, no records, 27 as of the audit: undetermined',
      '1998-01-01',
      '2015-06-01',
      '',
      [],
      ['young_only_at_hire'],
    ],
  ])(
    'work_categories are the work of the records, not of the hire: %s',
    (_, birth, hire, hours, dates, why) => {
      const r = run(
        {
          employees: `${EMP}\nE1,${birth},Bangkok,daily,400,${hire},forklift_crane`,
          ...(hours ? { hours: `${HOURS}\n${hours}` } : {}),
        },
        '2025-09-30',
        [YOUNG],
      );
      expect(r.findings.map((f) => f.date)).toEqual(dates);
      expect(r.undetermined.flatMap((u) => u.reasons ?? []).map((x) => x.id)).toEqual(why);
    },
  );

  it('no birth date is undetermined, never an adult', () => {
    const { findings, undetermined } = check(YOUNG, {
      employees: `${EMP}\nE1,,Bangkok,daily,400,,forklift_crane\nE2,1990-01-01,Bangkok,daily,400,,`,
      hours: `${HOURS}\nE1,2025-09-01,08:00,12:00`,
    });
    expect(findings).toEqual([]);
    expect(undetermined).toEqual(['E1: no birth date']);
  });

  it('no work categories: nothing to check, not undetermined even without a birth date', () => {
    const { findings, undetermined } = check(YOUNG, {
      employees: `${EMP}\nE1,,Bangkok,daily,400,,\nE2,1990-01-01,Bangkok,daily,400,,packing`,
      hours: `${HOURS}\nE1,2025-09-01,08:00,12:00`,
    });
    expect(findings).toEqual([]);
    expect(undetermined).toEqual([]);
  });

  it('without an employees file the rule is undetermined', () => {
    const { undetermined } = check(YOUNG, { hours: `${HOURS}\nE1,2025-09-01,08:00,12:00` });
    expect(undetermined).toEqual(['E1: no employees file']);
  });
});

describe('pregnant employees in prohibited work (s.39)', () => {
  it('cites the employee row and the first hours row worked inside the span', () => {
    const { findings } = check(PREGNANT, {
      employees: `${EMP_P}\nE1,1990-01-01,Bangkok,daily,400,heavy_load;packing,2025-06-01,`,
      hours: `${HOURS}\nE1,2025-05-30,08:00,12:00\nE1,2025-06-02,08:00,12:00\nE1,2025-06-03,08:00,12:00`,
    });
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toBe(
      'E1 (pregnant) worked on 2025-06-02, the first day worked while pregnant, in prohibited work: heavy_load',
    );
    expect(findings[0].evidence).toEqual([
      { file: 'employees.csv', row: 2 },
      { file: 'hours.csv', row: 3 },
    ]);
  });

  it('pregnant without an hours file: the days worked while pregnant are unknown', () => {
    const { findings, undetermined } = check(PREGNANT, {
      employees: `${EMP_P}\nE1,1990-01-01,Bangkok,daily,400,heavy_load,2025-06-01,`,
      payroll: 'employee_id,period_start,period_end,base_pay\nE1,2025-06-01,2025-06-30,9000',
    });
    expect(findings).toEqual([]);
    expect(undetermined).toEqual(['E1: no hours file: the days worked while pregnant are unknown']);
  });

  it('not pregnant (columns present, empty for her): nothing, even without an hours file', () => {
    const { findings, undetermined } = check(PREGNANT, {
      employees: `${EMP_P}\nE1,1990-01-01,Bangkok,daily,400,heavy_load,,\nE2,1990-01-01,Bangkok,daily,400,,2025-01-01,2025-03-01`,
      payroll: 'employee_id,period_start,period_end,base_pay\nE1,2025-06-01,2025-06-30,9000',
    });
    expect(findings).toEqual([]);
    expect(undetermined).toEqual([]);
  });

  it('no work categories: no undetermined for missing pregnancy columns', () => {
    const { undetermined } = check(PREGNANT, {
      employees: `${EMP}\nE1,1990-01-01,Bangkok,daily,400,,\nE2,1990-01-01,Bangkok,daily,400,,packing`,
      hours: `${HOURS}\nE1,2025-06-02,08:00,12:00\nE2,2025-06-02,08:00,12:00`,
    });
    expect(undetermined).toEqual([
      'E2: no pregnancy columns (pregnant_from, pregnant_to) in the employees file',
    ]);
  });
});

describe('no work_categories column: the work is unknown', () => {
  const NO_CAT = 'employee_id,birth_date,province,wage_type,wage_rate';
  it('a 16-year-old is undetermined with the column named; an adult is outside the rule', () => {
    const r = check(YOUNG, {
      employees: `${NO_CAT}\nE1,2009-01-01,Bangkok,daily,400\nE2,1990-01-01,Bangkok,daily,400`,
      hours: `${HOURS}\nE1,2025-09-01,08:00,12:00\nE2,2025-09-01,08:00,12:00`,
    });
    expect(r.findings).toEqual([]);
    expect(r.undetermined).toEqual(['E1: column work_categories not in employees.csv']);
  });
  it('a column present but blank for this employee is "no listed work", not unknown', () => {
    const r = check(YOUNG, {
      employees: `${EMP}\nE1,2009-01-01,Bangkok,daily,400,,\nE2,1990-01-01,Bangkok,daily,400,,packing`,
      hours: `${HOURS}\nE1,2025-09-01,08:00,12:00`,
    });
    expect(r).toEqual({ findings: [], undetermined: [] });
  });
  it('pregnant and at work inside the span: undetermined; no day at work in it: nothing to check', () => {
    const emp = 'employee_id,birth_date,province,wage_type,wage_rate,pregnant_from,pregnant_to';
    const at = check(PREGNANT, {
      employees: `${emp}\nE1,1990-01-01,Bangkok,daily,400,2025-05-01,2025-06-30`,
      hours: `${HOURS}\nE1,2025-06-02,08:00,12:00`,
    });
    expect(at).toEqual({ findings: [], undetermined: ['E1: column work_categories not in employees.csv'] });
    const after = check(PREGNANT, {
      employees: `${emp}\nE1,1990-01-01,Bangkok,daily,400,2025-05-01,2025-05-31`,
      hours: `${HOURS}\nE1,2025-06-02,08:00,12:00`,
    });
    expect(after).toEqual({ findings: [], undetermined: [] });
  });
});

describe('no days worked and no pay periods: the as-of date, while employed', () => {
  // [what, birth, hire, termination, as-of, finding dates, undetermined reason ids]
  const EMP_T =
    'employee_id,birth_date,province,wage_type,wage_rate,hire_date,termination_date,work_categories';
  it.each([
    [
      'hired at 16 before the as-of date, still 16 on it: the finding dated the hire',
      '2009-01-01',
      '2025-01-01',
      '',
      '2025-09-30',
      ['2025-01-01'],
      [],
    ],
    [
      'hired on the as-of date itself, at 16: a finding dated that day, not "under 18 only at hire"',
      '2009-01-01',
      '2025-09-30',
      '',
      '2025-09-30',
      ['2025-09-30'],
      [],
    ],
    [
      'left on 30 June at 17, 18 on 1 August, as of 30 September: the last day employed, under 18',
      '2007-08-01',
      '',
      '2025-06-30',
      '2025-09-30',
      ['2025-06-30'],
      [],
    ],
    [
      'left on 30 June at 17 (hired 2025-01-01): the finding dated the hire',
      '2007-08-01',
      '2025-01-01',
      '2025-06-30',
      '2025-09-30',
      ['2025-01-01'],
      [],
    ],
    [
      'a termination date after the as-of date: the as-of date, still 17 on it (18 on 15 October)',
      '2007-10-15',
      '',
      '2025-12-31',
      '2025-09-30',
      ['2025-09-30'],
      [],
    ],
    [
      'hired at 16 after the as-of date, no records: nothing (it said "under 18 only on the hire date, before every date of the records")',
      '2009-01-01',
      '2025-10-15',
      '',
      '2025-09-30',
      [],
      [],
    ],
    [
      'left on 30 June already 18 (since 1 June): nothing, though under 18 on no later date either',
      '2007-06-01',
      '',
      '2025-06-30',
      '2025-09-30',
      [],
      [],
    ],
  ])('%s', (_, birth, hire, termination, asOf, dates, why) => {
    const r = run(
      { employees: `${EMP_T}\nE1,${birth},Bangkok,daily,400,${hire},${termination},forklift_crane` },
      asOf,
      [YOUNG],
    );
    expect(r.findings.map((f) => f.date)).toEqual(dates);
    expect(r.undetermined.flatMap((u) => u.reasons ?? []).map((x) => x.id)).toEqual(why);
  });
});

describe('an implausible earliest date of the records (before the 10th birthday)', () => {
  it('the pay period before the 10th birthday is no date of age; the day worked after it is the finding', () => {
    // Born 16 August 2015: 10 on 16 August 2025. The pay period from 1 August is implausible
    // (a wrong birth date, undetermined); the day worked on 20 August, at 10, is under 18.
    const r = run(
      {
        employees: `${EMP}\nE1,2015-08-16,Bangkok,daily,400,,forklift_crane`,
        hours: `${HOURS}\nE1,2025-08-20,08:00,12:00`,
        payroll: 'employee_id,period_start,period_end,base_pay\nE1,2025-08-01,2025-08-31,400',
      },
      '2025-09-30',
      [YOUNG],
    );
    expect(r.findings.map((f) => f.date)).toEqual(['2025-08-20']);
    expect(r.undetermined.flatMap((u) => u.reasons ?? []).map((x) => [x.id, x.params?.date])).toEqual([
      ['implausible_birth_date', '2025-08-01'],
    ]);
  });
});

describe('pregnancy spans the days cannot all be read against (s.39)', () => {
  const reasons = (r: ReturnType<typeof run>) =>
    r.undetermined.flatMap((u) => u.reasons ?? []).map((x) => [x.id, x.params?.date ?? x.params?.to]);
  it.each([
    [
      'an open span from 1 January 2025 (280 days: to 7 October), worked on 2 January and 8 October: the finding and the day after the span undetermined',
      '2025-01-01',
      '',
      ['E1,2025-01-02,08:00,12:00', 'E1,2025-10-08,08:00,12:00'],
      ['2025-01-02'],
      [['pregnancy_open', '2025-10-08']],
    ],
    [
      'an open span, worked only after its 280 days: no finding, undetermined',
      '2025-01-01',
      '',
      ['E1,2025-10-08,08:00,12:00'],
      [],
      [['pregnancy_open', '2025-10-08']],
    ],
    [
      'an open span, worked on its 280th day: a finding, nothing undetermined',
      '2025-01-01',
      '',
      ['E1,2025-10-07,08:00,12:00'],
      ['2025-10-07'],
      [],
    ],
    [
      'pregnant_to without pregnant_from: no finding, undetermined (not "not pregnant")',
      '',
      '2025-06-30',
      ['E1,2025-06-02,08:00,12:00'],
      [],
      [['pregnancy_no_start', '2025-06-30']],
    ],
  ])('%s', (_, from, to, days, dates, why) => {
    const r = run(
      {
        employees: `${EMP_P}\nE1,1990-01-01,Bangkok,daily,400,heavy_load,${from},${to}`,
        hours: `${HOURS}\n${days.join('\n')}`,
      },
      '2025-12-31',
      [PREGNANT],
    );
    expect(r.findings.map((f) => f.date)).toEqual(dates);
    expect(reasons(r)).toEqual(why);
  });
});
