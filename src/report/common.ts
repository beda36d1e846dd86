import { BE_OFFSET, EN_MONTHS, THAI_MONTHS } from '../base/calendar.js';
import type { Finding } from '../findings/finding.js';
import { type Reason, reasonText } from '../findings/reasons.js';
import type { Result } from '../findings/result.js';
import { sectionLabel, WORDS, type Words } from './messages.js';
import type { RuleInfo } from './rules.js';

export { sectionLabel, WORDS, type Words } from './messages.js';

// What every reporter shares: options, the words of the human formats (messages.ts),
// dates (B.E. on request) and grouping. Reporters are pure: (result, options) => string.

export type Lang = 'en' | 'th';

export const FAIL_ON = ['critical', 'error', 'warning', 'never', 'signal'] as const;
export type FailOn = (typeof FAIL_ON)[number];
const RANK: Record<string, number> = { critical: 3, error: 2, warning: 1, info: 0 };

/**
 * Whether a finding of this severity fails the run under --fail-on (default error; never: none
 * does; signal: as error, with signs of forced labour failing the run besides).
 */
export function failsOn(severity: string, failOn: FailOn = 'error'): boolean {
  const at = failOn === 'signal' ? 'error' : failOn;
  return at !== 'never' && RANK[severity] >= RANK[at];
}

export interface ReportOptions {
  lang?: Lang;
  /** The --fail-on of the run: formats that pass or fail (JUnit) follow the exit code. */
  failOn?: FailOn;
  /** Show dates as Buddhist-era (B.E. = C.E. + 543) day month year in human formats. */
  beDates?: boolean;
  /** Rule metadata from the rule pack: titles, citations, help links. */
  rules?: readonly RuleInfo[];
  /** The establishment checked, for the printed report's header (--establishment, or the profile). */
  establishment?: string;
}

export const words = (o: ReportOptions): Words => WORDS[o.lang ?? 'en'];

/**
 * A date as a human format shows it: ISO by default; with --be-dates "13 ส.ค. 2568" (th) or
 * "13 Aug 2568 BE" (en). Done by hand, not with Intl, so output does not vary with ICU data.
 */
export function showDate(iso: string, o: ReportOptions): string {
  if (!o.beDates) return iso;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const be = Number(m[1]) + BE_OFFSET;
  const month = Number(m[2]) - 1;
  const day = Number(m[3]);
  return o.lang === 'th'
    ? `${day} ${THAI_MONTHS[month].abbr} ${be}`
    : `${day} ${EN_MONTHS[month].slice(0, 3)} ${be} BE`;
}

/** Rewrites the ISO dates inside a message when B.E. dates are asked for. */
export function showDatesIn(text: string, o: ReportOptions): string {
  return o.beDates ? text.replace(/(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)/g, (d) => showDate(d, o)) : text;
}

export function when(f: Pick<Finding, 'date' | 'period'>, o: ReportOptions): string {
  if (f.date) return showDate(f.date, o);
  if (f.period) return `${showDate(f.period.start, o)} – ${showDate(f.period.end, o)}`;
  return '';
}

/** The finding's message in the report language, dates as asked. */
export function messageOf(f: Pick<Finding, 'message' | 'message_th'>, o: ReportOptions): string {
  return showDatesIn(o.lang === 'th' ? f.message_th : f.message, o);
}

export function ruleById(o: ReportOptions): Map<string, RuleInfo> {
  return new Map((o.rules ?? []).map((r) => [r.id, r]));
}

/** The rule's title in the report language, or its id when the pack is not known. */
export function titleOf(rule: string, o: ReportOptions, rules = ruleById(o)): string {
  const r = rules.get(rule);
  return r ? r.title[o.lang ?? 'en'] : rule;
}

export function severityWord(s: string, o: ReportOptions): string {
  const w = words(o);
  return s === 'critical' ? w.critical : s === 'error' ? w.error : s === 'warning' ? w.warning : w.info;
}

