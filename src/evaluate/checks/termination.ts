import type { DailyWage } from '../../facts/termination.js';
import { lastDailyWage, periodAt } from '../../facts/termination.js';
import type { Fact } from '../../facts/wage.js';
import { baht, Ratio } from '../../findings/money.js';
import { KIND_TH, type Reason, reason, TERMINATION_REASON_TH } from '../../findings/reasons.js';
import type { PayrollRow } from '../../parse/records.js';
import { type CheckContext, type CheckFunction, type Draft, out } from '../check.js';
import { daysWorkedUnknown } from './incomplete.js';
import { payLostBy } from './lost-pay.js';
import { recordsAfterTermination } from './service-dates.js';
import { employeeEvidence, payEvidence } from './util.js';
import { rateUnconfirmed, shownParams, wageShown } from './wage-shown.js';

// What the three termination checks (s.17/1, s.67, s.118) share: who is owed, and the last wage.

type Ending =
  | { kind: 'owed'; end: string; reason: string }
  | { kind: 'none' }
  | { kind: 'undetermined'; reason: Reason };

/** Why a termination entitlement cannot be told. */
export type Unknown = { unknown: Reason };

/**
 * A termination check: `owed` runs only where employment ended in a way that owes the
 * entitlement, and gives a finding, the reason it cannot tell, or nothing. Every finding names
 * the ending (`reason`, `reason_th`) and cites the employee's row.
 */
export function terminationCheck(
  name: string,
  owed: (ctx: CheckContext, end: string) => Draft | Unknown | undefined,
): CheckFunction {
  return {
    name,
    fact: 'employee',
    needs: ['employees', 'payroll'],
    run(ctx) {
      const o = out();
      const ending = endingOf(ctx);
      if (ending.kind === 'undetermined') o.undetermined.push(ending.reason);
      if (ending.kind !== 'owed') return o;
      const r = owed(ctx, ending.end);
      if (r && 'unknown' in r) o.undetermined.push(r.unknown);
      else if (r)
        o.findings.push({
          ...r,
          data: {
            reason: ending.reason,
            reason_th: TERMINATION_REASON_TH[ending.reason] ?? ending.reason,
            ...r.data,
          },
          evidence: [...employeeEvidence(ctx.facts.employee), ...r.evidence],
        });
      return o;
    },
  };
}

/** One entitlement of some days at the last daily wage, set against what was paid. */
export interface Shortfall {
  /** The draft's money: owed (more than 0), due on the termination date, entitled, paid. */
  settled: Required<Pick<Draft, 'owed' | 'due' | 'entitled' | 'paid'>>;
  /** The amounts as the messages print them. */
  data: { daily_wage: string; entitled: string; paid: string };
  /** How the daily wage was taken, for the finding's params. */
  params: Record<string, unknown>;
  /** Payroll rows that paid something in the column. */
  rows: Draft['evidence'];
}

/**
 * `days` x the last daily wage less what `column` paid over all periods: the reason it cannot
 * tell (the column is absent, the wage unknown, payroll rows rejected that may have paid the
 * rest), or undefined when nothing is owed.
 */
