import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { compareIso } from '../base/calendar.js';
import { UserError } from '../errors.js';
import { satangOf } from '../findings/money.js';
import { readRegularText } from '../read/file.js';
import { parseUserYaml } from '../read/yaml.js';
import { cachedRead, saveCache } from './cache.js';
import { MinimumWageTable, type Overlay, type Province, type WageRow } from './minimum-wage.js';
import { ParamStore } from './params.js';
import { PlaceNames } from './places.js';
import type { ParamSeries, RuleFile, Source } from './schema.js';

export interface LoadedRule extends RuleFile {
  file: string;
  /** Rule parameters with references resolved to the pack's series. */
  resolved: Record<string, { name: string; series: ParamSeries }>;
}

export interface RulePack {
  dir: string;
  id: string;
  version: string;
  title: { en: string; th: string };
  act: string;
  actTh?: string;
  docsUrl?: string;
  params: ParamStore;
  wages?: MinimumWageTable;
  rules: LoadedRule[];
  notCovered: { section: string; topic: string; topic_th?: string }[];
  /** The source list (the base pack's, then this pack's): what a `[id]` in a `source:` means. */
  sources: Map<string, Source>;
  /** The pack this one takes its parameters and sources from (`base:` in pack.yaml). */
  base?: RulePack;
  /** Amendments of the Act in date order, for the title of a report (amendments.ts). */
  amendments: Amendment[];
  /** By sector: the sections the law does not apply to that sector as written, and why. */
  sectorScope: Record<string, { sections: string[]; reason: string; reason_th?: string; source: string }>;
}

export interface Amendment {
  /** Its id in the source list. */
  source: string;
  name: { en: string; th: string };
  /** The day it came into force. */
  from: string;
}

const HERE = dirname(fileURLToPath(import.meta.url));
/** The bundled rule packs, found from both src/ (tests) and dist/src/ (the built CLI). */
export function bundledRulesDir(): string {
  for (const up of ['../..', '../../..']) {
    const d = resolve(HERE, up, 'rules');
    if (existsSync(join(d, 'th-lpa', 'pack.yaml'))) return d;
  }
  throw new UserError('the bundled rules/ folder is missing from this installation');
}
export const defaultPackDir = (): string => join(bundledRulesDir(), 'th-lpa');

const RESERVED = new Set(['pack.yaml', 'parameters.yaml']);

const readText = readRegularText;

type Schemas = typeof import('./schema.js');
type FileSchema =
  | 'PackFile'
  | 'ParametersFile'
  | 'SourcesFile'
  | 'RuleFile'
  | 'NotificationsFile'
  | 'OverlaysFile'
  | 'PlacesFile';

// The rule-file schemas (and zod with them) are loaded only when a file is not in the cache:
// a check with a warm cache does without them (docs/speed.md, Start-up).
let schemas: Schemas | undefined;

/** Loads the rule-file schemas ahead of a synchronous pack load that may need them. */
export async function loadRuleSchemas(): Promise<void> {
  schemas ??= await import('./schema.js');
}

function ruleSchemas(): Schemas {
  // A synchronous load not preceded by loadRuleSchemas: require() of an ES module (Node 20.19+).
  schemas ??= createRequire(import.meta.url)('./schema.js') as Schemas;
  return schemas;
}

function readYaml<K extends FileSchema>(file: string, schema: K): z.infer<Schemas[K]> {
  return cachedRead(file, () => validYaml(file, ruleSchemas()[schema]) as z.infer<Schemas[K]>);
}

function validYaml<T extends z.ZodType>(file: string, schema: T): z.infer<T> {
  // Rule files are data: YAML is parsed, never evaluated.
  const { data } = parseUserYaml(readText(file), file);
  const r = schema.safeParse(data);
  if (!r.success) {
    const i = r.error.issues[0];
    throw new UserError(`${file}: invalid field "${i.path.join('.') || '(top level)'}": ${i.message}`);
  }
  return r.data;
}

