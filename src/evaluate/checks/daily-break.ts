import { hoursText } from '../../base/calendar.js';
import { type Reason, reason } from '../../findings/reasons.js';
import { type CheckFunction, out } from '../check.js';
import { completeDays, incompleteDates, notCheckedOn } from './incomplete.js';
import { datesParam, hoursEvidence } from './util.js';

/**
 * Daily rest break (s.27 para 1): on a day with more than `max_continuous_minutes` worked,
 * the first stretch may not run longer than that, and breaks must total `min_break_minutes`.
 * The total needs no position in time (break_minutes and gaps both count); only the first
 * half is undetermined when a long first stretch has its break as break_minutes alone. A day
 * with a rejected punch is undetermined: the stretch left of it may join work over a break taken.
 * So is a day that is one span from first in to last out with its break not recorded
 * (`WorkDay.breakUnrecorded`): the break inside the span may have been given, or not.
 */
export const dailyBreak: CheckFunction = {
  name: 'daily-break',
  fact: 'work_day',
  needs: ['hours'],
  run(ctx) {
    const o = out();
    const unknown: string[] = [];
    const unrecorded: string[] = [];
    for (const d of completeDays(ctx)) {
      if (d.breakUnrecorded) {
        unrecorded.push(d.date);
        continue;
      }
      const maxRun = ctx.num('max_continuous_minutes', d.date);
      if (d.workedMin <= maxRun) continue;
      const minBreak = ctx.num('min_break_minutes', d.date);
      const first = d.stretches[0];
      const firstLen = first.end - first.start;
      const tooLong = firstLen > maxRun && first.break_minutes === 0;
      const tooShort = d.breakMin < minBreak;
      if (!tooLong && !tooShort) {
        if (firstLen > maxRun) unknown.push(d.date);
        continue;
      }
      o.findings.push({
        date: d.date,
        data: {
          date: d.date,
          worked: hoursText(d.workedMin),
          first_stretch: hoursText(firstLen),
          breaks: d.breakMin,
          min_break: minBreak,
          max_continuous: hoursText(maxRun),
        },
        evidence: hoursEvidence([d]),
        params: {
          max_continuous_minutes: ctx.param('max_continuous_minutes', d.date),
          min_break_minutes: ctx.param('min_break_minutes', d.date),
        },
      });
    }
    if (unknown.length) o.undetermined.push(breakPositionUnknown(unknown));
    if (unrecorded.length) o.undetermined.push(breaksUnrecorded(unrecorded));
    const incomplete = incompleteDates(ctx);
    if (incomplete.length) o.undetermined.push(notCheckedOn(ctx, incomplete));
    return o;
  },
};

/** The days whose break is given as break_minutes alone, where a check needs its place in time. */
export const breakPositionUnknown = (dates: string[]): Reason =>
  reason('break_position_unknown', datesParam(dates));

/** The days that are one span with their break not recorded, where a check needs the break. */
export const breaksUnrecorded = (dates: string[]): Reason => reason('breaks_unrecorded', datesParam(dates));
