import { z } from 'zod';
import { daysInMonth, WEEKDAYS, type Weekday } from '../base/calendar.js';
import { SECTORS, TERMINATION_REASONS, WAGE_TYPES } from '../parse/records.js';
import {
  asciiDigits,
  BE_OFFSET,
  BE_THRESHOLD,
  parseDate,
  parseMoney,
  parseTime,
  parseYesNo,
  YEAR_MAX,
  YEAR_MIN,
} from '../parse/values.js';
import { answerDates } from './answer-dates.js';

// A worker's own account of their job (issue 6): one flat record, so that a YAML file, a row
// of a caseload CSV and the interactive interview all fill the same fields and pass the same
// checks. Every answer may be "don't know" (UNKNOWN); an answer left out is treated the same.

export const UNKNOWN = 'unknown';
export type Unknown = typeof UNKNOWN;
export type YesNo = 'yes' | 'no';

export interface Deduction {
  /** Per month, in satang. */
  amount: number;
  purpose: string;
  note?: string;
  /** The months (or days) it was taken from and until, when not the whole job: YYYY-MM or YYYY-MM-DD. */
  from?: string;
  to?: string;
}

/** A new wage from a date on (YYYY-MM-DD, or YYYY-MM: from the first of that month), in satang. */
export interface WageChange {
  from: string;
  amount: number;
}

export interface Account {
  reference?: string;
  name?: string;
  nationality?: string | Unknown;
  birth_date?: string | Unknown;
  age?: number | Unknown;
  employer?: string;
  province?: string | Unknown;
  district?: string | Unknown;
  /** A canonical sector, or `other` for none of them. */
  sector?: string | Unknown;
  job?: string | Unknown;
  /** Work category codes of the rule pack (vibration, heavy_load, ...; s.39, s.49, s.50). */
  work_categories?: string[] | Unknown;
  /** Hazardous work (MR No.2 B.E. 2541): a 7-hour normal day. */
  hazardous?: YesNo | Unknown;
  /** YYYY-MM-DD, or YYYY-MM when only the month is known. */
  start_date?: string | Unknown;
  end_date?: string | 'still_working' | Unknown;
  /** How the job ended (employees.csv termination_reason). */
  termination_reason?: string | Unknown;
  /** The day the employer told the worker the job would end (s.17). */
  notice_given_on?: string | Unknown;
  /** Satang received, in total, as severance / pay in lieu of notice / pay for leave not taken. */
  severance_received?: number | Unknown;
  notice_pay_received?: number | Unknown;
  /** Days of annual leave a year, and days taken in the year the job ended. */
  annual_leave_days?: number | Unknown;
  leave_taken_days?: number | Unknown;
  leave_pay_received?: number | Unknown;
  pregnant?: YesNo | Unknown;
  /** YYYY-MM-DD, or YYYY-MM. */
  pregnant_since?: string | Unknown;
  wage_type?: string | Unknown;
  /** Satang per month / day / hour; for piece work, usual earnings per month. */
  wage_amount?: number | Unknown;
  /** Changes of the wage after the start, in date order; wage_amount is the wage before the first. */
  wage_changes?: WageChange[] | Unknown;
  /** Minutes after midnight. */
  work_start?: number | Unknown;
  work_end?: number | Unknown;
  break_minutes?: number | Unknown;
  /** When the break starts (minutes after midnight): the s.27 "within the first 5 hours" test. */
  break_start?: number | Unknown;
  days_per_week?: number | Unknown;
  rest_days?: Weekday[] | Unknown;
  /** Days of the week with a shorter day (half-day Saturdays), ending at short_day_end. */
  short_days?: Weekday[] | Unknown;
  short_day_end?: number | Unknown;
  /** Rotating shifts: every other week on nights, from night_start to night_end. */
  rotation?: string | Unknown;
  night_start?: number | Unknown;
  night_end?: number | Unknown;
  /** Satang per month. */
  overtime_pay_per_month?: number | Unknown;
  holiday_work?: YesNo | Unknown;
  /** The traditional holidays worked, YYYY-MM-DD each. */
  holidays_worked?: string[] | Unknown;
  /** Satang received in total for those holidays. */
  holiday_pay_received?: number | Unknown;
  deductions?: Deduction[] | Unknown;
  /** How often wages are paid; monthly when not said. */
  pay_frequency?: string | Unknown;
  /** Wages received for a whole pay period, before deductions, in satang (monthly and piece work). */
  pay_received?: number | Unknown;
  pay_delay_days?: number | Unknown;
  withheld_months?: number | Unknown;
  final_pay_days?: number | 'not_paid' | Unknown;
  documents_held?: YesNo | Unknown;
  documents_held_which?: string | Unknown;
  documents_returned?: YesNo | Unknown;
  debt_owed?: YesNo | Unknown;
  debt_amount?: number | Unknown;
  debt_to?: string | Unknown;
  can_leave_workplace?: YesNo | Unknown;
  can_change_employer?: YesNo | Unknown;
  threats?: YesNo | Unknown;
  threat_of_denunciation?: YesNo | Unknown;
  violence?: YesNo | Unknown;
  sexual_violence?: YesNo | Unknown;
  deceived?: YesNo | Unknown;
  isolation?: YesNo | Unknown;
  housing_by_employer?: YesNo | Unknown;
  housing_degrading?: YesNo | Unknown;
  notes?: string;
  /** The day the account was taken: the default as-of date of the screen. */
  interviewed_on?: string;
}

