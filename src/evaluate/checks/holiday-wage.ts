import { addDays } from '../../base/calendar.js';
import type { PayPeriod } from '../../facts/employee.js';
import { minimumWage } from '../../facts/wage.js';
import { limitMinutes, type WorkDay } from '../../facts/workday.js';
import { baht, Ratio, ZERO } from '../../findings/money.js';
import { inPeriod, nested, type Reason, reason } from '../../findings/reasons.js';
import { inForceOr } from '../../pack/params.js';
import { type CheckContext, type CheckFunction, out } from '../check.js';
import { daysWorkedUnknown } from './incomplete.js';
import { entitled } from './premium-pay.js';
import { datesParam, dueDate, hoursEvidence, payEvidence, payUnknown, periodOf } from './util.js';
import { rateUnconfirmed, shownParams, wageShown } from './wage-shown.js';

/**
 * Holiday wage (s.56): a daily-, hourly- or piece-paid employee employed on an announced
 * traditional holiday that falls on a normal working day is owed one working-day wage for it
 * (monthly wages include it). A holiday counts when the employee was employed that day, it is
 * not a weekly_holiday in hours.csv, and the employee worked another day of that week. The
 * s.62 pay for work on the holiday is set against holiday_pay first, then this wage.
 * Without holidays.csv, the employee's public_holiday days in hours.csv are the announced ones.
 */
export const holidayWage: CheckFunction = {
  name: 'holiday-wage',
  fact: 'pay_period',
  needs: ['employees', 'hours', 'payroll'],
  run(ctx) {
    const o = out();
    const e = ctx.facts.employee;
    if (!e.wage_type || e.wage_type === 'monthly') return o;
    const announced = ctx.present.holidays
      ? ctx.holidays.map((h) => ({ date: h.date, row: h.row as number | undefined }))
      : ctx.facts.days
          .filter((d) => d.day_type === 'public_holiday')
          .map((d) => ({ date: d.date, row: undefined }));
    if (announced.length === 0) return o;
    const byDate = new Map(ctx.facts.days.map((d) => [d.date, d]));
    const announcedDates = new Set(announced.map((h) => h.date));
    for (const p of ctx.facts.periods) {
      const inPeriodDates = announced.filter((h) => h.date >= p.start && h.date <= p.end);
      const unknown: string[] = [];
      const counted = inPeriodDates.filter((h) => {
        const c = counts(ctx, h.date, byDate, announcedDates);
        if (c === undefined) unknown.push(h.date);
        return c === true;
      });
      // A holiday not known to fall on a working day may owe a day's wage, or not: the period's
      // total due is not known, so no finding is made from the others either.
      if (unknown.length) {
        o.undetermined.push(inPeriod(p, reason('holiday_workday_unknown', datesParam(unknown))));
        continue;
      }
      if (counted.length === 0) continue;
      if (ctx.absent('payroll', 'holiday_pay') !== undefined) {
        o.undetermined.push(inPeriod(p, reason('holiday_pay_absent')));
        continue;
      }
      const overlap = payUnknown(ctx, p);
      if (overlap) {
        o.undetermined.push(overlap);
        continue;
      }
      // A period paid below wage_rate is priced at the rate its pay shows (wage-shown.ts).
      const shown = wageShown(ctx, p);
      let due = ZERO;
      let atWageRate = ZERO;
      const rates = new Set<string>();
      for (const h of counted) {
        const w = dayWage(ctx, p, h.date, shown?.rate);
        if (!w.ok) {
          o.undetermined.push(inPeriod(p, w.reason));
          due = ZERO;
          break;
        }
        // The same day at wage_rate: what can make it unknown does not depend on the rate.
        const c = shown ? dayWage(ctx, p, h.date) : w;
        rates.add(baht(w.amount.roundHalfUp()));
        due = due.add(w.amount);
        atWageRate = atWageRate.add(c.ok ? c.amount : w.amount);
      }
      if (!due.isPositive()) continue;
      const s62 = entitled(ctx, p, 'holiday');
      if (!s62.ok && s62.reason) {
        o.undetermined.push(inPeriod(p, nested('s62_undetermined', s62.reason)));
        continue;
      }
      const s62Due = s62.ok ? s62.amount : ZERO;
      const holidayPay = Ratio.of(p.pay.holiday_pay ?? 0);
      const left = holidayPay.sub(s62Due);
      const paid = left.isPositive() ? left : ZERO;
      const owed = due.sub(paid);
      if (owed.roundHalfUp() <= 0) {
        if (shown && atWageRate.sub(paid).roundHalfUp() > 0)
          o.undetermined.push(rateUnconfirmed(ctx, p, shown));
        continue;
      }
      const worked = counted
        .map((h) => byDate.get(h.date))
        .filter((d): d is WorkDay => !!d && d.workedMin > 0);
      o.findings.push({
        period: periodOf(p),
        data: {
          holidays: counted.map((h) => h.date).join(', '),
          count: counted.length,
          wage: [...rates].join(', '),
          entitled: baht(due.roundHalfUp()),
          paid: baht(paid.roundHalfUp()),
          start: p.start,
          end: p.end,
        },
        owed,
        due: dueDate(p),
        entitled: due,
        paid: paid.roundHalfUp(),
        evidence: [
          ...payEvidence(p),
          ...hoursEvidence(worked),
          ...counted.flatMap((h) => (h.row === undefined ? [] : [{ kind: 'holidays' as const, row: h.row }])),
        ],
        params: {
          wage_type: e.wage_type,
          holidays_from: ctx.present.holidays ? 'holidays file' : 'public_holiday days in the hours file',
          holiday_pay: (p.pay.holiday_pay ?? 0) / 100,
          s62_holiday_work_due: baht(s62Due.roundHalfUp()),
          ...(shown ? shownParams(ctx, shown) : {}),
        },
      });
    }
    return o;
  },
};

