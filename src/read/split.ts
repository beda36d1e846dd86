// A splitter of delimited text into records that gives exactly what csv-parse gives with the
// options the readers use (one-character delimiter, `"` quoting with `""` inside, lines ending
// in CRLF, LF or CR, ragged rows kept, empty lines skipped, nothing trimmed), and the same line
// numbers, on decoded text instead of bytes: csv-parse turns every cell into a string from a
// Buffer on its own, which was most of the reading time (docs/speed.md). It reads nothing
// csv-parse would refuse: at the first malformed record it stops and says so, and the caller
// asks csv-parse (the one judge of a malformed record's message) or reads the file whole.
// test/read/split.test.ts holds it equal to csv-parse on generated text.

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** How records end, fixed (as csv-parse does) by the first line ending met outside quotes. */
enum Ending {
  Unknown = 0,
  Lf = 1,
  CrLf = 2,
  Cr = 3,
}

/** csv-parse's error for the first malformed record: nothing from it on was taken. */
export type SplitError = 'not closed' | 'after closing' | 'opening';

/** A record's end could not be decided within the text given so far. */
const MORE = -1;

/**
 * What the splitter hands on for each record: its cells, the line csv-parse's `info.lines`
 * gives for it (the line its record delimiter is on), and how many CR and LF characters its
 * cells hold (0 for almost every record, which spares the reader looking for them).
 */
export type TakeRecord = (cells: string[], line: number, breaks: number) => void;

/**
 * What the splitter offers first for a record of plain cells (no quote, no line break inside
 * a cell): the text and the places of its cells, cell i being text[spans[2i], spans[2i + 1]),
 * and its line. `spans` is the splitter's own and is reused for the next record. Returning
 * false has the record handed on as strings (`TakeRecord`) after all.
 */
export type TakeSpans = (text: string, spans: Int32Array, count: number, line: number) => boolean;

/** A record that is not plain: #record reads it. */
const NOT_PLAIN = -2;

/** Splits text handed in pieces (`push`, then `end`); `take` gets each record. */
export class CsvSplitter {
  readonly #d: number;
  readonly #delimiter: string;
  readonly #take: TakeRecord;
  #ending = Ending.Unknown;
  #carry = '';
  #lines = 1;
  #width = 0;
  #error: SplitError | undefined;
  readonly #takeSpans: TakeSpans | undefined;
  #spans: Int32Array = new Int32Array(64);
  /**
   * The first delimiter at or after some place at or before where #line last stopped (s.length:
   * none): a file whose lines hold no delimiter is not searched to the chunk's end per line.
   */
  #nextDelimiter = -1;

  constructor(delimiter: string, take: TakeRecord, takeSpans?: TakeSpans) {
    this.#d = delimiter.charCodeAt(0);
    this.#delimiter = delimiter.charAt(0);
    this.#take = take;
    this.#takeSpans = takeSpans;
  }

  /** The malformed record that stopped the splitter, if one did. */
  get error(): SplitError | undefined {
    return this.#error;
  }

