import type { Printable } from '../findings/redact.js';
import { type ReportOptions, ruleById, titleOf } from './common.js';

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

export function csv(r: Printable, o: ReportOptions = {}): string {
  const rules = ruleById(o);
  const names = new Map((r.employees ?? []).map((e) => [e.employee_id, e.name ?? e.initials]));
  const rows = [
    ...r.findings.map((f) => ({ f, status: 'finding', waiver: undefined as string | undefined })),
    ...(r.waived ?? []).map((f) => ({ f, status: 'waived', waiver: f.waiver })),
  ].map(({ f, status, waiver }) => {
    const params = new Map<string, string | number | boolean>();
    flatten('params', f.params, params);
    const fixed: Record<(typeof FIXED)[number], string | number | undefined> = {
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
  });
  const paramColumns = [...new Set(rows.flatMap((x) => [...x.params.keys()]))].sort();
  const lines = [[...FIXED, ...paramColumns].map(csvCell).join(',')];
  for (const { fixed, params } of rows) {
    lines.push(
      [...FIXED.map((c) => csvCell(fixed[c])), ...paramColumns.map((c) => csvCell(params.get(c)))].join(','),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
