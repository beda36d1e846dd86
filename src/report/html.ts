import type { Finding } from '../findings/finding.js';
import { baht } from '../findings/money.js';
import type { Printable } from '../findings/redact.js';
import { COLORS, hoursChart } from './chart.js';
import {
  employeeIds,
  evidenceText,
  groupBy,
  kindName,
  messageOf,
  type ReportOptions,
  rejectionReason,
  ruleById,
  rulesetTitle,
  sectionOrder,
  sectionText,
  severityWord,
  showDate,
  titleOf,
  topicOf,
  undeterminedReason,
  warningText,
  words,
} from './common.js';
import { esc } from './escape.js';
import { signalGaps, signalLines, signalNote, signalWords } from './signals.js';
import { type EachEmployee, employeesOf, joined, LineParts, type TextStore } from './source.js';

// One self-contained HTML file an inspector can open, print to PDF and file: inline CSS and SVG,
// no script, no network (the Content-Security-Policy forbids both), every datum HTML-escaped.

const FONT =
  '"Sarabun", "Noto Sans Thai UI", "Noto Sans Thai", "Noto Sans", "Leelawadee UI", "Leelawadee", "Tahoma", "Garuda", "Loma", "Waree", "Umpush", "TH Sarabun New", "Noto Sans Myanmar", "Noto Sans Khmer", "Noto Sans Lao", sans-serif';

