import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Appends are written once about this many bytes wait: few writes, little held. */
const FLUSH_AT = 1 << 20;

/**
 * A temporary file in a folder of its own, appended to and read back by place: what a run keeps
 * out of the heap (report texts, hours series) goes there, and only where each piece is stays.
 */
export class TempFile {
  private readonly dir: string;
  private fd: number | undefined;
  private size = 0;
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;

  constructor(prefix: string, name: string) {
    this.dir = mkdtempSync(join(tmpdir(), prefix));
    this.fd = openSync(join(this.dir, name), 'w+');
  }

  /** The temporary folder (removed by `remove`). */
  get folder(): string {
    return this.dir;
  }

  /** Where the bytes are in the file. */
  append(bytes: Uint8Array): { at: number; bytes: number } {
    const place = { at: this.size, bytes: bytes.length };
    this.size += bytes.length;
    this.pending.push(bytes);
    this.pendingBytes += bytes.length;
    if (this.pendingBytes >= FLUSH_AT) this.flush();
    return place;
  }

  /** The bytes at a place, read into `into` when it has room (it is then a view of `into`). */
  read(place: { at: number; bytes: number }, into?: Buffer): Buffer {
    this.flush();
    const buf = into && into.length >= place.bytes ? into : Buffer.allocUnsafe(place.bytes);
    for (let got = 0; got < place.bytes; )
      got += readSync(this.fd!, buf, got, place.bytes - got, place.at + got);
    return buf.subarray(0, place.bytes);
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
