import { beforeAll, describe, expect, it } from 'vitest';
import type { PayPeriod } from '../../src/facts/employee.js';
import {
  lastDailyWage,
  parseTiers,
  periodAt,
  serviceDays,
  tierReached,
  yearsReached,
} from '../../src/facts/termination.js';
import { reasonText } from '../../src/findings/reasons.js';
import type { Employee, PayrollRow } from '../../src/parse/records.js';
import { pack, run } from '../helpers.js';

// The counting behind s.17/1, s.67 and s.118: service length, the severance tiers, which pay
// period holds the termination date, and the last daily wage of each wage type, with worked
// amounts in baht. Severance below is for service of 1 year 6 months (hired 2024-01-01,
// dismissed 2025-06-30): the 1-year tier, 90 days of the last daily wage.

const SEVERANCE = 'lpa-118-severance';
const EMP =
  'employee_id,birth_date,province,wage_type,wage_rate,hire_date,termination_date,termination_reason';

/** The daily wage as the finding's message prints it: "... x 1,000.00 = ...". */
const dailyIn = (message: string | undefined) => / x ([\d,]+\.\d\d) = /.exec(message ?? '')?.[1];

/** Severance of one employee: what is owed, the daily wage as printed, the finding's params. */
function severance(employee: string, payroll: string, hours?: string, extra = '') {
  const r = run(
    {
      employees: `${EMP}${extra}\n${employee}`,
      payroll: `employee_id,period_start,period_end,pay_date,base_pay,other_wages,days_worked,severance_pay\n${payroll}`,
      ...(hours === undefined ? {} : { hours: `employee_id,date,start,end\n${hours}` }),
    },
    '2025-06-30',
    [SEVERANCE],
  );
  const f = r.findings.find((x) => x.rule === SEVERANCE);
  return {
    owed: f?.owed_satang,
    daily: dailyIn(f?.message),
    params: (f?.params ?? {}) as Record<string, unknown>,
    undetermined: r.undetermined.map((u) => u.reason),
  };
}

describe('the severance tiers of the rule file', () => {
  it('reads only whole "<count><d|y>:<days>" entries', () => {
    expect(parseTiers(['120d:30', '10y:300'])).toEqual([
      { count: 120, unit: 'd', days: 30, text: '120d:30' },
      { count: 10, unit: 'y', days: 300, text: '10y:300' },
    ]);
    expect(parseTiers([' 1y:90 '])).toEqual([{ count: 1, unit: 'y', days: 90, text: '1y:90' }]);
    for (const bad of ['x120d:30', '120d:30x', '120m:30', 'd:30', '120d:', '120d30', '1.5y:90'])
      expect(parseTiers(['1y:90', bad]), bad).toBeUndefined();
    expect(parseTiers([])).toEqual([]);
  });
  it('takes the tier with the most days reached, whatever the order', () => {
    const tiers = parseTiers(['1y:90', '120d:30', '3y:180'])!;
    expect(tierReached(tiers, '2024-01-01', '2025-06-30')?.text).toBe('1y:90');
    expect(tierReached(tiers, '2024-01-01', '2024-04-29')?.text).toBe('120d:30');
    expect(tierReached(tiers, '2024-01-01', '2024-04-28')).toBeUndefined();
    expect(tierReached(tiers, '2022-01-01', '2024-12-31')?.text).toBe('3y:180');
  });
  it('counts days for a "d" tier and years for a "y" tier', () => {
    // 400 days is more than a year but not 400 years; 2 years is 731 days, not 2 days.
    const tiers = parseTiers(['400d:50', '2y:70'])!;
    expect(tierReached(tiers, '2024-01-01', '2025-02-03')?.text).toBe('400d:50');
    expect(tierReached(tiers, '2024-01-01', '2025-02-02')).toBeUndefined();
    expect(tierReached(tiers, '2024-01-01', '2025-12-31')?.text).toBe('2y:70');
    expect(tierReached(tiers, '2024-01-01', '2025-12-30')?.text).toBe('400d:50');
  });
  it('counts service across a leap day', () => {
    expect(serviceDays('2024-02-01', '2024-03-01')).toBe(30);
    expect(yearsReached('2023-03-01', '2024-02-29', 1)).toBe(true);
    expect(yearsReached('2023-03-01', '2024-02-28', 1)).toBe(false);
  });
});

