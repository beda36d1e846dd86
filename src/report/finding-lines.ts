// The findings of a large run are kept as their JSON lines (`JSON.stringify` of each finding, a
// newline after each: run/spool.ts). The JSON and JSON Lines reports are made from those bytes
// as they are, with no finding parsed and written again: `JSON.stringify(f, null, 2)` writes the
// same tokens as `JSON.stringify(f)`, only with whitespace between them, so adding it is enough.
// UTF-8 holds no ASCII byte inside a multi-byte character, so the scan can go byte by byte.

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const NEWLINE = 0x0a;
const SPACE = 0x20;

/** Output is handed on in pieces of about this size. */
const PIECE = 1 << 16;

/** An output buffer handed on in pieces, each piece a buffer of its own (a writer may keep it). */
class Pieces {
  out: Buffer = Buffer.allocUnsafe(2 * PIECE);
  at = 0;

  /** Room for `bytes` more. */
  room(bytes: number): void {
    if (this.at + bytes <= this.out.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(2 * this.out.length, this.at + bytes));
    this.out.copy(bigger, 0, 0, this.at);
    this.out = bigger;
  }

  ascii(s: string): void {
    this.room(s.length);
    this.at += this.out.write(s, this.at, 'latin1');
  }

  /** The bytes so far, when there are enough of them or `all`; then a fresh buffer. */
  take(all = false): Buffer | undefined {
    if (this.at === 0 || (!all && this.at < PIECE)) return undefined;
    const piece = this.out.subarray(0, this.at);
    this.out = Buffer.allocUnsafe(2 * PIECE);
    this.at = 0;
    return piece;
  }
}

/**
 * One line's JSON (`src[from, to)`, a finding as `JSON.stringify` writes it) as
 * `JSON.stringify(finding, null, 2)` writes it, every line after the first indented by `pad`
 * more spaces.
 */
function spaced(p: Pieces, src: Uint8Array, from: number, to: number, pad: number): void {
  let indent = pad;
  p.room(to - from);
  let out: Buffer = p.out;
  let o = p.at;
  for (let i = from; i < to; i++) {
    const c = src[i];
    out[o++] = c;
    if (c === QUOTE) {
      // A string, copied to its closing quote; an escaped character is copied with its backslash.
      for (let s = src[++i]; s !== QUOTE; s = src[++i]) {
        out[o++] = s;
        if (s === BACKSLASH) out[o++] = src[++i];
      }
      out[o++] = QUOTE;
      continue;
    }
    if (c === COLON) {
      if (o + 1 + to - i > out.length) out = grow(p, o, 1 + to - i);
      out[o++] = SPACE;
      continue;
    }
    if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      // An empty object or list stays `{}` or `[]`.
      if (src[i + 1] === c + 2) {
        out[o++] = src[++i];
        continue;
      }
      indent += 2;
    } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
      o--;
      indent -= 2;
    } else if (c !== COMMA) continue;
    // A newline and the indentation, with room kept for the rest of the line.
    if (o + indent + 1 + to - i > out.length) out = grow(p, o, indent + 1 + to - i);
    out[o++] = NEWLINE;
    for (let k = 0; k < indent; k++) out[o++] = SPACE;
    if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) out[o++] = c;
  }
  p.at = o;
}

/** The output buffer with room for `bytes` more after `at`. */
function grow(p: Pieces, at: number, bytes: number): Buffer {
  p.at = at;
  p.room(bytes);
  return p.out;
}

/**
 * The JSON report's findings list (at depth 1, as `JSON.stringify(result, null, 2)` writes it)
 * from each employee's JSON lines, in the order given.
 */
export function* findingsArray(employees: Iterable<Uint8Array>): Generator<Uint8Array | string> {
  const p = new Pieces();
  let first = true;
  for (const src of employees) {
    for (let a = 0; a < src.length; ) {
      const b = src.indexOf(NEWLINE, a);
      p.ascii(first ? '[\n    ' : ',\n    ');
      first = false;
      spaced(p, src, a, b, 4);
      a = b + 1;
    }
    const piece = p.take();
    if (piece) yield piece;
  }
  if (first) {
    yield '[]';
    return;
  }
  p.ascii('\n  ]');
  yield p.take(true)!;
}

/** The JSON Lines report's finding lines (`{"type":"finding",` and the finding's keys) from each employee's JSON lines. */
export function* findingLines(employees: Iterable<Uint8Array>): Generator<Uint8Array> {
  const p = new Pieces();
  for (const src of employees) {
    for (let a = 0; a < src.length; ) {
      const b = src.indexOf(NEWLINE, a);
      p.ascii('{"type":"finding",');
      // The finding's own `{` gives way to the type's; every finding has keys.
      p.room(b - a);
      p.out.set(src.subarray(a + 1, b + 1), p.at);
      p.at += b - a;
      a = b + 1;
    }
    const piece = p.take();
    if (piece) yield piece;
  }
  const rest = p.take(true);
  if (rest) yield rest;
}
