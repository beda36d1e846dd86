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
  /** Another pack (a folder, relative to this one) whose parameters and wage tables this one uses. */
  base: z.string().optional(),
  parameters: z.string().optional(),
  minimum_wage: z
    .strictObject({ provinces: text, rates: text, overlays: text, notifications: text })
    .optional(),
  coverage: z
    .strictObject({
      not_covered: z
        .array(z.strictObject({ section: text, topic: text, topic_th: text.optional() }))
        .default([]),
    })
    .optional(),
  docs_url: z.string().optional(),
});
export type PackFile = z.infer<typeof PackFile>;

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
