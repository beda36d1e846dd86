import { describe, expect, it } from 'vitest';
import { hourlyRate, minimumWage, minimumWageUse } from '../../src/facts/wage.js';
import type { Employee } from '../../src/parse/records.js';
import { employeeRecord, pack, packWith } from '../helpers.js';

// s.68 hourly rate and the minimum wage it is floored at. Bangkok's minimum wage is 400 baht a
// day from 2025-07-01 (Notification No.14 B.E. 2568); the monthly divisor is 30; L = 8 hours.

const emp = (o: Partial<Employee> = {}) =>
  employeeRecord({ wage_type: 'monthly', wage_rate: 1_500_000, ...o });

const DATE = '2025-08-01';

function rate(
  e: Employee,
  o: { limit?: number; allowance?: { otherWages: number; daysWorked?: number }; table?: boolean } = {},
) {
  const p = pack();
  const r = hourlyRate(
    e,
    DATE,
    o.limit ?? 480,
    p.params,
    o.table === false ? undefined : p.wages,
    o.allowance,
  );
  if (!r.ok) throw new Error(r.reason.id);
  return { satang: r.value.rate.toNumber(), uses: r.value.uses };
}

describe('minimum wage of an employee on a date', () => {
  it('Bangkok on 1 August 2025: 400 baht, from 1 July 2025, shown in baht with its notification', () => {
    const mw = minimumWage(emp(), DATE, pack().wages);
    if (!mw.ok) throw new Error(mw.reason.id);
    expect(mw.value.dailySatang).toBe(40000);
    expect(minimumWageUse(mw.value)).toEqual({ value: 400, from: '2025-07-01', source: 'No.14 B.E. 2568' });
  });

  it('a rule pack without a minimum wage table: the reason, not a wage of zero', () => {
    const mw = minimumWage(emp(), DATE, undefined);
    expect(mw).toEqual({ ok: false, reason: { id: 'no_minimum_wage_table' } });
  });

  it('an employee without a province: the table says why', () => {
    const mw = minimumWage(emp({ province: undefined }), DATE, pack().wages);
    expect(mw.ok).toBe(false);
    if (!mw.ok) expect(mw.reason.id).toBe('no_province');
  });
});

