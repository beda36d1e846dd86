import { type InfoRecord, type Options, parse } from 'csv-parse/sync';
// A tolerant reader of delimited text (RFC 4180 and what Excel writes), on csv-parse. It never throws:
// a record it cannot read cleanly (an unclosed quote, text after a closing quote) comes back
// with a `problem` and the reader carries on at the next line, so that one bad row costs one
// row, not the file.

export interface RawRow {
  /** Line (or spreadsheet row) where the record starts, 1-based. */
  line: number;
  cells: string[];
  /** Why the record cannot be used as it stands; `cell` is the 0-based cell it concerns. */
  problem?: { cell?: number; reason: string };
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
 * Splits delimited text into records with csv-parse (the one CSV parser of the project).
 * Lines holding nothing but delimiters and blanks are skipped. A record csv-parse cannot read
 * (a quote never closed, text after a closing quote) becomes a row with a `problem`, and
 * parsing starts again on the line after the one that record began on, so that one bad row
 * costs one row, not the file.
 */
export function parseDelimited(input: string, delimiter: string): { rows: RawRow[]; blankRows: number } {
  // One line ending for the whole text (files mix CRLF, LF and old Mac CR), so that
  // csv-parse and the line numbers agree.
  const text = input.replace(/\r\n?/g, '\n');
  const rows: RawRow[] = [];
  let blankRows = 0;
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineText = (line: number) => {
    const from = lineStarts[line - 1];
    const to = line < lineStarts.length ? lineStarts[line] : text.length;
    return text.slice(from, to).replace(/\r?\n$/, '');
  };
  let firstLine = 1;
  while (firstLine <= lineStarts.length && lineStarts[firstLine - 1] < text.length) {
    const base = firstLine - 1;
    let lastEnd = base;
    try {
      const options: Options = {
        delimiter,
        relax_column_count: true,
        skip_empty_lines: true,
        raw: true,
        on_record: (r: unknown, ctx: InfoRecord) => {
          const rec = r as unknown as { record: string[]; raw: string };
          const end = base + ctx.lines;
          const body = rec.raw.replace(/^[\r\n]+/, '').replace(/\r?\n$/, '');
          const line = end - (body.match(/\n/g)?.length ?? 0);
          lastEnd = end;
          const cells = rec.record;
          if (cells.every((c) => c.trim() === '')) {
            if (cells.length > 1) blankRows++;
          } else rows.push({ line, cells });
          return null;
        },
      };
      parse(text.slice(lineStarts[base]), options);
      break;
    } catch (e) {
      const err = e as { code?: string; message?: string };
      // The bad record begins on the first non-empty line after the last good one.
      let bad = lastEnd + 1;
      while (bad < lineStarts.length && lineText(bad).trim() === '') bad++;
      const raw = lineText(bad);
      rows.push({ line: bad, cells: raw.split(delimiter), problem: problemOf(err, raw, delimiter, bad) });
      firstLine = bad + 1;
    }
  }
  return { rows, blankRows };
}

function problemOf(err: { code?: string; message?: string }, raw: string, delimiter: string, line: number) {
  const quote = raw.indexOf('"');
  const cell = quote < 0 ? undefined : raw.slice(0, quote).split(delimiter).length - 1;
  if (err.code === 'CSV_QUOTE_NOT_CLOSED')
    return { cell, reason: `a quote opened on line ${line} is never closed` };
  if (err.code === 'CSV_INVALID_CLOSING_QUOTE') {
    const after = /"([^"]*?)(?:,|;|\t|\||$)/.exec(raw.slice(raw.indexOf('"', quote + 1)))?.[1] ?? '';
    return { cell, reason: `text after a closing quote: "${after.slice(0, 20)}"` };
  }
  return { cell, reason: String(err.message ?? err).split('\n')[0] };
}
