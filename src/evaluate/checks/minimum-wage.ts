import { addDays, daysInMonth } from '../../facts/calendar.js';
import type { PayPeriod } from '../../facts/employee.js';
import { minimumWage } from '../../facts/wage.js';
import { baht, Ratio, ZERO } from '../../findings/money.js';
import { daysText, inPeriod, type Reason, reason } from '../../findings/reasons.js';
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
        o.undetermined.push(inPeriod(p, due.reason));
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
          basis_th: due.basis_th,
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
  | {
      ok: true;
      amount: Ratio;
      basis: string;
      basis_th: string;
      rates: unknown[];
      days: PayPeriod['days'];
      divisor?: unknown;
    }
  | { ok: false; reason: Reason };

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
  if (!e.wage_type) return { ok: false, reason: reason('no_wage_type') };
  if (e.wage_type === 'monthly') {
    const from = e.hire_date && e.hire_date > p.start ? e.hire_date : p.start;
    const to = e.termination_date && e.termination_date < p.end ? e.termination_date : p.end;
    const divisor = ctx.pack.at('monthly_wage_divisor', p.start);
    if (!divisor) return { ok: false, reason: reason('no_monthly_divisor') };
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
      basis_th: `${from}..${to} ค่าจ้างขั้นต่ำ x ${divisor.value} / จำนวนวันของเดือน`,
      rates: [...rates.values()],
      days: [],
      divisor,
    };
  }
  const worked = p.days.filter((d) => d.day_type === 'work' && d.workedMin > 0);
  if (!ctx.present.hours) {
    if (e.wage_type === 'hourly') return { ok: false, reason: reason('hourly_no_hours') };
    if (p.pay.days_worked === undefined) return { ok: false, reason: reason('no_hours_no_days_worked') };
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
      ? `${daysText(worked.length)}, normal hours x minimum wage / normal day`
      : `${daysText(worked.length)} worked x minimum wage`;
  const basis_th =
    e.wage_type === 'hourly'
      ? `${worked.length} วัน ชั่วโมงทำงานปกติ x ค่าจ้างขั้นต่ำ / เวลาทำงานปกติต่อวัน`
      : `ทำงาน ${worked.length} วัน x ค่าจ้างขั้นต่ำ`;
  return { ok: true, amount, basis, basis_th, rates: [...rates.values()], days: worked };
}
