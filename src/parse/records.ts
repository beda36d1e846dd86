import { addDays, hhmm, hoursText } from '../base/calendar.js';
import { type Reason, reason, reasonText, thaiHours } from '../findings/reasons.js';
import {
  nationalIdChecksumOk,
  type Parsed,
  parseDate,
  parseMoney,
  parseNationalId,
  parseNumber,
  parseTime,
  parseYesNo,
} from './values.js';

// Typed records of the three canonical files (docs/inputs.md, The canonical files). Money is integer satang,
// times are minutes after midnight, dates are ISO strings.

export const WAGE_TYPES = ['monthly', 'daily', 'hourly', 'piece'] as const;
export type WageType = (typeof WAGE_TYPES)[number];
export const DAY_TYPES = ['work', 'weekly_holiday', 'public_holiday'] as const;
export type DayType = (typeof DAY_TYPES)[number];
export const SECTORS = [
  'hotel',
  'hotel_4star_50plus',
  'entertainment',
  'transport',
  'sea_fishing',
  'agriculture',
  'domestic',
] as const;
export const POSITION_CLASSES = ['executive', 'academic', 'clerical', 'finance'] as const;
/** How employment ended; `misconduct` is a s.119 ground. */
export const TERMINATION_REASONS = [
  'dismissed',
  'resigned',
  'retired',
  'contract_end',
  'misconduct',
  'closure',
  'died',
] as const;
export type TerminationReason = (typeof TERMINATION_REASONS)[number];

export interface Employee {
  employee_id: string;
  name?: string;
  national_id?: string;
  birth_date?: string;
  hire_date?: string;
  termination_date?: string;
  termination_reason?: TerminationReason;
  /** The day notice of termination reached the employee (s.17). */
  notice_given_on?: string;
  /** Annual leave days a year the employee is entitled to (s.30), and days taken in the year of termination. */
  annual_leave_days?: number;
  leave_taken_days?: number;
  province?: string;
  district?: string;
  sector?: string;
  job_title?: string;
  /** Undefined only for an employee known from hours or payroll when employees.csv is absent. */
  wage_type?: WageType;
  wage_rate?: number;
  normal_hours_per_day?: number;
  hazardous: boolean;
  sex?: string;
  pregnant_from?: string;
  pregnant_to?: string;
  work_categories: string[];
  night_work_permit: boolean;
  position_class?: string;
  /**
   * Columns whose cell held a value that could not be read (`UNKNOWN_WHEN_UNREADABLE`): the
   * value is unknown, as if the cell were blank, and a warning names the cell. The checks that
   * need it say why they are undetermined for the employee.
   */
  unreadable?: UnreadableColumn[];
  row: number;
}

/**
 * Employee cells whose value, when it cannot be read (a birth date `2550`, `-` or `ไม่ระบุ`; a
 * sex that is neither male nor female), is unknown rather than a reason to reject the row: the
 * rest of the row, and every hours and payroll row of the employee, is still checked
 * (docs/inputs.md, Cells read as unknown).
 */
export const UNKNOWN_WHEN_UNREADABLE = ['birth_date', 'sex'] as const;
export type UnreadableColumn = (typeof UNKNOWN_WHEN_UNREADABLE)[number];
/** The message id of the warning that says such a cell (a row's own, kept when a file is read in batches). */
export const unreadableCellWarning = (column: UnreadableColumn): string => `${column}_unreadable_cell`;
export const UNREADABLE_CELL_WARNINGS: ReadonlySet<string> = new Set(
  UNKNOWN_WHEN_UNREADABLE.map(unreadableCellWarning),
);

/** The sexes the equal-pay check compares (the `sex` column's values after its aliases). */
export const SEXES = ['M', 'F'] as const;

