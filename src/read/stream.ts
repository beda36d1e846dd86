import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { Parser } from 'csv-parse';
import { UserError } from '../errors.js';
import { sniffDelimiter } from './csv.js';
import { needsWholeFile } from './sniff.js';
import type { RawRow } from './table.js';

// The read stage for large files: the same bytes -> text -> csv-parse steps as `readTable`,
// with the same options and messages, but over 1 MB chunks, handing rows on in batches
// so that memory does not grow with the file. Synchronous (readSync, and csv-parse's
// Transform written to synchronously), so the engine on top of it stays synchronous too.
//
// Line numbers: `readTable` asks csv-parse for an `info` object per record, which costs
// more than the parsing itself (docs/speed.md). The same number, the line a record ends
// on, is `parser.info.lines` at the moment the record is pushed; `RowParser` reads it there.

const CHUNK = 1 << 20;

/** csv-parse's stream parser, taking each record as it is made instead of queueing it. */
class RowParser extends Parser {
  readonly #take: (cells: string[], line: number) => void;
  constructor(delimiter: string, take: (cells: string[], line: number) => void) {
    super({ delimiter, relax_column_count: true, skip_empty_lines: true, bom: true });
    this.#take = take;
    // The Transform's own error event: errors are read from `errored` after each write.
    this.on('error', () => {});
  }

  override push(record: unknown): boolean {
    if (record === null) return super.push(null);
    this.#take(record as string[], this.info.lines);
    return true;
  }
}

/**
 * The stream reader meets something only the whole-file reader handles (a malformed quote,
 * an empty file, a text encoding other than UTF-8): the caller reads the file whole instead,
 * which reports it row by row exactly as for a small file.
 */
export class StreamFallback extends Error {}

export interface StreamHeader {
  file: string;
  header: string[];
  headerLine: number;
}

export interface StreamEnd {
  encoding: string;
  sha256: string;
  rowsRead: number;
}

export interface StreamOptions {
  /** Rows per batch handed to `onRows`. */
  batchRows?: number;
  /** Bytes per read (tests use tiny chunks to cross every boundary). */
  chunkBytes?: number;
  /** After each chunk: bytes read of `total`, and data rows so far (for a progress bar). */
  onProgress?: (read: number, total: number, rows: number) => void;
}

/** Size of a readable regular file, or undefined when it is not one (the in-memory reader then reports why). */
export function fileSize(file: string): number | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const st = fstatSync(fd);
    return st.isFile() ? st.size : undefined;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Whether `streamTable` reads this file as `readTable` would: a readable regular file that is
 * delimited text, not something only the whole-file reader knows about (a workbook, an HTML
 * table, a PDF or an image, which it reads or names).
 */
