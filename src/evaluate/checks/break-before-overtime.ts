import { hhmm, hoursText } from '../../base/calendar.js';
import { clockAfterWorked } from '../../facts/workday.js';
import { type CheckFunction, out } from '../check.js';
import { breakPositionUnknown, breaksUnrecorded } from './daily-break.js';
import { completeDays, incompleteDates, notCheckedOn } from './incomplete.js';
import { mostOf, shiftsUnknown } from './spans.js';
import { hoursEvidence } from './util.js';

const overtimeOf = (d: { overtimeMin: number; holidayOvertimeMin: number }) =>
  d.overtimeMin + d.holidayOvertimeMin;

/**
 * Break before overtime (s.27 last para): overtime of `min_overtime_minutes` or more must be
 * preceded by a break of at least `min_break_minutes`. Overtime starts when the day's normal
 * limit is reached; the break must sit right there, between normal time and overtime. A day
 * with a rejected punch is undetermined: its overtime and breaks are not known; so is a span with
 * its break not recorded that may hold that much overtime, and a day whose long gap may be the
 * time between two shifts (where the overtime starts depends on which it is).
 */
export const breakBeforeOvertime: CheckFunction = {
  name: 'break-before-overtime',
  fact: 'work_day',
  needs: ['hours'],
  run(ctx) {
    const o = out();
    const unknown: string[] = [];
    const unrecorded: string[] = [];
    const shifts: string[] = [];
    for (const d of completeDays(ctx)) {
      const ot = d.overtimeMin + d.holidayOvertimeMin;
      // A span whose break is not recorded: its overtime is at least `ot`, and at most what the
      // whole span would hold; where that reaches the threshold, the break is not known. A day
      // whose long gap may be a break or two shifts' changeover: one shift's overtime or two's.
      const most = overtimeOf(mostOf(d));
      if (most < ctx.num('min_overtime_minutes', d.date)) continue;
      if (d.breakUnrecorded) {
        unrecorded.push(d.date);
        continue;
      }
      if (d.gapMoreMin) {
        shifts.push(d.date);
        continue;
      }
      const minBreak = ctx.num('min_break_minutes', d.date);
      const normal = d.workedMin - ot;
      const at = clockAfterWorked(d, normal);
      if (at === undefined) {
        unknown.push(d.date);
        continue;
      }
      const next = d.stretches.find((s) => s.start >= at);
      const endsHere = d.stretches.some((s) => s.end === at);
      const gap = endsHere && next ? next.start - at : 0;
      if (gap < minBreak) {
        o.findings.push({
          date: d.date,
          data: { date: d.date, overtime: hoursText(ot), at: hhmm(at), break: gap, min_break: minBreak },
          evidence: hoursEvidence([d]),
          params: {
            min_overtime_minutes: ctx.param('min_overtime_minutes', d.date),
            min_break_minutes: ctx.param('min_break_minutes', d.date),
          },
        });
      }
    }
    if (unknown.length) o.undetermined.push(breakPositionUnknown(unknown));
    if (unrecorded.length) o.undetermined.push(breaksUnrecorded(unrecorded));
    if (shifts.length) o.undetermined.push(shiftsUnknown(shifts));
    const incomplete = incompleteDates(ctx);
    if (incomplete.length) o.undetermined.push(notCheckedOn(ctx, incomplete));
    return o;
  },
};
