import { SpanRow } from '../read/span-row.js';
import type { RawRow } from '../read/table.js';
import type { Mapping } from './header.js';
import { parseMoney } from './values.js';

// Rows of an export's layout, not of its table: skipped and counted, never rejected, so that a
// clean export gives a clean run.
// - Heading rows: payroll and HR programs group employees under a row naming the group
//   (แผนก: ฝ่ายผลิต, Department: Production, พนักงานรายวัน), one cell of text and the rest
//   empty, under the header and again between the groups.
// - Unused template rows: an Excel payroll template is filled in from the top, and its rows
//   below the data keep their formulas (=C12*D12, =IF(B12="","",...)), saved as 0 or empty text,
//   with no employee's id or name.
// A row of data that lacks its id still has its dates or amounts, and is read (and rejected).

/** The cells of a file's columns that decide whether a row is one of its layout. */
export interface LayoutCells {
  /** The employee_id cells. */
  key: readonly number[];
  /**
   * Cells no canonical column reads whose header is a sequence (ลำดับ, No., #) or blank: text
   * alone there names a group; a number there numbers a row of the template.
   */
  sequence: readonly number[];
  /** Date and time cells: 0 there is a date or midnight, never a template's zero. */
  dated: readonly number[];
}

/** A sequence column's header (ลำดับ, No., #), compared trimmed. */
const SEQUENCE = /^(?:ลำดับ(?:ที่)?|ที่|no\.?|#|seq(?:uence)?|item|sr\.?\s*no\.?|s\/n)$/i;
/** Columns whose 0 is a date or midnight (hours and punch lists). */
const DATED = new Set(['date', 'datetime', 'time', 'start', 'end']);

/** The layout cells of a file's header as mapped. */
export function layoutCells(header: readonly string[], mapping: Mapping): LayoutCells {
  const read = new Set<number>();
  for (const cells of mapping.byColumn.values()) for (const i of cells) read.add(i);
  for (const pair of mapping.pairs ?? []) for (const i of pair) read.add(i);
  const sequence: number[] = [];
  header.forEach((h, i) => {
    if (!read.has(i) && (h.trim() === '' || SEQUENCE.test(h.trim()))) sequence.push(i);
  });
  return {
    key: mapping.byColumn.get('employee_id') ?? [],
    sequence,
    dated: [
      ...[...mapping.byColumn].filter(([c]) => DATED.has(c)).flatMap(([, cells]) => cells),
      ...(mapping.pairs ?? []).flat(),
    ],
  };
}

/** Words a group heading opens with: a department, section, branch, site, kind of employee. */
const HEADING =
  /^(?:แผนก|ฝ่าย|หน่วยงาน|ส่วนงาน|สาขา|สังกัด|กลุ่ม|โรงงาน|ไลน์|สายการผลิต|ศูนย์ต้นทุน|ประเภทพนักงาน|พนักงานราย|ทีม|department|dept|division|section|branch|cost\s*cent(?:er|re)|team|unit|site|location|group|plant|factory|office|line|shift|employee\s*type)(?![a-z])/i;
/** A label, a colon, then its value: "แผนก: ฝ่ายผลิต", "Cost centre: 1001" (no figure in the label). */
const LABELLED = /^[^:：0-9๐-๙]{1,40}[:：]\s*\S/;
/** An employee id of letters then digits (Dept01, SEC-2): an employee's, never a heading. */
const LETTERS_THEN_DIGITS = /^[A-Za-z]{1,12}[-_./]?\d+$/;
/** A note or a printing line (หมายเหตุ: ..., Printed: 05/02/2568): the footer's to judge, as before. */
const NOTE = /^(?:หมายเหตุ|note|remark|print|พิมพ์|วันที่พิมพ์|ผู้พิมพ์)/i;
const LETTER = /[A-Za-z\u0e01-\u0e2e]/;
const FIGURE = /[0-9๐-๙]/;
const THAI_OR_SPACE = /[\u0e01-\u0e2e\s]/;

/** Whether cell i of the row is blank, read from its characters where it can be (the hours' rows). */
function blankAt(row: RawRow, i: number): boolean {
  if (row instanceof SpanRow) {
    if (i >= row.count) return true;
    for (let k = row.from(i), to = row.to(i); k < to; k++) if (row.text.charCodeAt(k) > 0x20) return false;
    return true;
  }
  const c = row.cells[i];
  return c === undefined || c.trim() === '';
}

/**
 * Whether the row is a group heading or an unused template row. A heading's text is left to the
 * caller to tell from a totals or signature line (footer.ts), which are the footer's.
 */
export function layoutRow(row: RawRow, cells: LayoutCells): 'heading' | 'template' | undefined {
  const width = row instanceof SpanRow ? row.count : row.cells.length;
  // Asked of every row of a table: a loop, not a closure made per row.
  let keyed = false;
  for (const i of cells.key)
    if (!blankAt(row, i)) {
      keyed = true;
      break;
    }
  // Almost every row: its id and another cell are filled.
  let filled = -1;
  for (let i = 0; i < width; i++) {
    if (blankAt(row, i)) continue;
    if (filled !== -1 && keyed) return undefined;
    if (filled === -1) filled = i;
    else filled = -2;
  }
  if (filled === -1) return undefined;
  if (filled >= 0 && heading(row.cells[filled].trim(), filled, cells)) return 'heading';
  return !keyed && template(row, cells) ? 'template' : undefined;
}

/** The one filled cell of a row names a group: text, and not an id, a name or a figure alone. */
function heading(text: string, at: number, cells: LayoutCells): boolean {
  if (!LETTER.test(text) || LETTERS_THEN_DIGITS.test(text) || NOTE.test(text)) return false;
  if (HEADING.test(text) || LABELLED.test(text)) return true;
  // Text alone in a sequence column; in the id column, text no id is (Thai letters, words).
  if (cells.sequence.includes(at)) return true;
  return cells.key.includes(at) && !FIGURE.test(text) && THAI_OR_SPACE.test(text);
}

/** No id, and every filled cell a zero (a formula's saved 0, "-") or the row's number in a sequence column. */
function template(row: RawRow, cells: LayoutCells): boolean {
  const all = row.cells;
  for (let i = 0; i < all.length; i++) {
    const c = all[i].trim();
    if (c === '') continue;
    if (cells.dated.includes(i)) return false;
    const zero = parseMoney(c);
    if (zero.ok && zero.value === 0) continue;
    if (cells.sequence.includes(i) && /^\d+$/.test(c)) continue;
    return false;
  }
  return true;
}
