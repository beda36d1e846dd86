import { z } from 'zod';
import { reason, reasonText } from '../../src/findings/reasons.js';
import {
  DAY_TYPES,
  type DayType,
  type Employee,
  type Holiday,
  MONEY_COLUMNS,
  type PayrollRow,
  POSITION_CLASSES,
  REQUIRED_MISSING,
  type Stretch,
  stretchTooLong,
  TERMINATION_REASONS,
  type TerminationReason,
  WAGE_TYPES,
  type WageType,
} from '../../src/parse/records.js';
import {
  type Parsed,
  parseDate,
  parseMoney,
  parseNationalId,
  parseNumber,
  parseTime,
  parseYesNo,
} from '../../src/parse/values.js';

// The row schemas of the three canonical files as zod schemas: what the hand-written
// validators of src/parse/records.ts were written from, kept here as the reference they are
// held to (test/parse/row-validators.test.ts). zod is not loaded by a check.

// A missing cell arrives as undefined (blank cells are turned into undefined first).
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
  .transform((h, ctx): Omit<Stretch, 'row'> => {
    const start = h.start as number;
    let end = h.end as number;
    // An end not after the start is on the next calendar day (a night shift); read so, longer
    // than a shift is a time typed wrong (the same time twice is said below).
    if (end < start) {
      end += 1440;
      const why = stretchTooLong(start, end);
      if (why) {
        ctx.addIssue({ code: 'custom', path: ['end'], message: reasonText(why), params: { why } });
        return z.NEVER;
      }
    } else if (end === start) end += 1440;
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
    if (h.end - h.start === 1440) {
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        message: reasonText(reason('same_start_end')),
        params: { why: reason('same_start_end') },
      });
    } else if (h.break_minutes >= h.end - h.start) {
      ctx.addIssue({
        code: 'custom',
        path: ['break_minutes'],
        message: 'break is as long as the stretch itself',
      });
    }
  });

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
      return;
    }
    const shift = (iso: string, n: number) => {
      const d = new Date(`${iso}T00:00:00Z`);
      d.setUTCDate(d.getUTCDate() + n);
      return d.toISOString().slice(0, 10);
    };
    const [start, end] = [p.period_start as string, p.period_end as string];
    if (end > shift(start, 365)) {
      const why = reason('period_implausible', { start, end });
      ctx.addIssue({ code: 'custom', path: ['period_start'], message: reasonText(why), params: { why } });
    } else if (p.pay_date !== undefined) {
      const pay = p.pay_date as string;
      if (pay < shift(start, -366) || pay > shift(end, 366)) {
        const why = reason('pay_date_implausible', { start, end });
        ctx.addIssue({ code: 'custom', path: ['pay_date'], message: reasonText(why), params: { why } });
      }
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

export const ZOD_SCHEMAS = {
  employees: EmployeeRow,
  hours: HoursRow,
  payroll: PayrollRowSchema,
  holidays: HolidayRow,
} as const;
