import { reason } from '../../findings/reasons.js';
import { lineRuns } from '../../parse/rejections.js';
import { type CheckFunction, out } from '../check.js';

/**
 * Traditional holidays (s.29): for each calendar year holidays.csv has dates for, at least
 * `min_days` announced days, among them National Labour Day (`labour_day`, MM-DD). A finding
 * for each employee employed in that year. A row of holidays.csv that could not be read (a range
 * of days, a date that is not one) is days announced and not known: a year with too few days, or
 * without 1 May, is then undetermined, never a finding (any year: the row's year is not known).
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
      if (lost.length > 0 && (short || noLabourDay)) {
        unknown();
        continue;
      }
      if (short) {
        o.findings.push({
          period: { start: first, end: last },
          messageId: 'few',
          data: { year, count: days.length, min },
          evidence,
          params,
        });
      }
      if (noLabourDay) {
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
