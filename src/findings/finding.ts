import type { Severity } from '../pack/schema.js';
import type { Reason } from './reasons.js';

/** One violation, as reported (docs/reports.md, The JSON report). Money in satang. */
export interface Finding {
  rule: string;
  section: string;
  severity: Severity;
  employee_id: string;
  date?: string;
  period?: { start: string; end: string };
  message: string;
  message_th: string;
  owed_satang?: number;
  interest_satang?: number;
  surcharge_satang?: number;
  /** Ledger figures: what the entitlement came to and what was paid for it. */
  entitled_satang?: number;
  paid_satang?: number;
  evidence: { file: string; row: number }[];
  params: Record<string, unknown>;
}

/**
 * Finding params that hold a cell of the input, or say one (the 15th birthday gives the birth
 * date): `--redact` drops them ("…"), as it drops the cells of a reason (reasons.ts, `cells`). A
 * finding's other params are the rule's parameters and figures the check worked out.
 */
export const PARAMS_FROM_CELLS: ReadonlySet<string> = new Set(['birth_date', 'of_age_from']);

export interface Undetermined {
  rule: string;
  employee_id: string;
  /** In English, for JSON readers. */
  reason: string;
  /** The same as message ids, rendered per language by the human formats. */
  reasons?: Reason[];
}
