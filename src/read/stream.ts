import { isAscii, isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Parser } from 'csv-parse';
import { UserError } from '../errors.js';
import { sniffDelimiter } from './csv.js';
import { StreamFallback } from './fallback.js';
import { needsWholeFile } from './sniff.js';
import { SpanRow } from './span-row.js';
import { CsvSplitter, type TakeSpans } from './split.js';
import type { RawRow } from './table.js';

// The read stage for large files: the same bytes -> text -> records steps as `readTable`,
// with the same records, line numbers and messages, but over 64 KB chunks, handing rows on in
// batches so that memory does not grow with the file. Synchronous (readSync), so the engine
// on top of it stays synchronous too. Records come from read/split.ts; csv-parse is asked only
// what a malformed record is.

// 64 KB: a chunk's text, and the text it makes with the piece carried over from the chunk
// before, stay below V8's large-object size (128 KB), so they are made in the young generation,
// whose pages are reused, instead of in pages of their own mapped afresh for every chunk (half
// the page faults of a 1M-row read; docs/speed.md, ninth pass).
const CHUNK = 1 << 16;

/**
 * csv-parse's stream parser, handing each record to `take` instead of queueing it. Loaded only
 * to name a malformed record.
 */
function rowParser(delimiter: string, take: (cells: string[], line: number) => void): Parser {
  const csv: typeof import('csv-parse') = createRequire(import.meta.url)('csv-parse');
  class RowParser extends csv.Parser {
    override push(record: unknown): boolean {
      if (record === null) return super.push(null);
      take(record as string[], this.info.lines);
      return true;
    }
  }
  const p = new RowParser({ delimiter, relax_column_count: true, skip_empty_lines: true, bom: true });
  // The Transform's own error event: errors are read from `errored` after each write.
  p.on('error', () => {});
  return p;
}

export { StreamFallback } from './fallback.js';

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
  /**
   * Hand rows of plain cells on as places in the text (read/span-row.ts) rather than as
   * strings: for a reader that takes most rows from their characters (the hours file's).
   */
  spans?: boolean;
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

/**
 * Strict UTF-8 over a file's chunks (decode's first choice), checked as they are read: a
 * character split by a chunk's end is checked with the next chunk, and held by the decoder
 * until then.
 */
class StrictUtf8 {
  #carry: Buffer = Buffer.alloc(0);
  readonly #decoder = new TextDecoder('utf-8', { ignoreBOM: true });