export function streamableFile(file: string): boolean {
  if (fileSize(file) === undefined) return false;
  const head = Buffer.alloc(512);
  const fd = openSync(file, 'r');
  let n: number;
  try {
    n = readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  return !needsWholeFile(head.subarray(0, n));
}

/** The first UTF-8 decision of `decode` made over chunks: strict UTF-8, else windows-874. */
function isUtf8File(fd: number, size: number, chunk: number): boolean {
  let carry = Buffer.alloc(0);
  for (let pos = 0; pos < size; ) {
    const buf = Buffer.allocUnsafe(Math.min(chunk, size - pos));
    const n = readSync(fd, buf, 0, buf.length, pos);
    if (n === 0) break;
    pos += n;
    const bytes = carry.length ? Buffer.concat([carry, buf.subarray(0, n)]) : buf.subarray(0, n);
    // A character split by the chunk's end is checked with the next chunk.
    const cut = pos < size ? bytes.length - incompleteTail(bytes) : bytes.length;
    if (!isUtf8(bytes.subarray(0, cut))) return false;
    carry = Buffer.from(bytes.subarray(cut));
  }
  return carry.length === 0;
}

/** Bytes at the end of `b` that start a UTF-8 sequence not finished within `b`. */
function incompleteTail(b: Buffer): number {
  for (let i = 1; i <= Math.min(3, b.length); i++) {
    const c = b[b.length - i];
    if ((c & 0xc0) === 0x80) continue;
    const need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
    return need > i ? i : 0;
  }
  return 0;
}

/**
 * Reads a delimited file in chunks: `onHeader` once with the header row, then `onRows` with
 * batches of data rows in file order. Bytes are decoded as `decode` in read/table.ts does;
 * errors are the UserErrors `readTable` throws for the same file.
 */
export function streamTable(
  file: string,
  onHeader: (h: StreamHeader) => void,
  onRows: (rows: RawRow[]) => void,
  o: StreamOptions = {},
): StreamEnd {
  const batchRows = o.batchRows ?? 4096;
  const chunk = o.chunkBytes ?? CHUNK;
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UserError(`${file}: cannot read (${code === 'ENOENT' ? 'no such file' : (code ?? String(e))})`);
  }
  try {
    const size = fstatSync(fd).size;
    const hash = createHash('sha256');
    const head = Buffer.alloc(3);
    readSync(fd, head, 0, 3, 0);
    let encoding: string;
    let skip = 0;
    let decoder: TextDecoder | undefined;
    if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) {
      encoding = 'utf-8-bom';
      skip = 3;
    } else if (head[0] === 0xff && head[1] === 0xfe) {
      encoding = 'utf-16le';
      decoder = new TextDecoder('utf-16le');
    } else if (isUtf8File(fd, size, chunk * 4)) {
      encoding = 'utf-8';
    } else {
      // Thai Excel's windows-874 and other encodings go through the whole-file reader's checks.
      throw new StreamFallback(`${file}: not UTF-8`);
    }

    let header: string[] | undefined;
    let batch: RawRow[] = [];
    let rowsRead = 0;
    // The delimiter is chosen from the first line of text, as tableOfText does.
    let firstText = '';
    let pending: (Buffer | string)[] = [];
    let parser: RowParser | undefined;
    let sawText = false;
    // An exception from the callbacks must not become a CSV error (the parser catches what its
    // push throws): it is kept, rows stop, and it is thrown again after the write.
    let thrown: { error: unknown } | undefined;
    const take = (cells: string[], line: number) => {
      if (thrown) return;
      try {
        deliver(cells, line);
      } catch (error) {
        thrown = { error };
      }
    };
    const deliver = (cells: string[], end: number) => {
      // Rows of blank cells are skipped, as parseDelimited does; a row is numbered by the line
      // it starts on (csv-parse reports the line it ends on).
      if (cells.every((c) => c.trim() === '')) return;
      let line = end;
      for (const c of cells) for (let i = c.indexOf('\n'); i !== -1; i = c.indexOf('\n', i + 1)) line--;
      if (header === undefined) {
        header = cells.map((h) => h.trim());
        onHeader({ file, header, headerLine: line });
        return;
      }
      rowsRead++;
      batch.push({ line, cells });
      if (batch.length >= batchRows) {
        const full = batch;
        batch = [];
        onRows(full);
      }
    };
    const fail = (e: unknown): never => {
      const err = e as { message?: string; lines?: number };
      const where = err.lines ? ` near line ${err.lines}` : '';
      throw new StreamFallback(`${file}${where}: ${firstSentence(err.message ?? String(e))}`);
    };
    const start = (): RowParser => {
      const p = new RowParser(sniffDelimiter(firstText), take);
      for (const part of pending) write(p, part);
      pending = [];
      return p;
    };
    const write = (p: RowParser, part: Buffer | string) => {
      p.write(part);
      if (thrown) throw thrown.error;
      if (p.errored) fail(p.errored);
    };
    // UTF-8 goes to the parser as bytes (csv-parse works on UTF-8 bytes and joins a character
    // split across chunks); other encodings are decoded to text first.
    const feed = (part: Buffer | string) => {
      if (parser === undefined || !sawText) {
        const text = typeof part === 'string' ? part : utf8.decode(part, { stream: true });
        if (!sawText && text.trim() !== '') sawText = true;
        if (parser === undefined) {
          firstText += text;
          pending.push(part);
          if (/\r?\n/.test(firstText)) parser = start();
          return;
        }
      }
      write(parser, part);
    };
    const utf8 = new TextDecoder('utf-8');

    for (let pos = 0; pos < size; ) {
      // A fresh buffer each time: csv-parse keeps a view of an unfinished record's bytes.
      const buf = Buffer.allocUnsafe(Math.min(chunk, size - pos));
      const n = readSync(fd, buf, 0, buf.length, pos);
      if (n === 0) break;
      const bytes = buf.subarray(0, n);
      hash.update(bytes);
      const from = pos < skip ? Math.min(n, skip - pos) : 0;
      pos += n;
      feed(decoder ? decoder.decode(bytes, { stream: pos < size }) : bytes.subarray(from));
      o.onProgress?.(pos, size, rowsRead);
    }
    if (!sawText) throw new StreamFallback(`${file}: empty`);
    parser ??= start();
    parser.end();
    if (thrown) throw thrown.error;
    if (parser.errored) fail(parser.errored);
    if (batch.length) onRows(batch);
    return { encoding, sha256: hash.digest('hex'), rowsRead };
  } finally {
    closeSync(fd);
  }
}

function firstSentence(s: string): string {
  return s.split('\n')[0].replace(/^Invalid Record Length: /, '');
}
