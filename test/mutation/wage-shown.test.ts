import { describe, expect, it } from 'vitest';
import type { CheckContext } from '../../src/evaluate/check.js';
import {
  contractBase,
  rateUnconfirmed,
  shownParams,
  wageShown,
} from '../../src/evaluate/checks/wage-shown.js';
import type { PayPeriod } from '../../src/facts/employee.js';
import type { WorkDay } from '../../src/facts/workday.js';
import type { Ratio } from '../../src/findings/money.js';
import type { Employee } from '../../src/parse/records.js';
import { employeeRecord } from '../helpers.js';

// The contract wages of a pay period at the employees file's wage_rate (s.56, s.61-63 price with
// them, s.76 caps deductions by them) and the lower rate a period's pay shows when base_pay is a
// baht or more below them (a period paid before a raise). Each case is in baht; the contract
// wages are exact fractions of a satang, written here as satang or "numerator/denominator".

/** A satang amount as an exact fraction: 1500000 or "24000000/31". */
const exact = (r: Ratio | undefined) =>
  r === undefined ? undefined : r.den === 1n ? Number(r.num) : `${r.num}/${r.den}`;

const workDay = (date: string, o: Partial<WorkDay> = {}) =>
  ({ date, day_type: 'work', workedMin: 480, normalMin: 480, ...o }) as WorkDay;

/** A pay period of E1, fresh each time (contract wages are kept per period). */
const period = (
  start: string,
  end: string,
  base_pay = 0,
  o: { days?: WorkDay[]; days_worked?: number } = {},
) =>
  ({
    employee_id: 'E1',
    start,
    end,
    pay: { base_pay, days_worked: o.days_worked },
    days: o.days ?? [],
  }) as unknown as PayPeriod;

/**
 * A context with the employee and the pack's values this module reads: the monthly divisor (30,
 * or none in force) and the rounding tolerance (1 baht unless told).
 */
function context(
  e: Partial<Employee>,
  o: { hours?: boolean; divisor?: number | null; tolerance?: number } = {},
): CheckContext {
  const divisor = o.divisor === undefined ? 30 : o.divisor;
  return {
    facts: { employee: employeeRecord(e) },
    present: { hours: o.hours ?? true },
    pack: {
      at: (name: string) =>
        name === 'monthly_wage_divisor' && divisor !== null
          ? { value: divisor, from: '1998-08-19', source: '[PACK]' }
          : undefined,
    },
    num: (name: string) => {
      if (name !== 'wage_shown_tolerance') throw new Error(`unexpected parameter ${name}`);
      return o.tolerance ?? 1;
    },
  } as unknown as CheckContext;
}

const MONTHLY = { wage_type: 'monthly', wage_rate: 1_500_000 } as const; // 15,000 baht a month