describe('the pay period that holds the termination date', () => {
  const period = (start: string, end: string): PayPeriod =>
    ({ employee_id: 'E1', start, end, pay: {} as PayrollRow, days: [] }) as PayPeriod;
  const may = period('2025-05-01', '2025-05-31');
  const june = period('2025-06-01', '2025-06-30');
  it('is the period from its first to its last day', () => {
    expect(periodAt([may, june], '2025-06-01')).toBe(june);
    expect(periodAt([june, may], '2025-05-31')).toBe(may);
    expect(periodAt([may, june], '2025-05-01')).toBe(may);
  });
  it('else the last one that starts before it, never one that starts after', () => {
    expect(periodAt([june, may], '2025-07-15')).toBe(june);
    expect(periodAt([may, june], '2025-07-15')).toBe(june);
    expect(periodAt([june], '2025-04-30')).toBeUndefined();
    expect(periodAt([], '2025-04-30')).toBeUndefined();
  });
});

describe('the last daily wage of an hourly-paid employee', () => {
  it('60 baht x 8 normal hours = 480 a day, 43,200.00 for 90 days', () => {
    const r = severance(
      'E1,1980-01-01,Bangkok,hourly,60,2024-01-01,2025-06-30,dismissed',
      'E1,2025-06-01,2025-06-30,2025-06-30,10000,0,20,0',
    );
    expect(r.owed).toBe(4_320_000);
    expect(r.daily).toBe('480.00');
    expect(r.params.daily_wage_basis).toBe('hourly wage x normal hours a day');
  });
  it('announced 7.5 hours a day: 60 x 7.5 = 450 a day, 40,500.00', () => {
    const r = severance(
      'E1,1980-01-01,Bangkok,hourly,60,2024-01-01,2025-06-30,dismissed,7.5',
      'E1,2025-06-01,2025-06-30,2025-06-30,10000,0,20,0',
      undefined,
      ',normal_hours_per_day',
    );
    expect(r.owed).toBe(4_050_000);
    expect(r.daily).toBe('450.00');
  });
  it('adds the allowance over the days worked: 480 + 1,000 / 25 = 520 a day, 46,800.00', () => {
    const r = severance(
      'E1,1980-01-01,Bangkok,hourly,60,2024-01-01,2025-06-30,dismissed',
      'E1,2025-06-01,2025-06-30,2025-06-30,10000,1000,25,0',
    );
    expect(r.owed).toBe(4_680_000);
    expect(r.params.daily_wage_basis).toBe(
      'hourly wage x normal hours a day + fixed allowances / days worked',
    );
    expect(r.params.allowance).toBeUndefined();
  });
  it('leaves the allowance out, and says so, when the days worked are unknown', () => {
    const r = severance(
      'E1,1980-01-01,Bangkok,hourly,60,2024-01-01,2025-06-30,dismissed',
      'E1,2025-06-01,2025-06-30,2025-06-30,10000,1000,,0',
    );
    expect(r.owed).toBe(4_320_000);
    expect(r.params.allowance).toBe('other_wages not counted: days worked in the period unknown');
    expect(r.params.daily_wage_basis).toBe('hourly wage x normal hours a day');
  });
});

