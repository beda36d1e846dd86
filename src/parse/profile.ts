import type { Document, LineCounter } from 'yaml';
import { z } from 'zod';
import { UserError } from '../errors.js';
import { readRegularText } from '../read/file.js';
import { parseUserYaml, yamlLib } from '../read/yaml.js';
import { CLOCK_COLUMNS } from './aliases.js';
import { COLUMNS, DAY_TYPES, FILE_KINDS, type FileKind } from './records.js';

// A mapping profile (--map profile.yaml) says how one employer's files map onto the canonical
// ones: which header is which column, constants for the whole file, value maps, rows to skip
// above the header, date order. `labour-check map --init FILE` writes a first one.

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
  /** When inferred work days start, HH:MM (default: each employee's longest daily gap between punches). */
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
        kind === 'hours' ? [...canonical, ...CLOCK_COLUMNS.filter((c) => c !== 'employee_id')] : canonical;
      for (const field of ['columns', 'constants', 'values'] as const) {
        for (const key of Object.keys(s[field] ?? {})) {
          const ok =
            field === 'columns'
              ? allowed.includes(key)
              : canonical.includes(key) || (kind === 'hours' && key === 'state');
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

/** The date order a section fixes, by `date_order` or by the pattern of `date_format`. */
export function dateOrderOf(s: {
  date_order?: string;
  date_format?: string;
}): 'day-first' | 'month-first' | undefined {
  if (s.date_format) return s.date_format.startsWith('M') ? 'month-first' : 'day-first';
  return s.date_order as 'day-first' | 'month-first' | undefined;
}

export type Profile = z.infer<typeof ProfileSchema>;
export type ProfileSection = NonNullable<Profile['employees']>;
export type ClockProfile = NonNullable<NonNullable<Profile['hours']>['clock']>;
export const profileSection = (
  p: Profile | undefined,
  kind: FileKind,
): (ProfileSection & { clock?: ClockProfile }) | undefined => p?.[kind];

export function loadProfile(file: string): Profile {
  return parseProfile(readRegularText(file), file);
}

/** Parses and validates a profile; every error names the file, line and column. */
export function parseProfile(src: string, file: string): Profile {
  const { data: raw, doc, lines: lc } = parseUserYaml(src, file);
  const data = raw ?? {};
  const r = ProfileSchema.safeParse(data);
  if (r.success) return r.data;
  const msgs = r.error.issues.slice(0, 3).map((i) => {
    const keys = (i as { keys?: string[] }).keys;
    const path = i.path.map(String);
    const at = locate(doc, lc, path, keys?.[0]);
    const where = keys?.length ? [...path, keys[0]].join('.') : path.join('.');
    const message = keys?.length ? `unknown field "${keys[0]}"` : i.message;
    return `${file}:${at.line}:${at.col}: ${where || '(top)'}: ${message}`;
  });
  const more = r.error.issues.length > 3 ? ` (and ${r.error.issues.length - 3} more)` : '';
  throw new UserError(`invalid profile: ${msgs.join('; ')}${more}`);
}

/** Line and column of the node at `path` (or of the key `key` inside it). */
function locate(doc: Document, lc: LineCounter, path: string[], key?: string): { line: number; col: number } {
  const { isMap, isScalar } = yamlLib();
  let node: unknown = doc.contents;
  let pos = (doc.contents as { range?: number[] } | null)?.range?.[0] ?? 0;
  for (const seg of key === undefined ? path : [...path, key]) {
    if (!isMap(node)) break;
    const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === seg);
    if (!pair) break;
    pos = (pair.key as { range?: number[] }).range?.[0] ?? pos;
    node = pair.value;
  }
  return lc.linePos(pos);
}
