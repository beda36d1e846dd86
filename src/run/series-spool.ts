import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeSeries, type HoursSeries } from '../evaluate/hours.js';

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
  private readonly dir: string;
  private fd: number | undefined;
  private at = 0;
  /** In the order they were added (a series added twice is there twice, as in a list). */
  private readonly kept: Kept[] = [];
  /** The last series added of each employee. */
  private readonly last = new Map<string, Kept>();
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  private buf = Buffer.alloc(0);

  constructor() {
    this.dir = mkdtempSync(join(tmpdir(), 'labour-check-hours-'));
    this.fd = openSync(join(this.dir, 'hours.bin'), 'w+');
  }

  /** The temporary folder (removed by `remove`). */
  get folder(): string {
    return this.dir;
  }

  /** One employee's series as its record (`encodeSeries`). */
  readonly add = (employeeId: string, record: Uint8Array): void => {
    const k = { id: employeeId, at: this.at, bytes: record.length };
    this.kept.push(k);
    this.last.set(k.id, k);
    this.at += record.length;
    this.pending.push(record);
    this.pendingBytes += record.length;
    if (this.pendingBytes >= 1 << 20) this.flush();
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
    this.flush();
    if (this.buf.length < k.bytes) this.buf = Buffer.alloc(Math.max(k.bytes, 2 * this.buf.length));
    for (let got = 0; got < k.bytes; ) got += readSync(this.fd!, this.buf, got, k.bytes - got, k.at + got);
    return decodeSeries(employeeId, this.buf.subarray(0, k.bytes));
  }

  private flush(): void {
    if (this.fd === undefined || this.pendingBytes === 0) return;
    const all = Buffer.concat(this.pending);
    for (let at = 0; at < all.length; ) at += writeSync(this.fd, all, at);
    this.pending = [];
    this.pendingBytes = 0;
  }

  remove(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
    rmSync(this.dir, { recursive: true, force: true });
  }
}
