import { z } from 'zod';
import { reason } from '../findings/reasons.js';
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
  row: number;
}

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
}

/** One traditional holiday the employer announced (s.29), from holidays.csv. */
export interface Holiday {
  date: string;
  name?: string;
  row: number;
}

// A missing cell arrives as undefined (blank cells are turned into undefined first).
/** The message of an absent required cell (the reports render it by its id, required_missing). */
export const REQUIRED_MISSING = 'required value is missing';
const str = () => z.string({ error: (iss) => (iss.input === undefined ? REQUIRED_MISSING : undefined) });

const cell = (p: (s: string) => Parsed<unknown>) =>
  str().transform((s, ctx) => {
    const r = p(s);
    if (!r.ok) {
      ctx.addIssue({ code: 'custom', message: r.error, ...(r.why ? { params: { why: r.why } } : {}) });
      return z.NEVER;
    }
    return r.value;
  });

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const required = <T extends z.ZodType>(t: T) => z.preprocess(blankToUndefined, t);
const optional = <T extends z.ZodType>(t: T) => z.preprocess(blankToUndefined, t.optional());

const id = str().transform((s) => s.trim());
const date = cell((s) => parseDate(s)) as z.ZodType<string>;
const time = cell(parseTime) as z.ZodType<number>;
const money = cell(parseMoney) as z.ZodType<number>;
const num = cell(parseNumber) as z.ZodType<number>;
const yesno = cell(parseYesNo) as z.ZodType<boolean>;
const lower = str().transform((s) => s.trim().toLowerCase());
const oneOf = (values: readonly string[]) =>
  lower.refine((s) => values.includes(s), {
    message: `expected one of ${values.join(', ')}`,
    params: { why: reason('expected_one_of', { values: values.join(', ') }) },
  });

export const EmployeeRow = z
  .object({
    employee_id: required(id),
    name: optional(z.string().trim()),
    national_id: optional(cell(parseNationalId) as z.ZodType<string>),
    birth_date: optional(date),
    hire_date: optional(date),
    termination_date: optional(date),
    termination_reason: optional(oneOf(TERMINATION_REASONS)),
    notice_given_on: optional(date),
    annual_leave_days: optional(num.refine((n) => n >= 0 && n <= 366, 'expected days between 0 and 366')),
    leave_taken_days: optional(num.refine((n) => n >= 0 && n <= 366, 'expected days between 0 and 366')),
    province: optional(z.string().trim()),
    district: optional(z.string().trim()),
    // An unknown sector is a warning naming it (and no overlay), not a rejection: see `assemble`.
    sector: optional(lower),
    job_title: optional(z.string().trim()),
    wage_type: required(oneOf(WAGE_TYPES)),
    wage_rate: optional(money),
    normal_hours_per_day: optional(num.refine((n) => n > 0 && n <= 24, 'expected hours between 0 and 24')),
    hazardous: optional(yesno),
    sex: optional(z.string().trim()),
    pregnant_from: optional(date),
    pregnant_to: optional(date),
    work_categories: optional(z.string()),
    night_work_permit: optional(z.string().trim()),
    position_class: optional(oneOf(POSITION_CLASSES)),
  })
  .superRefine((e, ctx) => {
    if (e.wage_type !== 'piece' && e.wage_rate === undefined) {
      ctx.addIssue({ code: 'custom', path: ['wage_rate'], message: `required for ${e.wage_type} wages` });
    }
  })
  .transform(
    (e): Omit<Employee, 'row'> => ({
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
    }),
  );

export const HoursRow = z
  .object({
    employee_id: required(id),
    date: required(date),
    start: required(time),
    end: required(time),
    break_minutes: optional(num.refine((n) => Number.isInteger(n), 'expected whole minutes')),
    day_type: optional(oneOf(DAY_TYPES)),
  })
  .transform((h): Omit<Stretch, 'row'> => {
    const start = h.start as number;
    let end = h.end as number;
    // An end not after the start is on the next calendar day (a night shift).
    if (end <= start) end += 1440;
    return {
      employee_id: h.employee_id as string,
      date: h.date as string,
      start,
      end,
      break_minutes: h.break_minutes ?? 0,
      day_type: (h.day_type ?? 'work') as DayType,
    };
  })
  .superRefine((h, ctx) => {
    if (h.break_minutes >= h.end - h.start) {
      ctx.addIssue({
        code: 'custom',
        path: ['break_minutes'],
        message: 'break is as long as the stretch itself',
      });
    }
  });

const MONEY_COLUMNS = [
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

export const PayrollRowSchema = z
  .object({
    employee_id: required(id),
    period_start: required(date),
    period_end: required(date),
    pay_date: optional(date),
    days_worked: optional(num),
    base_pay: required(money),
    ot_hours: optional(num),
    holiday_hours: optional(num),
    holiday_ot_hours: optional(num),
    deduction_consent: optional(yesno),
    ...Object.fromEntries(MONEY_COLUMNS.map((c) => [c, optional(money)])),
  })
  .superRefine((p, ctx) => {
    if ((p.period_end as string) < (p.period_start as string)) {
      ctx.addIssue({
        code: 'custom',
        path: ['period_end'],
        message: 'period ends before it starts',
        params: { why: reason('period_backwards') },
      });
    }
  })
  .transform(
    (p) =>
      ({
        ...p,
        deduction_consent: (p.deduction_consent as boolean | undefined) ?? false,
      }) as unknown as Omit<PayrollRow, 'row'>,
  );

export const HolidayRow = z
  .object({
    date: required(date),
    name: optional(z.string().trim()),
  })
  .transform((h): Omit<Holiday, 'row'> => ({ date: h.date as string, ...(h.name ? { name: h.name } : {}) }));

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

export const SCHEMAS = {
  employees: EmployeeRow,
  hours: HoursRow,
  payroll: PayrollRowSchema,
  holidays: HolidayRow,
} as const;

/** Canonical columns of each file: [required, optional]. */
export const COLUMNS: Record<FileKind, { required: string[]; optional: string[] }> = {
  employees: {
    required: ['employee_id', 'wage_type'],
    optional: Object.keys(EmployeeRow.in.shape).filter((c) => c !== 'employee_id' && c !== 'wage_type'),
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

export { nationalIdChecksumOk };
