import type { PayPeriod } from '../../facts/employee.js';
import { baht, Ratio, ZERO } from '../../findings/money.js';
import { reason } from '../../findings/reasons.js';
import { type CheckContext, type CheckFunction, out } from '../check.js';
import { minimumDue } from './minimum-wage.js';
import { entitled, ORDER } from './premium-pay.js';
import { CAPPED_DEDUCTIONS, dueDate, gross, payEvidence, payUnknown, periodOf } from './util.js';
import { contractBase } from './wage-shown.js';

/**
 * Deductions (s.76). deduction_other is not a permitted purpose: all of it is owed. The
 * consent-based items (2)-(5) may each take at most `item_cap` and together `total_cap` of the
 * money due on the pay date unless the employee consented in writing; owed is the larger of
 * the summed item excesses and the total excess. Tax and social security (1) are outside the caps.
 * The money due is what the Act entitles the employee to, not what the employer chose to pay:
 * the larger of the wages paid and the minimum wage due, plus the larger of the premiums paid
 * and the premiums the hours entitle to.
 */
export const deductions: CheckFunction = {
  name: 'deductions',
  fact: 'pay_period',
  needs: ['payroll'],
  run(ctx) {
    const o = out();
    // A payroll with none of the deduction columns says nothing of deductions: not "none taken".
    const unknown = CAPPED_DEDUCTIONS.every((c) => ctx.absent('payroll', c));
    if (unknown && ctx.facts.periods.length) {
      o.undetermined.push(reason('deductions_unknown', { columns: CAPPED_DEDUCTIONS.join(', ') }));
      return o;
    }
    for (const p of ctx.facts.periods) {
      const x = p.pay;
      const other = x.deduction_other ?? 0;
      // A period overlapping another may repeat its deductions, and its base is unknown; one
      // that ends after the as-of date is not judged on its pay.
      const overlap = payUnknown(ctx, p);
      if (overlap) {
        if (CAPPED_DEDUCTIONS.some((c) => (x[c] ?? 0) > 0)) o.undetermined.push(overlap);
        continue;
      }
      if (other > 0) {
        o.findings.push({
          period: periodOf(p),
          messageId: 'not_permitted',
          data: { amount: baht(other), start: p.start, end: p.end },
          owed: Ratio.of(other),
          due: dueDate(p),
          entitled: Ratio.of(other),
          paid: 0,
          evidence: payEvidence(p),
          params: { permitted: ctx.param('permitted_purposes', p.end) },
        });
      }
      if (x.deduction_consent) continue;
      const items = {
        union: x.deduction_union ?? 0,
        coop: x.deduction_coop ?? 0,
        deposit_damages: (x.deduction_deposit ?? 0) + (x.deduction_damages ?? 0),
        provident: x.deduction_provident ?? 0,
      };
      if (Object.values(items).every((v) => v === 0)) continue;
      const due = moneyDue(ctx, p);
      const base = due.amount;
      const itemCap = base.mul(Ratio.decimal(String(ctx.num('item_cap', p.end))));
      const totalCap = base.mul(Ratio.decimal(String(ctx.num('total_cap', p.end))));
      let itemExcess = ZERO;
      let total = 0;
      for (const v of Object.values(items)) {
        total += v;
        const over = Ratio.of(v).sub(itemCap);
        if (over.isPositive()) itemExcess = itemExcess.add(over);
      }
      const totalOver = Ratio.of(total).sub(totalCap);
      const owed = itemExcess.max(totalOver);
      if (owed.roundHalfUp() <= 0) continue;
      o.findings.push({
        period: periodOf(p),
        messageId: 'over_cap',
        data: {
          amount: baht(total),
          base: baht(base.roundHalfUp()),
          item_cap: baht(itemCap.roundHalfUp()),
          total_cap: baht(totalCap.roundHalfUp()),
          start: p.start,
          end: p.end,
        },
        owed,
        due: dueDate(p),
        entitled: owed,
        paid: 0,
        evidence: payEvidence(p),
        params: {
          item_cap: ctx.param('item_cap', p.end),
          total_cap: ctx.param('total_cap', p.end),
          items: Object.fromEntries(Object.entries(items).map(([k, v]) => [k, v / 100])),
          base: due.parts,
        },
      });
    }
    return o;
  },
};

/** The money due on the pay date under the Act (s.76 base), with how it was made up (baht). */
function moneyDue(ctx: CheckContext, p: PayPeriod): { amount: Ratio; parts: Record<string, number> } {
  const x = p.pay;
  const wagesPaid = Ratio.of(x.base_pay + (x.other_wages ?? 0));
  const minimum = minimumDue(ctx, p);
  // The larger of the contract wage and the minimum due; wages paid above both count too.
  const contract = contractWages(ctx, p);
  const floor = contract ? wagesPaid.max(contract) : wagesPaid;
  const wages = minimum.ok ? floor.max(minimum.amount) : floor;
  const premiumsPaid = Ratio.of((x.ot_pay ?? 0) + (x.holiday_pay ?? 0) + (x.holiday_ot_pay ?? 0));
  let premiumsDue = ZERO;
  // The hours of days with a rejected punch as read: a lower base would lower the caps.
  for (const k of ORDER) {
    const a = entitled(ctx, p, k, true);
    if (a.ok) premiumsDue = premiumsDue.add(a.amount);
  }
  const premiums = premiumsPaid.max(premiumsDue);
  return {
    amount: wages.add(premiums),
    parts: {
      paid: gross(p) / 100,
      wages_due: wages.roundHalfUp() / 100,
      premiums_due: premiums.roundHalfUp() / 100,
    },
  };
}

/** The wages the contract sets for the period, fixed allowances included (contractBase). */
function contractWages(ctx: CheckContext, p: PayPeriod): Ratio | undefined {
  return contractBase(ctx, p)?.add(Ratio.of(p.pay.other_wages ?? 0));
}
