// The hours' dates counted as a streamed pass meets them, for the file's dominant range
// (parse/plausible.ts, `dateClustersOf`). Counted in runs of one date (an employee's stretches
// of a day come together), keyed by a number made of the ISO date's digits: a map of small
// integers, where a map of the parser's fresh strings hashed each one anew.

export class DateCounts {
  private readonly counts = new Map<number, number>();
  /** Dates that are not ISO (none from the parser; kept as they are, to count every stretch). */
  private readonly others = new Map<string, number>();
  private lastDate = '';
  private last = -1;
  private run = 0;

  add(date: string): void {
    if (date !== this.lastDate) {
      this.flush();
      this.lastDate = date;
      this.last = keyOf(date);
    }
    if (this.last < 0) this.others.set(date, (this.others.get(date) ?? 0) + 1);
    else this.run++;
  }

  /** Each date on or after `from`, with its count. */
  byDate(from: string): Map<string, number> {
    this.flush();
    const out = new Map<string, number>();
    for (const [k, n] of this.counts) {
      const d = isoOfKey(k);
      if (d >= from) out.set(d, n);
    }
    for (const [d, n] of this.others) if (d >= from) out.set(d, (out.get(d) ?? 0) + n);
    return out;
  }

  private flush(): void {
    if (this.run > 0) this.counts.set(this.last, (this.counts.get(this.last) ?? 0) + this.run);
    this.run = 0;
  }
}

const digit = (s: string, i: number) => s.charCodeAt(i) - 48;
const DIGITS = [0, 1, 2, 3, 5, 6, 8, 9];

/** (year * 13 + month) * 32 + day for an ISO date, or -1. */
function keyOf(d: string): number {
  if (d.length !== 10 || d.charCodeAt(4) !== 45 || d.charCodeAt(7) !== 45) return -1;
  for (const i of DIGITS) if (digit(d, i) < 0 || digit(d, i) > 9) return -1;
  const y = digit(d, 0) * 1000 + digit(d, 1) * 100 + digit(d, 2) * 10 + digit(d, 3);
  return (y * 13 + digit(d, 5) * 10 + digit(d, 6)) * 32 + digit(d, 8) * 10 + digit(d, 9);
}

function isoOfKey(k: number): string {
  const day = k % 32;
  const month = Math.floor(k / 32) % 13;
  const year = Math.floor(k / 32 / 13);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
