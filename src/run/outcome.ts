import type { Evaluation } from '../evaluate/engine.js';
import type { Finding } from '../findings/finding.js';
import {
  addTotals,
  assembleResult,
  type BuildOptions,
  ledger,
  type Result,
  sortFindings,
  type Totals,
  totals,
} from '../findings/result.js';
import type { RulePack } from '../pack/load.js';
import type { DataSet } from '../parse/ingest.js';
import type { FindingSpool } from './spool.js';

/**
 * What a check produced, for reporters that write as they go: the result without its findings
 * (`head.findings` is empty; the summary and ledger count them) and the findings in report
 * order, one employee at a time.
 */
export interface RunOutcome {
  head: Result;
  /**
   * Each employee's findings as `map` makes them (redaction), employees in the order of `key`
   * (their id unless given), each list in report order.
   */
  byEmployee<F extends Finding>(map: (f: Finding) => F, key?: (id: string) => string): Iterable<F[]>;
  /** Frees what holds the findings (a temporary file). */
  dispose(): void;
}

const NONE: Totals = totals([]);

/** The findings of an outcome in report order. */
export function* findingsOf(o: RunOutcome): Generator<Finding> {
  for (const list of o.byEmployee((f) => f)) yield* list;
}

/** The whole result, findings included. */
export function materialize(o: RunOutcome): Result {
  return { ...o.head, findings: [...findingsOf(o)] };
}

/** An outcome over a result already whole (a small input, read in memory). */
export function outcomeOf(result: Result): RunOutcome {
  return {
    head: { ...result, findings: [] },
    *byEmployee(map, key = (id) => id) {
      const by = new Map<string, Finding[]>();
      for (const f of result.findings) {
        const list = by.get(f.employee_id);
        if (list) list.push(f);
        else by.set(f.employee_id, [f]);
      }
      const ids = [...by.keys()].map((id) => ({ id, key: key(id) }));
      ids.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
      for (const { id } of ids) yield sortFindings(by.get(id)!.map(map));
    },
    dispose() {},
  };
}

/** The outcome of a run whose engine wrote its findings to a spool. */
export function spooledOutcome(
  tool: { name: string; version: string },
  pack: RulePack,
  data: DataSet,
  ev: Evaluation,
  o: BuildOptions,
  spool: FindingSpool,
): RunOutcome {
  // The summary and ledger come before the findings in every report: one pass to count them.
  let t = NONE;
  const ledgerRows: Result['ledger'] = [];
  for (const list of spool.byEmployee((f) => f, sortFindings)) {
    t = addTotals(t, totals(list));
    for (const row of ledger(list)) ledgerRows.push(row);
  }
  const head = assembleResult(tool, pack, data, ev, o, { findings: [], totals: t, ledger: ledgerRows });
  return {
    head,
    byEmployee: (map, key) => spool.byEmployee(map, sortFindings, key),
    dispose: () => spool.remove(),
  };
}
