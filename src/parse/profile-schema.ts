import { z } from 'zod';
import { CLOCK_COLUMNS } from './aliases.js';
import { dateOrderOf } from './profile.js';
import { COLUMNS, DAY_TYPES, FILE_KINDS, READ_INTO } from './records.js';

// What a mapping profile (--map profile.yaml) validates to: profile.ts loads this module when
// it reads a profile.

const text = z.union([z.string().min(1), z.number().transform(String)]);

const Section = z.strictObject({
  /** Rows above the header to skip (title rows). Without it the header row is found. */
  skip_rows: z.number().int().min(0).max(10_000).optional(),
  sheet: z.string().min(1).optional(),
  encoding: z.string().min(1).optional(),
  date_order: z.enum(['day-first', 'month-first']).optional(),
  /** The same said as a pattern: DD/MM/YYYY, MM/DD/YYYY, D/M/YY, YYYY-MM-DD, ... */
  date_format: z
    .string()
    .regex(
      /^(D{1,2}[/.-]M{1,2}|M{1,2}[/.-]D{1,2})[/.-](YY|YYYY)$|^YYYY[/.-]MM?[/.-]DD?$/,
      'expected a pattern such as DD/MM/YYYY, MM/DD/YYYY or YYYY-MM-DD',
    )
    .optional(),
  two_digit_years: z.enum(['be', 'ce']).optional(),
  /** Skip totals rows (รวม, Total, สรุป) and non-employee rows after a blank row (default true). */
  skip_footer: z.boolean().optional(),
  /** Skip every row after the first blank row under the header (default false). */
  stop_at_blank: z.boolean().optional(),
  /** Canonical column: the file's header, or several headers (joined, or summed for money). */
  columns: z.record(z.string(), z.union([text, z.array(text).min(1)])).optional(),
  /** Values for the whole file (used where the column is absent or the cell blank). */
  constants: z
    .record(z.string(), z.union([z.string(), z.number().transform(String), z.boolean().transform(String)]))
    .optional(),
  /** Per canonical column: the file's value -> the canonical value. */
  values: z.record(z.string(), z.record(z.string(), text)).optional(),
});

const WEEKDAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

const Clock = z.strictObject({
  /** Punches of one person on one device closer than this are one punch read twice (default 3). */
  merge_minutes: z.number().min(0).max(60).optional(),
  /** Longest stretch from a first to a last punch (default 16). */
  max_shift_hours: z.number().min(1).max(24).optional(),
  /** `auto` trusts the device's in/out states where they pair, else infers them. */
  direction: z.enum(['auto', 'device', 'inferred']).optional(),
  /** When clock work days start, HH:MM (default: each employee's longest daily gap between punches). */
  day_starts: z
    .string()
    .regex(/^([01]?\d|2[0-3]):[0-5]\d$/, 'a time of day HH:MM')
    .optional(),
  /** Day types for work read from a clock log: by ISO date or weekday name. */
  day_types: z.record(z.string(), z.enum(DAY_TYPES)).optional(),
});

export const ProfileSchema = z
  .strictObject({
    version: z.literal(1).optional(),
    /** The employer's establishment, named in the header of the printed report. */
    establishment: z.string().trim().min(1).optional(),
    employees: Section.optional(),
    hours: Section.extend({ clock: Clock.optional() }).optional(),
    payroll: Section.optional(),
    holidays: Section.optional(),
  })
  .superRefine((p, ctx) => {
    for (const kind of FILE_KINDS) {
      const s = p[kind];
      if (!s) continue;
      const canonical = [...COLUMNS[kind].required, ...COLUMNS[kind].optional];
      const allowed =
        kind === 'hours'
          ? [...canonical, ...READ_INTO.hours, ...CLOCK_COLUMNS.filter((c) => c !== 'employee_id')]
          : [...canonical, ...READ_INTO[kind]];
      for (const field of ['columns', 'constants', 'values'] as const) {
        for (const key of Object.keys(s[field] ?? {})) {
          const ok =
            field === 'columns'
              ? allowed.includes(key)
              : canonical.includes(key) || (kind === 'hours' && (key === 'state' || key === 'status'));
          if (!ok) {
            ctx.addIssue({
              code: 'custom',
              path: [kind, field, key],
              message: `"${key}" is not a column of ${kind} (columns: ${(field === 'columns' ? allowed : canonical).join(', ')})`,
            });
          }
        }
      }
    }
    for (const kind of FILE_KINDS) {
      const s = p[kind];
      if (s?.date_format && s.date_order && dateOrderOf(s) !== s.date_order) {
        ctx.addIssue({
          code: 'custom',
          path: [kind, 'date_format'],
          message: `says otherwise than date_order: ${s.date_order}`,
        });
      }
    }
    for (const key of Object.keys(p.hours?.clock?.day_types ?? {})) {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(key) && !WEEKDAY_NAMES.includes(key.toLowerCase())) {
        ctx.addIssue({
          code: 'custom',
          path: ['hours', 'clock', 'day_types', key],
          message: `"${key}" is neither a date YYYY-MM-DD nor a weekday name`,
        });
      }
    }
  });