describe('the last daily wage of a daily-paid employee', () => {
  it('400 a day and no allowance: 36,000.00, the daily wage alone', () => {
    const r = severance(
      'E1,1980-01-01,Bangkok,daily,400,2024-01-01,2025-06-30,dismissed',
      'E1,2025-06-01,2025-06-30,2025-06-30,10000,0,25,0',
    );
    expect(r.owed).toBe(3_600_000);
    expect(r.params.daily_wage_basis).toBe('daily wage');
    expect(r.params.wage_type).toBe('daily');
    expect(r.params.pay_period).toBe('2025-06-01..2025-06-30');
  });
  it('counts the days worked from the hours file, not days_worked: 400 + 300 / 3 = 500 a day', () => {
    // Three days worked in the hours file; payroll says 30, which the hours file overrides.
    const hours = ['2025-06-02', '2025-06-03', '2025-06-04'].map((d) => `E1,${d},08:00,12:00`).join('\n');
    const r = severance(
      'E1,1980-01-01,Bangkok,daily,400,2024-01-01,2025-06-30,dismissed',
      'E1,2025-06-01,2025-06-30,2025-06-30,1200,300,30,0',
      hours,
    );
    expect(r.daily).toBe('500.00');
    expect(r.owed).toBe(4_500_000);
  });
  it('takes the allowance of the period that holds the termination date, not an earlier one', () => {
    // May: 2,000 over 20 days (100 a day); June: 500 over 25 days (20 a day): 420 x 90.
    const r = severance(
      'E1,1980-01-01,Bangkok,daily,400,2024-01-01,2025-06-30,dismissed',
      'E1,2025-05-01,2025-05-31,2025-05-31,8000,2000,20,0\nE1,2025-06-01,2025-06-30,2025-06-30,10000,500,25,0',
    );
    expect(r.daily).toBe('420.00');
    expect(r.owed).toBe(3_780_000);
  });
  it('counts no allowance when no day was worked in the period', () => {
    const r = severance(
      'E1,1980-01-01,Bangkok,daily,400,2024-01-01,2025-06-30,dismissed',
      'E1,2025-06-01,2025-06-30,2025-06-30,0,1000,0,0',
    );
    expect(r.daily).toBe('400.00');
    expect(r.params.allowance).toBe('other_wages not counted: days worked in the period unknown');
  });
});

describe('the last daily wage of a monthly-paid employee', () => {
  /** Notice pay (s.17/1) for a dismissal on the day notice is given: no service needed. */
  const notice = (hire: string, start: string, end: string, other: string) => {
    const r = run(
      {
        employees: `${EMP},notice_given_on\nE1,1980-01-01,Bangkok,monthly,30000,${hire},${end},dismissed,${end}`,
        payroll: `employee_id,period_start,period_end,pay_date,base_pay,other_wages,notice_pay\nE1,${start},${end},${end},30000,${other},0`,
      },
      end,
      ['lpa-17-1-notice-pay'],
    );
    const f = r.findings[0];
    return { daily: dailyIn(f?.message), params: f?.params as Record<string, unknown> };
  };
  it('30,000 / 30 = 1,000.00 a day, the divisor shown', () => {
    const r = notice('2020-01-01', '2025-08-01', '2025-08-31', '0');
    expect(r.daily).toBe('1,000.00');
    expect(r.params.daily_wage_basis).toBe('monthly wage / 30');
    expect((r.params.monthly_wage_divisor as { value: number }).value).toBe(30);
  });
  it('hired on 11 August: 2,100 for 21 of 31 days is 3,100 a month, (30,000 + 3,100) / 30 = 1,103.33', () => {
    const r = notice('2025-08-11', '2025-08-01', '2025-08-31', '2100');
    expect(r.daily).toBe('1,103.33');
    expect(r.params.daily_wage_basis).toBe('(monthly wage + fixed allowances) / 30');
  });
  it('a whole month’s allowance is not scaled: (30,000 + 3,000) / 30 = 1,100.00', () => {
    expect(notice('2020-01-01', '2025-08-01', '2025-08-31', '3000').daily).toBe('1,100.00');
    // Hired on the period's first day: the whole month still.
    expect(notice('2025-08-01', '2025-08-01', '2025-08-31', '3000').daily).toBe('1,100.00');
  });
  it('terminated on 20 February 2025: 2,000 for 20 of 28 days is 2,800, (30,000 + 2,800) / 30 = 1,093.33', () => {
    expect(notice('2020-01-01', '2025-02-01', '2025-02-20', '2000').daily).toBe('1,093.33');
  });
});

