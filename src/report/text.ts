import { Chalk, type ChalkInstance } from 'chalk';
import type { Finding } from '../findings/finding.js';
import { baht } from '../findings/money.js';
import type { Printable } from '../findings/redact.js';
import { type ReportOptions, showDate, showDatesIn } from './common.js';
import { signalGaps, signalLines, signalNote, signalWords } from './signals.js';

export interface TextOptions extends ReportOptions {
  color?: boolean;
}

const LABEL = {
  en: {
    employee: 'Employee',
    summary: 'Summary',
    findings: 'findings',
    owed: 'owed',
    interest: 'interest (s.9) to',
    surcharge: 'surcharge (s.9 para 2, wilful)',
    undetermined: 'Undetermined (not checked)',
    rejected: 'Rejected rows',
    warnings: 'Warnings',
    ledger: 'Money owed',
    entitled: 'entitled',
    paid: 'paid',
    shortfall: 'shortfall',
    total: 'Total',
    coverage: 'Coverage',
    none: 'No findings.',
    inputs: 'Inputs',
    checked: 'checked',
    notCovered: 'Not covered by this tool',
    waivers: 'Waivers',
    waived: 'waived',
    expires: 'expires',
    baseline: 'Baseline',
  },
  th: {
    employee: 'ลูกจ้าง',
    summary: 'สรุป',
    findings: 'รายการที่พบ',
    owed: 'ค้างจ่าย',
    interest: 'ดอกเบี้ย (ม.9) ถึงวันที่',
    surcharge: 'เงินเพิ่ม (ม.9 วรรคสอง)',
    undetermined: 'ตรวจไม่ได้',
    rejected: 'แถวที่ไม่ได้ใช้',
    warnings: 'คำเตือน',
    ledger: 'เงินที่ค้างจ่าย',
    entitled: 'สิทธิ',
    paid: 'จ่ายแล้ว',
    shortfall: 'ขาด',
    total: 'รวม',
    coverage: 'ขอบเขตการตรวจ',
    none: 'ไม่พบการกระทำผิด',
    inputs: 'ไฟล์นำเข้า',
    checked: 'ตรวจแล้ว',
    notCovered: 'มาตราที่เครื่องมือนี้ไม่ได้ตรวจ',
    waivers: 'ข้อยกเว้น',
    waived: 'รายการที่ได้รับยกเว้น',
    expires: 'หมดอายุ',
    baseline: 'ผลการตรวจครั้งก่อน',
  },
};

/** "61" -> "s.61"; a regulation or data check keeps its own label. */
export const sectionLabel = (s: string): string => (s === '-' ? 'data' : /^\d/.test(s) ? `s.${s}` : s);

const span = (f: Finding, o: TextOptions) =>
  f.date
    ? showDate(f.date, o)
    : f.period
      ? `${showDate(f.period.start, o)}..${showDate(f.period.end, o)}`
      : '';

