import { addMonths, compareIso, monthsLater } from '../../base/calendar.js';
import type { PayPeriod } from '../../facts/employee.js';
import { baht, Ratio } from '../../findings/money.js';
import { because } from '../../findings/reasons.js';
import { type CheckContext, type CheckFunction, out } from '../check.js';
import { gross, payEvidence, periodOf } from './util.js';

/**
 * Pay at least once a month (s.70): a pay period longer than `max_months`, consecutive pay
 * dates further apart, or a period that ended more than `max_months` before the as-of date
 * with no pay date (owed: the wages shown for it).
 */
export const payInterval: CheckFunction = {
  name: 'pay-interval',
  fact: 'pay_period',
  needs: ['payroll'],
  run(ctx) {
    const o = out();
    const periods = ctx.facts.periods;
    // Without pay dates only the length of a period can be checked: unpaid is unknown, not "not paid".
    const noPayDates = ctx.absent('payroll', 'pay_date');
    if (noPayDates && periods.length) o.undetermined.push(because(noPayDates, 'pay_dates_unknown'));
    let lastPaid: (typeof periods)[number] | undefined;
    for (const p of byPayDate(periods)) {
      const months = ctx.num('max_months', p.end);
      if (p.end >= addMonths(p.start, months)) {
        o.findings.push({
          period: periodOf(p),
          messageId: 'long_period',
          data: { start: p.start, end: p.end, months },
          evidence: payEvidence(p),
          params: used(ctx, p.end),
        });
      }
      const paid = p.pay.pay_date;
      if (paid && lastPaid?.pay.pay_date && paid > monthsLater(lastPaid.pay.pay_date, months)) {
        o.findings.push({
          period: periodOf(p),
          messageId: 'pay_gap',
          data: { start: lastPaid.pay.pay_date, end: paid, months },
          evidence: [...payEvidence(lastPaid), ...payEvidence(p)],
          params: used(ctx, p.end),
        });
      }
      if (!paid && !noPayDates && monthsLater(p.end, months) < ctx.asOf) {
        const amount = gross(p);
        o.findings.push({
          period: periodOf(p),
          messageId: 'unpaid',
          data: { start: p.start, end: p.end, months, amount: baht(amount) },
          owed: amount > 0 ? Ratio.of(amount) : undefined,
          due: p.end,
          entitled: Ratio.of(amount),
          paid: 0,
          evidence: payEvidence(p),
          params: used(ctx, p.end),
        });
      }
      if (paid) lastPaid = p;
    }
    return o;
  },
};

const payDay = (p: PayPeriod): string => p.pay.pay_date ?? p.end;

/** The periods by pay date (the period's end when unpaid): as they come when already in that order. */
function byPayDate(periods: PayPeriod[]): PayPeriod[] {
  for (let i = 1; i < periods.length; i++)
    if (compareIso(payDay(periods[i - 1]), payDay(periods[i])) > 0)
      return [...periods].sort((a, b) => compareIso(payDay(a), payDay(b)));
  return periods;
}

// The parameter as used is copied for a finding only (most periods have none).
const used = (ctx: CheckContext, date: string) => ({ max_months: ctx.param('max_months', date) });
