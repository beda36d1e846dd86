import { describe, expect, it } from 'vitest';
import { HOLIDAYS_2025, run } from '../helpers.js';

// s.29: at least 13 traditional holidays announced a year, National Labour Day (1 May) among
// them; one warning for each employee employed in a year holidays.csv has dates for.

const HOLIDAYS = 'lpa-29-traditional-holidays';
const EMP = 'employee_id,birth_date,province,wage_type,wage_rate,hire_date,termination_date';

function traditional(dates: string[], hire = '2015-01-01', end = '') {
  const r = run(
    {
      employees: `${EMP}\nE1,1990-01-01,Bangkok,monthly,30000,${hire},${end}`,
      holidays: `date,name\n${dates.map((d) => `${d},holiday`).join('\n')}`,
    },
    '2026-12-31',
    [HOLIDAYS],
  );
  return r.findings.filter((x) => x.rule === HOLIDAYS);
}

describe('traditional holidays (s.29)', () => {
  it('13 days with 1 May: no finding', () => {
    expect(traditional(HOLIDAYS_2025)).toEqual([]);
  });

  it('12 days with 1 May: one finding for 2025, counted, cited row by row', () => {
    const found = traditional(HOLIDAYS_2025.filter((d) => d !== '2025-12-05'));
    expect(found).toHaveLength(1);
    expect(found[0].message).toBe(
      'E1: the employer announced 12 traditional holidays for 2025, fewer than 13',
    );
    expect(found[0].period).toEqual({ start: '2025-01-01', end: '2025-12-31' });
    expect(found[0].evidence).toEqual([
      ...Array.from({ length: 12 }, (_, i) => ({ file: 'holidays.csv', row: i + 2 })),
    ]);
    expect(found[0].params).toMatchObject({
      min_days: { value: 13, from: '1998-08-19' },
      labour_day: { value: '05-01', from: '1998-08-19' },
    });
  });

  it('13 days without 1 May: the Labour Day finding alone', () => {
    const found = traditional([...HOLIDAYS_2025.filter((d) => d !== '2025-05-01'), '2025-05-02']);
    expect(found.map((f) => f.message)).toEqual([
      "E1: National Labour Day (2025-05-01) is not among the employer's traditional holidays for 2025",
    ]);
  });

  it('12 days without 1 May: both findings', () => {
    expect(traditional(HOLIDAYS_2025.filter((d) => d !== '2025-05-01'))).toHaveLength(2);
  });

  it('each year on its own: 2025 complete, 2026 with one day and no 1 May, covered by a later date', () => {
    const found = traditional([...HOLIDAYS_2025, '2026-01-01', '2027-01-01']);
    expect(found.map((f) => f.message).sort()).toEqual([
      "E1: National Labour Day (2026-05-01) is not among the employer's traditional holidays for 2026",
      'E1: the employer announced 1 traditional holiday for 2026, fewer than 13',
    ]);
    expect(found[0].evidence).toContainEqual({ file: 'holidays.csv', row: 15 });
    expect(found[0].evidence).not.toContainEqual({ file: 'holidays.csv', row: 2 });
  });

  // An export cut at an audit window holds the next year's first days (1-2 January 2026) or
  // starts inside a year (July): the year it only touches is undetermined, never "fewer than 13".
  const partial = (dates: string[], asOf = '2026-02-28') => {
    const r = run(
      {
        employees: `${EMP}\nE1,1990-01-01,Bangkok,monthly,30000,2015-01-01,`,
        holidays: `date,name\n${dates.map((d) => `${d},holiday`).join('\n')}`,
      },
      asOf,
      [HOLIDAYS],
    );
    return {
      findings: r.findings.filter((x) => x.rule === HOLIDAYS).map((f) => f.message),
      reasons: r.undetermined.filter((u) => u.rule === HOLIDAYS).map((u) => u.reason),
    };
  };

  it('the next year’s first days only: that year undetermined, naming its dates', () => {
    expect(partial([...HOLIDAYS_2025, '2026-01-01', '2026-01-02'])).toEqual({
      findings: [],
      reasons: [
        'the holidays file holds only part of 2026 (2026-01-01 to 2026-01-02 of it, and no date on or before 2026-03-31 or none on or after 2026-10-01): it may be cut at an audit window, so how many traditional holidays the employer announced for 2026, and whether 1 May is among them, is not known',
      ],
    });
  });

  it('a file starting in July: its first year undetermined, the next year judged', () => {
    const july = HOLIDAYS_2025.filter((d) => d >= '2025-07-01');
    const r = partial([...july, '2026-01-01', '2026-12-31'], '2026-12-31');
    expect(r.findings.sort()).toEqual([
      "E1: National Labour Day (2026-05-01) is not among the employer's traditional holidays for 2026",
      'E1: the employer announced 2 traditional holidays for 2026, fewer than 13',
    ]);
    expect(r.reasons).toEqual([
      'the holidays file holds only part of 2025 (2025-07-28 to 2025-12-05 of it, and no date on or before 2025-03-31 or none on or after 2025-10-01): it may be cut at an audit window, so how many traditional holidays the employer announced for 2025, and whether 1 May is among them, is not known',
    ]);
  });

  it('a file of the whole of 2025 with only 10 dates is still the finding', () => {
    const ten = ['2025-01-01', ...HOLIDAYS_2025.filter((d) => d !== '2025-01-01').slice(3)];
    expect(ten).toHaveLength(10);
    expect(partial(ten, '2025-12-31')).toEqual({
      findings: ['E1: the employer announced 10 traditional holidays for 2025, fewer than 13'],
      reasons: [],
    });
  });

  it('1 to 31 March and 1 October to 31 December are the edges of a covered year', () => {
    // Dates 31 March and 1 October: covered, the finding; 1 April and 30 September: not.
    expect(partial(['2025-03-31', '2025-05-01', '2025-10-01'], '2025-12-31').findings).toHaveLength(1);
    expect(partial(['2025-04-01', '2025-05-01', '2025-10-01'], '2025-12-31').reasons).toHaveLength(1);
    expect(partial(['2025-03-31', '2025-05-01', '2025-09-30'], '2025-12-31').reasons).toHaveLength(1);
    expect(partial(['2024-12-31', '2025-05-01', '2026-01-01'], '2026-12-31').findings).toContain(
      'E1: the employer announced 1 traditional holiday for 2025, fewer than 13',
    );
  });

  it('hired on 31 December of the year is employed in it; hired on 1 January after is not', () => {
    const few = HOLIDAYS_2025.slice(1);
    expect(traditional(few, '2025-12-31')).toHaveLength(1);
    expect(traditional(few, '2026-01-01')).toEqual([]);
  });

  it('terminated on 1 January of the year is employed in it; on 31 December before is not', () => {
    const few = HOLIDAYS_2025.slice(1);
    expect(traditional(few, '2015-01-01', '2025-01-01')).toHaveLength(1);
    expect(traditional(few, '2015-01-01', '2024-12-31')).toEqual([]);
  });
});

