import { SpanRow } from '../read/span-row.js';
import type { RawRow } from '../read/table.js';
import { normaliseValue } from './aliases.js';
import { type LayoutCells, layoutRow } from './layout-rows.js';

// Exports end in a totals block and signature lines (รวม 15 คน, สรุปยอดรวม, Total, ผู้จัดทำ ....).
// They are not employees: such rows are skipped and counted, not rejected, so that a clean file
// gives a clean run.

/** First cells that open a totals row, compared after `normaliseValue`, as a prefix. */
const TOTAL_LABELS = ['รวม', 'ยอดรวม', 'สรุป', 'total', 'grandtotal', 'subtotal', 'sum'].map(normaliseValue);

/** "3 คน", "12 persons": a count of people where a totals row has the employee key. */
const HEAD_COUNT = /^\d+\s*(คน|ราย|persons?|people|employees?)$/i;

/**
 * Letters then digits ("SUM01", "Total-2"): an employee id that opens with a label word, never a
 * totals row's label (a label is followed by a space, a colon or nothing before its count).
 */
const LETTERS_THEN_DIGITS = /^[A-Za-z]{1,12}[-_./]?\d+$/;

/** A bare number in the key cell ("3", "1,250"): a head count, or an employee id that is a number. */
const COUNT = /^(\d+|\d{1,3}(,\d{3})+)$/;

/** The words a totals row's label is, whole (exported for the tests' own reading of a label). */
export const WHOLE_TOTAL_LABELS: readonly string[] = [
  'รวม',
  'รวมทั้งสิ้น',
  'รวมทั้งหมด',
  'รวมยอด',
  'ยอดรวม',
  'ยอดรวมทั้งสิ้น',
  'สรุป',
  'สรุปยอด',
  'สรุปรวม',
  'สรุปยอดรวม',
  'total',
  'totals',
  'grandtotal',
  'subtotal',
  'sum',
];

/**
 * A cell that is a totals label and nothing else, after `normaliseValue`: the whole label, then
 * at most a colon and a head count ("รวม", "รวมทั้งสิ้น 3 คน", "Grand total:", "Total (12)"). Not a
 * prefix: รวมพล (a name), Total Quality (a department), Summary notes are not labels here.
 */
const WHOLE_LABEL = new RegExp(
  `^(?:${WHOLE_TOTAL_LABELS.map(normaliseValue).join(
    '|',
  )})${/[:：]?(?:\(?\d+(?:คน|ราย|persons?|people|employees?)?\)?)?$/.source}`,
);

/** Lower-case ASCII letters that open a label (t, g, s): an upper-case one is 32 below. */
const OPENING = new Set(TOTAL_LABELS.filter((l) => l.charCodeAt(0) < 0x80).map((l) => l.charCodeAt(0)));
/** What normaliseValue drops or trims from ASCII text: white space, dots, underscores, hyphens. */
const DROPPED = new Set([9, 10, 11, 12, 13, 32, 0x2e, 0x5f, 0x2d]);

/** Thai consonants (ก-ฮ) and leading vowels (เ-ไ) a Thai label does not open with (they open with ร, ย, ส). */
const THAI_OPENING = new Set(
  TOTAL_LABELS.map((l) => l.charCodeAt(0)).filter((c) => c >= 0x0e00 && c < 0x0e80),
);
const thaiNotOpening = (c: number) =>
  ((c >= 0x0e01 && c <= 0x0e2e) || (c >= 0x0e40 && c <= 0x0e44)) && !THAI_OPENING.has(c);

/**
 * Whether the cell cannot be a totals label, read without normalising it: its first character
 * normaliseValue keeps is ASCII and opens no label, or is a Thai consonant or leading vowel that
 * opens none (a name: นาย..., มานพ). This is every row's first cell (an employee id as a rule),
 * and the cells of unmapped columns, so it is kept off the per-row path. Normalisation (NFC,
 * lower case) never turns such a character into one that opens a label (NFC leaves a leading
 * Thai letter as it is); anything else gets the full comparison.
 */
