import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { UserError } from '../../errors.js';
import { cachedRead, saveCache } from '../../pack/cache.js';
import { bundledRulesDir } from '../../pack/load.js';
import { Bilingual, ParamSeries } from '../../pack/schema.js';
import { yamlLib } from '../../read/yaml.js';

// The forced-labour indicators as both the screen and `check` read them (rules/indicators.yaml).
// This module reads only what `check` needs: each indicator's record triggers.

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
const File = z.looseObject({ source: text, indicators: z.array(IndicatorRecords).min(1) });

export interface IndicatorDef {
  id: string;
  title: { en: string; th: string };
  records: RecordTrigger[];
}

export interface Indicators {
  source: string;
  indicators: IndicatorDef[];
}

const LangTitles = z.looseObject({
  indicators: z.record(z.string(), z.looseObject({ title: text })),
});

function readYaml<T extends z.ZodType>(file: string, schema: T): z.infer<T> {
  let data: unknown;
  try {
    data = yamlLib().parse(readFileSync(file, 'utf8'));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UserError(
      `${file}: ${code ? `cannot read (${code})` : `not valid YAML: ${String((e as Error).message).split('\n')[0]}`}`,
    );
  }
  const r = schema.safeParse(data);
  if (!r.success) {
    const i = r.error.issues[0];
    throw new UserError(`${file}: invalid field "${i.path.join('.') || '(top level)'}": ${i.message}`);
  }
  return r.data;
}

/** Each indicator's title in one language file of the screen, and nothing else of that file. */
function titlesOf(file: string): Record<string, string> {
  return cachedRead(
    file,
    () => {
      const titles: Record<string, string> = {};
      for (const [id, i] of Object.entries(readYaml(file, LangTitles).indicators)) titles[id] = i.title;
      return titles;
    },
    import.meta.url,
  );
}

const cache = new Map<string, Indicators>();

/** The indicators with their record triggers and en/th titles (from the screen's language files). */
export function loadIndicators(rulesDir: string = bundledRulesDir()): Indicators {
  const hit = cache.get(rulesDir);
  if (hit) return hit;
  // Read on every check: what the files validated to is kept in the rule-file cache.
  const indicatorsFile = join(rulesDir, 'indicators.yaml');
  const file = cachedRead(indicatorsFile, () => readYaml(indicatorsFile, File), import.meta.url);
  const en = titlesOf(join(rulesDir, 'screen', 'lang', 'en.yaml'));
  const th = titlesOf(join(rulesDir, 'screen', 'lang', 'th.yaml'));
  const loaded: Indicators = {
    source: file.source,
    indicators: file.indicators.map((i) => ({
      id: i.id,
      title: {
        en: en[i.id] ?? i.id,
        th: th[i.id] ?? en[i.id] ?? i.id,
      },
      records: i.records,
    })),
  };
  cache.set(rulesDir, loaded);
  saveCache();
  return loaded;
}