describe('traditional holidays (s.29): rows not read, the order of the file, the file absent', () => {
  const check = (rows: string[] | undefined) => {
    const r = run(
      {
        employees: `${EMP}\nE1,1990-01-01,Bangkok,monthly,30000,2015-01-01,`,
        ...(rows ? { holidays: `date,name\n${rows.join('\n')}` } : {}),
      },
      '2026-12-31',
      [HOLIDAYS],
    );
    return {
      found: r.findings.filter((x) => x.rule === HOLIDAYS),
      why: r.undetermined.filter((u) => u.rule === HOLIDAYS).flatMap((u) => u.reasons ?? []),
      said: r.undetermined.filter((u) => u.rule === HOLIDAYS).map((u) => u.reason),
    };
  };
  const named = (dates: readonly string[]) => dates.map((d) => `${d},holiday`);
  const SONGKRAN = '14-16 เม.ย. 2568,Songkran';
  const TWELVE = HOLIDAYS_2025.filter((d) => d !== '2025-12-05');

  it('a row not read and a year short: undetermined, naming the row, never a finding', () => {
    const r = check([...named(TWELVE), SONGKRAN]);
    expect(r.found).toEqual([]);
    expect(r.why).toEqual([{ id: 'holidays_rows_rejected', params: { rows: 'row 14', rows_th: 'แถว 14' } }]);
  });

  it('a row not read and two years short: said once', () => {
    const r = check([...named(TWELVE), ...named(['2026-01-01', '2026-12-31']), SONGKRAN]);
    expect(r.found).toEqual([]);
    expect(r.why.map((x) => x.id)).toEqual(['holidays_rows_rejected']);
  });

  it('a whole year of 13 days with 1 May, every row read: nothing to say', () => {
    expect(check(named(HOLIDAYS_2025))).toEqual({ found: [], why: [], said: [] });
  });

  it('a row not read beside a whole year of 13 days with 1 May: nothing to say', () => {
    const r = check([...named(HOLIDAYS_2025), SONGKRAN]);
    expect(r).toEqual({ found: [], why: [], said: [] });
  });

  it('every row not read: no year known, undetermined, the rows as a run', () => {
    const r = check([SONGKRAN, 'xx,y', '2025-13-01,z']);
    expect(r.found).toEqual([]);
    expect(r.why).toEqual([
      { id: 'holidays_rows_rejected', params: { rows: 'rows 2-4', rows_th: 'แถว 2-4' } },
    ]);
    expect(r.said[0]).toMatch(/^rows of the holidays file rejected \(rows 2-4\)/);
  });

  it('the file out of date order: its first and last dates still tell which years it covers', () => {
    // 2026-12-31 first: read unsorted, 2025 would seem to start in 2026 and go unjudged.
    const r = check([...named(['2026-12-31']), ...named(TWELVE)]);
    expect(r.found.map((f) => f.message)).toContain(
      'E1: the employer announced 12 traditional holidays for 2025, fewer than 13',
    );
  });

  it("a year the file only touches names its first and last dates, whatever the file's order", () => {
    const r = check([...named(['2026-01-02', '2026-01-01']), ...named(HOLIDAYS_2025)]);
    expect(r.found).toEqual([]);
    expect(r.why).toEqual([
      {
        id: 'holidays_year_partial',
        params: {
          year: '2026',
          first: '2026-01-01',
          last: '2026-01-02',
          start_by: '2026-03-31',
          end_from: '2026-10-01',
        },
      },
    ]);
  });

  it('the Labour Day finding is of the calendar year', () => {
    const r = check(named([...HOLIDAYS_2025.filter((d) => d !== '2025-05-01'), '2025-05-02']));
    expect(r.found.map((f) => f.period)).toEqual([{ start: '2025-01-01', end: '2025-12-31' }]);
  });

  it('a holidays file of its header alone: no year to judge, and no row said rejected', () => {
    expect(check([]).why.map((x) => x.id)).not.toContain('holidays_rows_rejected');
  });

  it('no holidays file: undetermined, not passed', () => {
    const r = check(undefined);
    expect(r.found).toEqual([]);
    expect(r.said).toHaveLength(1);
    expect(r.said[0]).toMatch(/holidays/);
  });
});