describe('the minimum wage floor', () => {
  it('a daily wage of 300 in Bangkok is raised to the 372 in force on 2025-06-30: 33,480.00', () => {
    const r = severance(
      'E1,1980-01-01,Bangkok,daily,300,2024-01-01,2025-06-30,dismissed',
      'E1,2025-06-01,2025-06-30,2025-06-30,7500,0,25,0',
    );
    expect(r.daily).toBe('372.00');
    expect(r.owed).toBe(3_348_000);
    expect(r.params.daily_wage_basis).toBe('the minimum wage (above the wage paid)');
    expect(r.params.minimum_wage).toEqual({ value: 372, from: '2025-01-01', source: 'No.13 B.E. 2567' });
  });
  it('a daily wage equal to the minimum keeps its own basis', () => {
    const r = severance(
      'E1,1980-01-01,Bangkok,daily,372,2024-01-01,2025-06-30,dismissed',
      'E1,2025-06-01,2025-06-30,2025-06-30,9300,0,25,0',
    );
    expect(r.owed).toBe(3_348_000);
    expect(r.params.daily_wage_basis).toBe('daily wage');
  });
});

describe('the last daily wage, called directly', () => {
  let params: ReturnType<typeof pack>['params'];
  let wages: ReturnType<typeof pack>['wages'];
  beforeAll(() => {
    ({ params, wages } = pack());
  });
  const employee = (fields: Partial<Employee>): Employee =>
    ({ employee_id: 'E1', birth_date: '1980-01-01', province: 'Bangkok', ...fields }) as Employee;
  const period = (start: string, end: string, pay: Partial<PayrollRow>, workedDays = 0): PayPeriod =>
    ({
      employee_id: 'E1',
      start,
      end,
      pay: { period_start: start, period_end: end, ...pay } as PayrollRow,
      days: Array.from({ length: workedDays + 1 }, (_, i) => ({
        date: start,
        workedMin: i < workedDays ? 480 : 0,
      })),
    }) as unknown as PayPeriod;

  it('has no wage without a wage type', () => {
    const w = lastDailyWage(employee({}), [], '2025-06-30', { params, wages, hoursPresent: false }, 30);
    expect(w.ok).toBe(false);
    if (!w.ok) expect(w.reason.id).toBe('no_wage_type');
  });
  it('piece-paid: averages the latest periods back to 30 days worked, and no further', () => {
    // June 15 days 9,000 + May 20 days 11,000 = 35 days; April is not reached.
    const periods = [
      period('2025-04-01', '2025-04-30', { base_pay: 50_000_00, days_worked: 20 }),
      period('2025-06-01', '2025-06-30', { base_pay: 9_000_00, days_worked: 15 }),
      period('2025-05-01', '2025-05-31', { base_pay: 10_000_00, other_wages: 1_000_00, days_worked: 20 }),
      period('2025-07-01', '2025-07-31', { base_pay: 90_000_00, days_worked: 20 }),
    ];
    const w = lastDailyWage(
      employee({ wage_type: 'piece' }),
      periods,
      '2025-06-30',
      { params, wages, hoursPresent: false },
      30,
    );
    expect(w.ok && w.value.amount.roundHalfUp()).toBe(Math.round(2_000_000 / 35));
    expect(w.ok && w.value.basis).toBe('average daily earnings, 35 days worked');
    expect(w.ok && w.value.uses.days_averaged).toBe(35);
  });
  it('piece-paid: with 35 days needed, reaches April too', () => {
    const periods = [
      period('2025-05-01', '2025-05-31', { base_pay: 10_000_00, days_worked: 20 }),
      period('2025-06-01', '2025-06-30', { base_pay: 10_000_00, days_worked: 15 }),
      period('2025-04-01', '2025-04-30', { base_pay: 11_000_00, days_worked: 20 }),
    ];
    const w = lastDailyWage(
      employee({ wage_type: 'piece' }),
      periods,
      '2025-06-30',
      { params, wages, hoursPresent: false },
      36,
    );
    // 31,000 over 55 days = 563.64 a day.
    expect(w.ok && w.value.amount.roundHalfUp()).toBe(Math.round(3_100_000 / 55));
  });
  it('piece-paid: counts the days worked in the hours file', () => {
    const periods = [period('2025-06-01', '2025-06-30', { base_pay: 10_000_00, days_worked: 99 }, 20)];
    const w = lastDailyWage(
      employee({ wage_type: 'piece' }),
      periods,
      '2025-06-30',
      { params, wages, hoursPresent: true },
      30,
    );
    expect(w.ok && w.value.uses.days_averaged).toBe(20);
    expect(w.ok && w.value.amount.roundHalfUp()).toBe(50_000);
  });
  it('piece-paid: undetermined when a period’s days worked are unknown, or none were worked', () => {
    const unknown = lastDailyWage(
      employee({ wage_type: 'piece' }),
      [period('2025-06-01', '2025-06-30', { base_pay: 10_000_00 })],
      '2025-06-30',
      { params, wages, hoursPresent: false },
      30,
    );
    expect(!unknown.ok && unknown.reason.id).toBe('piece_days_unknown');
    const none = lastDailyWage(
      employee({ wage_type: 'piece' }),
      [period('2025-06-01', '2025-06-30', { base_pay: 0, days_worked: 0 })],
      '2025-06-30',
      { params, wages, hoursPresent: false },
      30,
    );
    expect(!none.ok && none.reason.id).toBe('piece_no_days');
  });
  it('says why the minimum wage was not applied when there is no table', () => {
    const w = lastDailyWage(
      employee({ wage_type: 'daily', wage_rate: 300_00 }),
      [],
      '2025-06-30',
      { params, hoursPresent: false },
      30,
    );
    expect(w.ok && w.value.amount.roundHalfUp()).toBe(30_000);
    expect(w.ok && String(w.value.uses.minimum_wage)).toMatch(/^not applied: /);
    expect(w.ok && w.value.uses.pay_period).toBeUndefined();
  });
});

