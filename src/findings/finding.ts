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

export interface Undetermined {
  rule: string;
  employee_id: string;
  /** In English, for JSON readers. */
  reason: string;
  /** The same as message ids, rendered per language by the human formats. */
  reasons?: Reason[];
}
