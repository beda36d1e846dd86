import { addDays, day, inOtherYears } from '../../base/calendar.js';
import { because, reason } from '../../findings/reasons.js';
import { type CheckFunction, out } from '../check.js';
import { payLostIn } from './lost-pay.js';
import { recordsAfterTermination } from './service-dates.js';
import { employeeEvidence, overlapUnknown, payDatesUnknown, payEvidence, periodOf } from './util.js';

/** Final pay (s.70 para 2): wages for the period containing the termination date within `max_days`. */
export const finalPay: CheckFunction = {
  name: 'final-pay',
  fact: 'pay_period',
  needs: ['employees', 'payroll'],
  run(ctx) {
    const o = out();
    const e = ctx.facts.employee;
    const end = e.termination_date;
    if (!end) return o;
    // Employment ending after the audit: its final wages fall due then, and the pay period that
    // holds the day is rejected or not yet over. Not "no pay period holds it", nor checked.
    if (end > ctx.asOf) {
      o.undetermined.push(reason('termination_after_as_of', { date: end, as_of: ctx.asOf }));
      return o;
    }
    // Work or pay after it: the termination date is typed wrong, its final pay not known.
    const after = recordsAfterTermination(ctx, end);
    if (after) {
      o.undetermined.push(after);
      return o;
    }
    const p = ctx.facts.periods.find((x) => x.start <= end && end <= x.end);
    if (!p) {
      // The period may be one whose rows were rejected.
      const lost = payLostIn(ctx, { start: end, end });
      o.undetermined.push(lost ?? reason('no_period_for_termination', { date: end }));
      return o;
    }
    // Which period's pay is the final pay is unknown when it overlaps another; a rejected row of
    // the period may have been the final payment.
    const overlap = overlapUnknown(p) ?? payLostIn(ctx, p);
    if (overlap) {
      o.undetermined.push(overlap);
      return o;
    }
    const noPayDates = ctx.absent('payroll', 'pay_date');
    if (noPayDates) {
      o.undetermined.push(because(noPayDates, 'final_paid_unknown'));
      return o;
    }
    const max = ctx.num('max_days', end);
    const deadline = addDays(end, max);
    const paid = p.pay.pay_date;
    // Rows paid on different dates: all in time when the latest is and none is unpaid, else not judged.
    const dates = payDatesUnknown(p);
    if (dates) {
      if (paid && paid <= deadline && !p.pay.pay_dates?.includes('')) return o;
      o.undetermined.push(dates);
      return o;
    }
    // Paid a year or more late where the same day of another year falls between the termination
    // and the deadline (2026-08-15 for 2025-08-15): a year typed wrong, not wages held a year.
    if (paid && paid > deadline && yearTyped(paid, end, deadline)) {
      o.undetermined.push(reason('final_pay_date_year_typed', { date: paid, termination: end, deadline }));
      return o;
    }
    // A payment dated after the as-of date had not been made when the records were audited:
    // late only if the deadline had passed by then, and counted late to the as-of date.
    const paidBy = paid && paid <= ctx.asOf ? paid : undefined;
    if (paidBy && paidBy <= deadline) return o;
    if (!paidBy && ctx.asOf <= deadline) return o;
    o.findings.push({
      period: periodOf(p),
      data: {
        termination: end,
        deadline,
        paid: paidBy ?? (paid ? `${paid}, after the as-of date ${ctx.asOf}` : 'not paid'),
        paid_th: paidBy ?? (paid ? `${paid} หลังวันที่ตรวจสอบ ${ctx.asOf}` : 'ยังไม่จ่าย'),
        days_late: day(paidBy ?? ctx.asOf) - day(deadline),
      },
      evidence: [...employeeEvidence(e), ...payEvidence(p)],
      params: { max_days: ctx.param('max_days', end) },
    });
    return o;
  },
};

/**
 * Whether `date`, a year back, falls from `from` to `to`. A pay date more than 366 days from its
 * period is rejected when read (parse/records.ts), so a century typed wrong never comes here.
 */
const yearTyped = (date: string, from: string, to: string): boolean =>
  inOtherYears(date, [-1]).some((back) => back >= from && back <= to);
