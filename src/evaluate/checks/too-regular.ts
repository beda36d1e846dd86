import { hhmm } from '../../base/calendar.js';
import type { WorkDay } from '../../facts/workday.js';
import { type CheckFunction, out } from '../check.js';
import { hoursEvidence } from './util.js';

const START = 4096; // minutes after midnight of the start day fit in 12 bits (ends run past 1440)

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
    // How many days worked each first start and last end has, counted without sorting them.
    const count = new Map<number, number>();
    let most = 0;
    for (const d of days) {
      const key = schedule(d);
      const n = (count.get(key) ?? 0) + 1;
      count.set(key, n);
      most = Math.max(most, n);
    }
    if (most < days.length * minShare) return o;
    // Of schedules tied for the most days, the one whose "start-end" text sorts first.
    const tied = [...count].filter(([, n]) => n === most).map(([key]) => key);
    // Stryker disable next-line EqualityOperator: equivalent, two keys of one map are never equal
    const best = tied.reduce((a, b) => (text(b) < text(a) ? b : a));
    const same = days.filter((d) => schedule(d) === best);
    const [start, end] = [Math.floor(best / START), best % START];
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

/** A day's first start and last end as one number. */
function schedule(d: WorkDay): number {
  return d.stretches[0].start * START + d.stretches.at(-1)!.end;
}

/** A schedule as the text its ties are broken on: "480-1020". */
function text(key: number): string {
  return `${Math.floor(key / START)}-${key % START}`;
}
