import { bahtRate, Ratio } from '../findings/money.js';
import { type Reason, reason, reasonText } from '../findings/reasons.js';
import type { MinimumWageTable, Province, WageAnswer } from '../pack/minimum-wage.js';
import type { ParamStore, ParamUse } from '../pack/params.js';
import type { Employee } from '../parse/records.js';
import { num } from './workday.js';

export type Fact<T> = { ok: true; value: T } | { ok: false; reason: Reason };

// What is kept between look-ups of one employee, for the last employee asked only: an employee's
// days are evaluated together, so nothing is lost, and nothing stays behind the employees a
// run has finished with (held per employee, it grew through a 10M-row run).
class LastKept<T> {
  private e: Employee | undefined;
  private kept: T | undefined;
  // Stryker disable next-line BlockStatement: equivalent, without the kept entry it is worked out again
  get(e: Employee): T | undefined {
    // Stryker disable next-line ConditionalExpression: to `false` equivalent as above; to `true` another employee's answer (killed by hand: "another employee of the same pay")
    return e === this.e ? this.kept : undefined;
  }
  // Stryker disable next-line BlockStatement: equivalent, without the kept entry it is worked out again
  set(e: Employee, kept: T): void {
    this.e = e;
    this.kept = kept;
  }
}

export function minimumWage(
  e: Employee,
  date: string,
  wages: MinimumWageTable | undefined,
): Fact<WageAnswer> {
  if (!wages) return { ok: false, reason: reason('no_minimum_wage_table') };
  const known = inForce.get(e);
  if (
    // Stryker disable next-line ConditionalExpression: equivalent, without the kept answer it is looked up again
    known &&
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, a run has one wage table
    known.wages === wages &&
    // Stryker disable next-line EqualityOperator: equivalent, on the change date itself it is looked up again
    known.from <= date &&
    date < known.until &&
    known.province === e.province &&
    known.district === e.district &&
    known.sector === e.sector
  )
    return known.answer;
  const r = wages.on(date, e);
  if (!r.ok) return r;
  const answer: Fact<WageAnswer> = { ok: true, value: r.wage };
  // Stryker disable next-line ObjectLiteral: equivalent, an empty entry is never used and the answer looked up again
  inForce.set(e, { wages, ...spanOf(changeDates(wages, r.wage.province), date), answer, ...placeOf(e) });
  return answer;
}

// The minimum wage is asked for every day worked or employed, and changes only on a few dates
// a year: each employee's answer is kept with the dates between which no rate of the
// workplace can change (the table's change dates), so a day in that span costs a comparison.
interface InForce {
  wages: MinimumWageTable;
  /** The span [from, until) of dates with the same answer. */
  from: string;
  until: string;
  answer: Fact<WageAnswer>;
  province?: string;
  district?: string;
  sector?: string;
}
const inForce = new LastKept<InForce>();

// The table's change dates of a province, listed once per table rather than at each employee's look-up.
const changes = new WeakMap<MinimumWageTable, Map<Province, string[]>>();
function changeDates(wages: MinimumWageTable, p: Province): string[] {
  let byProvince = changes.get(wages);
  // Stryker disable next-line ConditionalExpression: equivalent, the dates listed again are the same
  if (!byProvince) {
    byProvince = new Map();
    changes.set(wages, byProvince);
  }
  let dates = byProvince.get(p);
  // Stryker disable next-line ConditionalExpression: equivalent, the dates listed again are the same
  if (!dates) {
    dates = wages.changeDates(p);
    byProvince.set(p, dates);
  }
  return dates;
}

// Stryker disable next-line ArrowFunction,ObjectLiteral: equivalent, an entry without its place is never used
const placeOf = (e: Employee) => ({ province: e.province, district: e.district, sector: e.sector });

// Stryker disable all: equivalent, a wrong span only makes the kept answer unused, looked up again
/** The change dates around `date`: the last on or before it, the first after it ('\uffff': none). */
function spanOf(changes: readonly string[], date: string): { from: string; until: string } {
  let from = '';
  for (const c of changes) {
    if (c > date) return { from, until: c };
    from = c;
  }
  return { from, until: '\uffff' };
}
// Stryker restore all

/** The minimum wage a daily wage was floored at, as the finding's params show it (baht). */
export const minimumWageUse = (w: WageAnswer) => ({
  value: w.dailySatang / 100,
  from: w.from,
  source: w.notification,
});

export interface HourlyRate {
  /** Satang per hour, exact. */
  rate: Ratio;
  /** How it was derived, for the finding's params. */
  uses: Record<string, ParamUse | string | number>;
}

/** Fixed regular allowances of a pay period (other_wages), which count as wages for s.68. */
export interface Allowance {
  /** The period's other_wages, satang. */
  otherWages: number;
  /** Days worked in the period (spreads a daily-paid employee's allowance); undefined when unknown. */
  daysWorked?: number;
  /**
   * The wage rate of the period, satang per month, day or hour, where its pay shows one below
   * the employees file's wage_rate (evaluate/checks/wage-shown.ts); undefined: wage_rate.
   */
  wageRate?: Ratio;
}

