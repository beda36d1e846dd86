import { z } from 'zod';
import { UserError } from '../errors.js';
import { readRegularText } from '../read/file.js';
import { parseUserYaml } from '../read/yaml.js';
import type { Finding } from './finding.js';
import { ledger, type Result, totals } from './result.js';

// Waivers: findings the employer holds a legal answer to (a Director-General night-work permit,
// an agreed holiday arrangement). A waived finding is moved to `waived`, counted and shown; it
// is never dropped. An expired waiver waives nothing and is a warning; an unused one is reported.

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');
const text = z.string().trim().min(1);

export const WaiverSchema = z.strictObject({
  id: text,
  rule: text,
  employees: z.union([z.literal('all'), z.array(z.coerce.string().trim().min(1)).min(1)]),
  /** The span of work the waiver covers (inclusive); open when absent. */
  from: isoDate.optional(),
  to: isoDate.optional(),
  reason: text,
  /** The legal basis: a permit number, a notification, an agreement. */
  reference: text,
  /** The last day the waiver is valid. */
  expires: isoDate,
});
export type Waiver = z.infer<typeof WaiverSchema>;
export const WaiversFile = z.strictObject({ waivers: z.array(WaiverSchema) });

export interface WaiverSet {
  file: string;
  waivers: Waiver[];
}

/** Reads and validates a waivers YAML file; any problem is a UserError naming the field. */
export function loadWaivers(file: string): WaiverSet {
  return parseWaivers(readRegularText(file), file);
}

export function parseWaivers(text: string, file: string): WaiverSet {
  const { data } = parseUserYaml(text, file);
  const r = WaiversFile.safeParse(data);
  if (!r.success) {
    const i = r.error.issues[0];
    throw new UserError(`${file}: invalid field "${i.path.join('.') || '(top level)'}": ${i.message}`);
  }
  const seen = new Set<string>();
  r.data.waivers.forEach((w, i) => {
    if (seen.has(w.id))
      throw new UserError(`${file}: invalid field "waivers.${i}.id": "${w.id}" is used twice`);
    seen.add(w.id);
    if (w.from && w.to && w.to < w.from)
      throw new UserError(`${file}: invalid field "waivers.${i}.to": before "from"`);
  });
  return { file, waivers: r.data.waivers };
}

/**
 * A waiver names a rule of the pack the check runs, or it is a mistake that would silently
 * waive nothing: an error naming the waiver and the rule.
 */
export function checkWaiverRules(set: WaiverSet, packId: string, ruleIds: ReadonlySet<string>): void {
  set.waivers.forEach((w, i) => {
    if (!ruleIds.has(w.rule))
      throw new UserError(
        `${set.file}: invalid field "waivers.${i}.rule": waiver ${w.id} names rule "${w.rule}", which the rule pack ${packId} does not have`,
      );
  });
}

/** A finding is covered when its rule and employee match and its whole date or period lies in the span. */
export function covers(w: Waiver, f: Finding): boolean {
  if (w.rule !== f.rule) return false;
  if (w.employees !== 'all' && !w.employees.includes(f.employee_id)) return false;
  const start = f.date ?? f.period?.start;
  const end = f.date ?? f.period?.end;
  if (w.from && (start === undefined || start < w.from)) return false;
  if (w.to && (end === undefined || end > w.to)) return false;
  return true;
}

/** Applies waivers as of the result's as-of date. The first active waiver that covers a finding waives it. */
export function applyWaivers(result: Result, set: WaiverSet, knownRules?: ReadonlySet<string>): Result {
  const asOf = result.as_of;
  const matched = new Map<string, number>(set.waivers.map((w) => [w.id, 0]));
  const active = set.waivers.filter((w) => w.expires >= asOf);
  const findings: Finding[] = [];
  const waived: NonNullable<Result['waived']> = [...(result.waived ?? [])];
  for (const f of result.findings) {
    const w = active.find((x) => covers(x, f));
    if (w) {
      waived.push({ ...f, waiver: w.id });
      matched.set(w.id, matched.get(w.id)! + 1);
    } else {
      findings.push(f);
    }
  }
  const warnings = [...result.warnings];
  const entries: NonNullable<Result['waivers']> = set.waivers.map((w) => {
    const expired = w.expires < asOf;
    const n = expired ? result.findings.filter((f) => covers(w, f)).length : matched.get(w.id)!;
    if (expired) {
      warnings.push({
        file: set.file,
        message: `waiver ${w.id} (${w.rule}, ${w.reference}) expired on ${w.expires}, before the as-of date ${asOf}: it waives nothing${n ? `; the ${n} finding${n > 1 ? 's' : ''} it covered ${n > 1 ? 'are' : 'is'} reported` : ''}`,
      });
    } else if (n === 0) {
      const unknown = knownRules && !knownRules.has(w.rule) ? `: the rule pack has no rule ${w.rule}` : '';
      warnings.push({ file: set.file, message: `waiver ${w.id} (${w.rule}) matched no finding${unknown}` });
    }
    return {
      id: w.id,
      rule: w.rule,
      employees: w.employees,
      ...(w.from ? { from: w.from } : {}),
      ...(w.to ? { to: w.to } : {}),
      reason: w.reason,
      reference: w.reference,
      expires: w.expires,
      status: expired ? 'expired' : n === 0 ? 'unused' : 'active',
      matched: n,
    };
  });
  const t = totals(findings);
  return {
    ...result,
    summary: { ...result.summary, ...t, waived: waived.length },
    findings,
    warnings,
    ledger: ledger(findings),
    waivers: [...(result.waivers ?? []), ...entries],
    waived,
  };
}
