import { type CheckFunction, out } from '../check.js';

/**
 * Traditional holidays (s.29): for each calendar year holidays.csv has dates for, at least
 * `min_days` announced days, among them National Labour Day (`labour_day`, MM-DD). A finding
 * for each employee employed in that year.
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
    for (const [year, days] of years) {
      const first = `${year}-01-01`;
      const last = `${year}-12-31`;
      if ((e.hire_date && e.hire_date > last) || (e.termination_date && e.termination_date < first)) continue;
      const min = ctx.num('min_days', first);
      const labourDay = `${year}-${ctx.param('labour_day', first).value}`;
      const evidence = days.map((h) => ({ kind: 'holidays' as const, row: h.row }));
      const params = { min_days: ctx.param('min_days', first), labour_day: ctx.param('labour_day', first) };
      if (days.length < min) {
        o.findings.push({
          period: { start: first, end: last },
          messageId: 'few',
          data: { year, count: days.length, min },
          evidence,
          params,
        });
      }
      if (!days.some((h) => h.date === labourDay)) {
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
