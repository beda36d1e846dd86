import type { Finding } from '../findings/finding.js';
import { baht } from '../findings/money.js';
import type { Printable } from '../findings/redact.js';
import {
  employeeIds,
  failsOn,
  groupBy,
  messageOf,
  type ReportOptions,
  ruleById,
  severityWord,
  titleOf,
  undeterminedReason,
  when,
  words,
} from './common.js';

import { signalGaps, signalLines, signalNote, signalWords } from './signals.js';
import { type EachEmployee, employeesOf, joined, type TextStore } from './source.js';

// JUnit XML for CI test views: one testsuite per rule, one testcase per employee checked.
// A testcase fails with the employee's findings under the rule; an employee the rule could not
// be run for is skipped with the reason; a waived finding passes and says so in system-out.

/** Text safe in XML 1.0: markup escaped, characters XML cannot carry dropped. */
export function xml(s: string): string {
  return s
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export function junit(r: Printable, o: ReportOptions = {}): string {
  return joined(junitParts(r, employeesOf(r), o));
}

/**
 * The JUnit report in parts. Its suites go rule by rule and its first line counts every failure,
 * while the findings come one employee at a time: one pass renders the testcases of employees
 * with findings and keeps them as text in `kept` (in memory, or a temporary file for a large
 * run), then the suites are written. `r`'s own findings are not read.
 */
export function* junitParts(
  r: Printable,
  each: EachEmployee,
  o: ReportOptions = {},
  kept: TextStore = new Map(),
): Generator<string> {
  const rules = ruleById(o);
  const L = words(o);
  const waived = groupBy(r.waived ?? [], (f) => `${f.rule}\u0000${f.employee_id}`);
  const undetermined = new Map(
    r.undetermined.map((u) => [`${u.rule}\u0000${u.employee_id}`, undeterminedReason(u, o)]),
  );
  const line = (x: Finding) =>
    `[${severityWord(x.severity, o)}] ${when(x, o)} ${messageOf(x, o)}${x.owed_satang ? ` (${L.owedLower} ${baht(x.owed_satang)} + ${L.interestLower} ${baht(x.interest_satang ?? 0)} ${L.baht})` : ''}`;
  /** One employee's testcase under one rule, and whether it fails or is skipped. */
  const testcase = (rule: string, id: string, list: readonly Finding[] | undefined) => {
    const key = `${rule}\u0000${id}`;
    const reason = undetermined.get(key);
    const w = waived.get(key);
    const attrs = `name="${xml(id)}" classname="${xml(`${r.ruleset.id}.${rule}`)}"`;
    const body: string[] = [];
    let failed = false;
    let skip = false;
    // Findings below --fail-on do not fail the run, so they do not fail the testcase either:
    // they are noted in system-out, as waived findings are.
    const failing = (list ?? []).filter((x) => failsOn(x.severity, o.failOn));
    const below = (list ?? []).filter((x) => !failsOn(x.severity, o.failOn));
    if (failing.length) {
      failed = true;
      const owed = failing.reduce((a, x) => a + (x.owed_satang ?? 0), 0);
      const head = `${L.findingsOwed(failing.length, owed ? baht(owed) : '')}: ${messageOf(failing[0], o)}`;
      const detail = failing.map(
        (x) => `${line(x)}\n  ${L.evidenceShort}: ${x.evidence.map((e) => `${e.file}:${e.row}`).join(' ')}`,
      );
      const worst = failing.some((x) => x.severity === 'critical') ? 'critical' : failing[0].severity;
      body.push(
        `      <failure message="${xml(head)}" type="${xml(worst)}">${xml(detail.join('\n'))}</failure>`,
      );
    } else if (reason !== undefined && !list) {
      skip = true;
      body.push(`      <skipped message="${xml(`${L.undeterminedLower}: ${reason}`)}"/>`);
    }
    const notes = [
      ...below.map((x) => `${L.belowFailOn(o.failOn ?? 'error')}: ${line(x)}`),
      ...(w ?? []).map((x) => `${L.waivedBy} ${x.waiver}: ${when(x, o)} ${messageOf(x, o)}`),
    ];
    if (list && reason !== undefined) notes.push(`${L.partlyUndetermined}: ${reason}`);
    if (notes.length) body.push(`      <system-out>${xml(notes.join('\n'))}</system-out>`);
    const text = body.length
      ? `    <testcase ${attrs}>\n${body.join('\n')}\n    </testcase>`
      : `    <testcase ${attrs}/>`;
    return { text, failed, skip };
  };

  // The one pass over the findings: the testcases of employees with findings, kept as text by
  // rule and employee, and how many of each rule's fail.
  const ran = new Set(r.coverage.rules.map((x) => x.rule));
  const failing = new Map<string, number>();
  const ids = new Set(employeeIds(r));
  for (const mine of each()) {
    const id = mine[0].employee_id;
    ids.add(id);
    for (const [rule, list] of groupBy(mine, (f) => f.rule)) {
      if (!ran.has(rule)) continue;
      const c = testcase(rule, id, list);
      kept.set(`${rule}\u0000${id}`, c.text);
      if (c.failed) failing.set(rule, (failing.get(rule) ?? 0) + 1);
    }
  }
  const employees = [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const suites: { run: Printable['coverage']['rules'][number]; f: number; s: number }[] = [];
  let tests = 0;
  let failures = 0;
  let skipped = 0;
  for (const run of r.coverage.rules) {
    const f = failing.get(run.rule) ?? 0;
    let s = 0;
    for (const id of employees) {
      const key = `${run.rule}\u0000${id}`;
      if (!kept.has(key) && undetermined.has(key)) s++;
    }
    tests += employees.length;
    failures += f;
    skipped += s;
    suites.push({ run, f, s });
  }
  let signalSuite: string | undefined;
  if (r.signals) {
    // Signs of forced labour need corroboration: listed as passing cases with their reasons, never failures.
    const w = signalWords(o);
    const cases = signalLines(r, o).map(
      (x) =>
        `    <testcase name="${xml(`${x.employee_id}: ${x.title}`)}" classname="${xml(`${r.ruleset.id}.forced-labour.${x.indicator}`)}">\n      <system-out>${xml([...x.because, x.shared, x.findings && `${w.findings}: ${x.findings}`, `${w.evidence}: ${x.evidence}`].filter(Boolean).join('\n'))}</system-out>\n    </testcase>`,
    );
    tests += cases.length;
    signalSuite = [
      `  <testsuite name="${xml(w.heading)}" tests="${cases.length}" failures="0" errors="0" skipped="0">`,
      '    <properties>',
      `      <property name="note" value="${xml(signalNote(r, o))}"/>`,
      ...signalGaps(r, o).map((g) => `      <property name="not_read" value="${xml(g)}"/>`),
      '    </properties>',
      ...cases,
      '  </testsuite>',
    ].join('\n');
  }
  yield [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${xml(`${r.tool.name} ${r.ruleset.id} ${r.ruleset.version} ${L.asOf} ${r.as_of}`)}" tests="${tests}" failures="${failures}" errors="0" skipped="${skipped}">`,
  ].join('\n');
  for (const { run, f, s } of suites) {
    const title = titleOf(run.rule, o, rules);
    yield `\n${[
      `  <testsuite name="${xml(`${run.rule}: ${title}`)}" tests="${employees.length}" failures="${f}" errors="0" skipped="${s}">`,
      '    <properties>',
      `      <property name="section" value="${xml(run.section)}"/>`,
      `      <property name="employees_checked" value="${run.employees_checked}"/>`,
      `      <property name="as_of" value="${xml(r.as_of)}"/>`,
      `      <property name="law" value="${xml(r.ruleset.title)}"/>`,
      '    </properties>',
    ].join('\n')}`;
    let part = '';
    for (const id of employees) {
      part += `\n${kept.get(`${run.rule}\u0000${id}`) ?? testcase(run.rule, id, undefined).text}`;
      if (part.length >= 1 << 16) {
        yield part;
        part = '';
      }
    }
    yield `${part}\n  </testsuite>`;
  }
  yield signalSuite === undefined ? '\n</testsuites>\n' : `\n${signalSuite}\n</testsuites>\n`;
}
