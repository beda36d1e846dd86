import { baht } from '../findings/money.js';
import type { Printable } from '../findings/redact.js';
import { groupBy, messageOf, type ReportOptions, ruleById, titleOf, when } from './common.js';
import { signalLines, signalWords } from './signals.js';

// GitHub Actions workflow commands: "::error file=...,line=...,title=...::message". The runner
// turns them into annotations on the input files. One annotation per rule and employee (GitHub
// shows 10 of each level per step), after a notice with the totals.

const LEVEL = { critical: 'error', error: 'error', warning: 'warning', info: 'notice' } as const;

/** The message part of a workflow command: %, CR and LF escaped. */
export const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
/** A property value: also : and , escaped. */
export const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function github(r: Printable, o: ReportOptions = {}): string {
  const rules = ruleById(o);
  const s = r.summary;
  const lines: string[] = [];
  const totals = `labour-check ${r.tool.version} (${r.ruleset.id} ${r.ruleset.version}) as of ${r.as_of}: ${s.findings} findings (${s.by_severity.critical} critical, ${s.by_severity.error} error, ${s.by_severity.warning} warning), owed ${baht(s.owed_satang)} baht + interest ${baht(s.interest_satang)} baht, ${s.undetermined} undetermined, ${s.rows_rejected} rows rejected${r.waived ? `, ${r.waived.length} waived` : ''}${r.baseline ? `, ${r.baseline.still_present} baseline findings still present` : ''}`;
  lines.push(`::notice title=${escapeProperty('labour-check summary')}::${escapeData(totals)}`);
  for (const list of groupBy(r.findings, (f) => `${f.rule}\u0000${f.employee_id}`).values()) {
    const f = list[0];
    const level = list.some((x) => x.severity === 'critical') ? 'error' : LEVEL[f.severity];
    const ev = f.evidence[0];
    const where = ev ? `file=${escapeProperty(ev.file)},line=${ev.row},` : '';
    const owed = list.reduce((a, x) => a + (x.owed_satang ?? 0), 0);
    const title = `${f.rule} (s.${f.section}) ${f.employee_id}: ${titleOf(f.rule, o, rules)}`;
    const more =
      list.length > 1
        ? `\n+${list.length - 1} more: ${list
            .slice(1)
            .map((x) => when(x, o))
            .join(', ')}`
        : '';
    const money = owed ? `\nowed ${baht(owed)} baht` : '';
    lines.push(
      `::${level} ${where}title=${escapeProperty(title)}::${escapeData(`${messageOf(f, o)}${more}${money}`)}`,
    );
  }
  if (r.signals) {
    const sw = signalWords(o);
    const raised = signalLines(r, o);
    for (const x of raised) {
      const ev = r.signals.raised.find((y) => y.employee_id === x.employee_id && y.indicator === x.indicator)
        ?.evidence[0];
      const where = ev ? `file=${escapeProperty(ev.file)},line=${ev.row},` : '';
      lines.push(
        `::notice ${where}title=${escapeProperty(`${sw.heading}: ${x.employee_id} ${x.title}`)}::${escapeData([...x.because, x.shared].join('\n'))}`,
      );
    }
    if (!raised.length) lines.push(`::notice title=${escapeProperty(sw.heading)}::${escapeData(sw.none)}`);
  }
  for (const w of r.warnings) {
    lines.push(
      `::warning ${w.file ? `file=${escapeProperty(w.file)},${w.row ? `line=${w.row},` : ''}` : ''}title=labour-check::${escapeData(w.message)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
