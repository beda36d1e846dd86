import { addDays, ageOn, birthdayOf, day, dayOf } from '../../base/calendar.js';
import type { WorkDay } from '../../facts/workday.js';
import { reason } from '../../findings/reasons.js';
import { type CheckFunction, out } from '../check.js';
import { birthPlausibility, employeeEvidence, hoursEvidence } from './util.js';

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
      o.undetermined.push(reason('no_birth_date'));
      return o;
    }
    const minAge = ctx.num('min_age', firstDate);
    // The first day of the minimum age (a 29 February birthday is 1 March in a common year).
    const ofAge = birthdayOf(e.birth_date, minAge);
    const birth = birthPlausibility(ctx);
    const underWorked = daysWorkedBefore(days, ofAge).filter((d) => birth.plausible(d.date));
    const employedFrom = e.hire_date ?? firstWorked?.date;
    const underPeriods: { from: string; to: string; row: number }[] = [];
    for (const p of periods) {
      let from = employedFrom && employedFrom > p.start ? employedFrom : p.start;
      let to = e.termination_date && e.termination_date < p.end ? e.termination_date : p.end;
      if (to >= ofAge) to = addDays(ofAge, -1);
      if (from > to) continue;
      // Days before the birthday the birth date makes plausible are not counted; those from it are.
      from = birth.firstPlausible(from);
      if (from <= to) underPeriods.push({ from, to, row: p.pay.row });
    }
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
