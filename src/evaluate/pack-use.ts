// What the pack says about the input as a whole, before any employee is checked: the dates a
// work record can plausibly carry, sectors a rule does not reach as written, and where the pack's
// own data (districts, wage tables) does not reach the input.
import { compareIso } from '../base/calendar.js';
import { num, WORKDAY_PARAMS } from '../facts/workday.js';
import { type Reason, reason, reasonText, said } from '../findings/reasons.js';
import type { LoadedRule, RulePack } from '../pack/load.js';
import { inForceOr } from '../pack/params.js';
import type { DataSet, Warning } from '../parse/ingest.js';
import type { Plausibility } from '../parse/plausible.js';
import { EN_PLURAL } from './messages.js';

type EvaluationInput = Pick<DataSet, 'employees' | 'files'>;

/** Where the pack's data does not reach the input: a district it does not know, an old wage table. */
export function packWarnings(pack: RulePack, data: EvaluationInput, asOf: string): Warning[] {
  const warnings: Warning[] = [];
  // A district the tool does not know never falls back to the province rate without a word.
  const unknownPlaces = new Map<
    string,
    { district: string; province: { en: string; th: string }; ids: string[] }
  >();
  for (const e of data.employees) {
    const u = pack.wages?.unknownPlace(e);
    if (!u) continue;
    const key = `${u.province.en}\u0000${u.district}`;
    const seen = unknownPlaces.get(key) ?? { ...u, ids: [] };
    seen.ids.push(e.employee_id);
    unknownPlaces.set(key, seen);
  }
  for (const { district, province, ids } of unknownPlaces.values()) {
    const why = reason('unknown_district', {
      district,
      province: province.en,
      province_th: province.th,
      employees: `${ids.length} ${EN_PLURAL.select(ids.length) === 'one' ? 'employee' : 'employees'}`,
      employees_th: `ลูกจ้าง ${ids.length} คน`,
    });
    warnings.push({ file: data.files.employees, column: 'district', message: reasonText(why), why });
  }
  const latest = pack.wages?.latestNotification();
  if (latest) {
    const [y, m, d] = latest.effective.split('-');
    const stale = `${Number(y) + 1}-${m}-${d}`;
    if (asOf > stale) {
      const why = reason('stale_minimum_wage', { as_of: asOf, key: latest.key, effective: latest.effective });
      warnings.push({ message: reasonText(why), why });
    }
  }
  return warnings;
}

/** What makes a work date implausible under this pack (docs/inputs.md, implausible dates). */
export function plausibility(pack: RulePack): Plausibility {
  let earliest = '0000-01-01';
  for (const name of WORKDAY_PARAMS) {
    const first = pack.params
      .get(name)
      ?.values.map((v) => v.from)
      .sort()[0];
    if (first && first > earliest) earliest = first;
  }
  const age = pack.params.get('plausible_min_work_age')?.values;
  const minWorkAge = age?.length
    ? Number([...age].sort((a, b) => compareIso(a.from, b.from)).at(-1)!.value)
    : undefined;
  const spanBreak = (date: string) =>
    inForceOr(undefined, () => ({
      after: num(pack.params, 'break_due_after_minutes', date),
      break: num(pack.params, 'break_excess_counts_after_minutes', date),
    }));
  return { earliest, minWorkAge, spanBreak };
}

/** Why a rule does not apply as written to an employee of this sector, or undefined when it does. */
export function sectorExcludes(
  pack: RulePack,
  sector: string | undefined,
  rule: LoadedRule,
): Reason | undefined {
  const scope = sector ? pack.sectorScope[sector] : undefined;
  if (!scope) return undefined;
  const sections = rule.citation.section.split(/,\s*/);
  if (!sections.some((s) => scope.sections.includes(s))) return undefined;
  return said(scope.reason, scope.reason_th ?? scope.reason);
}