describe('the counting at its edges', () => {
  const at = (start: string, end: string, other_wages = 0): PayPeriod =>
    ({
      employee_id: 'E1',
      start,
      end,
      pay: { period_start: start, period_end: end, base_pay: 0, other_wages } as PayrollRow,
      days: [],
    }) as unknown as PayPeriod;
  it('names the first listed of two tiers of equal days', () => {
    const tiers = parseTiers(['120d:30', '1y:30'])!;
    expect(tierReached(tiers, '2024-01-01', '2025-06-30')?.text).toBe('120d:30');
  });
  it('prefers the period that holds the date to a later-starting short one before it', () => {
    // A regular June run and an off-cycle 5-8 June run; terminated on 30 June and 20 June.
    const june = at('2025-06-01', '2025-06-30');
    const offCycle = at('2025-06-05', '2025-06-08');
    expect(periodAt([june, offCycle], '2025-06-30')).toBe(june);
    expect(periodAt([june, offCycle], '2025-06-20')).toBe(june);
    // A period starting on the date holds it, even listed before one that started earlier.
    const from20 = at('2025-06-20', '2025-06-30');
    expect(periodAt([from20, june], '2025-06-20')).toBe(from20);
  });
  it('of two periods starting the same day, both before the date, keeps the first listed', () => {
    const run1 = at('2025-05-01', '2025-05-31');
    const run2 = at('2025-05-01', '2025-05-15');
    expect(periodAt([run1, run2], '2025-06-30')).toBe(run1);
  });
});

