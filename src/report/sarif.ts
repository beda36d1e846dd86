import { createHash } from 'node:crypto';
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Finding } from '../findings/finding.js';
import { baht } from '../findings/money.js';
import type { Printable } from '../findings/redact.js';
import { groupBy, messageOf, type ReportOptions, ruleById, when } from './common.js';
import { DateList, RowSet } from './sarif-group.js';
import { type EachEmployee, employeesOf, joined } from './source.js';

// SARIF 2.1.0 for code scanning (GitHub, Azure DevOps, IDE viewers). One reportingDescriptor per
// rule; one result per rule and employee (all its findings in the message and properties), or, if
// that still exceeds the per-run limit GitHub keeps, one per rule. The run's properties say which.

/** GitHub code scanning keeps at most 5,000 results of a run. */
export const SARIF_RESULT_LIMIT = 5000;
/** Locations GitHub reads from one result (it accepts 1,000 and shows 100). */
const RELATED_LIMIT = 100;

const LEVEL = { critical: 'error', error: 'error', warning: 'warning', info: 'note' } as const;
const RANK = { critical: 3, error: 2, warning: 1, info: 0 } as const;

/** A file as a SARIF artifact location: relative paths against the checkout root, absolute ones as file: URIs. */
function artifactLocation(file: string): { uri: string; uriBaseId?: string } {
  const slashed = file.replace(/\\/g, '/');
  if (isAbsolute(file)) return { uri: pathToFileURL(file).href };
  return { uri: encodeURI(slashed.replace(/^\.\//, '')), uriBaseId: '%SRCROOT%' };
}

const fingerprint = (...parts: string[]) => createHash('sha256').update(parts.join('\u0000')).digest('hex');

/** What one SARIF result says of a group of findings (one rule and employee, or one rule). */
interface Group {
  first: Finding;
  findings: number;
  worst: Finding['severity'];
  owed: number;
  interest: number;
  employees: string[];
  /** The first distinct evidence rows, as many as a result lists. */
  places: Finding['evidence'];
  /** How many distinct evidence rows there are. */
  placeCount: number;
  /** Per distinct file, its rows seen (to count the distinct rows without holding the evidence). */
  seen: Map<string, RowSet>;
  /** Each finding's date or period, written into the result entry by entry. */
  dates: DateList;
  /** The dates of the second to sixth findings (per rule and employee). */
  next: string[];
}

const group = (first: Finding): Group => ({
  first,
  findings: 0,
  worst: first.severity,
  owed: 0,
  interest: 0,
  employees: [],
  places: [],
  placeCount: 0,
  seen: new Map(),
  dates: new DateList(),
  next: [],
});

function addTo(g: Group, f: Finding, o: ReportOptions): void {
  if (g.findings > 0 && g.findings < 6) g.next.push(when(f, o));
  g.findings++;
  if (RANK[f.severity] > RANK[g.worst]) g.worst = f.severity;
  g.owed += f.owed_satang ?? 0;
  g.interest += f.interest_satang ?? 0;
  // Each employee's findings come together (EachEmployee).
  if (g.employees[g.employees.length - 1] !== f.employee_id) g.employees.push(f.employee_id);
  for (const e of f.evidence) {
    let rows = g.seen.get(e.file);
    if (!rows) {
      rows = new RowSet();
      g.seen.set(e.file, rows);
    }
    if (!rows.add(e.row)) continue;
    g.placeCount++;
    if (g.places.length <= RELATED_LIMIT) g.places.push(e);
  }
  g.dates.push(f.date ?? (f.period ? `${f.period.start}/${f.period.end}` : ''));
}

function addByRule(byRule: Map<string, Group>, f: Finding, o: ReportOptions): void {
  const g = byRule.get(f.rule) ?? group(f);
  byRule.set(f.rule, g);
  addTo(g, f, o);
}

/** The run's results in the log's text, at the one place a key sits at that indentation. */
const RESULTS = '\n      "results": []';

/** The result's JSON text at its depth in the log (`runs[0].results[i]`), after its separator. */
const atDepth = (x: object, first: boolean) =>
  `${first ? '[' : ','}\n        ${JSON.stringify(x, null, 2).replaceAll('\n', '\n        ')}`;

/** Stands for a result's dates in its JSON text until they are written. */
const DATES_MARK = '\u0000dates';
const DATES_KEY = `"dates": ${JSON.stringify(DATES_MARK)}`;
/** About how much text of a result's dates goes in one part. */
const PART_CHARS = 1 << 16;

/**
 * A result at its depth, its dates written a part at a time (a rule's result past the limit
 * lists every finding's date): the text of `atDepth` with the dates in place of the mark.
 */
function* resultParts(x: object, dates: DateList, first: boolean): Generator<string> {
  const text = atDepth(x, first);
  // The dates come after every text of the result but the count of rows not listed.
  const mark = text.lastIndexOf(DATES_KEY);
  const indent = ' '.repeat(mark - text.lastIndexOf('\n', mark) - 1);
  let part = `${text.slice(0, mark)}"dates": [`;
  if (dates.length === 0) part += ']';
  for (let i = 0; i < dates.length; i++) {
    part += `${i ? ',' : ''}\n${indent}  ${JSON.stringify(dates.at(i))}`;
    if (part.length >= PART_CHARS) {
      yield part;
      part = '';
    }
  }
  if (dates.length) part += `\n${indent}]`;
  yield part + text.slice(mark + DATES_KEY.length);
}

export function sarif(r: Printable, o: ReportOptions = {}): string {
  return joined(sarifParts(r, employeesOf(r), o));
}

/**
 * The SARIF log in parts, the findings read one employee at a time (twice: once to know the
 * rules and how many results there are, once to write them), so that they never sit whole in
 * memory. `r`'s own findings are not read.
 */
export function* sarifParts(r: Printable, each: EachEmployee, o: ReportOptions = {}): Generator<string> {
  const rules = ruleById(o);
  // The first pass: each rule a finding names with its first finding's section, and how many
  // rule-and-employee pairs there are.
  const sectionOf = new Map<string, string>();
  let pairs = 0;
  for (const list of each(true)) {
    const ruleSeen = new Set<string>();
    for (const f of list) {
      if (!sectionOf.has(f.rule)) sectionOf.set(f.rule, f.section);
      ruleSeen.add(f.rule);
    }
    pairs += ruleSeen.size;
  }
  // Every rule that ran, plus any rule a finding names (a pack not given to the reporter).
  const ids = [...new Set([...r.coverage.rules.map((x) => x.rule), ...sectionOf.keys()])];
  const index = new Map(ids.map((id, i) => [id, i]));
  const descriptors = ids.map((id) => {
    const info = rules.get(id);
    const run = r.coverage.rules.find((x) => x.rule === id);
    const section = info?.citation.section ?? run?.section ?? sectionOf.get(id) ?? '';
    const title = info?.title.en ?? id;
    const cite = info ? `${info.citation.act}, section ${info.citation.section}` : `section ${section}`;
    return {
      id,
      ...(info?.alias ? { name: info.alias } : {}),
      shortDescription: { text: title },
      fullDescription: { text: `${title} (${cite}).${info?.notes ? ` ${info.notes.en}` : ''}` },
      ...(info?.helpUri ? { helpUri: info.helpUri } : {}),
      help: {
        text: `${title}. ${cite}. Source: ${info?.citation.source ?? 'rule pack'}.`,
        markdown: `**${title}**  \n${cite}${info?.citation.url ? ` ([text](${info.citation.url}))` : ''}  \nSource: ${info?.citation.source ?? 'rule pack'}${info?.notes ? `\n\n${info.notes.en}` : ''}`,
      },
      defaultConfiguration: { level: LEVEL[info?.severity ?? 'error'] },
      properties: {
        section,
        ...(info ? { title_th: info.title.th, severity: info.severity, citation: info.citation } : {}),
        tags: ['labour', `section-${section.replace(/[^0-9a-zA-Z]+/g, '-')}`],
      },
    };
  });

  const perEmployee = pairs <= SARIF_RESULT_LIMIT;
  const fallback = r.inputs[0]?.file;
  const location = (file: string, row?: number) => ({
    physicalLocation: {
      artifactLocation: artifactLocation(file),
      ...(row && row > 0 ? { region: { startLine: row } } : {}),
    },
  });

  const resultOf = (g: Group): object => {
    const { first, places } = g;
    const head = perEmployee
      ? messageOf(first, o)
      : `${first.rule}: ${g.findings} findings for ${g.employees.length} employees`;
    const more =
      perEmployee && g.findings > 1
        ? ` (+${g.findings - 1} more: ${g.next.join(', ')}${g.findings > 6 ? ', …' : ''})`
        : '';
    const money = g.owed
      ? ` Owed ${baht(g.owed)} baht + interest ${baht(g.interest)} baht to ${r.as_of}.`
      : '';
    const primary = places[0]
      ? location(places[0].file, places[0].row)
      : fallback
        ? location(fallback)
        : undefined;
    return {
      ruleId: first.rule,
      ruleIndex: index.get(first.rule)!,
      level: LEVEL[g.worst],
      message: { text: `${head}${more}${money}` },
      ...(primary ? { locations: [primary] } : {}),
      ...(places.length > 1
        ? {
            relatedLocations: places
              .slice(1, RELATED_LIMIT + 1)
              .map((e, i) => ({ id: i + 1, ...location(e.file, e.row) })),
          }
        : {}),
      partialFingerprints: {
        'labourCheckFinding/v1': perEmployee
          ? fingerprint(first.rule, first.employee_id)
          : fingerprint(first.rule),
      },
      properties: {
        section: first.section,
        severity: g.worst,
        findings: g.findings,
        ...(perEmployee ? { employee_id: first.employee_id } : { employees: g.employees }),
        owed_satang: g.owed,
        interest_satang: g.interest,
        dates: DATES_MARK,
        ...(g.placeCount > RELATED_LIMIT + 1
          ? { evidence_rows_not_listed: g.placeCount - RELATED_LIMIT - 1 }
          : {}),
      },
    };
  };

  // The second pass: one result per rule and employee, written as each employee is read; or
  // one per rule, counted over every employee and written after.
  let count = 0;
  function* findingResults(): Generator<string> {
    if (perEmployee) {
      for (const list of each()) {
        const byRule = new Map<string, Group>();
        for (const f of list) addByRule(byRule, f, o);
        for (const g of byRule.values()) yield* resultParts(resultOf(g), g.dates, count++ === 0);
      }
      return;
    }
    const byRule = new Map<string, Group>();
    for (const list of each()) for (const f of list) addByRule(byRule, f, o);
    for (const g of byRule.values()) yield* resultParts(resultOf(g), g.dates, count++ === 0);
  }
  const groups = perEmployee ? pairs : sectionOf.size;
  // Signs of forced labour: note-level results under a descriptor per indicator, after the findings.
  const signalIds = [...new Set((r.signals?.raised ?? []).map((x) => x.indicator))];
  for (const ind of signalIds) {
    const first = r.signals!.raised.find((x) => x.indicator === ind)!;
    index.set(`forced-labour/${ind}`, descriptors.length);
    descriptors.push({
      id: `forced-labour/${ind}`,
      shortDescription: { text: `${first.title} (sign of forced labour, needs corroboration)` },
      fullDescription: { text: `${first.title}: ${r.signals!.note}` },
      help: {
        text: `${r.signals!.note} Source: ${r.signals!.source}.`,
        markdown: `${r.signals!.note}  \nSource: ${r.signals!.source}`,
      },
      defaultConfiguration: { level: 'note' },
      properties: { section: '', title_th: first.title_th, tags: ['forced-labour', 'signal'] },
    } as (typeof descriptors)[number]);
  }
  const signalResults: object[] = [];
  // Within the results a run may keep, one note per worker and indicator; beyond, one per indicator.
  const raised = r.signals?.raised ?? [];
  const signalGroups =
    groups + raised.length <= SARIF_RESULT_LIMIT
      ? raised.map((x) => [x])
      : [...groupBy(raised, (x) => x.indicator).values()];
  for (const list of signalGroups) {
    const x = list[0];
    const id = `forced-labour/${x.indicator}`;
    if (list.length > 1) {
      signalResults.push({
        ruleId: id,
        ruleIndex: index.get(id)!,
        level: 'note',
        message: {
          text: `${x.title} (needs corroboration): ${list.length} of the employer's workers have this sign.`,
        },
        ...(fallback
          ? { locations: [{ physicalLocation: { artifactLocation: artifactLocation(fallback) } }] }
          : {}),
        partialFingerprints: { 'labourCheckFinding/v1': fingerprint('signal', x.indicator) },
        properties: { signal: true, indicator: x.indicator, employees: list.map((y) => y.employee_id) },
      });
      continue;
    }
    const at = (e: { file: string; row: number }) => ({
      physicalLocation: {
        artifactLocation: artifactLocation(e.file),
        ...(e.row > 0 ? { region: { startLine: e.row } } : {}),
      },
    });
    const file = x.evidence[0]?.file ?? fallback;
    signalResults.push({
      ruleId: id,
      ruleIndex: index.get(id)!,
      level: 'note',
      message: {
        text: `${x.employee_id}: ${x.title} (needs corroboration): ${x.because.map((b) => b.message).join('; ')}. ${x.shared_by} of the employer's workers have this sign.`,
      },
      ...(x.evidence[0]
        ? { locations: [at(x.evidence[0])] }
        : file
          ? { locations: [{ physicalLocation: { artifactLocation: artifactLocation(file) } }] }
          : {}),
      ...(x.evidence.length > 1
        ? {
            relatedLocations: x.evidence.slice(1, RELATED_LIMIT + 1).map((e, i) => ({ id: i + 1, ...at(e) })),
          }
        : {}),
      partialFingerprints: { 'labourCheckFinding/v1': fingerprint('signal', x.indicator, x.employee_id) },
      properties: {
        signal: true,
        indicator: x.indicator,
        employee_id: x.employee_id,
        shared_by: x.shared_by,
        findings: x.findings.length,
        triggers: x.because.map((b) => b.trigger),
      },
    });
  }

  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: r.tool.name,
            version: r.tool.version,
            semanticVersion: r.tool.version,
            informationUri: 'https://github.com/labour-check/labour-check',
            rules: descriptors,
          },
        },
        automationDetails: { id: `labour-check/${r.ruleset.id}/` },
        artifacts: r.inputs.map((i) => ({
          location: artifactLocation(i.file),
          roles: ['analysisTarget'],
          hashes: { 'sha-256': i.sha256 },
          properties: {
            kind: i.kind,
            rows_read: i.rows_read,
            rows_used: i.rows_used,
            rows_rejected: i.rows_rejected,
          },
        })),
        columnKind: 'unicodeCodePoints',
        results: [],
        properties: {
          as_of: r.as_of,
          ruleset: r.ruleset,
          aggregation: perEmployee ? 'per-rule-and-employee' : 'per-rule',
          aggregationNote: perEmployee
            ? 'One result per rule and employee: all of that employee’s findings under the rule, with their dates, owed amounts and evidence rows.'
            : `One result per rule: there were ${pairs} rule-and-employee pairs, more than the ${SARIF_RESULT_LIMIT} results a run may keep.`,
          resultLimit: SARIF_RESULT_LIMIT,
          findings: r.summary.findings,
          summary: r.summary,
          undetermined: r.undetermined.length,
          ...(r.waived ? { waived: r.waived.length } : {}),
          ...(r.baseline ? { baseline: r.baseline } : {}),
          coverageNote: r.coverage.note,
          ...(r.signals
            ? {
                signals: {
                  note: r.signals.note,
                  raised: r.signals.raised.length,
                  undetermined: r.signals.undetermined,
                },
              }
            : {}),
        },
      },
    ],
  };
  // The log around its results, which are written one at a time.
  const text = JSON.stringify(log, null, 2);
  const at = text.indexOf(RESULTS) + RESULTS.length - 2;
  yield text.slice(0, at);
  yield* findingResults();
  for (const x of signalResults) yield atDepth(x, count++ === 0);
  yield count ? '\n      ]' : '[]';
  yield `${text.slice(at + 2)}\n`;
}