  push(text: string): void {
    if (this.#error !== undefined) return;
    this.#run(this.#carry + text, false);
  }

  end(): void {
    if (this.#error !== undefined) return;
    this.#run(this.#carry, true);
    this.#carry = '';
  }

  #run(s: string, final: boolean): void {
    let pos = 0;
    // The next quote and CR at or after `pos`, found by the string's own search and kept until
    // `pos` passes them: a line that ends before both holds neither (s.length: none left).
    let quote = -1;
    let cr = -1;
    this.#nextDelimiter = -1;
    while (pos < s.length) {
      // A record of plain cells is found by the string's own searches (#line, #plain) and its
      // cells cut from the text once (or handed on as places): quicker than #record's reading
      // character by character, even for a file read as strings (the employees and payroll).
      let next = NOT_PLAIN;
      if (this.#ending === Ending.Lf || this.#ending === Ending.CrLf) {
        if (quote < pos) quote = found(s.indexOf('"', pos), s.length);
        if (cr < pos) cr = found(s.indexOf('\r', pos), s.length);
        next = this.#line(s, pos, final, quote, cr);
      }
      if (next === NOT_PLAIN) next = this.#plain(s, pos, final);
      if (next === NOT_PLAIN) next = this.#record(s, pos, final);
      if (next === MORE) break;
      if (this.#error !== undefined) return;
      pos = next;
    }
    this.#carry = pos < s.length ? s.slice(pos) : '';
  }

  /**
   * #plain for a record on one line of a file whose records end in LF or CRLF, with no quote
   * and no CR before its end (`quote` and `cr` are the next ones at or after `pos`): its end
   * is the next LF, and only delimiters are looked for inside it. Anything else (a quote or a
   * CR on the line, an empty line, a line not yet ended within the text) is NOT_PLAIN, for
   * #plain and #record to read exactly as before.
   */
  #line(s: string, pos: number, final: boolean, quote: number, cr: number): number {
    const lf = s.indexOf('\n', pos);
    // csv-parse never takes the last character of a piece before it sees the next one.
    if (lf === -1 || lf >= (final ? s.length : s.length - 1) || quote < lf) return NOT_PLAIN;
    let end = lf;
    if (this.#ending === Ending.CrLf) {
      // A lone LF in a CRLF file is text.
      end = lf - 1;
      if (end < pos || cr !== end) return NOT_PLAIN;
    } else if (cr < lf) return NOT_PLAIN;
    if (end === pos) return NOT_PLAIN;
    const d = this.#delimiter;
    let spans = this.#spans;
    let k = 0;
    let from = pos;
    let i = this.#nextDelimiter >= pos ? this.#nextDelimiter : found(s.indexOf(d, pos), s.length);
    for (; i < end; i = found(s.indexOf(d, i + 1), s.length)) {
      if (k + 2 > spans.length) spans = this.#grow();
      spans[k++] = from;
      spans[k++] = i;
      from = i + 1;
    }
    this.#nextDelimiter = i;
    if (k + 2 > spans.length) spans = this.#grow();
    spans[k++] = from;
    spans[k++] = end;
    return this.#hand(s, spans, k >> 1, lf + 1);
  }

  /**
   * Reads the record starting at `pos`: hands it on and returns where the next one starts,
   * or MORE when its end lies beyond `s` (and `s` is not the end of the text).
   */
  #record(s: string, pos: number, final: boolean): number {
    const n = s.length;
    const d = this.#d;
    // csv-parse never takes the last character of a piece before it sees the next one.
    const limit = final ? n : n - 1;
    // Sized as the last record was: the rows of a file have one width, and an array grown by
    // push keeps room for 17 cells, which every row held until it was parsed.
    let cells: string[] = new Array(this.#width);
    let k = 0;
    // Line endings read inside this record, counted into csv-parse's line number.
    let breaks = 0;
    let i = pos;
    for (;;) {
      // One cell starts at i.
      let cell: string;
      let quoted = false;
      if (i < limit && s.charCodeAt(i) === QUOTE) {
        quoted = true;
        let from = i + 1;
        let text = '';
        for (;;) {
          const q = s.indexOf('"', from);
          if (q === -1 || q >= limit) {
            if (!final) return MORE;
            if (q === -1) return this.#fail('not closed');
          }
          // A quote as the text's last character closes the cell.
          const after = q + 1 < n ? s.charCodeAt(q + 1) : -1;
          if (after === QUOTE) {
            if (q + 1 >= limit && !final) return MORE;
            text += own(s, from, q + 1);
            from = q + 2;
            continue;
          }
          text += own(s, from, q);
          breaks += lineBreaks(s, i + 1, q);
          if (after === -1 || after === d || after === 0) {
            i = q + 1;
            break;
          }
          const ending = this.#endingAt(s, q + 1, final);
          if (ending === MORE) return MORE;
          if (ending === 0) return this.#fail('after closing');
          i = q + 1;
          break;
        }
        cell = text;
      } else cell = '';
      // The unquoted cell, or what follows a closing quote before a delimiter (only a NUL,
      // which csv-parse takes as the end of a quoted cell and then keeps as text).
      const from = i;
      let ended = 0;
      while (i < limit) {
        const c = s.charCodeAt(i);
        if (c === d) break;
        if (c === LF || c === CR) {
          const ending = this.#endingAt(s, i, final);
          if (ending === MORE) return MORE;
          if (ending !== 0) {
            ended = ending;
            break;
          }
          breaks++;
        } else if (c === QUOTE) return this.#fail('opening');
        i++;
      }
      if (i > from) cell = quoted ? cell + own(s, from, i) : own(s, from, i);
      if (ended !== 0) {
        // A line with nothing on it is skipped, but its ending still counts as a line.
        if (k === 0 && !quoted && i === from) {
          this.#lines += breaks + 1;
          return i + ended;
        }
        cells = fitted(cells, k, cell);
        this.#width = k + 1;
        this.#take(cells, this.#lines + breaks, breaks);
        this.#lines += breaks + 1;
        return i + ended;
      }
      if (i >= limit) {
        if (!final) return MORE;
        // The end of the text ends the record, if it holds anything.
        if (k === 0 && !quoted && i === from) return n;
        cells = fitted(cells, k, cell);
        // csv-parse counts a line ending when it reads the next character: one that is the
        // text's very last character is not counted yet for the last record.
        const last = s.charCodeAt(n - 1);
        const uncounted = last === LF || last === CR ? 1 : 0;
        this.#take(cells, this.#lines + breaks - uncounted, breaks);
        this.#lines += breaks;
        return n;
      }
      // A delimiter: the next cell.
      cells[k++] = cell;
      i++;
    }
  }

  /**
   * Reads the record starting at `pos` when its cells are plain, handing their places on;
   * returns where the next record starts, MORE as #record would, or NOT_PLAIN for #record to
   * read it (a quote, a line break inside a cell, an empty line, the text's last record).
   */
  #plain(s: string, pos: number, final: boolean): number {
    const d = this.#d;
    const limit = final ? s.length : s.length - 1;
    let spans = this.#spans;
    let k = 0;
    let from = pos;
    for (let i = pos; i < limit; i++) {
      const c = s.charCodeAt(i);
      if (c === d) {
        if (k + 2 > spans.length) spans = this.#grow();
        spans[k++] = from;
        spans[k++] = i;
        from = i + 1;
      } else if (c === LF || c === CR) {
        const ending = this.#endingAt(s, i, final);
        if (ending === MORE) return MORE;
        if (ending === 0 || (k === 0 && i === from)) return NOT_PLAIN;
        if (k + 2 > spans.length) spans = this.#grow();
        spans[k++] = from;
        spans[k++] = i;
        return this.#hand(s, spans, k >> 1, i + ending);
      } else if (c === QUOTE) return NOT_PLAIN;
    }
    return final ? NOT_PLAIN : MORE;
  }

