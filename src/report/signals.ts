import { reasonText } from '../findings/reasons.js';
import type { Result } from '../findings/result.js';
import { evidenceText, type ReportOptions, showDate, showDatesIn, when } from './common.js';

// The section every format gives signs of forced labour, after the findings: the words and
// the lines, built once so that each format only lays them out.

export const SIGNAL_WORDS = {
  en: {
    heading: 'Signs of forced labour (need corroboration)',
    none: 'No sign of forced labour was read from the records.',
    shared: (n: number) =>
      n === 1 ? 'no other worker of the employer has it' : `${n} of the employer's workers have it`,
    findings: 'findings',
    evidence: 'evidence',
    notRead: 'Not read',
    employees: (n: number) => (n === 1 ? '1 employee' : `${n} employees`),
    indicator: 'Indicator',
    because: 'Because',
  },
  th: {
    heading: 'สัญญาณของแรงงานบังคับ (ต้องยืนยันเพิ่มเติม)',
    none: 'ไม่พบสัญญาณของแรงงานบังคับจากเอกสาร',
    shared: (n: number) => (n === 1 ? 'ไม่มีลูกจ้างคนอื่นของนายจ้างที่มีสัญญาณนี้' : `ลูกจ้างของนายจ้าง ${n} คนมีสัญญาณนี้`),
    findings: 'รายการที่พบ',
    evidence: 'หลักฐาน',
    notRead: 'อ่านไม่ได้',
    employees: (n: number) => `ลูกจ้าง ${n} คน`,
    indicator: 'ตัวชี้วัด',
    because: 'เหตุ',
  },
} as const;

export const signalWords = (o: ReportOptions) => SIGNAL_WORDS[o.lang ?? 'en'];

export interface SignalLine {
  indicator: string;
  title: string;
  employee_id: string;
  because: string[];
  /** "lpa-70-pay-interval 2025-08-01 – 2025-08-15; ..." or empty. */
  findings: string;
  evidence: string;
  shared: string;
  shared_by: number;
}

/** Each raised signal in the report language, dates as asked. */
export function signalLines(r: Result, o: ReportOptions): SignalLine[] {
  const w = signalWords(o);
  const th = o.lang === 'th';
  return (r.signals?.raised ?? []).map((s) => ({
    indicator: s.indicator,
    title: th ? s.title_th : s.title,
    employee_id: s.employee_id,
    because: s.because.map((b) => showDatesIn(th ? b.message_th : b.message, o)),
    findings: s.findings.map((f) => `${f.rule} ${when(f, o)}`.trim()).join('; '),
    evidence: evidenceText(s.evidence),
    shared: w.shared(s.shared_by),
    shared_by: s.shared_by,
  }));
}

/** Triggers that could not be read: "withholding_of_wages / deposit-retained: column … (10 employees)". */
export function signalGaps(r: Result, o: ReportOptions): string[] {
  const w = signalWords(o);
  return (r.signals?.undetermined ?? []).map(
    (u) =>
      `${u.indicator} / ${u.trigger}: ${o.lang === 'th' && u.why ? reasonText(u.why, 'th', (d) => showDate(d, o)) : showDatesIn(u.reason, o)} (${w.employees(u.employees)})`,
  );
}

export const signalNote = (r: Result, o: ReportOptions): string =>
  (o.lang === 'th' ? r.signals?.note_th : r.signals?.note) ?? '';