export interface Stretch {
  employee_id: string;
  date: string;
  /** Minutes after midnight of `date`; `end` is past 1440 when the stretch runs past midnight. */
  start: number;
  end: number;
  break_minutes: number;
  day_type: DayType;
  row: number;
  /** Every source row behind the stretch (a clock log's in and out punches and their re-reads). */
  rows?: number[];
  /** The direction of its punches was inferred, not recorded by the clock. */
  inferred?: boolean;
  /**
   * The stretch is a span from an arrival to a departure (เวลาเข้า-เวลาออก, check-in-check-out,
   * a clock's in and out punches) with no break recorded: a break taken inside it is not in the
   * record (facts/workday.ts reads such a day). Absent for a stretch that asserts its
   * continuity (canonical start and end, a break_minutes value, in and out pairs).
   */
  breaksUnrecorded?: true;
  /**
   * Lines of rows that repeat this stretch exactly (the same date and times) and were rejected as
   * overlapping it (parse/stretches.ts): a row exported twice, or a date typed onto a day of the
   * same hours, which only its place in the file tells (parse/misdated.ts).
   */
  twins?: number[];
}

export interface PayrollRow {
  employee_id: string;
  period_start: string;
  period_end: string;
  pay_date?: string;
  days_worked?: number;
  base_pay: number;
  other_wages?: number;
  ot_pay?: number;
  holiday_pay?: number;
  holiday_ot_pay?: number;
  ot_hours?: number;
  holiday_hours?: number;
  holiday_ot_hours?: number;
  deduction_statutory?: number;
  deduction_union?: number;
  deduction_coop?: number;
  deduction_provident?: number;
  deduction_deposit?: number;
  deduction_damages?: number;
  deduction_other?: number;
  deduction_consent: boolean;
  net_pay?: number;
  severance_pay?: number;
  notice_pay?: number;
  leave_pay?: number;
  row: number;
  // Set where the files are put together (parse/pay-periods.ts), never by a row's own cells.
  /**
   * Every row of a pay period the payroll gives in several rows (the same employee, period_start
   * and period_end: a split payment, an adjustment run), in file order: one period, the amounts
   * of its rows added. `row` is the first of them.
   */
  rows?: number[];
  /**
   * Those rows' pay dates, in the order of `rows` ('' for a row without one), when they are not
   * all the same: `pay_date` is then the latest, and the s.70 timing of the period is not judged.
   */
  pay_dates?: string[];
  /** Counts (days_worked, ot_hours, ...) given on several of those rows: not added, unknown. */
  unknown_counts?: string[];
  /**
   * Rows of the employee's other pay periods whose dates overlap this one's without being the
   * same: what was paid for each period is unknown, so what compares pay with what was due for a
   * period is undetermined for it.
   */
  overlaps?: number[];
  /**
   * The rows of this period identical in every cell to another of its rows: one row exported
   * twice, or two equal payments. Which is unknown: their pay is added and their deductions are
   * counted once, the least owed (parse/pay-periods.ts).
   */
  repeated?: number[];
  /** The pay (base_pay and the other wages and premiums) of the rows that repeat an earlier one. */
  repeated_pay?: number;
}

/** Every payroll row behind a pay period (several when it was given in several rows). */
export const payRows = (p: Pick<PayrollRow, 'row' | 'rows'>): number[] => p.rows ?? [p.row];

/** One traditional holiday the employer announced (s.29), from holidays.csv. */
export interface Holiday {
  date: string;
  name?: string;
  row: number;
}

/** The message of an absent required cell (the reports render it by its id, required_missing). */
export const REQUIRED_MISSING = 'required value is missing';

// Each row of a canonical file is validated by a small hand-written function, not a schema
// library: a check then loads no validation library at all (docs/speed.md, Start-up). They
// were written from zod schemas that test/parse/row-schemas.ts keeps, and
// test/parse/row-validators.test.ts holds them to those: the same records, key for key, and
// the same problems in the same order with the same messages.

