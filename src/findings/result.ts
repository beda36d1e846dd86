import { z } from 'zod';
import type { Evaluation } from '../evaluate/engine.js';
import type { RulePack } from '../pack/load.js';
import type { DataSet } from '../parse/ingest.js';
import type { Finding } from './finding.js';

// The result object: the one contract between the engine and every reporter
// (semantics.md 6). `schemas/report.schema.json` is generated from ResultSchema.

const Severity = z.enum(['critical', 'error', 'warning', 'info']);
const Period = z.object({ start: z.string(), end: z.string() });
export const FindingSchema = z.object({
  rule: z.string(),
  section: z.string(),
  severity: Severity,
  employee_id: z.string(),
  date: z.string().optional(),
  period: Period.optional(),
  message: z.string(),
  message_th: z.string(),
  owed_satang: z.number().int().optional(),
  interest_satang: z.number().int().optional(),
  surcharge_satang: z.number().int().optional(),
  entitled_satang: z.number().int().optional(),
  paid_satang: z.number().int().optional(),
  evidence: z.array(z.object({ file: z.string(), row: z.number().int() })),
  params: z.record(z.string(), z.unknown()),
});

export const ResultSchema = z.object({
  tool: z.object({ name: z.string(), version: z.string() }),
  ruleset: z.object({ id: z.string(), version: z.string(), title: z.string() }),
  as_of: z.string(),
  wilful: z.boolean(),
  inputs: z.array(
    z.object({
      file: z.string(),
      kind: z.enum(['employees', 'hours', 'payroll']),
      encoding: z.string(),
      rows_read: z.number().int(),
      rows_used: z.number().int(),
      rows_rejected: z.number().int(),
      sha256: z.string(),
    }),
  ),
  summary: z.object({
    employees: z.number().int(),
    findings: z.number().int(),
    by_severity: z.object({
      critical: z.number().int(),
      error: z.number().int(),
      warning: z.number().int(),
      info: z.number().int(),
    }),
    owed_satang: z.number().int(),
    interest_satang: z.number().int(),
    surcharge_satang: z.number().int(),
    undetermined: z.number().int(),
    rows_rejected: z.number().int(),
  }),
  findings: z.array(FindingSchema),
  undetermined: z.array(z.object({ rule: z.string(), employee_id: z.string(), reason: z.string() })),
  rejected: z.array(
    z.object({ file: z.string(), row: z.number().int(), column: z.string(), reason: z.string() }),
  ),
  warnings: z.array(
    z.object({
      file: z.string().optional(),
      row: z.number().int().optional(),
      column: z.string().optional(),
      message: z.string(),
    }),
  ),
  ledger: z.array(
    z.object({
      employee_id: z.string(),
      entitled_satang: z.number().int(),
      paid_satang: z.number().int(),
      owed_satang: z.number().int(),
      interest_satang: z.number().int(),
      surcharge_satang: z.number().int(),
      items: z.array(
        z.object({
          rule: z.string(),
          section: z.string(),
          period: Period.optional(),
          date: z.string().optional(),
          entitled_satang: z.number().int(),
          paid_satang: z.number().int(),
          owed_satang: z.number().int(),
          interest_satang: z.number().int(),
        }),
      ),
    }),
  ),
  coverage: z.object({
    sections_covered: z.array(z.string()),
    rules: z.array(
      z.object({
        rule: z.string(),
        section: z.string(),
        employees_checked: z.number().int(),
        employees_with_findings: z.number().int(),
        undetermined_employees: z.array(z.string()),
      }),
    ),
    not_covered: z.array(z.object({ section: z.string(), topic: z.string() })),
    note: z.string(),
  }),
});
export type Result = z.infer<typeof ResultSchema>;

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const when = (f: Finding) => f.date ?? f.period?.start ?? '';

export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      cmp(a.employee_id, b.employee_id) ||
      cmp(when(a), when(b)) ||
      cmp(a.rule, b.rule) ||
      cmp(a.period?.end ?? '', b.period?.end ?? '') ||
      cmp(a.message, b.message),
  );
}

export function buildResult(
  tool: { name: string; version: string },
  pack: RulePack,
  data: DataSet,
  ev: Evaluation,
  o: { asOf: string; wilful: boolean },
): Result {
  const findings = sortFindings(ev.findings);
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
  const undetermined = [...ev.undetermined].sort(
    (a, b) => cmp(a.employee_id, b.employee_id) || cmp(a.rule, b.rule),
  );
  const warnings = [...data.warnings];
  const latest = pack.wages?.latestNotification();
  if (latest) {
    const [y, m, d] = latest.effective.split('-');
    const stale = `${Number(y) + 1}-${m}-${d}`;
    if (o.asOf > stale) {
      warnings.push({
        message: `as-of ${o.asOf} is more than 12 months after the latest minimum wage notification the rule pack knows (${latest.key}, in force ${latest.effective}): a newer notification may exist`,
      });
    }
  }
  return {
    tool,
    ruleset: { id: pack.id, version: pack.version, title: pack.title.en },
    as_of: o.asOf,
    wilful: o.wilful,
    inputs: data.inputs,
    summary: {
      employees: data.employees.length,
      findings: findings.length,
      by_severity,
      owed_satang: owed,
      interest_satang: interest,
      surcharge_satang: surcharge,
      undetermined: undetermined.length,
      rows_rejected: data.rejected.length,
    },
    findings,
    undetermined,
    rejected: data.rejected,
    warnings,
    ledger: ledger(findings),
    coverage: {
      sections_covered: [...new Set(pack.rules.map((r) => r.citation.section))].sort(sectionOrder),
      rules: ev.runs,
      not_covered: pack.notCovered,
      note: 'A clean result covers only the sections checked above, for the employees and periods in the input; it is not a statement of full compliance with the Act.',
    },
  };
}

function sectionOrder(a: string, b: string): number {
  const n = (s: string) => Number.parseFloat(s) || Number.POSITIVE_INFINITY;
  return n(a) - n(b) || cmp(a, b);
}

function ledger(findings: Finding[]): Result['ledger'] {
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
