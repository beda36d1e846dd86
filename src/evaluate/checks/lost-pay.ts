import type { EmployeeFacts } from '../../facts/employee.js';
import { inPeriod, type Reason, reason } from '../../findings/reasons.js';
import type { LostPay } from '../../parse/ingest.js';
import { lineRuns } from '../../parse/rejections.js';
import type { CheckContext } from '../check.js';

// Payroll rows the tool rejected (`EmployeeFacts.lostPay`: a row of 6 cells under a header of 5,
// an amount that cannot be read, a period date that is no date) were the employee's pay for a
// period, or for some period when their period could not be read. The rows left are not the
// payroll: passed on them, an employee whose only row was rejected was "checked" with nothing
// found. So every rule that reads the payroll is undetermined for the employee, naming the rows
// and their period (the engine adds it, as it adds a file's absence); a period the rows may be
// part of (theirs, one overlapping it, any period for rows without one) is not set against what
// was due for it (`payUnknown`), and a conclusion from pay absent (a gap between pay dates, an
// entitlement on termination not paid) that the rows could hold is not drawn. Periods the rows
// cannot be part of are judged as before (docs/inputs.md, A payroll row rejected).

/** The lost pay the audit holds: a period that begins after the as-of date is outside it, as its rows would be. */
const within = (l: LostPay, asOf: string): boolean => l.start === undefined || l.start <= asOf;

/** "1 payroll row" and "row 7", "3 payroll rows" and "rows 7-8, 12": up to three runs of lines, then how many more. */
function rowsParam(rows: readonly number[]): Record<string, string | number> {
  const { list, more } = lineRuns(rows, 3);
  const n = rows.length;
  return {
    n_rows: `${n} payroll row${n > 1 ? 's' : ''}`,
    n_rows_th: n,
    rows: `${n > 1 ? 'rows' : 'row'} ${list}${more ? ` and ${more} more` : ''}`,
    rows_th: `แถว ${list}${more ? ` และอีก ${more} แถว` : ''}`,
  };
}

/** Why pay is not known in full for these rejected rows: for their period, or for any when it could not be read. */
function lostPayReason(l: LostPay): Reason {
  return l.start !== undefined && l.end !== undefined
    ? inPeriod({ start: l.start, end: l.end }, reason('pay_rows_rejected', rowsParam(l.rows)))
    : reason('pay_rows_rejected_undated', rowsParam(l.rows));
}

/** Why no rule that reads the payroll can pass this employee: one reason per period of rejected rows, in order. */
export function lostPayReasons(facts: EmployeeFacts, asOf: string): Reason[] {
  const reasons: Reason[] = [];
  for (const l of facts.lostPay) if (within(l, asOf)) reasons.push(lostPayReason(l));
  return reasons;
}

/**
 * Why what was paid for the days `span` (a pay period, a day) is not known in full: rejected
 * rows of a period that overlaps it, or of a period that could not be read; else undefined.
 */
export function payLostIn(
  ctx: Pick<CheckContext, 'asOf' | 'facts'>,
  span: { start: string; end: string },
): Reason | undefined {
  for (const l of ctx.facts.lostPay) {
    if (!within(l, ctx.asOf)) continue;
    if (l.start === undefined || l.end === undefined || (l.start <= span.end && span.start <= l.end))
      return lostPayReason(l);
  }
  return undefined;
}

/**
 * Why a payment may be missing from the payroll before `date` (a pay date that ends a gap, the
 * termination date's settlement): rejected rows of a period that begins by then, or of a period
 * that could not be read; else undefined. A period's pay is paid at its end or later, and
 * sometimes during it; rows of a period that begins after `date` were not paid by then.
 */
export function payLostBy(ctx: Pick<CheckContext, 'asOf' | 'facts'>, date: string): Reason | undefined {
  for (const l of ctx.facts.lostPay)
    if (within(l, ctx.asOf) && (l.start === undefined || l.start <= date)) return lostPayReason(l);
  return undefined;
}

/** How many periods of rejected rows the audit holds (rows without a period counted as one). */
export const lostPeriods = (ctx: Pick<CheckContext, 'asOf' | 'facts'>): number =>
  ctx.facts.lostPay.filter((l) => within(l, ctx.asOf)).length;