function plainlyNotTotal(cell: string, from = 0, to = cell.length): boolean {
  for (let i = from; i < to; i++) {
    const c = cell.charCodeAt(i);
    if (DROPPED.has(c)) continue;
    if (c >= 0x80) return thaiNotOpening(c);
    return !OPENING.has(c >= 0x41 && c <= 0x5a ? c + 32 : c);
  }
  return true;
}

/** A row whose first cell opens with printable ASCII other than a space, and with no totals label. */
function opensPlainly(row: RawRow): boolean {
  if (row instanceof SpanRow) {
    if (row.count === 0) return false;
    const from = row.from(0);
    const c = row.text.charCodeAt(from);
    return from < row.to(0) && c > 0x20 && c < 0x7f && plainlyNotTotal(row.text, from, row.to(0));
  }
  const cell = row.cells[0] ?? '';
  const c = cell.charCodeAt(0);
  return c > 0x20 && c < 0x7f && plainlyNotTotal(cell);
}

export function isTotalLabel(cell: string): boolean {
  if (plainlyNotTotal(cell)) return false;
  const v = normaliseValue(cell);
  return v !== '' && TOTAL_LABELS.some((l) => v.startsWith(l));
}

/** Whether the cell is a totals label and nothing else (`WHOLE_LABEL`), not a word that opens with one. */
export function isWholeTotalLabel(cell: string): boolean {
  if (plainlyNotTotal(cell)) return false;
  return WHOLE_LABEL.test(normaliseValue(cell));
}

/** Whether cell i of the row cannot be a totals label, read from its characters where it can be. */
function plainlyNoLabelAt(row: RawRow, i: number): boolean {
  if (row instanceof SpanRow) return i >= row.count || plainlyNotTotal(row.text, row.from(i), row.to(i));
  return plainlyNotTotal(row.cells[i] ?? '');
}

/**
 * Whether a label cell of the row holds a whole totals label: one before the employee id, or
 * one after it when every cell before the id is blank. A row numbered before its id (ลำดับ 4)
 * whose name after the id reads "Sum" is an employee's, not a totals row.
 */
function wholeLabelIn(row: RawRow, labelCells: readonly number[], keyCells: number[]): boolean {
  const firstKey = keyCells.length ? Math.min(...keyCells) : 0;
  let numbered = false;
  for (let i = 0; i < firstKey; i++) {
    const c = row.cells[i] ?? '';
    if (isWholeTotalLabel(c)) return true;
    if (c.trim() !== '') numbered = true;
  }
  return !numbered && labelCells.some((i) => i > firstKey && isWholeTotalLabel(row.cells[i] ?? ''));
}

/** Whether one of the cells holds a figure (Arabic or Thai digits), as every date and time does. */
const figureIn = (row: RawRow, cells: number[]) => cells.some((i) => /[0-9๐-๙]/.test(row.cells[i] ?? ''));

/**
 * What a signature or printed-by line opens with (ลงชื่อ ........, ผู้จัดทำ ........, Printed by
 * admin), in lower case after any opening bracket; or a line to sign on (........, ______).
 */
const SIGNATURE =
  /^(?:ลงชื่อ|ลงนาม|ผู้จัดทำ|ผู้ตรวจสอบ|ผู้อนุมัติ|ผู้รับรอง|ผู้บันทึก|ผู้พิมพ์|พิมพ์โดย|พิมพ์เมื่อ|ผู้จ่ายเงิน|ผู้รับเงิน|printed|print by|prepared by|approved by|checked by|verified by|reviewed by|signed|signature|authori[sz]ed by)/;
const SIGN_ON = /[.…_]{3,}/;
const FIGURE = /[0-9๐-๙]/;

/** Whether cell 0 holds a figure, read from its characters where it can be: most rows' (an id, a sequence number). */
function figureInFirst(row: RawRow): boolean {
  if (row instanceof SpanRow) {
    if (row.count === 0) return false;
    for (let i = row.from(0), to = row.to(0); i < to; i++) {
      const c = row.text.charCodeAt(i);
      if ((c >= 0x30 && c <= 0x39) || (c >= 0x0e50 && c <= 0x0e59)) return true;
    }
    return false;
  }
  return FIGURE.test(row.cells[0] ?? '');
}

