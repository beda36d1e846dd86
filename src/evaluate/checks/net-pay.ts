import { baht } from '../../findings/money.js';
import { inPeriod, reason } from '../../findings/reasons.js';
import { PAY_COLUMNS } from '../../parse/records.js';
import { type CheckFunction, out } from '../check.js';
import { payLostIn } from './lost-pay.js';
import { DEDUCTIONS, deducted, gross, payEvidence, periodOf, repeatedUnknown } from './util.js';

/** Data integrity: net_pay differs from gross minus all deductions by more than `tolerance` baht. */
export const netPay: CheckFunction = {
  name: 'net-pay',
  fact: 'pay_period',
  needs: ['payroll'],
  run(ctx) {
    const o = out();
    const absent = (c: string) => ctx.absent('payroll', c) !== undefined;
    for (const p of ctx.facts.periods) {
      const x = p.pay;
      if (x.net_pay === undefined) continue;
      // A rejected row of the period may hold part of its pay, deductions or net.
      // Rows of it repeated: their pay is added and their deductions counted once.
      const lost = payLostIn(ctx, p) ?? repeatedUnknown(p);
      if (lost) {
        o.undetermined.push(lost);
        continue;
      }
      const expected = gross(p) - deducted(p);
      const tolerance = Math.round(ctx.num('tolerance', p.end) * 100);
      if (Math.abs(x.net_pay - expected) > tolerance) {
        // An amount whose column is absent is unknown, not 0, when it could explain the
        // difference: a pay column when net is higher; a deduction when it is lower (a payroll
        // that lists social security alone may have deducted a loan it did not export).
        const unknown = x.net_pay > expected ? PAY_COLUMNS.filter(absent) : deductionsAbsent(absent);
        if (unknown.length) {
          const id = unknown.length > 1 ? 'net_pay_columns_absent' : 'net_pay_column_absent';
          o.undetermined.push(inPeriod(p, reason(id, { columns: unknown.join(', ') })));
          continue;
        }
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

/** The deduction columns absent from the payroll: all of them said as one (`deduction_*`). */
function deductionsAbsent(absent: (c: string) => boolean): string[] {
  const missing = DEDUCTIONS.filter(absent);
  return missing.length === DEDUCTIONS.length ? ['deduction_*'] : missing;
}