export type Kind =
  | 'text'
  | 'date'
  | 'month_or_date'
  | 'end_date'
  | 'int'
  | 'money'
  | 'time'
  | 'yes_no'
  | 'choice'
  | 'weekdays'
  | 'deductions'
  | 'province'
  | 'final_pay'
  | 'dates'
  | 'codes'
  | 'wage_changes';

export interface FieldSpec {
  kind: Kind;
  min?: number;
  max?: number;
  choices?: readonly string[];
  /** Free text that is no answer to a question (reference, names, notes): no "don't know". */
  plain?: boolean;
}

export const SECTOR_CHOICES = [...SECTORS, 'other'] as const;
export const DEBT_TO = ['employer', 'broker', 'other'] as const;
export const PAY_FREQUENCIES = ['monthly', 'twice_monthly', 'weekly'] as const;
export const ROTATIONS = ['none', 'alternate_weeks'] as const;
/** How a job ended, as a worker can say it (a death is not told by the worker). */
export const ENDINGS = TERMINATION_REASONS.filter((r) => r !== 'died');

/** Every field of the account and the kind of answer it takes; the order is irrelevant here. */
export const FIELDS: Record<keyof Account, FieldSpec> = {
  reference: { kind: 'text', plain: true },
  name: { kind: 'text', plain: true },
  nationality: { kind: 'text' },
  birth_date: { kind: 'date' },
  age: { kind: 'int', min: 5, max: 99 },
  employer: { kind: 'text', plain: true },
  province: { kind: 'province' },
  district: { kind: 'text' },
  sector: { kind: 'choice', choices: SECTOR_CHOICES },
  job: { kind: 'text' },
  work_categories: { kind: 'codes' },
  hazardous: { kind: 'yes_no' },
  start_date: { kind: 'month_or_date' },
  end_date: { kind: 'end_date' },
  termination_reason: { kind: 'choice', choices: ENDINGS },
  notice_given_on: { kind: 'date' },
  severance_received: { kind: 'money' },
  notice_pay_received: { kind: 'money' },
  annual_leave_days: { kind: 'int', min: 0, max: 60 },
  leave_taken_days: { kind: 'int', min: 0, max: 366 },
  leave_pay_received: { kind: 'money' },
  pregnant: { kind: 'yes_no' },
  pregnant_since: { kind: 'month_or_date' },
  wage_type: { kind: 'choice', choices: WAGE_TYPES },
  wage_amount: { kind: 'money', min: 1 },
  wage_changes: { kind: 'wage_changes' },
  work_start: { kind: 'time' },
  work_end: { kind: 'time' },
  break_minutes: { kind: 'int', min: 0, max: 600 },
  break_start: { kind: 'time' },
  days_per_week: { kind: 'int', min: 1, max: 7 },
  rest_days: { kind: 'weekdays' },
  short_days: { kind: 'weekdays' },
  short_day_end: { kind: 'time' },
  rotation: { kind: 'choice', choices: ROTATIONS },
  night_start: { kind: 'time' },
  night_end: { kind: 'time' },
  overtime_pay_per_month: { kind: 'money' },
  holiday_work: { kind: 'yes_no' },
  holidays_worked: { kind: 'dates' },
  holiday_pay_received: { kind: 'money' },
  deductions: { kind: 'deductions' },
  pay_frequency: { kind: 'choice', choices: PAY_FREQUENCIES },
  pay_received: { kind: 'money' },
  pay_delay_days: { kind: 'int', min: 0, max: 365 },
  withheld_months: { kind: 'int', min: 0, max: 120 },
  final_pay_days: { kind: 'final_pay', min: 0, max: 3650 },
  documents_held: { kind: 'yes_no' },
  documents_held_which: { kind: 'text' },
  documents_returned: { kind: 'yes_no' },
  debt_owed: { kind: 'yes_no' },
  debt_amount: { kind: 'money' },
  debt_to: { kind: 'choice', choices: DEBT_TO },
  can_leave_workplace: { kind: 'yes_no' },
  can_change_employer: { kind: 'yes_no' },
  threats: { kind: 'yes_no' },
  threat_of_denunciation: { kind: 'yes_no' },
  violence: { kind: 'yes_no' },
  sexual_violence: { kind: 'yes_no' },
  deceived: { kind: 'yes_no' },
  isolation: { kind: 'yes_no' },
  housing_by_employer: { kind: 'yes_no' },
  housing_degrading: { kind: 'yes_no' },
  notes: { kind: 'text', plain: true },
  interviewed_on: { kind: 'date', plain: true },
};
export const FIELD_IDS = Object.keys(FIELDS) as (keyof Account)[];

