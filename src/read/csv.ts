import { createRequire } from 'node:module';
import type { InfoRecord } from 'csv-parse/sync';
import { splitAll } from './split.js';

// csv-parse is loaded only for what read/split.ts leaves to it, which most runs never meet.
const parse = (input: string, options: import('csv-parse/sync').Options): void => {
  createRequire(import.meta.url)('csv-parse/sync').parse(input, options);
};

// A tolerant reader of delimited text (RFC 4180 and what Excel writes), on csv-parse. It never throws:
// a record it cannot read cleanly (an unclosed quote, text after a closing quote) comes back
// with a `problem` and the reader carries on at the next line, so that one bad row costs one
// row, not the file.

export interface RawRow {
  /** Line (or spreadsheet row) where the record starts, 1-based. */
  line: number;
  cells: string[];
  /**
   * Why the record cannot be used as it stands; `cell` is the 0-based cell it concerns. `reason`
   * may quote the cell (a rejected row shows it; --redact drops it); `what` says the same without
   * any text of the row, for a message that must quote no cell (an exit-2 line).
   */
  problem?: { cell?: number; reason: string; what: string };
}

export const DELIMITERS = [',', '\t', ';', '|'] as const;

/** The delimiter whose count per line (outside quotes) is the most consistent over the first lines. */
export function sniffDelimiter(text: string): string {
  const lines = text
    .slice(0, 64 * 1024)
    .split(/\r\n|\n|\r/)
    .filter((l) => l.trim() !== '')
    .slice(0, 30)
    .map(unquoted);
  let best: string = DELIMITERS[0];
  let bestScore = 0;
  for (const d of DELIMITERS) {
    const freq = new Map<number, number>();
    for (const l of lines) {
      const n = l.split(d).length - 1;
      if (n > 0) freq.set(n, (freq.get(n) ?? 0) + 1);
    }
    // How many lines agree on the commonest non-zero count; more columns breaks a tie.
    let score = 0;
    for (const [n, f] of freq) score = Math.max(score, f * 1000 + Math.min(n, 999));
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

/** A line without its quoted parts (a quote left open runs to the end of the line). */
function unquoted(line: string): string {
  return line.replace(/"(?:[^"]|"")*("|$)/g, '""');
}

/**
 * Splits delimited text into records as csv-parse does (read/split.ts, csv-parse behind it).
 * Lines holding nothing but delimiters and blanks are skipped. A record that cannot be read
 * (a quote never closed, text after a closing quote, a quote inside an unquoted cell) becomes
 * a row with a `problem`, and reading resumes on the line after the one that record began on,
 * so that one bad row costs one row, not the file.
 *
 * Linear in the text however many rows are bad: a scan that follows csv-parse's quoting rules
 * finds where each record ends and which ones are malformed, and csv-parse then reads all the
 * well-formed records in one call. (Restarting csv-parse after each bad record costs a copy of
 * the rest of the text and an error object each time: 42 s for 1.2 MB of bad rows.)
 */
export function parseDelimited(input: string, delimiter: string): { rows: RawRow[]; blankRows: number } {
  // One line ending for the whole text (files mix CRLF, LF and old Mac CR), so that
  // csv-parse and the line numbers agree.
  const text = input.replace(/\r\n?/g, '\n');
  const scan = scanRecords(text, delimiter);
  const read = (split: (take: (cells: string[], line: number) => void) => boolean) => {
    const rows: RawRow[] = [];
    let blankRows = 0;
    // Parser line -> file line: the good records are split as one text, without the bad ones.
    let s = 0;
    const toFileLine = (parserLine: number) => {
      while (s + 1 < scan.segments.length && scan.segments[s + 1].parserLine <= parserLine) s++;
      return scan.segments[s].fileLine + (parserLine - scan.segments[s].parserLine);
    };
    const bad = scan.bad;
    let b = 0;
    const take = (cells: string[], endLine: number) => {
      const line = toFileLine(endLine) - newlines(cells);
      while (b < bad.length && bad[b].line < line) rows.push(bad[b++]);
      if (cells.every((c) => c.trim() === '')) {
        if (cells.length > 1) blankRows++;
      } else rows.push({ line, cells });
    };
    if (!split(take)) return undefined;
    while (b < bad.length) rows.push(bad[b++]);
    return { rows, blankRows };
  };
  // Our splitter reads the well-formed records; should it stop on one, csv-parse reads them
  // all as before.
  return (
    read((take) => splitAll(scan.good, delimiter, take) === undefined) ??
    read((take) => {
      try {
        parse(scan.good, {
          delimiter,
          relax_column_count: true,
          skip_empty_lines: true,
          on_record: (r: unknown, ctx: InfoRecord) => {
            take(r as string[], ctx.lines);
            return null;
          },
        });
        return true;
      } catch {
        return false;
      }
    }) ??
    // The scan and csv-parse disagree on a record: read that text again the slow, sure way.
    parseWithRestarts(text, delimiter)
  );
}

interface Scan {
  /** The well-formed records, in order, as one text. */
  good: string;
  /** Where each stretch of `good` starts: its line there (1-based) and in the file. */
  segments: { parserLine: number; fileLine: number }[];
  bad: RawRow[];
}

const QUOTE = 34;
const LF = 10;

/** Record boundaries by csv-parse's default quoting: `"` opens a cell, `""` inside is a quote. */
function scanRecords(text: string, delimiter: string): Scan {
  const d = delimiter.charCodeAt(0);
  const parts: string[] = [];
  const segments: Scan['segments'] = [];
  const bad: RawRow[] = [];
  let line = 1;
  let parserLine = 1;
  let goodFrom = -1;
  let goodLine = 0;
  const flush = (to: number) => {
    if (goodFrom < 0) return;
    const part = text.slice(goodFrom, to);
    segments.push({ parserLine, fileLine: goodLine });
    parts.push(part);
    parserLine += newlineCount(part);
    goodFrom = -1;
  };
  let pos = 0;
  while (pos < text.length) {
    const r = scanRecord(text, pos, d);
    if (r.error === undefined) {
      if (goodFrom < 0) {
        goodFrom = pos;
        goodLine = line;
      }
      line += newlineCount(text.slice(pos, r.end));
      pos = r.end;
      continue;
    }
    flush(pos);
    const eol = text.indexOf('\n', pos);
    const next = eol === -1 ? text.length : eol + 1;
    const raw = text.slice(pos, eol === -1 ? text.length : eol);
    bad.push({ line, cells: raw.split(delimiter), problem: problemOf(r.error, raw, delimiter, line) });
    line++;
    pos = next;
  }
  flush(text.length);
  if (segments.length === 0) segments.push({ parserLine: 1, fileLine: 1 });
  return { good: parts.join(''), segments, bad };
}

type ScanError = 'not closed' | 'after closing' | 'opening';

/** The end of the record starting at `pos` (after its line feed), or what makes it unreadable. */
function scanRecord(text: string, pos: number, d: number): { end: number; error?: ScanError } {
  const n = text.length;
  let i = pos;
  let cellStart = true;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (cellStart && c === QUOTE) {
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q === -1) return { end: n, error: 'not closed' };
        const after = q + 1 < n ? text.charCodeAt(q + 1) : -1;
        if (after === QUOTE) {
          i = q + 2;
          continue;
        }
        if (after === -1) return { end: n };
        if (after === LF) return { end: q + 2 };
        if (after !== d) return { end: q + 1, error: 'after closing' };
        i = q + 2;
        break;
      }
      continue;
    }
    if (c === LF) return { end: i + 1 };
    if (c === QUOTE) return { end: i, error: 'opening' };
    cellStart = c === d;
    i++;
  }
  return { end: n };
}

