import type { Reason } from '../findings/reasons.js';
import type { DateOrderState } from './date-order.js';
import type { FooterState } from './footer.js';
import type { HeaderChoice } from './header.js';
import type { Profile } from './profile.js';
import type { Employee, FileKind, Holiday, PayrollRow, Stretch } from './records.js';
import type { TwoDigitYears } from './values.js';

// What the parse stage hands on: typed records, located rejections, warnings and how each
// file was read.

export interface Rejection {
  file: string;
  row: number;
  column: string;
  /** In English. */
  reason: string;
  /** The offending cell as written, kept apart from the reason so that redaction can drop it. */
  value?: string;
  /** The same as a message id, when it has one. */
  why?: Reason;
  /** The employee the row names, when the reason is about the employee: --redact pseudonymises it there too. */
  employee_id?: string;
}

/**
 * An hours row rejected whose employee and date could still be read: that day's work is
 * unknown, not absent, so a check that counts the employee's days must not read it as none.
 */
export interface LostDay {
  employee_id: string;
  date: string;
  /** The rejected row's line. */
  row: number;
}

/**
 * An hours row rejected whose employee could be read and whose date could not (an empty or
 * unreadable date cell, a date that is no calendar date; a punch of an employee with no dated
 * punch to place it by; a date refused as a clock's reset, more than a year from the file's):
 * its work is on a day not known, so no day of the employee can be read as one without work
 * (docs/inputs.md).
 */
export interface UndatedRow {
  employee_id: string;
  /** The rejected row's line. */
  row: number;
}

/**
 * A payroll row rejected whose employee could still be read, with its pay period where both its
 * dates could be read too: what the employee was paid for that period (for some period, when
 * they could not) is not known in full, so a payroll check must not pass the employee on the
 * rows left (docs/inputs.md, A payroll row rejected).
 */
export interface LostPayRow {
  employee_id: string;
  /** The rejected row's line. */
  row: number;
  start?: string;
  end?: string;
}

/**
 * An employee's rejected payroll rows of one pay period, or (no `start`, no `end`) those whose
 * period could not be read, with their lines in order.
 */
export interface LostPay {
  start?: string;
  end?: string;
  rows: readonly number[];
}

/**
 * An hours row skipped as a day not worked: its status says so (Rest, Absent, Leave, หยุด, ลา, ขาด)
 * and its times are blank. By the record nothing was worked that day, but the day may have been
 * paid (leave, a holiday): a check that sets days worked against pay must not read it as unpaid.
 */
export interface NotWorkedDay {
  employee_id: string;
  date: string;
  /** The skipped row's line. */
  row: number;
}

/** A date of an employee's rejected hours rows, with the rows' lines (in order, once each). */
export interface LostDate {
  date: string;
  rows: readonly number[];
}

export interface InputStats {
  file: string;
  kind: FileKind;
  encoding: string;
  rows_read: number;
  rows_used: number;
  rows_rejected: number;
  /** Footer and totals rows under the table: neither used nor rejected. */
  rows_skipped: number;
  /** Canonical columns present: mapped (or a profile constant) and filled in at least one row. */
  columns: string[];
  sha256: string;
}

export interface Warning {
  file?: string;
  row?: number;
  column?: string;
  /** In English. */
  message: string;
  /** The same as a message id, when it has one. */
  why?: Reason;
}

/** How a file was mapped onto its canonical columns: what `validate` prints. */
export interface LayoutInfo {
  file: string;
  kind: FileKind;
  encoding: string;
  /** "CSV, comma-separated", "xlsx, sheet "Payroll"", "ZKTeco attendance log (USB download)". */
  layout: string;
  /** Set for time-clock logs: which device export it is. */
  clock?: { format: string; punches: number; merged: number; stretches: number; direction: string };
  /** Line (row) of the header; 0 for logs without one. */
  headerLine: number;
  columns: ColumnUse[];
  ignored: string[];
  dateOrder: string;
  notes: string[];
}

export interface ColumnUse {
  column: string;
  headers: string[];
  how: 'canonical' | 'alias' | 'profile' | 'constant';
}

