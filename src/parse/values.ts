import {
  BANGKOK_UTC_OFFSET_MIN,
  BE_OFFSET,
  dayOf,
  daysInMonth,
  EN_MONTHS,
  isoOf,
  THAI_MONTHS,
  WEEKDAYS,
  weekday,
} from '../base/calendar.js';
import { satangOf } from '../findings/money.js';
import { type Reason, reason, reasonText } from '../findings/reasons.js';

// Cell parsers: text in, a typed value or an error message out. Never a throw.
// Real files (docs/inputs.md, Your files): Thai digits, Buddhist-era years, Thai month names, "8.30 น.",
// "1,500.-", Excel serial numbers, day-first dates unless a whole file says otherwise.

/** A cell read, or why not: in English, and as a message id where the reports render one. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string; why?: Reason };
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (error: string): Parsed<never> => ({ ok: false, error });
const failAs = (id: string, params: Record<string, string | number>): Parsed<never> => {
  const why = reason(id, params);
  return { ok: false, error: reasonText(why), why };
};

/**
 * The zero of each digit set a worker or a payroll in Thailand writes numbers in: Thai, Lao,
 * Khmer, Myanmar and Myanmar Shan. Each set is ten code points from its zero.
 */
export const DIGIT_ZEROS = [0x0e50, 0x0ed0, 0x17e0, 0x1040, 0x1090] as const;
const NATIVE_DIGITS = /[\u0e50-\u0e59\u0ed0-\u0ed9\u17e0-\u17e9]/g;
// A Myanmar digit beside a Myanmar letter or mark is a letter typed as a digit, not a number:
// ၀ (zero) for ဝ (wa) and ၇ (seven) for ရ (ra), common in text typed in Zawgyi ("၀င်း"). Left
// as written, so a name is never changed; a number is digits with ASCII separators only.
const MYANMAR_DIGITS =
  /(?<![\u1000-\u103f\u104a-\u108f\u109a-\u109f])[\u1040-\u1049\u1090-\u1099](?![\u1000-\u103f\u104a-\u108f\u109a-\u109f])/g;
const digitOf = (d: string) => {
  const c = d.charCodeAt(0);
  return String(c - DIGIT_ZEROS.find((z) => c >= z && c <= z + 9)!);
};
/** Thai ๐-๙, Lao ໐-໙, Khmer ០-៩ and Myanmar ၀-၉ (and Shan ႐-႙) digits to ASCII. */
export function asciiDigits(s: string): string {
  return s.replace(NATIVE_DIGITS, digitOf).replace(MYANMAR_DIGITS, digitOf);
}

