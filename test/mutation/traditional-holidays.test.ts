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

  it('each year on its own: 2025 complete, 2026 with one day and no 1 May', () => {
    const found = traditional([...HOLIDAYS_2025, '2026-01-01']);
    expect(found.map((f) => f.message).sort()).toEqual([
      "E1: National Labour Day (2026-05-01) is not among the employer's traditional holidays for 2026",
      'E1: the employer announced 1 traditional holiday for 2026, fewer than 13',
    ]);
    expect(found[0].evidence).toContainEqual({ file: 'holidays.csv', row: 15 });
    expect(found[0].evidence).not.toContainEqual({ file: 'holidays.csv', row: 2 });
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
