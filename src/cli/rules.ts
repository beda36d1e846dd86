import { todayInBangkok, validAsOf } from '../api.js';
import { UserError } from '../errors.js';
import { type CaseResult, runRuleCases } from '../evaluate/cases.js';
import { bindChecks } from '../evaluate/engine.js';
import { baht } from '../findings/money.js';
import { reasonText } from '../findings/reasons.js';
import type { RulePack } from '../pack/load.js';
import type { ParamUse } from '../pack/params.js';

/** `rules list`: id, section, severity, title. */
export function listRules(pack: RulePack, lang: 'en' | 'th'): string {
  const rows = pack.rules.map((r) => [r.id, `s.${r.citation.section}`, r.severity, r.title[lang]]);
  const w = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length)));
  const lines = rows.map((r) => `${r[0].padEnd(w[0])}  ${r[1].padEnd(w[1])}  ${r[2].padEnd(w[2])}  ${r[3]}`);
  return `${pack.title[lang]} (${pack.id} ${pack.version}), ${pack.rules.length} rules\n\n${lines.join('\n')}\n`;
}

const show = (u: ParamUse | undefined) =>
  u
    ? `${Array.isArray(u.value) ? u.value.join(', ') : u.value} (from ${u.from}; ${u.source})`
    : 'none in force';

/** `rules explain ID [--date D]`: citation, parameters in force that day with sources, notes, example. */
export function explainRule(
  pack: RulePack,
  id: string,
  date = todayInBangkok(),
  lang: 'en' | 'th' = 'en',
): string {
  const r = pack.rules.find((x) => x.id === id || x.alias === id);
  if (!r) throw new UserError(`no rule "${id}" in ${pack.id} (see labour-check rules list)`);
  validAsOf(date, '--date');
  const fn = bindChecks(pack).get(r.id)!;
  const out: string[] = [];
  out.push(`${r.id}${r.alias ? ` (${r.alias})` : ''}: ${r.title[lang]}`);
  out.push(`  ${r.citation.act}, section ${r.citation.section}`);
  out.push(`  source: ${r.citation.source}`);
  out.push(
    `  severity: ${r.severity}; looks at: ${r.fact.replace('_', ' ')}; check: ${r.check}; needs: ${fn.needs.join(', ')}`,
  );
  if (Object.keys(r.options).length) out.push(`  options: ${JSON.stringify(r.options)}`);
  out.push('', `Parameters in force on ${date}:`);
  const names = Object.keys(r.resolved);
  for (const k of names)
    out.push(
      `  ${k}: ${show(pack.params.get(r.resolved[k].name) ? pack.params.at(r.resolved[k].name, date) : at(r.resolved[k].series.values, date))}`,
    );
  const shared = [
    'normal_hours_per_day',
    'hazardous_hours_per_day',
    'monthly_wage_divisor',
    'late_payment_interest_rate',
  ];
  for (const k of shared) if (!names.includes(k)) out.push(`  ${k}: ${show(pack.params.at(k, date))}`);
  if (r.check === 'minimum-wage' || r.check === 'premium-pay') {
    const bkk = pack.wages?.on(date, { province: 'Bangkok' });
    if (bkk?.ok) {
      out.push(
        `  minimum wage (e.g. Bangkok): ${baht(bkk.wage.dailySatang)} baht a day (from ${bkk.wage.from}; notification ${bkk.wage.notification}; ${bkk.wage.source})`,
      );
    }
    out.push('  minimum wage by province: labour-check wage PROVINCE --date D');
  }
  if (r.notes) out.push('', 'Interpretation notes:', `  ${r.notes[lang]}`);
  if (r.example) out.push('', 'Example:', `  ${r.example[lang]}`);
  out.push('', `Message: ${r.messages[lang]}`);
  out.push(
    `Cases: ${r.cases?.valid.length ?? 0} valid, ${r.cases?.invalid.length ?? 0} invalid (labour-check rules test)`,
  );
  return `${out.join('\n')}\n`;
}

function at(values: { from: string; value: unknown; source: string }[], date: string): ParamUse | undefined {
  let hit: ParamUse | undefined;
  for (const v of [...values].sort((a, b) => a.from.localeCompare(b.from)))
    if (v.from <= date) hit = v as ParamUse;
  return hit;
}

/** `wage PROVINCE`: the minimum wage that applies and why. */
export function explainWage(
  pack: RulePack,
  province: string,
  o: { date?: string; district?: string; sector?: string },
): string {
  if (!pack.wages) throw new UserError(`rule pack ${pack.id} has no minimum wage table`);
  const date = validAsOf(o.date, '--date');
  const r = pack.wages.on(date, { province, district: o.district, sector: o.sector });
  if (!r.ok) throw new UserError(reasonText(r.reason));
  const w = r.wage;
  const n = pack.wages.notifications[w.notification];
  const out = [
    `${w.province.en} (${w.province.th}, DOPA code ${w.province.code})${w.district ? `, ${w.district}` : ''}${o.sector ? `, sector ${o.sector}` : ''} on ${date}:`,
    `  minimum wage ${baht(w.dailySatang)} baht a day (${w.basis} rate)`,
    `  in force from ${w.from} under ${w.notification}${n ? `: ${n.title}${n.gazette ? `, Royal Gazette ${n.gazette}` : ''}` : ''}`,
    `  source: ${w.source}`,
  ];
  if (w.candidates.length > 1) {
    out.push('  rates considered (the highest applies):');
    for (const c of w.candidates)
      out.push(`    ${c.basis}: ${baht(c.dailySatang)} (from ${c.from}, ${c.notification})`);
  }
  return `${out.join('\n')}\n`;
}

/** `rules test [DIR]`: runs a pack's valid and invalid cases. */
export function testRules(pack: RulePack): { text: string; failed: number } {
  const results: CaseResult[] = runRuleCases(pack);
  const lines = results.map(
    (r) =>
      `${r.ok ? 'ok  ' : 'FAIL'} ${r.rule} ${r.kind}: ${r.name}${r.ok ? '' : `\n       ${r.problems.join('\n       ')}`}`,
  );
  const failed = results.filter((r) => !r.ok).length;
  lines.push('', `${results.length - failed} passed, ${failed} failed`);
  return { text: `${lines.join('\n')}\n`, failed };
}
