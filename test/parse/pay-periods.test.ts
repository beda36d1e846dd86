import { describe, expect, it } from 'vitest';
import type { Warning } from '../../src/parse/dataset.js';
import { payPeriods } from '../../src/parse/pay-periods.js';
import type { PayrollRow } from '../../src/parse/records.js';

// Rows of one employee with the same period_start and period_end are one pay period (a split
// payment, an adjustment run): amounts added, every row named. Periods that overlap without
// being the same are marked, so the checks can say they cannot tell what was paid for each.

const row = (r: number, id: string, start: string, end: string, x: Partial<PayrollRow> = {}): PayrollRow => ({
  employee_id: id,
  period_start: start,
  period_end: end,
  base_pay: 0,
  deduction_consent: false,
  row: r,
  ...x,
});

const periods = (...rows: PayrollRow[]) => {
  const warnings: Warning[] = [];
  return { out: payPeriods(rows, 'payroll.csv', warnings), warnings: warnings.map((w) => w.message) };
};

const AUG: [string, string] = ['2025-08-01', '2025-08-31'];

describe('rows of one pay period', () => {
  it('identical in every cell: pay added, deductions once, the rows named (one row exported twice or two payments)', () => {
    const a = {
      base_pay: 600000,
      pay_date: '2025-08-31',
      ot_pay: 10000,
      deduction_other: 5000,
      net_pay: 605000,
    };
    const { out, warnings } = periods(
      row(2, 'K01', ...AUG, a),
      row(3, 'K01', ...AUG, { ...a, deduction_union: 2000, net_pay: 603000 }),
      row(4, 'K01', ...AUG, a),
    );
    expect(out).toEqual([
      {
        employee_id: 'K01',
        period_start: '2025-08-01',
        period_end: '2025-08-31',
        base_pay: 1800000,
        ot_pay: 30000,
        deduction_other: 10000,
        deduction_union: 2000,
        net_pay: 1813000,
        pay_date: '2025-08-31',
        deduction_consent: false,
        row: 2,
        rows: [2, 3, 4],
        repeated: [2, 4],
        repeated_pay: 610000,
      },
    ]);
    expect(warnings).toEqual([
      '3 payroll rows of employee K01 for the pay period 2025-08-01..2025-08-31 (rows 2, 3, 4) are taken as one pay period, and rows 2, 4 are identical in every cell: one row exported twice or two equal payments, which is not known; their pay is added and their deductions counted once (the least owed)',
    ]);
  });

  it('are one period: money added, rows named, a warning with how many and which', () => {
    const { out, warnings } = periods(
      row(2, 'K01', ...AUG, { base_pay: 600000, pay_date: '2025-08-31', ot_pay: 10000 }),
      row(3, 'K01', ...AUG, { base_pay: 600000, pay_date: '2025-08-31', deduction_other: 5000 }),
    );
    expect(out).toEqual([
      {
        employee_id: 'K01',
        period_start: '2025-08-01',
        period_end: '2025-08-31',
        base_pay: 1200000,
        ot_pay: 10000,
        deduction_other: 5000,
        pay_date: '2025-08-31',
        deduction_consent: false,
        row: 2,
        rows: [2, 3],
      },
    ]);
    expect(warnings).toEqual([
      '2 payroll rows of employee K01 for the pay period 2025-08-01..2025-08-31 (rows 2, 3) are taken as one pay period (a split payment or an adjustment run): their amounts are added',
    ]);
  });

  it.each<[string, Partial<PayrollRow>[], Partial<PayrollRow>]>([
    [
      'pay dates that differ: the latest, and the dates kept',
      // Base pay apart, rows 2 and 4 would repeat each other (below).
      [{ pay_date: '2025-08-31' }, { pay_date: '2025-10-15' }, { pay_date: '2025-08-31', base_pay: 1 }],
      { pay_date: '2025-10-15', pay_dates: ['2025-08-31', '2025-10-15', '2025-08-31'] },
    ],
    [
      'a row without a pay date beside a paid one',
      [{ pay_date: '2025-08-31' }, {}],
      { pay_date: '2025-08-31', pay_dates: ['2025-08-31', ''] },
    ],
    ['no pay date on any row: unpaid, nothing differs', [{}, { base_pay: 1 }], {}],
    ["days_worked on one row only: the period's", [{ days_worked: 26 }, {}], { days_worked: 26 }],
    [
      "days_worked 0 on the other row: the period's",
      [{ days_worked: 26 }, { days_worked: 0 }],
      { days_worked: 26 },
    ],
    [
      'days_worked and ot_hours on several rows: unknown, not added',
      [
        { days_worked: 26, ot_hours: 2 },
        { days_worked: 26, ot_hours: 3 },
      ],
      { unknown_counts: ['days_worked', 'ot_hours'] },
    ],
    ['net pay on every row: added', [{ net_pay: 500000 }, { net_pay: 100000 }], { net_pay: 600000 }],
    ['net pay on one row only: unknown', [{ net_pay: 500000 }, {}], {}],
    ['consent on one row: given', [{ deduction_consent: true }, {}], { deduction_consent: true }],
  ])('%s', (_, parts, expected) => {
    const [one] = periods(...parts.map((x, i) => row(i + 2, 'K01', ...AUG, x))).out;
    const { employee_id, period_start, period_end, base_pay, row: r, rows, deduction_consent, ...rest } = one;
    expect({ ...rest, ...(deduction_consent ? { deduction_consent } : {}) }).toEqual(expected);
    expect(rows).toEqual(parts.map((_, i) => i + 2));
  });

  it('say in the warning what is not known of the period', () => {
    const { warnings } = periods(
      row(5, 'K02', ...AUG, { pay_date: '2025-08-31', days_worked: 13 }),
      row(9, 'K02', ...AUG, { days_worked: 13 }),
    );
    expect(warnings).toEqual([
      '2 payroll rows of employee K02 for the pay period 2025-08-01..2025-08-31 (rows 5, 9) are taken as one pay period (a split payment or an adjustment run): their amounts are added; paid on different dates (2025-08-31, none): s.9 interest on a shortfall of the period runs from the latest; s.70 takes each date as a payment and does not judge a row left unpaid or a gap only a later row ends; days_worked given on several of them is not added (a split payment may repeat it): unknown for the period',
    ]);
  });

  it("are another employee's, or another period's, apart", () => {
    const { out, warnings } = periods(
      row(2, 'K01', ...AUG, { base_pay: 100 }),
      row(4, 'K01', '2025-08-01', '2025-08-15', { base_pay: 100 }),
      row(3, 'K02', ...AUG, { base_pay: 100 }),
    );
    expect(out.map((p) => [p.employee_id, p.row, p.rows])).toEqual([
      ['K01', 2, undefined],
      ['K01', 4, undefined],
      ['K02', 3, undefined],
    ]);
    expect(warnings).toHaveLength(1); // K01's two periods overlap
  });
});

