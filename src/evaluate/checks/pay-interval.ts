import { addMonths, monthsLater } from '../../base/calendar.js';
import { baht, Ratio } from '../../findings/money.js';
import { because } from '../../findings/reasons.js';
import { type CheckFunction, out } from '../check.js';
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
    for (const p of [...periods].sort((a, b) =>
      (a.pay.pay_date ?? a.end).localeCompare(b.pay.pay_date ?? b.end),
    )) {
      const months = ctx.num('max_months', p.end);
      const use = { max_months: ctx.param('max_months', p.end) };
      if (p.end >= addMonths(p.start, months)) {
        o.findings.push({
          period: periodOf(p),
          messageId: 'long_period',
          data: { start: p.start, end: p.end, months },
          evidence: payEvidence(p),
          params: use,
        });
      }
      const paid = p.pay.pay_date;
      if (paid && lastPaid?.pay.pay_date && paid > monthsLater(lastPaid.pay.pay_date, months)) {
        o.findings.push({
          period: periodOf(p),
          messageId: 'pay_gap',
          data: { start: lastPaid.pay.pay_date, end: paid, months },
          evidence: [...payEvidence(lastPaid), ...payEvidence(p)],
          params: use,
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
          params: use,
        });
      }
      if (paid) lastPaid = p;
    }
    return o;
  },
};
