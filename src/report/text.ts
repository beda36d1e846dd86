import { Chalk, type ChalkInstance } from 'chalk';
import type { Finding } from '../findings/finding.js';
import { baht } from '../findings/money.js';
import type { Printable } from '../findings/redact.js';
import {
  kindName,
  type ReportOptions,
  rejectionReason,
  rulesetTitle,
  sectionText,
  severityWord,
  showDate,
  showDatesIn,
  topicOf,
  undeterminedReason,
  warningText,
  words,
} from './common.js';
import { signalGaps, signalLines, signalNote, signalWords } from './signals.js';
import { type EachEmployee, employeesOf, joined, LineParts } from './source.js';

export interface TextOptions extends ReportOptions {
  color?: boolean;
}

/** "61" -> "s.61" (or "ม.61" in Thai); a regulation or data check keeps a label of its own. */
export const sectionLabel = (s: string, o: ReportOptions = {}): string => sectionText(s, o);

const span = (f: Finding, o: TextOptions) =>
  f.date
    ? showDate(f.date, o)
    : f.period
      ? `${showDate(f.period.start, o)}..${showDate(f.period.end, o)}`
      : '';

export function text(r: Printable, o: TextOptions = {}): string {
  return joined(textParts(r, employeesOf(r), o));
}

/** The text report in parts, the findings read one employee at a time (`r`'s own are not read). */
export function* textParts(r: Printable, each: EachEmployee, o: TextOptions = {}): Generator<string> {
  const c: ChalkInstance = new Chalk({ level: o.color ? 1 : 0 });
  const L = words(o);
  const sev = (s: string) => {
    const word = severityWord(s, o);
    return s === 'critical'
      ? c.bgRed.white(` ${word.toUpperCase()} `)
      : s === 'error'
        ? c.red(word)
        : s === 'warning'
          ? c.yellow(word)
          : c.gray(word);
  };
  const parts = new LineParts();
  const lines = parts.lines;
  const asOf = showDate(r.as_of, o);
  lines.push(
    c.bold(
      `labour-check ${r.tool.version}: ${rulesetTitle(r, o)} (${r.ruleset.id} ${r.ruleset.version}), ${L.asOf} ${asOf}`,
    ),
  );
  const about = [
    o.establishment,
    r.period ? `${L.periodCovered} ${showDate(r.period.start, o)} – ${showDate(r.period.end, o)}` : '',
  ].filter(Boolean);
  if (about.length) lines.push(about.join(' · '));
  lines.push('');
  let none = true;
  for (const list of each()) {
    none = false;
    const emp = list[0].employee_id;
    lines.push(c.bold.underline(`${L.employee} ${emp}`));
    for (const f of list) {
      const money = f.owed_satang
        ? c.bold(`  ${L.owedLower} ${baht(f.owed_satang)} + ${baht(f.interest_satang ?? 0)}`)
        : '';
      lines.push(`  ${sev(f.severity)} ${sectionText(f.section, o)} ${c.cyan(f.rule)} ${span(f, o)}${money}`);
      lines.push(`    ${showDatesIn(o.lang === 'th' ? f.message_th : f.message, o)}`);
      const ev = f.evidence.slice(0, 6).map((e) => `${e.file}:${e.row}`);
      if (ev.length)
        lines.push(c.gray(`    ${ev.join(' ')}${f.evidence.length > 6 ? ` +${f.evidence.length - 6}` : ''}`));
    }
    lines.push('');
    yield parts.take();
  }
  if (none) lines.push(c.green(L.none));
  if (r.signals) lines.push(...signalSection(r, o, c));
  if (r.ledger.length) {
    lines.push(c.bold(L.ledger));
    const rows = [[L.employee, L.entitled, L.paid, L.shortfall, `${L.interestToLabel} ${asOf}`]];
    let t = [0, 0, 0, 0];
    for (const l of r.ledger) {
      rows.push([
        l.employee_id,
        baht(l.entitled_satang),
        baht(l.paid_satang),
        baht(l.owed_satang),
        baht(l.interest_satang),
      ]);
      t = [t[0] + l.entitled_satang, t[1] + l.paid_satang, t[2] + l.owed_satang, t[3] + l.interest_satang];
    }
    rows.push([L.total, ...t.map(baht)]);
    lines.push(...table(rows).map((l, i) => (i === rows.length - 1 ? c.bold(l) : l)));
    lines.push('');
  }
  if (r.waivers?.length) {
    lines.push(c.bold(`${L.waivers} (${L.nWaived(r.waived?.length ?? 0)})`));
    for (const w of r.waivers)
      lines.push(
        `  ${L[w.status]} ${w.id} ${c.cyan(w.rule)} ${w.reference}, ${L.expires} ${showDate(w.expires, o)}: ${w.matched}`,
      );
    for (const f of r.waived ?? [])
      lines.push(c.gray(`  ${f.waiver}: ${f.employee_id} ${span(f, o)} ${f.rule}`));
    lines.push('');
  }
  if (r.baseline) {
    lines.push(c.bold(L.baseline));
    lines.push(`  ${L.baselineLine(r.baseline)} (${r.baseline.file})`);
    lines.push('');
  }
  if (r.undetermined.length) {
    lines.push(c.bold(`${L.undetermined} (${r.undetermined.length})`));
    for (const u of r.undetermined)
      lines.push(`  ${u.employee_id} ${c.cyan(u.rule)}: ${undeterminedReason(u, o)}`);
    lines.push('');
  }
  if (r.rejected.length) {
    lines.push(c.bold(`${L.rejected} (${r.rejected.length})`));
    for (const x of r.rejected)
      lines.push(`  ${x.file}:${x.row} ${x.column ? `[${x.column}] ` : ''}${rejectionReason(x, o)}`);
    lines.push('');
  }
  if (r.warnings.length) {
    lines.push(c.bold(L.warnings));
    for (const w of r.warnings)
      lines.push(`  ${w.file ? `${w.file}${w.row ? `:${w.row}` : ''}: ` : ''}${warningText(w, o)}`);
    lines.push('');
  }
  lines.push(c.bold(L.coverage));
  lines.push(
    `  ${L.sectionsCovered}: ${r.coverage.sections_covered.map((x) => sectionText(x, o)).join(', ')}`,
  );
  const partial = r.coverage.rules.filter((x) => x.undetermined_employees.length);
  for (const x of partial) {
    const ids = x.undetermined_employees;
    lines.push(
      `  ${x.rule}: ${L.checkedLower} ${x.employees_checked}, ${L.undeterminedFor} ${ids.slice(0, 8).join(', ')}${ids.length > 8 ? ` +${ids.length - 8}` : ''}`,
    );
  }
  lines.push(
    `  ${L.notCovered}: ${r.coverage.not_covered.map((n) => `${sectionText(n.section, o)} (${topicOf(n, o)})`).join('; ')}`,
  );
  lines.push(c.gray(`  ${L.coverageNote}`));
  lines.push('');
  lines.push(c.bold(L.inputs));
  for (const i of r.inputs) {
    lines.push(
      `  ${kindName(i.kind, o)} ${i.file}: ${L.rowsLine(i.rows_read, i.rows_used, i.rows_rejected, i.rows_skipped)} (${i.encoding})`,
    );
  }
  lines.push('');
  const s = r.summary;
  lines.push(c.bold(L.summary));
  lines.push(`  ${L.summaryLine(s)}`);
  lines.push(
    `  ${L.owedLower} ${c.bold(baht(s.owed_satang))} ${L.baht} + ${L.interestTo} ${asOf}: ${baht(s.interest_satang)} ${L.baht}`,
  );
  if (r.wilful) lines.push(`  ${L.surchargeWilful}: ${baht(s.surcharge_satang)} ${L.baht}`);
  yield `${parts.take()}\n`;
}

function signalSection(r: Printable, o: TextOptions, c: ChalkInstance): string[] {
  const w = signalWords(o);
  const lines = [c.bold.magenta(w.heading), c.gray(`  ${signalNote(r, o)}`)];
  const raised = signalLines(r, o);
  if (!raised.length) lines.push(`  ${w.none}`);
  for (const s of raised) {
    lines.push(`  ${c.magenta(s.title)} (${s.indicator}) ${s.employee_id}: ${s.shared}`);
    for (const b of s.because) lines.push(`    ${b}`);
    if (s.findings) lines.push(c.gray(`    ${w.findings}: ${s.findings}`));
    if (s.evidence) lines.push(c.gray(`    ${w.evidence}: ${s.evidence}`));
  }
  const gaps = signalGaps(r, o);
  if (gaps.length) {
    lines.push(`  ${w.notRead}:`);
    for (const g of gaps) lines.push(`    ${g}`);
  }
  lines.push('');
  return lines;
}

function table(rows: string[][]): string[] {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map(
    (r) =>
      `  ${r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ')}`,
  );
}