describe('the last daily wage at its edges', () => {
  let params: ReturnType<typeof pack>['params'];
  let wages: ReturnType<typeof pack>['wages'];
  beforeAll(() => {
    ({ params, wages } = pack());
  });
  const employee = (fields: Partial<Employee>): Employee =>
    ({ employee_id: 'E1', birth_date: '1980-01-01', province: 'Bangkok', ...fields }) as Employee;
  const period = (start: string, end: string, pay: Partial<PayrollRow>): PayPeriod =>
    ({
      employee_id: 'E1',
      start,
      end,
      pay: { period_start: start, period_end: end, ...pay } as PayrollRow,
      days: [],
    }) as unknown as PayPeriod;
  const wage = (e: Partial<Employee>, periods: PayPeriod[], end: string, pieceDays = 30) =>
    lastDailyWage(employee(e), periods, end, { params, wages, hoursPresent: false }, pieceDays);
  const satang = (w: ReturnType<typeof wage>) => (w.ok ? w.value.amount.roundHalfUp() : w.reason.id);

  it('piece-paid: names the period whose days worked are unknown', () => {
    const w = wage(
      { wage_type: 'piece' },
      [period('2025-06-01', '2025-06-30', { base_pay: 10_000_00 })],
      '2025-06-30',
    );
    expect(!w.ok && reasonText(w.reason)).toBe('piece-paid: days worked unknown for 2025-06-01..2025-06-30');
  });
  it('piece-paid: stops on reaching exactly the days needed', () => {
    // June 15 days 9,000 + May 15 days 7,500 = 30 days, 550 a day; April (1,000 a day) not reached.
    const periods = [
      period('2025-04-01', '2025-04-30', { base_pay: 20_000_00, days_worked: 20 }),
      period('2025-05-01', '2025-05-31', { base_pay: 7_500_00, days_worked: 15 }),
      period('2025-06-01', '2025-06-30', { base_pay: 9_000_00, days_worked: 15 }),
    ];
    expect(satang(wage({ wage_type: 'piece' }, periods, '2025-06-30'))).toBe(55_000);
    // The same periods listed the other way round.
    expect(satang(wage({ wage_type: 'piece' }, [...periods].reverse(), '2025-06-30'))).toBe(55_000);
  });
  it('piece-paid: counts a period that starts on the termination date', () => {
    // 29 days for 14,500 in June to the 29th, 1 day for 1,100 on the 30th: 15,600 / 30 = 520.
    const periods = [
      period('2025-06-01', '2025-06-29', { base_pay: 14_500_00, days_worked: 29 }),
      period('2025-06-30', '2025-06-30', { base_pay: 1_100_00, days_worked: 1 }),
    ];
    expect(satang(wage({ wage_type: 'piece' }, periods, '2025-06-30'))).toBe(52_000);
  });
  it('monthly and daily: a payroll that starts only after the termination date gives the rate alone', () => {
    const july = [
      period('2025-07-01', '2025-07-31', { base_pay: 30_000_00, other_wages: 3_000_00, days_worked: 20 }),
    ];
    expect(satang(wage({ wage_type: 'monthly', wage_rate: 30_000_00 }, july, '2025-06-30'))).toBe(1_000_00);
    const daily = wage({ wage_type: 'daily', wage_rate: 500_00 }, july, '2025-06-30');
    expect(satang(daily)).toBe(500_00);
    expect(daily.ok && daily.value.uses.pay_period).toBeUndefined();
  });
  it('daily: no allowance column, no note about its days', () => {
    const w = wage(
      { wage_type: 'daily', wage_rate: 500_00 },
      [period('2025-06-01', '2025-06-30', { base_pay: 0 })],
      '2025-06-30',
    );
    expect(satang(w)).toBe(500_00);
    expect(w.ok && w.value.uses.allowance).toBeUndefined();
    const zero = wage(
      { wage_type: 'daily', wage_rate: 500_00 },
      [period('2025-06-01', '2025-06-30', { base_pay: 0, other_wages: 0 })],
      '2025-06-30',
    );
    expect(zero.ok && zero.value.uses.allowance).toBeUndefined();
  });
  it('monthly: terminated on 20 August inside a whole-month period: 2,000 x 31 / 20 = 3,100, 1,103.33 a day', () => {
    const w = wage(
      { wage_type: 'monthly', wage_rate: 30_000_00, hire_date: '2020-01-01', termination_date: '2025-08-20' },
      [period('2025-08-01', '2025-08-31', { base_pay: 20_000_00, other_wages: 2_000_00 })],
      '2025-08-20',
    );
    expect(satang(w)).toBe(110_333);
  });
  it('monthly: hired 21 June, last paid for June, terminated 5 July: 1,000 for 10 days is 3,000, 1,100 a day', () => {
    const w = wage(
      { wage_type: 'monthly', wage_rate: 30_000_00, hire_date: '2025-06-21', termination_date: '2025-07-05' },
      [period('2025-06-01', '2025-06-30', { base_pay: 10_000_00, other_wages: 1_000_00 })],
      '2025-07-05',
    );
    expect(satang(w)).toBe(110_000);
  });
  it('monthly: a two-month period’s allowance is not scaled down: (30,000 + 6,000) / 30 = 1,200', () => {
    const w = wage(
      { wage_type: 'monthly', wage_rate: 30_000_00, hire_date: '2020-01-01', termination_date: '2025-07-31' },
      [period('2025-06-01', '2025-07-31', { base_pay: 60_000_00, other_wages: 6_000_00 })],
      '2025-07-31',
    );
    expect(satang(w)).toBe(120_000);
  });
  it('monthly: a period that ended before the hire date is not scaled: (30,000 + 3,000) / 30 = 1,100', () => {
    for (const hire of ['2025-06-01', '2025-06-05']) {
      const w = wage(
        { wage_type: 'monthly', wage_rate: 30_000_00, hire_date: hire, termination_date: '2025-06-20' },
        [period('2025-05-01', '2025-05-31', { base_pay: 30_000_00, other_wages: 3_000_00 })],
        '2025-06-20',
      );
      expect(satang(w), hire).toBe(110_000);
    }
  });
});

