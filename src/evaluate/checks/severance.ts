import { parseTiers, serviceDays, tierReached } from '../../facts/termination.js';
import { reason } from '../../findings/reasons.js';
import { serviceDatesImplausible } from './service-dates.js';
import { shortfall, terminationCheck } from './termination.js';

/**
 * Severance (s.118, s.118/1): a dismissal, retirement, closure or contract end without a
 * s.119 ground, after the first tier's service, owes the tier's days x the last daily wage,
 * less `severance_pay`; due on the termination date.
 */
export const severance = terminationCheck('severance', (ctx, end) => {
  const e = ctx.facts.employee;
  if (!e.hire_date) return { unknown: reason('no_hire_date_service') };
  const implausible = serviceDatesImplausible(ctx);
  if (implausible) return { unknown: implausible };
  const tierParam = ctx.param('tiers', end);
  const tiers = Array.isArray(tierParam.value) ? parseTiers(tierParam.value) : undefined;
  if (!tiers) return { unknown: reason('tiers_malformed') };
  const tier = tierReached(tiers, e.hire_date, end);
  if (!tier) return undefined;
  const s = shortfall(ctx, end, 'severance_pay', tier.days);
  if (!s || 'unknown' in s) return s;
  return {
    date: end,
    data: {
      hire: e.hire_date,
      termination: end,
      service_days: serviceDays(e.hire_date, end),
      tier_days: tier.days,
      ...s.data,
    },
    ...s.settled,
    evidence: s.rows,
    params: {
      tiers: tierParam,
      tier: tier.text,
      service_days: serviceDays(e.hire_date, end),
      ...s.params,
    },
  };
});
