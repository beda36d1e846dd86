import { createHash } from 'node:crypto';
import { UserError } from '../errors.js';
import { looksLikeAttlog, readAttlog } from './attlog.js';
import { parseDelimited, type RawRow, sniffDelimiter } from './csv.js';
import { badCharacter, decode } from './decode.js';
import { readRegularFile } from './file.js';
import { loadHtmlParser, readHtmlTable } from './html.js';
import { markupOf, refuseMarkup, sniffBytes } from './sniff.js';
import { readWorkbook } from './xlsx.js';

export type { RawRow } from './csv.js';
export { decode } from './decode.js';

// The read stage: bytes to rows of text cells, each with its line (or spreadsheet row) number.
// Which row is the header is decided by the parse stage, which knows the column names.

export type Layout = 'csv' | 'xlsx' | 'html' | 'zkteco-attlog';

/** A file as read: rows of raw cells, before any header is chosen. */
export interface RawGrid {
  file: string;
  /** The text encoding (for a workbook: xlsx). */
  encoding: string;
  sha256: string;
  layout: Layout;
  /** How the file was read, for people: "CSV, comma-separated", "xlsx, sheet Payroll". */
  description: string;
  sheet?: string;
  /** Column names of a layout without a header row (ZKTeco logs); else the header is among `rows`. */
  header?: string[];
  /** Set when the header row is known (the foundation's tables): rows[headerIndex]; else it is found. */
  headerIndex?: number;
  rows: RawRow[];
  notes: string[];
}

export interface ReadOptions {
  /** Override encoding detection (--encoding). */
  encoding?: string;
  /** Worksheet of a workbook (--sheet); default the first. */
  sheet?: string;
  /** --redact: a sheet is said by its number, not its name, which may be a person's. */
  redact?: boolean;
}

/** Longest cell accepted: a longer one is not payroll data (and would flood a report). */
export const MAX_CELL = 10_000;

const loadBytes = readRegularFile;

/** Reads a text or workbook file. Workbooks need the async path (exceljs is asynchronous). */
export async function readGrid(file: string, o: ReadOptions = {}): Promise<RawGrid> {
  const bytes = loadBytes(file);
  if (sniffBytes(file, bytes) === 'xlsx') {
    const book = await readWorkbook(file, bytes, o.sheet, o.redact);
    return finish({
      file,
      encoding: 'xlsx',
      sha256: sha256(bytes),
      layout: 'xlsx',
      description: o.redact ? `xlsx, sheet ${book.number}` : `xlsx, sheet "${book.sheet}"`,
      sheet: book.sheet,
      rows: book.rows,
      notes: book.notes,
    });
  }
  if (mayBeMarkup(bytes)) await loadHtmlParser();
  return gridOfBytes(file, bytes, o);
}

const LESS_THAN = 0x3c;
/** A `<` near the start: the file may be an HTML page (markupOf decides, after decoding). */
function mayBeMarkup(bytes: Uint8Array): boolean {
  const i = bytes.indexOf(LESS_THAN);
  return i !== -1 && i < 1024;
}

/** Reads a text file synchronously; a workbook is refused with a pointer to the async API. */
export function readGridSync(file: string, o: ReadOptions = {}): RawGrid {
  const bytes = loadBytes(file);
  if (sniffBytes(file, bytes) === 'xlsx')
    throw new UserError(
      `${file}: an .xlsx workbook needs the asynchronous API (checkAsync / readDataSetAsync)`,
    );
  return gridOfBytes(file, bytes, o);
}

export function gridOfBytes(file: string, bytes: Uint8Array, o: ReadOptions = {}): RawGrid {
  sniffBytes(file, bytes);
  const { text, encoding, notes } = decode(bytes, o.encoding);
  return gridFromText(file, text, encoding, sha256(bytes), notes);
}

/** A delimited file whose first row is its header (the foundation's API, used by `screen --batch`). */
export interface RawTable {
  file: string;
  encoding: string;
  sha256: string;
  header: string[];
  /** Line of the header row (1-based; 0 for a log without one). */
  headerLine: number;
  rows: RawRow[];
}

/**
 * Reads a text file and takes its first row as the header. A row that cannot be read cleanly
 * (an unclosed quote, mis-decoded text) is an error here, as it was in the foundation's reader:
 * callers of this API do not look at `problem`. The mapping stage rejects such rows one by one.
 */
