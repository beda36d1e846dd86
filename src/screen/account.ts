import { z } from 'zod';
import { daysInMonth, WEEKDAYS, type Weekday } from '../facts/calendar.js';
import { SECTORS, WAGE_TYPES } from '../parse/records.js';
import { asciiDigits, parseDate, parseMoney, parseTime, parseYesNo } from '../parse/values.js';

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
  /** YYYY-MM-DD, or YYYY-MM when only the month is known. */
  start_date?: string | Unknown;
  end_date?: string | 'still_working' | Unknown;
  wage_type?: string | Unknown;
  /** Satang per month / day / hour; for piece work, usual earnings per month. */
  wage_amount?: number | Unknown;
  /** Minutes after midnight. */
  work_start?: number | Unknown;
  work_end?: number | Unknown;
  break_minutes?: number | Unknown;
  days_per_week?: number | Unknown;
  rest_days?: Weekday[] | Unknown;
  /** Satang per month. */
  overtime_pay_per_month?: number | Unknown;
  holiday_work?: YesNo | Unknown;
  deductions?: Deduction[] | Unknown;
  pay_delay_days?: number | Unknown;
  withheld_months?: number | Unknown;
  final_pay_days?: number | 'not_paid' | Unknown;
  documents_held?: YesNo | Unknown;
  documents_held_which?: string | Unknown;
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
  | 'final_pay';

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
  start_date: { kind: 'month_or_date' },
  end_date: { kind: 'end_date' },
  wage_type: { kind: 'choice', choices: WAGE_TYPES },
  wage_amount: { kind: 'money', min: 1 },
  work_start: { kind: 'time' },
  work_end: { kind: 'time' },
  break_minutes: { kind: 'int', min: 0, max: 600 },
  days_per_week: { kind: 'int', min: 1, max: 7 },
  rest_days: { kind: 'weekdays' },
  overtime_pay_per_month: { kind: 'money' },
  holiday_work: { kind: 'yes_no' },
  deductions: { kind: 'deductions' },
  pay_delay_days: { kind: 'int', min: 0, max: 365 },
  withheld_months: { kind: 'int', min: 0, max: 120 },
  final_pay_days: { kind: 'final_pay', min: 0, max: 3650 },
  documents_held: { kind: 'yes_no' },
  documents_held_which: { kind: 'text' },
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
    case 'deductions':
      return deductions(raw, ctx);
  }
}

function monthOrDate(text: string | undefined): Answer<string> {
  if (text === undefined) return bad('month_or_date');
  const m = /^(\d{4})-(\d{1,2})$/.exec(asciiDigits(text));
  if (m) {
    let y = Number(m[1]);
    if (y >= 2400) y -= 543;
    const mo = Number(m[2]);
    if (mo < 1 || mo > 12) return bad('month_or_date', { value: text });
    return ok(`${y}-${String(mo).padStart(2, '0')}`);
  }
  const r = parseDate(text);
  return r.ok ? ok(r.value) : bad('month_or_date', { value: text });
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
  let items: { amount: unknown; purpose: unknown; note?: unknown }[];
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
        const m = /^([\d,.]+)\s*(?:baht|บาท)?\s*[: ]\s*(\S+)(?:\s+(.*))?$/i.exec(s);
        return m ? { amount: m[1], purpose: m[2], note: m[3] } : { amount: undefined, purpose: s };
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
    out.push({ amount: amount.value, purpose, ...(it.note ? { note: String(it.note) } : {}) });
  }
  return ok(out);
}

const known = <T>(v: T | Unknown | undefined): v is T => v !== undefined && v !== UNKNOWN;

/** Checks across answers. Each problem names the field it is reported on. */
export function crossCheck(a: Account): { field: keyof Account; invalid: Invalid }[] {
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
  if (known(a.birth_date) && startDay && a.birth_date >= startDay) {
    problems.push({ field: 'birth_date', invalid: { key: 'born_after_start' } });
  }
  if (known(a.work_start) && known(a.work_end) && known(a.break_minutes)) {
    const span = (a.work_end - a.work_start + 1440) % 1440;
    if (a.break_minutes >= span)
      problems.push({ field: 'break_minutes', invalid: { key: 'break_too_long' } });
  }
  return problems;
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
      for (const p of crossCheck(a))
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
    else out[id] = v;
  }
  return out;
}
