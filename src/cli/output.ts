import { closeSync, openSync, realpathSync, writeFileSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';
import { makeDirectory } from '../base/directory.js';
import { UserError } from '../errors.js';
import { readError } from '../read/file.js';

// Writing what a command produces: any failure (a folder in the way, no permission, a full
// disk) is one line naming the path, and no output overwrites a file the command reads.

const real = (p: string) => {
  try {
    return realpathSync(p);
  } catch {
    return resolve(p);
  }
};

/** Throws when `out` is one of `inputs` (the same file by its real path). */
export function refuseOverwrite(out: string, inputs: readonly (string | undefined)[]): void {
  const target = real(out);
  for (const i of inputs) {
    if (i !== undefined && real(i) === target)
      throw new UserError(`${out}: is an input of this command; write the output elsewhere`);
  }
}

export function writeOutput(file: string, text: string): void {
  try {
    writeFileSync(file, text);
  } catch (e) {
    throw new UserError(`${file}: cannot write (${readError(e)})`);
  }
}

export function makeOutputDir(dir: string): void {
  try {
    makeDirectory(dir);
  } catch (e) {
    throw new UserError(`${dir}: cannot create (${readError(e)})`);
  }
}

/** About 64 KB at a time: few system calls, and the report never sits whole in memory. */
function* chunks(lines: Iterable<string | Uint8Array>): Generator<string | Uint8Array> {
  let buf = '';
  for (const l of lines) {
    if (typeof l !== 'string') {
      // Bytes already made (findings from the spool) go out as they are, after the text before them.
      if (buf) yield buf;
      buf = '';
      yield l;
      continue;
    }
    buf += l;
    if (buf.length >= 65_536) {
      yield buf;
      buf = '';
    }
  }
  if (buf) yield buf;
}

/** Writes lines as they are made, to a file or to stdout (waiting for a slow reader). */
export async function writeLines(
  file: string | undefined,
  lines: Iterable<string | Uint8Array>,
): Promise<void> {
  if (file === undefined) {
    for (const c of chunks(lines)) {
      if (!process.stdout.write(c)) await new Promise((ok) => process.stdout.once('drain', ok));
    }
    return;
  }
  let fd: number | undefined;
  try {
    fd = openSync(file, 'w');
    for (const c of chunks(lines)) {
      if (typeof c === 'string') writeSync(fd, c);
      else for (let at = 0; at < c.length; ) at += writeSync(fd, c, at);
    }
  } catch (e) {
    throw new UserError(`${file}: cannot write (${readError(e)})`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
