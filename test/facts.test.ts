import { beforeEach, describe, expect, it } from 'vitest';
import { ageOn, birthdayOf, dayOf, monthsLater, weekday } from '../src/base/calendar.js';
import { hourlyRate } from '../src/facts/wage.js';
import { clockAfterWorked, type WorkDay, workDay, workWeeks } from '../src/facts/workday.js';
import type { Employee, Stretch } from '../src/parse/records.js';
import { employeeRecord, pack, run } from './helpers.js';

const emp = (o: Partial<Employee> = {}) =>
  employeeRecord({ wage_type: 'monthly', wage_rate: 1_500_000, ...o });
const st = (date: string, start: string, end: string, o: Partial<Stretch> = {}): Stretch => {
  const m = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3));
  let e = m(end);
  if (e <= m(start)) e += 1440;
  return {
    employee_id: 'E1',
    date,
    start: m(start),
    end: e,
    break_minutes: 0,
    day_type: 'work',
    row: 2,
    ...o,
  };
};

describe('work day', () => {
  const params = pack().params;
  it('takes the gap between stretches as a break', () => {
    const d = workDay(
      emp(),
      '2025-08-04',
      [st('2025-08-04', '13:00', '17:00'), st('2025-08-04', '08:00', '12:00')],
      params,
    );
    expect([d.workedMin, d.breakMin, d.normalMin, d.overtimeMin]).toEqual([480, 60, 480, 0]);
    expect(d.stretches[0].start).toBe(480);
  });
  it('counts breaks beyond 120 minutes as working time (s.27 para 3)', () => {
    const d = workDay(
      emp(),
      '2025-08-04',
      [st('2025-08-04', '08:00', '12:00'), st('2025-08-04', '15:00', '19:00')],
      params,
    );
    expect(d.breakMin).toBe(180);
    expect(d.workedMin).toBe(480 + 60);
    expect(d.overtimeMin).toBe(60);
  });
  it('keeps 120 minutes of breaks unpaid exactly', () => {
    const d = workDay(
      emp(),
      '2025-08-04',
      [st('2025-08-04', '08:00', '12:00'), st('2025-08-04', '14:00', '18:00')],
      params,
    );
    expect(d.workedMin).toBe(480);
  });
  it('runs a night shift past midnight on its start date', () => {
    const d = workDay(
      emp(),
      '2025-08-04',
      [st('2025-08-04', '22:00', '06:00', { break_minutes: 60 })],
      params,
    );
    expect(d.workedMin).toBe(420);
    expect(d.stretches[0].end).toBe(1440 + 360);
  });
  it('splits normal time and overtime at L, 7 h in hazardous work', () => {
    const d = workDay(
      emp({ hazardous: true }),
      '2025-08-04',
      [st('2025-08-04', '08:00', '12:00'), st('2025-08-04', '13:00', '17:00')],
      params,
    );
    expect([d.limitMin, d.normalMin, d.overtimeMin]).toEqual([420, 420, 60]);
  });
  it('caps announced hours at the legal ceiling', () => {
    const d = workDay(
      emp({ normal_hours_per_day: 9 }),
      '2025-08-04',
      [st('2025-08-04', '08:00', '17:00')],
      params,
    );
    expect(d.limitMin).toBe(480);
    expect(d.overtimeMin).toBe(60);
  });
  it('counts holiday work and holiday overtime separately', () => {
    const d = workDay(
      emp(),
      '2025-08-17',
      [st('2025-08-17', '08:00', '18:00', { day_type: 'weekly_holiday' })],
      params,
    );
    expect([d.holidayMin, d.holidayOvertimeMin, d.normalMin, d.overtimeMin]).toEqual([480, 120, 0, 0]);
  });
  it('finds the clock time at which overtime begins', () => {
    const d = workDay(
      emp(),
      '2025-08-04',
      [st('2025-08-04', '08:00', '12:00'), st('2025-08-04', '13:00', '19:30')],
      params,
    );
    expect(clockAfterWorked(d, 480)).toBe(17 * 60);
    const unknown = workDay(
      emp(),
      '2025-08-04',
      [st('2025-08-04', '08:00', '19:00', { break_minutes: 60 })],
      params,
    );
    expect(clockAfterWorked(unknown, 480)).toBeUndefined();
  });
  it('places the morning part of a split night shift after midnight', () => {
    const r = run({
      employees: 'employee_id,birth_date,province,wage_type,wage_rate\nE1,1990-01-01,Bangkok,monthly,30000',
      hours: 'employee_id,date,start,end\nE1,2025-08-04,22:00,02:00\nE1,2025-08-04,03:00,07:00',
    });
    expect(r.rejected).toEqual([]);
    expect(r.findings.filter((f) => f.rule.startsWith('lpa-27'))).toEqual([]);
  });
});