/** Trims, maps Thai digits, turns NBSP into spaces and drops Excel's leading apostrophe (a text marker). */
// Most cells are plain ASCII with nothing to clean: they skip the replacements (a hot path).
const PLAIN = /^(?!')[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?$/;

export function cleanCell(raw: string): string {
  if (PLAIN.test(raw)) return raw;
  return asciiDigits(raw.replace(/[\u00a0\u2007\u202f]/g, ' ').replace(/[\u200b\ufeff]/g, ''))
    .trim()
    .replace(/^'/, '');
}

/** Years of 2400 and above are Buddhist era (B.E. = C.E. + 543). */
export { BE_OFFSET };
export const BE_THRESHOLD = 2400;
/** Converted years outside this range are refused as typing errors. */
export const YEAR_MIN = 1900;
export const YEAR_MAX = 2199;

export type DateOrder = 'dmy' | 'mdy';
export type TwoDigitYears = 'be' | 'ce';

export interface DateOptions {
  /** Day-first (the Thai norm, default) or month-first, decided per file. */
  order?: DateOrder;
  /** How to read a two-digit year; without it a two-digit year is an error. */
  twoDigitYears?: TwoDigitYears;
  /**
   * The line of the file's first date that can only be read in `order`: a date that can only be
   * read the other way then contradicts it, and its reason says so.
   */
  proofLine?: number;
}

const MONTH_BY_NAME = new Map<string, number>();
THAI_MONTHS.forEach((m, i) => {
  for (const n of [m.full, m.abbr.replace(/\./g, ''), m.short]) MONTH_BY_NAME.set(n, i + 1);
});
EN_MONTHS.forEach((n, i) => {
  MONTH_BY_NAME.set(n.toLowerCase(), i + 1);
  MONTH_BY_NAME.set(n.slice(0, 3).toLowerCase(), i + 1);
});
MONTH_BY_NAME.set('sept', 9);

/** Month number of a Thai or English month name or abbreviation (dots and spaces ignored). */
export function monthOfName(name: string): number | undefined {
  return MONTH_BY_NAME.get(name.toLowerCase().replace(/[\s.]/g, ''));
}

type Era = 'be' | 'ce' | undefined;
const ERA = /\s*(พ\s*\.?\s*ศ\s*\.?|ค\s*\.?\s*ศ\s*\.?|b\.?\s?e\.?|a\.?\s?d\.?|c\.?\s?e\.?)\s*$/i;
function eraOf(marker: string | undefined): Era {
  if (!marker) return undefined;
  return /^(พ|b)/i.test(marker.trim()) ? 'be' : 'ce';
}

/** Resolves a written year to C.E., or an error message. */
function yearOf(text: string, era: Era, o: DateOptions, raw: string): Parsed<number> {
  let y = Number(text);
  if (text.length <= 2) {
    const how = era ?? o.twoDigitYears;
    if (!how) {
      return failAs('two_digit_year', { value: raw });
    }
    // Pivots as in spreadsheets: B.E. 81-99 are 2481-2499 (1938-1956), else 25xx; C.E. 51-99 are 19xx.
    if (how === 'be') y += y > 80 ? 2400 : 2500;
    else y += y > 50 ? 1900 : 2000;
  }
  if (era === 'be' || y >= BE_THRESHOLD) y -= BE_OFFSET;
  if (y < YEAR_MIN || y > YEAR_MAX) return failAs('implausible_year', { value: raw, year: y });
  return ok(y);
}

function isoDate(y: number, m: number, d: number, raw: string): Parsed<string> {
  const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  if (dayOf(iso) === undefined) return failAs('not_a_real_date', { value: raw });
  return ok(iso);
}

/** Excel's 1900 date system: serial 1 is 1900-01-01, with its phantom 29 Feb 1900 (serial 60). */
export function excelSerialToIso(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < 61 || serial >= 2958466) return undefined;
  return isoOf(Math.floor(serial) - 25569);
}

// A time part after a date ("2025-08-04 00:00:00", "04/08/2568 8:00"): dropped in a date column.
const TIME_TAIL =
  /(?:[ T]+\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:\.\d+)?)?\s*(?:[ap]\.?m\.?|น\.?)?(?:z|[+-]\d{2}:?\d{2})?)$/i;

/**
 * Weekday names a written date may carry, Monday first: the full names, and abbreviations (the
 * Thai ones with their dot, or in brackets: `จ. 04/08/2568`, `04/08/2568 (จ)`).
 */
