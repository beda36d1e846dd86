import type { Reason } from '../findings/reasons.js';
import type { RawRow } from '../read/table.js';
import { columnAt, normaliseHeader } from './aliases.js';
import { type CellContext, canonicalCell } from './cells.js';
import { isMissingPunch } from './clock-rows.js';
import type { HeaderWords } from './header.js';
import { quoted, saidArgs } from './rejections.js';
import { cleanCell } from './values.js';

// Daily attendance summaries that print several in and out times on one row: numbered pairs
// (เข้า1, ออก1, เข้า2, ออก2; Time In 1 ... Time Out 2) or a lunch break's two punches between
// the day's first and last (เวลาเข้า, ออกพัก, กลับจากพัก, เวลาออก), and an overtime pair after
// them (เข้า OT, ออก OT). Each pair is a stretch of work; the time between pairs is a break whose
// place in the day is known.

/** The most pairs a row is read as (four in and out times is the widest summary seen). */
const MOST = 4;

/** Headers of the punch that starts a break: the end of the first pair. */
const BREAK_OUT = ['ออกพัก', 'พักออก', 'ออกพักกลางวัน', 'พักกลางวันออก', 'break out', 'lunch out', 'break start'];
/** Headers of the punch that ends a break: the start of the second pair. */
const BREAK_IN = ['กลับจากพัก', 'เข้าหลังพัก', 'พักเข้า', 'พักกลางวันเข้า', 'break in', 'lunch in', 'break end'];
const BREAK_OUT_KEYS = new Set(BREAK_OUT.map(normaliseHeader));
const BREAK_IN_KEYS = new Set(BREAK_IN.map(normaliseHeader));
/** Headers of an overtime stretch's in and out times: a pair after the day's others. */
const OT_IN = [
  'เข้า OT',
  'เข้าโอที',
  'เวลาเข้า OT',
  'เข้างาน OT',
  'OT In',
  'OT start',
  'Overtime In',
  'Overtime start',
];
const OT_OUT = [
  'ออก OT',
  'ออกโอที',
  'เวลาออก OT',
  'ออกงาน OT',
  'OT Out',
  'OT end',
  'Overtime Out',
  'Overtime end',
];
const OT_IN_KEYS = new Set(OT_IN.map(normaliseHeader));
const OT_OUT_KEYS = new Set(OT_OUT.map(normaliseHeader));

/** What one header is of a pair: the in (start) or out (end) time of pair `n`, or of the lunch break. */
export type PairPart =
  | { kind: 'numbered'; column: 'start' | 'end'; n: number }
  | { kind: 'break' | 'overtime'; column: 'start' | 'end' };

const DIGITS: Record<string, number> = { '๑': 1, '๒': 2, '๓': 3, '๔': 4 };
/** A header's words before its number, normalised as headers are (tone marks dropped). */
const BEFORE_NUMBER = ['ครั้งที่', 'รอบที่', 'รอบ', 'ช่วงที่', 'no'].map(normaliseHeader).join('|');
const NUMBERED = new RegExp(`^(.+?)(?:${BEFORE_NUMBER})?([1-4๑-๔])$`);

/**
 * The pair a normalised header names, by its start or end alias (`index`) and a number after it
 * (1-4, Thai digits, after ครั้งที่, รอบ or no.), or by a break-out or break-in word.
 */
export function pairPart(key: string, index: Map<string, string>): PairPart | undefined {
  if (BREAK_OUT_KEYS.has(key)) return { kind: 'break', column: 'end' };
  if (BREAK_IN_KEYS.has(key)) return { kind: 'break', column: 'start' };
  if (OT_IN_KEYS.has(key)) return { kind: 'overtime', column: 'start' };
  if (OT_OUT_KEYS.has(key)) return { kind: 'overtime', column: 'end' };
  const m = NUMBERED.exec(key);
  if (!m) return undefined;
  const column = index.get(m[1]);
  if (column !== 'start' && column !== 'end') return undefined;
  return { kind: 'numbered', column, n: DIGITS[m[2]] ?? Number(m[2]) };
}

