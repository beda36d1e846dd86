import { createRequire } from 'node:module';
import type * as Parse5 from 'parse5';
import type { DefaultTreeAdapterTypes } from 'parse5';
import type { RawRow } from './csv.js';

// HTML tables saved under an Excel name (.xls): HikCentral, iVMS-4200 and many web HR systems
// export reports this way, and Excel opens them without a word. parse5 builds the tree the way
// a browser does (missing </td>, implied <tbody>, stray tags), so the table is the one the
// employer saw. The data table is the one with the most filled cells; text and tables before
// it become rows above it (title rows: company, period), as a spreadsheet program shows them.
// Spanning cells: a rowspan repeats its text in the rows below (an employee id spanning that
// person's punch rows belongs to each of them), a colspan leaves the columns it covers empty
// (a group label over two columns names neither of them alone).

type Node = DefaultTreeAdapterTypes.ChildNode | DefaultTreeAdapterTypes.Document;
type Element = DefaultTreeAdapterTypes.Element;

export interface HtmlSheet {
  rows: RawRow[];
  notes: string[];
}

const isElement = (n: Node): n is Element => 'tagName' in n;
const children = (n: Node): Node[] => ('childNodes' in n ? (n.childNodes as Node[]) : []);

const BLOCK = new Set([
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'caption',
  'title',
  'header',
  'section',
  'center',
  'br',
]);
const SKIP = new Set(['script', 'style', 'head', 'template', 'noscript']);

/** The text of a node as a cell shows it: whitespace collapsed, <br> a space, nested tables left out. */
function textOf(n: Node): string {
  const parts: string[] = [];
  const walk = (x: Node) => {
    if (x.nodeName === '#text') parts.push((x as DefaultTreeAdapterTypes.TextNode).value);
    else if (isElement(x)) {
      if (SKIP.has(x.tagName) || x.tagName === 'table') return;
      if (x.tagName === 'br') parts.push(' ');
      for (const c of children(x)) walk(c);
    }
  };
  for (const c of children(n)) walk(c);
  return parts
    .join('')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/** The rows of a table, not of the tables nested in its cells. */
function ownRows(table: Element): Element[] {
  const rows: Element[] = [];
  const walk = (x: Node) => {
    for (const c of children(x)) {
      if (!isElement(c) || c.tagName === 'table') continue;
      if (c.tagName === 'tr') rows.push(c);
      else walk(c);
    }
  };
  walk(table);
  return rows;
}

const span = (e: Element, name: string) => {
  const v = Number.parseInt(e.attrs.find((a) => a.name === name)?.value ?? '1', 10);
  return Number.isFinite(v) && v >= 1 ? Math.min(v, 1000) : 1;
};

/** A table as a grid of text, spanning cells laid out as described above. */
function gridOf(table: Element): string[][] {
  const grid: string[][] = [];
  // Column -> text and rows left for a cell spanning rows from above.
  const carried = new Map<number, { text: string; left: number }>();
  for (const tr of ownRows(table)) {
    const row: string[] = [];
    let col = 0;
    const fillCarried = () => {
      for (let c = carried.get(col); c; c = carried.get(col)) {
        row[col] = c.text;
        if (--c.left === 0) carried.delete(col);
        col++;
      }
    };
    for (const cell of children(tr)) {
      if (!isElement(cell) || (cell.tagName !== 'td' && cell.tagName !== 'th')) continue;
      fillCarried();
      const text = textOf(cell);
      const cols = span(cell, 'colspan');
      const rows = span(cell, 'rowspan');
      for (let k = 0; k < cols; k++) {
        row[col + k] = k === 0 ? text : '';
        if (rows > 1) carried.set(col + k, { text: k === 0 ? text : '', left: rows - 1 });
      }
      col += cols;
    }
    fillCarried();
    // Cells carried into columns after the last cell of this row.
    for (const [c, v] of [...carried.entries()].sort((a, b) => a[0] - b[0])) {
      if (c < col) continue;
      row[c] = v.text;
      if (--v.left === 0) carried.delete(c);
    }
    grid.push(Array.from(row, (x) => x ?? ''));
  }
  return grid;
}

const filled = (g: string[][]) => g.reduce((n, r) => n + r.filter((c) => c !== '').length, 0);

// parse5 is loaded only when an HTML page is read: it is a large part of start-up otherwise.
let parse5: typeof Parse5 | undefined;

/** Loads the HTML parser ahead of a read (the asynchronous API does, when a file may be markup). */
export async function loadHtmlParser(): Promise<void> {
  parse5 ??= await import('parse5');
}

function htmlParser(): typeof Parse5 {
  // A synchronous read not preceded by loadHtmlParser: require() of an ES module (Node 20.19+).
  parse5 ??= createRequire(import.meta.url)('parse5') as typeof Parse5;
  return parse5;
}

/** Reads the data table of an HTML page, with the text above it as title rows. */
export function readHtmlTable(text: string): HtmlSheet {
  const doc = htmlParser().parse(text);
  // Document order: blocks of text outside tables, and tables (each with its grid).
  const items: ({ kind: 'text'; text: string } | { kind: 'table'; grid: string[][] })[] = [];
  let pending: string[] = [];
  const flushText = () => {
    const t = pending
      .join('')
      .replace(/[\s\u00a0]+/g, ' ')
      .trim();
    if (t) items.push({ kind: 'text', text: t });
    pending = [];
  };
  const walk = (x: Node) => {
    if (x.nodeName === '#text') {
      pending.push((x as DefaultTreeAdapterTypes.TextNode).value);
      return;
    }
    if (!isElement(x) && x.nodeName !== '#document') return;
    if (isElement(x)) {
      if (SKIP.has(x.tagName)) return;
      if (x.tagName === 'table') {
        flushText();
        items.push({ kind: 'table', grid: gridOf(x) });
        return;
      }
      if (BLOCK.has(x.tagName)) flushText();
    }
    for (const c of children(x)) walk(c);
    if (isElement(x) && BLOCK.has(x.tagName)) flushText();
  };
  walk(doc);
  flushText();
  const tables = items.filter((i) => i.kind === 'table');
  let best = -1;
  let bestFilled = 0;
  items.forEach((i, k) => {
    if (i.kind === 'table' && filled(i.grid) > bestFilled) {
      best = k;
      bestFilled = filled(i.grid);
    }
  });
  const notes = [
    `an HTML table${tables.length > 1 ? ` (the largest of ${tables.length})` : ''}, rows numbered as a spreadsheet program shows them`,
  ];
  const cells: string[][] = [];
  for (let k = 0; k <= best; k++) {
    const i = items[k];
    if (i.kind === 'text') cells.push([i.text]);
    else cells.push(...i.grid);
  }
  const after = items.slice(best + 1).length;
  if (after)
    notes.push(`${after} block${after > 1 ? 's' : ''} of text or tables after the data table ignored`);
  const rows: RawRow[] = [];
  cells.forEach((c, k) => {
    if (c.some((x) => x.trim() !== '')) rows.push({ line: k + 1, cells: c });
  });
  return { rows, notes };
}