describe('periods that overlap without being the same', () => {
  it('are marked with the rows of the others, and said once per employee', () => {
    const { out, warnings } = periods(
      row(2, 'K01', '2025-07-01', '2025-07-31'),
      row(3, 'K01', ...AUG),
      row(4, 'K01', ...AUG),
      row(5, 'K01', '2025-08-16', '2025-09-15'),
      row(6, 'K01', '2025-09-16', '2025-09-30'),
    );
    expect(out.map((p) => [p.period_start, p.rows ?? p.row, p.overlaps])).toEqual([
      ['2025-07-01', 2, undefined],
      ['2025-08-01', [3, 4], [5]],
      ['2025-08-16', 5, [3, 4]],
      ['2025-09-16', 6, undefined],
    ]);
    expect(warnings[1]).toBe(
      'payroll rows 3-5 of employee K01 give pay periods that overlap without being the same (2025-08-01..2025-08-31, 2025-08-16..2025-09-15): what was paid for each is unknown, and the checks that set pay against what was due for a period are undetermined for them',
    );
  });

  it('a period inside another overlaps it; periods that only touch do not', () => {
    const inside = periods(row(2, 'K01', ...AUG), row(3, 'K01', '2025-08-10', '2025-08-20')).out;
    expect(inside.map((p) => p.overlaps)).toEqual([[3], [2]]);
    const touching = periods(
      row(2, 'K01', '2025-08-01', '2025-08-15'),
      row(3, 'K01', '2025-08-16', '2025-08-31'),
    );
    expect(touching.out.map((p) => p.overlaps)).toEqual([undefined, undefined]);
    expect(touching.warnings).toEqual([]);
    const sameDay = periods(
      row(2, 'K01', '2025-08-01', '2025-08-15'),
      row(3, 'K01', '2025-08-15', '2025-08-31'),
    ).out;
    expect(sameDay.map((p) => p.overlaps)).toEqual([[3], [2]]);
  });
});
