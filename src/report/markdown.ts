import { baht } from '../findings/money.js';
import type { Printable } from '../findings/redact.js';
import {
  evidenceText,
  messageOf,
  type ReportOptions,
  rejectionReason,
  ruleById,
  rulesetTitle,
  sectionText,
  severityWord,
  showDate,
  titleOf,
  topicOf,
  undeterminedReason,
  warningText,
  when,
  words,
} from './common.js';
import { signalGaps, signalLines, signalNote, signalWords } from './signals.js';
import { type EachEmployee, employeesOf, joined, LineParts } from './source.js';

// Markdown for issues, e-mail and wikis (and $GITHUB_STEP_SUMMARY): summary, per-employee
// tables, the owed ledger. Data is escaped so that no cell can open a link, an image or HTML.

/** Inline text (never at a line start) with Markdown emphasis, code, links, tables and HTML made literal, on one line. */
export function md(s: string): string {
  return s
    .replace(/[\r\n]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|~])/g, '\\$1');
}

const table = (head: string[], rows: string[][], right: number[] = []) => [
  `| ${head.join(' | ')} |`,
  `| ${head.map((_, i) => (right.includes(i) ? '---:' : '---')).join(' | ')} |`,
  ...rows.map((r) => `| ${r.join(' | ')} |`),
];

export function markdown(r: Printable, o: ReportOptions = {}): string {
  return joined(markdownParts(r, employeesOf(r), o));
}

