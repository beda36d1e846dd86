import { baht, Ratio } from '../../findings/money.js';
import { because } from '../../findings/reasons.js';
import { type CheckFunction, out } from '../check.js';
import {
  birthPlausibility,
  dueDate,
  isYoung,
  noBirthDate,
  payEvidence,
  payUnknown,
  periodOf,
} from './util.js';

/** No security deposit from an under-18 (s.51): any deduction_deposit is owed back. */
export const youngDeposit: CheckFunction = {
  name: 'young-deposit',
  fact: 'pay_period',
  needs: ['employees', 'payroll'],
  run(ctx) {
    const o = out();
    // A pay date the birth date makes implausible is no under-18's (docs/inputs.md, implausible dates).
    const birth = birthPlausibility(ctx);
    // Without the column a deposit taken is unknown, not none: said for the young only.
    const noDeposits = ctx.absent('payroll', 'deduction_deposit');
    if (noDeposits) {
      if (ctx.facts.periods.some((p) => isYoung(ctx, dueDate(p)) && birth.plausible(dueDate(p))))
        o.undetermined.push(because(noDeposits, 'deposit_unknown'));
      if (birth.why) o.undetermined.push(birth.why);
      return o;
    }
    for (const p of ctx.facts.periods) {
      const deposit = p.pay.deduction_deposit ?? 0;
      if (deposit === 0) continue;
      const young = isYoung(ctx, dueDate(p));
      if (young === undefined) {
        o.undetermined.push(noBirthDate(ctx.facts.employee));
        continue;
      }
      if (!young || !birth.plausible(dueDate(p))) continue;
      // A period overlapping another may repeat its deposit; one that ends after the as-of date is not judged on its pay.
      const overlap = payUnknown(ctx, p);
      if (overlap) {
        o.undetermined.push(overlap);
        continue;
      }
      o.findings.push({
        period: periodOf(p),
        data: { amount: baht(deposit), start: p.start, end: p.end },
        owed: Ratio.of(deposit),
        due: dueDate(p),
        entitled: Ratio.of(deposit),
        paid: 0,
        evidence: payEvidence(p),
        params: { adult_age: ctx.pack.at('adult_age', p.end) },
      });
    }
    if (birth.why && ctx.facts.periods.some((p) => (p.pay.deduction_deposit ?? 0) > 0))
      o.undetermined.push(birth.why);
    return o;
  },
};
