import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname, join } from 'node:path';
import type { z } from 'zod';
import { UserError } from '../../errors.js';
import { cachedRead, saveCache } from '../../pack/cache.js';
import { bundledRulesDir } from '../../pack/load.js';
import { yamlLib } from '../../read/yaml.js';
import type { RecordTrigger } from './indicator-schema.js';

// The forced-labour indicators as both the screen and `check` read them (rules/indicators.yaml).
// This module reads only what `check` needs: each indicator's record triggers.

export type { RecordTrigger };

// The schemas (and zod with them) are loaded only when a file is not in the rule-file cache.
type Schemas = typeof import('./indicator-schema.js');
let schemas: Schemas | undefined;
/** The schema module, by which the cache knows its entries are stale when it changes. */
const SCHEMA_URL = new URL(`./indicator-schema${extname(import.meta.url)}`, import.meta.url).href;

/** Loads the indicators' schemas ahead of a synchronous load that may need them. */
export async function loadIndicatorSchemas(): Promise<void> {
  schemas ??= await import('./indicator-schema.js');
}

function indicatorSchemas(): Schemas {
  // A synchronous load not preceded by loadIndicatorSchemas: require() of an ES module (Node 20.19+).
  schemas ??= createRequire(import.meta.url)('./indicator-schema.js') as Schemas;
  return schemas;
}

export interface IndicatorDef {
  id: string;
  title: { en: string; th: string };
  records: RecordTrigger[];
}

export interface Indicators {
  source: string;
  indicators: IndicatorDef[];
}

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
      for (const [id, i] of Object.entries(readYaml(file, indicatorSchemas().LangTitles).indicators))
        titles[id] = i.title;
      return titles;
    },
    SCHEMA_URL,
  );
}

const cache = new Map<string, Indicators>();

/** The indicators with their record triggers and en/th titles (from the screen's language files). */
export function loadIndicators(rulesDir: string = bundledRulesDir()): Indicators {
  const hit = cache.get(rulesDir);
  if (hit) return hit;
  // Read on every check: what the files validated to is kept in the rule-file cache.
  const indicatorsFile = join(rulesDir, 'indicators.yaml');
  const file = cachedRead(
    indicatorsFile,
    () => readYaml(indicatorsFile, indicatorSchemas().IndicatorsFile),
    SCHEMA_URL,
  );
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