/** Everything the engine works on, with what was rejected on the way. */
export interface DataSet {
  employees: Employee[];
  stretches: Stretch[];
  payroll: PayrollRow[];
  /** The employer's announced traditional holidays (holidays.csv), in date order. */
  holidays: Holiday[];
  /**
   * The rows of holidays.csv rejected as unreadable (a date that is not one, a range of days), in
   * order, once each: days the employer announced that are not known. A duplicate of a date read
   * is not one of them.
   */
  holidaysLost?: readonly number[];
  /** Which of the files were given. */
  present: Record<FileKind, boolean>;
  files: Partial<Record<FileKind, string>>;
  inputs: InputStats[];
  rejected: Rejection[];
  warnings: Warning[];
  layouts: LayoutInfo[];
  /** Per employee, the dates of hours rows rejected (`LostDay`) with their rows: in date order, once each. */
  lost?: ReadonlyMap<string, readonly LostDate[]>;
  /** Per employee, the lines of hours rows rejected without a readable date (`UndatedRow`), in order. */
  undated?: ReadonlyMap<string, readonly number[]>;
  /** Per employee, the payroll rows rejected (`LostPayRow`) by pay period: periods in order, unreadable last. */
  lostPay?: ReadonlyMap<string, readonly LostPay[]>;
  /** Per employee, the dates of hours rows skipped as days not worked (`NotWorkedDay`): in date order, once each. */
  notWorked?: ReadonlyMap<string, readonly string[]>;
}

/** How to read real-world files: from the command line and a mapping profile. */
export interface InputOptions {
  /** Text encoding, overriding detection (--encoding). */
  encoding?: string;
  /** Worksheet of an .xlsx (--sheet). */
  sheet?: string;
  /**
   * --redact: messages and errors say a header cell the tool did not recognise by its position
   * (`column 7`), one it read by its column, and a sheet by its number, never as the file wrote
   * them: a header or a sheet may be named after a person.
   */
  redact?: boolean;
  /** How to read two-digit years (--two-digit-years); without it they are rejected. */
  twoDigitYears?: TwoDigitYears;
  /** A mapping profile (--map), already loaded. */
  profile?: Profile;
  /** Clock logs: merge re-reads within this many minutes (default 3). */
  mergeMinutes?: number;
  /** A file parsed in batches: where footer detection stands after the batches before. */
  footer?: FooterState;
  /**
   * An hours file parsed in batches: the lines of the rows skipped so far as days not worked
   * (`NotWorkedDay`), said in one warning at its end (`notWorkedWarning`).
   */
  notWorkedLines?: number[];
  /** A file parsed in batches: the date order decided on its first batch (`batchDateOrder`). */
  dateOrder?: DateOrderState;
  /**
   * A file parsed in batches, each with the header row first: the header's mapping as chosen
   * once for the file (`batchHeader`), not again for every batch.
   */
  header?: HeaderChoice;
  /** Clock logs: minutes after midnight at which inferred work days start (default from the data). */
  dayStarts?: number;
  /**
   * Every row through the full path (cleaning, value parsers, row schema), none through the fast
   * path for plain cells: the equivalence test and the bench compare the two.
   */
  fullPathOnly?: boolean;
}

export interface Parsed<T> {
  records: T[];
  rejected: Rejection[];
  /** Hours files: the employee and date of rejected rows where both could be read. */
  lost?: LostDay[];
  /** Hours files: the employee of rejected rows whose employee could be read and whose date could not. */
  undated?: UndatedRow[];
  /** Payroll files: the employee of rejected rows whose employee could be read, with their pay period if it could. */
  lostPay?: LostPayRow[];
  /** Hours files: rows skipped as days not worked (their status says so, their times are blank). */
  notWorked?: NotWorkedDay[];
  stats: InputStats;
  layout: LayoutInfo;
}

export type Row<T extends FileKind> = T extends 'employees'
  ? Employee
  : T extends 'hours'
    ? Stretch
    : T extends 'holidays'
      ? Holiday
      : PayrollRow;
