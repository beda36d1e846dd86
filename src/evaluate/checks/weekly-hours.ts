import { addDays, day, hoursText, isoOf, weekday } from '../../base/calendar.js';
import { limitMinutes, type WorkDay } from '../../facts/workday.js';
import { inForceOr } from '../../pack/params.js';
import { type CheckContext, type CheckFunction, out } from '../check.js';
import { completeDays, notCountedOn } from './incomplete.js';
import { type DayMinutes, mostOf, spanMore, uncountedReasons } from './spans.js';
import { hoursEvidence } from './util.js';

type Measure = 'normal' | 'overtime_and_holiday' | 'worked';

function measure(d: DayMinutes, m: Measure): number {
  if (m === 'normal') return d.normalMin;
  // s.26 / MR No.3: holiday work within normal hours counts toward the cap too.
  if (m === 'overtime_and_holiday') return d.overtimeMin + d.holidayMin + d.holidayOvertimeMin;
  return d.workedMin;
}

/**
 * Hours in a week above a limit: normal hours (s.23), overtime and holiday work (s.26), or all
 * hours in any 7 days (a brand code). The limit is `limit` hours, or `hazardous_limit` for
 * hazardous work when the rule gives one. A day with a rejected punch counts no hours: a week
 * over the limit without it is over whatever the day held; one that is not is undetermined
 * where the day could take it over (its normal limit for normal hours, else a whole day). A day
 * that is one span with its break not recorded counts its least hours the same way, and a week
 * not over the limit is undetermined where the span's break, worked, could take it over.
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
    const incomplete = ctx.facts.incomplete;
    const rolling = ctx.options.window === 'rolling_7_days';
    if (rolling) {
      const days = completeDays(ctx);
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
    } else {
      for (const w of ctx.facts.weeks) {
        const days = completeDays(ctx, w.days);
        const total = days.reduce((s, d) => s + measure(d, m), 0);
        const lim = limitOn(w.start);
        if (total > lim.hours * 60) {
          o.findings.push({
            period: { start: w.start, end: addDays(w.start, 6) },
            data: { hours: hoursText(total), limit: lim.hours, start: w.start, end: w.end },
            evidence: hoursEvidence(days.filter((d) => measure(d, m) > 0)),
            params: { limit: lim.use },
          });
        }
      }
    }
    if (incomplete.size || ctx.facts.days.some((d) => spanMore(d) > 0)) {
      const { lost, spans } = undecided(ctx, m, rolling, (date) => limitOn(date).hours * 60);
      if (lost.length) o.undetermined.push(notCountedOn(ctx, lost));
      if (spans.length) o.undetermined.push(...uncountedReasons(spans));
    }
    return o;
  },
};

/**
 * The incomplete dates, and the days that are spans with their break not recorded, that could
 * take a window holding them over the limit: the complete days of the window (spans at their
 * least) within it, and with the most each incomplete date of it could hold and each span's break
 * worked, over it. The window of a date is its calendar week (when the weeks' first day is known)
 * or any 7 days holding it.
 */
function undecided(
  ctx: CheckContext,
  m: Measure,
  rolling: boolean,
  limitMin: (date: string) => number,
): { lost: string[]; spans: WorkDay[] } {
  const known = new Map<number, number>();
  // What each day not known in full could add: an incomplete date its most, a span its break.
  const more = new Map<number, number>();
  const spanDays: WorkDay[] = [];
  for (const d of completeDays(ctx)) {
    const least = measure(d, m);
    known.set(d.day, least);
    if (spanMore(d) === 0) continue;
    const extra = measure(mostOf(d), m) - least;
    if (extra > 0) {
      more.set(d.day, extra);
      spanDays.push(d);
    }
  }
  const most = (date: string): number =>
    m !== 'normal' ? 1440 : inForceOr(1440, () => limitMinutes(ctx.facts.employee, ctx.pack, date));
  const lost = [...ctx.facts.incomplete.keys()].map((date) => ({ date, day: day(date) }));
  for (const l of lost) more.set(l.day, most(l.date));
  const weekOne = ctx.facts.weeks[0];
  const firstWeekday = weekOne ? weekday(day(weekOne.start)) : undefined;
  const windows = (x: number): [number, number][] => {
    if (!rolling && firstWeekday !== undefined) {
      const start = x - ((weekday(x) - firstWeekday + 7) % 7);
      return [[start, start + 6]];
    }
    return Array.from({ length: 7 }, (_, k): [number, number] => [x - 6 + k, x + k]);
  };
  const could = (x: number) =>
    windows(x).some(([from, to]) => {
      let total = 0;
      let added = 0;
      for (let k = from; k <= to; k++) {
        total += known.get(k) ?? 0;
        added += more.get(k) ?? 0;
      }
      // Over the limit without them: found (or found in a window beside it).
      return inForceOr(true, () => {
        const limit = limitMin(isoOf(rolling ? to : from));
        return total <= limit && total + added > limit;
      });
    });
  return {
    lost: lost.filter((l) => could(l.day)).map((l) => l.date),
    spans: spanDays.filter((d) => could(d.day)),
  };
}
