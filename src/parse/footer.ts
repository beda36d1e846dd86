import { SpanRow } from '../read/span-row.js';
import type { RawRow } from '../read/table.js';
import { normaliseValue } from './aliases.js';

// Exports end in a totals block and signature lines (รวม 15 คน, สรุปยอดรวม, Total, ผู้จัดทำ ....).
// They are not employees: such rows are skipped and counted, not rejected, so that a clean file
// gives a clean run.

/** First cells that open a totals row, compared after `normaliseValue`, as a prefix. */
const TOTAL_LABELS = ['รวม', 'ยอดรวม', 'สรุป', 'total', 'grandtotal', 'subtotal', 'sum'].map(normaliseValue);

/** "3 คน", "12 persons": a count of people where a totals row has the employee key. */
const HEAD_COUNT = /^\d+\s*(คน|ราย|persons?|people|employees?)$/i;

/** Lower-case ASCII letters that open a label (t, g, s): an upper-case one is 32 below. */
const OPENING = new Set(TOTAL_LABELS.filter((l) => l.charCodeAt(0) < 0x80).map((l) => l.charCodeAt(0)));
/** What normaliseValue drops or trims from ASCII text: white space, dots, underscores, hyphens. */
const DROPPED = new Set([9, 10, 11, 12, 13, 32, 0x2e, 0x5f, 0x2d]);

/**
 * Whether the cell cannot be a totals label, read without normalising it: its first character
 * normaliseValue keeps is ASCII and opens no label. This is every row's first cell (an employee
 * id as a rule), so it is kept off the per-row path. Normalisation (NFC, lower case) never turns
 * such a character into one that opens a label; anything else gets the full comparison.
 */
function plainlyNotTotal(cell: string, from = 0, to = cell.length): boolean {
  for (let i = from; i < to; i++) {
    const c = cell.charCodeAt(i);
    if (DROPPED.has(c)) continue;
    if (c >= 0x80) return false;
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

export interface FooterOptions {
  /** Skip totals rows and non-employee rows after a blank row (default true; profile `skip_footer`). */
  skipFooter: boolean;
  /** Skip every row after the first blank row (profile `stop_at_blank`). */
  stopAtBlank: boolean;
}

/** Where the reading of a table stands: a file parsed in batches carries it from one to the next. */
export interface FooterState {
  /** Line of the last row seen (the header's before any). */
  previous: number;
  /** A blank row or a totals row has been met. */
  broken: boolean;
  /** Lines skipped so far. */
  skipped: number[];
}

export interface FooterSplit {
  rows: RawRow[];
  skipped: RawRow[];
}

/**
 * Separates footer rows from the table's rows. `keyCells` are the employee_id cell indexes,
 * `requiredCells` those of the other required columns. A blank row shows as a gap in line
 * numbers (the reader drops rows of empty cells). A row is a footer when its first non-empty
 * cell is a totals label and its key is blank or that label, or when it comes after a blank row
 * or a totals row and lacks the key or every other required value.
 */
export function splitFooter(
  rows: RawRow[],
  state: FooterState,
  keyCells: number[],
  requiredCells: number[],
  o: FooterOptions,
): FooterSplit {
  const kept: RawRow[] = [];
  const skipped: RawRow[] = [];
  let { previous, broken } = state;
  const filled = (row: RawRow, cells: number[]) => cells.some((i) => (row.cells[i] ?? '').trim() !== '');
  for (const row of rows) {
    if (row.line > previous + 1) broken = true;
    previous = row.line;
    if (row.problem) {
      kept.push(row);
      continue;
    }
    if (o.stopAtBlank && broken) {
      skipped.push(row);
      continue;
    }
    if (!o.skipFooter) {
      kept.push(row);
      continue;
    }
    // Almost every row, before any blank or totals row: its first cell opens with a printable
    // ASCII character (so it is the first non-blank cell) and is plainly no totals label.
    if (!broken && opensPlainly(row)) {
      kept.push(row);
      continue;
    }
    const first = row.cells.find((c) => c.trim() !== '') ?? '';
    const key = keyCells.map((i) => row.cells[i] ?? '').find((c) => c.trim() !== '') ?? '';
    // A totals label whose key cell is blank, the label itself or a head count ("3 คน"), or any
    // totals label once the table has ended.
    const keyNotAnEmployee = key === '' || key.trim() === first.trim() || HEAD_COUNT.test(key.trim());
    if (isTotalLabel(first) && (keyNotAnEmployee || broken)) {
      skipped.push(row);
      broken = true;
      continue;
    }
    if (broken && (key.trim() === '' || (requiredCells.length > 0 && !filled(row, requiredCells)))) {
      skipped.push(row);
      continue;
    }
    kept.push(row);
  }
  state.previous = previous;
  state.broken = broken;
  for (const r of skipped) state.skipped.push(r.line);
  return { rows: kept, skipped };
}
