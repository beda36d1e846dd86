import { mkdirSync, realpathSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
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
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw new UserError(`${dir}: cannot create (${readError(e)})`);
  }
}
