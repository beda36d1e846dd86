import { createRequire } from 'node:module';
import { UserError } from '../errors.js';
import type { RawRow } from './csv.js';

// .xlsx through exceljs (not the npm `xlsx` package: advisory GHSA-4r6h-8v6p-xvw6 for crafted
// files, and these files come from employers). exceljs costs about 2 s to load, so it is
// imported only when a workbook is read.

export interface Sheet {
  sheet: string;
  /** Its place among the workbook's sheets, from 1. */
  number: number;
  rows: RawRow[];
  notes: string[];
}

type ExcelJs = typeof import('exceljs');

async function excelJs(): Promise<ExcelJs> {
  const mod = (await import('exceljs')) as unknown as { default?: ExcelJs } & ExcelJs;
  keepEmptyTextResults();
  return mod.default ?? mod;
}

/** The parts of exceljs's cell reader (lib/xlsx/xform/sheet/cell-xform.js) `keepEmptyTextResults` wraps. */
interface CellReader {
  parser?: unknown;
  t?: string;
  model: { formula?: string; shareType?: string; result?: unknown };
  emptyTextResult?: boolean;
  parseOpen(node: { name: string }): boolean;
  parseClose(name: string): boolean;
}

let emptyTextKept = false;

/**
 * Excel saves a formula whose result is empty text as `<c t="str"><f>...</f><v></v></c>`: the
 * `=IF(B9="","",...)` of a payroll template's rows under the data. exceljs keeps a formula's
 * result only when the text of its `<v>` is not empty, so such a cell came as a formula never
 * calculated and its row was rejected ("open and save the file in Excel first", of a file Excel
 * had saved). Its cell reader is taught, once, to keep that result: empty text, an empty cell.
 */
function keepEmptyTextResults(): void {
  if (emptyTextKept) return;
  emptyTextKept = true;
  const reader = createRequire(import.meta.url)('exceljs/lib/xlsx/xform/sheet/cell-xform.js') as {
    prototype: CellReader;
  };
  const { parseOpen, parseClose } = reader.prototype;
  reader.prototype.parseOpen = function (this: CellReader, node: { name: string }) {
    if (!this.parser && (node.name === 'c' || node.name === 'v')) this.emptyTextResult = node.name === 'v';
    return parseOpen.call(this, node);
  };
  reader.prototype.parseClose = function (this: CellReader, name: string) {
    const cell = !this.parser && name === 'c' ? this.model : undefined;
    const done = parseClose.call(this, name);
    if (cell && this.emptyTextResult && this.t === 'str' && (cell.formula || cell.shareType))
      cell.result ??= '';
    return done;
  };
}

/**
 * The rows of one worksheet (the first, or `sheet` by name) as text cells, numbered as in Excel.
 * Under --redact (`byNumber`) its notes and errors say sheets by number: a payroll workbook may
 * have a sheet for each employee, named after them.
 */
export async function readWorkbook(
  file: string,
  bytes: Uint8Array,
  sheet?: string,
  byNumber = false,
): Promise<Sheet> {
  const ExcelJS = await excelJs();
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  } catch (e) {
    throw new UserError(`${file}: not a readable .xlsx workbook (${firstLine(e)})`);
  }
  const names = wb.worksheets.map((w) => w.name);
  if (names.length === 0) throw new UserError(`${file}: the workbook has no worksheets`);
  const ws =
    sheet === undefined
      ? wb.worksheets[0]
      : wb.worksheets.find((w) => w.name.trim().toLowerCase() === sheet.trim().toLowerCase());
  if (!ws) {
    // The name asked for is a sheet's name too (--sheet or the profile's `sheet`): not said either.
    throw new UserError(
      byNumber
        ? `${file}: no sheet of the name asked for (the workbook has ${names.length} sheet(s), not named under --redact)`
        : `${file}: no sheet named "${sheet}" (sheets: ${names.join(', ')})`,
    );
  }
  const notes: string[] = [];
  if (sheet === undefined && names.length > 1)
    notes.push(
      byNumber
        ? `read sheet 1 of ${names.length}; --sheet picks another`
        : `read the first sheet "${ws.name}" of ${names.length} (${names.join(', ')}); --sheet picks another`,
    );
  const rows: RawRow[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = (row.values as unknown[]) ?? [];
    const cells: string[] = [];
    let problem: RawRow['problem'];
    for (let c = 1; c < values.length; c++) {
      const v = cellText(withSavedResult(values[c], () => row.getCell(c).master.result));
      if (v.problem && !problem) problem = { cell: c - 1, reason: v.problem, what: v.problem };
      cells.push(v.text);
    }
    if (!problem && cells.every((t) => t.trim() === '')) return;
    rows.push(problem ? { line: rowNumber, cells, problem } : { line: rowNumber, cells });
  });
  return { sheet: ws.name, number: wb.worksheets.indexOf(ws) + 1, rows, notes };
}