  /** The text of `bytes` (`last`: the file's last chunk), or undefined: they are not UTF-8. */
  decode(bytes: Buffer, last: boolean): string | undefined {
    // Most chunks of an export are ASCII alone, whose text is its bytes read one by one: about
    // a seventh of the decoder's time. Only when no character is left over from the last chunk.
    if (this.#carry.length === 0 && isAscii(bytes)) return bytes.toString('latin1');
    const all = this.#carry.length ? Buffer.concat([this.#carry, bytes]) : bytes;
    const cut = last ? all.length : all.length - incompleteTail(all);
    if (!isUtf8(all.subarray(0, cut))) return undefined;
    this.#carry = Buffer.from(all.subarray(cut));
    return this.#decoder.decode(bytes, { stream: !last });
  }
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
 *
 * Each chunk is decoded to text once and split by read/split.ts, which gives csv-parse's
 * records and line numbers; at a malformed record csv-parse reads the file again to say what
 * it is (the StreamFallback's message), as it did before the splitter.
 */
export function streamTable(
  file: string,
  onHeader: (h: StreamHeader) => void,
  onRows: (rows: RawRow[]) => void,
  o: StreamOptions = {},
): StreamEnd {
  const batchRows = o.batchRows ?? 4096;
  let header: string[] | undefined;
  let batch: RawRow[] = [];
  let rowsRead = 0;
  let splitter: CsvSplitter | undefined;
  const deliver = (cells: string[], end: number, breaks: number) => {
    // Rows of blank cells are skipped, as parseDelimited does; a row is numbered by the line
    // it starts on (the splitter, as csv-parse, gives the line it ends on).
    if (blank(cells)) return;
    let line = end;
    if (breaks > 0)
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
  // The places of a batch's rows, one array for all of them.
  let places = new Int32Array(0);
  let used = 0;
  const deliverSpans: TakeSpans = (text, spans, count, line) => {
    // A header, or a row whose first character may be blank, as strings: deliver judges them.
    const first = count > 0 && spans[1] > spans[0] ? text.charCodeAt(spans[0]) : 0;
    if (header === undefined || first <= 0x20 || first >= 0x7f) return false;
    const n = 2 * count;
    if (used + n > places.length) {
      places = new Int32Array(Math.max(n, batchRows * n));
      used = 0;
    }
    for (let j = 0; j < n; j++) places[used + j] = spans[j];
    rowsRead++;
    batch.push(new SpanRow(line, text, places, used, count));
    used += n;
    if (batch.length >= batchRows) {
      const full = batch;
      batch = [];
      onRows(full);
    }
    return true;
  };
  const malformed = (): never => {
    throw malformedRecord(file, o);
  };
  // The delimiter is chosen from the text up to the first line feed, as tableOfText does.
  let firstText = '';
  let bomSeen = false;
  const end = readChunks(file, o, (text, last) => {
    let t = text;
    if (!bomSeen && t !== '') {
      // csv-parse's `bom` option: one byte order mark more at the start is dropped.
      bomSeen = true;
      if (t.charCodeAt(0) === 0xfeff) t = t.slice(1);
    }
    if (splitter === undefined) {
      firstText += t;
      if (firstText.includes('\n') || last) {
        splitter = new CsvSplitter(sniffDelimiter(firstText), deliver, o.spans ? deliverSpans : undefined);
        splitter.push(firstText);
        firstText = '';
      }
    } else splitter.push(t);
    if (last) splitter?.end();
    if (splitter?.error !== undefined) malformed();
    return rowsRead;
  });
  if (batch.length) onRows(batch);
  return { ...end, rowsRead };
}

/**
 * Whether every cell is blank once trimmed. A row's first cell usually starts with a printable
 * ASCII character, which no trim removes: the row is told apart without trimming anything.
 */
export function blank(cells: string[]): boolean {
  for (const c of cells) {
    const first = c.charCodeAt(0);
    if (first > 0x20 && first < 0x7f) return false;
    if (c.trim() !== '') return false;
  }
  return true;
}

/**
 * The bytes of a file as text, chunk by chunk, to `take` (then once more, `last`, with no
 * text): opening, hashing, the choice of encoding and the progress report. `take` returns the
 * rows read so far.
 */
function readChunks(
  file: string,
  o: StreamOptions,
  take: (text: string, last?: 'last') => number,
): Omit<StreamEnd, 'rowsRead'> {
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
    let strict: StrictUtf8 | undefined;
    if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) {
      encoding = 'utf-8-bom';
      skip = 3;
      decoder = new TextDecoder('utf-8', { ignoreBOM: true });
    } else if (head[0] === 0xff && head[1] === 0xfe) {
      encoding = 'utf-16le';
      decoder = new TextDecoder('utf-16le');
    } else {
      // Strict UTF-8, checked chunk by chunk as the file is read rather than in a pass of its
      // own over the file: bytes that are not UTF-8 (Thai Excel's windows-874, say) stop the
      // stream there, and the whole-file reader, with its checks, reads the file instead.
      encoding = 'utf-8';
      strict = new StrictUtf8();
    }
    let sawText = false;
    const buf = Buffer.allocUnsafe(Math.min(chunk, Math.max(size, 1)));
    for (let pos = 0; pos < size; ) {
      const n = readSync(fd, buf, 0, Math.min(buf.length, size - pos), pos);
      if (n === 0) break;
      const bytes = buf.subarray(0, n);
      hash.update(bytes);
      const from = pos < skip ? Math.min(n, skip - pos) : 0;
      pos += n;
      const text = strict
        ? strict.decode(bytes, pos >= size)
        : decoder!.decode(bytes.subarray(from), { stream: pos < size });
      if (text === undefined) throw new StreamFallback(`${file}: not UTF-8`);
      if (!sawText && text.trim() !== '') sawText = true;
      const rows = take(text);
      o.onProgress?.(pos, size, rows);
    }
    if (!sawText) throw new StreamFallback(`${file}: empty`);
    take('', 'last');
    return { encoding, sha256: hash.digest('hex') };
  } finally {
    closeSync(fd);
  }
}

/** csv-parse's account of the file's first malformed record: the StreamFallback it causes. */
function malformedRecord(file: string, o: StreamOptions): StreamFallback {
  let parser: Parser | undefined;
  let firstText = '';
  const write = (p: Parser, text: string) => {
    p.write(text);
    if (p.errored) fail(p.errored);
  };
  const fail = (e: unknown): never => {
    const err = e as { message?: string; lines?: number };
    const where = err.lines ? ` near line ${err.lines}` : '';
    throw new StreamFallback(`${file}${where}: ${firstSentence(err.message ?? String(e))}`);
  };
  try {
    readChunks(file, { chunkBytes: o.chunkBytes }, (text, last) => {
      if (parser === undefined) {
        firstText += text;
        if (firstText.includes('\n') || last) {
          parser = rowParser(sniffDelimiter(firstText.replace(/^\uFEFF/, '')), () => {});
          write(parser, firstText);
        }
      } else write(parser, text);
      if (last) {
        parser?.end();
        if (parser?.errored) fail(parser.errored);
      }
      return 0;
    });
  } catch (e) {
    if (e instanceof StreamFallback) return e;
    throw e;
  }
  return new StreamFallback(`${file}: a record csv-parse reads and the splitter does not`);
}

function firstSentence(s: string): string {
  return s.split('\n')[0].replace(/^Invalid Record Length: /, '');
}
