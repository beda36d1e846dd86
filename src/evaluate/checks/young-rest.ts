import { hoursText } from '../../base/calendar.js';
import { type CheckFunction, out } from '../check.js';
import { breakPositionUnknown, breaksUnrecorded } from './daily-break.js';
import { completeDays, incompleteDates, notCheckedOn, onDate } from './incomplete.js';
import { spanMore } from './spans.js';
import { birthPlausibility, hoursEvidence, isYoung, noBirthDate, youngOnDays } from './util.js';

/**
 * Rest for under-18s (s.46): a break of at least `min_break_minutes` in one piece before more
 * than `max_minutes` have been worked. A day with a rejected punch is undetermined, and so is a
 * span with its break not recorded.
 */
export const youngRest: CheckFunction = {
  name: 'young-rest',
  fact: 'work_day',
  needs: ['employees', 'hours'],
  run(ctx) {
    const o = out();
    const unknown: string[] = [];
    const unrecorded: string[] = [];
    let noBirth = false;
    const youngOn = youngOnDays(ctx, ctx.facts.days);
    const birth = birthPlausibility(ctx);
    for (const d of completeDays(ctx)) {
      const max = ctx.num('max_minutes', d.date);
      // A span whose break is not recorded may hold all its length in work.
      if (d.workedMin + spanMore(d) <= max) continue;
      const young = youngOn(d);
      if (young === undefined) noBirth = true;
      if (!young || !birth.plausible(d.date)) continue;
      // A span of its row without a recorded break, longer than the limit (the day's may be too
      // short for s.27 to assume one): the hour's rest may lie inside it.
      if (
        d.breakUnrecorded ||
        (d.rows.length === 1 && d.stretches.some((s) => s.breaksUnrecorded && s.end - s.start > max))
      ) {
        unrecorded.push(d.date);
        continue;
      }
      if (d.unplacedBreakMin > 0) {
        unknown.push(d.date);
        continue;
      }
      const minBreak = ctx.num('min_break_minutes', d.date);
      let worked = 0;
      let rested = false;
      for (let k = 0; k < d.stretches.length; k++) {
        worked += d.stretches[k].end - d.stretches[k].start;
        if (worked > max) break;
        const next = d.stretches[k + 1];
        if (next && next.start - d.stretches[k].end >= minBreak) {
          rested = true;
          break;
        }
      }
      if (rested) continue;
      o.findings.push({
        date: d.date,
        data: { date: d.date, worked: hoursText(d.workedMin), max: hoursText(max), min_break: minBreak },
        evidence: hoursEvidence([d]),
        params: {
          max_minutes: ctx.param('max_minutes', d.date),
          min_break_minutes: ctx.param('min_break_minutes', d.date),
          adult_age: ctx.pack.at('adult_age', d.date),
        },
      });
    }
    if (noBirth) o.undetermined.push(noBirthDate(ctx.facts.employee));
    else if (birth.why) o.undetermined.push(birth.why);
    if (unknown.length) o.undetermined.push(breakPositionUnknown(unknown));
    if (unrecorded.length) o.undetermined.push(breaksUnrecorded(unrecorded));
    const incomplete = incompleteDates(
      ctx,
      onDate((date) => isYoung(ctx, date)),
    );
    if (incomplete.length) o.undetermined.push(notCheckedOn(ctx, incomplete));
    return o;
  },
};