export function groupBy<T, K>(list: readonly T[], key: (t: T) => K): Map<K, T[]> {
  const m = new Map<K, T[]>();
  for (const t of list) {
    const k = key(t);
    const g = m.get(k);
    if (g) g.push(t);
    else m.set(k, [t]);
  }
  return m;
}

/** Sections in the order of the Act: 23 < 26 < 39 < 39/1 < 44 < ... < MR. */
export function sectionOrder(a: string, b: string): number {
  const n = (s: string) => Number.parseFloat(s);
  const x = Number.isNaN(n(a)) ? Number.POSITIVE_INFINITY : n(a);
  const y = Number.isNaN(n(b)) ? Number.POSITIVE_INFINITY : n(b);
  return x - y || (a < b ? -1 : a > b ? 1 : 0);
}

/** Every employee id the result speaks of, sorted: the employees list, else the ids in findings and undetermined. */
export function employeeIds(r: Result): string[] {
  const ids = new Set<string>((r.employees ?? []).map((e) => e.employee_id));
  for (const f of r.findings) ids.add(f.employee_id);
  for (const f of r.waived ?? []) ids.add(f.employee_id);
  for (const u of r.undetermined) ids.add(u.employee_id);
  return [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** How an employee is named in a human report: "E01 Somchai Jaidee", or the initials when redacted. */
export function displayName(r: Result, id: string): string {
  const e = r.employees?.find((x) => x.employee_id === id);
  const name = e?.name ?? e?.initials;
  return name ? `${id} ${name}` : id;
}

/**
 * Evidence rows, compact: "hours.csv:43-56,60 payroll.csv:2". A file is named by its base name
 * unless two evidence files share one.
 */
export function evidenceText(evidence: readonly { file: string; row: number }[]): string {
  const byFile = groupBy(evidence, (e) => e.file);
  const base = (f: string) => f.replace(/^.*[\\/]/, '');
  const bases = [...byFile.keys()].map(base);
  const unique = new Set(bases).size === bases.length;
  return [...byFile]
    .map(([file, list]) => {
      const rows = [...new Set(list.map((e) => e.row))].sort((a, b) => a - b);
      const parts: string[] = [];
      for (let i = 0; i < rows.length; i++) {
        let j = i;
        while (j + 1 < rows.length && rows[j + 1] === rows[j] + 1) j++;
        parts.push(j > i ? `${rows[i]}-${rows[j]}` : String(rows[i]));
        i = j;
      }
      return `${unique ? base(file) : file}:${parts.join(',')}`;
    })
    .join(' ');
}

/** The rule pack's title for the report: the Act and the amendments in force on the dates checked. */
export const rulesetTitle = (r: Result, o: ReportOptions): string =>
  showDatesIn((o.lang === 'th' ? r.ruleset.title_th : undefined) ?? r.ruleset.title, o);

/** A section of the Act (or a regulation, or a data check) labelled in the report language. */
export const sectionText = (section: string, o: ReportOptions): string => sectionLabel(section, words(o));

/** A reason given as message ids, in the report language; the English text when it has none. */
function said(text: string, why: readonly Reason[] | undefined, o: ReportOptions): string {
  if (!why?.length || o.lang !== 'th') return showDatesIn(text, o);
  return why.map((x) => reasonText(x, 'th', (d) => showDate(d, o))).join('; ');
}

export const undeterminedReason = (u: Result['undetermined'][number], o: ReportOptions): string =>
  said(u.reason, u.reasons, o);

export const rejectionReason = (x: Result['rejected'][number], o: ReportOptions): string =>
  said(x.reason, x.why ? [x.why] : undefined, o);

export const warningText = (x: Result['warnings'][number], o: ReportOptions): string =>
  said(x.message, x.why ? [x.why] : undefined, o);

/** A topic the pack does not cover, in the report language. */
export const topicOf = (n: Result['coverage']['not_covered'][number], o: ReportOptions): string =>
  o.lang === 'th' && n.topic_th ? n.topic_th : n.topic;

/** An input kind (employees, hours, payroll) in the report language. */
export const kindName = (kind: string, o: ReportOptions): string => words(o).kinds[kind] ?? kind;