/**
 * A formula cell with the result Excel saved. exceljs gives a cell's value through a copy that
 * leaves out every falsy field, so a formula whose saved result is 0, "" or FALSE (a tax of 0,
 * `=IF(...,0)`, a subtotal of an empty column) comes without one and read as never calculated:
 * its row was rejected. The cell itself (its merge's first cell) still holds the result (empty
 * text only as `keepEmptyTextResults` keeps it).
 */
function withSavedResult(v: unknown, saved: () => unknown): unknown {
  if (v === null || typeof v !== 'object' || 'result' in v) return v;
  if (!('formula' in v || 'sharedFormula' in v)) return v;
  const result = saved();
  return result === undefined || result === null ? v : { ...v, result };
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** A cell value as the text a CSV export would hold: dates ISO, times HH:MM[:SS], numbers plain. */
export function cellText(v: unknown): { text: string; problem?: string } {
  if (v === null || v === undefined) return { text: '' };
  if (typeof v === 'string') return { text: v };
  if (typeof v === 'number') return { text: numberText(v) };
  if (typeof v === 'boolean') return { text: v ? 'true' : 'false' };
  if (v instanceof Date) return { text: dateText(v) };
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('error' in o)
      return { text: String(o.error), problem: `Excel error ${String(o.error)} in this cell` };
    if ('formula' in o || 'sharedFormula' in o) {
      if (o.result === undefined || o.result === null) {
        return {
          text: '',
          problem: 'a formula without a stored result (open and save the file in Excel first)',
        };
      }
      return cellText(o.result);
    }
    if (Array.isArray(o.richText))
      return { text: (o.richText as { text?: string }[]).map((r) => r.text ?? '').join('') };
    if ('text' in o) return cellText(o.text);
  }
  return { text: '', problem: 'a cell of a kind this tool cannot read' };
}

function numberText(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Number.isInteger(n)) return String(n);
  // Binary floating point from formulas (0.1 + 0.2): nine decimals is more than any value here needs.
  return String(Number(n.toFixed(9)));
}

/** exceljs gives dates as UTC instants whose UTC fields are the wall clock Excel shows. */
function dateText(d: Date): string {
  const t = Math.round(d.getTime() / 1000) * 1000;
  if (Number.isNaN(t)) return '';
  const r = new Date(t);
  const time = `${pad(r.getUTCHours())}:${pad(r.getUTCMinutes())}${r.getUTCSeconds() ? `:${pad(r.getUTCSeconds())}` : ''}`;
  const date = `${pad(r.getUTCFullYear(), 4)}-${pad(r.getUTCMonth() + 1)}-${pad(r.getUTCDate())}`;
  // A time without a date is stored as a fraction of 30 Dec 1899 (Excel's day zero).
  if (date === '1899-12-30') return time;
  if (time === '00:00') return date;
  return `${date} ${time}`;
}

function firstLine(e: unknown): string {
  return String((e as Error)?.message ?? e)
    .split('\n')[0]
    .slice(0, 200);
}