/** Why an answer was refused: a message key of lang/<language>.yaml (invalid.<key>) and its values. */
export interface Invalid {
  key: string;
  data?: Record<string, string | number>;
}
export type Answer<T> = { ok: true; value: T } | { ok: false; invalid: Invalid };
const ok = <T>(value: T): Answer<T> => ({ ok: true, value });
const bad = (key: string, data?: Invalid['data']): Answer<never> => ({ ok: false, invalid: { key, data } });

export interface AnswerContext {
  /** Words meaning "don't know" in every language of the screen (lower case). */
  unknownWords: ReadonlySet<string>;
  /** Deduction purposes the screen knows (rules/screen/questions.yaml). */
  purposes: readonly string[];
  /** Does the text name a Thai province? */
  isProvince(text: string): boolean;
  /** The youngest age an account may have the worker start at (rules/screen/questions.yaml). */
  youngestWorkAge: number;
}

const isBlank = (raw: unknown) =>
  raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '');

/**
 * One answer, from a YAML value, a CSV cell or a typed reply, checked against its field.
 * Blank is "not answered" (undefined); a "don't know" word is UNKNOWN.
 */
export function parseAnswer(id: keyof Account, raw: unknown, ctx: AnswerContext): Answer<unknown> {
  const spec = FIELDS[id];
  if (isBlank(raw)) return ok(undefined);
  if (!spec.plain && typeof raw === 'string' && ctx.unknownWords.has(raw.trim().toLowerCase()))
    return ok(UNKNOWN);
  const text =
    typeof raw === 'string'
      ? raw.trim()
      : typeof raw === 'number' || typeof raw === 'boolean'
        ? String(raw)
        : undefined;
  switch (spec.kind) {
    case 'text':
      return text === undefined ? bad('text') : ok(text);
    case 'province':
      if (text === undefined) return bad('province', { value: '' });
      return ctx.isProvince(text) ? ok(text) : bad('province', { value: text });
    case 'date': {
      if (text === undefined) return bad('date');
      const r = parseDate(text);
      return r.ok ? ok(r.value) : bad('date', { value: text });
    }
    case 'month_or_date':
      return monthOrDate(text);
    case 'end_date':
      if (text !== undefined && /^(still[ _]working|ยังทำงานอยู่)$/i.test(text)) return ok('still_working');
      return monthOrDate(text);
    case 'int': {
      const n = text === undefined ? Number.NaN : Number(asciiDigits(text));
      if (!Number.isInteger(n) || n < (spec.min ?? 0) || n > (spec.max ?? Number.MAX_SAFE_INTEGER)) {
        return bad('int', { min: spec.min ?? 0, max: spec.max ?? 'any' });
      }
      return ok(n);
    }
    case 'final_pay': {
      if (text !== undefined && /^(not[ _]paid|ยังไม่ได้รับ)$/i.test(text)) return ok('not_paid');
      const n = text === undefined ? Number.NaN : Number(asciiDigits(text));
      if (!Number.isInteger(n) || n < 0 || n > (spec.max ?? 3650))
        return bad('final_pay', { max: spec.max ?? 3650 });
      return ok(n);
    }
    case 'money': {
      const r = text === undefined ? undefined : parseMoney(text);
      if (!r?.ok || r.value < (spec.min ?? 0) * 100) return bad('money', { value: text ?? '' });
      return ok(r.value);
    }
    case 'time': {
      const r = text === undefined ? undefined : parseTime(text);
      return r?.ok ? ok(r.value) : bad('time', { value: text ?? '' });
    }
    case 'yes_no': {
      if (typeof raw === 'boolean') return ok(raw ? 'yes' : 'no');
      const r = text === undefined ? undefined : parseYesNo(text);
      return r?.ok ? ok(r.value ? 'yes' : 'no') : bad('yes_no', { value: text ?? '' });
    }
    case 'choice': {
      const v = text?.toLowerCase().replace(/[\s-]+/g, '_');
      return v !== undefined && spec.choices!.includes(v)
        ? ok(v)
        : bad('choice', { choices: spec.choices!.join(', ') });
    }
    case 'weekdays':
      return weekdays(raw);
    case 'dates':
      return dateList(raw);
    case 'codes':
      return codeList(raw);
    case 'wage_changes':
      return wageChanges(raw);
    case 'deductions':
      return deductions(raw, ctx);
  }
}