function newlineCount(s: string): number {
  let k = 0;
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) k++;
  return k;
}

const newlines = (cells: string[]) => {
  let k = 0;
  for (const c of cells) k += newlineCount(c);
  return k;
};

/**
 * The reader before the scan, kept as its fallback and as the reference its tests compare with:
 * csv-parse restarted on the line after each bad record (quadratic when many records are bad).
 */
export function parseWithRestarts(text: string, delimiter: string): { rows: RawRow[]; blankRows: number } {
  const rows: RawRow[] = [];
  let blankRows = 0;
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineText = (line: number) => {
    const from = lineStarts[line - 1];
    const to = line < lineStarts.length ? lineStarts[line] : text.length;
    return text.slice(from, to).replace(/\n$/, '');
  };
  let firstLine = 1;
  while (firstLine <= lineStarts.length && lineStarts[firstLine - 1] < text.length) {
    const base = firstLine - 1;
    let lastEnd = base;
    try {
      parse(text.slice(lineStarts[base]), {
        delimiter,
        relax_column_count: true,
        skip_empty_lines: true,
        on_record: (r: unknown, ctx: InfoRecord) => {
          const cells = r as string[];
          const end = base + ctx.lines;
          lastEnd = end;
          if (cells.every((c) => c.trim() === '')) {
            if (cells.length > 1) blankRows++;
          } else rows.push({ line: end - newlines(cells), cells });
          return null;
        },
      });
      break;
    } catch (e) {
      const code = (e as { code?: string }).code;
      let bad = lastEnd + 1;
      while (bad < lineStarts.length && lineText(bad).trim() === '') bad++;
      const raw = lineText(bad);
      const error: ScanError =
        code === 'CSV_QUOTE_NOT_CLOSED'
          ? 'not closed'
          : code === 'INVALID_OPENING_QUOTE'
            ? 'opening'
            : 'after closing';
      rows.push({ line: bad, cells: raw.split(delimiter), problem: problemOf(error, raw, delimiter, bad) });
      firstLine = bad + 1;
    }
  }
  return { rows, blankRows };
}

/** A cell's text as quoted in a reason: its own quotes doubled, so that redaction drops it whole. */
const quoted = (s: string) => `"${s.slice(0, 40).replaceAll('"', '""')}"`;

function problemOf(error: ScanError, raw: string, delimiter: string, line: number): RawRow['problem'] {
  const quote = raw.indexOf('"');
  const cell = quote < 0 ? undefined : raw.slice(0, quote).split(delimiter).length - 1;
  const text = cell === undefined ? '' : (raw.split(delimiter)[cell] ?? '');
  const at = ` (column ${(cell ?? 0) + 1})`;
  if (error === 'opening') {
    const what = 'a quote inside an unquoted cell';
    return { cell, reason: `${what}: ${quoted(text)}`, what: what + at };
  }
  const opened = ` (cell ${(cell ?? 0) + 1} after the quote: ${quoted(text.replace(/^\s*"/, ''))})`;
  if (error === 'not closed') {
    const what = `a quote opened on line ${line} is never closed`;
    return { cell, reason: what + opened, what: what + at };
  }
  if ((raw.split('"').length - 1) % 2 === 1) {
    const what = `an unbalanced quote: the quote opened on line ${line} is not closed on it`;
    return { cell, reason: what + opened, what: what + at };
  }
  const after = /"([^"]*?)(?:,|;|\t|\||$)/.exec(raw.slice(raw.indexOf('"', quote + 1)))?.[1] ?? '';
  const what = 'text after a closing quote';
  return { cell, reason: `${what}: ${quoted(after.slice(0, 20))}`, what: what + at };
}