/** A pack's CSV file as rows by header, from the rule-file cache when the file is unchanged. */
function readCsv(file: string): Record<string, string>[] {
  // Kept under this module's stamp: a change to how the rows are read reads them again.
  return cachedRead(file, () => parseCsvFile(file), import.meta.url);
}

function parseCsvFile(file: string): Record<string, string>[] {
  try {
    // csv-parse is loaded here, when a pack's CSV file is not in the cache, not at every start.
    const parseCsv: typeof import('csv-parse/sync').parse = createRequire(import.meta.url)(
      'csv-parse/sync',
    ).parse;
    return parseCsv(readText(file), { columns: true, skip_empty_lines: true, bom: true });
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(`${file}: not a readable CSV: ${String((e as Error).message).split('\n')[0]}`);
  }
}

export function loadPack(dirArg: string = defaultPackDir()): RulePack {
  const pack = loadPackFrom(dirArg, []);
  saveCache();
  return pack;
}

/**
 * Packs already loaded in this process, by folder, with the files each was read from and a
 * stamp of them (size and change times, and the folder's list of YAML files): a process that
 * checks many data sets (a library user, the fuzz test) parses the YAML once, and a pack whose
 * files change is read again.
 */
const loaded = new Map<string, { files: string[]; stamp: string; pack: RulePack }>();

function stampOf(dir: string, files: string[]): string {
  const listing = readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .join(',');
  const stats = files.map((f) => {
    try {
      const st = statSync(f);
      return `${f}:${st.size}:${st.mtimeMs}:${st.ctimeMs}`;
    } catch {
      return `${f}:gone`;
    }
  });
  return [listing, ...stats].join('|');
}

/** `chain`: the packs whose `base:` led here, so a pack that is its own base is refused, not followed forever. */
function loadPackFrom(dirArg: string, chain: string[]): RulePack {
  const dir = resolve(dirArg);
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new UserError(`${dirArg}: no such rule pack folder`);
  const packFile = join(dir, 'pack.yaml');
  if (!existsSync(packFile)) throw new UserError(`${dirArg}: not a rule pack (no pack.yaml)`);
  const hit = loaded.get(dir);
  if (hit && hit.stamp === stampOf(dir, hit.files)) return hit.pack;
  const pack = readYaml(packFile, 'PackFile');
  const reserved = new Set([...RESERVED, ...(pack.sources ? [pack.sources] : [])]);

  let base: RulePack | undefined;
  if (pack.base) {
    const baseDir = resolve(dir, pack.base);
    const real = (d: string) => {
      try {
        return realpathSync(d);
      } catch {
        return d;
      }
    };
    const seen = [...chain, real(dir)];
    if (seen.includes(real(baseDir))) {
      throw new UserError(
        `${packFile}: invalid field "base": "${pack.base}" leads back to ${seen.length === 1 ? 'this pack' : 'a pack that has this one as its base'} (a cycle of bases)`,
      );
    }
    base = loadPackFrom(baseDir, seen);
  }
  const params = new ParamStore();
  for (const n of base?.params.names() ?? []) params.set(n, base!.params.get(n)!);
  if (pack.parameters) {
    const file = join(dir, pack.parameters);
    for (const [name, s] of Object.entries(readYaml(file, 'ParametersFile'))) params.set(name, s);
  }
  const wages = pack.minimum_wage ? loadWages(dir, pack.minimum_wage) : base?.wages;
  const sources = new Map<string, Source>(base?.sources);
  if (pack.sources)
    for (const [id, s] of Object.entries(readYaml(join(dir, pack.sources), 'SourcesFile')))
      sources.set(id, s);

  const rules: LoadedRule[] = [];
  const files = readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f) && !reserved.has(f))
    .sort();
  for (const f of files) {
    const file = join(dir, f);
    const rule = readYaml(file, 'RuleFile');
    const stem = basename(f).replace(/\.ya?ml$/, '');
    if (rule.id !== stem)
      throw new UserError(`${file}: invalid field "id": "${rule.id}" differs from the file name "${stem}"`);
    const resolved: LoadedRule['resolved'] = {};
    for (const [key, p] of Object.entries(rule.params)) {
      if ('ref' in p) {
        const s = params.get(p.ref);
        if (!s)
          throw new UserError(
            `${file}: invalid field "params.${key}.ref": no parameter "${p.ref}" in the pack`,
          );
        resolved[key] = { name: p.ref, series: s };
      } else {
        resolved[key] = { name: `${rule.id}.${key}`, series: p };
      }
    }
    rules.push({ ...rule, file, resolved });
  }
  const out: RulePack = {
    dir,
    id: pack.id,
    version: pack.version,
    title: pack.title,
    act: pack.act,
    actTh: pack.act_th,
    docsUrl: pack.docs_url,
    params,
    wages,
    rules,
    notCovered: pack.coverage?.not_covered ?? [],
    sources,
    amendments: [...pack.amendments].sort((a, b) => compareIso(a.from, b.from)),
    sectorScope: { ...base?.sectorScope, ...pack.sector_scope },
    ...(base ? { base } : {}),
  };
  // A pack with a base is read again each time: its base may have changed.
  if (!pack.base) {
    const wageFiles = pack.minimum_wage ? Object.values(pack.minimum_wage).map((f) => join(dir, f)) : [];
    const read = [
      packFile,
      ...(pack.parameters ? [join(dir, pack.parameters)] : []),
      ...files.map((f) => join(dir, f)),
      ...wageFiles,
    ];
    loaded.set(dir, { files: read, stamp: stampOf(dir, read), pack: out });
  }
  return out;
}

