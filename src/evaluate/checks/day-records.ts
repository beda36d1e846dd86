// What a check across employees keeps of each day worked, held for the whole run (about 4.6
// million days at 10 million hours rows), packed: each integer is written as its difference from
// the same field of the day before, zigzag-coded so that a small step back stays small, in 7-bit
// groups, low group first, the high bit set on all groups but the last. Days a day or two apart,
// punch times minutes apart and rows a few apart take a byte each, where an Int32Array takes four.
// Read back in order only, which is how the checks across employees walk them.

/** Up to five 7-bit groups a field: the difference of two 32-bit integers needs 34 bits. */
const MAX_BYTES = 5;

/** `days` records of `width` integers each (`field(day, f)`), packed. */
export function packDays(days: number, width: number, field: (day: number, f: number) => number): Uint8Array {
  const bytes = new Uint8Array(days * width * MAX_BYTES);
  const last = new Float64Array(width);
  let at = 0;
  for (let d = 0; d < days; d++) {
    for (let f = 0; f < width; f++) {
      const v = field(d, f);
      const step = v - last[f];
      last[f] = v;
      // Arithmetic rather than bit operators: a step of two 32-bit integers may need 33 bits.
      let z = step < 0 ? -2 * step - 1 : 2 * step;
      while (z >= 128) {
        bytes[at++] = 128 + (z % 128);
        z = Math.floor(z / 128);
      }
      bytes[at++] = z;
    }
  }
  return bytes.slice(0, at);
}

/** Reads packed days back in order: `next()` puts the following day's fields in `fields`. */
export class DayReader {
  /** The fields of the day last read (all 0 before the first). */
  readonly fields: Float64Array;
  private at = 0;

  constructor(
    private readonly bytes: Uint8Array,
    width: number,
  ) {
    this.fields = new Float64Array(width);
  }

  next(): void {
    const { bytes, fields } = this;
    let at = this.at;
    for (let f = 0; f < fields.length; f++) {
      let b = bytes[at++];
      // Most steps take one byte: read with integer operations.
      if (b < 128) {
        fields[f] += b & 1 ? -((b + 1) >> 1) : b >> 1;
        continue;
      }
      let z = b - 128;
      let scale = 128;
      do {
        b = bytes[at++];
        z += (b % 128) * scale;
        scale *= 128;
      } while (b >= 128);
      fields[f] += z % 2 === 1 ? -(z + 1) / 2 : z / 2;
    }
    this.at = at;
  }
}