/**
 * Whether an announced holiday fell on a normal working day of the employee's (s.56): employed
 * that day, not a weekly_holiday in hours.csv, and work on another day of the same work week. A
 * holiday worked is one. One not worked is judged by the same weekday of the weeks around it (the
 * rule's `rest_day_window_weeks` before and after, those with work in them; a method choice, the
 * data has no schedule): never worked on them, it is the employee's rest
 * day (a Sunday holiday of a Monday-to-Saturday worker, whose substitute day is announced on its
 * own) and no wage is owed for it; worked on most of them, or with no such week to tell, it counts;
 * worked on some only (a rest day that moves), it is not known (undefined).
 */
function counts(
  ctx: CheckContext,
  date: string,
  byDate: Map<string, WorkDay>,
  announced: ReadonlySet<string>,
): boolean | undefined {
  if (!employedOn(ctx, date)) return false;
  const own = byDate.get(date);
  if (own?.day_type === 'weekly_holiday') return false;
  const week = weekOf(ctx, date);
  if (!week?.days.some((d) => d.date !== date && d.workedMin > 0)) return false;
  if (own && own.workedMin > 0) return true;
  let worked = 0;
  let seen = 0;
  const around = ctx.num('rest_day_window_weeks', date);
  for (let k = -around; k <= around; k++) {
    if (k === 0) continue;
    const other = addDays(date, 7 * k);
    if (announced.has(other) || !employedOn(ctx, other) || ctx.facts.incomplete.has(other)) continue;
    const d = byDate.get(other);
    if (d?.day_type === 'weekly_holiday') {
      seen++;
      continue;
    }
    // A week without work (leave, before the record starts) says nothing of the weekday.
    if (!weekOf(ctx, other)?.days.some((x) => x.workedMin > 0)) continue;
    seen++;
    if (d && d.workedMin > 0) worked++;
  }
  if (seen === 0) return true;
  if (worked === 0) return false;
  if (worked * 2 > seen) return true;
  return undefined;
}

function employedOn(ctx: CheckContext, date: string): boolean {
  const e = ctx.facts.employee;
  return !(e.hire_date && date < e.hire_date) && !(e.termination_date && date > e.termination_date);
}

const weekOf = (ctx: CheckContext, date: string) =>
  ctx.facts.weeks.find((w) => w.start <= date && date <= w.end);

/**
 * One working-day wage on `date`: daily rate (`wageRate`, else wage_rate), hourly rate x L, or
 * the period's average for piece work; floored at the minimum wage.
 */
function dayWage(
  ctx: CheckContext,
  p: PayPeriod,
  date: string,
  wageRate?: Ratio,
): { ok: true; amount: Ratio } | { ok: false; reason: Reason } {
  const e = ctx.facts.employee;
  const rate = wageRate ?? Ratio.of(e.wage_rate ?? 0);
  let amount: Ratio;
  if (e.wage_type === 'daily') amount = rate;
  else if (e.wage_type === 'hourly') {
    // L in force on the holiday itself: a ceiling that changed since another day's does not carry over.
    const d = ctx.facts.days.find((x) => x.date === date);
    const limit = d?.limitMin ?? inForceOr(undefined, () => limitMinutes(e, ctx.pack, date));
    if (limit === undefined) return { ok: false, reason: reason('normal_hours_unknown') };
    amount = rate.mul(new Ratio(BigInt(limit), 60n));
  } else {
    // Rows without a readable date, or a date of the period whose rows were all rejected, may
    // be days of the period the average would leave out.
    const unknown = daysWorkedUnknown(ctx, p);
    if (unknown) return { ok: false, reason: unknown };
    const worked = p.days.filter((d) => d.workedMin > 0).length;
    if (worked === 0) return { ok: false, reason: reason('piece_no_days_in_period') };
    amount = new Ratio(BigInt(p.pay.base_pay + (p.pay.other_wages ?? 0)), BigInt(worked));
  }
  const mw = minimumWage(e, date, ctx.wages);
  if (mw.ok) amount = amount.max(Ratio.of(mw.value.dailySatang));
  return { ok: true, amount };
}