function loadWages(
  dir: string,
  files: { provinces: string; rates: string; overlays: string; notifications: string; places?: string },
): MinimumWageTable {
  const provFile = join(dir, files.provinces);
  const provinces: Province[] = readCsv(provFile).map((r, i) => {
    if (!r.province_code || !r.province_en || !r.province_th) {
      throw new UserError(`${provFile}: row ${i + 2}: needs province_code, province_en and province_th`);
    }
    return { code: r.province_code, en: r.province_en, th: r.province_th };
  });
  const rateFile = join(dir, files.rates);
  const notifications = readYaml(join(dir, files.notifications), 'NotificationsFile');
  const rows: WageRow[] = readCsv(rateFile).map((r, i) => {
    const satang = satangOf(r.daily_thb ?? '');
    if (satang === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(r.effective_from ?? '')) {
      throw new UserError(`${rateFile}: row ${i + 2}: invalid field "daily_thb" or "effective_from"`);
    }
    if (!r.notification)
      throw new UserError(`${rateFile}: row ${i + 2}: invalid field "notification": missing source`);
    if (!notifications[r.notification]) {
      throw new UserError(
        `${rateFile}: row ${i + 2}: invalid field "notification": "${r.notification}" is not in ${files.notifications}`,
      );
    }
    return {
      provinceCode: r.province_code,
      district: r.district ?? '',
      from: r.effective_from,
      dailySatang: satang,
      notification: r.notification,
    };
  });
  const overlays: Overlay[] = readYaml(join(dir, files.overlays), 'OverlaysFile').map((o) => ({
    sector: o.sector,
    from: o.from,
    to: o.to,
    dailySatang: Math.round(o.daily_thb * 100),
    areas: o.areas,
    appliesToSectors: o.applies_to_sectors,
    condition: o.condition,
    notification: o.notification,
    source: o.source,
  }));
  const places = files.places ? new PlaceNames(readYaml(join(dir, files.places), 'PlacesFile')) : undefined;
  return new MinimumWageTable(provinces, rows, overlays, notifications, places);
}
