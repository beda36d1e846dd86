import { underAge } from '../../base/calendar.js';
import { reason } from '../../findings/reasons.js';
import { type CheckContext, type CheckFunction, out } from '../check.js';
import {
  type BirthPlausibility,
  birthPlausibility,
  employeeEvidence,
  hoursEvidence,
  noBirthDate,
  pregnancySpanUnknown,
  pregnancyUnknown,
  pregnantOn,
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
      const span = pregnancySpanUnknown(ctx, e, ctx.facts.days);
      if (span) o.undetermined.push(span);
      const pregnant = pregnantOn(ctx, e);
      const first = ctx.facts.days.find((d) => d.workedMin > 0 && pregnant(d.date));
      if (!first) return o;
      date = first.date;
      evidence.push(...hoursEvidence([first]));
    } else {
      if (!e.birth_date) {
        o.undetermined.push(noBirthDate(e));
        return o;
      }
      const birth = birthPlausibility(ctx);
      const young = firstYoungDate(ctx, e.birth_date, birth);
      if (birth.why) o.undetermined.push(birth.why);
      // work_categories say what the work is, not since when: under age only on the hire date,
      // before every date of the records, the work then is not known (hired at 17, a forklift
      // driver at 27, was a critical finding dated the hire).
      if (young.hireOnly && e.work_categories.length && !unknown) {
        o.undetermined.push(reason('young_only_at_hire', { date: young.hireOnly }));
        return o;
      }
      date = young.date;
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
 * the first two, the as-of date) on which the employee is under the adult age in force that day
 * and which the birth date makes plausible; the hire date only when a date of the records is one
 * too (`hireOnly` when it alone is). The earliest date is asked first, as in date order: a
 * date before the adult age's first value is then the one a missing value names.
 */
function firstYoungDate(
  ctx: CheckContext,
  birth: string,
  plausibility: BirthPlausibility,
): { date?: string; hireOnly?: string } {
  // Plausibility first: a date before the 10th birthday is a wrong date, and one before the
  // pack's first values (a hire date typed 1923) has no adult age to ask.
  const young = (date: string) =>
    plausibility.plausible(date) && underAge(birth, ctx.num('adult_age', date), date);
  const hire = ctx.facts.employee.hire_date || undefined;
  const onRecord = firstYoungOnRecord(ctx, young, plausibility);
  // A hire after the as-of date is outside the audit: no record of it to set beside.
  const hireYoung = hire !== undefined && hire <= ctx.asOf && young(hire);
  if (onRecord === undefined) return hireYoung ? { hireOnly: hire } : {};
  return { date: hireYoung && hire < onRecord ? hire : onRecord };
}

/**
 * The earliest of the days worked and the pay periods' starts (with neither, the as-of date) on
 * which `young` holds.
 */
function firstYoungOnRecord(
  ctx: CheckContext,
  young: (date: string) => boolean,
  plausibility: BirthPlausibility,
): string | undefined {
  const { days, periods } = ctx.facts;
  let earliest: string | undefined;
  let latest: string | undefined;
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
  if (earliest === undefined) {
    // No record: the as-of date, while employed (not before the hire, not after the end).
    const e = ctx.facts.employee;
    if (e.hire_date && e.hire_date > ctx.asOf) return undefined;
    const on = e.termination_date && e.termination_date < ctx.asOf ? e.termination_date : ctx.asOf;
    return young(on) ? on : undefined;
  }
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
  return found;
}
