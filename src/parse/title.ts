import { EN_MONTHS, THAI_MONTHS } from '../base/calendar.js';
import type { RawRow } from '../read/table.js';
import { warned } from './rejections.js';
import { BE_THRESHOLD, cleanCell, parseDate, parsePeriod } from './values.js';

// Thai payroll exports often give the pay period once, in a title row above the table
// ("ช่วงเวลา: 1 สิงหาคม 2568 - 31 สิงหาคม 2568", "งวดวันที่ 01/08/2568 ถึง 31/08/2568",
// "Period: 2025-08-01 to 2025-08-31"), and not on each row.

export interface TitlePeriod {
  start: string;
  end: string;
  /** The title row's line and text, for the warning. */
  line: number;
  text: string;
  /** Read from the one month the title rows name (its first to last day), not from two dates. */
  month?: { be: boolean };
}

const LABEL = /(ช่วงเวลา|งวด(?:วันที่|ประจำ)?|ประจำงวด|รอบ(?:วันที่)?|period|pay period|from)\s*[:：]?\s*/i;
const SEPARATOR = /\s+(?:-|–|ถึง|to|until)\s+|\s*(?:–|ถึง)\s*/i;

/** The first title row (above the header) that names a period of two dates, start before end. */
export function periodInTitle(rows: RawRow[]): TitlePeriod | undefined {
  for (const row of rows) {
    const text = row.cells
      .map((c) => c.trim())
      .filter(Boolean)
      .join(' ');
    const label = LABEL.exec(text);
    if (!label) continue;
    const rest = text.slice(label.index + label[0].length).replace(/^(?:วันที่|ตั้งแต่(?:วันที่)?)\s*/, '');
    const parts = rest.split(SEPARATOR);
    if (parts.length !== 2) continue;
    const start = parseDate(parts[0].trim());
    const end = parseDate(parts[1].replace(/^วันที่\s*/, '').trim());
    if (!start.ok || !end.ok || end.value < start.value) continue;
    return { start: start.value, end: end.value, line: row.line, text };
  }
  return undefined;
}

/** The columns a payroll gives its period in, and a profile's constants for them. */
const PERIOD_COLUMNS = ['period_start', 'period_end', 'pay_period'];

/**
 * The pay period of a payroll's title rows: two dates (`periodInTitle`), or else, when the file
 * has no period column at all, the one month they name (`monthInTitle`).
 */
export function payPeriodInTitle(
  rows: RawRow[],
  mapping: { byColumn: Map<string, number[]> },
  constants: Record<string, string> | undefined,
): TitlePeriod | undefined {
  const dated = periodInTitle(rows);
  if (dated) return dated;
  if (PERIOD_COLUMNS.some((c) => mapping.byColumn.has(c) || constants?.[c] !== undefined)) return undefined;
  return monthInTitle(rows);
}

// Month names as titles print them: Thai in full or abbreviated (มกราคม, ม.ค.), English in full
// or in three letters. The short Thai forms (มกรา, กันยา) are also words and names: not read.
const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const THAI_NAMES = THAI_MONTHS.flatMap((m) => [m.full, m.abbr, m.abbr.replace(/\.$/, '')]);
const EN_NAMES = EN_MONTHS.flatMap((m) => [m, m.slice(0, 3)]).concat('Sept');
const MONTH_NAME = new RegExp(
  `(${[...THAI_NAMES]
    .sort((a, b) => b.length - a.length)
    .map(literal)
    .join('|')})|(?<![A-Za-z])(${EN_NAMES.sort((a, b) => b.length - a.length).join('|')})(?![A-Za-z])`,
  'gi',
);
/** What may follow a month's name to make it a month: an era, then a year of four digits. */
const YEAR_AFTER =
  /^[\s,]*((?:พ\s*\.?\s*ศ\s*\.?|ค\s*\.?\s*ศ\s*\.?|b\.?\s?e\.?|a\.?\s?d\.?|c\.?\s?e\.?)\s*)?(\d{4})(?!\d)/i;
/** A day before the name: the title names a date (ณ วันที่ 31 มกราคม 2568), not a month. */
const DAY_BEFORE = /(?:^|\D)\d{1,2}\s*$/;

/**
 * The month the title rows name, as a pay period from its first to its last day: a payroll
 * headed "รายงานเงินเดือน ประจำเดือน มกราคม 2568" or "Payroll for January 2025". Only when they
 * name one month, once or more, always with the same year, and no date in words: two months, a
 * day of a month, or a month without its year say no period, and none is guessed.
 */
export function monthInTitle(rows: RawRow[]): TitlePeriod | undefined {
  let found: TitlePeriod | undefined;
  for (const row of rows) {
    const text = cleanCell(
      row.cells
        .map((c) => c.trim())
        .filter(Boolean)
        .join(' '),
    );
    for (const m of text.matchAll(MONTH_NAME)) {
      const before = text.slice(0, m.index);
      const after = YEAR_AFTER.exec(text.slice(m.index + m[0].length));
      if (DAY_BEFORE.test(before) || !after) return undefined;
      const p = parsePeriod(`${m[0]} ${after[1] ?? ''}${after[2]}`);
      if (!p.ok) return undefined;
      if (found && (found.start !== p.value.start || found.end !== p.value.end)) return undefined;
      const be = Number(after[2]) >= BE_THRESHOLD || /^(พ|b)/i.test(after[1] ?? '');
      found ??= { ...p.value, line: row.line, text, month: { be } };
    }
  }
  return found;
}

/**
 * The warning for a period read from the title rows. A month's quotes no cell: the dates and
 * the line say what was read.
 */
export function titlePeriodWarning(t: TitlePeriod) {
  if (!t.month)
    return warned('period_from_title', { start: t.start, end: t.end, line: t.line, text: t.text });
  return warned('period_month_from_title', {
    start: t.start,
    end: t.end,
    line: t.line,
    era: t.month.be ? '; its year is Buddhist era (year - 543)' : '',
    era_th: t.month.be ? ' ปีเป็นพุทธศักราช (ปี - 543)' : '',
  });
}

/** validate's note of the month read from a title row. */
export function titleMonthNote(t: TitlePeriod): string {
  return `pay period ${t.start}..${t.end} read from the month named on line ${t.line}, its first day to its last${t.month?.be ? ' (a Buddhist-era year, year - 543)' : ''}`;
}
