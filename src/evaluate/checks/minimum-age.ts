import { addDays, ageOn, birthdayOf, day, dayOf } from '../../base/calendar.js';
import type { PayPeriod } from '../../facts/employee.js';
import type { WorkDay } from '../../facts/workday.js';
import { reason } from '../../findings/reasons.js';
import type { Employee } from '../../parse/records.js';
import { type CheckFunction, out } from '../check.js';
import { birthPlausibility, employeeEvidence, gross, hoursEvidence, noBirthDate } from './util.js';

/**
 * Employment below a minimum age (s.44; with `sector`, a sector regulation such as sea
 * fishing). A day counts when the person worked it, or was employed on it inside a pay period:
 * employed from hire_date (without it, the first day worked in the input, or the period start
 * when there are no hours for them) to termination_date. One finding per employee, dated at
 * the first such day under age; its count is of days worked (days employed without hours).
 * A day the birth date makes implausible (before the `plausible_min_work_age` birthday, or
 * before birth) is no such day: the rule is undetermined for the employee instead.
 */
export const minimumAge: CheckFunction = {
  name: 'minimum-age',
  fact: 'employee',
  needs: ['employees'],
  options: { sector: 'only employees of this sector (e.g. sea_fishing)' },
  run(ctx) {
    const o = out();
    const { employee: e, days, periods } = ctx.facts;
    const sector = ctx.options.sector as string | undefined;
    if (sector && e.sector !== sector) return o;
    const firstWorked = days.find((d) => d.workedMin > 0);
    const firstDate = firstWorked?.date ?? periods[0]?.start ?? e.hire_date;
    if (!firstDate) return o;
    if (!e.birth_date) {
      o.undetermined.push(noBirthDate(e));
      return o;
    }
    const minAge = ctx.num('min_age', firstDate);
    // The first day of the minimum age (a 29 February birthday is 1 March in a common year).
    const ofAge = birthdayOf(e.birth_date, minAge);
    const birth = birthPlausibility(ctx);
    const underWorked = daysWorkedBefore(days, ofAge).filter((d) => birth.plausible(d.date));
    const employedFrom = e.hire_date ?? firstWorked?.date;
    const underPeriods: { from: string; to: string; row: number }[] = [];
    // Pay periods of days under age whose employment is not known to have begun before the birthday.
    const unsure: PayPeriod[] = [];
    for (const p of periods) {
      let from = employedFrom && employedFrom > p.start ? employedFrom : p.start;
      const end = e.termination_date && e.termination_date < p.end ? e.termination_date : p.end;
      let to = end;
      if (to >= ofAge) to = addDays(ofAge, -1);
      if (from > to) continue;
      // Days before the birthday the birth date makes plausible are not counted; those from it are.
      from = birth.firstPlausible(from);
      if (from > to) continue;
      // Without a hire date or a day worked, the period's start is no start of employment: a
      // part-month joiner's period (paid for the days after the birthday), or a row of nothing
      // paid that a payroll system writes for every record, says no one was employed under age.
      if (!employedFrom && (end >= ofAge || (gross(p) === 0 && !p.pay.days_worked))) {
        // Unless it pays for more days than lie from the birthday on: the fewest it shows before.
        const divisor = ctx.pack.at('monthly_wage_divisor', p.start)?.value;
        const before = gross(p) > 0 ? daysPaidBefore(e, p, ofAge, end, Number(divisor)) : undefined;
        if (before === undefined) {
          unsure.push(p);
          continue;
        }
        const least = addDays(ofAge, -before);
        if (least > from) from = least;
      }
      underPeriods.push({ from, to, row: p.pay.row });
    }
    if (unsure.length)
      o.undetermined.push(
        reason('employed_from_unknown', {
          periods: unsure.map((p) => `${p.start}..${p.end}`).join(', '),
          age: minAge,
        }),
      );
    if (
      periods.length === 0 &&
      !firstWorked &&
      e.hire_date &&
      e.hire_date < ofAge &&
      birth.plausible(e.hire_date)
    )
      underPeriods.push({ from: e.hire_date, to: e.hire_date, row: 0 });
    if (birth.why) o.undetermined.push(birth.why);
    const dates = [...underWorked.map((d) => d.date), ...underPeriods.flatMap((p) => [p.from, p.to])].sort();
    if (dates.length === 0) return o;
    const first = dates[0];
    // The last day worked under age; without one, the last day employed under age.
    const last = underWorked.at(-1)?.date ?? dates[dates.length - 1];
    // Days worked under age; without any, the days employed under age in the pay periods.
    const count = underWorked.length
      ? underWorked.length
      : underPeriods.reduce((n, p) => n + day(p.to) - day(p.from) + 1, 0);
    o.findings.push({
      date: first,
      messageId: underWorked.length ? undefined : 'employed',
      data: {
        age: ageOn(e.birth_date, first),
        min_age: minAge,
        first,
        last,
        days: count,
        periods: underPeriods.length,
      },
      evidence: [
        ...employeeEvidence(e),
        ...hoursEvidence(underWorked),
        ...underPeriods.filter((p) => p.row > 0).map((p) => ({ kind: 'payroll' as const, row: p.row })),
      ],
      params: { min_age: ctx.param('min_age', first), birth_date: e.birth_date, of_age_from: ofAge },
    });
    return o;
  },
};

/** The days worked before `ofAge`, compared by day number (the date text when it is no real date). */
function daysWorkedBefore(days: readonly WorkDay[], ofAge: string): WorkDay[] {
  const ofAgeDay = dayOf(ofAge);
  const before: WorkDay[] = [];
  for (const d of days)
    if (d.workedMin > 0 && (ofAgeDay === undefined ? d.date < ofAge : d.day < ofAgeDay)) before.push(d);
  return before;
}

/**
 * The fewest days before `ofAge` that a pay period ending (for this employee) on `end` pays for,
 * or undefined when its pay could all be for days from `ofAge` on: days worked (`days_worked`,
 * not for monthly staff, whose exports count the month's days), or the days `base_pay` buys at
 * `wage_rate` (a monthly rate / `divisor`, s.68's `monthly_wage_divisor`; a full monthly rate, the
 * whole period). The rate is the employees file's, the latest: a lower rate earlier buys more
 * days, never fewer.
 */
function daysPaidBefore(
  e: Employee,
  p: PayPeriod,
  ofAge: string,
  end: string,
  divisor: number,
): number | undefined {
  const periodDays = day(end) - day(p.start) + 1;
  const after = ofAge > end ? 0 : day(end) - day(ofAge > p.start ? ofAge : p.start) + 1;
  let paid: number | undefined;
  if (e.wage_type !== 'monthly' && p.pay.days_worked) paid = p.pay.days_worked;
  else if (e.wage_rate && e.wage_type === 'monthly' && divisor > 0)
    paid =
      p.pay.base_pay >= e.wage_rate
        ? periodDays
        : Math.floor((p.pay.base_pay * divisor) / e.wage_rate + 1e-9);
  else if (e.wage_rate && e.wage_type === 'daily') paid = Math.floor(p.pay.base_pay / e.wage_rate + 1e-9);
  if (paid === undefined || paid <= after) return undefined;
  return Math.min(paid - after, periodDays - after);
}
