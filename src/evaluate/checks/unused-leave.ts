import { day } from '../../base/calendar.js';
import { yearsReached } from '../../facts/termination.js';
import { Ratio } from '../../findings/money.js';
import { reason } from '../../findings/reasons.js';
import { serviceDatesImplausible } from './service-dates.js';
import { absentColumn, shortfall, terminationCheck } from './termination.js';

/**
 * Unused annual leave (s.67): on termination other than on a s.119 ground, after the year of
 * service s.30 asks before annual leave (`leave_after_service_years`), the leave of the year of
 * termination not taken is paid: entitlement = annual_leave_days x days employed that
 * calendar year / days in the year; owed = (entitlement - leave_taken_days) x the last daily
 * wage, less `leave_pay`; due on the termination date.
 */
export const unusedLeave = terminationCheck('unused-leave', (ctx, end) => {
  const e = ctx.facts.employee;
  const missing =
    absentColumn(ctx, 'employees', 'annual_leave_days') ?? absentColumn(ctx, 'employees', 'leave_taken_days');
  if (missing) return { unknown: missing };
  if (e.annual_leave_days === undefined || e.leave_taken_days === undefined) {
    return { unknown: reason('leave_days_empty') };
  }
  // A hire date that cannot start the service gives no days employed in the year, nor a year served.
  const implausible = serviceDatesImplausible(ctx);
  if (implausible) return { unknown: implausible };
  const year = end.slice(0, 4);
  const jan1 = `${year}-01-01`;
  const from = e.hire_date && e.hire_date > jan1 ? e.hire_date : jan1;
  const employed = day(end) - day(from) + 1;
  const yearDays = day(`${year}-12-31`) - day(jan1) + 1;
  const entitlement = Ratio.decimal(String(e.annual_leave_days)).mul(employed).div(yearDays);
  const unused = entitlement.sub(Ratio.decimal(String(e.leave_taken_days)));
  if (!unused.isPositive()) return undefined;
  const s = shortfall(ctx, end, 'leave_pay', unused);
  if (!s || 'unknown' in s) return s;
  // s.30 gives annual leave after a year of service; leave of a first year cut short is the
  // employer's to give, not known to be owed (no source confirms it), so it is not guessed.
  if (!e.hire_date) return { unknown: reason('no_hire_date_service') };
  const years = ctx.num('leave_after_service_years', end);
  if (!yearsReached(e.hire_date, end, years)) {
    return { unknown: reason('leave_first_year', { end, years }) };
  }
  const days = (n: Ratio) => (Math.round(n.toNumber() * 100) / 100).toString();
  return {
    date: end,
    data: {
      termination: end,
      entitlement: days(entitlement),
      taken: e.leave_taken_days,
      unused: days(unused),
      ...s.data,
    },
    ...s.settled,
    evidence: s.rows,
    params: {
      annual_leave_days: e.annual_leave_days,
      days_employed_in_year: employed,
      days_in_year: yearDays,
      ...s.params,
    },
  };
});
