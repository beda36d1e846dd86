import { closeSync, openSync, readSync } from 'node:fs';

// A 10M-row finding-heavy report is over a gigabyte: more than one string can hold, so the
// bench reads reports in chunks rather than whole.

const CHUNK = 1 << 20;

/** The summary's finding count of a JSON report, read from the head of the file. */
export function findingsOf(file: string): number {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(CHUNK);
    let text = '';
    for (;;) {
      const n = readSync(fd, buf, 0, CHUNK, null);
      if (n === 0) break;
      text += buf.toString('latin1', 0, n);
      const m = /"summary": \{\s*"employees": \d+,\s*"findings": (\d+)/.exec(text);
      if (m) return Number(m[1]);
      // The summary follows the inputs; keep a tail in case the pattern straddles two chunks.
      text = text.slice(-256);
    }
  } finally {
    closeSync(fd);
  }
  throw new Error(`${file}: no summary with a finding count`);
}

/** Whether two files hold the same bytes. */
export function sameBytes(a: string, b: string): boolean {
  const fa = openSync(a, 'r');
  const fb = openSync(b, 'r');
  try {
    const ba = Buffer.alloc(CHUNK);
    const bb = Buffer.alloc(CHUNK);
    for (;;) {
      const na = readSync(fa, ba, 0, CHUNK, null);
      const nb = readSync(fb, bb, 0, CHUNK, null);
      if (na !== nb || !ba.subarray(0, na).equals(bb.subarray(0, nb))) return false;
      if (na === 0) return true;
    }
  } finally {
    closeSync(fa);
    closeSync(fb);
  }
}
