import type { Stretch } from '../parse/records.js';

// An employee's stretches cross to a worker thread as one Float64Array and a short list of
// strings, not as objects: the structured clone of some 500 objects per employee was most of
// the reading thread's time with --jobs (docs/speed.md, Worker threads for one check). The
// array's buffer is transferred, not copied. Float64 holds any number a stretch carries
// (fractional minutes, -0 alike), so the worker's objects equal the originals.

/** Numbers per stretch: start, end, break, row, the three strings' indexes, flags, rows count. */
const WIDTH = 9;
const HAS_ROWS = 1;
const HAS_INFERRED = 2;
const INFERRED = 4;

export interface PackedStretches {
  count: number;
  /** Employee ids, dates and day types, each once. */
  strings: string[];
  /** WIDTH numbers per stretch, then every stretch's `rows` one after another. */
  numbers: Float64Array<ArrayBuffer>;
}

export function packStretches(stretches: readonly Stretch[]): PackedStretches {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const indexOf = (s: string) => {
    let i = index.get(s);
    if (i === undefined) {
      i = strings.length;
      strings.push(s);
      index.set(s, i);
    }
    return i;
  };
  let extra = 0;
  for (const s of stretches) if (s.rows) extra += s.rows.length;
  const numbers = new Float64Array(stretches.length * WIDTH + extra);
  let tail = stretches.length * WIDTH;
  for (let i = 0, at = 0; i < stretches.length; i++, at += WIDTH) {
    const s = stretches[i];
    numbers[at] = s.start;
    numbers[at + 1] = s.end;
    numbers[at + 2] = s.break_minutes;
    numbers[at + 3] = s.row;
    numbers[at + 4] = indexOf(s.employee_id);
    numbers[at + 5] = indexOf(s.date);
    numbers[at + 6] = indexOf(s.day_type);
    let flags = 0;
    if (s.rows) {
      flags |= HAS_ROWS;
      numbers[at + 8] = s.rows.length;
      numbers.set(s.rows, tail);
      tail += s.rows.length;
    }
    if (s.inferred !== undefined) flags |= HAS_INFERRED | (s.inferred ? INFERRED : 0);
    numbers[at + 7] = flags;
  }
  return { count: stretches.length, strings, numbers };
}

/** The stretches `packStretches` was given, as equal objects with their keys in the parser's order. */
export function unpackStretches({ count: n, strings, numbers }: PackedStretches): Stretch[] {
  const out: Stretch[] = new Array(n);
  let tail = n * WIDTH;
  for (let i = 0, at = 0; i < n; i++, at += WIDTH) {
    const s: Stretch = {
      employee_id: strings[numbers[at + 4]],
      date: strings[numbers[at + 5]],
      start: numbers[at],
      end: numbers[at + 1],
      break_minutes: numbers[at + 2],
      day_type: strings[numbers[at + 6]] as Stretch['day_type'],
      row: numbers[at + 3],
    };
    const flags = numbers[at + 7];
    if (flags & HAS_ROWS) {
      const count = numbers[at + 8];
      s.rows = Array.from(numbers.subarray(tail, tail + count));
      tail += count;
    }
    if (flags & HAS_INFERRED) s.inferred = (flags & INFERRED) !== 0;
    out[i] = s;
  }
  return out;
}
