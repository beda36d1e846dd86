import { addDays, birthdayOf } from '../../base/calendar.js';
import { type Reason, reason } from '../../findings/reasons.js';
import type { CheckContext } from '../check.js';

// Hire and termination dates that cannot be the bounds of a service: a year typed wrong
// (`02/05/2466` for 2566, read as 1923) made 102 years of service and a severance of 400 days'
// wages where 90 were due. Such a date gives no finding: the checks that need it are
// undetermined for the employee (docs/inputs.md, implausible dates). The dates are personal:
// said only inside quotes, dropped under --redact.

/**
 * Why the hire date cannot start the employee's service, or undefined: it is before their
 * `plausible_min_work_age` birthday (in force on the as-of date), the hire or the birth date
 * typed wrong; or the termination date is before it.
 */
export function serviceDatesImplausible(ctx: CheckContext): Reason | undefined {
  const e = ctx.facts.employee;
  if (!e.hire_date) return undefined;
  if (e.termination_date && e.termination_date < e.hire_date)
    return reason('termination_before_hire', { termination: e.termination_date, hire: e.hire_date });
  const age = ctx.pack.at('plausible_min_work_age', ctx.asOf)?.value;
  if (!e.birth_date || age === undefined) return undefined;
  const birthday = birthdayOf(e.birth_date, Number(age));
  if (e.hire_date >= birthday) return undefined;
  return reason('hire_before_work_age', { hire: e.hire_date, age: Number(age), birthday });
}

/**
 * Why days worked outside the employment span are no sign, or undefined: the hire date is after
 * the as-of date (a year typed wrong: `15/02/2664` for 2564), or the span's dates cannot hold
 * together (`serviceDatesImplausible`).
 */
export function spanImplausible(ctx: CheckContext): Reason | undefined {
  const e = ctx.facts.employee;
  if (e.hire_date && e.hire_date > ctx.asOf)
    return reason('hire_after_as_of', { hire: e.hire_date, as_of: ctx.asOf });
  return serviceDatesImplausible(ctx);
}

/**
 * Why a termination date cannot be the end of the employment, or undefined: the employee worked
 * after it, or was paid wages for a pay period begun more than a month after it (a year typed wrong: 2024-08-15 for
 * 2025-08-15, with August 2025 worked, was owed unused leave as of 2024).
 */
export function recordsAfterTermination(ctx: CheckContext, end: string): Reason | undefined {
  const { days, periods } = ctx.facts;
  // Days come in date order: the last worked is the one to ask.
  let worked: string | undefined;
  for (let k = days.length - 1; k >= 0 && worked === undefined; k--)
    if (days[k].workedMin > 0) worked = days[k].date;
  // A pay period begun within a month of it may be the settlement run that pays the final wages.
  const settled = addDays(end, 31);
  let paid: string | undefined;
  for (const p of periods)
    if (p.start > settled && p.pay.base_pay > 0 && (!paid || p.start < paid)) paid = p.start;
  const after = worked !== undefined && worked > end ? worked : paid;
  if (after === undefined) return undefined;
  return reason('records_after_termination', { termination: end, date: after });
}
