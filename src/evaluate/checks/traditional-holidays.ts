import { reason } from '../../findings/reasons.js';
import type { Holiday } from '../../parse/records.js';
import { lineRuns } from '../../parse/rejections.js';
import { type CheckFunction, out } from '../check.js';
import { datesParam } from './util.js';

/**
 * Traditional holidays (s.29): for each calendar year holidays.csv has dates for, at least
 * `min_days` announced days, among them National Labour Day (`labour_day`, MM-DD). A finding
 * for each employee employed in that year. A row of holidays.csv that could not be read (a range
 * of days, a date that is not one) is days announced and not known: a year with too few days, or
 * without 1 May, is then undetermined, never a finding (any year: the row's year is not known).
 * A year the file only touches (an export cut at an audit window: its last days of one year, or
 * first days of the next) is judged only when the file covers it: a date on or before
 * `year_start_by` (MM-DD) of that year and one on or after `year_end_from` (MM-DD); else a year
 * with too few days or without 1 May is undetermined (`holidays_year_partial`).
 */
export const traditionalHolidays: CheckFunction = {
  name: 'traditional-holidays',
  fact: 'employee',
  needs: ['holidays'],
  run(ctx) {
    const o = out();
    const e = ctx.facts.employee;
    const years = new Map<string, typeof ctx.holidays>();
    for (const h of ctx.holidays) {
      const y = h.date.slice(0, 4);
      years.set(y, [...(years.get(y) ?? []), h]);
    }
    const lost = ctx.holidaysLost;
    let said = false;
    const unknown = () => {
      if (said) return;
      said = true;
      const { list, more } = lineRuns(lost, 3);
      const n = lost.length > 1 ? 'rows' : 'row';
      o.undetermined.push(
        reason('holidays_rows_rejected', {
          rows: `${n} ${list}${more ? ` and ${more} more` : ''}`,
          rows_th: `แถว ${list}${more ? ` และอีก ${more} แถว` : ''}`,
        }),
      );
    };
    // Every row rejected: no year is known to have been announced.
    if (years.size === 0 && lost.length > 0) unknown();
    const all = ctx.holidays.map((h) => h.date).sort();
    const earliest = all[0] ?? '';
    const latest = all[all.length - 1] ?? '';
    for (const [year, days] of years) {
      const first = `${year}-01-01`;
      const last = `${year}-12-31`;
      if ((e.hire_date && e.hire_date > last) || (e.termination_date && e.termination_date < first)) continue;
      const min = ctx.num('min_days', first);
      const labourDay = `${year}-${ctx.param('labour_day', first).value}`;
      const evidence = days.map((h) => ({ kind: 'holidays' as const, row: h.row }));
      const params = { min_days: ctx.param('min_days', first), labour_day: ctx.param('labour_day', first) };
      const short = days.length < min;
      const noLabourDay = !days.some((h) => h.date === labourDay);
      if (!short && !noLabourDay) continue;
      const startBy = `${year}-${ctx.param('year_start_by', first).value}`;
      const endFrom = `${year}-${ctx.param('year_end_from', first).value}`;
      if (earliest > startBy || latest < endFrom) {
        const held = days.map((h) => h.date).sort();
        o.undetermined.push(
          reason('holidays_year_partial', {
            year,
            first: held[0] ?? first,
            last: held[held.length - 1] ?? last,
            start_by: startBy,
            end_from: endFrom,
          }),
        );
        continue;
      }
      if (lost.length > 0) {
        unknown();
        continue;
      }
      // Days of this year typed into a year the file only touches (2024-06-03 or 1925-06-03 among
      // 2025's): their month and day missing here, they may be this year's. Too few days that they
      // could make up, or no 1 May that one of them is, is undetermined, naming them.
      const strays = straysFor(
        ctx.holidays,
        year,
        days,
        (y) => earliest > `${y}-${startBy.slice(5)}` || latest < `${y}-${endFrom.slice(5)}`,
      );
      const fewUnknown = short && strays.length > 0 && days.length + strays.length >= min;
      const labourUnknown = noLabourDay && strays.some((h) => h.date.slice(5) === labourDay.slice(5));
      if (fewUnknown || labourUnknown)
        o.undetermined.push(
          reason('holidays_stray_dates', { year, ...datesParam(strays.map((h) => h.date)) }),
        );
      if (short && !fewUnknown) {
        o.findings.push({
          period: { start: first, end: last },
          messageId: 'few',
          data: { year, count: days.length, min },
          evidence,
          params,
        });
      }
      if (noLabourDay && !labourUnknown) {
        o.findings.push({
          period: { start: first, end: last },
          messageId: 'labour_day',
          data: { year, labour_day: labourDay },
          evidence,
          params,
        });
      }
    }
    return o;
  },
};

/**
 * The dates of years other than `year` that the file only touches (`partial`) whose month and day
 * `year` does not hold: a legitimate next year's 1 January repeats a month and day it holds.
 */
function straysFor(
  holidays: readonly Holiday[],
  year: string,
  days: readonly Holiday[],
  partial: (year: string) => boolean,
): Holiday[] {
  const held = new Set(days.map((h) => h.date.slice(5)));
  return holidays.filter((h) => {
    const y = h.date.slice(0, 4);
    return y !== year && !held.has(h.date.slice(5)) && partial(y);
  });
}
