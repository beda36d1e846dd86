import { z } from 'zod';
import { Bilingual, ParamSeries } from '../../pack/schema.js';

// What rules/indicators.yaml and the screen's language files validate to, as far as `check`
// reads them. Loaded only when one of those files is not in the rule-file cache (indicators.ts).

const text = z.string().trim().min(1);

export const RecordTrigger = z.strictObject({
  /** The trigger function (triggers.ts) that reads the records. */
  trigger: text,
  options: z.record(z.string(), z.unknown()).default({}),
  params: z.record(z.string(), ParamSeries).default({}),
  message: Bilingual,
});
export type RecordTrigger = z.infer<typeof RecordTrigger>;

const IndicatorRecords = z.looseObject({ id: text, records: z.array(RecordTrigger).default([]) });
export const IndicatorsFile = z.looseObject({ source: text, indicators: z.array(IndicatorRecords).min(1) });

export const LangTitles = z.looseObject({
  indicators: z.record(z.string(), z.looseObject({ title: text })),
});
