import { describe, expect, it } from 'vitest';
import { hourlyRate, minimumWage, minimumWageUse } from '../../src/facts/wage.js';
import type { Employee } from '../../src/parse/records.js';
import { employeeRecord, pack } from '../helpers.js';

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
