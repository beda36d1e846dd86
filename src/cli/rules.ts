import { todayInBangkok, validAsOf } from '../api.js';
import { compareIso } from '../base/calendar.js';
import { UserError } from '../errors.js';
import { type CaseResult, runRuleCases } from '../evaluate/cases.js';
import { bindChecks } from '../evaluate/engine.js';
import { baht } from '../findings/money.js';
import { reasonText } from '../findings/reasons.js';
import type { RulePack } from '../pack/load.js';
import type { ParamUse } from '../pack/params.js';
import type { ParamSeries } from '../pack/schema.js';
import { sourceLines } from '../pack/sources.js';
import { SECTORS } from '../parse/records.js';

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

const valueText = (v: ParamSeries['values'][number]['value']) =>
  Array.isArray(v) ? v.join(', ') : String(v);

/** Every dated value of a series, oldest first, with its source: the parameter's history. */
function history(series: ParamSeries, indent: string): string[] {
  const values = [...series.values].sort((a, b) => compareIso(a.from, b.from));
  return values.map((v) => `${indent}from ${v.from}: ${valueText(v.value)} (${v.source})`);
}

/**
 * `rules explain ID [--date D]`: citation with its full sources, parameters in force that day
 * (and the history of any that changed), notes, example. ID may also name a pack parameter:
 * then its description and every dated value with its source.
 */
export function explainRule(
  pack: RulePack,
  id: string,
  date = todayInBangkok(),
  lang: 'en' | 'th' = 'en',
): string {
  const r = pack.rules.find((x) => x.id === id || x.alias === id);
  if (!r) {
    const series = pack.params.get(id);
    if (series) return explainParameter(pack, id, series);
    throw new UserError(`no rule or parameter "${id}" in ${pack.id} (see labour-check rules list)`);
  }
  validAsOf(date, '--date');
  const fn = bindChecks(pack).get(r.id)!;
  const out: string[] = [];
  const cited: string[] = [r.citation.source];
  out.push(`${r.id}${r.alias ? ` (${r.alias})` : ''}: ${r.title[lang]}`);
  out.push(`  ${r.citation.act}, section ${r.citation.section}`);
  out.push(`  source: ${r.citation.source}`);
  out.push(
    `  severity: ${r.severity}; looks at: ${r.fact.replace('_', ' ')}; check: ${r.check}; needs: ${fn.needs.join(', ')}`,
  );
  if (Object.keys(r.options).length) out.push(`  options: ${JSON.stringify(r.options)}`);
  out.push('', `Parameters in force on ${date}:`);
  const names = Object.keys(r.resolved);
  const showSeries = (k: string, series: ParamSeries | undefined) => {
    if (!series) return;
    const u = at(series.values, date);
    out.push(`  ${k}: ${show(u)}`);
    if (u) cited.push(u.source);
    if (series.values.length > 1) {
      out.push('    history:', ...history(series, '      '));
      cited.push(...series.values.map((v) => v.source));
    }
  };
  for (const k of names) showSeries(k, pack.params.get(r.resolved[k].name) ?? r.resolved[k].series);
  const shared = [
    'normal_hours_per_day',
    'hazardous_hours_per_day',
    'monthly_wage_divisor',
    'late_payment_interest_rate',
  ];
  for (const k of shared) if (!names.includes(k)) showSeries(k, pack.params.get(k));
  if (r.check === 'minimum-wage' || r.check === 'premium-pay') {
    const bkk = pack.wages?.on(date, { province: 'Bangkok' });
    if (bkk?.ok) {
      out.push(
        `  minimum wage (e.g. Bangkok): ${baht(bkk.wage.dailySatang)} baht a day (from ${bkk.wage.from}; notification ${bkk.wage.notification}; ${bkk.wage.source})`,
      );
      cited.push(bkk.wage.source);
    }
    out.push('  minimum wage by province: labour-check wage PROVINCE --date D');
  }
  if (r.notes) out.push('', 'Interpretation notes:', `  ${r.notes[lang]}`);
  if (r.example) out.push('', 'Example:', `  ${r.example[lang]}`);
  out.push('', `Message: ${r.messages[lang]}`);
  out.push(
    `Cases: ${r.cases?.valid.length ?? 0} valid, ${r.cases?.invalid.length ?? 0} invalid (labour-check rules test)`,
  );
  out.push('', 'Sources:', ...sourceLines(pack, cited.join(' '), '  '));
  return `${out.join('\n')}\n`;
}

/** `rules explain PARAMETER`: what it is and every value it has had, each with its full source. */
function explainParameter(pack: RulePack, name: string, series: ParamSeries): string {
  const out = [`${name}: ${series.description ?? 'pack parameter'}`];
  if (series.section) out.push(`  section ${series.section}${series.unit ? `; unit: ${series.unit}` : ''}`);
  out.push('', 'History (each value holds from its date until the next):', ...history(series, '  '));
  out.push('', 'Sources:', ...sourceLines(pack, series.values.map((v) => v.source).join(' '), '  '));
  return `${out.join('\n')}\n`;
}

function at(values: { from: string; value: unknown; source: string }[], date: string): ParamUse | undefined {
  let hit: ParamUse | undefined;
  for (const v of [...values].sort((a, b) => compareIso(a.from, b.from)))
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
  const unknown = pack.wages.unknownDistrict({ province, district: o.district });
  if (unknown) out.push(`  note: ${unknown}`);
  if (o.sector && !(SECTORS as readonly string[]).includes(o.sector))
    out.push(
      `  note: sector "${o.sector}" is not one the tool knows (${SECTORS.join(', ')}): no sector rate`,
    );
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