/**
 * A signature or printed-by line: its first non-empty cell is text with no figure that opens
 * with a signature word or holds a line to sign on, and no date, time or amount cell
 * (`figureCells`) holds a figure. Under the data with nothing between, it is skipped only when
 * nothing but such lines (or other footer rows) follow it: in the middle of the data it is read.
 */
function signatureLine(row: RawRow, figureCells: readonly number[]): boolean {
  if (figureInFirst(row)) return false;
  const first = row.cells.find((c) => c.trim() !== '');
  if (first === undefined || FIGURE.test(first)) return false;
  const text = first
    .trim()
    .replace(/^[([{\s]+/, '')
    .toLowerCase();
  if (!SIGNATURE.test(text) && !SIGN_ON.test(text)) return false;
  return !figureIn(row, figureCells as number[]);
}

export interface FooterOptions {
  /** Skip totals rows and non-employee rows after a blank row (default true; profile `skip_footer`). */
  skipFooter: boolean;
  /** Skip every row after the first blank row (profile `stop_at_blank`). */
  stopAtBlank: boolean;
  /**
   * The rows are punches: after the table's end, a row without an employee id whose date or time
   * cells hold a figure is still a punch, of someone (its days are unknown), and is read to be
   * rejected as such, not skipped. A signature line's text in those cells (ผู้ตรวจสอบ ....) has
   * no figure: a date or a time always has one.
   */
  unkeyedPunches?: boolean;
  /** The cells of date, time and amount columns: a signature line has no figure in them (`signatureLine`). */
  figureCells?: readonly number[];
  /** Group headings and unused template rows are told by these cells (layout-rows.ts); none without. */
  layout?: LayoutCells;
}

/** Where the reading of a table stands: a file parsed in batches carries it from one to the next. */
export interface FooterState {
  /** Line of the last row seen (the header's before any). */
  previous: number;
  /** A blank row or a totals row has been met. */
  broken: boolean;
  /** Footer lines skipped so far. */
  skipped: number[];
  /** Group heading rows skipped so far (layout-rows.ts). */
  headings?: number[];
  /** Unused template rows skipped so far (layout-rows.ts). */
  templates?: number[];
  /**
   * Signature lines met since the last row of the table, not yet known to end it: read with the
   * next row of the table if one comes, skipped if a footer row or the end of the file does
   * (`endFooter`).
   */
  pending?: RawRow[];
}

/** At the end of the file: the signature lines still pending end it, and are skipped. Returns how many. */
export function endFooter(state: FooterState): number {
  const pending = state.pending ?? [];
  for (const r of pending) state.skipped.push(r.line);
  state.pending = [];
  return pending.length;
}

export interface FooterSplit {
  rows: RawRow[];
  /** Footer rows skipped. */
  skipped: RawRow[];
  /** Group headings and unused template rows skipped (layout-rows.ts). */
  layout: number;
}

/**
 * Separates footer rows from the table's rows. `keyCells` are the employee_id cell indexes,
 * `requiredCells` those of the other required columns, `labelCells` the cells a totals label
 * may stand in besides the first: those before the employee id and those of no canonical
 * column (ลำดับ, a name column a payroll does not map). A blank row shows as a gap in line
 * numbers (the reader drops rows of empty cells). A row is a footer when its first non-empty
 * cell is a totals label and its key is blank, that label or a head count; when a label cell
 * holds a totals label and nothing else (`isWholeTotalLabel`) and its key is a bare number (the
 * head count "รวม,3,...,31,200" puts where the id goes, which may be an employee's id too); or
 * when it comes after a blank row or a totals row and lacks the key or every other required value.
 */
export function splitFooter(
  rows: RawRow[],
  state: FooterState,
  keyCells: number[],
  requiredCells: number[],
  o: FooterOptions,
  labelCells: readonly number[] = [],
): FooterSplit {
  const kept: RawRow[] = [];
  const skipped: RawRow[] = [];
  const headings: number[] = [];
  const templates: number[] = [];
  // Signature lines waiting for what follows them: a row of the table, or the footer's end.
  const pending = state.pending ?? [];
  const keep = (row: RawRow) => {
    if (pending.length) kept.push(...pending.splice(0));
    kept.push(row);
  };
  const skip = (row: RawRow) => {
    if (pending.length) skipped.push(...pending.splice(0));
    skipped.push(row);
  };
  const figureCells = o.figureCells ?? [];
  let { previous, broken } = state;
  const filled = (row: RawRow, cells: number[]) => cells.some((i) => (row.cells[i] ?? '').trim() !== '');
  // The first cell is told by opensPlainly; the other label cells by their characters, where they can be.
  const laterLabels = labelCells.filter((i) => i > 0);
  const noLaterLabel = (row: RawRow) => laterLabels.every((i) => plainlyNoLabelAt(row, i));
  for (const row of rows) {
    if (row.line > previous + 1) broken = true;
    previous = row.line;
    if (row.problem) {
      keep(row);
      continue;
    }
    if (o.stopAtBlank && broken) {
      skip(row);
      continue;
    }
    if (!o.skipFooter) {
      keep(row);
      continue;
    }
    // A group's heading or a template's unused row, wherever it stands; a totals, signature or
    // note line of one cell is the footer's. Neither ends the table nor settles a pending line.
    const layout = o.layout && layoutRow(row, o.layout);
    if (layout === 'template' || (layout === 'heading' && !footerLine(row, figureCells))) {
      (layout === 'heading' ? headings : templates).push(row.line);
      continue;
    }
    // Right under the data: after a blank or totals row the rules below skip such a line already.
    if (!broken && signatureLine(row, figureCells)) {
      pending.push(row);
      continue;
    }
    // Almost every row, before any blank or totals row: its first cell opens with a printable
    // ASCII character (so it is the first non-blank cell) and is plainly no totals label.
    if (!broken && opensPlainly(row) && noLaterLabel(row)) {
      keep(row);
      continue;
    }
    const first = row.cells.find((c) => c.trim() !== '') ?? '';
    const key = keyCells.map((i) => row.cells[i] ?? '').find((c) => c.trim() !== '') ?? '';
    // A totals label whose key cell is blank, the label itself or a head count ("3 คน"), or any
    // totals label once the table has ended.
    const keyNotAnEmployee = key === '' || key.trim() === first.trim() || HEAD_COUNT.test(key.trim());
    if (isTotalLabel(first) && !LETTERS_THEN_DIGITS.test(first.trim()) && (keyNotAnEmployee || broken)) {
      skip(row);
      broken = true;
      continue;
    }
    // A whole totals label in a label cell with a bare number for its key: the number is a head
    // count, even when it is also an employee's id (3 employees, ids 1-3: "รวม,3,...,31,200").
    if (COUNT.test(key.trim()) && wholeLabelIn(row, labelCells, keyCells)) {
      skip(row);
      broken = true;
      continue;
    }
    const unkeyed = key.trim() === '' && !(o.unkeyedPunches && figureIn(row, requiredCells));
    if (broken && (unkeyed || (requiredCells.length > 0 && !filled(row, requiredCells)))) {
      skip(row);
      continue;
    }
    keep(row);
  }
  state.previous = previous;
  state.broken = broken;
  state.pending = pending;
  for (const r of skipped) state.skipped.push(r.line);
  if (headings.length) state.headings = (state.headings ?? []).concat(headings);
  if (templates.length) state.templates = (state.templates ?? []).concat(templates);
  return { rows: kept, skipped, layout: headings.length + templates.length };
}

/** A row of one cell that is the footer's: a totals label or a signature line. */
function footerLine(row: RawRow, figureCells: readonly number[]): boolean {
  const first = row.cells.find((c) => c.trim() !== '') ?? '';
  return isTotalLabel(first) || signatureLine(row, figureCells);
}
