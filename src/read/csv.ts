// A tolerant reader of delimited text (RFC 4180 and what Excel writes). It never throws:
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

const isEol = (c: string | undefined) => c === '\n' || c === '\r';
function newlines(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) n++;
  // A lone CR (old Mac files) ends a line too.
  for (let i = s.indexOf('\r'); i !== -1; i = s.indexOf('\r', i + 1)) if (s[i + 1] !== '\n') n++;
  return n;
}

/** Splits delimited text into records. Lines holding nothing but delimiters and blanks are skipped. */
export function parseDelimited(text: string, delimiter: string): { rows: RawRow[]; blankRows: number } {
  const rows: RawRow[] = [];
  let blankRows = 0;
  const n = text.length;
  let i = 0;
  let line = 1;
  while (i < n) {
    const startLine = line;
    const cells: string[] = [];
    let problem: RawRow['problem'];
    let restartAt = -1;
    for (;;) {
      // Leading blanks before an opening quote are not part of the cell.
      let j = i;
      while (text[j] === ' ') j++;
      if (text[j] === '"') {
        let buf = '';
        let k = j + 1;
        let closed = false;
        for (;;) {
          const q = text.indexOf('"', k);
          if (q === -1) break;
          buf += text.slice(k, q);
          if (text[q + 1] === '"') {
            buf += '"';
            k = q + 2;
            continue;
          }
          k = q + 1;
          closed = true;
          break;
        }
        if (!closed) {
          // Recover at the line after the one the quote opened on.
          const quoteLine = line;
          let eol = j;
          while (eol < n && !isEol(text[eol])) eol++;
          problem = { cell: cells.length, reason: `a quote opened on line ${quoteLine} is never closed` };
          cells.push(text.slice(j + 1, eol));
          restartAt = eol;
          break;
        }
        line += newlines(buf);
        let end = k;
        while (end < n && text[end] !== delimiter && !isEol(text[end])) end++;
        if (end > k) {
          const stray = text.slice(k, end);
          if (stray.trim() !== '') {
            problem ??= { cell: cells.length, reason: `text after a closing quote: "${stray.slice(0, 20)}"` };
          }
          buf += stray;
        }
        cells.push(buf);
        i = end;
      } else {
        let end = i;
        while (end < n && text[end] !== delimiter && !isEol(text[end])) end++;
        cells.push(text.slice(i, end));
        i = end;
      }
      if (i < n && text[i] === delimiter) {
        i++;
        continue;
      }
      break;
    }
    if (restartAt >= 0) i = restartAt;
    // End of record: consume one line break.
    if (text[i] === '\r') i++;
    if (text[i - 1] === '\r' && text[i] === '\n') i++;
    else if (text[i] === '\n') i++;
    line++;
    if (!problem && cells.every((c) => c.trim() === '')) {
      if (cells.length > 1) blankRows++;
      continue;
    }
    rows.push(problem ? { line: startLine, cells, problem } : { line: startLine, cells });
  }
  return { rows, blankRows };
}
