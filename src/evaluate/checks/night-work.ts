import { hhmm } from '../../base/calendar.js';
import type { WorkDay } from '../../facts/workday.js';
import { ParamNotInForce } from '../../pack/params.js';
import { parseTime } from '../../parse/values.js';
import { type CheckContext, type CheckFunction, out } from '../check.js';
import { completeDays, incompleteDates, notCheckedOn, onDate } from './incomplete.js';
import { coveredDays, coversDate, hoursEvidence } from './util.js';

/**
 * Night work (s.47 for under-18s without the Director-General's permit; s.39/1 for pregnant
 * employees): any work inside the night window. A stretch that ends at its start or begins at
 * its end is outside it. A day with a rejected punch is undetermined: the stretch left of it
 * may run over a break into the night.
 */
export const nightWork: CheckFunction = {
  name: 'night-work',
  fact: 'work_day',
  needs: ['employees', 'hours'],
  options: { who: 'young | pregnant' },
  run(ctx) {
    const o = out();
    const e = ctx.facts.employee;
    const who = ctx.options.who as 'young' | 'pregnant';
    if (who === 'young' && e.night_work_permit) return o;
    const covered = coveredDays(ctx, who);
    if (covered.unknown) o.undetermined.push(covered.unknown);
    for (const d of completeDays(ctx, covered.days)) {
      const night = nightMinutes(ctx, d);
      if (night.minutes === 0) continue;
      o.findings.push({
        date: d.date,
        data: { date: d.date, minutes: night.minutes, from: hhmm(night.from), to: hhmm(night.to) },
        evidence: hoursEvidence([d]),
        params: {
          night_start: ctx.pack.at('night_start', d.date),
          night_end: ctx.pack.at('night_end', d.date),
        },
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

function clock(ctx: CheckContext, name: string, date: string): number {
  const v = ctx.pack.at(name, date);
  if (!v) throw new ParamNotInForce(`no value of ${name} in force on ${date}`);
  const t = parseTime(String(v?.value ?? ''));
  if (!t.ok) throw new Error(`rule pack parameter ${name} is not a time`);
  return t.value;
}

/** Minutes of the day's stretches inside night windows, and the first and last such minute. */
export function nightMinutes(ctx: CheckContext, d: WorkDay): { minutes: number; from: number; to: number } {
  const start = clock(ctx, 'night_start', d.date);
  const end = clock(ctx, 'night_end', d.date);
  // Windows relative to midnight of the work day: the night before, this night, the next.
  const windows = [-1, 0, 1].map((k) => ({ from: start - 1440 + k * 1440, to: end + k * 1440 }));
  let minutes = 0;
  let from = Number.POSITIVE_INFINITY;
  let to = 0;
  for (const s of d.stretches) {
    for (const w of windows) {
      const a = Math.max(s.start, w.from);
      const b = Math.min(s.end, w.to);
      if (b > a) {
        minutes += b - a;
        from = Math.min(from, a);
        to = Math.max(to, b);
      }
    }
  }
  return { minutes, from, to };
}