describe('what the three termination checks share', () => {
  const rule = (employees: string, payroll: string | undefined, only = SEVERANCE) =>
    run(
      {
        employees: `${EMP}\n${employees}`,
        ...(payroll === undefined
          ? {}
          : {
              payroll: `employee_id,period_start,period_end,pay_date,base_pay,days_worked,severance_pay\n${payroll}`,
            }),
      },
      '2025-06-30',
      [only],
    );
  it('needs the payroll: without it, undetermined', () => {
    const r = rule('E1,1980-01-01,Bangkok,daily,400,2024-01-01,2025-06-30,dismissed', undefined);
    expect(r.findings).toEqual([]);
    expect(r.undetermined.map((u) => u.reason)).toEqual(['no payroll file']);
  });
  it('says nothing of an employee still employed, beside one who left', () => {
    const r = rule(
      'E1,1980-01-01,Bangkok,daily,400,2024-01-01,,\nE2,1980-01-01,Bangkok,daily,400,2024-01-01,2025-06-30,dismissed',
      'E1,2025-06-01,2025-06-30,2025-06-30,10000,25,0\nE2,2025-06-01,2025-06-30,2025-06-30,10000,25,0',
    );
    expect(r.undetermined).toEqual([]);
    expect(r.findings.map((f) => [f.employee_id, f.owed_satang])).toEqual([['E2', 3_600_000]]);
  });
  it('is undetermined when the last daily wage is: a piece-paid period without days worked', () => {
    const r = rule(
      'E1,1980-01-01,Bangkok,piece,,2024-01-01,2025-06-30,closure',
      'E1,2025-05-01,2025-05-31,2025-05-31,10000,20,0\nE1,2025-06-01,2025-06-30,2025-06-30,10000,,0',
    );
    expect(r.findings).toEqual([]);
    expect(r.undetermined.map((u) => u.reason)).toEqual([
      'piece-paid: days worked unknown for 2025-06-01..2025-06-30',
    ]);
  });
  it('adds up what was paid over the rows that paid it, and cites only those rows', () => {
    // 90 days x 400 = 36,000.00 due; 10,000.00 paid in May and 5,000.00 in June: 21,000.00 owed.
    const r = rule(
      'E1,1980-01-01,Bangkok,daily,400,2024-01-01,2025-06-30,dismissed',
      'E1,2025-04-01,2025-04-30,2025-04-30,10000,25,0\nE1,2025-05-01,2025-05-31,2025-05-31,10000,25,10000\nE1,2025-06-01,2025-06-30,2025-06-30,10000,25,5000\nE1,2025-06-30,2025-06-30,2025-06-30,0,0,',
    );
    const [f] = r.findings;
    expect(f.owed_satang).toBe(2_100_000);
    expect(f.paid_satang).toBe(1_500_000);
    expect(f.evidence).toEqual([
      { file: 'employees.csv', row: 2 },
      { file: 'payroll.csv', row: 3 },
      { file: 'payroll.csv', row: 4 },
    ]);
  });
});
