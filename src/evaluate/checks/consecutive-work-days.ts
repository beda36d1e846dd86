import { day, isoOf } from '../../base/calendar.js';
import type { WorkDay } from '../../facts/workday.js';
import { reason } from '../../findings/reasons.js';
import { inForceOr } from '../../pack/params.js';
import { type CheckFunction, out } from '../check.js';
import { incompleteDates, notCountedOn, workInDoubt } from './incomplete.js';
import { hoursEvidence } from './util.js';

/**
 * Weekly holiday (s.28): more than `max_days` consecutive calendar days of work, one finding
 * per run dated at its first day too many. Employees of `accumulate_sectors` may accumulate
 * weekly holidays within `window_days`: for them, a window holding fewer than `min_days_off`.
 * A day with a rejected punch and work counted is a day worked (its punches show it); one with
 * none counted, or whose only rows are dated out of the file's order, may have been, and is
 * undetermined where, worked, it would make a finding.
 */
export const consecutiveWorkDays: CheckFunction = {
  name: 'consecutive-work-days',
  fact: 'work_day',
  needs: ['hours'],
  options: {
    count_holiday_work: 'a worked holiday is not a day off (default: only `work` days count)',
    accumulate_sectors: 'sectors that may accumulate weekly holidays (window check instead)',
  },
  run(ctx) {
    const o = out();
    // A day whose only rows are dated out of the file's order may not have been worked.
    const doubt = ctx.facts.incomplete.size ? (d: WorkDay) => workInDoubt(ctx, d) : () => false;
    const worked = ctx.facts.days.filter(
      (d) =>
        d.workedMin > 0 && (d.day_type === 'work' || ctx.options.count_holiday_work === true) && !doubt(d),
    );
    // Incomplete dates with no day worked counted: days that may have been worked.
    const maybe = new Set(worked.length ? incompleteDates(ctx).map(day) : []);
    for (const d of ctx.facts.days) if (d.workedMin > 0 && !doubt(d)) maybe.delete(d.day);
    if (worked.length === 0) return o;
    const sectors = (ctx.options.accumulate_sectors as string[] | undefined) ?? [];
    if (ctx.facts.employee.sector && sectors.includes(ctx.facts.employee.sector))
      return accumulated(ctx, worked, maybe);
    let run: WorkDay[] = [];
    // Runs found too long, as [first day, last day].
    const found: [number, number][] = [];
    const flush = () => {
      const max = ctx.num('max_days', run[0].date);
      if (run.length > max) {
        found.push([run[0].day, run[run.length - 1].day]);
        const at = run[max];
        o.findings.push({
          date: at.date,
          data: { days: run.length, max_days: max, first: run[0].date, last: run[run.length - 1].date },
          evidence: hoursEvidence(run.slice(0, max + 1)),
          params: { max_days: ctx.param('max_days', at.date) },
        });
      }
    };
    for (const d of worked) {
      if (run.length && d.day !== run[run.length - 1].day + 1) {
        flush();
        run = [];
      }
      run.push(d);
    }
    flush();
    if (maybe.size) {
      // Runs with the days that may have been worked: one too long holding no run found too long.
      const days = [...new Set([...worked.map((d) => d.day), ...maybe])].sort((a, b) => a - b);
      const unknown: string[] = [];
      // A run starting on a date the pack has no limit for (a date far outside the others) may be too long.
      const tooLong = (from: number, to: number) =>
        inForceOr(true, () => to - from + 1 > ctx.num('max_days', isoOf(from)));
      for (let i = 0; i < days.length; ) {
        let j = i;
        while (j + 1 < days.length && days[j + 1] === days[j] + 1) j++;
        const [from, to] = [days[i], days[j]];
        const inRun = [...maybe].filter((x) => x >= from && x <= to);
        if (inRun.length && tooLong(from, to) && !found.some(([a, b]) => a >= from && b <= to))
          unknown.push(...inRun.map(isoOf));
        i = j + 1;
      }
      if (unknown.length) o.undetermined.push(notCountedOn(ctx, unknown.sort()));
    }
    return o;
  },
};

function accumulated(
  ctx: Parameters<CheckFunction['run']>[0],
  worked: WorkDay[],
  maybe: ReadonlySet<number>,
) {
  const o = out();
  const first = worked[0].day;
  const last = worked[worked.length - 1].day;
  const window = ctx.num('window_days', worked[0].date);
  if (last - first + 1 < window) {
    o.undetermined.push(reason('accumulated_holidays_short', { window }));
    return o;
  }
  const workedSet = new Set(worked.map((d) => d.day));
  const unknown = new Set<number>();
  let inViolation = false;
  for (let start = first; start + window - 1 <= last; start++) {
    let off = 0;
    const mayBeWorked: number[] = [];
    for (let k = start; k < start + window; k++)
      if (!workedSet.has(k)) {
        off++;
        if (maybe.has(k)) mayBeWorked.push(k);
      }
    const min = ctx.num('min_days_off', isoOf(start));
    // Enough days off only if the days that may have been worked were not.
    if (off >= min && off - mayBeWorked.length < min) for (const k of mayBeWorked) unknown.add(k);
    if (off < min && !inViolation) {
      const end = isoOf(start + window - 1);
      o.findings.push({
        date: end,
        data: {
          days: window - off,
          max_days: window - min,
          first: isoOf(start),
          last: end,
          days_off: off,
          min_days_off: min,
        },
        evidence: hoursEvidence(worked.filter((d) => d.day >= start && d.day < start + window)),
        params: { window_days: ctx.param('window_days', end), min_days_off: ctx.param('min_days_off', end) },
      });
    }
    inViolation = off < min;
  }
  if (unknown.size) o.undetermined.push(notCountedOn(ctx, [...unknown].sort((a, b) => a - b).map(isoOf)));
  return o;
}
