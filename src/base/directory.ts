import { mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * Makes a folder and the folders missing above it, one level at a time down from the nearest one
 * that exists, and throws the error of the first level that cannot be made. Node 20's
 * `mkdirSync(dir, { recursive: true })` never returns on some paths: under /proc it keeps
 * retrying a level the kernel refuses, at full CPU.
 */
export function makeDirectory(dir: string): void {
  const missing: string[] = [];
  for (let at = resolve(dir); ; ) {
    try {
      if (statSync(at).isDirectory()) break;
      // A file in the way: mkdir says so (EEXIST), as for any level it cannot make.
      mkdirSync(at);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
    missing.push(at);
    const up = dirname(at);
    if (up === at) break;
    at = up;
  }
  for (const level of missing.reverse()) {
    try {
      mkdirSync(level);
    } catch (e) {
      // Made meanwhile by another process (two runs writing to one folder) is made.
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || !statSync(level).isDirectory()) throw e;
    }
  }
}
