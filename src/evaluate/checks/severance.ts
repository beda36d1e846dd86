import { parseTiers, serviceDays, tierReached } from '../../facts/termination.js';
import { baht, Ratio } from '../../findings/money.js';
import { reason, TERMINATION_REASON_TH } from '../../findings/reasons.js';
import { type CheckFunction, out } from '../check.js';
import { absentColumn, endEvidence, endingOf, lastWage, paidIn } from './termination.js';

/**
 * Severance (s.118, s.118/1): a dismissal, retirement, closure or contract end without a
 * s.119 ground, after the first tier's service, owes the tier's days x the last daily wage,
 * less `severance_pay`; due on the termination date.
 */
export const severance: CheckFunction = {
  name: 'severance',
  fact: 'employee',
  needs: ['employees', 'payroll'],
  run(ctx) {
    const o = out();
    const e = ctx.facts.employee;
    const ending = endingOf(ctx);
    if (ending.kind === 'none') return o;
    if (ending.kind === 'undetermined') {
      o.undetermined.push(ending.reason);
      return o;
    }
    const { end, reason: endedBy } = ending;
    if (!e.hire_date) {
      o.undetermined.push(reason('no_hire_date_service'));
      return o;
    }
    const tierParam = ctx.param('tiers', end);
    const tiers = Array.isArray(tierParam.value) ? parseTiers(tierParam.value) : undefined;
    if (!tiers) {
      o.undetermined.push(reason('tiers_malformed'));
      return o;
    }
    const tier = tierReached(tiers, e.hire_date, end);
    if (!tier) return o;
    const missing = absentColumn(ctx, 'payroll', 'severance_pay');
    if (missing) {
      o.undetermined.push(missing);
      return o;
    }
    const wage = lastWage(ctx, end);
    if (!wage.ok) {
      o.undetermined.push(wage.reason);
      return o;
    }
    const entitled = wage.value.amount.mul(tier.days);
    const { paid, rows } = paidIn(ctx, 'severance_pay');
    const owed = entitled.sub(Ratio.of(paid));
    if (!owed.isPositive()) return o;
    o.findings.push({
      date: end,
      data: {
        reason: endedBy,
        reason_th: TERMINATION_REASON_TH[endedBy] ?? endedBy,
        hire: e.hire_date,
        termination: end,
        service_days: serviceDays(e.hire_date, end),
        tier_days: tier.days,
        daily_wage: baht(wage.value.amount.roundHalfUp()),
        entitled: baht(entitled.roundHalfUp()),
        paid: baht(paid),
      },
      owed,
      due: end,
      entitled,
      paid,
      evidence: [...endEvidence(ctx), ...rows],
      params: {
        tiers: tierParam,
        tier: tier.text,
        service_days: serviceDays(e.hire_date, end),
        daily_wage_basis: wage.value.basis,
        ...wage.value.uses,
      },
    });
    return o;
  },
};
