import type { Finding } from '../findings/finding.js';
import type { Printable } from '../findings/redact.js';
import { groupBy } from './common.js';

/**
 * The findings a report is written from, one employee's list at a time: each employee once, in
 * report order (employees by id, or by pseudonym under --redact; each list sorted), read again
 * from the start at each call. A large run reads them from its temporary file (run/spool.ts), so
 * a reporter that walks them holds one employee's findings, not the run's.
 *
 * `outline`: the pass reads only each finding's rule, section and the keys of its params, so a
 * redacted run may give them with only those redacted (redaction rewrites every string of a
 * finding: the costliest part of a redacted report).
 */
export type EachEmployee = (outline?: boolean) => Iterable<readonly Finding[]>;

/** The findings of a result in memory, as a reporter that walks them one employee at a time reads them. */
export const employeesOf =
  (r: Printable): EachEmployee =>
  () =>
    groupBy(r.findings, (f) => f.employee_id).values();

/** A report made of parts, as one string. */
export const joined = (parts: Iterable<string>): string => {
  let out = '';
  for (const p of parts) out += p;
  return out;
};

/**
 * A report's lines given out in parts: the parts joined are `lines.join('\n')` of every line
 * pushed, but only the lines since the last part are held.
 */
export class LineParts {
  /** The lines not yet given out (the same array throughout). */
  readonly lines: string[] = [];
  private started = false;

  /** `skipEmpty`: empty lines are left out (the HTML report's lines). */
  constructor(private readonly skipEmpty = false) {}

  /** The lines since the last part, as the next part of the text ('' when there are none). */
  take(): string {
    const lines = this.skipEmpty ? this.lines.filter((x) => x !== '') : this.lines;
    if (lines.length === 0) {
      this.lines.length = 0;
      return '';
    }
    const part = `${this.started ? '\n' : ''}${lines.join('\n')}`;
    this.started = true;
    this.lines.length = 0;
    return part;
  }
}

/** Text a reporter keeps to write later, by key: a Map, or a temporary file in a large run (run/spool.ts). */
export interface TextStore {
  set(key: string, text: string): void;
  get(key: string): string | undefined;
  has(key: string): boolean;
}