/**
 * Hourly rate (s.68) on a date, in satang. Monthly: max((wage + the month's other_wages) / 30,
 * minimum wage) / L; daily: max(wage + other_wages / days worked, minimum wage) / L; hourly:
 * max(wage, minimum wage / L). Fixed allowances count as wages; taking the minimum wage as a
 * floor is this tool's interpretation (see the rule notes). When the minimum wage cannot be
 * found the contractual rate is used and the params say so.
 */
export function hourlyRate(
  e: Employee,
  date: string,
  limitMin: number,
  params: ParamStore,
  wages: MinimumWageTable | undefined,
  allowance?: Allowance,
): Fact<HourlyRate> {
  if (!e.wage_type) return { ok: false, reason: reason('no_wage_type') };
  if (e.wage_type === 'piece') return { ok: false, reason: reason('piece_rate_hourly') };
  const mw = minimumWage(e, date, wages);
  const other = allowance?.otherWages ?? 0;
  const days = allowance?.daysWorked;
  const wageRate = allowance?.wageRate;
  let divisor: ParamUse | undefined;
  if (e.wage_type === 'monthly') {
    num(params, 'monthly_wage_divisor', date);
    divisor = params.at('monthly_wage_divisor', date)!;
  }
  const k = keptRates.get(e);
  if (
    k !== undefined &&
    // Stryker disable next-line EqualityOperator: equivalent, without the kept answer it is worked out again
    k.limitMin === limitMin &&
    // Stryker disable next-line EqualityOperator: equivalent, without the kept answer it is worked out again
    k.params === params &&
    // Stryker disable next-line EqualityOperator: equivalent, without the kept answer it is worked out again
    k.mw === mw &&
    // Stryker disable next-line EqualityOperator: equivalent, without the kept answer it is worked out again
    k.other === other &&
    // Stryker disable next-line EqualityOperator: equivalent, without the kept answer it is worked out again
    k.days === days &&
    // Stryker disable next-line EqualityOperator: equivalent, without the kept answer it is worked out again
    k.wageRate === wageRate &&
    // One store's divisor in force is told by the date it is in force from.
    // Stryker disable next-line EqualityOperator,OptionalChaining: equivalent, without the kept answer it is worked out again
    k.divisor?.from === divisor?.from
  )
    return k.answer;
  const answer = rateOf(e, limitMin, mw, other, days, divisor, wageRate);
  // Stryker disable next-line ObjectLiteral: equivalent, an empty entry is never used and the rate worked out again
  keptRates.set(e, { limitMin, params, mw, other, days, divisor, wageRate, answer });
  return answer;
}

// The rate is asked for every day with overtime or holiday work, and changes only with the
// minimum wage's span (minimumWage gives the same answer within it), the divisor in force and
// the period's allowance: each employee's last answer is kept and given again while these are
// the same.
interface KeptRate {
  limitMin: number;
  params: ParamStore;
  mw: Fact<WageAnswer>;
  other: number;
  days: number | undefined;
  divisor: ParamUse | undefined;
  wageRate: Ratio | undefined;
  answer: Fact<HourlyRate>;
}
const keptRates = new LastKept<KeptRate>();

function rateOf(
  e: Employee,
  limitMin: number,
  mw: Fact<WageAnswer>,
  other: number,
  days: number | undefined,
  divisor: ParamUse | undefined,
  wageRate: Ratio | undefined,
): Fact<HourlyRate> {
  const wage = wageRate ?? Ratio.of(e.wage_rate ?? 0);
  const hours = new Ratio(BigInt(limitMin), 60n);
  const uses: HourlyRate['uses'] = {
    wage_type: e.wage_type!,
    wage_rate: wageRate ? bahtRate(wageRate) : (e.wage_rate ?? 0) / 100,
    normal_hours: limitMin / 60,
  };
  const floor = mw.ok ? Ratio.of(mw.value.dailySatang) : undefined;
  if (mw.ok) uses.minimum_wage = minimumWageUse(mw.value);
  else uses.minimum_wage = `not applied: ${reasonText(mw.reason)}`;
  let rate: Ratio;
  if (divisor !== undefined) {
    uses.monthly_wage_divisor = divisor;
    if (other > 0) uses.other_wages = other / 100;
    const daily = wage.add(Ratio.of(other)).div(divisor.value as number);
    rate = (floor ? daily.max(floor) : daily).div(hours);
  } else if (e.wage_type === 'daily') {
    // Without the days worked the allowance cannot be spread: left out, the lower rate.
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, an allowance of 0 adds 0
    const daily = other > 0 && days ? wage.add(Ratio.of(other).div(days)) : wage;
    if (other > 0 && days) uses.other_wages = `${other / 100} over ${days} days worked`;
    rate = (floor ? daily.max(floor) : daily).div(hours);
  } else {
    rate = floor ? wage.max(floor.div(hours)) : wage;
  }
  return { ok: true, value: { rate, uses } };
}