describe('hourly rate (s.68)', () => {
  it('no wage type or piece rates: no hourly rate, with the reason', () => {
    const p = pack();
    const none = hourlyRate(emp({ wage_type: undefined }), DATE, 480, p.params, p.wages);
    expect(none.ok === false && none.reason.id).toBe('no_wage_type');
    const piece = hourlyRate(emp({ wage_type: 'piece' }), DATE, 480, p.params, p.wages);
    expect(piece.ok === false && piece.reason.id).toBe('piece_rate_hourly');
  });

  it('monthly 15,000 with a 3,000 allowance: (15,000 + 3,000) / 30 / 8 = 75 baht, the allowance shown', () => {
    const { satang, uses } = rate(emp(), { allowance: { otherWages: 300_000 } });
    expect(satang).toBe(7500);
    expect(uses).toMatchObject({
      wage_type: 'monthly',
      wage_rate: 15000,
      normal_hours: 8,
      other_wages: 3000,
      minimum_wage: { value: 400, from: '2025-07-01', source: 'No.14 B.E. 2568' },
      monthly_wage_divisor: { value: 30 },
    });
  });

  it('monthly without an allowance: 15,000 / 30 / 7.5 hours = 66.67 baht, no allowance shown', () => {
    const { satang, uses } = rate(emp(), { limit: 450, allowance: { otherWages: 0 } });
    expect(satang).toBeCloseTo(6666.667, 2);
    expect(uses).not.toHaveProperty('other_wages');
    expect(uses.normal_hours).toBe(7.5);
  });

  it('monthly 9,000 (300 a day) is floored at 400 a day: 50 baht; without the table 37.50, and it says why', () => {
    expect(rate(emp({ wage_rate: 900_000 })).satang).toBe(5000);
    const bare = rate(emp({ wage_rate: 900_000 }), { table: false });
    expect(bare.satang).toBe(3750);
    expect(bare.uses.minimum_wage).toBe('not applied: the rule pack has no minimum wage table');
  });

  it('daily 400 with a 1,000 allowance over 5 days worked: (400 + 200) / 8 = 75 baht', () => {
    const { satang, uses } = rate(emp({ wage_type: 'daily', wage_rate: 40_000 }), {
      allowance: { otherWages: 100_000, daysWorked: 5 },
    });
    expect(satang).toBe(7500);
    expect(uses.other_wages).toBe('1000 over 5 days worked');
  });

  it('daily with no allowance over 5 days worked: the wage alone, no allowance shown', () => {
    const { satang, uses } = rate(emp({ wage_type: 'daily', wage_rate: 45_000 }), {
      allowance: { otherWages: 0, daysWorked: 5 },
    });
    expect(satang).toBe(5625);
    expect(uses).not.toHaveProperty('other_wages');
  });

  it('daily with an allowance but no days worked known: the allowance left out, 450 / 8', () => {
    const { satang, uses } = rate(emp({ wage_type: 'daily', wage_rate: 45_000 }), {
      allowance: { otherWages: 100_000 },
    });
    expect(satang).toBe(5625);
    expect(uses).not.toHaveProperty('other_wages');
  });

  it('daily 300 is floored at 400: 50 baht; without the table 37.50', () => {
    expect(rate(emp({ wage_type: 'daily', wage_rate: 30_000 })).satang).toBe(5000);
    expect(rate(emp({ wage_type: 'daily', wage_rate: 30_000 }), { table: false }).satang).toBe(3750);
    // Above the floor the wage itself: 480 / 8 = 60 baht.
    expect(rate(emp({ wage_type: 'daily', wage_rate: 48_000 })).satang).toBe(6000);
  });

  it('hourly: the wage itself when above 400 / L, else 400 / L; without the table the wage', () => {
    expect(rate(emp({ wage_type: 'hourly', wage_rate: 6_000 })).satang).toBe(6000);
    expect(rate(emp({ wage_type: 'hourly', wage_rate: 4_000 })).satang).toBe(5000);
    // A 7-hour day raises the floor to 400 / 7 = 57.14 baht.
    expect(rate(emp({ wage_type: 'hourly', wage_rate: 5_500 }), { limit: 420 }).satang).toBeCloseTo(
      5714.286,
      2,
    );
    expect(rate(emp({ wage_type: 'hourly', wage_rate: 4_000 }), { table: false }).satang).toBe(4000);
  });

  it('no wage rate counts as zero, so the minimum wage alone sets the rate', () => {
    expect(rate(emp({ wage_type: 'daily', wage_rate: undefined })).satang).toBe(5000);
    expect(rate(emp({ wage_type: 'daily', wage_rate: undefined })).uses.wage_rate).toBe(0);
  });
});