/** Why a row was refused: its column, in English, and as a message id where the reports render one. */
export interface RowProblem {
  column: string;
  message: string;
  why?: Reason;
}
export type RowResult<T> = { ok: true; record: T } | { ok: false; problems: RowProblem[] };
/** A row of canonical cell text (a column absent from the file is an absent key) to its record. */
export type RowValidator<T> = (cells: Readonly<Record<string, string | undefined>>) => RowResult<T>;

/**
 * One row's cells as the validators read them. `stop` is set by a problem after which the
 * row-wide checks do not run (an unreadable or missing value); an out-of-range or unlisted value
 * does not set it, so those checks still add their own problem.
 */
class Row {
  readonly out: Record<string, unknown> = {};
  readonly problems: RowProblem[] = [];
  stop = false;
  constructor(readonly cells: Readonly<Record<string, string | undefined>>) {}

  /** The cell's text, undefined when blank; `present` says whether the file has the column. */
  private text(column: string): { present: boolean; value: string | undefined } {
    const present = column in this.cells;
    const v = this.cells[column];
    return { present, value: v === undefined || v.trim() === '' ? undefined : v };
  }

  /** A value that is not text (from a caller's own object): refused as the zod schemas did. */
  private notText(column: string): boolean {
    const v: unknown = this.cells[column];
    if (v === undefined || typeof v === 'string') return false;
    this.refuse(column, `Invalid input: expected string, received ${typeName(v)}`, undefined, true);
    return true;
  }

  private refuse(column: string, message: string, why: Reason | undefined, stop: boolean): void {
    this.problems.push(why ? { column, message, why } : { column, message });
    if (stop) this.stop = true;
  }

  /**
   * A column read with `read`: a blank or absent required cell is missing; a blank optional
   * cell is kept as undefined (an absent column is left out).
   */
  take<T>(column: string, required: boolean, read: (s: string) => Parsed<T>): void {
    if (this.notText(column)) return;
    const { present, value } = this.text(column);
    if (value === undefined) {
      if (required) this.refuse(column, REQUIRED_MISSING, undefined, true);
      else if (present) this.out[column] = undefined;
      return;
    }
    const r = read(value);
    if (r.ok) this.out[column] = r.value;
    else this.refuse(column, r.error, r.why, true);
  }

  /** A column whose value must be one of `values` (lower-cased first). */
  oneOf(column: string, required: boolean, values: readonly string[]): void {
    this.take(column, required, lower);
    const v = this.out[column];
    if (typeof v === 'string' && !values.includes(v))
      this.refuse(
        column,
        `expected one of ${values.join(', ')}`,
        reason('expected_one_of', { values: values.join(', ') }),
        false,
      );
  }

  /** A number column whose value must pass `inRange`. */
  number(column: string, inRange: (n: number) => boolean, message: string): void {
    this.take(column, false, parseNumber);
    const v = this.out[column];
    if (typeof v === 'number' && !inRange(v)) this.refuse(column, message, undefined, false);
  }
}

/** A value's type as zod's English messages name it. */
function typeName(v: unknown): string {
  if (typeof v === 'number') return Number.isFinite(v) ? 'number' : String(v);
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (
    typeof v === 'object' &&
    Object.getPrototypeOf(v) !== Object.prototype &&
    'constructor' in v &&
    v.constructor
  )
    return (v.constructor as { name: string }).name;
  return typeof v;
}

// Text columns always read: trimmed, lower-cased, or as written.
const trim = (s: string): Parsed<string> => ({ ok: true, value: s.trim() });
const lower = (s: string): Parsed<string> => ({ ok: true, value: s.trim().toLowerCase() });
const asWritten = (s: string): Parsed<string> => ({ ok: true, value: s });
const asDate = (s: string) => parseDate(s);
const days = (n: number) => n >= 0 && n <= 366;

const refused = <T>(problems: RowProblem[]): RowResult<T> => ({ ok: false, problems });

