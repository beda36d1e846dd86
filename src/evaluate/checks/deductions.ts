import { baht, Ratio, ZERO } from '../../findings/money.js';
import { type CheckFunction, out } from '../check.js';
import { dueDate, gross, payEvidence, periodOf } from './util.js';

/** The deductions s.76 limits: (2)-(5) and anything else. */
const DEDUCTIONS = [
  'deduction_union',
  'deduction_coop',
  'deduction_provident',
  'deduction_deposit',
  'deduction_damages',
  'deduction_other',
];

/**
 * Deductions (s.76). deduction_other is not a permitted purpose: all of it is owed. The
 * consent-based items (2)-(5) may each take at most `item_cap` and together `total_cap` of the
 * money due on the pay date unless the employee consented in writing; owed is the larger of
 * the summed item excesses and the total excess. Tax and social security (1) are outside the caps.
 */
export const deductions: CheckFunction = {
  name: 'deductions',
  fact: 'pay_period',
  needs: ['payroll'],
  run(ctx) {
    const o = out();
    // A payroll with none of the deduction columns says nothing of deductions: not "none taken".
    const unknown = DEDUCTIONS.every((c) => ctx.absent('payroll', c));
    if (unknown && ctx.facts.periods.length) {
      o.undetermined.push(`columns ${DEDUCTIONS.join(', ')} not in the payroll file: deductions unknown`);
      return o;
    }
    for (const p of ctx.facts.periods) {
      const x = p.pay;
      const other = x.deduction_other ?? 0;
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
      const base = Ratio.of(gross(p));
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
      if (!owed.isPositive()) continue;
      o.findings.push({
        period: periodOf(p),
        messageId: 'over_cap',
        data: {
          amount: baht(total),
          base: baht(gross(p)),
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
        },
      });
    }
    return o;
  },
};
