import { createHash } from 'node:crypto';
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Finding } from '../findings/finding.js';
import { baht } from '../findings/money.js';
import type { Printable } from '../findings/redact.js';
import { groupBy, messageOf, type ReportOptions, ruleById, when } from './common.js';

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

export function sarif(r: Printable, o: ReportOptions = {}): string {
  const rules = ruleById(o);
  // Every rule that ran, plus any rule a finding names (a pack not given to the reporter).
  const ids = [...new Set([...r.coverage.rules.map((x) => x.rule), ...r.findings.map((f) => f.rule)])];
  const index = new Map(ids.map((id, i) => [id, i]));
  const descriptors = ids.map((id) => {
    const info = rules.get(id);
    const run = r.coverage.rules.find((x) => x.rule === id);
    const section =
      info?.citation.section ?? run?.section ?? r.findings.find((f) => f.rule === id)?.section ?? '';
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

  const byRuleEmployee = groupBy(r.findings, (f) => `${f.rule}\u0000${f.employee_id}`);
  const perEmployee = byRuleEmployee.size <= SARIF_RESULT_LIMIT;
  const groups = perEmployee
    ? [...byRuleEmployee.values()]
    : [...groupBy(r.findings, (f) => f.rule).values()];
  const fallback = r.inputs[0]?.file;

  const results = groups.map((list) => {
    const first = list[0];
    const worst = list.reduce(
      (a, f) => (RANK[f.severity] > RANK[a] ? f.severity : a),
      first.severity as Finding['severity'],
    );
    const owed = list.reduce((s, f) => s + (f.owed_satang ?? 0), 0);
    const interest = list.reduce((s, f) => s + (f.interest_satang ?? 0), 0);
    const employees = [...new Set(list.map((f) => f.employee_id))];
    const head = perEmployee
      ? messageOf(first, o)
      : `${first.rule}: ${list.length} findings for ${employees.length} employees`;
    const more =
      perEmployee && list.length > 1
        ? ` (+${list.length - 1} more: ${list
            .slice(1, 6)
            .map((f) => when(f, o))
            .join(', ')}${list.length > 6 ? ', …' : ''})`
        : '';
    const money = owed ? ` Owed ${baht(owed)} baht + interest ${baht(interest)} baht to ${r.as_of}.` : '';
    const evidence = list.flatMap((f) => f.evidence);
    const seen = new Set<string>();
    const places = evidence.filter((e) => {
      const k = `${e.file}\u0000${e.row}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
    const location = (file: string, row?: number) => ({
      physicalLocation: {
        artifactLocation: artifactLocation(file),
        ...(row && row > 0 ? { region: { startLine: row } } : {}),
      },
    });
    const primary = places[0]
      ? location(places[0].file, places[0].row)
      : fallback
        ? location(fallback)
        : undefined;
    return {
      ruleId: first.rule,
      ruleIndex: index.get(first.rule)!,
      level: LEVEL[worst],
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
        severity: worst,
        findings: list.length,
        ...(perEmployee ? { employee_id: first.employee_id } : { employees }),
        owed_satang: owed,
        interest_satang: interest,
        dates: list.map((f) => f.date ?? (f.period ? `${f.period.start}/${f.period.end}` : '')),
        ...(places.length > RELATED_LIMIT + 1
          ? { evidence_rows_not_listed: places.length - RELATED_LIMIT - 1 }
          : {}),
      },
    };
  });

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
        results,
        properties: {
          as_of: r.as_of,
          ruleset: r.ruleset,
          aggregation: perEmployee ? 'per-rule-and-employee' : 'per-rule',
          aggregationNote: perEmployee
            ? 'One result per rule and employee: all of that employee’s findings under the rule, with their dates, owed amounts and evidence rows.'
            : `One result per rule: there were ${byRuleEmployee.size} rule-and-employee pairs, more than the ${SARIF_RESULT_LIMIT} results a run may keep.`,
          resultLimit: SARIF_RESULT_LIMIT,
          findings: r.summary.findings,
          summary: r.summary,
          undetermined: r.undetermined.length,
          ...(r.waived ? { waived: r.waived.length } : {}),
          ...(r.baseline ? { baseline: r.baseline } : {}),
          coverageNote: r.coverage.note,
        },
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