/** The employees file's columns in the order its records hold them. */
export const EMPLOYEE_COLUMNS = [
  'employee_id',
  'name',
  'national_id',
  'birth_date',
  'hire_date',
  'termination_date',
  'termination_reason',
  'notice_given_on',
  'annual_leave_days',
  'leave_taken_days',
  'province',
  'district',
  'sector',
  'job_title',
  'wage_type',
  'wage_rate',
  'normal_hours_per_day',
  'hazardous',
  'sex',
  'pregnant_from',
  'pregnant_to',
  'work_categories',
  'night_work_permit',
  'position_class',
] as const;

export const employeeRecord: RowValidator<Omit<Employee, 'row'>> = (cells) => {
  const r = new Row(cells);
  r.take('employee_id', true, trim);
  r.take('name', false, trim);
  r.take('national_id', false, parseNationalId);
  r.take('birth_date', false, asDate);
  r.take('hire_date', false, asDate);
  r.take('termination_date', false, asDate);
  r.oneOf('termination_reason', false, TERMINATION_REASONS);
  r.take('notice_given_on', false, asDate);
  r.number('annual_leave_days', days, 'expected days between 0 and 366');
  r.number('leave_taken_days', days, 'expected days between 0 and 366');
  r.take('province', false, trim);
  r.take('district', false, trim);
  // An unknown sector is a warning naming it (and no overlay), not a rejection: see `assemble`.
  r.take('sector', false, lower);
  r.take('job_title', false, trim);
  r.oneOf('wage_type', true, WAGE_TYPES);
  r.take('wage_rate', false, parseMoney);
  r.number('normal_hours_per_day', (n) => n > 0 && n <= 24, 'expected hours between 0 and 24');
  r.take('hazardous', false, parseYesNo);
  r.take('sex', false, trim);
  r.take('pregnant_from', false, asDate);
  r.take('pregnant_to', false, asDate);
  r.take('work_categories', false, asWritten);
  r.take('night_work_permit', false, trim);
  r.oneOf('position_class', false, POSITION_CLASSES);
  const e = r.out as Record<string, unknown> & {
    wage_type: string;
    wage_rate?: number;
    hazardous?: boolean;
    work_categories?: string;
    night_work_permit?: string;
  };
  if (!r.stop && e.wage_type !== 'piece' && e.wage_rate === undefined)
    r.problems.push({ column: 'wage_rate', message: `required for ${e.wage_type} wages` });
  if (r.problems.length) return refused(r.problems);
  return {
    ok: true,
    record: {
      ...e,
      employee_id: e.employee_id as string,
      wage_type: e.wage_type as WageType,
      termination_reason: e.termination_reason as TerminationReason | undefined,
      hazardous: e.hazardous ?? false,
      work_categories: (e.work_categories ?? '')
        .split(/[;|]/)
        .map((s) => s.trim().toLowerCase())
        .filter(Boolean),
      // A permit is given as yes/no or by its number; anything but "no" counts as a permit.
      night_work_permit:
        e.night_work_permit !== undefined && !/^(no|n|false|0|ไม่|ไม่มี)$/i.test(e.night_work_permit),
    },
  };
};

/**
 * The longest one stretch of work can plausibly be, in hours: a clock log's in and out further
 * apart are not one shift (clock.ts, `CLOCK_DEFAULTS.maxShiftHours`), and an hours row longer
 * (08:00 to 07:30, read past midnight as 23.5 hours) is rejected. Not a legal figure: how the
 * reader tells a shift from a mistyped time, as a time-clock export caps one.
 */
export const MAX_SHIFT_HOURS = 16;

/** Why an hours stretch from `start` to `end` read past midnight (minutes, `end` past 1440) is refused as too long, or undefined. */
export function stretchTooLong(start: number, end: number): Reason | undefined {
  if (end - start <= MAX_SHIFT_HOURS * 60) return undefined;
  return reason('stretch_too_long', {
    start: hhmm(start),
    span: hoursText(end - start),
    span_th: thaiHours(hoursText(end - start)),
    hours: MAX_SHIFT_HOURS,
  });
}

