import type { Finding } from '../findings/finding.js';
import type { Printable } from '../findings/redact.js';
import { type ReportOptions, ruleById, titleOf } from './common.js';
import { type EachEmployee, employeesOf, joined } from './source.js';

// One row per finding, every JSON field flattened (params as "params.<path>" columns), waived
// findings too with their waiver. UTF-8 with a BOM and CRLF line ends so that Excel on Thai
// Windows opens Thai text correctly. Cells a spreadsheet would read as a formula are neutralised.

/** First characters that make Excel, LibreOffice or Sheets evaluate a cell (OWASP CSV injection), and their full-width forms. */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** A cell value as written: formula starts get a leading apostrophe; quoted when it holds a separator, quote or line break. */
export function csvCell(value: string | number | boolean | undefined): string {
  if (value === undefined) return '';
  let s = String(value);
  if (typeof value === 'string' && FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function flatten(prefix: string, v: unknown, out: Map<string, string | number | boolean>): void {
  if (v === null || v === undefined) return;
  if (Array.isArray(v)) {
    if (v.every((x) => typeof x !== 'object' || x === null)) out.set(prefix, v.join(';'));
    else
      v.forEach((x, i) => {
        flatten(`${prefix}.${i}`, x, out);
      });
  } else if (typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) flatten(`${prefix}.${k}`, x, out);
  } else {
    out.set(prefix, v as string | number | boolean);
  }
}

const FIXED = [
  'status',
  'waiver',
  'rule',
  'rule_title',
  'section',
  'severity',
  'employee_id',
  'employee_name',
  'date',
  'period_start',
  'period_end',
  'message',
  'message_th',
  'owed_satang',
  'interest_satang',
  'surcharge_satang',
  'entitled_satang',
  'paid_satang',
  'evidence',
] as const;

type Row = {
  fixed: Record<(typeof FIXED)[number], string | number | undefined>;
  params: Map<string, string | number | boolean>;
};

export function csv(r: Printable, o: ReportOptions = {}): string {
  return joined(csvParts(r, employeesOf(r), o));
}

/**
 * The CSV report in parts, the findings read one employee at a time, twice: once for the
 * params columns every row has, once to write the rows (`r`'s own findings are not read).
 */
export function* csvParts(r: Printable, each: EachEmployee, o: ReportOptions = {}): Generator<string> {
  const rules = ruleById(o);
  const names = new Map((r.employees ?? []).map((e) => [e.employee_id, e.name ?? e.initials]));
  const rowOf = (f: Finding, status: string, waiver: string | undefined): Row => {
    const params = new Map<string, string | number | boolean>();
    flatten('params', f.params, params);
    const fixed: Row['fixed'] = {
      status,
      waiver,
      rule: f.rule,
      rule_title: titleOf(f.rule, o, rules),
      section: f.section,
      severity: f.severity,
      employee_id: f.employee_id,
      employee_name: names.get(f.employee_id),
      date: f.date,
      period_start: f.period?.start,
      period_end: f.period?.end,
      message: f.message,
      message_th: f.message_th,
      owed_satang: f.owed_satang,
      interest_satang: f.interest_satang,
      surcharge_satang: f.surcharge_satang,
      entitled_satang: f.entitled_satang,
      paid_satang: f.paid_satang,
      evidence: f.evidence.map((e) => `${e.file}:${e.row}`).join(';'),
    };
    return { fixed, params };
  };
  // After the findings, waived findings with their waiver, then signs of forced labour, status
  // "signal": they need corroboration and carry no money.
  const rest: Row[] = (r.waived ?? []).map((f) => rowOf(f, 'waived', f.waiver));
  for (const x of r.signals?.raised ?? []) {
    const params = new Map<string, string | number | boolean>();
    flatten(
      'params',
      {
        shared_by: x.shared_by,
        findings: x.findings.map((f) => `${f.rule} ${f.date ?? f.period?.end ?? ''}`.trim()).join('; '),
        ...x.params,
      },
      params,
    );
    rest.push({
      fixed: {
        status: 'signal',
        waiver: undefined,
        rule: `forced-labour/${x.indicator}`,
        rule_title: o.lang === 'th' ? x.title_th : x.title,
        section: '',
        severity: 'signal',
        employee_id: x.employee_id,
        employee_name: names.get(x.employee_id),
        date: undefined,
        period_start: undefined,
        period_end: undefined,
        message: x.because.map((b) => b.message).join('; '),
        message_th: x.because.map((b) => b.message_th).join('; '),
        owed_satang: undefined,
        interest_satang: undefined,
        surcharge_satang: undefined,
        entitled_satang: undefined,
        paid_satang: undefined,
        evidence: x.evidence.map((e) => `${e.file}:${e.row}`).join(';'),
      },
      params,
    });
  }
  // Every params column of every row, from a first pass over the findings.
  const columns = new Set<string>();
  for (const list of each(true))
    for (const f of list) {
      const params = new Map<string, string | number | boolean>();
      flatten('params', f.params, params);
      for (const k of params.keys()) columns.add(k);
    }
  for (const x of rest) for (const k of x.params.keys()) columns.add(k);
  const paramColumns = [...columns].sort();
  const line = ({ fixed, params }: Row) =>
    `${[...FIXED.map((c) => csvCell(fixed[c])), ...paramColumns.map((c) => csvCell(params.get(c)))].join(',')}\r\n`;
  yield `\uFEFF${[...FIXED, ...paramColumns].map(csvCell).join(',')}\r\n`;
  for (const list of each()) {
    let part = '';
    for (const f of list) part += line(rowOf(f, 'finding', undefined));
    yield part;
  }
  let part = '';
  for (const x of rest) part += line(x);
  yield part;
}