export function readTable(file: string, o: ReadOptions = {}): RawTable {
  const t = tableOf(readGridSync(file, o));
  const bad = t.rows.find((r) => r.problem);
  // One line that quotes no cell (README, exit codes): the row's reason may quote one.
  if (bad?.problem) throw new UserError(`${file}:${bad.line}: not a readable row: ${bad.problem.what}`);
  return t;
}

function tableOf(g: RawGrid): RawTable {
  const file = g.file;
  const base = { file, encoding: g.encoding, sha256: g.sha256 };
  if (g.header) return { ...base, header: g.header, headerLine: 0, rows: g.rows };
  const [head, ...rows] = g.rows;
  if (!head) throw new UserError(`${file}: the file has no rows`);
  return { ...base, header: head.cells.map((h) => h.trim()), headerLine: head.line, rows };
}

/** A grid from text already decoded: CSV or a ZKTeco log. */
export function gridOfText(file: string, text: string): RawGrid {
  return gridFromText(file, text, 'utf-8', sha256(new TextEncoder().encode(text)), []);
}

/** A table from text already decoded, its first row the header (tests, rule cases, screen). */
export function tableOfText(file: string, text: string): RawTable {
  return tableOf(gridOfText(file, text));
}

/** A table back into a grid whose header row is fixed. */
export function gridOfTable(t: RawTable): RawGrid {
  const base = { file: t.file, encoding: t.encoding, sha256: t.sha256, notes: [] };
  if (t.headerLine === 0) {
    return {
      ...base,
      layout: 'zkteco-attlog',
      description: 'ZKTeco attendance log',
      header: t.header,
      rows: t.rows,
    };
  }
  return {
    ...base,
    layout: 'csv',
    description: 'CSV',
    headerIndex: 0,
    rows: [{ line: t.headerLine, cells: t.header }, ...t.rows],
  };
}

function gridFromText(file: string, text: string, encoding: string, hash: string, notes: string[]): RawGrid {
  if (text.trim() === '') throw new UserError(`${file}: the file is empty`);
  const base = { file, encoding, sha256: hash, notes };
  // A clock log first: its damaged records are runs of NUL bytes, rejected line by line.
  if (looksLikeAttlog(text)) {
    const log = readAttlog(text);
    return finish({
      ...base,
      layout: 'zkteco-attlog',
      description: `ZKTeco attendance log (${log.variant === 'usb' ? 'USB download' : 'push'})`,
      header: log.header,
      rows: log.rows,
      notes: [...notes, ...log.notes],
    });
  }
  const head = text.slice(0, 4096);
  const nuls = head.split('\u0000').length - 1;
  if (nuls >= 3 && nuls >= head.length / 100) {
    throw new UserError(
      `${file}: a binary file, not text (NUL bytes near the start): export the data as CSV or .xlsx`,
    );
  }
  const markup = markupOf(text);
  if (markup === 'html-table') {
    const html = readHtmlTable(text);
    if (html.rows.length === 0) throw new UserError(`${file}: an HTML page whose tables are empty`);
    return finish({
      ...base,
      layout: 'html',
      description: 'HTML table (as HikCentral, iVMS-4200 and web HR systems save ".xls" reports)',
      rows: html.rows,
      notes: [...notes, ...html.notes],
    });
  }
  refuseMarkup(file, markup);
  const delimiter = sniffDelimiter(text);
  const { rows, blankRows } = parseDelimited(text, delimiter);
  if (blankRows) notes.push(`${blankRows} row${blankRows > 1 ? 's' : ''} with only empty cells skipped`);
  const name = { ',': 'comma', '\t': 'tab', ';': 'semicolon', '|': 'pipe' }[delimiter] ?? delimiter;
  return finish({ ...base, layout: 'csv', description: `CSV, ${name}-separated`, rows });
}

/** Marks cells that are too long or show mis-decoding, so that their rows are rejected where they are. */
function finish(g: RawGrid): RawGrid {
  for (const r of g.rows) {
    for (let c = 0; c < r.cells.length; c++) {
      const cell = r.cells[c];
      if (cell.length > MAX_CELL) {
        const reason = `a cell of ${cell.length} characters (more than ${MAX_CELL}): not data this tool reads`;
        r.problem ??= { cell: c, reason, what: reason };
        r.cells[c] = `${cell.slice(0, 40)}…`;
        continue;
      }
      if (!r.problem) {
        const bad = badCharacter(cell, g.encoding);
        if (bad) r.problem = { cell: c, reason: bad, what: bad };
      }
    }
  }
  return g;
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