export const hoursRecord: RowValidator<Omit<Stretch, 'row'>> = (cells) => {
  const r = new Row(cells);
  r.take('employee_id', true, trim);
  r.take('date', true, asDate);
  r.take('start', true, parseTime);
  r.take('end', true, parseTime);
  r.number('break_minutes', Number.isInteger, 'expected whole minutes');
  r.oneOf('day_type', false, DAY_TYPES);
  if (r.problems.length) return refused(r.problems);
  const h = r.out as {
    employee_id: string;
    date: string;
    start: number;
    end: number;
    break_minutes?: number;
  };
  const start = h.start;
  let end = h.end;
  // The same time in both cells is one punch written twice (an export's day with a single
  // punch) as often as a 24-hour shift: the row cannot say which, so it is no work known.
  if (end === start) {
    const why = reason('same_start_end');
    return refused([{ column: 'end', message: reasonText(why), why }]);
  }
  // An end not after the start is on the next calendar day (a night shift); read so, a stretch
  // longer than a shift is a time typed wrong. One that ends after its start on the day says what
  // it says (04:00-22:00 on a fishing vessel, 18 h of work, is the record, not a slip).
  if (end < start) {
    end += 1440;
    const tooLong = stretchTooLong(start, end);
    if (tooLong) return refused([{ column: 'end', message: reasonText(tooLong), why: tooLong }]);
  }
  const break_minutes = h.break_minutes ?? 0;
  if (break_minutes >= end - start)
    return refused([{ column: 'break_minutes', message: 'break is as long as the stretch itself' }]);
  return {
    ok: true,
    record: {
      employee_id: h.employee_id,
      date: h.date,
      start,
      end,
      break_minutes,
      day_type: ((r.out.day_type as DayType | undefined) ?? 'work') as DayType,
    },
  };
};

/** The pay of a payroll row besides base_pay: the wages and premiums its gross adds. */
export const PAY_COLUMNS = ['other_wages', 'ot_pay', 'holiday_pay', 'holiday_ot_pay'] as const;

export const MONEY_COLUMNS = [
  'other_wages',
  'ot_pay',
  'holiday_pay',
  'holiday_ot_pay',
  'deduction_statutory',
  'deduction_union',
  'deduction_coop',
  'deduction_provident',
  'deduction_deposit',
  'deduction_damages',
  'deduction_other',
  'net_pay',
  'severance_pay',
  'notice_pay',
  'leave_pay',
] as const;

/** The payroll file's columns in the order its records hold them. */
export const PAYROLL_COLUMNS = [
  'employee_id',
  'period_start',
  'period_end',
  'pay_date',
  'days_worked',
  'base_pay',
  'ot_hours',
  'holiday_hours',
  'holiday_ot_hours',
  'deduction_consent',
  ...MONEY_COLUMNS,
] as const;

/**
 * A pay date more than a year (366 days, as a work date more than a year from the file's:
 * plausible.ts) before its period starts or after it ends is a year typed wrong (31/08/2668 for
 * 2568, 1925 for 2025), not a payment: read as one it made a gap of a century between pay dates.
 */
export const payDateImplausible = (start: string, end: string, pay: string | undefined): boolean =>
  pay !== undefined && (pay < addDays(start, -366) || pay > addDays(end, 366));

/**
 * A pay period more than a year (366 days) long is a year typed wrong in one of its dates
 * (2024-08-01..2025-08-31 for August 2025): read as one, a monthly salary of 18,000 was short of
 * 13 months' minimum wage by 125,730.00 baht.
 */
export const periodImplausible = (start: string, end: string): boolean => end > addDays(start, 365);

