import type { RawRow } from './csv.js';
import { own } from './split.js';

// A row of plain cells as places in the decoded text it was read from, not as strings: the
// fast path for plain cells reads dates, times and ids from the characters where they are,
// and a cell becomes a string only when something keeps it (docs/speed.md, "Sixth pass:
// offsets"). The stream reader fills one such row for each record in turn (nothing is
// allocated per row); anything that asks for `cells` gets them as the splitter gives them.

export class SpanRow implements RawRow {
  line = 0;
  /** The text the row lies in (the chunk being split). */
  text = '';
  /** Cell i is text[spans[at + 2i], spans[at + 2i + 1]). */
  spans: Int32Array = new Int32Array(0);
  at = 0;
  /** Cells in the row. */
  count = 0;

  /** Points the row at a record of `text`. */
  set(line: number, text: string, spans: Int32Array, at: number, count: number): this {
    this.line = line;
    this.text = text;
    this.spans = spans;
    this.at = at;
    this.count = count;
    return this;
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
    const cells = new Array<string>(this.count);
    for (let i = 0; i < this.count; i++) cells[i] = this.cell(i);
    return cells;
  }
}

/**
 * The parse stage's reader of plain rows, given to the stream reader once the header is known:
 * the row's record, or undefined to have the row handed on as strings.
 */
export type PlainRowReader = (row: SpanRow) => object | undefined;