export interface Pairs {
  /** Header indexes of each pair's in and out times, the first pair's being start and end's. */
  pairs: [number, number][];
  /** Headers that name half a pair, with why they are not read. */
  ignored: HeaderWords[];
  /** Headers that name one column twice. */
  conflicts: HeaderWords[];
  /**
   * The pairs record the day's breaks: a lunch break's two punches, or numbered pairs beyond the
   * first (the time between pairs is a break). An overtime pair after the day's one pair does not.
   */
  breaks?: true;
}

/**
 * The pairs of a header row: `parts` are the headers `pairPart` read, `start` and `end` the
 * header cells the start and end columns were otherwise mapped to (plain เวลาเข้า, เวลาออก).
 */
export function resolvePairs(
  header: string[],
  parts: { i: number; part: PairPart }[],
  start: number[] | undefined,
  end: number[] | undefined,
): Pairs {
  const ignored: HeaderWords[] = [];
  const conflicts: HeaderWords[] = [];
  // Each said as written and by position (--redact).
  const conflict = (f: (name: (i: number) => string) => string) =>
    conflicts.push({ text: f((i) => `"${header[i].trim()}"`), at: f((i) => String(i + 1)) });
  const unread = (i: number, why: string) =>
    ignored.push({ text: `${header[i].trim()} (${why})`, at: columnAt(i) });
  const numbered = new Map<number, { start?: number; end?: number }>();
  const breaks: { start?: number; end?: number } = {};
  const overtime: { start?: number; end?: number } = {};
  for (const { i, part } of parts) {
    let slot = part.kind === 'break' ? breaks : overtime;
    if (part.kind === 'numbered') {
      slot = numbered.get(part.n) ?? {};
      numbered.set(part.n, slot);
    }
    const prior = slot[part.column];
    if (prior !== undefined)
      conflict((name) => `columns ${name(prior)} and ${name(i)} both map to ${part.column}`);
    else slot[part.column] = i;
  }
  const plain = (idx: number[] | undefined) => (idx?.length === 1 ? idx[0] : undefined);
  const first = numbered.get(1) ?? {};
  for (const column of ['start', 'end'] as const) {
    const given = plain(column === 'start' ? start : end);
    const firstOf = first[column];
    if (firstOf !== undefined && given !== undefined)
      conflict((name) => `columns ${name(given)} and ${name(firstOf)} both map to ${column}`);
    first[column] ??= given;
  }
  const pairs: [number, number][] = [];
  if (breaks.start !== undefined || breaks.end !== undefined) {
    const half = Math.min(breaks.start ?? Number.POSITIVE_INFINITY, breaks.end ?? Number.POSITIVE_INFINITY);
    if (numbered.size > 0)
      conflict((name) => `break punch column ${name(half)} beside numbered in and out columns`);
    else if (breaks.start === undefined || breaks.end === undefined)
      unread(half, 'a break punch without the other one');
    else if (first.start !== undefined && first.end !== undefined) {
      pairs.push([first.start, breaks.end], [breaks.start, first.end]);
      return withOvertime({ pairs, ignored, conflicts, breaks: true }, overtime, header);
    }
    return withOvertime({ pairs, ignored, conflicts }, overtime, header);
  }
  if (first.start !== undefined && first.end !== undefined) pairs.push([first.start, first.end]);
  for (let n = 1; n <= MOST; n++) {
    const p = numbered.get(n);
    if (!p) continue;
    if (n > 1 && p.start !== undefined && p.end !== undefined) pairs.push([p.start, p.end]);
    else if (p.start === undefined || p.end === undefined) {
      const half = (p.start ?? p.end)!;
      if (n > 1 || numbered.get(1) !== undefined)
        unread(half, `no ${p.start === undefined ? 'in' : 'out'} time ${n} beside it`);
    }
  }
  const r: Pairs = { pairs, ignored, conflicts };
  if (pairs.length > 1) r.breaks = true;
  return withOvertime(r, overtime, header);
}

