import { addDays, day, daysInMonth } from '../../base/calendar.js';
import { daysPaid, type PayPeriod } from '../../facts/employee.js';
import { baht, bahtRate, Ratio, ZERO } from '../../findings/money.js';
import { inPeriod, type Reason, reason } from '../../findings/reasons.js';
import type { CheckContext } from '../check.js';

/**
 * The wages the contract sets for a pay period at the employees file's wage_rate, fixed
 * allowances left out, or undefined where the data cannot tell (piece rate; daily- or
 * hourly-paid without the days or hours worked). Monthly-paid: a day of a month employed in
 * full is wage_rate / days in that month, a day of a month employed in part wage_rate / the
 * monthly divisor, as the minimum wage is counted; `calendar`: a day of a month employed in part
 * at the lower of that and wage_rate / days in the month, as employers also prorate a salary.
 */
export function contractBase(ctx: CheckContext, p: PayPeriod, calendar = false): Ratio | undefined {
  const kept = (calendar ? keptCalendar : keptDivisor).get(p);
  if (kept !== undefined) return kept ?? undefined;
  const amount = contractOf(ctx, p, calendar);
  (calendar ? keptCalendar : keptDivisor).set(p, amount ?? null);
  return amount;
}

// Each pay period's contract wages, asked by every premium and holiday check of the employee:
// worked out once (a sum of fractions day by day was a third of a large check's time).
const keptCalendar = new WeakMap<PayPeriod, Ratio | null>();
const keptDivisor = new WeakMap<PayPeriod, Ratio | null>();

function contractOf(ctx: CheckContext, p: PayPeriod, calendar: boolean): Ratio | undefined {
  const e = ctx.facts.employee;
  if (e.wage_rate === undefined) return undefined;
  if (e.wage_type === 'monthly') {
    const divisor = ctx.pack.at('monthly_wage_divisor', p.start);
    if (!divisor) return undefined;
    const from = e.hire_date && e.hire_date > p.start ? e.hire_date : p.start;
    const to = e.termination_date && e.termination_date < p.end ? e.termination_date : p.end;
    let amount = ZERO;
    // Month by month: the days of one month in the period share one rate a day.
    for (let start = from; start <= to; ) {
      const [y, m] = start.split('-').map(Number);
      const dim = daysInMonth(y, m);
      const first = `${start.slice(0, 8)}01`;
      const last = `${start.slice(0, 8)}${String(dim).padStart(2, '0')}`;
      const end = last < to ? last : to;
      const days = day(end) - day(start) + 1;
      const fullMonth =
        (!e.hire_date || e.hire_date <= first) && (!e.termination_date || e.termination_date >= last);
      const part = calendar ? Math.max(dim, Number(divisor.value)) : Number(divisor.value);
      amount = amount.add(
        Ratio.of(e.wage_rate)
          .mul(days)
          .div(fullMonth ? dim : part),
      );
      start = addDays(end, 1);
    }
    return amount;
  }
  const work = () => p.days.filter((d) => d.day_type === 'work' && d.workedMin > 0);
  if (e.wage_type === 'daily') {
    const days = ctx.present.hours ? work().length : daysPaid(p);
    return days === undefined ? undefined : Ratio.of(e.wage_rate).mul(days);
  }
  if (e.wage_type === 'hourly' && ctx.present.hours) {
    const normalMin = work().reduce((n, d) => n + d.normalMin, 0);
    return Ratio.of(e.wage_rate).mul(normalMin).div(60);
  }
  return undefined;
}

export interface WageShown {
  /** The rate the period's pay shows, in satang per month, day or hour as wage_rate is. */
  rate: Ratio;
  basePay: number;
  contract: Ratio;
}

/**
 * The wage rate a pay period's pay shows, where it is below the employees file's wage_rate.
 * The employees file gives one wage_rate: the one on the day it was exported. A pay period
 * before a raise (the raise of 1 July 2025 to Bangkok's new minimum) was paid at the rate then
 * in force, and a premium or a holiday wage priced at today's rate made a debt of the raise.
 * Where a period's base_pay is below the contract wages at wage_rate (by a baht or more: pay
 * rounded is no other rate; a part month prorated by calendar days is the same salary), the rate
 * in force for it is not known to be wage_rate: it is known only to be at least the rate its pay
 * shows (wage_rate x base_pay / contract wages), which the checks price with instead (the minimum
 * wage still a floor), and a shortfall only wage_rate would make is undetermined
 * (`rateUnconfirmed`). How short is rounding is the pack's `wage_shown_tolerance` (baht), in
 * force on the period's start.
 */
export function wageShown(ctx: CheckContext, p: PayPeriod): WageShown | undefined {
  const e = ctx.facts.employee;
  if (!e.wage_rate) return undefined;
  const contract = contractBase(ctx, p, true);
  if (!contract?.isPositive()) return undefined;
  const basePay = p.pay.base_pay;
  // Less short than this, the payroll rounded the period's wages: paid at wage_rate.
  const rounding = Math.round(ctx.num('wage_shown_tolerance', p.start) * 100);
  if (contract.cmp(Ratio.of(basePay + rounding)) < 0) return undefined;
  return { rate: Ratio.of(e.wage_rate).mul(basePay).div(contract), basePay, contract };
}

/** Why a shortfall at wage_rate is not a finding for a period whose pay shows a lower rate. */
export function rateUnconfirmed(ctx: CheckContext, p: PayPeriod, shown: WageShown): Reason {
  const e = ctx.facts.employee;
  return inPeriod(
    p,
    reason('wage_rate_not_in_period', {
      wage_rate: baht(e.wage_rate ?? 0),
      base_pay: baht(shown.basePay),
      contract: baht(shown.contract.roundHalfUp()),
      shown: bahtRate(shown.rate),
    }),
  );
}

/** How a finding priced at the rate a period's pay shows says so, for its params. */
export function shownParams(ctx: CheckContext, shown: WageShown): Record<string, unknown> {
  return {
    wage_rate_in_period: {
      employees_file: (ctx.facts.employee.wage_rate ?? 0) / 100,
      base_pay: shown.basePay / 100,
      contract_wages: shown.contract.roundHalfUp() / 100,
      shown: bahtRate(shown.rate),
      basis: 'base_pay below wage_rate x the period: priced at the rate the pay shows, a lower bound',
    },
  };
}