describe('contract wages of a monthly-paid employee: by the divisor (30) and by calendar days', () => {
  it.each([
    // [case, employee, period start, end, by divisor, by calendar days]
    ['July in full', {}, '2025-07-01', '2025-07-31', 1_500_000, 1_500_000],
    [
      'the second half of July, employed all month: 16/31',
      {},
      '2025-07-16',
      '2025-07-31',
      '24000000/31',
      '24000000/31',
    ],
    [
      '16 June to 15 July: 15/30 of June and 15/31 of July',
      {},
      '2025-06-16',
      '2025-07-15',
      '45750000/31',
      '45750000/31',
    ],
    [
      '30 June to 1 July: the last day of one month, the first of the next',
      {},
      '2025-06-30',
      '2025-07-01',
      '91500000/930',
      '91500000/930',
    ],
    ['15 July alone: 1/31', {}, '2025-07-15', '2025-07-15', '1500000/31', '1500000/31'],
    [
      'hired 10 July: 22 days, by 30 or by 31',
      { hire_date: '2025-07-10' },
      '2025-07-01',
      '2025-07-31',
      1_100_000,
      '33000000/31',
    ],
    [
      'hired 10 Feb: 19 days, by 30 either way (28 days < 30)',
      { hire_date: '2025-02-10' },
      '2025-02-01',
      '2025-02-28',
      950_000,
      950_000,
    ],
    [
      'left 20 July: 20 days, by 30 or by 31',
      { termination_date: '2025-07-20' },
      '2025-07-01',
      '2025-07-31',
      1_000_000,
      '30000000/31',
    ],
    [
      'hired on the 1st: the month in full',
      { hire_date: '2025-07-01' },
      '2025-07-01',
      '2025-07-31',
      1_500_000,
      1_500_000,
    ],
    [
      'left on the last day: the month in full',
      { termination_date: '2025-07-31' },
      '2025-07-01',
      '2025-07-31',
      1_500_000,
      1_500_000,
    ],
    [
      'hired 2 July, a day after the 1st: 30 days',
      { hire_date: '2025-07-02' },
      '2025-07-01',
      '2025-07-31',
      1_500_000,
      '45000000/31',
    ],
    [
      'left 30 July, a day before the last: 30 days',
      { termination_date: '2025-07-30' },
      '2025-07-01',
      '2025-07-31',
      1_500_000,
      '45000000/31',
    ],
    [
      'hired years before, left years after: the period',
      { hire_date: '2020-01-01', termination_date: '2030-01-01' },
      '2025-07-01',
      '2025-07-31',
      1_500_000,
      1_500_000,
    ],
    ['hired after the period: nothing', { hire_date: '2025-08-05' }, '2025-07-01', '2025-07-31', 0, 0],
    ['left before the period: nothing', { termination_date: '2025-06-30' }, '2025-07-01', '2025-07-31', 0, 0],
  ] as const)('%s', (_case, e, start, end, byDivisor, byCalendar) => {
    const divisorFirst = period(start, end);
    expect(exact(contractBase(context({ ...MONTHLY, ...e }), divisorFirst))).toEqual(
      typeof byDivisor === 'string' ? reduce(byDivisor) : byDivisor,
    );
    expect(exact(contractBase(context({ ...MONTHLY, ...e }), divisorFirst, true))).toEqual(
      typeof byCalendar === 'string' ? reduce(byCalendar) : byCalendar,
    );
  });

  it('keeps each way apart for one period, whichever is asked first', () => {
    const ctx = context({ ...MONTHLY, hire_date: '2025-07-10' });
    const p = period('2025-07-01', '2025-07-31');
    expect(exact(contractBase(ctx, p, true))).toBe('33000000/31');
    expect(exact(contractBase(ctx, p))).toBe(1_100_000);
    expect(exact(contractBase(ctx, p, true))).toBe('33000000/31');
    expect(exact(contractBase(ctx, p))).toBe(1_100_000);
  });

  it('without a divisor in force, or a wage_rate, there are none', () => {
    expect(
      contractBase(context(MONTHLY, { divisor: null }), period('2025-07-01', '2025-07-31')),
    ).toBeUndefined();
    expect(
      contractBase(context({ ...MONTHLY, wage_rate: undefined }), period('2025-07-01', '2025-07-31')),
    ).toBeUndefined();
  });

  it('a divisor of 28 is the calendar days of a 31-day month part-employed (the higher)', () => {
    const p = period('2025-07-01', '2025-07-31');
    const ctx = context({ ...MONTHLY, hire_date: '2025-07-10' }, { divisor: 28 });
    // 15,000 x 22 / 28 by the divisor; by calendar days the higher of 31 and 28: / 31.
    expect(exact(contractBase(ctx, p))).toBe(reduce('33000000/28'));
    expect(exact(contractBase(ctx, period('2025-07-01', '2025-07-31'), true))).toBe('33000000/31');
  });
});

/** "a/b" in lowest terms, as Ratio keeps it. */
function reduce(s: string): string | number {
  const [a, b] = s.split('/').map(BigInt);
  let [x, y] = [a, b];
  while (y !== 0n) [x, y] = [y, x % y];
  return b / x === 1n ? Number(a / x) : `${a / x}/${b / x}`;
}

describe('contract wages of a daily- or hourly-paid employee', () => {
  const days = [
    workDay('2025-07-01'),
    workDay('2025-07-02', { workedMin: 0, normalMin: 0 }),
    workDay('2025-07-05', { day_type: 'weekly_holiday' }),
    workDay('2025-07-03', { workedMin: 300, normalMin: 90 }),
  ];

  it('daily 500 baht with hours: the work days worked (2), not the day off nor the holiday: 1,000 baht', () => {
    const p = period('2025-07-01', '2025-07-05', 0, { days, days_worked: 7 });
    expect(exact(contractBase(context({ wage_type: 'daily', wage_rate: 50_000 }), p))).toBe(100_000);
  });

  it('daily 500 baht without hours: the days the payroll pays (7): 3,500 baht; none given, or 0 beside wages, none', () => {
    const ctx = () => context({ wage_type: 'daily', wage_rate: 50_000 }, { hours: false });
    expect(exact(contractBase(ctx(), period('2025-07-01', '2025-07-07', 0, { days, days_worked: 7 })))).toBe(
      350_000,
    );
    expect(contractBase(ctx(), period('2025-07-01', '2025-07-07', 0, { days }))).toBeUndefined();
    expect(
      contractBase(ctx(), period('2025-07-01', '2025-07-07', 350_000, { days, days_worked: 0 })),
    ).toBeUndefined();
  });

  it('hourly 100 baht with hours: the normal minutes of the work days worked (480 + 90): 950 baht', () => {
    const p = period('2025-07-01', '2025-07-05', 0, { days });
    expect(exact(contractBase(context({ wage_type: 'hourly', wage_rate: 10_000 }), p))).toBe(95_000);
  });

  it('hourly without hours, and piece work: not known', () => {
    expect(
      contractBase(
        context({ wage_type: 'hourly', wage_rate: 10_000 }, { hours: false }),
        period('2025-07-01', '2025-07-05', 0, { days }),
      ),
    ).toBeUndefined();
    expect(
      contractBase(
        context({ wage_type: 'piece', wage_rate: 10_000 }),
        period('2025-07-01', '2025-07-05', 0, { days }),
      ),
    ).toBeUndefined();
  });
});