const WEEKDAY_WORDS: { names: string[]; abbr: string[] }[] = [
  { names: ['จันทร์', 'monday', 'mon'], abbr: ['จ'] },
  { names: ['อังคาร', 'tuesday', 'tues', 'tue'], abbr: ['อ'] },
  { names: ['พุธ', 'wednesday', 'wed'], abbr: ['พ'] },
  { names: ['พฤหัสบดี', 'พฤหัส', 'thursday', 'thurs', 'thur', 'thu'], abbr: ['พฤ'] },
  { names: ['ศุกร์', 'friday', 'fri'], abbr: ['ศ'] },
  { names: ['เสาร์', 'saturday', 'sat'], abbr: ['ส'] },
  { names: ['อาทิตย์', 'sunday', 'sun'], abbr: ['อา'] },
];
const WEEKDAY_TH = WEEKDAY_WORDS.map((w) => w.names[0]);
const byLength = (xs: string[]) => [...xs].sort((a, b) => b.length - a.length).join('|');
const NAMES = byLength(WEEKDAY_WORDS.flatMap((w) => w.names));
const ABBRS = byLength(WEEKDAY_WORDS.flatMap((w) => w.abbr));
// วันจันทร์ที่ 4 ..., จันทร์ 4 ..., จ. 4 ..., Monday, 4 ..., Mon 04/08/2025
const WEEKDAY_LEAD = new RegExp(`^(?:วัน)?(${NAMES})(?:ที่)?\\.?,?\\s+(?=\\d)|^(${ABBRS})\\.\\s*(?=\\d)`, 'i');
// 04/08/2568 จันทร์, 04/08/2568 (จ), 04/08/2025 (Mon.)
const WEEKDAY_TAIL = new RegExp(
  `(?<=\\d)\\s*(?:\\((?:วัน)?(${NAMES}|${ABBRS})\\.?\\)|,?\\s+(?:วัน)?(${NAMES})\\.?)$`,
  'i',
);

const capitalised = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/** The weekday (0 Monday) a written weekday name or abbreviation stands for. */
function weekdayOfWord(word: string): number {
  const w = word.toLowerCase();
  return WEEKDAY_WORDS.findIndex((x) => x.names.includes(w) || x.abbr.includes(w));
}

/**
 * A weekday written before or after a date (`วันจันทร์ที่ 4 สิงหาคม 2568`, `Mon 04/08/2025`,
 * `04/08/2568 (จ)`): the weekday (0 Monday) and the date's text without it. Asked of every
 * date cell: only one that starts or ends with something other than a digit is searched.
 */
function splitWeekday(s: string): { weekday: number; rest: string } | undefined {
  const m =
    (asciiDigit(s, 0) ? null : WEEKDAY_LEAD.exec(s)) ??
    (asciiDigit(s, s.length - 1) ? null : WEEKDAY_TAIL.exec(s));
  if (!m) return undefined;
  return {
    weekday: weekdayOfWord(m[1] ?? m[2]),
    rest: m.index === 0 ? s.slice(m[0].length) : s.slice(0, m.index),
  };
}

/**
 * A date read without its written weekday, refused when the weekday is not the date's: one of
 * the two is mistyped, and which is unknown.
 */
function onWeekday(date: Parsed<string>, written: number, raw: string): Parsed<string> {
  if (!date.ok) return date;
  const actual = weekday(dayOf(date.value)!);
  if (written === actual) return date;
  return failAs('weekday_not_date', {
    value: raw,
    actual: capitalised(WEEKDAYS[actual]),
    written: capitalised(WEEKDAYS[written]),
    actual_th: WEEKDAY_TH[actual],
    written_th: WEEKDAY_TH[written],
  });
}

/**
 * A date: ISO, D/M/Y (or M/D/Y when the file is month-first), Thai or English month names
 * (`31 ก.ค. 2568`, `31 กรกฎาคม พ.ศ. 2568`, `31-Jul-2025`), YYYYMMDD, or an Excel serial number.
 * Years of 2400 and above are Buddhist era.
 */
