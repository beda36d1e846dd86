import { readFileSync, statSync } from 'node:fs';
import { UserError } from '../errors.js';

// Every file a user names is checked before it is opened: opening a FIFO blocks until someone
// writes to it, and /dev/zero or /dev/urandom never end. Only regular files are read.

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  ENOTDIR: 'no such file (a part of the path is not a folder)',
  ENAMETOOLONG: 'the path is too long',
  ELOOP: 'too many symbolic links',
};

/** "no such file", "permission denied", or the error code. */
export function readError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code === 'string') return REASONS[code] ?? code;
  return e instanceof Error ? e.name : 'unreadable';
}

/** Throws a one-line UserError unless `file` is an existing regular file (symbolic links followed). */
export function assertRegularFile(file: string): void {
  let st: ReturnType<typeof statSync>;
  try {
    st = statSync(file);
  } catch (e) {
    throw new UserError(`${file}: cannot read (${readError(e)})`);
  }
  if (st.isDirectory()) throw new UserError(`${file}: is a directory, expected a file`);
  if (!st.isFile())
    throw new UserError(
      `${file}: not a regular file (a device, pipe or socket): save the data to a file first`,
    );
}

/** The bytes of a regular file; any problem is a one-line UserError naming the file. */
export function readRegularFile(file: string): Buffer {
  assertRegularFile(file);
  try {
    return readFileSync(file);
  } catch (e) {
    throw new UserError(`${file}: cannot read (${readError(e)})`);
  }
}

/** The text of a regular file, UTF-8 (a BOM is dropped). */
export function readRegularText(file: string): string {
  return readRegularFile(file)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
}
