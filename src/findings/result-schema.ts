import { z } from 'zod';

// The result object: the one contract between the engine and every reporter
// (docs/reports.md, The JSON report). `schemas/report.schema.json` is generated from ResultSchema.

const Severity = z.enum(['critical', 'error', 'warning', 'info']);
/** A reason as a message id with its values, for reports in any language (src/findings/reasons.ts). */
const ReasonSchema = z.object({
  id: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  period: z.object({ start: z.string(), end: z.string() }).optional(),
});
const Period = z.object({ start: z.string(), end: z.string() });
export const FindingSchema = z.object({
  rule: z.string(),
  section: z.string(),
  severity: Severity,
  employee_id: z.string(),
  date: z.string().optional(),
  period: Period.optional(),
  message: z.string(),
  message_th: z.string(),
  owed_satang: z.number().int().optional(),
  interest_satang: z.number().int().optional(),
  surcharge_satang: z.number().int().optional(),
  entitled_satang: z.number().int().optional(),
  paid_satang: z.number().int().optional(),
  evidence: z.array(z.object({ file: z.string(), row: z.number().int() })),
  params: z.record(z.string(), z.unknown()),
});

export const WaivedFindingSchema = FindingSchema.extend({ waiver: z.string() });

/** Who the employee ids stand for: shown in per-employee sections, reduced to initials by --redact. */
const EmployeeEntry = z.object({
  employee_id: z.string(),
  name: z.string().optional(),
  initials: z.string().optional(),
  national_id: z.string().optional(),
});

/** Per-day hours for the report charts (only when asked for: it grows with the input). */
const HoursSeries = z.object({
  employee_id: z.string(),
  days: z.array(
    z.object({
      date: z.string(),
      day_type: z.enum(['work', 'weekly_holiday', 'public_holiday']),
      worked_min: z.number().int(),
      normal_min: z.number().int(),
      overtime_min: z.number().int(),
      holiday_min: z.number().int(),
      holiday_overtime_min: z.number().int(),
      /** The day's normal limit L. */
      limit_min: z.number().int(),
    }),
  ),
  weeks: z.array(
    z.object({
      start: z.string(),
      end: z.string(),
      /** Overtime + holiday work + holiday overtime: what the weekly cap (s.26) counts. */
      overtime_min: z.number().int(),
      /** The weekly cap in force at the week's start, when the rule pack has one. */
      cap_min: z.number().int().optional(),
    }),
  ),
});

const WaiverEntry = z.object({
  id: z.string(),
  rule: z.string(),
  employees: z.union([z.literal('all'), z.array(z.string())]),
  from: z.string().optional(),
  to: z.string().optional(),
  reason: z.string(),
  reference: z.string(),
  expires: z.string(),
  /** active: in force on the as-of date; expired: its expiry is before the as-of date (it waives nothing); unused: matched no finding. */
  status: z.enum(['active', 'expired', 'unused']),
  /** Findings it waived (active) or would have waived (expired). */
  matched: z.number().int(),
});

/** A sign of forced labour read from one employee's records: needs corroboration, never a finding. */
const SignalSchema = z.object({
  /** The ILO indicator (rules/indicators.yaml). */
  indicator: z.string(),
  title: z.string(),
  title_th: z.string(),
  employee_id: z.string(),
  /** The record triggers that held, each with what it saw. */
  because: z.array(z.object({ trigger: z.string(), message: z.string(), message_th: z.string() })),
  /** The findings behind it, if any. */
  findings: z.array(
    z.object({
      rule: z.string(),
      section: z.string(),
      date: z.string().optional(),
      period: Period.optional(),
    }),
  ),
  evidence: z.array(z.object({ file: z.string(), row: z.number().int() })),
  /** How many of the employer's workers have a signal of this indicator (this one included). */
  shared_by: z.number().int(),
  /** The thresholds used, by trigger, with the date they took effect and their source. */
  params: z.record(z.string(), z.unknown()),
});

export const SignalsSchema = z.object({
  note: z.string(),
  note_th: z.string(),
  source: z.string(),
  raised: z.array(SignalSchema),
  /** Triggers that could not be read (a column or file absent, a rule undetermined), with how many employees. */
  undetermined: z.array(
    z.object({
      indicator: z.string(),
      trigger: z.string(),
      /** In English. */
      reason: z.string(),
      /** The same as a message id. */
      why: ReasonSchema.optional(),
      employees: z.number().int(),
    }),
  ),
});
export type Signals = z.infer<typeof SignalsSchema>;

