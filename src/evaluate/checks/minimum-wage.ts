import { addDays, addMonths, day, daysInMonth, isoOf } from '../../base/calendar.js';
import { type PayPeriod, zeroDaysPaid } from '../../facts/employee.js';
import { minimumWage, minimumWageUse } from '../../facts/wage.js';
import { baht, Ratio, ZERO } from '../../findings/money.js';
import { because, daysText, inPeriod, type Reason, reason } from '../../findings/reasons.js';
import type { WageAnswer } from '../../pack/minimum-wage.js';
import type { CheckContext } from '../check.js';
import { type CheckFunction, out } from '../check.js';
import { workInDoubt } from './incomplete.js';
import { countUnknown, dueDate, hoursEvidence, payEvidence, payUnknown, periodOf } from './util.js';

/**
 * Minimum wage (s.90), per pay period: wages (base_pay + other_wages) below the minimum due.
 * Daily-, hourly- and piece-paid: the full daily minimum of each work day worked, whatever its
 * hours (the minimum is a rate per day of normal working time); the rule's `hourly_pro_rata`
 * switches hourly-paid employees to the minimum / L per normal hour. Holiday work is not
 * counted here: s.62/s.63 pay it at a rate floored at the minimum wage. Monthly-paid, day by
 * day: a day of a month employed in full is due the minimum x 30 / days in that month; a day
 * of a month employed in part (hired or terminated inside it) the minimum, once; days outside
 * hire_date..termination_date nothing.
 */
export const minimumWageCheck: CheckFunction = {
  name: 'minimum-wage',
  fact: 'pay_period',
  needs: ['employees', 'payroll'],
  run(ctx) {
    const o = out();
    const e = ctx.facts.employee;
    const judged: { p: PayPeriod; due: Extract<Due, { ok: true }>; wages: number }[] = [];
    for (const p of ctx.facts.periods) {
      // Pay for a period that overlaps another is not known to be the period's whole pay; one
      // that ends after the as-of date pays for work the audit does not hold.
      const overlap = payUnknown(ctx, p);
      if (overlap) {
        o.undetermined.push(overlap);
        continue;
      }
      const due = minimumDue(ctx, p);
      if (!due.ok) {
        o.undetermined.push(inPeriod(p, due.reason));
        continue;
      }
      judged.push({ p, due, wages: p.pay.base_pay + (p.pay.other_wages ?? 0) });
    }
    const metInMonth = e.wage_type === 'monthly' ? monthsMet(judged) : undefined;
    for (const { p, due, wages } of judged) {
      const owed = due.amount.sub(Ratio.of(wages));
      if (owed.roundHalfUp() <= 0) continue;
      if (metInMonth?.has(p.start.slice(0, 7))) continue;
      const untyped = due.days.length ? holidayPayUntyped(p) : undefined;
      if (untyped) {
        o.undetermined.push(untyped);
        continue;
      }
      o.findings.push({
        period: periodOf(p),
        data: {
          wages: baht(wages),
          due: baht(due.amount.roundHalfUp()),
          basis: due.basis,
          basis_th: due.basis_th,
          start: p.start,
          end: p.end,
        },
        owed,
        due: dueDate(p),
        entitled: due.amount,
        paid: wages,
        evidence: [...payEvidence(p), ...hoursEvidence(due.days)],
        params: {
          minimum_wage: due.rates,
          wage_type: e.wage_type,
          divisor: due.divisor,
          ...(due.partMonthDays ? { part_month_days: due.partMonthDays } : {}),
          ...(e.wage_type === 'hourly' ? { hourly_pro_rata: due.proRata ?? false } : {}),
        },
      });
    }
    return o;
  },
};

/**
 * Work days counted from the hours, in a period whose payroll pays holiday work (holiday_pay,
 * holiday_ot_pay) while none of its days is a holiday by its day_type (a clock that exports no
 * day type, a holiday typed as work): the holiday worked is counted here as a work day due the
 * minimum, yet paid as holiday pay, so a shortfall of the work days' wages is not known.
 */
function holidayPayUntyped(p: PayPeriod): Reason | undefined {
  const paid = (p.pay.holiday_pay ?? 0) + (p.pay.holiday_ot_pay ?? 0);
  if (paid <= 0 || p.days.some((d) => d.day_type !== 'work')) return undefined;
  return inPeriod(p, reason('holiday_pay_no_holiday', { amount: baht(paid) }));
}

/**
 * Monthly-paid in several periods inside one calendar month (a salary paid in halves, 1-15 and
 * 16-31): the calendar months whose periods together were paid at least their minimum. Each half
 * is due its days' share (16 days of August: 6,193.55 of 12,000), so a salary of the monthly
 * minimum paid as 6,000 and 6,000 was short in the second half; over the month it is the
 * minimum x 30, which decision 2(a) holds enough. Such a month gives no finding.
 */
