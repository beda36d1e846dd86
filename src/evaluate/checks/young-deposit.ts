import { baht, Ratio } from '../../findings/money.js';
import { because, reason } from '../../findings/reasons.js';
import { type CheckFunction, out } from '../check.js';
import { dueDate, isYoung, overlapUnknown, payEvidence, periodOf } from './util.js';

/** No security deposit from an under-18 (s.51): any deduction_deposit is owed back. */
export const youngDeposit: CheckFunction = {
  name: 'young-deposit',
  fact: 'pay_period',
  needs: ['employees', 'payroll'],
  run(ctx) {
    const o = out();
    // Without the column a deposit taken is unknown, not none: said for the young only.
    const noDeposits = ctx.absent('payroll', 'deduction_deposit');
    if (noDeposits) {
      if (ctx.facts.periods.some((p) => isYoung(ctx, dueDate(p))))
        o.undetermined.push(because(noDeposits, 'deposit_unknown'));
      return o;
    }
    for (const p of ctx.facts.periods) {
      const deposit = p.pay.deduction_deposit ?? 0;
      if (deposit === 0) continue;
      const young = isYoung(ctx, dueDate(p));
      if (young === undefined) {
        o.undetermined.push(reason('no_birth_date'));
        continue;
      }
      if (!young) continue;
      // A period overlapping another may repeat its deposit.
      const overlap = overlapUnknown(p);
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
    return o;
  },
};
