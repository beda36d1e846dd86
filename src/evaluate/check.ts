import type { EmployeeFacts } from '../facts/employee.js';
import type { Ratio } from '../findings/money.js';
import { type Reason, reasonText } from '../findings/reasons.js';
import type { MinimumWageTable } from '../pack/minimum-wage.js';
import { ParamNotInForce, type ParamStore, type ParamUse } from '../pack/params.js';
import type { FACTS, Severity } from '../pack/schema.js';
import type { Employee, FileKind, Holiday } from '../parse/records.js';

/** What a check function reports before the engine adds rule, message, rounding and interest. */
export interface Draft {
  date?: string;
  period?: { start: string; end: string };
  /** A severity other than the rule's, for this finding only (a premium short by under 1 baht is info). */
  severity?: Severity;
  /** Which of the rule's message_ids to use instead of its default message. */
  messageId?: string;
  /** Values for the message's {placeholders}. */
  data: Record<string, string | number>;
  /** Exact amount owed in satang; rounded once by the engine. */
  owed?: Ratio;
  /** The day the amount fell due (pay date, or period end when unpaid), for s.9 interest. */
  due?: string;
  /** Itemised entitlement for the ledger: what was due and what was paid, in satang (exact). */
  entitled?: Ratio;
  paid?: number;
  evidence: { kind: FileKind; row: number }[];
  params: Record<string, unknown>;
}

export interface CheckContext {
  facts: EmployeeFacts;
  /** Every employee of the input, for comparisons across employees (s.53). */
  peers: readonly Employee[];
  /** The rule's parameter in force on a date; throws a MissingParam when none is. */
  param(key: string, date: string): ParamUse;
  num(key: string, date: string): number;
  /** Pack-wide parameters and the minimum wage table. */
  pack: ParamStore;
  wages?: MinimumWageTable;
  options: Record<string, unknown>;
  asOf: string;
  present: Record<FileKind, boolean>;
  /**
   * Why a column is unknown: "column pay_date not in payroll.csv" when the file was given
   * without it (or with it empty in every row), else undefined. An absent column is unknown,
   * never zero or "not paid".
   */
  absent(kind: FileKind, column: string): Reason | undefined;
  /** The employer's announced traditional holidays (holidays.csv), in date order; empty without it. */
  holidays: readonly Holiday[];
  /** The rows of holidays.csv rejected as unreadable: announced days not known (none without the file). */
  holidaysLost: readonly number[];
  /** Keeps a value of this employee for the check's `across` phase (checks that compare employees). */
  keep(value: unknown): void;
}

/** What a check that compares employees sees once every employee is in. */
export interface AcrossContext {
  param(key: string, date: string): ParamUse;
  num(key: string, date: string): number;
  asOf: string;
  present: Record<FileKind, boolean>;
  /** Every employee of the input. */
  peers: readonly Employee[];
}

export interface CheckOutput {
  findings: Draft[];
  /** Reasons the check could not be run, in part or whole, for this employee (message ids; plain text only where no id exists yet). */
  undetermined: (Reason | string)[];
}

export interface CheckFunction {
  name: string;
  fact: (typeof FACTS)[number];
  /** Files without which the check cannot run at all. */
  needs: FileKind[];
  /** Option names the rule file may set, with a one-line description each. */
  options?: Record<string, string>;
  run(ctx: CheckContext): CheckOutput;
  /**
   * For checks across employees: runs once after every employee, over what `run` kept of each
   * (so that a streamed input needs no second pass), and gives findings by employee id. A
   * generator hands each employee's findings on as it makes them, so they are not all held at
   * once; it reads its parameters before the first, so that one not in force leaves the rule
   * undetermined for every employee with nothing found. An employee's entry may add reasons the
   * rule could not conclude for, known only once every employee is in.
   */
  across?(kept: ReadonlyMap<string, unknown>, ctx: AcrossContext): Iterable<AcrossOutcome>;
}

/** An employee's findings of a check across employees, and why it could not conclude, if it could not. */
export type AcrossOutcome = [id: string, findings: Draft[], undetermined?: Reason[]];

/** A rule parameter with no value in force on a date: the check is undetermined there. */
export class MissingParam extends ParamNotInForce {
  constructor(readonly reason: Reason) {
    super(reasonText(reason));
  }
}

export const out = (): CheckOutput => ({ findings: [], undetermined: [] });
