import { addDays, birthdayOf, day, daysInMonth } from '../base/calendar.js';
import { Ratio } from '../findings/money.js';
import { inPeriod, overlapsReason, type Reason, reason, reasonText } from '../findings/reasons.js';
import type { MinimumWageTable } from '../pack/minimum-wage.js';
import type { ParamStore } from '../pack/params.js';
import type { Employee } from '../parse/records.js';
import { daysPaid, type PayPeriod } from './employee.js';
import { type Fact, minimumWage, minimumWageUse } from './wage.js';
import { limitMinutes, num } from './workday.js';

// Counting for the termination entitlements (s.17/1, s.67, s.118): service length and the
// last daily wage, as the termination rules' notes set them.

/** Days of service from hire to termination, both days counted (worked example E8: 1 Jun - 30 Sep = 122). */
export function serviceDays(hire: string, end: string): number {
  return day(end) - day(hire) + 1;
}

/**
 * Whether `years` of service are reached on `end`: on or after the day before the
 * anniversary (hired 2020-03-01: one year on 2021-02-28). A 29 February hire's anniversary in
 * a common year is 1 March, as for birthdays.
 */
export function yearsReached(hire: string, end: string, years: number): boolean {
  return end >= addDays(birthdayOf(hire, years), -1);
}

/** A severance tier: at least `count` days (`unit` d) or years (`unit` y) of service earn `days` of wages. */
export interface Tier {
  count: number;
  unit: 'd' | 'y';
  days: number;
  text: string;
}

/** Tiers written as "120d:30", "1y:90", ... in the rule file; undefined on a malformed one. */
export function parseTiers(values: readonly string[]): Tier[] | undefined {
  const tiers: Tier[] = [];
  for (const v of values) {
    const m = /^(\d+)([dy]):(\d+)$/.exec(v.trim());
    if (!m) return undefined;
    tiers.push({ count: Number(m[1]), unit: m[2] as 'd' | 'y', days: Number(m[3]), text: v.trim() });
  }
  return tiers;
}

/** The highest tier reached by service from `hire` to `end`, or undefined below the first. */
export function tierReached(tiers: readonly Tier[], hire: string, end: string): Tier | undefined {
  let best: Tier | undefined;
  for (const t of tiers) {
    const reached = t.unit === 'd' ? serviceDays(hire, end) >= t.count : yearsReached(hire, end, t.count);
    if (reached && (!best || t.days > best.days)) best = t;
  }
  return best;
}

export interface DailyWage {
  /** Satang a day, exact. */
  amount: Ratio;
  basis: string;
  uses: Record<string, unknown>;
}

/** The pay period that holds `date`, else the last one that starts before it. */
export function periodAt(periods: readonly PayPeriod[], date: string): PayPeriod | undefined {
  let last: PayPeriod | undefined;
  for (const p of periods) {
    if (p.start <= date && date <= p.end) return p;
    if (p.start <= date && (!last || p.start > last.start)) last = p;
  }
  return last;
}

/** Why the days worked the hours show for a period may be too few, or undefined. */
const daysUnknown = (p: PayPeriod, o: WageInputs): Reason | undefined =>
  o.hoursPresent ? o.daysUnknownIn?.(p) : undefined;

/**
 * Days worked in a period: from the hours file when there is one, else payroll's days_worked;
 * unknown when hours rows of the employee without a readable date, or a date of the period
 * whose rows were all rejected, may be more of them.
 */
function daysWorked(p: PayPeriod, o: WageInputs): number | undefined {
  if (o.hoursPresent) return daysUnknown(p, o) ? undefined : p.days.filter((d) => d.workedMin > 0).length;
  return daysPaid(p);
}

export interface WageInputs {
  params: ParamStore;
  wages?: MinimumWageTable;
  hoursPresent: boolean;
  /**
   * Why the days worked the hours show in a period may be too few, an average over them too
   * high: hours rows of the employee rejected without a readable date, or dates of the period
   * whose hours rows were all rejected (named with the period), or undefined when neither
   * (`daysWorkedUnknown`). Only the periods averaged are asked: a lost day before them changes nothing.
   */
  daysUnknownIn?: (p: PayPeriod) => Reason | undefined;
  /** The wage rate to price at instead of wage_rate (satang a month, day or hour): one the final period's pay shows lower. */
  rate?: Ratio;
}

/**
 * The last daily wage on the termination date `end`: fixed regular
 * allowances (`other_wages`) count as wages (worked example E9). Monthly-paid: (wage_rate + the
 * month's other_wages) / 30; daily-paid: the daily rate + other_wages / days worked in the
 * period; hourly-paid: the rate x normal hours a day, plus the same allowance; piece-paid:
 * average daily earnings of the last periods holding at least `pieceDays` days worked.
 * Never below the minimum wage in force on `end`.
 */