export function parseDate(raw: string, o: DateOptions = {}): Parsed<string> {
  let s = cleanCell(raw)
    .replace(/^วันที่\s*/, '')
    .replace(/\s+/g, ' ');
  if (s === '') return fail('empty date');
  s = s.replace(TIME_TAIL, '').trim();
  const written = splitWeekday(s);
  if (written) return onWeekday(parseDate(written.rest, o), written.weekday, raw);
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(s);
  if (m) {
    const y = yearOf(m[1], undefined, o, raw);
    return y.ok ? isoDate(y.value, Number(m[2]), Number(m[3]), raw) : y;
  }
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})$/.exec(s);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    const [d, mo] = o.order === 'mdy' ? [b, a] : [a, b];
    if (mo > 12) {
      // A date that reads the other way only, in a file whose other dates read this way only:
      // the file contradicts itself, and this date is not guessed.
      if (o.proofLine !== undefined && d <= 12)
        return failAs(o.order === 'mdy' ? 'contradicts_mdy' : 'contradicts_dmy', {
          value: raw,
          line: o.proofLine,
        });
      return failAs(o.order === 'mdy' ? 'no_month_mdy' : 'no_month_dmy', { value: raw, month: mo });
    }
    const y = yearOf(m[3], undefined, o, raw);
    return y.ok ? isoDate(y.value, mo, d, raw) : y;
  }
  // Day, month name, year: "31 ก.ค. 2568", "31 กรกฎาคม พ.ศ. 2568", "31-Jul-25".
  m = /^(\d{1,2})[\s\-/]*([^\d\-/]+?)[\s\-/,]*(\d{2}|\d{4})$/.exec(s);
  if (m) {
    let name = m[2];
    const era = ERA.exec(name);
    if (era) name = name.slice(0, era.index);
    const mo = monthOfName(name);
    if (mo === undefined) return fail(`"${raw}": "${m[2].trim()}" is not a month name`);
    const y = yearOf(m[3], eraOf(era?.[1]), o, raw);
    return y.ok ? isoDate(y.value, mo, Number(m[1]), raw) : y;
  }
  // Month name first: "July 31, 2025".
  m = /^([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/i.exec(s);
  if (m) {
    const mo = monthOfName(m[1]);
    if (mo === undefined) return fail(`"${raw}": "${m[1]}" is not a month name`);
    const y = yearOf(m[3], undefined, o, raw);
    return y.ok ? isoDate(y.value, mo, Number(m[2]), raw) : y;
  }
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (m) {
    const y = yearOf(m[1], undefined, o, raw);
    return y.ok ? isoDate(y.value, Number(m[2]), Number(m[3]), raw) : y;
  }
  m = /^(\d{5,7})(?:\.0+)?$/.exec(s);
  if (m) {
    const iso = excelSerialToIso(Number(m[1]));
    if (iso && Number(iso.slice(0, 4)) >= YEAR_MIN && Number(iso.slice(0, 4)) <= YEAR_MAX) return ok(iso);
  }
  return failAs('not_a_date', { value: raw });
}

/** Words in front of a pay period written in one cell: งวด, ประจำเดือน, Pay period: ... */
const PERIOD_LABEL =
  /^(?:งวด(?:วันที่|ประจำ(?:เดือน)?)?|ประจำ(?:งวด|เดือน)|เดือน|รอบ(?:วันที่)?|pay\s*period|period|month)\s*[:：]?\s*/i;
const PERIOD_TO = /\s+(?:-|–|ถึง|to|until)\s+|\s*(?:–|ถึง)\s*/i;

/**
 * A pay period written in one cell, as Thai payroll exports give it: a month (`ส.ค. 2568`,
 * `สิงหาคม พ.ศ. 2568`, `Aug 2025`, `08/2025`, `2025-08`), days of a month (`1-15 ส.ค. 2568`,
 * `16-31/08/2568`), or two dates (`01/08/2568 - 31/08/2568`, `1 ส.ค. 2568 ถึง 15 ส.ค. 2568`).
 * A single date is not a period: refused, not guessed.
 */
export function parsePeriod(raw: string, o: DateOptions = {}): Parsed<{ start: string; end: string }> {
  const s = cleanCell(raw).replace(PERIOD_LABEL, '').replace(/\s+/g, ' ').trim();
  // A period whose only fault is its year (`1-15 ม.ค. 68` without --two-digit-years, a year typed
  // wrong) is refused for its year, which says what to do, not as no period at all.
  let yearFault: Parsed<never> | undefined;
  const dated = (text: string) => {
    const d = parseDate(text, o);
    if (!d.ok && YEAR_FAULTS.has(d.why?.id ?? '')) yearFault ??= d;
    return d;
  };
  const refused = () => yearFault ?? failAs('not_a_pay_period', { value: raw });
  const range = (start: Parsed<string>, end: Parsed<string>) =>
    start.ok && end.ok && start.value <= end.value ? ok({ start: start.value, end: end.value }) : undefined;
  // Two dates, with a word or a spaced dash between them, or an unspaced dash both sides of which are dates.
  const parts = s.split(PERIOD_TO);
  const two = parts.length === 2 && range(dated(parts[0]), dated(parts[1].replace(/^วันที่\s*/, '')));
  if (two) return two;
  for (let i = s.indexOf('-'); i > 0; i = s.indexOf('-', i + 1)) {
    const r = range(parseDate(s.slice(0, i), o), parseDate(s.slice(i + 1), o));
    if (r) return r;
  }
  // Days of a month: "1-15 ส.ค. 2568", "16-31/08/2568".
  const days = /^(\d{1,2})\s*-\s*(\d{1,2})\s*[/\s]\s*(.+)$/.exec(s);
  const month = monthOf(days ? days[3] : s, o, raw);
  if (month && !month.ok) return month;
  if (!month) return refused();
  const { year, month: m } = month.value;
  const last = daysInMonth(year, m);
  const [from, to] = days ? [Number(days[1]), Number(days[2])] : [1, last];
  if (from < 1 || from > to || to > last) return refused();
  const iso = (d: number) => `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return ok({ start: iso(from), end: iso(to) });
}

/** The refusals of a date that is one but for its year: the era of `68` unsaid, a year out of range. */
const YEAR_FAULTS = new Set(['two_digit_year', 'implausible_year']);

/**
 * A month and year: `ส.ค. 2568`, `สิงหาคม พ.ศ. 2568`, `Aug 2025`, `08/2025`, `2025-08`. Undefined
 * when the text is no month; a refusal, quoting `raw`, when it is a month whose year cannot be
 * read (`ม.ค. 68` without --two-digit-years).
 */
function monthOf(
  text: string,
  o: DateOptions,
  raw: string,
): Parsed<{ year: number; month: number }> | undefined {
  const t = text.trim();
  const read = (month: number | undefined, year: () => Parsed<number>) => {
    if (month === undefined || month < 1 || month > 12) return undefined;
    const y = year();
    return y.ok ? ok({ year: y.value, month }) : y;
  };
  const monthFirst = /^(\d{1,2})[/.-](\d{4})$/.exec(t);
  if (monthFirst) return read(Number(monthFirst[1]), () => yearOf(monthFirst[2], undefined, o, raw));
  const yearFirst = /^(\d{4})[/.-](\d{1,2})$/.exec(t);
  if (yearFirst) return read(Number(yearFirst[2]), () => yearOf(yearFirst[1], undefined, o, raw));
  const named = /^([^\d]+?)[\s\-/,]*(\d{2}|\d{4})$/.exec(t);
  if (!named) return undefined;
  let name = named[1];
  const era = ERA.exec(name);
  if (era) name = name.slice(0, era.index);
  return read(monthOfName(name), () => yearOf(named[2], eraOf(era?.[1]), o, raw));
}

/**
 * What a date cell says about the file's order: `dmy` when its first number cannot be a
 * month, `mdy` when its second cannot, undefined when it says nothing (ISO, names, 4/8/2025).
 */
export function dateOrderEvidence(raw: string): DateOrder | undefined {
  const e = dateCellEvidence(raw);
  return e & ONLY_DMY ? 'dmy' : e & ONLY_MDY ? 'mdy' : undefined;
}

// What one date cell says of its file's date order, as bits (`dateCellEvidence`).
/** A date written day, month, year or month, day, year with numbers (04/08/2025, 13.08.2568). */
export const NUMERIC_DATE = 1;
/** Its first number cannot be a month (13/08/2025), or its weekday is that of the day-first reading only. */
export const ONLY_DMY = 2;
/** Its second number cannot be a month (08/13/2025), or its weekday is that of the month-first reading only. */
export const ONLY_MDY = 4;
/** It reads as two different dates, one each way (04/08/2025: 4 August or 8 April). */
export const EITHER = 8;
/** A Buddhist-era year (2568): a Thai calendar, whose dates are written day-first. */
export const BUDDHIST_YEAR = 16;
/** A time with AM or PM after it (11/03/2025 07:58 AM): the US way of writing a date and time. */
export const CLOCK_12H = 32;

const AM_PM_TAIL = /\d[:.]\d{2}(?:[:.]\d{2}(?:\.\d+)?)?\s*[ap]\.?\s?m\.?$/i;

/** Whether a time cell is written on the 12-hour clock (`07:58 AM`, `5:02 p.m.`). */
export function clock12h(raw: string): boolean {
  // Most time cells end in a digit (08:00, 17.30 น. aside): told without cleaning.
  if (asciiDigit(raw, raw.length - 1)) return false;
  return AM_PM_TAIL.test(cleanCell(raw));
}

/**
 * What a date cell says about the file's order, as the bits above: 0 for a cell that is not a
 * numeric day-month-year (ISO dates, month names, empty), whose order is its own.
 */
export function dateCellEvidence(raw: string): number {
  // Asked of every date cell: one that opens with three ASCII digits (a year first, as ISO
  // dates do) keeps them through cleaning, so it has no separator after a day or month.
  if (asciiDigit(raw, 0) && asciiDigit(raw, 1) && asciiDigit(raw, 2)) return 0;
  // A plain date alone (13/08/2025), as most day-first files write every cell, told from its
  // characters: the same bits as the reading below (a file read in batches asks every cell).
  const plain = plainDateBits(raw);
  if (plain >= 0) return plain;
  // A weekday written with the date (Mon 08/13/2025, 04/08/2568 (จ)) is read past.
  const text = cleanCell(raw);
  const w = splitWeekday(text);
  const s = w ? w.rest : text;
  const m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})(?:\D|$)/.exec(s);
  if (!m) return 0;
  let bits = NUMERIC_DATE;
  if (m[3].length === 4 && Number(m[3]) >= BE_THRESHOLD) bits |= BUDDHIST_YEAR;
  if (s.length > m[0].length && AM_PM_TAIL.test(s)) bits |= CLOCK_12H;
  const [a, b] = [Number(m[1]), Number(m[2])];
  if (a > 12 && b <= 12) return bits | ONLY_DMY;
  if (b > 12 && a <= 12) return bits | ONLY_MDY;
  if (a === b || a < 1 || b < 1 || a > 12 || b > 12) return bits;
  // Both could be months: the weekday says which, when it is the weekday of one reading only.
  if (!w || m[3].length !== 4) return bits | EITHER;
  const year = Number(m[3]) >= BE_THRESHOLD ? Number(m[3]) - BE_OFFSET : Number(m[3]);
  const on = (d: number, mo: number) => {
    const n = dayOf(`${year}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    return n !== undefined && weekday(n) === w.weekday;
  };
  const [dmy, mdy] = [on(a, b), on(b, a)];
  return bits | (dmy === mdy ? EITHER : dmy ? ONLY_DMY : ONLY_MDY);
}

