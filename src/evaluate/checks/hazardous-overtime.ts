import { hoursText } from '../../base/calendar.js';
import type { WorkDay } from '../../facts/workday.js';
import { because } from '../../findings/reasons.js';
import { type CheckFunction, out } from '../check.js';
import { completeDays, incompleteDates, notCheckedOn } from './incomplete.js';
import { mostOf, spanMore, uncountedReasons } from './spans.js';
import { hoursEvidence } from './util.js';

/**
 * No overtime or holiday work in hazardous work (s.31); a day with a rejected punch is
 * undetermined, and so is a span with its break not recorded that holds none at its least but
 * would with its break worked, or with its long gap a break (spans.ts).
 */
export const hazardousOvertime: CheckFunction = {
  name: 'hazardous-overtime',
  fact: 'work_day',
  needs: ['hours'],
  run(ctx) {
    const o = out();
    if (!ctx.facts.employee.hazardous) {
      // Without the column nobody is known to be in hazardous work, nor known not to be.
      const unknown = ctx.absent('employees', 'hazardous');
      // A span holding none at its least may hold some with its break worked: unknown too.
      const some = (d: WorkDay) => {
        const x = mostOf(d);
        return x.overtimeMin + x.holidayMin + x.holidayOvertimeMin > 0;
      };
      if (unknown && ctx.facts.days.some(some)) o.undetermined.push(because(unknown, 'hazardous_unknown'));
      return o;
    }
    const spans: WorkDay[] = [];
    for (const d of completeDays(ctx)) {
      const extra = d.overtimeMin + d.holidayMin + d.holidayOvertimeMin;
      if (extra === 0 && spanMore(d) > 0) {
        const most = mostOf(d);
        if (most.overtimeMin + most.holidayMin + most.holidayOvertimeMin > 0) spans.push(d);
      }
      if (extra > 0) {
        o.findings.push({
          date: d.date,
          data: { date: d.date, hours: hoursText(extra), day_type: d.day_type },
          evidence: hoursEvidence([d]),
          params: { hazardous_hours_per_day: ctx.pack.at('hazardous_hours_per_day', d.date) },
        });
      }
    }
    const incomplete = incompleteDates(ctx);
    if (incomplete.length) o.undetermined.push(notCheckedOn(ctx, incomplete));
    if (spans.length) o.undetermined.push(...uncountedReasons(spans));
    return o;
  },
};
