import { decodeSeries, type HoursSeries } from '../evaluate/hours.js';
import { TempFile } from './temp-file.js';

// The hours chart series of a run, one employee's at a time, kept in a temporary file rather than
// the heap: a run of 10M rows holds 20,000 employees x 300 days of them. Each employee's series
// is one record (`encodeSeries`, evaluate/hours.ts), as the engine hands it over.

interface Kept {
  id: string;
  at: number;
  bytes: number;
}

/**
 * Hours series written to a temporary file as each employee is counted, read back one employee at
 * a time: only where each record is stays in the heap.
 */
export class SeriesSpool {
  private readonly file = new TempFile('labour-check-hours-', 'hours.bin');
  /** In the order they were added (a series added twice is there twice, as in a list). */
  private readonly kept: Kept[] = [];
  /** The last series added of each employee. */
  private readonly last = new Map<string, Kept>();
  private buf = Buffer.alloc(0);

  /** The temporary folder (removed by `remove`). */
  get folder(): string {
    return this.file.folder;
  }

  /** One employee's series as its record (`encodeSeries`). */
  readonly add = (employeeId: string, record: Uint8Array): void => {
    const k = { id: employeeId, ...this.file.append(record) };
    this.kept.push(k);
    this.last.set(k.id, k);
  };

  get size(): number {
    return this.kept.length;
  }

  /** The employee ids in the order their series were added. */
  ids(): string[] {
    return this.kept.map((k) => k.id);
  }

  /** The last series added for an employee. */
  readonly get = (employeeId: string): HoursSeries | undefined => {
    const k = this.last.get(employeeId);
    return k ? this.read(k) : undefined;
  };

  /** The `i`th series added, under another id when given (a pseudonym). */
  nth(i: number, employeeId?: string): HoursSeries {
    return this.read(this.kept[i], employeeId);
  }

  private read(k: Kept, employeeId = k.id): HoursSeries {
    // One buffer for every read: a series is decoded before the next is read.
    if (this.buf.length < k.bytes) this.buf = Buffer.alloc(Math.max(k.bytes, 2 * this.buf.length));
    return decodeSeries(employeeId, this.file.read(k, this.buf));
  }

  remove(): void {
    this.file.remove();
  }
}
