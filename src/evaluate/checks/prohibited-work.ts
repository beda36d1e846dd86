import { underAge } from '../../base/calendar.js';
import { reason } from '../../findings/reasons.js';
import { type CheckContext, type CheckFunction, out } from '../check.js';
import {
  type BirthPlausibility,
  birthPlausibility,
  employeeEvidence,
  hoursEvidence,
  isPregnantOn,
  pregnancySpanUnknown,
  pregnancyUnknown,
} from './util.js';

/**
 * Prohibited work or places: for under-18s (s.49, s.50) and for pregnant employees (s.39),
 * from the employee's work_categories codes. For s.39 only days worked inside the pregnancy
 * span count: the finding is dated at the first of them, and a category with no work inside
 * the span is no finding. Without a work_categories column the work is unknown: undetermined
 * for the employees the rule protects, not "no prohibited work".
 */
export const prohibitedWork: CheckFunction = {
  name: 'prohibited-work',
  fact: 'employee',
  needs: ['employees'],
  options: { who: 'young | pregnant' },
  run(ctx) {
    const o = out();
    const e = ctx.facts.employee;
    const who = ctx.options.who as 'young' | 'pregnant';
    // Without the column no employee has categories: the column decides.
    const unknown = ctx.absent('employees', 'work_categories');
    if (e.work_categories.length === 0 && !unknown) return o;
    let date: string | undefined;
    const evidence = employeeEvidence(e);
    if (who === 'pregnant') {
      const unknown = pregnancyUnknown(ctx);
      if (unknown) {
        o.undetermined.push(unknown);
        return o;
      }
      if (!e.pregnant_from && !e.pregnant_to) return o;
      if (!ctx.present.hours) {
        o.undetermined.push(reason('pregnant_no_hours'));
        return o;
      }
      const span = pregnancySpanUnknown(e, ctx.facts.days);
      if (span) o.undetermined.push(span);
      const first = ctx.facts.days.find((d) => d.workedMin > 0 && isPregnantOn(e, d.date));
      if (!first) return o;
      date = first.date;
      evidence.push(...hoursEvidence([first]));
    } else {
      if (!e.birth_date) {
        o.undetermined.push(reason('no_birth_date'));
        return o;
      }
      const birth = birthPlausibility(ctx);
      date = firstYoungDate(ctx, e.birth_date, birth);
      if (birth.why) o.undetermined.push(birth.why);
      if (!date) return o;
    }
    if (unknown) {
      o.undetermined.push(unknown);
      return o;
    }
    const listed = ctx.param('categories', date);
    const hits = e.work_categories.filter((c) => (listed.value as string[]).includes(c));
    if (hits.length === 0) return o;
    o.findings.push({
      date,
      data: { categories: hits.join(', '), date },
      evidence,
      params: { categories: listed },
    });
    return o;
  },
};

/**
 * The earliest of the days worked, the pay periods' starts and the hire date (with none of
 * them, the as-of date) on which the employee is under the adult age in force that day and
 * which the birth date makes plausible. The earliest date is asked first, as in date order: a
 * date before the adult age's first value is then the one a missing value names.
 */
function firstYoungDate(
  ctx: CheckContext,
  birth: string,
  plausibility: BirthPlausibility,
): string | undefined {
  const { days, periods, employee } = ctx.facts;
  const young = (date: string) =>
    underAge(birth, ctx.num('adult_age', date), date) && plausibility.plausible(date);
  const hire = employee.hire_date || undefined;
  let earliest = hire;
  let latest = hire;
  if (days.length > 0) {
    // The first and the last work day by day number, then compared as dates with the others.
    let first = days[0];
    let last = first;
    for (const d of days) {
      if (d.day < first.day) first = d;
      else if (d.day > last.day) last = d;
    }
    if (earliest === undefined || first.date < earliest) earliest = first.date;
    // Stryker disable next-line EqualityOperator: equivalent, an equal date is the same date
    if (latest === undefined || last.date > latest) latest = last.date;
  }
  for (const p of periods) {
    if (earliest === undefined || p.start < earliest) earliest = p.start;
    // Stryker disable next-line EqualityOperator: equivalent, an equal date is the same date
    if (latest === undefined || p.start > latest) latest = p.start;
  }
  if (earliest === undefined) return young(ctx.asOf) ? ctx.asOf : undefined;
  if (young(earliest)) return earliest;
  // An implausible earliest date is not of age: the dates after it are each asked.
  if (plausibility.plausible(earliest)) {
    // Of age on the earliest date with one adult age up to the latest: of age on every date.
    // Stryker disable next-line ConditionalExpression: to `false` equivalent, every date is then asked with the same answer
    if (ctx.param('adult_age', latest ?? earliest).from === ctx.param('adult_age', earliest).from)
      return undefined;
  }
  let found: string | undefined;
  const consider = (date: string) => {
    if ((found === undefined || date < found) && young(date)) found = date;
  };
  for (const d of days) consider(d.date);
  for (const p of periods) consider(p.start);
  if (hire !== undefined) consider(hire);
  return found;
}