describe('the rate a period pays when base_pay is a baht or more below the contract wages', () => {
  // Daily 500 baht, five days worked: 2,500 baht at wage_rate.
  const five = ['01', '02', '03', '04', '05'].map((d) => workDay(`2025-07-${d}`));
  const daily = (o: Partial<Employee> = {}) => context({ wage_type: 'daily', wage_rate: 50_000, ...o });
  const paid = (base: number) => period('2025-07-01', '2025-07-05', base, { days: five });
  const shown = (ctx: CheckContext, base: number) => {
    const s = wageShown(ctx, paid(base));
    return s && { rate: exact(s.rate), basePay: s.basePay, contract: exact(s.contract) };
  };

  it.each([
    ['2,499.00: a baht short, 499.80 a day', 249_900, { rate: 49_980, basePay: 249_900, contract: 250_000 }],
    ['2,000.00: 400 a day', 200_000, { rate: 40_000, basePay: 200_000, contract: 250_000 }],
    ['2,499.01: 99 satang short, rounding', 249_901, undefined],
    ['2,500.00: paid in full', 250_000, undefined],
    ['2,600.00: paid more', 260_000, undefined],
  ] as const)('%s', (_case, base, want) => {
    expect(shown(daily(), base)).toEqual(want);
  });

  it('a tolerance of 0.50 baht: 50 satang short is another rate, 49 is rounding', () => {
    expect(shown(context({ wage_type: 'daily', wage_rate: 50_000 }, { tolerance: 0.5 }), 249_950)?.rate).toBe(
      49_990,
    );
    expect(
      shown(context({ wage_type: 'daily', wage_rate: 50_000 }, { tolerance: 0.5 }), 249_951),
    ).toBeUndefined();
  });

  it('no wage_rate, no contract wages (piece), or none due (no day worked): nothing shown', () => {
    expect(shown(daily({ wage_rate: undefined }), 100_000)).toBeUndefined();
    expect(shown(daily({ wage_rate: 0 }), 100_000)).toBeUndefined();
    expect(shown(daily({ wage_type: 'piece' }), 100_000)).toBeUndefined();
    expect(wageShown(daily(), period('2025-07-01', '2025-07-05', 0, { days: [] }))).toBeUndefined();
  });

  it('a part month is weighed by calendar days: hired 10 July at 15,000, paid 10,645.16, is paid in full', () => {
    // By 30 the contract would be 11,000.00 and the pay 354.84 short; by 31 it is 10,645.16.
    const ctx = context({ ...MONTHLY, hire_date: '2025-07-10' });
    expect(wageShown(ctx, period('2025-07-01', '2025-07-31', 1_064_516))).toBeUndefined();
    expect(exact(wageShown(ctx, period('2025-07-01', '2025-07-31', 1_000_000))?.rate)).toBe('15500000/11');
  });

  it('says why, and with what, for the findings', () => {
    const ctx = daily();
    const p = paid(249_900);
    const s = wageShown(ctx, p)!;
    expect(rateUnconfirmed(ctx, p, s)).toEqual({
      id: 'wage_rate_not_in_period',
      params: { wage_rate: '500.00', base_pay: '2,499.00', contract: '2,500.00', shown: '499.80' },
      period: { start: '2025-07-01', end: '2025-07-05' },
    });
    expect(rateUnconfirmed(daily({ wage_rate: undefined }), p, s).params?.wage_rate).toBe('0.00');
    expect(shownParams(ctx, s)).toEqual({
      wage_rate_in_period: {
        employees_file: 500,
        base_pay: 2499,
        contract_wages: 2500,
        shown: '499.80',
        basis: 'base_pay below wage_rate x the period: priced at the rate the pay shows, a lower bound',
      },
    });
    expect(shownParams(daily({ wage_rate: undefined }), s).wage_rate_in_period).toMatchObject({
      employees_file: 0,
    });
  });
});
