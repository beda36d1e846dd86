import { type CheckFunction, out } from '../check.js';
import { employeeEvidence } from './util.js';

/** Announced normal hours a day above the ceiling (s.23): 8, or 7 in hazardous work. */
export const announcedHours: CheckFunction = {
  name: 'announced-hours',
  fact: 'employee',
  needs: ['employees'],
  run(ctx) {
    const o = out();
    const e = ctx.facts.employee;
    if (e.normal_hours_per_day === undefined) return o;
    const date = ctx.facts.days[0]?.date ?? ctx.facts.periods[0]?.start ?? e.hire_date ?? ctx.asOf;
    const key = e.hazardous ? 'hazardous_hours_per_day' : 'normal_hours_per_day';
    const ceiling = ctx.pack.at(key, date);
    if (!ceiling) return o;
    if (e.normal_hours_per_day <= (ceiling.value as number)) return o;
    o.findings.push({
      data: {
        hours: e.normal_hours_per_day,
        limit: ceiling.value as number,
        hazardous: e.hazardous ? 'yes' : 'no',
      },
      evidence: employeeEvidence(e),
      params: { [key]: ceiling },
    });
    return o;
  },
};
