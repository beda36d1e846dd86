import { addMonths, day } from '../../base/calendar.js';
import { reason } from '../../findings/reasons.js';
import { payLostIn } from './lost-pay.js';
import { absentColumn, shortfall, terminationCheck } from './termination.js';
import { overlapUnknown, payEvidence } from './util.js';

/**
 * Notice (s.17 para 2, s.17/1): notice must reach the employee at least one pay period before
 * the termination takes effect (the length of the period holding the termination date,
 * capped at `max_months`). The days short are owed at the last daily wage, less `notice_pay`;
 * due on the termination date. Runs only where employees.csv has `notice_given_on`.
 */
export const noticePay = terminationCheck('notice-pay', (ctx, end) => {
  const e = ctx.facts.employee;
  const missing = absentColumn(ctx, 'employees', 'notice_given_on');
  if (missing) return { unknown: missing };
  if (!e.notice_given_on) return { unknown: reason('notice_given_empty') };
  // Notice dated after the as-of date had not been given when the records were audited: a year
  // typed wrong (2125-07-15 for 2025), read as written 36,508 days short, 14,603,200.00 baht at
  // 400 a day. Notice after the termination but by the as-of date is none given before it.
  if (e.notice_given_on > end && e.notice_given_on > ctx.asOf)
    return {
      unknown: reason('notice_after_as_of', { notice: e.notice_given_on, termination: end, as_of: ctx.asOf }),
    };
  const p = ctx.facts.periods.find((x) => x.start <= end && end <= x.end);
  // The period may be one whose rows were rejected.
  if (!p)
    return {
      unknown: payLostIn(ctx, { start: end, end }) ?? reason('no_period_for_termination', { date: end }),
    };
  // The notice needed is the length of that pay period: unknown when it overlaps another.
  const overlap = overlapUnknown(p);
  if (overlap) return { unknown: overlap };
  const cap = day(addMonths(p.start, ctx.num('max_months', end))) - day(p.start);
  const length = Math.min(day(p.end) - day(p.start) + 1, cap);
  // Notice after the termination is none: the period's length short, never more.
  const given = Math.max(0, day(end) - day(e.notice_given_on));
  const short = length - given;
  if (short <= 0) return undefined;
  const s = shortfall(ctx, end, 'notice_pay', short);
  if (!s || 'unknown' in s) return s;
  return {
    date: end,
    data: {
      notice: e.notice_given_on,
      termination: end,
      notice_days: given,
      period_days: length,
      days_short: short,
      ...s.data,
    },
    ...s.settled,
    evidence: [...payEvidence(p), ...s.rows],
    params: {
      max_months: ctx.param('max_months', end),
      pay_period: `${p.start}..${p.end}`,
      days_short: short,
      ...s.params,
    },
  };
});