/** Text in a CSS string: quotes, backslashes and line ends escaped, and no "<" to end the style element. */
const cssString = (s: string) =>
  `"${s.replace(/[\\"<>\n\r]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;

/** Dates in escaped text kept whole on a line (ISO and "13 ส.ค. 2568" / "13 Aug 2568 BE"). */
const keepDates = (escaped: string) =>
  escaped.replace(
    /(?<![\d-])(\d{4}-\d{2}-\d{2}(?:\.\.\d{4}-\d{2}-\d{2})?|\d{1,2} [^\s\d<>&]{2,8} \d{4}(?: BE)?)(?![\d-])/g,
    '<span class="nw">$1</span>',
  );

/** Evidence "hours.csv:43-56,60 payroll.csv:2": each file's rows unbroken but at a comma. */
const evidenceHtml = (text: string) =>
  text
    .split(' ')
    .map((t) => `<span class="nw">${esc(t).replace(/,/g, ',<wbr>')}</span>`)
    .join(' ');

const CSS = `
:root { --ink: #1d1d1f; --muted: #5f6368; --line: #d9dce1; --bg: #f6f7f9; --critical: #8e1b1b; --error: #c0392b; --warning: #b7791f; --info: #5f6368; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0 auto; max-width: 1100px; padding: 24px; font-family: ${FONT}; font-size: 14px; line-height: 1.5; color: var(--ink); background: #fff; }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 19px; margin: 32px 0 8px; padding-bottom: 4px; border-bottom: 2px solid var(--ink); }
h3 { font-size: 16px; margin: 20px 0 6px; }
.meta, .muted { color: var(--muted); }
.badge { display: inline-block; padding: 0 8px; border-radius: 10px; font-size: 12px; background: #444; color: #fff; }
nav.toc { margin: 12px 0; font-size: 13px; }
nav.toc a { margin-right: 12px; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: 10px; margin: 12px 0; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: 10px 12px; background: var(--bg); }
.card .label { font-size: 12px; color: var(--muted); }
.card .value { font-size: 22px; font-weight: 700; font-variant-numeric: tabular-nums; }
.card .sub { font-size: 12px; color: var(--muted); }
.card.owed { border-color: var(--error); }
.card.owed .value { color: var(--error); }
table { border-collapse: collapse; width: 100%; margin: 6px 0 12px; font-size: 13px; }
th, td { border: 1px solid var(--line); padding: 4px 6px; text-align: left; vertical-align: top; }
th { background: var(--bg); font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.total td { font-weight: 700; background: var(--bg); }
td.ev { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 11px; color: var(--muted); }
.nw, code, td.when, time { white-space: nowrap; }
.print-head { display: none; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 8px 0; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; font-weight: 600; }
.sev { font-weight: 700; white-space: nowrap; }
.sev.critical { color: #fff; background: var(--critical); padding: 0 4px; border-radius: 3px; }
.sev.error { color: var(--error); }
.sev.warning { color: var(--warning); }
.sev.info { color: var(--info); }
article.employee { border-top: 1px solid var(--line); padding-top: 4px; }
svg.chart { max-width: 100%; height: auto; font-family: ${FONT}; font-size: 10px; fill: var(--muted); }
svg.chart text.panel { font-size: 11px; fill: var(--ink); }
.legend { font-size: 12px; color: var(--muted); }
.legend i { display: inline-block; width: 10px; height: 10px; margin: 0 4px 0 10px; vertical-align: -1px; }
.legend i.line { height: 0; border-top: 2px dashed ${COLORS.limit}; width: 16px; vertical-align: 3px; }
.status-active { color: #1e7b34; font-weight: 700; }
.status-expired { color: var(--error); font-weight: 700; }
.status-unused { color: var(--warning); font-weight: 700; }
.note { border-left: 4px solid var(--line); padding: 4px 10px; color: var(--muted); }
footer { margin-top: 32px; font-size: 12px; color: var(--muted); }
@page { size: A4; margin: 18mm 12mm 16mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  nav.toc { display: none; }
  h1, h2, h3, h4, p.muted + table caption { break-after: avoid; }
  h2 + p, h3 + p { break-before: avoid; }
  h3 + p.muted, .legend, svg.chart { break-after: avoid; }
  tr, .card, svg.chart, .cards, .legend, dl.facts { break-inside: avoid; }
  thead { display: table-header-group; }
  article.employee { break-before: page; border-top: none; }
  a { color: inherit; text-decoration: none; }
}
`;

/** Every printed page: the establishment, the period and the as-of date on top; the pack and the page number below. */
function pageCss(top: string, bottom: string, page: (n: string, of: string) => string): string {
  return `@page {
  @top-left { content: ${cssString(top)}; font-family: ${FONT}; font-size: 8pt; color: #5f6368; }
  @bottom-left { content: ${cssString(bottom)}; font-family: ${FONT}; font-size: 8pt; color: #5f6368; }
  @bottom-right { content: ${page('counter(page)', 'counter(pages)')}; font-family: ${FONT}; font-size: 8pt; color: #5f6368; }
}`;
}

type AnyFinding = Finding & { waiver?: string };
type ChartSeries = NonNullable<Printable['hours']>[number];

/** The hours series of a result by employee (the last of an id, should one come twice). */
const inMemory = (r: Printable) => {
  const by = new Map((r.hours ?? []).map((h) => [h.employee_id, h]));
  return (id: string) => by.get(id);
};

export function html(r: Printable, o: ReportOptions = {}): string {
  return joined(htmlParts(r, employeesOf(r), o));
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** One rule's findings under one section, in the by-section list. */
interface RuleRows {
  rule: string;
  findings: number;
  owed: number;
  /** How many employees' rows are kept for it (each a text in `kept`). */
  parts: number;
}

/**
 * The HTML report in parts, a part for each rule's findings and each employee, so that the page
 * is never one string. The findings are read one employee at a time, twice (once for the
 * employees that have them, whose anchors the rows link to; once to render their rows), and the
 * rows are kept in `kept` (a temporary file in a large run) until their place in the page comes:
 * the findings never sit whole in memory. `r`'s own findings are not read. `hoursOf`: each
 * employee's hours chart series by its printed id, read when its section comes (a large run keeps
 * them in a temporary file), instead of `r.hours`.
 */
export function* htmlParts(
  r: Printable,
  each: EachEmployee,
  o: ReportOptions = {},
  kept: TextStore = new Map<string, string>(),
  hoursOf: (id: string) => ChartSeries | undefined = inMemory(r),
): Generator<string> {
  const w = words(o);
  const rules = ruleById(o);
  const s = r.summary;
  const lang = o.lang ?? 'en';
  const idSet = new Set(employeeIds(r));
  for (const list of each(true)) if (list.length) idSet.add(list[0].employee_id);
  const ids = [...idSet].sort(cmp);
  const anchor = new Map(ids.map((id, i) => [id, `emp-${i + 1}`]));
  const people = new Map((r.employees ?? []).map((e) => [e.employee_id, e]));
  const nameOf = (id: string) => people.get(id)?.name ?? people.get(id)?.initials;
  const who = (id: string) => {
    const n = nameOf(id);
    return `<a href="#${anchor.get(id)}">${esc(id)}</a>${n ? ` <span class="name">${esc(n)}</span>` : ''}`;
  };
  const sev = (x: string) => `<span class="sev ${esc(x)}">${esc(severityWord(x, o))}</span>`;
  const money = (satang: number | undefined) => (satang ? baht(satang) : '');
  const evidence = (f: AnyFinding) => evidenceHtml(evidenceText(f.evidence));
  const msgHtml = (f: AnyFinding) => keepDates(esc(messageOf(f, o)));
  const whenHtml = (f: AnyFinding) =>
    f.date
      ? `<span class="nw">${esc(showDate(f.date, o))}</span>`
      : f.period
        ? `<span class="nw">${esc(showDate(f.period.start, o))} –</span> <span class="nw">${esc(showDate(f.period.end, o))}</span>`
        : '';
  const findingRows = (list: readonly AnyFinding[], withEmployee: boolean, withRule: boolean) =>
    list
      .map(
        (f) =>
          `<tr>${withEmployee ? `<td>${who(f.employee_id)}</td>` : ''}<td class="when">${whenHtml(f)}</td>${withRule ? `<td><span class="nw">${esc(sectionText(f.section, o))}</span> <code>${esc(f.rule)}</code><br>${esc(titleOf(f.rule, o, rules))}</td>` : ''}<td>${sev(f.severity)}</td><td class="msg">${msgHtml(f)}${f.waiver ? ` <span class="badge">${esc(w.waivedShort)}: ${esc(f.waiver)}</span>` : ''}</td><td class="num">${money(f.owed_satang)}</td><td class="num">${money(f.interest_satang)}</td><td class="ev">${evidence(f)}</td></tr>`,
      )
      .join('\n');
  const findingHead = (withEmployee: boolean, withRule: boolean) =>
    `<thead><tr>${withEmployee ? `<th>${esc(w.employee)}</th>` : ''}<th>${esc(w.when)}</th>${withRule ? `<th>${esc(w.rule)}</th>` : ''}<th>${esc(w.severity)}</th><th>${esc(w.message)}</th><th class="num">${esc(w.owed)}</th><th class="num">${esc(w.interest)}</th><th>${esc(w.evidence)}</th></tr></thead>`;

  const asOf = showDate(r.as_of, o);
  const period = r.period ? `${showDate(r.period.start, o)} – ${showDate(r.period.end, o)}` : '';
  const top = [o.establishment, period ? `${w.periodCovered} ${period}` : '', `${w.asOf} ${asOf}`]
    .filter(Boolean)
    .join(' · ');
  // The Act's full title (with its amendments and dates) is on page 1: the running footer keeps to one line.
  const bottom = `${w.packVersion} ${r.ruleset.id} ${r.ruleset.version} · ${r.tool.name} ${r.tool.version}`;
  const pageOf = (n: string, of: string) =>
    `${cssString(`${w.page} `)} ${n} ${cssString(` ${w.pageOf} `)} ${of}`;
  const parts = new LineParts(true);
  const out = parts.lines;
  // A long table (20,000 employees' undetermined rules) is given out a thousand rows at a time,
  // never as one string.
  function* inParts<T>(items: readonly T[], row: (x: T) => string): Generator<string> {
    for (let i = 0; i < items.length; i++) {
      out.push(row(items[i]));
      if (i % 1000 === 999) yield parts.take();
    }
  }
  out.push(
    '<!DOCTYPE html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    `<title>${esc(`${w.reportTitle} – ${showDate(r.as_of, o)}`)}</title>`,
    `<style>${CSS}${pageCss(top, bottom, pageOf)}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>${esc(w.reportTitle)}${o.establishment ? `: <span id="establishment">${esc(o.establishment)}</span>` : ''}</h1>`,
    `<dl class="facts">${o.establishment ? `<dt>${esc(w.establishment)}</dt><dd>${esc(o.establishment)}</dd>` : ''}${period ? `<dt>${esc(w.periodCovered)}</dt><dd id="period">${keepDates(esc(period))}</dd>` : ''}<dt>${esc(w.asOfLabel)}</dt><dd><span id="as-of" class="nw">${esc(asOf)}</span></dd><dt>${esc(w.packVersion)}</dt><dd>${keepDates(esc(rulesetTitle(r, o)))} · <span class="nw">${esc(r.ruleset.id)} ${esc(r.ruleset.version)}</span></dd></dl>`,
    `<div class="meta">${esc(r.tool.name)} ${esc(r.tool.version)}${r.redaction ? ` · <span class="badge">${esc(w.redacted)}</span>` : ''}</div>`,
    '</header>',
    `<nav class="toc"><a href="#summary">${esc(w.summary)}</a><a href="#ledger">${esc(w.ledger)}</a><a href="#by-section">${esc(w.bySection)}</a><a href="#by-employee">${esc(w.byEmployee)}</a>${r.waivers?.length ? `<a href="#waivers">${esc(w.waivers)}</a>` : ''}<a href="#undetermined">${esc(w.undeterminedShort)}</a><a href="#coverage">${esc(w.coverage)}</a><a href="#inputs">${esc(w.inputs)}</a></nav>`,
  );

  // Summary cards.
  const card = (cls: string, id: string, label: string, value: string, sub = '') =>
    `<div class="card ${cls}"><div class="label">${keepDates(esc(label))}</div><div class="value" id="${id}">${esc(value)}</div>${sub ? `<div class="sub">${esc(sub)}</div>` : ''}</div>`;
  out.push(
    `<section id="summary"><h2>${esc(w.summary)}</h2>`,
    '<div class="cards">',
    card('', 'total-employees', w.employees, String(s.employees)),
    card(
      '',
      'total-findings',
      w.findings,
      String(s.findings),
      `${s.by_severity.critical} ${w.critical} · ${s.by_severity.error} ${w.error} · ${s.by_severity.warning} ${w.warning}`,
    ),
    card('owed', 'total-owed', `${w.owedTotal} (${w.baht})`, baht(s.owed_satang)),
    card(
      '',
      'total-interest',
      `${w.interestToLabel} ${showDate(r.as_of, o)} (${w.baht})`,
      baht(s.interest_satang),
    ),
    r.wilful ? card('', 'total-surcharge', `${w.surcharge} (${w.baht})`, baht(s.surcharge_satang)) : '',
    card('', 'total-undetermined', w.undeterminedShort, String(s.undetermined)),
    r.waived ? card('', 'total-waived', w.waivedShort, String(r.waived.length)) : '',
    card('', 'total-rejected', w.rejectedShort, String(s.rows_rejected)),
    '</div>',
    r.baseline
      ? `<p class="note"><strong>${esc(w.baseline)}:</strong> ${esc(w.baselineLine(r.baseline))}</p>`
      : '',
    r.redaction ? `<p class="note">${esc(r.redaction.note)}</p>` : '',
    '</section>',
  );

  // Money owed.
  out.push(`<section id="ledger"><h2>${esc(w.ledger)}</h2>`);
  if (r.ledger.length === 0) out.push(`<p>${esc(w.none)}</p>`);
  else {
    const t = [0, 0, 0, 0];
    out.push(
      `<table><thead><tr><th>${esc(w.employee)}</th><th class="num">${esc(w.entitled)}</th><th class="num">${esc(w.paid)}</th><th class="num">${esc(w.owed)}</th><th class="num">${keepDates(esc(`${w.interestToLabel} ${showDate(r.as_of, o)}`))}</th></tr></thead><tbody>`,
    );
    for (const l of r.ledger) {
      t[0] += l.entitled_satang;
      t[1] += l.paid_satang;
      t[2] += l.owed_satang;
      t[3] += l.interest_satang;
      out.push(
        `<tr><td>${who(l.employee_id)}</td><td class="num">${baht(l.entitled_satang)}</td><td class="num">${baht(l.paid_satang)}</td><td class="num">${baht(l.owed_satang)}</td><td class="num">${baht(l.interest_satang)}</td></tr>`,
      );
    }
    out.push(
      `<tr class="total"><td>${esc(w.total)}</td>${t.map((x) => `<td class="num">${baht(x)}</td>`).join('')}</tr>`,
      '</tbody></table>',
    );
  }
  out.push('</section>');

  // Each employee's rows, kept until their places come: by section and rule (sections and rules in
  // the order their findings first come), and the employee's own table.
  const bySection = new Map<string, Map<string, RuleRows>>();
  const findingsOf = new Map<string, number>();
  const ruleKey = (section: string, rule: RuleRows, part: number) =>
    `s\u0000${section}\u0000${rule.rule}\u0000${part}`;
  const employeeKey = (id: string) => `e\u0000${id}`;
  let findingCount = 0;
  for (const list of each()) {
    if (list.length === 0) continue;
    const id = list[0].employee_id;
    findingCount += list.length;
    findingsOf.set(id, list.length);
    kept.set(employeeKey(id), findingRows(list, false, true));
    const mine = new Map<RuleRows, { section: string; rows: AnyFinding[] }>();
    for (const f of list) {
      let ofSection = bySection.get(f.section);
      if (!ofSection) {
        ofSection = new Map();
        bySection.set(f.section, ofSection);
      }
      let rule = ofSection.get(f.rule);
      if (!rule) {
        rule = { rule: f.rule, findings: 0, owed: 0, parts: 0 };
        ofSection.set(f.rule, rule);
      }
      rule.findings++;
      rule.owed += f.owed_satang ?? 0;
      const rows = mine.get(rule);
      if (rows) rows.rows.push(f);
      else mine.set(rule, { section: f.section, rows: [f] });
    }
    for (const [rule, { section, rows }] of mine)
      kept.set(ruleKey(section, rule, rule.parts++), findingRows(rows, true, false));
  }

  // By section, in the order of the Act.
  out.push(`<section id="by-section"><h2>${esc(w.bySection)}</h2>`);
  if (findingCount === 0) out.push(`<p>${esc(w.none)}</p>`);
  for (const section of [...bySection.keys()].sort(sectionOrder)) {
    for (const rule of bySection.get(section)!.values()) {
      const info = rules.get(rule.rule);
      out.push(
        `<h3>${esc(sectionText(section, o))} · ${esc(titleOf(rule.rule, o, rules))} <code class="muted">${esc(rule.rule)}</code></h3>`,
        `<p class="muted">${esc(w.nFindings(rule.findings))}${rule.owed ? ` · ${esc(w.owed)} ${baht(rule.owed)} ${esc(w.baht)}` : ''}${info && o.lang !== 'th' ? ` · ${esc(info.citation.act)}` : ''}</p>`,
        `<table>${findingHead(true, false)}<tbody>`,
      );
      yield parts.take();
      for (let part = 0; part < rule.parts; part++) yield `\n${kept.get(ruleKey(section, rule, part))}`;
      out.push('</tbody></table>');
    }
  }
  out.push('</section>');

  // By employee: findings, evidence, hours chart.
  const waivedOf = groupBy(r.waived ?? [], (f) => f.employee_id);
  const undeterminedOf = groupBy(r.undetermined, (u) => u.employee_id);
  const ledgerOf = new Map(r.ledger.map((l) => [l.employee_id, l]));
  out.push(`<section id="by-employee"><h2>${esc(w.byEmployee)}</h2>`);
  for (const id of ids) {
    const e = people.get(id);
    const findings = findingsOf.get(id) ?? 0;
    const l = ledgerOf.get(id);
    const chart = hoursOf(id);
    out.push(
      `<article class="employee" id="${anchor.get(id)}">`,
      `<h3>${esc(w.employee)} ${esc(id)}${nameOf(id) ? ` · <span class="name">${esc(nameOf(id)!)}</span>` : ''}</h3>`,
      `<p class="muted">${e?.national_id ? `${esc(w.national_id)} ${esc(e.national_id)} · ` : ''}${esc(w.nFindings(findings))}${l ? ` · ${esc(w.owed)} ${baht(l.owed_satang)} ${esc(w.baht)} + ${esc(w.interest)} ${baht(l.interest_satang)}` : ''}</p>`,
    );
    if (chart) {
      out.push(
        hoursChart(chart, o),
        `<div class="legend"><i style="background:${COLORS.normal}"></i>${esc(w.normal)}<i style="background:${COLORS.overtime}"></i>${esc(w.overtime)}<i style="background:${COLORS.holiday}"></i>${esc(w.holiday)}<i style="background:${COLORS.weeklyHoliday}"></i>${esc(w.weeklyHoliday)}<i style="background:${COLORS.publicHoliday}"></i>${esc(w.publicHoliday)}<i class="line"></i>${esc(w.limit)} / ${esc(w.weeklyCap)}${chart.weeks.some((x) => x.cap_min !== undefined) ? '' : ` (${esc(w.noCap)})`}</div>`,
      );
    }
    const waived = waivedOf.get(id) ?? [];
    if (findings || waived.length)
      out.push(
        `<table>${findingHead(false, true)}<tbody>`,
        findings ? kept.get(employeeKey(id))! : '',
        findingRows(waived, false, true),
        '</tbody></table>',
      );
    else out.push(`<p>${esc(w.noneHere)}</p>`);
    const und = undeterminedOf.get(id);
    if (und) {
      out.push(
        `<p class="muted">${esc(w.undeterminedShort)}: ${und.map((u) => `<code>${esc(u.rule)}</code> ${keepDates(esc(undeterminedReason(u, o)))}`).join('; ')}</p>`,
      );
    }
    out.push('</article>');
    yield parts.take();
  }
  out.push('</section>');

  // Signs of forced labour, after the findings.
  if (r.signals) {
    const sw = signalWords(o);
    const raised = signalLines(r, o);
    out.push(
      `<section id="signals"><h2>${esc(sw.heading)}</h2>`,
      `<p class="note">${esc(signalNote(r, o))}</p>`,
    );
    if (raised.length) {
      out.push(
        `<table><thead><tr><th>${esc(sw.indicator)}</th><th>${esc(w.employee)}</th><th>${esc(sw.because)}</th><th>${esc(w.findings)}</th><th>${esc(w.evidence)}</th></tr></thead><tbody>`,
        ...raised.map(
          (x) =>
            `<tr><td>${esc(x.title)} <code>${esc(x.indicator)}</code></td><td>${who(x.employee_id)}<br>${esc(x.shared)}</td><td>${x.because.map((b) => keepDates(esc(b))).join('<br>')}</td><td>${keepDates(esc(x.findings))}</td><td>${evidenceHtml(x.evidence)}</td></tr>`,
        ),
        '</tbody></table>',
      );
    } else out.push(`<p>${esc(sw.none)}</p>`);
    const gaps = signalGaps(r, o);
    if (gaps.length)
      out.push(
        `<p>${esc(sw.notRead)}:</p><ul>`,
        ...gaps.map((g) => `<li>${keepDates(esc(g))}</li>`),
        '</ul>',
      );
    out.push('</section>');
  }

  // Waivers.
  if (r.waivers?.length) {
    out.push(
      `<section id="waivers"><h2>${esc(w.waivers)}</h2>`,
      `<table><thead><tr><th>${esc(w.status)}</th><th>${esc(w.id)}</th><th>${esc(w.rule)}</th><th>${esc(w.employees)}</th><th>${esc(w.span)}</th><th>${esc(w.reason)}</th><th>${esc(w.reference)}</th><th>${esc(w.expires)}</th><th class="num">${esc(w.matched)}</th></tr></thead><tbody>`,
      ...r.waivers.map(
        (x) =>
          `<tr><td class="status-${x.status}">${esc(w[x.status])}</td><td>${esc(x.id)}</td><td><code>${esc(x.rule)}</code></td><td>${x.employees === 'all' ? esc(w.all) : esc(x.employees.join(', '))}</td><td>${esc(`${x.from ? showDate(x.from, o) : '…'} – ${x.to ? showDate(x.to, o) : '…'}`)}</td><td>${esc(x.reason)}</td><td>${esc(x.reference)}</td><td>${esc(showDate(x.expires, o))}</td><td class="num">${x.matched}</td></tr>`,
      ),
      '</tbody></table>',
    );
    if (r.waived?.length) {
      out.push(
        `<h3>${esc(w.waived)} (${r.waived.length})</h3>`,
        `<table>${findingHead(true, true)}<tbody>`,
        findingRows(r.waived, true, true),
        '</tbody></table>',
      );
    }
    out.push('</section>');
  }

  // Undetermined, rejected, warnings.
  out.push(`<section id="undetermined"><h2>${esc(w.undetermined)} (${r.undetermined.length})</h2>`);
  if (r.undetermined.length) {
    out.push(
      `<table><thead><tr><th>${esc(w.employee)}</th><th>${esc(w.rule)}</th><th>${esc(w.reason)}</th></tr></thead><tbody>`,
    );
    yield* inParts(
      r.undetermined,
      (u) =>
        `<tr><td>${who(u.employee_id)}</td><td><code>${esc(u.rule)}</code> ${esc(titleOf(u.rule, o, rules))}</td><td>${keepDates(esc(undeterminedReason(u, o)))}</td></tr>`,
    );
    out.push('</tbody></table>');
  } else out.push('<p>–</p>');
  out.push('</section>');
  if (r.rejected.length) {
    out.push(
      `<section id="rejected"><h2>${esc(w.rejected)} (${r.rejected.length})</h2>`,
      `<table><thead><tr><th>${esc(w.file)}</th><th class="num">${esc(w.row)}</th><th>${esc(w.column)}</th><th>${esc(w.reason)}</th></tr></thead><tbody>`,
    );
    yield* inParts(
      r.rejected,
      (x) =>
        `<tr><td class="nw">${esc(x.file)}</td><td class="num">${x.row}</td><td>${esc(x.column)}</td><td>${keepDates(esc(rejectionReason(x, o)))}</td></tr>`,
    );
    out.push('</tbody></table></section>');
  }
  if (r.warnings.length) {
    out.push(
      `<section id="warnings"><h2>${esc(w.warnings)}</h2><ul>`,
      ...r.warnings.map(
        (x) =>
          `<li>${x.file ? `<code>${esc(x.file)}${x.row ? `:${x.row}` : ''}</code>: ` : ''}${keepDates(esc(warningText(x, o)))}</li>`,
      ),
      '</ul></section>',
    );
  }

  // Coverage.
  out.push(
    `<section id="coverage"><h2>${esc(w.coverage)}</h2>`,
    `<p class="note">${esc(w.coverageNote)}</p>`,
    `<p>${esc(w.sectionsCovered)}: ${r.coverage.sections_covered.map((x) => `<span class="nw">${esc(sectionText(x, o))}</span>`).join(', ')}</p>`,
    `<table><thead><tr><th>${esc(w.rule)}</th><th>${esc(w.section)}</th><th class="num">${esc(w.checked)}</th><th class="num">${esc(w.undeterminedShort)}</th></tr></thead><tbody>`,
    ...r.coverage.rules.map(
      (x) =>
        `<tr><td><code>${esc(x.rule)}</code> ${esc(titleOf(x.rule, o, rules))}</td><td class="nw">${esc(sectionText(x.section, o))}</td><td class="num">${x.employees_checked}</td><td class="num">${x.undetermined_employees.length}</td></tr>`,
    ),
    '</tbody></table>',
    `<p>${esc(w.notCovered)}:</p><ul>`,
    ...r.coverage.not_covered.map(
      (n) => `<li><span class="nw">${esc(sectionText(n.section, o))}</span>: ${esc(topicOf(n, o))}</li>`,
    ),
    '</ul></section>',
  );

  // Inputs.
  out.push(
    `<section id="inputs"><h2>${esc(w.inputs)}</h2>`,
    `<table><thead><tr><th>${esc(w.kind)}</th><th>${esc(w.file)}</th><th class="num">${esc(w.rows)}</th><th>sha256</th></tr></thead><tbody>`,
    ...r.inputs.map(
      (i) =>
        `<tr><td>${esc(kindName(i.kind, o))}</td><td class="nw">${esc(i.file)}</td><td class="num">${i.rows_read} / ${i.rows_used} / ${i.rows_rejected}</td><td class="ev">${esc(i.sha256)}</td></tr>`,
    ),
    '</tbody></table></section>',
    `<footer>${esc(w.generated)} ${esc(r.tool.name)} ${esc(r.tool.version)} · ${esc(r.ruleset.id)} ${esc(r.ruleset.version)} · ${esc(w.asOf)} <span class="nw">${esc(showDate(r.as_of, o))}</span>. ${esc(w.printNote)}</footer>`,
    '</body>',
    '</html>',
    '',
  );
  yield parts.take();
}