/**
 * `dateCellEvidence` of a cell that is a day, month and four-digit year in ASCII digits, one or
 * two each, with one separator (/ . -) between them and nothing else; -1 for any other cell.
 */
function plainDateBits(s: string): number {
  const n = s.length;
  if (n < 8 || n > 10 || !asciiDigit(s, n - 1)) return -1;
  // The separators: after one or two digits, then after one or two more; the year is the rest.
  const first = isDateSeparator(s, 1) ? 1 : isDateSeparator(s, 2) ? 2 : -1;
  if (first < 0) return -1;
  const second = isDateSeparator(s, first + 2) ? first + 2 : isDateSeparator(s, first + 3) ? first + 3 : -1;
  if (second < 0 || n - second - 1 !== 4) return -1;
  let a = 0;
  let b = 0;
  let year = 0;
  for (let i = 0; i < n; i++) {
    if (i === first || i === second) continue;
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    if (i < first) a = a * 10 + c;
    else if (i < second) b = b * 10 + c;
    else year = year * 10 + c;
  }
  let bits = NUMERIC_DATE;
  if (year >= BE_THRESHOLD) bits |= BUDDHIST_YEAR;
  if (a > 12 && b <= 12) return bits | ONLY_DMY;
  if (b > 12 && a <= 12) return bits | ONLY_MDY;
  if (a === b || a < 1 || b < 1 || a > 12 || b > 12) return bits;
  return bits | EITHER;
}

