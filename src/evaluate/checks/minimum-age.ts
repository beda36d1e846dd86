import { ageOn } from '../../facts/calendar.js';
import { reason } from '../../findings/reasons.js';
import { type CheckFunction, out } from '../check.js';
import { employeeEvidence, hoursEvidence } from './util.js';

/**
 * Employment below a minimum age (s.44; with `sector`, a sector regulation such as sea
 * fishing). One finding per employee: the first and last date worked or paid while under age.
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
    const dates = [...days.map((d) => d.date), ...periods.map((p) => p.start)].sort();
    if (dates.length === 0 && e.hire_date) dates.push(e.hire_date);
    if (dates.length === 0) return o;
    if (!e.birth_date) {
      o.undetermined.push(reason('no_birth_date'));
      return o;
    }
    const under = dates.filter((d) => ageOn(e.birth_date!, d) < ctx.num('min_age', d));
    if (under.length === 0) return o;
    const first = under[0];
    const last = under[under.length - 1];
    const underDays = days.filter((d) => ageOn(e.birth_date!, d.date) < ctx.num('min_age', d.date));
    o.findings.push({
      date: first,
      data: {
        age: ageOn(e.birth_date, first),
        min_age: ctx.num('min_age', first),
        first,
        last,
        days: underDays.length,
        periods: periods.filter((p) => ageOn(e.birth_date!, p.start) < ctx.num('min_age', p.start)).length,
      },
      evidence: [...employeeEvidence(e), ...hoursEvidence(underDays)],
      params: { min_age: ctx.param('min_age', first), birth_date: e.birth_date },
    });
    return o;
  },
};