export const payrollRecord: RowValidator<Omit<PayrollRow, 'row'>> = (cells) => {
  const r = new Row(cells);
  r.take('employee_id', true, trim);
  r.take('period_start', true, asDate);
  r.take('period_end', true, asDate);
  r.take('pay_date', false, asDate);
  r.take('days_worked', false, parseNumber);
  r.take('base_pay', true, parseMoney);
  r.take('ot_hours', false, parseNumber);
  r.take('holiday_hours', false, parseNumber);
  r.take('holiday_ot_hours', false, parseNumber);
  r.take('deduction_consent', false, parseYesNo);
  for (const c of MONEY_COLUMNS) r.take(c, false, parseMoney);
  if (r.problems.length) return refused(r.problems);
  const p = r.out;
  if ((p.period_end as string) < (p.period_start as string))
    return refused([
      { column: 'period_end', message: 'period ends before it starts', why: reason('period_backwards') },
    ]);
  if (periodImplausible(p.period_start as string, p.period_end as string)) {
    const why = reason('period_implausible', {
      start: p.period_start as string,
      end: p.period_end as string,
    });
    return refused([{ column: 'period_start', message: reasonText(why), why }]);
  }
  if (
    payDateImplausible(p.period_start as string, p.period_end as string, p.pay_date as string | undefined)
  ) {
    const why = reason('pay_date_implausible', {
      start: p.period_start as string,
      end: p.period_end as string,
    });
    return refused([{ column: 'pay_date', message: reasonText(why), why }]);
  }
  return {
    ok: true,
    record: {
      ...p,
      deduction_consent: (p.deduction_consent as boolean | undefined) ?? false,
    } as unknown as Omit<PayrollRow, 'row'>,
  };
};

export const holidayRecord: RowValidator<Omit<Holiday, 'row'>> = (cells) => {
  const r = new Row(cells);
  r.take('date', true, asDate);
  r.take('name', false, trim);
  if (r.problems.length) return refused(r.problems);
  const name = r.out.name as string | undefined;
  return { ok: true, record: { date: r.out.date as string, ...(name ? { name } : {}) } };
};

/** Columns holding dates, times and money: normalised from real-world forms on the way in. */
export const DATE_COLUMNS = new Set([
  'birth_date',
  'hire_date',
  'termination_date',
  'notice_given_on',
  'pregnant_from',
  'pregnant_to',
  'date',
  'period_start',
  'period_end',
  'pay_date',
]);
export const TIME_COLUMNS = new Set(['start', 'end']);
export const MONEY = new Set<string>(['wage_rate', 'base_pay', ...MONEY_COLUMNS]);

export const FILE_KINDS = ['employees', 'hours', 'payroll', 'holidays'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

/** Each file's row validator. */
export const ROW_VALIDATORS = {
  employees: employeeRecord,
  hours: hoursRecord,
  payroll: payrollRecord,
  holidays: holidayRecord,
} as const;

/** Canonical columns of each file: [required, optional]. */
export const COLUMNS: Record<FileKind, { required: string[]; optional: string[] }> = {
  employees: {
    required: ['employee_id', 'wage_type'],
    optional: EMPLOYEE_COLUMNS.filter((c) => c !== 'employee_id' && c !== 'wage_type'),
  },
  hours: { required: ['employee_id', 'date', 'start', 'end'], optional: ['break_minutes', 'day_type'] },
  payroll: {
    required: ['employee_id', 'period_start', 'period_end', 'base_pay'],
    optional: [
      'pay_date',
      'days_worked',
      'ot_hours',
      'holiday_hours',
      'holiday_ot_hours',
      'deduction_consent',
      ...MONEY_COLUMNS,
    ],
  },
  holidays: { required: ['date'], optional: ['name'] },
};

/**
 * Columns a file may have that no record holds: read into canonical columns (a payroll's
 * period in one cell into period_start and period_end: parse/grid.ts).
 */
export const READ_INTO: Record<FileKind, string[]> = {
  employees: [],
  // A day's status: a row of a day not worked is skipped (parse/day-status.ts), a worked one keeps its times.
  hours: ['status'],
  payroll: ['pay_period'],
  holidays: [],
};

export { nationalIdChecksumOk };
