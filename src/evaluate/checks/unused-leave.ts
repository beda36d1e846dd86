import { day } from '../../base/calendar.js';
import { baht, Ratio } from '../../findings/money.js';
import { type CheckFunction, out } from '../check.js';
import { absentColumn, endEvidence, endingOf, lastWage, paidIn } from './termination.js';

/**
 * Unused annual leave (s.67): on termination other than on a s.119 ground, the leave of the
 * year of termination not taken is paid: entitlement = annual_leave_days x days employed that
 * calendar year / days in the year; owed = (entitlement - leave_taken_days) x the last daily
 * wage, less `leave_pay`; due on the termination date.
 */
export const unusedLeave: CheckFunction = {
  name: 'unused-leave',
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
    const missing =
      absentColumn(ctx, 'employees', 'annual_leave_days') ??
      absentColumn(ctx, 'employees', 'leave_taken_days');
    if (missing) {
      o.undetermined.push(missing);
      return o;
    }
    if (e.annual_leave_days === undefined || e.leave_taken_days === undefined) {
      o.undetermined.push('annual_leave_days or leave_taken_days is empty');
      return o;
    }
    const year = end.slice(0, 4);
    const jan1 = `${year}-01-01`;
    const from = e.hire_date && e.hire_date > jan1 ? e.hire_date : jan1;
    const employed = day(end) - day(from) + 1;
    const yearDays = day(`${year}-12-31`) - day(jan1) + 1;
    const entitlement = Ratio.decimal(String(e.annual_leave_days)).mul(employed).div(yearDays);
    const unused = entitlement.sub(Ratio.decimal(String(e.leave_taken_days)));
    if (!unused.isPositive()) return o;
    const noPay = absentColumn(ctx, 'payroll', 'leave_pay');
    if (noPay) {
      o.undetermined.push(noPay);
      return o;
    }
    const wage = lastWage(ctx, end);
    if (!wage.ok) {
      o.undetermined.push(wage.reason);
      return o;
    }
    const entitled = wage.value.amount.mul(unused);
    const { paid, rows } = paidIn(ctx, 'leave_pay');
    const owed = entitled.sub(Ratio.of(paid));
    if (!owed.isPositive()) return o;
    const days = (n: Ratio) => (Math.round(n.toNumber() * 100) / 100).toString();
    o.findings.push({
      date: end,
      data: {
        reason,
        termination: end,
        entitlement: days(entitlement),
        taken: e.leave_taken_days,
        unused: days(unused),
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
        annual_leave_days: e.annual_leave_days,
        days_employed_in_year: employed,
        days_in_year: yearDays,
        daily_wage_basis: wage.value.basis,
        ...wage.value.uses,
      },
    });
    return o;
  },
};
