import type { RawRow } from './csv.js';
import { own } from './split.js';

// A row of plain cells as places in the decoded text it was read from, not as strings: the
// fast path for plain cells reads dates, times and ids from the characters where they are,
// and a cell becomes a string only when something keeps it (docs/speed.md, "Sixth pass:
// offsets"). Anything that asks for `cells` gets them as the splitter would have given them.

export class SpanRow implements RawRow {
  readonly line: number;
  /** The text the row lies in (the chunk being split). */
  readonly text: string;
  /** Cell i is text[spans[at + 2i], spans[at + 2i + 1]). */
  readonly spans: Int32Array;
  readonly at: number;
  /** Cells in the row. */
  readonly count: number;
  #cells: string[] | undefined;

  constructor(line: number, text: string, spans: Int32Array, at: number, count: number) {
    this.line = line;
    this.text = text;
    this.spans = spans;
    this.at = at;
    this.count = count;
  }

  /** Where cell i starts in `text` (i < count). */
  from(i: number): number {
    return this.spans[this.at + 2 * i];
  }

  /** Where cell i ends in `text` (i < count). */
  to(i: number): number {
    return this.spans[this.at + 2 * i + 1];
  }

  /** Cell i as a string of its own, '' beyond the row's last cell. */
  cell(i: number): string {
    return i < this.count ? own(this.text, this.from(i), this.to(i)) : '';
  }

  get cells(): string[] {
    if (this.#cells === undefined) {
      const cells = new Array<string>(this.count);
      for (let i = 0; i < this.count; i++) cells[i] = this.cell(i);
      this.#cells = cells;
    }
    return this.#cells;
  }
}