function isDateSeparator(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c === 47 || c === 46 || c === 45;
}

const asciiDigit = (s: string, i: number): boolean => {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
};

/**
 * A time of day as minutes after midnight: `8:30`, `08.30`, `8.30 น.`, `17:00:00` (seconds
 * dropped), `5:30 PM`, `24:00` (an end at midnight), or a date-time whose time part is taken.
 */
export function parseTime(raw: string): Parsed<number> {
  let s = cleanCell(raw)
    .replace(/\s*(น\.?|นาฬิกา)$/, '')
    .trim();
  // A date-time in a time column: the time part ("2025-08-04 08:00:00", "04/08/2568 8:00").
  const dt = /^\S+[ T](\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:\.\d+)?)?(?:\s*[ap]\.?m\.?)?)$/i.exec(s);
  if (dt && /\d[-/]\d/.test(s)) s = dt[1];
  const m = /^(\d{1,2})[:.](\d{2})(?:[:.](\d{2})(?:\.\d+)?)?(?:\s*([ap])\.?m\.?)?$/i.exec(s);
  if (!m) return failAs('not_a_time', { value: raw });
  let h = Number(m[1]);
  const min = Number(m[2]);
  if (m[4]) {
    if (h < 1 || h > 12) return failAs('not_a_time_of_day', { value: raw });
    h = (h % 12) + (m[4].toLowerCase() === 'p' ? 12 : 0);
  }
  if (
    h > 24 ||
    min > 59 ||
    (m[3] !== undefined && Number(m[3]) > 59) ||
    (h === 24 && (min > 0 || Number(m[3] ?? 0) > 0))
  ) {
    return failAs('not_a_time_of_day', { value: raw });
  }
  return ok(h * 60 + min);
}

