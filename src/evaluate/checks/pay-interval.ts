import { addMonths, compareIso, inOtherYears, monthsLater } from '../../base/calendar.js';
import type { PayPeriod } from '../../facts/employee.js';
import { baht, Ratio } from '../../findings/money.js';
import { because, inPeriod, overlapsParams, type Reason, reason } from '../../findings/reasons.js';
import { type CheckContext, type CheckFunction, out } from '../check.js';
import { payLostBy, payLostIn } from './lost-pay.js';
import { gross, overlapUnknown, payDatesUnknown, payEvidence, periodOf } from './util.js';

/**
 * Pay at least once a month (s.70): a pay period longer than `max_months`, consecutive pay
 * dates further apart (and in calendar months further apart: month-end pay moved to a Friday is
 * none), or a period that ended more than `max_months` before the as-of date
 * with no pay date (owed: the wages shown for it). A period the payroll gives in rows paid on
 * different dates (parse/pay-periods.ts) has each date as a payment, and its own timing is
 * undetermined; an unpaid period that overlaps another is undetermined, not owed. A payroll row
 * rejected may have been a payment (checks/lost-pay.ts): a gap it could close, and an unpaid
 * period it may be part of, are undetermined.
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
    let lastPaid: Payment | undefined;
    // Periods paid in rows on different dates whose timing could not be judged (said once each).
    const unjudged = new Set<PayPeriod>();
    const notJudged = (p: PayPeriod) => {
      if (unjudged.has(p)) return;
      unjudged.add(p);
      o.undetermined.push(payDatesUnknown(p)!);
    };
    for (const pay of payments(periods)) {
      const p = pay.period;
      const months = ctx.num('max_months', p.end);
      // Too long only once it had run `max_months` by the as-of date.
      const long = pay.first && p.end >= addMonths(p.start, months) && addMonths(p.start, months) <= ctx.asOf;
      // One overlapping another of the employee's periods is not known to be a pay period of its
      // own: a bonus or correction row over several months, or a date typed a month wrong.
      if (long && p.pay.overlaps)
        o.undetermined.push(inPeriod(p, reason('long_period_overlaps', overlapsParams(p.pay.overlaps))));
      else if (long) {
        o.findings.push({
          period: periodOf(p),
          messageId: 'long_period',
          data: { start: p.start, end: p.end, months },
          evidence: payEvidence(p),
          params: used(ctx, p.end),
        });
      }
      const paid = pay.date;
      // A payment dated after the as-of date closes a gap only the as-of date can show: a gap
      // that had not yet run `max_months` by then is none. Pay dates in consecutive calendar
      // months are no gap, however many days apart: wages paid on the last working day of each
      // month (Friday 29 August, then 30 September) were paid once in every month.
      const gap =
        !!paid &&
        !!lastPaid?.date &&
        paid > monthsLater(lastPaid.date, months) &&
        calendarMonthsApart(lastPaid.date, paid) > months &&
        monthsLater(lastPaid.date, months) < ctx.asOf;
      // A period paid in rows on different dates: a gap is a finding where it ends at the
      // period's first payment (nothing at all was paid between); one that a later row of the
      // period ends, and a row of it left unpaid, are not judged (an adjustment paid late is no
      // proof the wages were).
      if (p.pay.pay_dates) {
        if (gap && !pay.first) notJudged(p);
        if (pay.first && p.pay.pay_dates.includes('') && !noPayDates && monthsLater(p.end, months) < ctx.asOf)
          notJudged(p);
      }
      const lostPayment =
        gap && pay.first ? (payLostBy(ctx, paid!) ?? outOfOrder(lastPaid!, pay, months)) : undefined;
      if (lostPayment) o.undetermined.push(lostPayment);
      else if (gap && pay.first) {
        o.findings.push({
          period: periodOf(p),
          messageId: 'pay_gap',
          data: { start: lastPaid!.date!, end: paid!, months },
          evidence: [...payEvidence(lastPaid!.period), ...payEvidence(p)],
          params: used(ctx, p.end),
        });
      }
      if (!paid && !noPayDates && monthsLater(p.end, months) < ctx.asOf) {
        // An unpaid period overlapping another may repeat its wages, and a rejected row of it
        // may have been its payment: what is owed is unknown.
        const overlap = overlapUnknown(p) ?? payLostIn(ctx, p);
        if (overlap) o.undetermined.push(overlap);
        else {
          // Rows repeated in every cell are counted once: one row exported twice owes the least.
          const amount = gross(p) - (p.pay.repeated_pay ?? 0);
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
      }
      if (paid) lastPaid = pay;
    }
    return o;
  },
};

/**
 * Why a gap between two payments is not judged: one of them is dated more than `months` before
 * its own pay period began, or a year or more after it where the same day of another year falls
 * in the period or within `months` after it, as a pay date does. A year typed wrong (2024-08-16
 * or 2026-08-16 for 2025-08-16) made a gap of a year between the two halves of one August.
 * Wages withheld and paid months late (January's paid on 15 May) are no such date. A pay date
 * more than 366 days from its period is rejected when read (parse/records.ts): a century typed
 * wrong never comes here.
 */
function outOfOrder(before: Payment, after: Payment, months: number): Reason | undefined {
  const typed = [before, after].find((x) => yearTyped(x, months));
  if (!typed) return undefined;
  const p = typed.period;
  return inPeriod(p, reason('pay_date_year_typed', { date: typed.date!, start: p.start, end: p.end }));
}

function yearTyped(x: Payment, months: number): boolean {
  const date = x.date!;
  const { start } = x.period;
  const latest = monthsLater(x.period.end, months);
  if (date >= start && date <= latest) return false;
  // Paid more than `months` before the period began: no payment of its wages, a date typed wrong.
  if (date < addMonths(start, -months)) return true;
  return inOtherYears(date, [-1, 1]).some((other) => other >= start && other <= latest);
}

/** A payment: a period's pay date (none: unpaid), `first` for the period's earliest. */
interface Payment {
  period: PayPeriod;
  date?: string;
  first: boolean;
}

/** How many calendar months on from the month of `from` the month of `to` is (31 Jan to 1 Mar: 2). */
const calendarMonthsApart = (from: string, to: string): number =>
  (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 +
  Number(to.slice(5, 7)) -
  Number(from.slice(5, 7));

const dayOf = (x: Payment): string => x.date ?? x.period.end;

/**
 * The payments in date order (an unpaid period at its end): one per period, or one per pay date
 * of a period whose rows were paid on different dates, so that each of its payments closes the
 * gaps around it. As they come when already in that order.
 */
function payments(periods: PayPeriod[]): Payment[] {
  const list: Payment[] = [];
  for (const p of periods) {
    if (p.pay.pay_dates) {
      const dates = [...new Set(p.pay.pay_dates.filter((d) => d !== ''))].sort(compareIso);
      for (let i = 0; i < dates.length; i++) list.push({ period: p, date: dates[i], first: i === 0 });
    } else list.push({ period: p, date: p.pay.pay_date, first: true });
  }
  for (let i = 1; i < list.length; i++)
    if (compareIso(dayOf(list[i - 1]), dayOf(list[i])) > 0)
      return list.sort((a, b) => compareIso(dayOf(a), dayOf(b)));
  return list;
}

// The parameter as used is copied for a finding only (most periods have none).
const used = (ctx: CheckContext, date: string) => ({ max_months: ctx.param('max_months', date) });
