import { checkData } from '../api.js';
import type { Finding } from '../findings/finding.js';
import type { LoadedRule, RulePack } from '../pack/load.js';
import type { RuleCase } from '../pack/schema.js';
import { assemble, parseTable, type Warning } from '../parse/ingest.js';
import type { FileKind } from '../parse/records.js';
import { tableOfText } from '../read/table.js';

// The rule tester (ESLint RuleTester style): each rule file carries `valid` cases that must
// produce no finding of the rule and `invalid` cases that must produce the findings named.

export interface CaseResult {
  rule: string;
  kind: 'valid' | 'invalid';
  name: string;
  ok: boolean;
  problems: string[];
}

/** Default as-of for cases without one: the day after the last date in the case, so interest is small and fixed. */
const DEFAULT_AS_OF = '2025-09-30';

export function runCase(
  pack: RulePack,
  rule: LoadedRule,
  c: RuleCase,
  kind: 'valid' | 'invalid',
): CaseResult {
  const problems: string[] = [];
  const warnings: Warning[] = [];
  const part = <K extends FileKind>(k: K) => {
    const text = c[k];
    return text === undefined ? undefined : parseTable(tableOfText(`${k}.csv`, text), k, warnings);
  };
  let found: Finding[] = [];
  let undeterminedIds: string[] = [];
  try {
    const data = assemble(
      {
        employees: part('employees'),
        hours: part('hours'),
        payroll: part('payroll'),
        holidays: part('holidays'),
      },
      warnings,
    );
    for (const r of data.rejected)
      problems.push(`case input rejected: ${r.file}:${r.row} [${r.column}] ${r.reason}`);
    const result = checkData(data, pack, { asOf: c.as_of ?? DEFAULT_AS_OF, only: [rule.id] });
    found = result.findings.filter((f) => f.rule === rule.id);
    undeterminedIds = result.undetermined.filter((u) => u.rule === rule.id).map((u) => u.employee_id);
  } catch (e) {
    problems.push(`threw: ${(e as Error).message}`);
  }
  const expected = kind === 'valid' ? [] : (c.expect ?? []);
  if (kind === 'invalid' && !c.expect)
    problems.push('an invalid case must list the findings it expects (expect)');
  const used = new Set<number>();
  for (const e of expected) {
    const i = found.findIndex(
      (f, k) =>
        !used.has(k) &&
        f.employee_id === e.employee_id &&
        (e.date === undefined || f.date === e.date) &&
        (e.period_end === undefined || f.period?.end === e.period_end),
    );
    if (i < 0) {
      problems.push(
        `expected a finding for ${e.employee_id}${e.date ? ` on ${e.date}` : ''}${e.period_end ? ` ending ${e.period_end}` : ''}`,
      );
      continue;
    }
    used.add(i);
    const f = found[i];
    if (e.owed_satang !== undefined && f.owed_satang !== e.owed_satang) {
      problems.push(`owed_satang ${f.owed_satang ?? 0}, expected ${e.owed_satang}`);
    }
    if (e.interest_satang !== undefined && (f.interest_satang ?? 0) !== e.interest_satang) {
      problems.push(`interest_satang ${f.interest_satang ?? 0}, expected ${e.interest_satang}`);
    }
  }
  for (const f of found) {
    if (/\{\w+\}/.test(f.message) || /\{\w+\}/.test(f.message_th))
      problems.push(`unfilled placeholder: ${f.message}`);
  }
  found.forEach((f, k) => {
    if (!used.has(k)) problems.push(`unexpected finding: ${f.message}`);
  });
  for (const id of c.expect_undetermined ?? []) {
    if (!undeterminedIds.includes(id)) problems.push(`expected ${id} to be undetermined`);
  }
  if (!c.expect_undetermined && undeterminedIds.length) {
    problems.push(`unexpected undetermined: ${undeterminedIds.join(', ')}`);
  }
  return { rule: rule.id, kind, name: c.name, ok: problems.length === 0, problems };
}

export function runRuleCases(pack: RulePack, only?: string): CaseResult[] {
  const results: CaseResult[] = [];
  for (const rule of pack.rules) {
    if (only && rule.id !== only) continue;
    for (const c of rule.cases?.valid ?? []) results.push(runCase(pack, rule, c, 'valid'));
    for (const c of rule.cases?.invalid ?? []) results.push(runCase(pack, rule, c, 'invalid'));
  }
  return results;
}