/** The overtime pair after the day's others, when both its times have a column (and the day has a pair). */
function withOvertime(r: Pairs, overtime: { start?: number; end?: number }, header: string[]): Pairs {
  if (overtime.start === undefined && overtime.end === undefined) return r;
  if (overtime.start === undefined || overtime.end === undefined) {
    const half = (overtime.start ?? overtime.end)!;
    r.ignored.push({
      text: `${header[half].trim()} (an overtime time without the other one)`,
      at: columnAt(half),
    });
  } else if (r.pairs.length > 0) r.pairs.push([overtime.start, overtime.end]);
  return r;
}

// ---- rows ----

type PairTimes = { start: string; end: string }[];
type PairRefusal = { column: string; error: string; why?: Reason; value?: string };

/**
 * The in and out times of a row's pairs that hold any (a pair with both blank was not worked), as
 * the start and end columns read them; a pair with one time only, a missing-punch mark or an
 * unreadable time is the row's rejection.
 */
export function rowPairs(row: RawRow, pairs: [number, number][], ctx: CellContext): PairTimes | PairRefusal {
  const times: PairTimes = [];
  for (const pair of pairs) {
    const got = { start: '', end: '' };
    for (const [k, column] of (['start', 'end'] as const).entries()) {
      const cell = cleanCell(row.cells[pair[k]] ?? '');
      if (cell === '') continue;
      const mark = punchMark(column, cell);
      if (mark) return { column, error: mark[0], why: mark[1], value: cell };
      const c = canonicalCell(column, cell, ctx);
      if (!c.ok) return { column, error: c.error, why: c.why, value: cell };
      got[column] = c.value;
    }
    if (got.start === '' && got.end === '') continue;
    if (got.start === '' || got.end === '') {
      const [column, present] = got.start === '' ? ['start', got.end] : ['end', got.start];
      const [error, why] = saidArgs(column === 'start' ? 'missing_in_punch' : 'missing_out_punch', {
        value: present,
      });
      return { column, error, why, value: present };
    }
    times.push(got);
  }
  return times;
}

/** The pairs' headers, for a note or a refusal: as written, or by position (--redact). */
export const pairsText = (header: string[], pairs: [number, number][], byPosition = false) =>
  pairs
    .map(([a, b]) =>
      byPosition ? `${columnAt(a)}-${columnAt(b)}` : `${header[a].trim()}-${header[b].trim()}`,
    )
    .join(', ');

/** Leave and absence marks an attendance report writes where a day's times would be. */
const ABSENCE_MARK = new Set([
  'ลา',
  'ลาป่วย',
  'ลากิจ',
  'ลาพักร้อน',
  'ลาคลอด',
  'ขาด',
  'ขาดงาน',
  'หยุด',
  'วันหยุด',
  'off',
  'day off',
  'absent',
  'leave',
  'sick leave',
  'annual leave',
]);

/** Whether a start or end cell holds a leave or absence mark (ลา, ขาด, หยุด, OFF) rather than a time. */
export const isAbsenceMark = (raw: string) => ABSENCE_MARK.has(cleanCell(raw).toLowerCase());

/**
 * The rejection of a start or end cell that holds no time: a missing-punch mark (-, ลืมสแกน) or a
 * leave or absence mark (ลา, ขาด, หยุด, OFF). Either way the day's work is not counted, and is
 * unknown to the checks that compare it with the payroll (paid leave is paid, not worked).
 */
export function punchMark(column: 'start' | 'end', raw: string): [string, Reason] | undefined {
  if (isMissingPunch(raw))
    return saidArgs(column === 'start' ? 'missing_in_punch' : 'missing_out_punch', { value: quoted(raw) });
  if (isAbsenceMark(raw)) return saidArgs('absence_mark', { value: quoted(raw) });
  return undefined;
}
