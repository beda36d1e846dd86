import { createHash } from 'node:crypto';
import { UserError } from '../errors.js';
import { readRegularFile } from '../read/file.js';
import type { Finding } from './finding.js';
import { ledger, type Result, totals } from './result.js';

// --baseline: a CI run reports only findings that an earlier JSON report did not record.
// A finding is the same when rule, employee and date or period are: its message and interest
// change with the as-of date, so they are not part of the key.

type Keyed = Pick<Finding, 'rule' | 'employee_id' | 'date' | 'period'>;

export function findingKey(f: Keyed, employeeId = f.employee_id): string {
  return [f.rule, employeeId, f.date ?? '', f.period?.start ?? '', f.period?.end ?? ''].join('\u0000');
}

export interface Baseline {
  file: string;
  sha256: string;
  findings: Keyed[];
}

export function loadBaseline(file: string): Baseline {
  return parseBaseline(readRegularFile(file), file);
}

export function parseBaseline(bytes: Buffer, file: string): Baseline {
  let data: unknown;
  try {
    data = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  } catch {
    throw new UserError(`${file}: not a JSON report (run labour-check check --format json to make one)`);
  }
  const list = (data as { findings?: unknown })?.findings;
  if (!Array.isArray(list))
    throw new UserError(`${file}: not a labour-check JSON report: no "findings" list`);
  const findings: Keyed[] = list.map((f, i) => {
    const x = f as Partial<Keyed>;
    if (typeof x?.rule !== 'string' || typeof x.employee_id !== 'string') {
      throw new UserError(`${file}: invalid field "findings.${i}": needs "rule" and "employee_id"`);
    }
    return { rule: x.rule, employee_id: x.employee_id, date: x.date, period: x.period };
  });
  return { file, sha256: createHash('sha256').update(bytes).digest('hex'), findings };
}

/**
 * Leaves in `findings` only those not in the baseline. `alias` gives the pseudonym of an employee
 * id, so a baseline written with --redact (same key) still matches.
 */
export function applyBaseline(result: Result, base: Baseline, alias?: (id: string) => string): Result {
  const left = new Map<string, number>();
  for (const f of base.findings) left.set(findingKey(f), (left.get(findingKey(f)) ?? 0) + 1);
  const take = (k: string) => {
    const n = left.get(k) ?? 0;
    if (n === 0) return false;
    left.set(k, n - 1);
    return true;
  };
  const fresh: Finding[] = [];
  let present = 0;
  for (const f of result.findings) {
    if (take(findingKey(f)) || (alias !== undefined && take(findingKey(f, alias(f.employee_id))))) present++;
    else fresh.push(f);
  }
  const t = totals(fresh);
  return {
    ...result,
    summary: { ...result.summary, ...t },
    findings: fresh,
    ledger: ledger(fresh),
    baseline: {
      file: base.file,
      sha256: base.sha256,
      findings: base.findings.length,
      still_present: present,
      resolved: base.findings.length - present,
      new: fresh.length,
    },
  };
}