function monthsMet(judged: { p: PayPeriod; due: Extract<Due, { ok: true }>; wages: number }[]): Set<string> {
  const months = new Map<string, { count: number; due: Ratio; wages: number }>();
  for (const { p, due, wages } of judged) {
    const month = p.start.slice(0, 7);
    if (p.end.slice(0, 7) !== month) continue;
    const m = months.get(month) ?? { count: 0, due: ZERO, wages: 0 };
    months.set(month, { count: m.count + 1, due: m.due.add(due.amount), wages: m.wages + wages });
  }
  const met = new Set<string>();
  for (const [month, m] of months)
    if (m.count > 1 && Ratio.of(m.wages).sub(m.due).roundHalfUp() >= 0) met.add(month);
  return met;
}

export type Due =
  | {
      ok: true;
      amount: Ratio;
      basis: string;
      basis_th: string;
      rates: unknown[];
      days: PayPeriod['days'];
      divisor?: unknown;
      /** Monthly-paid: days of a month employed in part, each due the daily minimum once. */
      partMonthDays?: number;
      /** Hourly-paid: due per normal hour (the pack's hourly_pro_rata) rather than per day. */
      proRata?: boolean;
    }
  | { ok: false; reason: Reason };

/** The minimum wage due for a pay period (also the wage floor of the s.76 base). */
export function minimumDue(ctx: CheckContext, p: PayPeriod): Due {
  const e = ctx.facts.employee;
  const rates = new Map<string, unknown>();
  let listed: WageAnswer | undefined;
  const rate = (date: string) => {
    const w = minimumWage(e, date, ctx.wages);
    // Day after day the answer is the same one (facts/wage.ts keeps it while no rate can change).
    if (w.ok && w.value !== listed) {
      listed = w.value;
      rates.set(`${w.value.from}|${w.value.dailySatang}`, {
        ...minimumWageUse(w.value),
        basis: w.value.basis,
      });
    }
    return w;
  };
  let amount = ZERO;
  if (!e.wage_type) return { ok: false, reason: reason('no_wage_type') };
  const noProvince = e.province ? undefined : ctx.absent('employees', 'province');
  if (noProvince) return { ok: false, reason: because(noProvince, 'province_unknown') };
  if (e.wage_type === 'monthly') {
    const from = e.hire_date && e.hire_date > p.start ? e.hire_date : p.start;
    const to = e.termination_date && e.termination_date < p.end ? e.termination_date : p.end;
    const divisor = ctx.pack.at('monthly_wage_divisor', p.start);
    if (!divisor) return { ok: false, reason: reason('no_monthly_divisor') };
    /** The minimum due day by day, each day's share of a month: a calendar month's, or the pay month's. */
    const monthlySum = (
      payMonth: PayMonth | undefined,
    ): { ok: true; amount: Ratio; partDays: number } | { ok: false; reason: Reason } => {
      let amount = ZERO;
      let partDays = 0;
      // Days of one month at one rate are summed as one term: the sum is the same exact fraction.
      let term: Ratio | undefined;
      let termDays = 0;
      let monthEnd = Number.NEGATIVE_INFINITY;
      let fullMonth: boolean | undefined;
      let dim = 0;
      let daily = 0;
      for (let n = day(from), last = day(to); n <= last; n++) {
        const d = isoOf(n);
        const w = rate(d);
        if (!w.ok) return { ok: false, reason: w.reason };
        const newMonth = n > monthEnd;
        if (newMonth) {
          const first = payMonth ? payMonth.start : `${d.slice(0, 8)}01`;
          dim = payMonth ? payMonth.days : daysInMonth(Number(d.slice(0, 4)), Number(d.slice(5, 7)));
          const end = payMonth ? payMonth.end : `${d.slice(0, 8)}${dim}`;
          monthEnd = day(end);
          fullMonth =
            (!e.hire_date || e.hire_date <= first) && (!e.termination_date || e.termination_date >= end);
        }
        if (newMonth || w.value.dailySatang !== daily) {
          if (term) amount = amount.add(term.mul(termDays));
          daily = w.value.dailySatang;
          term = fullMonth ? Ratio.of(daily).mul(Number(divisor.value)).div(dim) : Ratio.of(daily);
          termDays = 0;
        }
        termDays++;
        if (!fullMonth) partDays++;
      }
      if (term) amount = amount.add(term.mul(termDays));
      return { ok: true, amount, partDays };
    };
    // A period of one month from a day other than the 1st (26 January to 25 February, a payroll
    // cut-off) is read both ways, and the smaller sum is due: day by day over the calendar months
    // it crosses (decision 2(a)), and as the employee's own month, whose days share the minimum
    // x 30. Read by calendar months alone, a salary of exactly the monthly minimum was short on any
    // cut-off across February (964.29 baht on 11,160); read by the pay month alone, a rise on the
    // 1st of a month of 31 days was due a day more than decision 2(a) gives.
    const byCalendar = monthlySum(undefined);
    const month = payMonthOf(p);
    const byPayMonth = month && monthlySum(month);
    if (!byCalendar.ok) return byCalendar;
    const usePayMonth = byPayMonth?.ok && byCalendar.amount.sub(byPayMonth.amount).isPositive();
    const { amount: sum, partDays } = usePayMonth ? byPayMonth : byCalendar;
    amount = sum;
    const payMonth = usePayMonth ? month : undefined;
    const inMonth = payMonth ? `the pay month (${payMonth.days})` : 'month';
    const inMonthTh = payMonth ? `จำนวนวันของงวด (${payMonth.days} วัน)` : 'จำนวนวันของเดือน';
    return {
      ok: true,
      amount,
      basis: partDays
        ? `${from}..${to}, minimum wage x ${divisor.value} / days in month for months employed in full, the daily minimum for each of ${partDays} days of a month employed in part`
        : `${from}..${to}, minimum wage x ${divisor.value} / days in ${inMonth}`,
      basis_th: partDays
        ? `${from}..${to} ค่าจ้างขั้นต่ำ x ${divisor.value} / จำนวนวันของเดือน สำหรับเดือนที่จ้างเต็มเดือน และค่าจ้างขั้นต่ำรายวันสำหรับ ${partDays} วันของเดือนที่จ้างไม่เต็มเดือน`
        : `${from}..${to} ค่าจ้างขั้นต่ำ x ${divisor.value} / ${inMonthTh}`,
      rates: [...rates.values()],
      days: [],
      divisor,
      partMonthDays: partDays,
    };
  }
  // A day whose only rows are dated out of the file's order is not known to be worked: left out,
  // the lower sum.
  const worked = p.days.filter(
    (d) => d.day_type === 'work' && d.workedMin > 0 && !(ctx.facts.incomplete.size && workInDoubt(ctx, d)),
  );
  if (!ctx.present.hours) {
    if (e.wage_type === 'hourly') return { ok: false, reason: reason('hourly_no_hours') };
    if (zeroDaysPaid(p)) return { ok: false, reason: reason('days_paid_zero') };
    if (p.pay.days_worked === undefined) {
      const split = countUnknown(p, 'days_worked');
      if (split) return { ok: false, reason: split };
      const why = ctx.absent('payroll', 'days_worked');
      return {
        ok: false,
        reason: why ? because(why, 'no_hours_column_absent') : reason('no_hours_no_days_worked'),
      };
    }
    const a = rate(p.start);
    const b = rate(p.end);
    if (!a.ok) return { ok: false, reason: a.reason };
    if (!b.ok) return { ok: false, reason: b.reason };
    // Without dates worked, the lower rate of the period is the only safe one.
    const daily = Math.min(a.value.dailySatang, b.value.dailySatang);
    return {
      ok: true,
      amount: Ratio.of(daily).mul(Ratio.decimal(String(p.pay.days_worked))),
      basis: `${daysText(p.pay.days_worked)} worked (payroll) x minimum wage`,
      basis_th: `ทำงาน ${p.pay.days_worked} วัน (ตามบัญชีค่าจ้าง) x ค่าจ้างขั้นต่ำ`,
      rates: [...rates.values()],
      days: [],
    };
  }
  const proRata = e.wage_type === 'hourly' && worked.length > 0 && hourlyProRata(ctx, worked[0].date);
  // Whole days sum in integer satang, exactly; the fraction is made once.
  let fullDays = 0;
  for (const d of worked) {
    const w = rate(d.date);
    if (!w.ok) return { ok: false, reason: w.reason };
    if (proRata) {
      amount = amount.add(
        Ratio.of(w.value.dailySatang).mul(new Ratio(BigInt(d.normalMin), BigInt(d.limitMin))),
      );
    } else {
      fullDays += w.value.dailySatang;
    }
  }
  if (!proRata) amount = Ratio.of(fullDays);
  const basis = proRata
    ? `${daysText(worked.length)}, normal hours x minimum wage / normal day`
    : `${daysText(worked.length)} worked x the full daily minimum wage`;
  const basis_th = proRata
    ? `${worked.length} วัน ชั่วโมงทำงานปกติ x ค่าจ้างขั้นต่ำ / เวลาทำงานปกติต่อวัน`
    : `ทำงาน ${worked.length} วัน x ค่าจ้างขั้นต่ำรายวันเต็มวัน`;
  return { ok: true, amount, basis, basis_th, rates: [...rates.values()], days: worked, proRata };
}

/** A pay period that is one month from a day other than the 1st, with its length in days. */
interface PayMonth {
  start: string;
  end: string;
  days: number;
}

function payMonthOf(p: PayPeriod): PayMonth | undefined {
  if (p.start.endsWith('-01')) return undefined;
  if (p.end !== addDays(addMonths(p.start, 1), -1)) return undefined;
  return { start: p.start, end: p.end, days: day(p.end) - day(p.start) + 1 };
}

/** The rule's switch for hourly-paid employees: the minimum / L per normal hour instead of per day. */
function hourlyProRata(ctx: CheckContext, date: string): boolean {
  return ctx.param('hourly_pro_rata', date).value === true;
}
