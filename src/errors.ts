/** A problem the user can fix (bad arguments, unreadable file, invalid rule pack): exit 2, one line, no stack. */
export class UserError extends Error {
  override readonly name = 'UserError';
}
