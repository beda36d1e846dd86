import { addDays, daysInMonth } from '../../facts/calendar.js';
import type { PayPeriod } from '../../facts/employee.js';
import { minimumWage } from '../../facts/wage.js';
import { baht, Ratio, ZERO } from '../../findings/money.js';
import type { CheckContext } from '../check.js';
import { type CheckFunction, out } from '../check.js';
import { dueDate, hoursEvidence, payEvidence, periodOf } from './util.js';

/**
 * Minimum wage (s.90), per pay period: wages (base_pay + other_wages) below the minimum due.
 * Daily- and piece-paid: the minimum wage of each day worked. Monthly-paid: for each calendar
 * day of the period in employment, minimum wage x 30 / days in that month. Hourly-paid: the
 * minimum wage / L for each normal hour worked.
 */
export const minimumWageCheck: CheckFunction = {
  name: 'minimum-wage',
  fact: 'pay_period',
  needs: ['employees', 'payroll'],
  run(ctx) {
    const o = out();
    const e = ctx.facts.employee;
    for (const p of ctx.facts.periods) {
      const due = minimumDue(ctx, p);
      if (!due.ok) {
        o.undetermined.push(`${p.start}..${p.end}: ${due.reason}`);
        continue;
      }
      const wages = p.pay.base_pay + (p.pay.other_wages ?? 0);
      const owed = due.amount.sub(Ratio.of(wages));
      if (!owed.isPositive()) continue;
      o.findings.push({
        period: periodOf(p),
        data: {
          wages: baht(wages),
          due: baht(due.amount.roundHalfUp()),
          basis: due.basis,
          start: p.start,
          end: p.end,
        },
        owed,
        due: dueDate(p),
        entitled: due.amount,
        paid: wages,
        evidence: [...payEvidence(p), ...hoursEvidence(due.days)],
        params: { minimum_wage: due.rates, wage_type: e.wage_type, divisor: due.divisor },
      });
    }
    return o;
  },
};

type Due =
  | { ok: true; amount: Ratio; basis: string; rates: unknown[]; days: PayPeriod['days']; divisor?: unknown }
  | { ok: false; reason: string };

function minimumDue(ctx: CheckContext, p: PayPeriod): Due {
  const e = ctx.facts.employee;
  const rates = new Map<string, unknown>();
  const rate = (date: string) => {
    const w = minimumWage(e, date, ctx.wages);
    if (w.ok)
      rates.set(`${w.value.from}|${w.value.dailySatang}`, {
        value: w.value.dailySatang / 100,
        from: w.value.from,
        source: w.value.notification,
        basis: w.value.basis,
      });
    return w;
  };
  let amount = ZERO;
  if (!e.wage_type) return { ok: false, reason: 'no wage type (employees file missing)' };
  const noProvince = e.province ? undefined : ctx.absent('employees', 'province');
  if (noProvince) return { ok: false, reason: `${noProvince}: the workplace province is unknown` };
  if (e.wage_type === 'monthly') {
    const from = e.hire_date && e.hire_date > p.start ? e.hire_date : p.start;
    const to = e.termination_date && e.termination_date < p.end ? e.termination_date : p.end;
    const divisor = ctx.pack.at('monthly_wage_divisor', p.start);
    if (!divisor) return { ok: false, reason: 'no monthly wage divisor in force' };
    for (let d = from; d <= to; d = addDays(d, 1)) {
      const w = rate(d);
      if (!w.ok) return { ok: false, reason: w.reason };
      const [y, m] = d.split('-').map(Number);
      amount = amount.add(Ratio.of(w.value.dailySatang).mul(Number(divisor.value)).div(daysInMonth(y, m)));
    }
    return {
      ok: true,
      amount,
      basis: `${from}..${to}, minimum wage x ${divisor.value} / days in month`,
      rates: [...rates.values()],
      days: [],
      divisor,
    };
  }
  const worked = p.days.filter((d) => d.day_type === 'work' && d.workedMin > 0);
  if (!ctx.present.hours) {
    if (e.wage_type === 'hourly') return { ok: false, reason: 'hourly-paid: no hours file' };
    if (p.pay.days_worked === undefined) {
      const why = ctx.absent('payroll', 'days_worked');
      return { ok: false, reason: `no hours file and ${why ?? 'no days_worked for this period'}` };
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
      basis: `${p.pay.days_worked} days worked (payroll) x minimum wage`,
      rates: [...rates.values()],
      days: [],
    };
  }
  for (const d of worked) {
    const w = rate(d.date);
    if (!w.ok) return { ok: false, reason: w.reason };
    if (e.wage_type === 'hourly') {
      amount = amount.add(
        Ratio.of(w.value.dailySatang).mul(new Ratio(BigInt(d.normalMin), BigInt(d.limitMin))),
      );
    } else {
      amount = amount.add(Ratio.of(w.value.dailySatang));
    }
  }
  const basis =
    e.wage_type === 'hourly'
      ? `${worked.length} days, normal hours x minimum wage / normal day`
      : `${worked.length} days worked x minimum wage`;
  return { ok: true, amount, basis, rates: [...rates.values()], days: worked };
}
