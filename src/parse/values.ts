import { dayOf } from '../facts/calendar.js';
import { satangOf } from '../findings/money.js';

// Cell parsers: text in, a typed value or an error message out. Never a throw.

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (error: string): Parsed<never> => ({ ok: false, error });

const THAI_DIGITS = /[๐-๙]/g;
/** Thai digits ๐-๙ to ASCII. */
export function asciiDigits(s: string): string {
  return s.replace(THAI_DIGITS, (d) => String(d.charCodeAt(0) - 0x0e50));
}

/** Years of 2400 and above are Buddhist era (B.E. = C.E. + 543). */
export const BE_OFFSET = 543;
export const BE_THRESHOLD = 2400;

/** A date: YYYY-MM-DD, or D/M/YYYY day first; Buddhist-era years are converted. */
export function parseDate(raw: string): Parsed<string> {
  const s = asciiDigits(raw.trim());
  let y: number;
  let m: number;
  let d: number;
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (match) {
    y = Number(match[1]);
    m = Number(match[2]);
    d = Number(match[3]);
  } else {
    match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
    if (!match) return fail(`"${raw}" is not a date (expected YYYY-MM-DD or DD/MM/YYYY)`);
    d = Number(match[1]);
    m = Number(match[2]);
    y = Number(match[3]);
  }
  if (y >= BE_THRESHOLD) y -= BE_OFFSET;
  const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  if (dayOf(iso) === undefined) return fail(`"${raw}" is not a real calendar date`);
  return ok(iso);
}

/** A time of day HH:MM (also H:MM, HH.MM, HH:MM:SS, "8.30 น.") as minutes after midnight. */
export function parseTime(raw: string): Parsed<number> {
  const s = asciiDigits(raw.trim()).replace(/\s*น\.?$/, '');
  const m = /^(\d{1,2})[:.](\d{2})(?::(\d{2}))?$/.exec(s);
  if (!m) return fail(`"${raw}" is not a time (expected HH:MM)`);
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (h > 24 || min > 59 || (h === 24 && min > 0)) return fail(`"${raw}" is not a time of day`);
  return ok(h * 60 + min);
}

/** Baht with up to 2 decimals (thousands separators and "บาท" allowed) as integer satang. */
export function parseMoney(raw: string): Parsed<number> {
  const s = asciiDigits(raw.trim())
    .replace(/\s*(บาท|THB|฿)\s*/gi, '')
    .replace(/,(?=\d{3}(\D|$))/g, '');
  const v = satangOf(s);
  if (v === undefined) return fail(`"${raw}" is not an amount of baht`);
  if (v < 0) return fail(`"${raw}" is negative`);
  return ok(v);
}

/** A whole or decimal number (hours, days), non-negative. */
export function parseNumber(raw: string): Parsed<number> {
  const s = asciiDigits(raw.trim());
  if (!/^\d+(\.\d+)?$/.test(s)) return fail(`"${raw}" is not a non-negative number`);
  return ok(Number(s));
}

const YES = new Set(['yes', 'y', 'true', '1', 'ใช่', 'มี', 'x', '✓']);
const NO = new Set(['no', 'n', 'false', '0', 'ไม่ใช่', 'ไม่', 'ไม่มี']);
export function parseYesNo(raw: string): Parsed<boolean> {
  const s = raw.trim().toLowerCase();
  if (YES.has(s)) return ok(true);
  if (NO.has(s)) return ok(false);
  return fail(`"${raw}" is not yes or no`);
}

/** 13-digit Thai national ID checksum (mod 11). */
export function nationalIdChecksumOk(id: string): boolean {
  if (!/^\d{13}$/.test(id)) return false;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(id[i]) * (13 - i);
  return (11 - (sum % 11)) % 10 === Number(id[12]);
}
