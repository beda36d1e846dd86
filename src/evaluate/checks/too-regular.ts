import { hhmm } from '../../base/calendar.js';
import { type CheckFunction, out } from '../check.js';
import { hoursEvidence } from './util.js';

/**
 * Records made for the inspector: the same first start and last end minute on nearly every day
 * worked. Real clocks scatter by a few minutes; hand-written or generated records do not.
 */
export const tooRegular: CheckFunction = {
  name: 'too-regular',
  fact: 'work_day',
  needs: ['hours'],
  run(ctx) {
    const o = out();
    // Stryker disable next-line all: equivalent, every work day has a stretch and minutes (test/mutation-equivalent.md)
    const days = ctx.facts.days.filter((d) => d.workedMin > 0 && d.stretches.length > 0);
    if (!days.length) return o;
    const last = days.at(-1)!.date;
    const minDays = ctx.num('min_days', last);
    const minShare = ctx.num('min_share', last);
    if (days.length < minDays) return o;
    const bySchedule = new Map<string, typeof days>();
    for (const d of days) {
      const key = `${d.stretches[0].start}-${d.stretches.at(-1)!.end}`;
      const same = bySchedule.get(key);
      if (same) same.push(d);
      else bySchedule.set(key, [d]);
    }
    const [key, same] = [...bySchedule].sort(
      // Stryker disable next-line EqualityOperator: equivalent, two keys of one map are never equal
      (a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1),
    )[0];
    if (same.length < days.length * minShare) return o;
    const [start, end] = key.split('-').map(Number);
    o.findings.push({
      date: same[0].date,
      data: {
        same: same.length,
        days: days.length,
        start: hhmm(start),
        end: hhmm(end),
        first: days[0].date,
        last,
        percent: Math.round((same.length / days.length) * 100),
      },
      evidence: hoursEvidence(same),
      params: { min_days: ctx.param('min_days', last), min_share: ctx.param('min_share', last) },
    });
    return o;
  },
};