function monthOrDate(text: string | undefined): Answer<string> {
  if (text === undefined) return bad('month_or_date');
  const m = /^(\d{4})-(\d{1,2})$/.exec(asciiDigits(text));
  if (m) {
    let y = Number(m[1]);
    if (y >= BE_THRESHOLD) y -= BE_OFFSET;
    const mo = Number(m[2]);
    // The year range a full date is held to: "1025-03" is a slip for 2025, not a start 1,000
    // years ago (its days of synthetic records ended in an internal error).
    if (mo < 1 || mo > 12 || y < YEAR_MIN || y > YEAR_MAX) return bad('month_or_date', { value: text });
    return ok(`${y}-${String(mo).padStart(2, '0')}`);
  }
  const r = parseDate(text);
  return r.ok ? ok(r.value) : bad('month_or_date', { value: text });
}

/** A list of dates, or the text form "2025-04-14; 2025-05-01". */
function dateList(raw: unknown): Answer<string[]> {
  const items = Array.isArray(raw)
    ? raw.map(String)
    : typeof raw === 'string'
      ? raw.split(/[;,\s]+/)
      : undefined;
  if (!items) return bad('dates');
  const out: string[] = [];
  for (const item of items.map((s) => s.trim()).filter(Boolean)) {
    if (/^none$/i.test(item)) continue;
    const r = parseDate(item);
    if (!r.ok) return bad('date', { value: item });
    if (!out.includes(r.value)) out.push(r.value);
  }
  return ok(out.sort());
}

/** A list of {from, amount}, or the text form "2025-07 9500; 2025-10-01 10000"; none = []. */
function wageChanges(raw: unknown): Answer<WageChange[]> {
  let items: { from: unknown; amount: unknown }[];
  if (Array.isArray(raw))
    items = raw.map((r) =>
      typeof r === 'object' && r !== null
        ? (r as { from: unknown; amount: unknown })
        : { from: r, amount: undefined },
    );
  else if (typeof raw === 'string') {
    if (/^(none|no|ไม่มี)$/i.test(raw.trim())) return ok([]);
    items = raw
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean)
      .map((s) => {
        const m = /^(\S+)\s+([\d,.]+)\s*(?:baht|บาท)?$/i.exec(s);
        return m ? { from: m[1], amount: m[2] } : { from: s, amount: undefined };
      });
  } else return bad('wage_changes');
  const out: WageChange[] = [];
  for (const it of items) {
    const from = monthOrDate(it.from === undefined ? undefined : String(it.from));
    const amount = parseMoney(String(it.amount ?? ''));
    if (!from.ok || !amount.ok || amount.value === 0) return bad('wage_changes');
    out.push({ from: from.value, amount: amount.value });
  }
  return ok(out.sort((a, b) => (dateRange(a.from).first < dateRange(b.from).first ? -1 : 1)));
}

/** Lower-case codes (work categories), as a list or "vibration; heavy_load". */
function codeList(raw: unknown): Answer<string[]> {
  const items = Array.isArray(raw)
    ? raw.map(String)
    : typeof raw === 'string'
      ? raw.split(/[;,\s]+/)
      : undefined;
  if (!items) return bad('codes');
  const out = items.map((s) => s.trim().toLowerCase()).filter((s) => s && s !== 'none');
  if (out.some((c) => !/^[a-z][a-z0-9_]*$/.test(c))) return bad('codes');
  return ok([...new Set(out)]);
}

