import { dayOf, isoOf } from '../base/calendar.js';

// What a per-rule SARIF result keeps of its findings while the run is read, held compactly: past
// 5,000 rule-and-employee pairs a result covers up to millions of findings, and one string a date
// and one Set entry a row made SARIF the largest heap of a 10M-row run.

/** The ISO day of `text` when it reads back as the same text, else undefined. */
const dayText = (text: string): number | undefined => {
  const n = dayOf(text);
  return n !== undefined && isoOf(n) === text ? n : undefined;
};

/** A date list's entry that is not one day or a period of two: an index into `others`. */
const OTHER = -2_000_000_000;
/** The end of an entry that is one day, not a period. */
const ONE_DAY = -2_100_000_000;

/**
 * Each finding's date text ("2025-03-01", "2025-03-01/2025-03-31" or ""), in the order added, as
 * two day numbers a finding; any other text is kept as it is.
 */
export class DateList {
  private days = new Int32Array(64);
  private count = 0;
  private readonly others: string[] = [];

  get length(): number {
    return this.count;
  }

  push(text: string): void {
    if (2 * this.count + 2 > this.days.length) {
      const grown = new Int32Array(2 * this.days.length);
      grown.set(this.days);
      this.days = grown;
    }
    const at = 2 * this.count++;
    const one = dayText(text);
    if (one !== undefined) {
      this.days[at] = one;
      this.days[at + 1] = ONE_DAY;
      return;
    }
    const slash = text.indexOf('/');
    const start = slash === 10 ? dayText(text.slice(0, 10)) : undefined;
    const end = start !== undefined ? dayText(text.slice(11)) : undefined;
    if (start !== undefined && end !== undefined) {
      this.days[at] = start;
      this.days[at + 1] = end;
      return;
    }
    this.days[at] = OTHER + this.others.length;
    this.days[at + 1] = ONE_DAY;
    this.others.push(text);
  }

  /** The i-th text as it was added. */
  at(i: number): string {
    const start = this.days[2 * i];
    const end = this.days[2 * i + 1];
    if (start >= OTHER && start < OTHER + this.others.length && end === ONE_DAY)
      return this.others[start - OTHER];
    return end === ONE_DAY ? isoOf(start) : `${isoOf(start)}/${isoOf(end)}`;
  }
}

/** Rows a set holds before it may turn into bits. */
const SET_ROWS = 1024;
/** Bytes of bits a row the set holds may cost instead: a Set entry takes some tens of bytes. */
const BYTES_A_ROW = 32;

const isRowNumber = (row: number) => Number.isInteger(row) && row >= 0 && row < 2 ** 31;

/**
 * The distinct evidence rows of one file: a set while it is small (one employee's findings), then
 * a bit a row number, once the bits take no more room than the set would (a rule's findings over
 * the run); a row that is not a row number stays in the set.
 */
export class RowSet {
  private readonly set = new Set<number>();
  private bits: Uint8Array | undefined;
  private most = 0;

  /** Adds the row; false when it was there already. */
  add(row: number): boolean {
    if (!isRowNumber(row)) return this.addToSet(row);
    if (!this.bits) {
      if (!this.addToSet(row)) return false;
      if (row > this.most) this.most = row;
      if (this.set.size >= SET_ROWS && this.most >>> 3 <= this.set.size * BYTES_A_ROW) this.toBits();
      return true;
    }
    const byte = row >>> 3;
    if (byte >= this.bits.length) {
      const grown = new Uint8Array(Math.max(2 * this.bits.length, byte + 1));
      grown.set(this.bits);
      this.bits = grown;
    }
    const bit = 1 << (row & 7);
    if (this.bits[byte] & bit) return false;
    this.bits[byte] |= bit;
    return true;
  }

  private addToSet(row: number): boolean {
    if (this.set.has(row)) return false;
    this.set.add(row);
    return true;
  }

  private toBits(): void {
    const bits = new Uint8Array((this.most >>> 3) + 1);
    for (const row of this.set) {
      if (!isRowNumber(row)) continue;
      bits[row >>> 3] |= 1 << (row & 7);
      this.set.delete(row);
    }
    this.bits = bits;
  }
}
