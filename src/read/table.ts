import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { UserError } from '../errors.js';

/** A delimited file as read: header and raw cells, each row with its line number. */
export interface RawTable {
  file: string;
  encoding: string;
  sha256: string;
  header: string[];
  /** Line of the header row (1-based). */
  headerLine: number;
  rows: RawRow[];
}

export interface RawRow {
  line: number;
  cells: string[];
}

/** Decodes bytes: UTF-8 (with or without BOM) when valid, else windows-874 as saved by Thai Excel. */
export function decode(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-874').decode(bytes), encoding: 'windows-874' };
  }
}

export function readTable(file: string): RawTable {
  let bytes: Buffer;
  try {
    if (statSync(file).isDirectory()) throw new UserError(`${file}: is a directory, expected a CSV file`);
    bytes = readFileSync(file);
  } catch (e) {
    if (e instanceof UserError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new UserError(`${file}: cannot read (${code === 'ENOENT' ? 'no such file' : (code ?? String(e))})`);
  }
  const { text, encoding } = decode(bytes);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { ...tableOfText(file, text), encoding, sha256 };
}

/** Parses CSV text (comma, semicolon or tab separated, detected from the header line). */
export function tableOfText(
  file: string,
  text: string,
): Omit<RawTable, 'encoding' | 'sha256'> & {
  encoding: string;
  sha256: string;
} {
  if (text.trim() === '') throw new UserError(`${file}: the file is empty (expected a header row)`);
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = [',', '\t', ';'].reduce((a, b) => (count(firstLine, b) > count(firstLine, a) ? b : a));
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      delimiter,
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
      bom: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (e) {
    const err = e as { message?: string; lines?: number };
    const where = err.lines ? ` near line ${err.lines}` : '';
    throw new UserError(
      `${file}: not a readable CSV file${where}: ${firstSentence(err.message ?? String(e))}`,
    );
  }
  const head = records[0];
  return {
    file,
    encoding: 'utf-8',
    sha256: createHash('sha256').update(text).digest('hex'),
    header: head.record.map((h) => h.trim()),
    headerLine: head.info.lines,
    rows: records.slice(1).map((r) => ({ line: startLine(r), cells: r.record })),
  };
}

// csv-parse reports the line a record ends on; a quoted cell may span lines, but a row's
// number is where it ends, which matches how spreadsheet users count in simple files.
function startLine(r: { info: { lines: number } }): number {
  return r.info.lines;
}

function count(s: string, ch: string): number {
  return s.split(ch).length - 1;
}

function firstSentence(s: string): string {
  return s.split('\n')[0].replace(/^Invalid Record Length: /, '');
}