export function shortfall(
  ctx: CheckContext,
  end: string,
  column: 'severance_pay' | 'notice_pay' | 'leave_pay',
  days: number | Ratio,
): Shortfall | Unknown | undefined {
  const missing = absentColumn(ctx, 'payroll', column);
  if (missing) return { unknown: missing };
  let wage = lastWage(ctx, end);
  if (!wage.ok) return { unknown: wage.reason };
  let entitled = wage.value.amount.mul(days);
  const { paid, rows } = paidIn(ctx, column);
  let owed = entitled.sub(Ratio.of(paid));
  if (owed.roundHalfUp() <= 0) return undefined;
  // The final period paid less than wage_rate makes (a rate typed with a zero too many, 3720 for
  // 372; a raise after the period): priced at the rate its pay shows, a lower bound, as premium
  // pay is; a shortfall that only wage_rate makes is undetermined.
  const final = periodAt(ctx.facts.periods, end);
  const shown = final && wageShown(ctx, final);
  if (final && shown) {
    wage = lastWage(ctx, end, shown.rate);
    if (!wage.ok) return { unknown: wage.reason };
    entitled = wage.value.amount.mul(days);
    owed = entitled.sub(Ratio.of(paid));
    if (owed.roundHalfUp() <= 0) return { unknown: rateUnconfirmed(ctx, final, shown) };
  }
  // A rejected row of any period of the audit may hold the payment (it is often paid after the
  // termination date, in a period of its own).
  const lost = payLostBy(ctx, ctx.asOf);
  if (lost) return { unknown: lost };
  // A payroll that stops before the termination date (an export of earlier months, an employee it
  // leaves out) does not hold what was paid on leaving: not "0 paid".
  if (!ctx.facts.periods.some((p) => p.end >= end))
    return { unknown: reason('termination_pay_not_in_payroll', { date: end }) };
  return {
    settled: { owed, due: end, entitled, paid },
    data: {
      daily_wage: baht(wage.value.amount.roundHalfUp()),
      entitled: baht(entitled.roundHalfUp()),
      paid: baht(paid),
    },
    params: {
      daily_wage_basis: wage.value.basis,
      ...wage.value.uses,
      ...(shown ? shownParams(ctx, shown) : {}),
    },
    rows,
  };
}

/**
 * Whether employment ended in a way that owes this entitlement: the reasons that do are the
 * rule's `reasons_owed` parameter. No termination date: nothing to check. A termination date
 * without a reason: undetermined, never assumed.
 */
function endingOf(ctx: CheckContext): Ending {
  const e = ctx.facts.employee;
  const end = e.termination_date;
  if (!end) return { kind: 'none' };
  // Notice given for a day after the audit: the entitlements fall due then, not before.
  if (end > ctx.asOf)
    return {
      kind: 'undetermined',
      reason: reason('termination_after_as_of', { date: end, as_of: ctx.asOf }),
    };
  // Ended before it began: a year typed wrong in one of the two dates.
  if (e.hire_date && end < e.hire_date)
    return {
      kind: 'undetermined',
      reason: reason('termination_before_hire', { termination: end, hire: e.hire_date }),
    };
  const after = recordsAfterTermination(ctx, end);
  if (after) return { kind: 'undetermined', reason: after };
  if (!e.termination_reason) {
    return {
      kind: 'undetermined',
      reason:
        absentColumn(ctx, 'employees', 'termination_reason') ??
        reason('termination_reason_empty', { date: end }),
    };
  }
  const owed = ctx.param('reasons_owed', end).value;
  if (!Array.isArray(owed) || !owed.includes(e.termination_reason)) return { kind: 'none' };
  return { kind: 'owed', end, reason: e.termination_reason };
}

/** The employee's last daily wage on the termination date, floored at the minimum wage. */
function lastWage(ctx: CheckContext, end: string, rate?: Ratio): Fact<DailyWage> {
  return lastDailyWage(
    ctx.facts.employee,
    ctx.facts.periods,
    end,
    {
      params: ctx.pack,
      wages: ctx.wages,
      hoursPresent: ctx.present.hours,
      // No period here runs past the as-of date: a termination after it is undetermined (`endingOf`).
      daysUnknownIn: (p) => daysWorkedUnknown(ctx, p),
      ...(rate ? { rate } : {}),
    },
    ctx.num('piece_average_days', end),
  );
}

/** What the payroll records as paid in one column over all the employee's periods (satang). */
function paidIn(ctx: CheckContext, column: keyof PayrollRow): { paid: number; rows: Draft['evidence'] } {
  let paid = 0;
  const rows: Draft['evidence'] = [];
  for (const p of ctx.facts.periods) {
    const v = p.pay[column];
    if (typeof v === 'number' && v !== 0) {
      paid += v;
      for (const e of payEvidence(p)) rows.push(e);
    }
  }
  return { paid, rows };
}

/** Why a column is unknown, naming the kind of file (the reason these checks have always given). */
export const absentColumn = (ctx: CheckContext, kind: 'employees' | 'payroll', column: string) =>
  ctx.absent(kind, column) === undefined
    ? undefined
    : reason('column_not_in_kind', { column, kind, kind_th: KIND_TH[kind] });