const WEEKDAY_ALIASES: Record<string, Weekday> = Object.fromEntries(
  WEEKDAYS.flatMap((w) => [
    [w, w],
    [w.slice(0, 3), w],
  ]),
);

function weekdays(raw: unknown): Answer<Weekday[]> {
  const items = Array.isArray(raw)
    ? raw.map(String)
    : typeof raw === 'string'
      ? raw.split(/[;,\s]+/)
      : undefined;
  if (!items) return bad('weekdays');
  const out: Weekday[] = [];
  for (const item of items.map((s) => s.trim().toLowerCase()).filter(Boolean)) {
    if (item === 'none') continue;
    const w = WEEKDAY_ALIASES[item];
    if (!w) return bad('weekdays', { value: item });
    if (!out.includes(w)) out.push(w);
  }
  return ok(out.sort((a, b) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b)));
}

/** A list of {amount, purpose, note}, or the text form "2000 recruitment_fee; 500 housing". */
function deductions(raw: unknown, ctx: AnswerContext): Answer<Deduction[]> {
  let items: { amount: unknown; purpose: unknown; note?: unknown; from?: unknown; to?: unknown }[];
  if (Array.isArray(raw)) {
    items = raw.map((r) =>
      typeof r === 'object' && r !== null
        ? (r as { amount: unknown; purpose: unknown })
        : { amount: r, purpose: undefined },
    );
  } else if (typeof raw === 'string') {
    if (/^(none|no|0|ไม่มี)$/i.test(raw.trim())) return ok([]);
    items = raw
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean)
      .map((s) => {
        // "2000 recruitment_fee broker 2025-01..2025-06": a span at the end says when it was taken.
        const span = /\s*(\d{4}-\d{1,2}(?:-\d{1,2})?)?\.\.(\d{4}-\d{1,2}(?:-\d{1,2})?)?$/.exec(s);
        const body = span ? s.slice(0, span.index) : s;
        const m = /^([\d,.]+)\s*(?:baht|บาท)?\s*[: ]\s*(\S+)(?:\s+(.*))?$/i.exec(body);
        const when = span ? { from: span[1], to: span[2] } : {};
        return m ? { amount: m[1], purpose: m[2], note: m[3], ...when } : { amount: undefined, purpose: s };
      });
  } else return bad('deductions');
  const out: Deduction[] = [];
  for (const it of items) {
    const amount = parseMoney(String(it.amount ?? ''));
    if (!amount.ok || amount.value === 0) return bad('deductions');
    const purpose = String(it.purpose ?? '')
      .trim()
      .toLowerCase();
    if (!ctx.purposes.includes(purpose))
      return bad('deduction_purpose', { value: purpose, choices: ctx.purposes.join(', ') });
    const when: { from?: string; to?: string } = {};
    for (const k of ['from', 'to'] as const) {
      const v = it[k];
      if (v === undefined || v === null || String(v).trim() === '') continue;
      const d = monthOrDate(String(v));
      if (!d.ok) return bad('deductions');
      when[k] = d.value;
    }
    out.push({ amount: amount.value, purpose, ...(it.note ? { note: String(it.note) } : {}), ...when });
  }
  return ok(out);
}

const known = <T>(v: T | Unknown | undefined): v is T => v !== undefined && v !== UNKNOWN;

