import type { DailyWage } from '../../facts/termination.js';
import { lastDailyWage } from '../../facts/termination.js';
import type { Fact } from '../../facts/wage.js';
import { KIND_TH, type Reason, reason } from '../../findings/reasons.js';
import type { PayrollRow } from '../../parse/records.js';
import type { CheckContext, Draft } from '../check.js';
import { employeeEvidence } from './util.js';

// What the three termination checks (s.17/1, s.67, s.118) share: who is owed, and the last wage.

export type Ending =
  | { kind: 'owed'; end: string; reason: string }
  | { kind: 'none' }
  | { kind: 'undetermined'; reason: Reason };

/**
 * Whether employment ended in a way that owes this entitlement: the reasons that do are the
 * rule's `reasons_owed` parameter. No termination date: nothing to check. A termination date
 * without a reason: undetermined, never assumed.
 */
export function endingOf(ctx: CheckContext): Ending {
  const e = ctx.facts.employee;
  const end = e.termination_date;
  if (!end) return { kind: 'none' };
  if (!e.termination_reason) {
    return {
      kind: 'undetermined',
      reason: ctx.filled('employees', 'termination_reason')
        ? reason('termination_reason_empty', { date: end })
        : columnNotIn('employees', 'termination_reason'),
    };
  }
  const owed = ctx.param('reasons_owed', end).value;
  if (!Array.isArray(owed) || !owed.includes(e.termination_reason)) return { kind: 'none' };
  return { kind: 'owed', end, reason: e.termination_reason };
}

/** The employee's last daily wage on the termination date, floored at the minimum wage. */
export function lastWage(ctx: CheckContext, end: string): Fact<DailyWage> {
  return lastDailyWage(
    ctx.facts.employee,
    ctx.facts.periods,
    end,
    { params: ctx.pack, wages: ctx.wages, hoursPresent: ctx.present.hours },
    ctx.num('piece_average_days', end),
  );
}

/** What the payroll records as paid in one column over all the employee's periods (satang). */
export function paidIn(
  ctx: CheckContext,
  column: keyof PayrollRow,
): { paid: number; rows: Draft['evidence'] } {
  let paid = 0;
  const rows: Draft['evidence'] = [];
  for (const p of ctx.facts.periods) {
    const v = p.pay[column];
    if (typeof v === 'number' && v !== 0) {
      paid += v;
      rows.push({ kind: 'payroll', row: p.pay.row });
    }
  }
  return { paid, rows };
}

export const absentColumn = (ctx: CheckContext, kind: 'employees' | 'payroll', column: string) =>
  ctx.filled(kind, column) ? undefined : columnNotIn(kind, column);

const columnNotIn = (kind: 'employees' | 'payroll', column: string) =>
  reason('column_not_in_kind', { column, kind, kind_th: KIND_TH[kind] });

export const endEvidence = (ctx: CheckContext): Draft['evidence'] => employeeEvidence(ctx.facts.employee);