export const ResultSchema = z.object({
  tool: z.object({ name: z.string(), version: z.string() }),
  ruleset: z.object({
    id: z.string(),
    version: z.string(),
    /** The Act and the amendments in force on the dates checked. */
    title: z.string(),
    title_th: z.string().optional(),
    /** The amendments applied, each over the part of the dates checked it was in force. */
    amendments: z
      .array(z.object({ name: z.string(), source: z.string().optional(), from: z.string(), to: z.string() }))
      .optional(),
  }),
  as_of: z.string(),
  /** The first and last day the input speaks of (days worked and pay periods). */
  period: Period.optional(),
  wilful: z.boolean(),
  inputs: z.array(
    z.object({
      file: z.string(),
      kind: z.enum(['employees', 'hours', 'payroll', 'holidays']),
      encoding: z.string(),
      rows_read: z.number().int(),
      rows_used: z.number().int(),
      rows_rejected: z.number().int(),
      /** Footer and totals rows under a table: neither used nor rejected (rows_read = used + rejected + skipped). */
      rows_skipped: z.number().int(),
      /** Canonical columns present in the file (mapped and filled in at least one row); any other is unknown. */
      columns: z.array(z.string()),
      sha256: z.string(),
    }),
  ),
  summary: z.object({
    employees: z.number().int(),
    findings: z.number().int(),
    by_severity: z.object({
      critical: z.number().int(),
      error: z.number().int(),
      warning: z.number().int(),
      info: z.number().int(),
    }),
    owed_satang: z.number().int(),
    interest_satang: z.number().int(),
    surcharge_satang: z.number().int(),
    undetermined: z.number().int(),
    rows_rejected: z.number().int(),
    /** Findings set aside by an active waiver (listed in `waived`, not in `findings`). */
    waived: z.number().int().optional(),
  }),
  findings: z.array(FindingSchema),
  /** Signs of forced labour (need corroboration): after the findings, never counted among them. */
  signals: SignalsSchema.optional(),
  undetermined: z.array(
    z.object({
      rule: z.string(),
      employee_id: z.string(),
      /** In English. */
      reason: z.string(),
      /** The same as message ids, when every part of it has one. */
      reasons: z.array(ReasonSchema).optional(),
    }),
  ),
  rejected: z.array(
    z.object({
      file: z.string(),
      row: z.number().int(),
      column: z.string(),
      reason: z.string(),
      /** The reason as a message id, when it has one. */
      why: ReasonSchema.optional(),
      /** The employee the row names, when the reason is about the employee (redaction pseudonymises it). */
      employee_id: z.string().optional(),
      /** The offending cell as written (dropped under --redact). */
      value: z.string().optional(),
    }),
  ),
  warnings: z.array(
    z.object({
      file: z.string().optional(),
      row: z.number().int().optional(),
      column: z.string().optional(),
      message: z.string(),
      /** The message as a message id, when it has one. */
      why: ReasonSchema.optional(),
    }),
  ),
  ledger: z.array(
    z.object({
      employee_id: z.string(),
      entitled_satang: z.number().int(),
      paid_satang: z.number().int(),
      owed_satang: z.number().int(),
      interest_satang: z.number().int(),
      surcharge_satang: z.number().int(),
      items: z.array(
        z.object({
          rule: z.string(),
          section: z.string(),
          period: Period.optional(),
          date: z.string().optional(),
          entitled_satang: z.number().int(),
          paid_satang: z.number().int(),
          owed_satang: z.number().int(),
          interest_satang: z.number().int(),
        }),
      ),
    }),
  ),
  coverage: z.object({
    sections_covered: z.array(z.string()),
    rules: z.array(
      z.object({
        rule: z.string(),
        section: z.string(),
        employees_checked: z.number().int(),
        employees_with_findings: z.number().int(),
        undetermined_employees: z.array(z.string()),
      }),
    ),
    not_covered: z.array(
      z.object({ section: z.string(), topic: z.string(), topic_th: z.string().optional() }),
    ),
    note: z.string(),
  }),
  employees: z.array(EmployeeEntry).optional(),
  hours: z.array(HoursSeries).optional(),
  waivers: z.array(WaiverEntry).optional(),
  waived: z.array(WaivedFindingSchema).optional(),
  /** --baseline: findings already recorded in an earlier report are not repeated in `findings`. */
  baseline: z
    .object({
      file: z.string(),
      sha256: z.string(),
      /** Findings recorded in the baseline report. */
      findings: z.number().int(),
      /** Baseline findings found again (left out of `findings`). */
      still_present: z.number().int(),
      /** Baseline findings not found again. */
      resolved: z.number().int(),
      /** Findings not in the baseline: the ones listed in `findings`. */
      new: z.number().int(),
    })
    .optional(),
  /** --redact: names reduced to initials, national IDs masked, employee ids replaced by keyed pseudonyms. */
  redaction: z
    .object({
      pseudonyms: z.literal('hmac-sha256'),
      key: z.enum(['given', 'random']),
      note: z.string(),
    })
    .optional(),
});
export type Result = z.infer<typeof ResultSchema>;