  /** Hands on the plain record whose `count` cells are at `spans`; returns `next`, where the next record starts. */
  #hand(s: string, spans: Int32Array, count: number, next: number): number {
    this.#width = count;
    const line = this.#lines;
    if (!this.#takeSpans?.(s, spans, count, line)) {
      const cells: string[] = new Array(count);
      for (let j = 0; j < count; j++) cells[j] = own(s, spans[2 * j], spans[2 * j + 1]);
      this.#take(cells, line, 0);
    }
    this.#lines++;
    return next;
  }

  #grow(): Int32Array {
    const wider = new Int32Array(this.#spans.length * 2);
    wider.set(this.#spans);
    this.#spans = wider;
    return wider;
  }

  /**
   * The length of the record delimiter at `i` (deciding it on the first line ending met),
   * 0 when the character there is text, MORE when the next character is needed to know.
   */
  #endingAt(s: string, i: number, final: boolean): number {
    const c = s.charCodeAt(i);
    if (c !== LF && c !== CR) return 0;
    // Whether a CR ends the record depends on the character after it, which csv-parse reads
    // only when it is not the last of the piece.
    const needNext = c === CR && (this.#ending === Ending.Unknown || this.#ending === Ending.CrLf);
    if (needNext && !final && i + 1 >= s.length - 1) return MORE;
    const crlf = c === CR && i + 1 < s.length && s.charCodeAt(i + 1) === LF;
    if (this.#ending === Ending.Unknown) this.#ending = crlf ? Ending.CrLf : c === LF ? Ending.Lf : Ending.Cr;
    switch (this.#ending) {
      case Ending.Lf:
        return c === LF ? 1 : 0;
      case Ending.Cr:
        return c === CR ? 1 : 0;
      default:
        return crlf ? 2 : 0;
    }
  }

  #fail(e: SplitError): number {
    this.#error = e;
    return 0;
  }
}

/**
 * s[from, to) as a string of its own. V8 makes a slice of 13 characters or more a view into
 * the whole string, which would keep a 1 MB chunk alive as long as any such cell (a name in a
 * rejection, say): those are copied.
 */
export const own = (s: string, from: number, to: number): string =>
  to - from < 13 ? s.slice(from, to) : ` ${s.slice(from, to)}`.slice(1);

/** `cells` with its last cell put at `k` and no place after it. */
function fitted(cells: string[], k: number, last: string): string[] {
  cells[k] = last;
  if (cells.length !== k + 1) cells.length = k + 1;
  return cells;
}

/** A search's result, or `none` when it found nothing. */
const found = (at: number, none: number): number => (at === -1 ? none : at);

/** CR and LF characters in s[from, to). */
function lineBreaks(s: string, from: number, to: number): number {
  let k = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === LF || c === CR) k++;
  }
  return k;
}

/** All the records of a whole text, or the malformed record that stopped the splitter. */
export function splitAll(
  text: string,
  delimiter: string,
  take: TakeRecord,
  takeSpans?: TakeSpans,
): SplitError | undefined {
  const splitter = new CsvSplitter(delimiter, take, takeSpans);
  splitter.push(text);
  splitter.end();
  return splitter.error;
}
