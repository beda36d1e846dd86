import { baht } from '../../findings/money.js';
import { type CheckFunction, out } from '../check.js';
import { gross, payEvidence, periodOf } from './util.js';

/** Data integrity: net_pay differs from gross minus all deductions by more than `tolerance` baht. */
export const netPay: CheckFunction = {
  name: 'net-pay',
  fact: 'pay_period',
  needs: ['payroll'],
  run(ctx) {
    const o = out();
    for (const p of ctx.facts.periods) {
      const x = p.pay;
      if (x.net_pay === undefined) continue;
      const deducted =
        (x.deduction_statutory ?? 0) +
        (x.deduction_union ?? 0) +
        (x.deduction_coop ?? 0) +
        (x.deduction_provident ?? 0) +
        (x.deduction_deposit ?? 0) +
        (x.deduction_damages ?? 0) +
        (x.deduction_other ?? 0);
      const expected = gross(p) - deducted;
      const tolerance = Math.round(ctx.num('tolerance', p.end) * 100);
      if (Math.abs(x.net_pay - expected) > tolerance) {
        o.findings.push({
          period: periodOf(p),
          data: { net: baht(x.net_pay), expected: baht(expected), start: p.start, end: p.end },
          evidence: payEvidence(p),
          params: { tolerance: ctx.param('tolerance', p.end) },
        });
      }
    }
    return o;
  },
};