export function text(r: Printable, o: TextOptions = {}): string {
  const c: ChalkInstance = new Chalk({ level: o.color ? 1 : 0 });
  const L = LABEL[o.lang ?? 'en'];
  const sev = (s: string) =>
    s === 'critical'
      ? c.bgRed.white(' CRITICAL ')
      : s === 'error'
        ? c.red('error')
        : s === 'warning'
          ? c.yellow('warning')
          : c.gray(s);
  const lines: string[] = [];
  const asOf = showDate(r.as_of, o);
  lines.push(
    c.bold(
      `labour-check ${r.tool.version}: ${r.ruleset.title} (${r.ruleset.id} ${r.ruleset.version}), as of ${asOf}`,
    ),
  );
  lines.push('');
  const byEmp = new Map<string, Finding[]>();
  for (const f of r.findings) byEmp.set(f.employee_id, [...(byEmp.get(f.employee_id) ?? []), f]);
  if (byEmp.size === 0) lines.push(c.green(L.none));
  for (const [emp, list] of byEmp) {
    lines.push(c.bold.underline(`${L.employee} ${emp}`));
    for (const f of list) {
      const money = f.owed_satang
        ? c.bold(`  ${L.owed} ${baht(f.owed_satang)} + ${baht(f.interest_satang ?? 0)}`)
        : '';
      lines.push(`  ${sev(f.severity)} ${sectionLabel(f.section)} ${c.cyan(f.rule)} ${span(f, o)}${money}`);
      lines.push(`    ${showDatesIn(o.lang === 'th' ? f.message_th : f.message, o)}`);
      const ev = f.evidence.slice(0, 6).map((e) => `${e.file}:${e.row}`);
      if (ev.length)
        lines.push(c.gray(`    ${ev.join(' ')}${f.evidence.length > 6 ? ` +${f.evidence.length - 6}` : ''}`));
    }
    lines.push('');
  }
  if (r.signals) lines.push(...signalSection(r, o, c));
  if (r.ledger.length) {
    lines.push(c.bold(L.ledger));
    const rows = [[L.employee, L.entitled, L.paid, L.shortfall, `interest ${asOf}`]];
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
    lines.push(c.bold(`${L.waivers} (${r.waived?.length ?? 0} ${L.waived})`));
    for (const w of r.waivers)
      lines.push(
        `  ${w.status} ${w.id} ${c.cyan(w.rule)} ${w.reference}, ${L.expires} ${showDate(w.expires, o)}: ${w.matched}`,
      );
    for (const f of r.waived ?? [])
      lines.push(c.gray(`  ${f.waiver}: ${f.employee_id} ${span(f, o)} ${f.rule}`));
    lines.push('');
  }
  if (r.baseline) {
    const b = r.baseline;
    lines.push(c.bold(L.baseline));
    lines.push(
      `  ${b.new} new; ${b.still_present} of ${b.findings} baseline findings still present, ${b.resolved} resolved (${b.file})`,
    );
    lines.push('');
  }
  if (r.undetermined.length) {
    lines.push(c.bold(`${L.undetermined} (${r.undetermined.length})`));
    for (const u of r.undetermined) lines.push(`  ${u.employee_id} ${c.cyan(u.rule)}: ${u.reason}`);
    lines.push('');
  }
  if (r.rejected.length) {
    lines.push(c.bold(`${L.rejected} (${r.rejected.length})`));
    for (const x of r.rejected)
      lines.push(`  ${x.file}:${x.row} ${x.column ? `[${x.column}] ` : ''}${x.reason}`);
    lines.push('');
  }
  if (r.warnings.length) {
    lines.push(c.bold(L.warnings));
    for (const w of r.warnings)
      lines.push(`  ${w.file ? `${w.file}${w.row ? `:${w.row}` : ''}: ` : ''}${w.message}`);
    lines.push('');
  }
  lines.push(c.bold(L.coverage));
  lines.push(`  sections: ${r.coverage.sections_covered.map(sectionLabel).join(', ')}`);
  const partial = r.coverage.rules.filter((x) => x.undetermined_employees.length);
  for (const x of partial) {
    const ids = x.undetermined_employees;
    lines.push(
      `  ${x.rule}: ${L.checked} ${x.employees_checked - ids.length}, undetermined for ${ids.slice(0, 8).join(', ')}${ids.length > 8 ? ` +${ids.length - 8}` : ''}`,
    );
  }
  lines.push(
    `  ${L.notCovered}: ${r.coverage.not_covered.map((n) => `${sectionLabel(n.section)} (${n.topic})`).join('; ')}`,
  );
  lines.push(c.gray(`  ${r.coverage.note}`));
  lines.push('');
  lines.push(c.bold(L.inputs));
  for (const i of r.inputs) {
    lines.push(
      `  ${i.kind} ${i.file}: ${i.rows_read} rows read = ${i.rows_used} used + ${i.rows_rejected} rejected${i.rows_skipped ? ` + ${i.rows_skipped} skipped (footer)` : ''} (${i.encoding})`,
    );
  }
  lines.push('');
  const s = r.summary;
  lines.push(c.bold(L.summary));
  lines.push(
    `  ${s.employees} employees, ${s.findings} ${L.findings} (${s.by_severity.critical} critical, ${s.by_severity.error} error, ${s.by_severity.warning} warning), ${s.undetermined} undetermined, ${s.rows_rejected} rows rejected`,
  );
  lines.push(
    `  ${L.owed} ${c.bold(baht(s.owed_satang))} baht + ${L.interest} ${asOf}: ${baht(s.interest_satang)} baht`,
  );
  if (r.wilful) lines.push(`  ${L.surcharge}: ${baht(s.surcharge_satang)} baht`);
  return `${lines.join('\n')}\n`;
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
