import { ageOn } from '../../facts/calendar.js';
import { reason } from '../../findings/reasons.js';
import { type CheckFunction, out } from '../check.js';
import { employeeEvidence } from './util.js';

/**
 * Prohibited work or places: for under-18s (s.49, s.50) and for pregnant employees (s.39),
 * from the employee's work_categories codes.
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
    if (e.work_categories.length === 0) return o;
    let date: string | undefined;
    if (who === 'pregnant') {
      date = e.pregnant_from;
      if (!date) return o;
    } else {
      const dates = [
        ...ctx.facts.days.map((d) => d.date),
        ...ctx.facts.periods.map((p) => p.start),
        ...(e.hire_date ? [e.hire_date] : []),
      ].sort();
      if (dates.length === 0) dates.push(ctx.asOf);
      if (!e.birth_date) {
        o.undetermined.push(reason('no_birth_date'));
        return o;
      }
      date = dates.find((d) => ageOn(e.birth_date!, d) < ctx.num('adult_age', d));
      if (!date) return o;
    }
    const listed = ctx.param('categories', date);
    const hits = e.work_categories.filter((c) => (listed.value as string[]).includes(c));
    if (hits.length === 0) return o;
    o.findings.push({
      date,
      data: { categories: hits.join(', '), date },
      evidence: employeeEvidence(e),
      params: { categories: listed },
    });
    return o;
  },
};