export function lastDailyWage(
  e: Employee,
  periods: readonly PayPeriod[],
  end: string,
  o: WageInputs,
  pieceDays: number,
): Fact<DailyWage> {
  if (!e.wage_type) return { ok: false, reason: reason('no_wage_type') };
  const p = periodAt(periods, end);
  const uses: Record<string, unknown> = { wage_type: e.wage_type };
  let amount: Ratio;
  let basis: string;
  if (e.wage_type === 'piece') {
    const before = periods.filter((x) => x.start <= end).sort((a, b) => (a.start < b.start ? 1 : -1));
    let earned = 0;
    let days = 0;
    for (const x of before) {
      // A period overlapping another may repeat its earnings and days: the average is unknown.
      if (x.pay.overlaps)
        return {
          ok: false,
          reason: inPeriod(x, overlapsReason(x.pay.overlaps)),
        };
      const n = daysWorked(x, o);
      if (n === undefined)
        return {
          ok: false,
          reason: daysUnknown(x, o) ?? reason('piece_days_unknown', { start: x.start, end: x.end }),
        };
      earned += x.pay.base_pay + (x.pay.other_wages ?? 0);
      days += n;
      if (days >= pieceDays) break;
    }
    if (days === 0) return { ok: false, reason: reason('piece_no_days') };
    amount = new Ratio(BigInt(earned), BigInt(days));
    basis = `average daily earnings, ${days} days worked`;
    uses.days_averaged = days;
  } else {
    const rate = o.rate ?? Ratio.of(e.wage_rate ?? 0);
    // The allowance of a period that overlaps another, or of rows repeated in every cell (one row
    // exported twice or two payments), is not known to be the period's: left out, the lower wage.
    const unsure = p?.pay.overlaps ?? p?.pay.repeated;
    const other = unsure ? 0 : (p?.pay.other_wages ?? 0);
    if (unsure && p?.pay.other_wages)
      uses.allowance = `other_wages not counted: ${p.pay.overlaps ? 'the pay period overlaps payroll rows' : 'identical payroll rows of the pay period,'} ${unsure.join(', ')}`;
    if (e.wage_type === 'monthly') {
      const divisor = num(o.params, 'monthly_wage_divisor', end);
      uses.monthly_wage_divisor = o.params.at('monthly_wage_divisor', end);
      let monthAllowance = Ratio.of(other);
      if (p && other > 0) {
        // A period shorter than its calendar month (the final one, cut at termination) holds
        // part of the month's allowance: scaled back to the whole month.
        const [y, m] = p.start.split('-').map(Number);
        const from = e.hire_date && e.hire_date > p.start ? e.hire_date : p.start;
        const to = e.termination_date && e.termination_date < p.end ? e.termination_date : p.end;
        const span = day(to) - day(from) + 1;
        const month = daysInMonth(y, m);
        if (span > 0 && span < month) monthAllowance = Ratio.of(other).mul(month).div(span);
      }
      amount = rate.add(monthAllowance).div(divisor);
      basis = other > 0 ? `(monthly wage + fixed allowances) / ${divisor}` : `monthly wage / ${divisor}`;
    } else {
      const daily =
        e.wage_type === 'daily' ? rate : rate.mul(new Ratio(BigInt(limitMinutes(e, o.params, end)), 60n));
      let allowance = new Ratio(0n);
      if (p && other > 0) {
        const n = daysWorked(p, o);
        if (n) allowance = new Ratio(BigInt(other), BigInt(n));
        else uses.allowance = 'other_wages not counted: days worked in the period unknown';
      }
      amount = daily.add(allowance);
      basis =
        (e.wage_type === 'daily' ? 'daily wage' : 'hourly wage x normal hours a day') +
        (allowance.isPositive() ? ' + fixed allowances / days worked' : '');
    }
  }
  const mw = minimumWage(e, end, o.wages);
  if (mw.ok) {
    uses.minimum_wage = minimumWageUse(mw.value);
    const floor = Ratio.of(mw.value.dailySatang);
    if (floor.cmp(amount) > 0) {
      amount = floor;
      basis = 'the minimum wage (above the wage paid)';
    }
  } else uses.minimum_wage = `not applied: ${reasonText(mw.reason)}`;
  if (p) uses.pay_period = `${p.start}..${p.end}`;
  return { ok: true, value: { amount, basis, uses } };
}
