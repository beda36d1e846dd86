import { baht } from '../findings/money.js';
import type { Printable } from '../findings/redact.js';
import {
  groupBy,
  messageOf,
  type ReportOptions,
  ruleById,
  rulesetTitle,
  sectionText,
  titleOf,
  warningText,
  when,
  words,
} from './common.js';
import { signalLines, signalWords } from './signals.js';
import { type EachEmployee, employeesOf, joined, LineParts } from './source.js';

// GitHub Actions workflow commands: "::error file=...,line=...,title=...::message". The runner
// turns them into annotations on the input files. One annotation per rule and employee (GitHub
// shows 10 of each level per step), after a notice with the totals.

const LEVEL = { critical: 'error', error: 'error', warning: 'warning', info: 'notice' } as const;

/** The message part of a workflow command: %, CR and LF escaped. */
export const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
/** A property value: also : and , escaped. */
export const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function github(r: Printable, o: ReportOptions = {}): string {
  return joined(githubParts(r, employeesOf(r), o));
}

/** The annotations in parts, the findings read one employee at a time (`r`'s own are not read). */
export function* githubParts(r: Printable, each: EachEmployee, o: ReportOptions = {}): Generator<string> {
  const rules = ruleById(o);
  const L = words(o);
  const s = r.summary;
  const parts = new LineParts();
  const lines = parts.lines;
  const totals = `labour-check ${r.tool.version} (${r.ruleset.id} ${r.ruleset.version}, ${rulesetTitle(r, o)}) ${L.asOf} ${r.as_of}: ${L.summaryLine(s)}; ${L.owedLower} ${baht(s.owed_satang)} ${L.baht} + ${L.interestLower} ${baht(s.interest_satang)} ${L.baht}${r.waived ? `, ${L.nWaived(r.waived.length)}` : ''}${r.baseline ? `, ${L.nBaselineStill(r.baseline.still_present)}` : ''}`;
  lines.push(`::notice title=${escapeProperty(L.summaryTitle)}::${escapeData(totals)}`);
  // One annotation per rule and employee: each employee's findings come together.
  for (const mine of each()) {
    for (const list of groupBy(mine, (f) => f.rule).values()) {
      const f = list[0];
      const level = list.some((x) => x.severity === 'critical') ? 'error' : LEVEL[f.severity];
      const ev = f.evidence[0];
      const where = ev ? `file=${escapeProperty(ev.file)},line=${ev.row},` : '';
      const owed = list.reduce((a, x) => a + (x.owed_satang ?? 0), 0);
      const title = `${f.rule} (${sectionText(f.section, o)}) ${f.employee_id}: ${titleOf(f.rule, o, rules)}`;
      const more =
        list.length > 1
          ? `\n+${list.length - 1} ${L.more}: ${list
              .slice(1)
              .map((x) => when(x, o))
              .join(', ')}`
          : '';
      const money = owed ? `\n${L.owedLower} ${baht(owed)} ${L.baht}` : '';
      lines.push(
        `::${level} ${where}title=${escapeProperty(title)}::${escapeData(`${messageOf(f, o)}${more}${money}`)}`,
      );
    }
    yield parts.take();
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
      `::warning ${w.file ? `file=${escapeProperty(w.file)},${w.row ? `line=${w.row},` : ''}` : ''}title=labour-check::${escapeData(warningText(w, o))}`,
    );
  }
  yield `${parts.take()}\n`;
}
