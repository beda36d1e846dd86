import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { PayrollRow, Stretch } from '../parse/records.js';
import { fileSize } from '../read/stream.js';

// The spill path of a streamed run (run/stream.ts): hours not grouped by employee are parsed
// once into temporary files, a bucket per hash of the employee id, and evaluated a bucket at a
// time, so memory does not grow with the rows.

/**
 * Parsed stretches written to temporary files by hash of the employee id, read back one file at
 * a time, each bucket's payroll rows beside them.
 */
export class Spill {
  readonly count: number;
  private readonly dir: string;
  private readonly fds: number[] = [];
  // What waits to be written, per bucket: bytes outside the heap, so that lines which live
  // for a while are not promoted to the old generation and collected there.
  private readonly pending: Buffer[] = [];
  private readonly pendingBytes: number[] = [];
  private readonly payrollFiles = new Set<number>();

  constructor(hoursBytes: number, bytesPerBucket = 2 << 20) {
    this.count = Math.max(1, Math.min(256, Math.ceil(hoursBytes / bytesPerBucket)));
    this.dir = mkdtempSync(join(tmpdir(), 'labour-check-spill-'));
    for (let i = 0; i < this.count; i++) {
      this.fds.push(openSync(join(this.dir, `${i}.jsonl`), 'w'));
      this.pendingBytes.push(0);
    }
  }

  /** Moves every employee's payroll rows to the buckets (the map is emptied). */
  addPayroll(payrollOf: Map<string, PayrollRow[]>): void {
    const byBucket: [string, PayrollRow[]][][] = Array.from({ length: this.count }, () => []);
    for (const entry of payrollOf) byBucket[bucketOf(entry[0], this.count)].push(entry);
    payrollOf.clear();
    for (let i = 0; i < this.count; i++) {
      if (byBucket[i].length === 0) continue;
      // The structured clone keeps what JSON would not: absent and undefined alike, key order.
      writeFileSync(join(this.dir, `${i}.payroll`), serialize(byBucket[i]));
      byBucket[i] = [];
      this.payrollFiles.add(i);
    }
  }

  add(s: Stretch): void {
    const i = bucketOf(s.employee_id, this.count);
    const line = `${JSON.stringify(s)}\n`;
    // At most 3 bytes of UTF-8 per UTF-16 code unit.
    if (this.pendingBytes[i] + line.length * 3 > PENDING_BYTES) this.flush(i);
    if (line.length * 3 > PENDING_BYTES) {
      this.bytes += writeSync(this.fds[i], line);
      return;
    }
    this.pending[i] ??= Buffer.allocUnsafe(PENDING_BYTES);
    this.pendingBytes[i] += this.pending[i].write(line, this.pendingBytes[i]);
  }

  private flush(i: number): void {
    const n = this.pendingBytes[i];
    if (n === 0) return;
    writeSync(this.fds[i], this.pending[i], 0, n);
    this.bytes += n;
    this.pendingBytes[i] = 0;
  }

  /** Bytes of hours written to all spill files. */
  bytes = 0;

  /** Each bucket's stretches by employee (in the order read) and its payroll rows by employee. */
  *buckets(): Generator<{
    stretches: Map<string, Stretch[]>;
    payroll: [string, PayrollRow[]][];
    rows: number;
    bytes: number;
  }> {
    for (let i = 0; i < this.count; i++) this.flush(i);
    this.pending.length = 0;
    for (const fd of this.fds.splice(0)) closeSync(fd);
    for (let i = 0; i < this.count; i++) {
      const file = join(this.dir, `${i}.jsonl`);
      const bytes = fileSize(file) ?? 0;
      const stretches = new Map<string, Stretch[]>();
      let rows = 0;
      {
        const text = readFileSync(file, 'utf8');
        for (let a = 0; a < text.length; ) {
          const b = text.indexOf('\n', a);
          const s = JSON.parse(text.slice(a, b)) as Stretch;
          const list = stretches.get(s.employee_id);
          if (list) list.push(s);
          else stretches.set(s.employee_id, [s]);
          rows++;
          a = b + 1;
        }
      }
      const payroll = this.payrollFiles.has(i)
        ? (deserialize(readFileSync(join(this.dir, `${i}.payroll`))) as [string, PayrollRow[]][])
        : [];
      yield { stretches, payroll, rows, bytes };
    }
  }

  remove(): void {
    for (const fd of this.fds.splice(0)) closeSync(fd);
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Bytes of hours lines held per bucket before they are written. */
const PENDING_BYTES = 1 << 16;

/** FNV-1a over the id's UTF-16 code units. */
function bucketOf(id: string, n: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % n;
}