describe('work weeks', () => {
  const params = pack().params;
  // Built before each test, not while collecting: Stryker sees which tests reach the code.
  let days: WorkDay[] = [];
  beforeEach(() => {
    days = ['2025-09-07', '2025-09-08', '2025-09-14', '2025-09-15'].map((d) =>
      workDay(emp(), d, [st(d, '08:00', '16:00')], params),
    );
  });
  it('run Monday to Sunday by default', () => {
    expect(weekday(dayOf('2025-09-08')!)).toBe(0);
    expect(workWeeks(days).map((w) => [w.start, w.days.length])).toEqual([
      ['2025-09-01', 1],
      ['2025-09-08', 2],
      ['2025-09-15', 1],
    ]);
  });
  it('can start on Sunday', () => {
    expect(workWeeks(days, 6).map((w) => [w.start, w.days.length])).toEqual([
      ['2025-09-07', 2],
      ['2025-09-14', 2],
    ]);
  });
});

describe('age on a date', () => {
  it.each([
    ['2010-08-05', '2025-08-04', 14],
    ['2010-08-05', '2025-08-05', 15],
    ['2007-09-07', '2025-09-06', 17],
    ['2007-09-07', '2025-09-07', 18],
    ['2008-02-29', '2023-02-28', 14],
    ['2008-02-29', '2023-03-01', 15],
    ['2008-02-29', '2024-02-29', 16],
  ])('born %s, on %s: %i', (birth, on, age) => expect(ageOn(birth, on)).toBe(age));
  it('reaches a 29 February birthday on 1 March in common years', () => {
    expect(birthdayOf('2008-02-29', 15)).toBe('2023-03-01');
    expect(birthdayOf('2008-02-29', 16)).toBe('2024-02-29');
  });
});

describe('hourly rate (s.68)', () => {
  const p = pack();
  const satang = (e: Employee, date: string, limit = 480) => {
    const r = hourlyRate(e, date, limit, p.params, p.wages);
    if (!r.ok) throw new Error(r.reason.id);
    return r.value.rate.toNumber();
  };
  it('monthly: wage / 30 / L (worked examples E2, E3, E4)', () => {
    expect(satang(emp({ wage_rate: 1_500_000, province: 'Chon Buri' }), '2025-08-01')).toBe(6250);
    expect(satang(emp({ wage_rate: 2_100_000, province: 'Rayong' }), '2025-08-01')).toBe(8750);
    expect(satang(emp({ wage_rate: 2_400_000 }), '2025-08-01')).toBe(10000);
  });
  it('takes the minimum wage as a floor', () => {
    // 9,000 / 30 = 300 a day, below Bangkok's 400: the rate is 400 / 8 = 50 baht.
    expect(satang(emp({ wage_rate: 900_000 }), '2025-08-01')).toBe(5000);
  });
  it('hazardous 7-hour day at 352 in Tak: 50.29 baht (worked example E20)', () => {
    const r = satang(
      emp({ wage_type: 'daily', wage_rate: 35_200, province: 'Tak', hazardous: true }),
      '2025-08-01',
      420,
    );
    expect(Math.round(r) / 100).toBe(50.29);
  });
  it('is undetermined for piece rates', () => {
    expect(hourlyRate(emp({ wage_type: 'piece' }), '2025-08-01', 480, p.params, p.wages).ok).toBe(false);
  });
});

describe('minimum wage changing inside a pay period', () => {
  const employees =
    'employee_id,birth_date,province,wage_type,wage_rate\nE1,1990-01-01,Bangkok,monthly,11160';
  it('monthly: each day at its own rate x 30 / days in the month', () => {
    // June 16-30 at 372 x 30 / 30 and July 1-15 at 400 x 30 / 31: 5,580 + 5,806.45 = 11,386.45.
    const r = run(
      {
        employees,
        payroll:
          'employee_id,period_start,period_end,pay_date,base_pay\nE1,2025-06-16,2025-07-15,2025-07-15,11160',
      },
      '2025-07-15',
      ['lpa-90-minimum-wage'],
    );
    expect(r.findings.map((f) => f.owed_satang)).toEqual([22645]);
  });
});

describe('a month later', () => {
  it.each([
    ['2024-02-29', '2024-03-31'],
    ['2025-01-31', '2025-02-28'],
    ['2025-02-28', '2025-03-31'],
    ['2025-01-15', '2025-02-15'],
    ['2025-01-30', '2025-02-28'],
    ['2025-12-31', '2026-01-31'],
  ])('%s -> %s', (from, to) => expect(monthsLater(from, 1)).toBe(to));
});
