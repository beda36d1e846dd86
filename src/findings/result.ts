import type { Evaluation } from '../evaluate/engine.js';
import { amendmentsInForce, reportTitle } from '../pack/amendments.js';
import type { RulePack } from '../pack/load.js';
import type { DataSet } from '../parse/ingest.js';
import type { Finding } from './finding.js';
import { initialsOf } from './names.js';

import type { Result, Signals } from './result-schema.js';

// The result object: the one contract between the engine and every reporter
// (docs/reports.md, The JSON report). Its zod schema is in result-schema.ts, which a check
// does not load: the result is built here, typed by it.
export type { Result, Signals };

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** What orders findings in a report. */
type SortKey = Pick<Finding, 'employee_id' | 'date' | 'period' | 'rule' | 'message'>;
const when = (f: SortKey) => f.date ?? f.period?.start ?? '';

export function sortFindings<F extends SortKey>(findings: F[]): F[] {
  return findings.sort(
    (a, b) =>
      cmp(a.employee_id, b.employee_id) ||
      cmp(when(a), when(b)) ||
      cmp(a.rule, b.rule) ||
      cmp(a.period?.end ?? '', b.period?.end ?? '') ||
      cmp(a.message, b.message),
  );
}

export interface Totals {
  findings: number;
  by_severity: Result['summary']['by_severity'];
  owed_satang: number;
  interest_satang: number;
  surcharge_satang: number;
}

/** The sum of two totals (findings counted in parts, one employee at a time). */
export function addTotals(a: Totals, b: Totals): Totals {
  return {
    findings: a.findings + b.findings,
    by_severity: {
      critical: a.by_severity.critical + b.by_severity.critical,
      error: a.by_severity.error + b.by_severity.error,
      warning: a.by_severity.warning + b.by_severity.warning,
      info: a.by_severity.info + b.by_severity.info,
    },
    owed_satang: a.owed_satang + b.owed_satang,
    interest_satang: a.interest_satang + b.interest_satang,
    surcharge_satang: a.surcharge_satang + b.surcharge_satang,
  };
}

/** Counts and money totals of a list of findings, as the summary states them. */
export function totals(findings: readonly Finding[]): Totals {
  const by_severity = { critical: 0, error: 0, warning: 0, info: 0 };
  let owed = 0;
  let interest = 0;
  let surcharge = 0;
  for (const f of findings) {
    by_severity[f.severity]++;
    owed += f.owed_satang ?? 0;
    interest += f.interest_satang ?? 0;
    surcharge += f.surcharge_satang ?? 0;
  }
  return {
    findings: findings.length,
    by_severity,
    owed_satang: owed,
    interest_satang: interest,
    surcharge_satang: surcharge,
  };
}

export interface BuildOptions {
  asOf: string;
  wilful: boolean;
}

export function buildResult(
  tool: { name: string; version: string },
  pack: RulePack,
  data: DataSet,
  ev: Evaluation,
  o: BuildOptions,
): Result {
  const findings = sortFindings(ev.findings);
  return assembleResult(tool, pack, data, ev, o, {
    findings,
    totals: totals(findings),
    ledger: ledger(findings),
  });
}

/**
 * The result from what the engine produced. `f.findings` may be empty while `f.totals` and
 * `f.ledger` count findings kept elsewhere (a run that spools them: run/spool.ts).
 */
export function assembleResult(
  tool: { name: string; version: string },
  pack: RulePack,
  data: DataSet,
  ev: Evaluation,
  o: BuildOptions,
  f: { findings: Finding[]; totals: Totals; ledger: Result['ledger'] },
): Result {
  const { findings, totals: t } = f;
  const undetermined = [...ev.undetermined].sort(
    (a, b) => cmp(a.employee_id, b.employee_id) || cmp(a.rule, b.rule),
  );
  const warnings = [...data.warnings, ...ev.warnings];
  return {
    tool,
    ruleset: {
      id: pack.id,
      version: pack.version,
      title: reportTitle(pack, ev.span, 'en'),
      title_th: reportTitle(pack, ev.span, 'th'),
      ...(ev.span && pack.amendments.length
        ? {
            amendments: amendmentsInForce(pack, ev.span).map((u) => ({
              name: u.amendment?.name.en ?? `before ${pack.amendments[0].name.en}`,
              ...(u.amendment ? { source: u.amendment.source } : {}),
              from: u.from,
              to: u.to,
            })),
          }
        : {}),
    },
    as_of: o.asOf,
    ...(ev.period ? { period: ev.period } : {}),
    wilful: o.wilful,
    inputs: data.inputs,
    summary: {
      employees: data.employees.length,
      findings: t.findings,
      by_severity: t.by_severity,
      owed_satang: t.owed_satang,
      interest_satang: t.interest_satang,
      surcharge_satang: t.surcharge_satang,
      undetermined: undetermined.length,
      rows_rejected: data.rejected.length,
    },
    findings,
    ...(ev.signals ? { signals: ev.signals } : {}),
    undetermined,
    rejected: data.rejected,
    warnings,
    ledger: f.ledger,
    coverage: {
      sections_covered: [...new Set(pack.rules.map((r) => r.citation.section))].sort(sectionOrder),
      rules: ev.runs,
      not_covered: pack.notCovered,
      note: 'A clean result covers only the sections checked above, for the employees and periods in the input; it is not a statement of full compliance with the Act.',
    },
    employees: data.employees.map((e) => ({
      employee_id: e.employee_id,
      ...(e.name ? { name: e.name, initials: initialsOf(e.name) } : {}),
      ...(e.national_id ? { national_id: e.national_id } : {}),
    })),
    ...(ev.hours ? { hours: ev.hours } : {}),
  };
}

function sectionOrder(a: string, b: string): number {
  const n = (s: string) => Number.parseFloat(s) || Number.POSITIVE_INFINITY;
  return n(a) - n(b) || cmp(a, b);
}

/** What the ledger reads of a finding. */
export type LedgerSource = Omit<Finding, 'severity' | 'message_th' | 'evidence' | 'params'>;

export function ledger(findings: readonly LedgerSource[]): Result['ledger'] {
  const by = new Map<string, Result['ledger'][number]>();
  for (const f of findings) {
    if (!f.owed_satang) continue;
    const row = by.get(f.employee_id) ?? {
      employee_id: f.employee_id,
      entitled_satang: 0,
      paid_satang: 0,
      owed_satang: 0,
      interest_satang: 0,
      surcharge_satang: 0,
      items: [],
    };
    const entitled = f.entitled_satang ?? f.owed_satang;
    const paid = f.paid_satang ?? 0;
    row.entitled_satang += entitled;
    row.paid_satang += paid;
    row.owed_satang += f.owed_satang;
    row.interest_satang += f.interest_satang ?? 0;
    row.surcharge_satang += f.surcharge_satang ?? 0;
    row.items.push({
      rule: f.rule,
      section: f.section,
      ...(f.period ? { period: f.period } : {}),
      ...(f.date ? { date: f.date } : {}),
      entitled_satang: entitled,
      paid_satang: paid,
      owed_satang: f.owed_satang,
      interest_satang: f.interest_satang ?? 0,
    });
    by.set(f.employee_id, row);
  }
  return [...by.values()];
}