describe('the hourly rate asked day after day gives each day its own', () => {
  // A daily wage of 300 is floored at Bangkok's minimum: 372 a day until 30 June 2025, 400 from
  // 1 July 2025 (Notifications No.13 and No.14): 46.50 and 50.00 an hour over 8 hours.
  const p = pack();
  const daily = emp({ wage_type: 'daily', wage_rate: 30_000 });
  // One employee asked again and again, as the rules ask for each of their days.
  const monthly = emp();
  const on = (
    e: Employee,
    date: string,
    limit = 480,
    allowance?: { otherWages: number; daysWorked?: number },
  ) => {
    const r = hourlyRate(e, date, limit, p.params, p.wages, allowance);
    if (!r.ok) throw new Error(r.reason.id);
    return r.value;
  };

  it('across a minimum wage change and back: 46.50, 50.00, 46.50, with the minimum in force each day', () => {
    const june = on(daily, '2025-06-30');
    const july = on(daily, '2025-07-01');
    const juneAgain = on(daily, '2025-06-30');
    expect([june, july, juneAgain].map((r) => r.rate.toNumber())).toEqual([4650, 5000, 4650]);
    expect(july.uses.minimum_wage).toMatchObject({ value: 400, from: '2025-07-01' });
    expect(juneAgain.uses.minimum_wage).toMatchObject({ value: 372, from: '2025-01-01' });
  });

  it('another normal day, allowance or days worked on the same date: a rate of its own', () => {
    const base = on(daily, DATE, 480, { otherWages: 60_000, daysWorked: 3 });
    // (300 + 600 / 3) = 500 a day: 62.50 over 8 hours, 71.43 over 7; (300 + 900 / 6) = 450: 56.25;
    // (300 + 1,200 / 6) = 500: 62.50 again; without an allowance the minimum 400: 50.00.
    expect(base.rate.toNumber()).toBe(6250);
    expect(on(daily, DATE, 420, { otherWages: 60_000, daysWorked: 3 }).rate.toNumber()).toBeCloseTo(
      7142.857,
      2,
    );
    expect(on(daily, DATE, 480, { otherWages: 90_000, daysWorked: 6 }).rate.toNumber()).toBe(5625);
    expect(on(daily, DATE, 480, { otherWages: 120_000, daysWorked: 6 }).rate.toNumber()).toBe(6250);
    // Days worked alone changed: (300 + 1,200 / 3) = 700 a day, 87.50 an hour.
    expect(on(daily, DATE, 480, { otherWages: 120_000, daysWorked: 3 }).rate.toNumber()).toBe(8750);
    expect(on(daily, DATE, 480).rate.toNumber()).toBe(5000);
  });

  it('another employee of the same pay on the same day: their own wage', () => {
    expect(on(daily, DATE).rate.toNumber()).toBe(5000);
    expect(on(emp({ wage_type: 'daily', wage_rate: 48_000 }), DATE).rate.toNumber()).toBe(6000);
    expect(on(emp({ wage_type: 'hourly', wage_rate: 6_000 }), DATE).rate.toNumber()).toBe(6000);
  });

  it('a monthly divisor that changes: 15,000 / 30 / 8 = 62.50, then 15,000 / 25 / 8 = 75.00', () => {
    const q = packWith({
      monthly_wage_divisor: [
        { from: '1998-08-19', value: 30 },
        { from: '2025-08-02', value: 25 },
      ],
    });
    const at = (date: string) => {
      const r = hourlyRate(monthly, date, 480, q.params, q.wages);
      if (!r.ok) throw new Error(r.reason.id);
      return r.value;
    };
    const before = at('2025-08-01');
    const after = at('2025-08-02');
    expect(before.rate.toNumber()).toBe(6250);
    expect(after.rate.toNumber()).toBe(7500);
    expect(after.uses.monthly_wage_divisor).toMatchObject({ value: 25, from: '2025-08-02' });
    expect(at('2025-08-01').rate.toNumber()).toBe(6250);
  });

  it('two rule packs asked in turn for one employee and day: each its own divisor', () => {
    const by = (divisor: number) => packWith({ monthly_wage_divisor: divisor });
    const thirty = by(30);
    const twentyFive = by(25);
    const at = (q: typeof thirty) => {
      const r = hourlyRate(monthly, DATE, 480, q.params, p.wages);
      if (!r.ok) throw new Error(r.reason.id);
      return r.value.rate.toNumber();
    };
    expect([at(thirty), at(twentyFive), at(thirty)]).toEqual([6250, 7500, 6250]);
  });

  it('the same divisor value from another date is another parameter use: shown with its own date', () => {
    const q = packWith({
      monthly_wage_divisor: [
        { from: '1998-08-19', value: 30 },
        { from: '2025-08-02', value: 30 },
      ],
    });
    const use = (date: string) => {
      const r = hourlyRate(monthly, date, 480, q.params, q.wages);
      if (!r.ok) throw new Error(r.reason.id);
      return r.value.uses.monthly_wage_divisor;
    };
    expect(use('2025-08-01')).toMatchObject({ value: 30, from: '1998-08-19' });
    expect(use('2025-08-02')).toMatchObject({ value: 30, from: '2025-08-02' });
  });
});