/** A fraction of a day (how Excel stores a time) as minutes after midnight, to the nearest minute. */
export function excelFractionToMinutes(fraction: number): number | undefined {
  if (!Number.isFinite(fraction) || fraction < 0 || fraction > 1) return undefined;
  return Math.round(fraction * 1440);
}

/**
 * Baht with up to 2 decimals as integer satang. Accepts thousands separators, `บาท`, `THB`,
 * `฿`, Thai digits, the Thai `1,500.-` and the accounting dash for zero.
 */
export function parseMoney(raw: string): Parsed<number> {
  const s = cleanCell(raw)
    .replace(/\s*(บาท|THB|฿)\s*/gi, '')
    .replace(/\.-$/, '')
    .replace(/,(?=\d{3}(\D|$))/g, '')
    .trim();
  if (/^[-–]$/.test(s)) return ok(0);
  if (/^\(\s*[\d.]+\s*\)$/.test(s)) return failAs('negative', { value: raw });
  const v = satangOf(s);
  if (v === undefined) return failAs('not_money', { value: raw });
  if (v < 0) return failAs('negative', { value: raw });
  return ok(v);
}

/** A whole or decimal number (hours, days), non-negative. */
export function parseNumber(raw: string): Parsed<number> {
  const s = cleanCell(raw);
  if (!/^\d+(\.\d+)?$/.test(s)) return failAs('not_a_number', { value: raw });
  return ok(Number(s));
}