/** Checks across answers. Each problem names the field it is reported on. */
export function crossCheck(
  a: Account,
  ctx: Pick<AnswerContext, 'youngestWorkAge'>,
): { field: keyof Account; invalid: Invalid }[] {
  const problems: { field: keyof Account; invalid: Invalid }[] = [];
  const startDay = known(a.start_date) ? a.start_date.padEnd(10, '-01').slice(0, 10) : undefined;
  if (known(a.end_date) && a.end_date !== 'still_working' && startDay) {
    const endLast = a.end_date.length === 7 ? `${a.end_date}-31` : a.end_date;
    if (endLast < startDay) problems.push({ field: 'end_date', invalid: { key: 'end_before_start' } });
  }
  if (known(a.work_start) && known(a.work_end) && a.work_start === a.work_end) {
    problems.push({ field: 'work_end', invalid: { key: 'same_times' } });
  }
  if (
    known(a.days_per_week) &&
    known(a.rest_days) &&
    a.rest_days.length > 0 &&
    a.rest_days.length !== 7 - a.days_per_week
  ) {
    problems.push({
      field: 'rest_days',
      invalid: { key: 'rest_days_count', data: { days: 7 - a.days_per_week } },
    });
  }
  if (known(a.notice_given_on) && known(a.end_date) && a.end_date !== 'still_working') {
    if (a.notice_given_on > dateRange(a.end_date).last)
      problems.push({ field: 'notice_given_on', invalid: { key: 'notice_after_end' } });
  }
  // A new wage from before the job began would replace the wage the worker gave from the first
  // day: "wage 400, 350 from 2024-01" for a job started in 2025 is a slip (a year, or the start).
  if (known(a.wage_changes) && known(a.start_date)) {
    const first = dateRange(a.start_date).first;
    if (a.wage_changes.some((c) => dateRange(c.from).last < first))
      problems.push({ field: 'wage_changes', invalid: { key: 'wage_change_before_start' } });
  }
  // A shorter day ends before the usual day does: an end at or before the start reads as a day
  // running past midnight (Saturday "until 07:00" of an 08:00 start: 23 hours), a later end as a
  // longer day; either way the overtime counted on it was never worked.
  if (
    known(a.short_days) &&
    a.short_days.length > 0 &&
    known(a.short_day_end) &&
    known(a.work_start) &&
    known(a.work_end)
  ) {
    const len = (end: number) => (end - (a.work_start as number) + 1440) % 1440;
    if (len(a.short_day_end) >= len(a.work_end))
      problems.push({ field: 'short_day_end', invalid: { key: 'short_day_not_shorter' } });
  }
  if (known(a.birth_date) && startDay && a.birth_date >= startDay) {
    problems.push({ field: 'birth_date', invalid: { key: 'born_after_start' } });
  }
  if (known(a.work_start) && known(a.work_end) && known(a.break_minutes)) {
    const span = (a.work_end - a.work_start + 1440) % 1440;
    if (a.break_minutes >= span)
      problems.push({ field: 'break_minutes', invalid: { key: 'break_too_long' } });
  }
  return [...problems, ...answerDates(a, ctx.youngestWorkAge)];
}

/** The account schema: every field parsed by its kind, then the checks across answers. */
export function accountSchema(ctx: AnswerContext) {
  const shape = Object.fromEntries(
    FIELD_IDS.map((id) => [
      id,
      z
        .unknown()
        .transform((raw, zc) => {
          const r = parseAnswer(id, raw, ctx);
          if (!r.ok) {
            zc.addIssue({ code: 'custom', message: r.invalid.key, params: r.invalid.data });
            return z.NEVER;
          }
          return r.value;
        })
        .optional(),
    ]),
  );
  return z
    .strictObject(shape)
    .transform((v) => Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined)) as Account)
    .superRefine((a, zc) => {
      for (const p of crossCheck(a, ctx))
        zc.addIssue({ code: 'custom', path: [p.field], message: p.invalid.key, params: p.invalid.data });
    });
}

export { known };

/** The first and last day a date known to the month or the day can be. */
export function dateRange(v: string): { first: string; last: string } {
  if (v.length === 10) return { first: v, last: v };
  const [y, m] = v.split('-').map(Number);
  return { first: `${v}-01`, last: `${v}-${String(daysInMonth(y, m)).padStart(2, '0')}` };
}

/** Satang as the baht a person writes: 9000, or "1234.50" when there are satang. */
function bahtOf(satang: number): number | string {
  const whole = Math.floor(satang / 100);
  const rest = satang % 100;
  return rest === 0 ? whole : `${whole}.${String(rest).padStart(2, '0')}`;
}

/** Minutes after midnight as HH:MM; the end of the day stays 24:00, not 00:00 of the next. */
function clockOf(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/**
 * An account in the units its file is written in (HH:MM times, baht amounts), the inverse of
 * the account schema: a saved interview reads back as the same account.
 */
export function accountFile(a: Account): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [id, v] of Object.entries(a) as [keyof Account, unknown][]) {
    if (v === undefined) continue;
    const kind = FIELDS[id].kind;
    if (kind === 'money' && typeof v === 'number') out[id] = bahtOf(v);
    else if (kind === 'time' && typeof v === 'number') out[id] = clockOf(v);
    else if (kind === 'deductions' && Array.isArray(v))
      out[id] = (v as Deduction[]).map((d) => ({ ...d, amount: bahtOf(d.amount) }));
    else if (kind === 'wage_changes' && Array.isArray(v))
      out[id] = (v as WageChange[]).map((c) => ({ from: c.from, amount: bahtOf(c.amount) }));
    else out[id] = v;
  }
  return out;
}