/** The Markdown report in parts, the findings read one employee at a time (`r`'s own are not read). */
export function* markdownParts(r: Printable, each: EachEmployee, o: ReportOptions = {}): Generator<string> {
  const w = words(o);
  const rules = ruleById(o);
  const s = r.summary;
  const names = new Map((r.employees ?? []).map((e) => [e.employee_id, e.name ?? e.initials]));
  const who = (id: string) => (names.get(id) ? `${md(id)} ${md(names.get(id)!)}` : md(id));
  const parts = new LineParts();
  const out = parts.lines;
  out.push(`# ${w.reportTitle}`, '');
  out.push(
    `${md(rulesetTitle(r, o))} · ${md(r.ruleset.id)} ${md(r.ruleset.version)} · ${w.asOf} ${showDate(r.as_of, o)} · ${md(r.tool.name)} ${md(r.tool.version)}${r.redaction ? ` · ${w.redacted}` : ''}`,
    '',
  );
  const about = [
    o.establishment ? `${w.establishment}: ${md(o.establishment)}` : '',
    r.period ? `${w.periodCovered}: ${showDate(r.period.start, o)} – ${showDate(r.period.end, o)}` : '',
  ].filter(Boolean);
  if (about.length) out.push(about.join(' · '), '');
  out.push(`## ${w.summary}`, '');
  out.push(
    ...table(
      [
        w.employees,
        w.findings,
        w.critical,
        w.error,
        w.warning,
        `${w.owedTotal} (${w.baht})`,
        `${w.interest} (${w.baht})`,
        w.undeterminedShort,
        w.rejectedShort,
        ...(r.waived ? [w.waivedShort] : []),
      ],
      [
        [
          String(s.employees),
          String(s.findings),
          String(s.by_severity.critical),
          String(s.by_severity.error),
          String(s.by_severity.warning),
          baht(s.owed_satang),
          baht(s.interest_satang),
          String(s.undetermined),
          String(s.rows_rejected),
          ...(r.waived ? [String(r.waived.length)] : []),
        ],
      ],
      [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    ),
    '',
  );
  if (r.wilful) out.push(`${w.surcharge}: ${baht(s.surcharge_satang)} ${w.baht}`, '');
  if (r.baseline) out.push(`**${w.baseline}:** ${md(w.baselineLine(r.baseline))}`, '');

  out.push(`## ${w.byEmployee}`, '');
  let none = true;
  for (const list of each()) {
    none = false;
    const id = list[0].employee_id;
    out.push(`### ${w.employee} ${who(id)}`, '');
    out.push(
      ...table(
        [w.when, w.section, w.rule, w.severity, w.message, `${w.owed} (${w.baht})`, w.evidence],
        list.map((f) => [
          md(when(f, o)),
          md(sectionText(f.section, o)),
          `${md(f.rule)}<br>${md(titleOf(f.rule, o, rules))}`,
          severityWord(f.severity, o),
          md(messageOf(f, o)),
          f.owed_satang ? baht(f.owed_satang) : '',
          md(evidenceText(f.evidence)),
        ]),
        [5],
      ),
      '',
    );
    yield parts.take();
  }
  if (none) out.push(w.none, '');

  if (r.signals) out.push(...signalSection(r, o, who));
  if (r.ledger.length) {
    out.push(`## ${w.ledger}`, '');
    const t = [0, 0, 0, 0];
    const rows = r.ledger.map((l) => {
      t[0] += l.entitled_satang;
      t[1] += l.paid_satang;
      t[2] += l.owed_satang;
      t[3] += l.interest_satang;
      return [
        who(l.employee_id),
        baht(l.entitled_satang),
        baht(l.paid_satang),
        baht(l.owed_satang),
        baht(l.interest_satang),
      ];
    });
    rows.push([`**${w.total}**`, ...t.map((x) => `**${baht(x)}**`)]);
    out.push(
      ...table(
        [w.employee, w.entitled, w.paid, w.owed, `${w.interestToLabel} ${showDate(r.as_of, o)}`],
        rows,
        [1, 2, 3, 4],
      ),
      '',
    );
  }

  if (r.waivers?.length) {
    out.push(`## ${w.waivers}`, '');
    out.push(
      ...table(
        [w.status, w.id, w.rule, w.employees, w.span, w.reason, w.reference, w.expires, w.matched],
        r.waivers.map((x) => [
          w[x.status],
          md(x.id),
          md(x.rule),
          x.employees === 'all' ? w.all : md(x.employees.join(', ')),
          `${x.from ? showDate(x.from, o) : '…'} – ${x.to ? showDate(x.to, o) : '…'}`,
          md(x.reason),
          md(x.reference),
          showDate(x.expires, o),
          String(x.matched),
        ]),
      ),
      '',
    );
    if (r.waived?.length) {
      out.push(`### ${w.waived} (${r.waived.length})`, '');
      out.push(
        ...table(
          [w.employee, w.when, w.rule, w.message, w.waiver],
          r.waived.map((f) => [
            who(f.employee_id),
            md(when(f, o)),
            md(f.rule),
            md(messageOf(f, o)),
            md(f.waiver),
          ]),
        ),
        '',
      );
    }
  }

  if (r.undetermined.length) {
    out.push(`## ${w.undetermined} (${r.undetermined.length})`, '');
    out.push(
      ...table(
        [w.employee, w.rule, w.reason],
        r.undetermined.map((u) => [who(u.employee_id), md(u.rule), md(undeterminedReason(u, o))]),
      ),
      '',
    );
  }
  if (r.rejected.length) {
    out.push(`## ${w.rejected} (${r.rejected.length})`, '');
    out.push(
      ...table(
        [w.file, w.row, w.column, w.reason],
        r.rejected.map((x) => [md(x.file), String(x.row), md(x.column), md(rejectionReason(x, o))]),
      ),
      '',
    );
  }
  if (r.warnings.length) {
    out.push(`## ${w.warnings}`, '');
    for (const x of r.warnings)
      out.push(`- ${x.file ? `${md(x.file)}${x.row ? `:${x.row}` : ''}: ` : ''}${md(warningText(x, o))}`);
    out.push('');
  }
  out.push(`## ${w.coverage}`, '');
  out.push(
    `${w.sectionsCovered}: ${r.coverage.sections_covered.map((x) => md(sectionText(x, o))).join(', ')}`,
    '',
  );
  out.push(
    ...table(
      [w.rule, w.section, w.checked, w.undeterminedShort],
      r.coverage.rules.map((x) => [
        `${md(x.rule)} ${md(titleOf(x.rule, o, rules))}`,
        md(sectionText(x.section, o)),
        String(x.employees_checked),
        String(x.undetermined_employees.length),
      ]),
      [2, 3],
    ),
    '',
  );
  out.push(
    `${w.notCovered}: ${r.coverage.not_covered.map((n) => `${md(sectionText(n.section, o))} (${md(topicOf(n, o))})`).join('; ')}`,
    '',
  );
  out.push(`> ${md(w.coverageNote)}`, '');
  yield parts.take();
}

function signalSection(r: Printable, o: ReportOptions, who: (id: string) => string): string[] {
  const w = signalWords(o);
  const out = [`## ${w.heading}`, '', `_${md(signalNote(r, o))}_`, ''];
  const raised = signalLines(r, o);
  if (!raised.length) out.push(md(w.none), '');
  else {
    out.push(
      ...table(
        [w.indicator, words(o).employee, w.because, words(o).findings, words(o).evidence],
        raised.map((s) => [
          `${md(s.title)} (${md(s.indicator)})`,
          `${who(s.employee_id)}: ${md(s.shared)}`,
          s.because.map(md).join('; '),
          md(s.findings),
          md(s.evidence),
        ]),
      ),
      '',
    );
  }
  const gaps = signalGaps(r, o);
  if (gaps.length) out.push(`${w.notRead}:`, '', ...gaps.map((g) => `- ${md(g)}`), '');
  return out;
}