const YES = new Set(['yes', 'y', 'true', '1', 'ใช่', 'มี', 'x', '✓', '✔', 'ได้', 'ยินยอม', 'อนุญาต', 'จริง', 't']);
const NO = new Set([
  'no',
  'n',
  'false',
  '0',
  'ไม่ใช่',
  'ไม่',
  'ไม่มี',
  'ไม่ได้',
  'ไม่ยินยอม',
  'ไม่อนุญาต',
  'เท็จ',
  'f',
  '-',
]);
export function parseYesNo(raw: string): Parsed<boolean> {
  const s = cleanCell(raw).toLowerCase().replace(/\s+/g, '');
  if (YES.has(s)) return ok(true);
  if (NO.has(s)) return ok(false);
  return failAs('not_yes_no', { value: raw });
}

/** A national ID as written (`3-1006-00445-63-5`, Thai digits, spaces) to its 13 digits, or an error. */
export function parseNationalId(raw: string): Parsed<string> {
  const s = cleanCell(raw);
  if (/^\d(\.\d+)?e\+?\d+$/i.test(s)) {
    return failAs('id_scientific', { value: raw });
  }
  const digits = s.replace(/[\s-]/g, '');
  if (/^\d{12}$/.test(digits)) {
    return failAs('id_12_digits', { value: raw });
  }
  if (!/^\d{13}$/.test(digits)) return failAs('id_13_digits', { value: raw });
  return ok(digits);
}

/** 13-digit Thai national ID checksum (mod 11). */
export function nationalIdChecksumOk(id: string): boolean {
  if (!/^\d{13}$/.test(id)) return false;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(id[i]) * (13 - i);
  return (11 - (sum % 11)) % 10 === Number(id[12]);
}

export interface DateTime {
  date: string;
  /** Minutes after midnight, and the seconds within the minute. */
  minute: number;
  second: number;
}

/**
 * A punch time: `2024-03-04 07:58:12`, `04/03/2567 07:58`, `3/4/2024 7:58 AM` (month-first
 * files), ISO with an offset (`2024-01-15T07:45:30+07:00`, moved to Bangkok wall-clock time).
 */
export function parseDateTime(raw: string, o: DateOptions = {}): Parsed<DateTime> {
  const s = cleanCell(raw).replace(/\s+/g, ' ');
  const m =
    /^(.+?)[ T]+(\d{1,2})[:.](\d{2})(?:[:.](\d{2})(?:\.\d+)?)?\s*(?:([ap])\.?m\.?)?\s*(z|[+-]\d{2}:?\d{2})?$/i.exec(
      s,
    );
  if (!m) return failAs('not_a_datetime', { value: raw });
  const d = parseDate(m[1], o);
  if (!d.ok) return d;
  const t = parseTime(`${m[2]}:${m[3]}${m[5] ? ` ${m[5]}m` : ''}`);
  if (!t.ok || t.value >= 1440) return failAs('no_time_of_day', { value: raw });
  const second = Number(m[4] ?? 0);
  if (second > 59) return failAs('no_time_of_day', { value: raw });
  let minute = t.value;
  let date = d.value;
  if (m[6]) {
    // Wall-clock time in Asia/Bangkok.
    const z =
      m[6].toLowerCase() === 'z'
        ? 0
        : (m[6][0] === '-' ? -1 : 1) * (Number(m[6].slice(1, 3)) * 60 + Number(m[6].slice(-2)));
    const abs = (dayOf(date) as number) * 1440 + minute + (BANGKOK_UTC_OFFSET_MIN - z);
    date = isoOf(Math.floor(abs / 1440));
    minute = ((abs % 1440) + 1440) % 1440;
  }
  return ok({ date, minute, second });
}
