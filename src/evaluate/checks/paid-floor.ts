import { minimumWage } from '../../facts/wage.js';
import { baht } from '../../findings/money.js';
import { reason } from '../../findings/reasons.js';
import { type CheckFunction, out } from '../check.js';
import { lostPeriods, payLostIn } from './lost-pay.js';
import { hoursEvidence, pastAsOf, payEvidence } from './util.js';

/**
 * Paid exactly the floor: wages equal to the minimum wage times the days worked in most
 * periods, while the hours file shows overtime in them that is never paid. Books kept to the
 * minimum for the inspector, with the real hours elsewhere. Daily-paid employees only: their
 * floor is a plain product (monthly pay has no such telling figure).
 */
export const paidFloor: CheckFunction = {
  name: 'paid-floor',
  fact: 'pay_period',
  needs: ['employees', 'hours', 'payroll'],
  run(ctx) {
    const o = out();
    const e = ctx.facts.employee;
    if (e.wage_type !== 'daily' || !ctx.facts.periods.length) return o;
    const floor = ctx.facts.periods.filter((p) => {
      // A period overlapping another, or that rejected payroll rows may be part of: what was
      // paid for it is unknown; one ending after the as-of date has days after it rejected.
      if (p.pay.overlaps || pastAsOf(ctx, p) || payLostIn(ctx, p)) return false;
      const worked = p.days.filter((d) => d.day_type === 'work' && d.workedMin > 0);
      if (!worked.length) return false;
      let due = 0;
      for (const d of worked) {
        const w = minimumWage(e, d.date, ctx.wages);
        if (!w.ok) return false;
        due += w.value.dailySatang;
      }
      return p.pay.base_pay + (p.pay.other_wages ?? 0) === due;
    });
    const last = ctx.facts.periods.at(-1)!.end;
    const minPeriods = ctx.num('min_periods', last);
    const minShare = ctx.num('min_share', last);
    // A period of rejected rows counts as one not paid at the floor: "most periods" is not drawn from part of them.
    const periods = ctx.facts.periods.length + lostPeriods(ctx);
    if (floor.length < minPeriods || floor.length <= periods * minShare) return o;
    const withOvertime = floor.filter((p) => p.days.some((d) => d.overtimeMin > 0));
    // "Never paid": overtime pay stated as nil in every such period; an empty cell says nothing.
    if (withOvertime.length < minPeriods || withOvertime.length <= floor.length * minShare) return o;
    if (withOvertime.some((p) => p.pay.ot_pay === undefined)) {
      o.undetermined.push(reason('ot_pay_not_stated'));
      return o;
    }
    if (withOvertime.some((p) => (p.pay.ot_pay ?? 0) > 0)) return o;
    const hours = withOvertime.reduce((s, p) => s + p.days.reduce((t, d) => t + d.overtimeMin, 0), 0);
    o.findings.push({
      period: { start: floor[0].start, end: floor.at(-1)!.end },
      data: {
        floor: floor.length,
        periods: ctx.facts.periods.length,
        overtime: withOvertime.length,
        hours: baht(Math.round((hours / 60) * 100)),
      },
      evidence: [
        ...withOvertime.flatMap(payEvidence),
        ...withOvertime.flatMap((p) => hoursEvidence(p.days.filter((d) => d.overtimeMin > 0))),
      ],
      params: { min_periods: ctx.param('min_periods', last), min_share: ctx.param('min_share', last) },
    });
    return o;
  },
};
