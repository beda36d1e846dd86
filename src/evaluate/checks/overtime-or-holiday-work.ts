import { hoursText } from '../../base/calendar.js';
import { type CheckFunction, out } from '../check.js';
import { completeDays, incompleteDates, notCheckedOn, onDate } from './incomplete.js';
import { coveredDays, coversDate, hoursEvidence } from './util.js';

/**
 * No overtime or holiday work: under-18s (s.48) and pregnant employees (s.39/1). A pregnant
 * employee in a position listed in `exempt_positions` may do overtime on working days, never
 * holiday work. A day with a rejected punch is undetermined: its overtime is not known.
 */
export const overtimeOrHolidayWork: CheckFunction = {
  name: 'overtime-or-holiday-work',
  fact: 'work_day',
  needs: ['employees', 'hours'],
  options: { who: 'young | pregnant' },
  run(ctx) {
    const o = out();
    const e = ctx.facts.employee;
    const who = ctx.options.who as 'young' | 'pregnant';
    const covered = coveredDays(ctx, who);
    if (covered.unknown) o.undetermined.push(covered.unknown);
    for (const d of completeDays(ctx, covered.days)) {
      const holiday = d.holidayMin + d.holidayOvertimeMin;
      let overtime = d.overtimeMin;
      const params: Record<string, unknown> = {};
      if (who === 'pregnant' && overtime > 0) {
        const exempt = ctx.param('exempt_positions', d.date);
        params.exempt_positions = exempt;
        if (e.position_class && (exempt.value as string[]).includes(e.position_class)) overtime = 0;
      }
      if (overtime === 0 && holiday === 0) continue;
      o.findings.push({
        date: d.date,
        messageId: holiday > 0 ? 'holiday_work' : 'overtime',
        data: { date: d.date, hours: hoursText(holiday > 0 ? holiday : overtime) },
        evidence: hoursEvidence([d]),
        params,
      });
    }
    // Without the pregnancy columns the rule is undetermined for the employee already.
    if (!(who === 'pregnant' && covered.unknown)) {
      const incomplete = incompleteDates(ctx, onDate(coversDate(ctx, who)));
      if (incomplete.length) o.undetermined.push(notCheckedOn(ctx, incomplete));
    }
    return o;
  },
};
