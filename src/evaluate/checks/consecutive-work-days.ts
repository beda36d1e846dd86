import { isoOf } from '../../base/calendar.js';
import type { WorkDay } from '../../facts/workday.js';
import { reason } from '../../findings/reasons.js';
import { type CheckFunction, out } from '../check.js';
import { hoursEvidence } from './util.js';

/**
 * Weekly holiday (s.28): more than `max_days` consecutive calendar days of work, one finding
 * per run dated at its first day too many. Employees of `accumulate_sectors` may accumulate
 * weekly holidays within `window_days`: for them, a window holding fewer than `min_days_off`.
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
    const worked = ctx.facts.days.filter(
      (d) => d.workedMin > 0 && (d.day_type === 'work' || ctx.options.count_holiday_work === true),
    );
    if (worked.length === 0) return o;
    const sectors = (ctx.options.accumulate_sectors as string[] | undefined) ?? [];
    if (ctx.facts.employee.sector && sectors.includes(ctx.facts.employee.sector))
      return accumulated(ctx, worked);
    let run: WorkDay[] = [];
    const flush = () => {
      const max = ctx.num('max_days', run[0].date);
      if (run.length > max) {
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
    return o;
  },
};

function accumulated(ctx: Parameters<CheckFunction['run']>[0], worked: WorkDay[]) {
  const o = out();
  const first = worked[0].day;
  const last = worked[worked.length - 1].day;
  const window = ctx.num('window_days', worked[0].date);
  if (last - first + 1 < window) {
    o.undetermined.push(reason('accumulated_holidays_short', { window }));
    return o;
  }
  const workedSet = new Set(worked.map((d) => d.day));
  let inViolation = false;
  for (let start = first; start + window - 1 <= last; start++) {
    let off = 0;
    for (let k = start; k < start + window; k++) if (!workedSet.has(k)) off++;
    const min = ctx.num('min_days_off', isoOf(start));
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
  return o;
}
