import { addDays, hoursText, isoOf } from '../../base/calendar.js';
import type { WorkDay } from '../../facts/workday.js';
import { type CheckFunction, out } from '../check.js';
import { hoursEvidence } from './util.js';

type Measure = 'normal' | 'overtime_and_holiday' | 'worked';

function measure(d: WorkDay, m: Measure): number {
  if (m === 'normal') return d.normalMin;
  // s.26 / MR No.3: holiday work within normal hours counts toward the cap too.
  if (m === 'overtime_and_holiday') return d.overtimeMin + d.holidayMin + d.holidayOvertimeMin;
  return d.workedMin;
}

/**
 * Hours in a week above a limit: normal hours (s.23), overtime and holiday work (s.26), or all
 * hours in any 7 days (a brand code). The limit is `limit` hours, or `hazardous_limit` for
 * hazardous work when the rule gives one.
 */
export const weeklyHours: CheckFunction = {
  name: 'weekly-hours',
  fact: 'work_week',
  needs: ['hours'],
  options: {
    measure: 'normal | overtime_and_holiday | worked',
    window: 'week (calendar work week, default) | rolling_7_days (any 7 consecutive days)',
  },
  run(ctx) {
    const o = out();
    const m = (ctx.options.measure as Measure | undefined) ?? 'worked';
    const key =
      ctx.facts.employee.hazardous && ctx.options.hazardous_limit !== false ? 'hazardous_limit' : 'limit';
    const limitOn = (date: string) => {
      try {
        return { use: ctx.param(key, date), hours: ctx.num(key, date) };
      } catch {
        return { use: ctx.param('limit', date), hours: ctx.num('limit', date) };
      }
    };
    if (ctx.options.window === 'rolling_7_days') {
      const days = ctx.facts.days;
      let inBreach = false;
      for (let i = 0; i < days.length; i++) {
        const end = days[i];
        const window = days.filter((d) => d.day > end.day - 7 && d.day <= end.day);
        const total = window.reduce((s, d) => s + measure(d, m), 0);
        const lim = limitOn(end.date);
        const breach = total > lim.hours * 60;
        if (breach && !inBreach) {
          o.findings.push({
            period: { start: isoOf(end.day - 6), end: end.date },
            data: { hours: hoursText(total), limit: lim.hours, start: isoOf(end.day - 6), end: end.date },
            evidence: hoursEvidence(window),
            params: { limit: lim.use },
          });
        }
        inBreach = breach;
      }
      return o;
    }
    for (const w of ctx.facts.weeks) {
      const total = w.days.reduce((s, d) => s + measure(d, m), 0);
      const lim = limitOn(w.start);
      if (total > lim.hours * 60) {
        o.findings.push({
          period: { start: w.start, end: addDays(w.start, 6) },
          data: { hours: hoursText(total), limit: lim.hours, start: w.start, end: w.end },
          evidence: hoursEvidence(w.days.filter((d) => measure(d, m) > 0)),
          params: { limit: lim.use },
        });
      }
    }
    return o;
  },
};
