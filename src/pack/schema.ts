import { z } from 'zod';

// The rule-pack file formats. Rule files are data: they are parsed and validated here,
// never evaluated as code.

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');
const text = z.string().trim().min(1);
export const Bilingual = z.strictObject({ en: text, th: text });

export const ParamValue = z.strictObject({
  from: isoDate,
  value: z.union([z.number(), z.string(), z.boolean(), z.array(z.string())]),
  source: text,
});
export const ParamSeries = z.strictObject({
  description: z.string().optional(),
  section: z.string().optional(),
  unit: z.string().optional(),
  values: z.array(ParamValue).min(1),
});
export type ParamSeries = z.infer<typeof ParamSeries>;
export const ParamRef = z.strictObject({ ref: text });

export const FACTS = ['employee', 'work_day', 'work_week', 'pay_period'] as const;
export const SEVERITIES = ['critical', 'error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

const csvBlock = z.string();
export const RuleCase = z.strictObject({
  name: text,
  as_of: isoDate.optional(),
  employees: csvBlock.optional(),
  hours: csvBlock.optional(),
  payroll: csvBlock.optional(),
  holidays: csvBlock.optional(),
  expect: z
    .array(
      z.strictObject({
        employee_id: text,
        date: isoDate.optional(),
        period_end: isoDate.optional(),
        owed_satang: z.number().int().optional(),
        interest_satang: z.number().int().optional(),
      }),
    )
    .optional(),
  expect_undetermined: z.array(text).optional(),
});
export type RuleCase = z.infer<typeof RuleCase>;

export const RuleFile = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lowercase words joined by "-"'),
  alias: z.string().optional(),
  title: Bilingual,
  citation: z.strictObject({ act: text, section: text, source: text, url: z.string().optional() }),
  severity: z.enum(SEVERITIES),
  fact: z.enum(FACTS),
  check: text,
  options: z.record(z.string(), z.unknown()).default({}),
  params: z.record(z.string(), z.union([ParamRef, ParamSeries])).default({}),
  messages: Bilingual,
  /** Messages for particular kinds of finding, by id (ESLint's messageId): a check names one. */
  message_ids: z.record(z.string(), Bilingual).optional(),
  notes: Bilingual.optional(),
  example: Bilingual.optional(),
  cases: z
    .strictObject({ valid: z.array(RuleCase).default([]), invalid: z.array(RuleCase).default([]) })
    .optional(),
});
export type RuleFile = z.infer<typeof RuleFile>;

export const PackFile = z.strictObject({
  id: text,
  version: text,
  title: Bilingual,
  act: text,
  /** The Act's name in Thai, for the Thai title of a report. */
  act_th: text.optional(),
  /** Another pack (a folder, relative to this one) whose parameters and wage tables this one uses. */
  base: z.string().optional(),
  parameters: z.string().optional(),
  minimum_wage: z
    .strictObject({
      provinces: text,
      rates: text,
      overlays: text,
      notifications: text,
      places: text.optional(),
    })
    .optional(),
  coverage: z
    .strictObject({
      not_covered: z
        .array(z.strictObject({ section: text, topic: text, topic_th: text.optional() }))
        .default([]),
    })
    .optional(),
  docs_url: z.string().optional(),
  /** The pack's source list: every `[id]` cited in a `source:` resolves there. */
  sources: z.string().optional(),
  /**
   * Sectors the law applies only in part to: the rules of the sections listed are undetermined
   * for an employee of that sector, with the reason, never run (a finding there would be false).
   */
  sector_scope: z
    .record(
      z.string(),
      z.strictObject({
        sections: z.array(text).min(1),
        reason: text,
        reason_th: text.optional(),
        source: text,
      }),
    )
    .default({}),
  /** Amendments of the Act, each named in the title of a report on dates it is in force. */
  amendments: z.array(z.strictObject({ source: text, name: Bilingual, from: isoDate })).default([]),
});
export type PackFile = z.infer<typeof PackFile>;

export const SOURCE_KINDS = ['act', 'gazette', 'judgment', 'dlpw', 'secondary', 'project'] as const;
export const Source = z.strictObject({
  title: text,
  kind: z.enum(SOURCE_KINDS),
  /** YYYY, YYYY-MM or YYYY-MM-DD as the source gives it, or "undated". */
  date: z.string().regex(/^(\d{4}(-\d{2}(-\d{2})?)?|undated)$/, 'expected YYYY[-MM[-DD]] or "undated"'),
  /** The public original (a URL), or a path inside this repository. */
  address: z.string().optional(),
  also: z.array(z.string()).optional(),
  /** Where a primary text without an address was read: ids of this list. */
  reported_by: z.array(text).optional(),
  note: z.string().optional(),
});
export type Source = z.infer<typeof Source>;
export const SourcesFile = z.record(z.string().regex(/^[A-Za-z0-9][A-Za-z0-9-]*$/), Source);

export const ParametersFile = z.record(z.string(), ParamSeries);

export const Notification = z.strictObject({
  title: text,
  effective: isoDate,
  gazette: z.string().optional(),
  source: text,
});
export const NotificationsFile = z.record(z.string(), Notification);

export const OverlaysFile = z.array(
  z.strictObject({
    sector: text,
    from: isoDate,
    to: isoDate.optional(),
    daily_thb: z.number().positive(),
    /** Empty = nationwide; otherwise provinces (English name) with districts, or the whole province. */
    areas: z.array(z.strictObject({ province: text, districts: z.array(text).optional() })).optional(),
    applies_to_sectors: z.array(text).min(1),
    condition: text,
    notification: text,
    source: text,
  }),
);

/** minimum-wage/places.yaml: how employer files write provinces and districts. */
export const PlacesFile = z.strictObject({
  province_prefixes: z.array(text).default([]),
  province_suffixes: z.array(text).default([]),
  district_prefixes: z.array(text).default([]),
  district_suffixes: z.array(text).default([]),
  capital_district: z.array(text).default([]),
  spellings: z.record(z.string(), text).default({}),
  province_aliases: z.record(z.string(), z.array(text)).default({}),
  districts: z
    .array(z.strictObject({ province: text, code: text.optional(), en: text, th: text }))
    .default([]),
});
export type PlacesData = z.infer<typeof PlacesFile>;
