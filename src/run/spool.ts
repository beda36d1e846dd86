import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Finding } from '../findings/finding.js';

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Findings written to a temporary file as each employee is evaluated, one JSON line each, and
 * read back one employee at a time in report order: the report's findings never sit in the
 * heap together, only where each employee's lines are.
 */
export class FindingSpool {
  private readonly dir: string;
  private fd: number | undefined;
  private at = 0;
  private pending: string[] = [];
  private pendingBytes = 0;
  /** One read buffer for every employee, grown as needed: not one allocation per employee. */
  private buf = Buffer.alloc(0);
  /** Byte ranges of each employee's lines (run findings, then those of checks across employees). */
  private readonly chunks = new Map<string, { at: number; bytes: number }[]>();

  constructor() {
    this.dir = mkdtempSync(join(tmpdir(), 'labour-check-findings-'));
    this.fd = openSync(join(this.dir, 'findings.jsonl'), 'w+');
  }

  readonly add = (employeeId: string, findings: Finding[]): void => {
    if (findings.length === 0) return;
    let text = '';
    for (const f of findings) text += `${JSON.stringify(f)}\n`;
    const bytes = Buffer.byteLength(text);
    const list = this.chunks.get(employeeId);
    const chunk = { at: this.at, bytes };
    if (list) list.push(chunk);
    else this.chunks.set(employeeId, [chunk]);
    this.at += bytes;
    this.pending.push(text);
    this.pendingBytes += bytes;
    if (this.pendingBytes >= 1 << 20) this.flush();
  };

  private flush(): void {
    if (this.pending.length === 0 || this.fd === undefined) return;
    writeSync(this.fd, this.pending.join(''));
    this.pending = [];
    this.pendingBytes = 0;
  }

  /** Employees with findings. */
  get employees(): number {
    return this.chunks.size;
  }

  /**
   * Each employee's findings, employees in the order of `key` (their id unless given), each
   * employee's list as `arrange` leaves it.
   */
  *byEmployee<F>(
    map: (f: Finding) => F,
    arrange: (fs: F[]) => F[],
    key: (id: string) => string = (id) => id,
  ): Generator<F[]> {
    this.flush();
    const order = [...this.chunks.keys()].map((id) => ({ id, key: key(id) }));
    order.sort((a, b) => cmp(a.key, b.key));
    for (const { id } of order) {
      const list: F[] = [];
      for (const c of this.chunks.get(id)!) {
        if (this.buf.length < c.bytes) this.buf = Buffer.alloc(Math.max(c.bytes, 2 * this.buf.length));
        readSync(this.fd!, this.buf, 0, c.bytes, c.at);
        const text = this.buf.toString('utf8', 0, c.bytes);
        for (let a = 0; a < text.length; ) {
          const b = text.indexOf('\n', a);
          list.push(map(JSON.parse(text.slice(a, b)) as Finding));
          a = b + 1;
        }
      }
      yield arrange(list);
    }
  }

  remove(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
    rmSync(this.dir, { recursive: true, force: true });
  }
}
