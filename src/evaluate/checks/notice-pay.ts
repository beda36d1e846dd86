import { addMonths, day } from '../../base/calendar.js';
import { baht, Ratio } from '../../findings/money.js';
import { type CheckFunction, out } from '../check.js';
import { absentColumn, endEvidence, endingOf, lastWage, paidIn } from './termination.js';

/**
 * Notice (s.17 para 2, s.17/1): notice must reach the employee at least one pay period before
 * the termination takes effect (the length of the period holding the termination date,
 * capped at `max_months`). The days short are owed at the last daily wage, less `notice_pay`;
 * due on the termination date. Runs only where employees.csv has `notice_given_on`.
 */
export const noticePay: CheckFunction = {
  name: 'notice-pay',
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
    const { end, reason } = ending;
    const missing = absentColumn(ctx, 'employees', 'notice_given_on');
    if (missing) {
      o.undetermined.push(missing);
      return o;
    }
    if (!e.notice_given_on) {
      o.undetermined.push('notice_given_on is empty: when notice was given is unknown');
      return o;
    }
    const p = ctx.facts.periods.find((x) => x.start <= end && end <= x.end);
    if (!p) {
      o.undetermined.push(`no pay period contains the termination date ${end}`);
      return o;
    }
    const cap = day(addMonths(p.start, ctx.num('max_months', end))) - day(p.start);
    const length = Math.min(day(p.end) - day(p.start) + 1, cap);
    const given = day(end) - day(e.notice_given_on);
    const short = length - given;
    if (short <= 0) return o;
    const noPay = absentColumn(ctx, 'payroll', 'notice_pay');
    if (noPay) {
      o.undetermined.push(noPay);
      return o;
    }
    const wage = lastWage(ctx, end);
    if (!wage.ok) {
      o.undetermined.push(wage.reason);
      return o;
    }
    const entitled = wage.value.amount.mul(short);
    const { paid, rows } = paidIn(ctx, 'notice_pay');
    const owed = entitled.sub(Ratio.of(paid));
    if (!owed.isPositive()) return o;
    o.findings.push({
      date: end,
      data: {
        reason,
        notice: e.notice_given_on,
        termination: end,
        notice_days: Math.max(given, 0),
        period_days: length,
        days_short: short,
        daily_wage: baht(wage.value.amount.roundHalfUp()),
        entitled: baht(entitled.roundHalfUp()),
        paid: baht(paid),
      },
      owed,
      due: end,
      entitled,
      paid,
      evidence: [...endEvidence(ctx), { kind: 'payroll', row: p.pay.row }, ...rows],
      params: {
        max_months: ctx.param('max_months', end),
        pay_period: `${p.start}..${p.end}`,
        days_short: short,
        daily_wage_basis: wage.value.basis,
        ...wage.value.uses,
      },
    });
    return o;
  },
};
