import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { UserError } from '../errors.js';
import { render } from '../evaluate/messages.js';
import { RecordTrigger } from '../evaluate/signals/indicator-schema.js';
import { bundledRulesDir } from '../pack/load.js';
import { readUserYaml } from '../read/yaml.js';
import { type Account, FIELD_IDS } from './account.js';

export { catalogueLanguage, catalogueLanguages } from './languages.js';

// The screen's data: questions and what "don't know" does, forced-labour indicators,
// evidence, referrals and every word it shows, all read from rules/ (issue 6: a translator
// adds a language by adding lang/<code>.yaml, without touching code).

const text = z.string().trim().min(1);
const ruleId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);
const fieldId = z.enum(FIELD_IDS as [keyof Account, ...(keyof Account)[]]);
const answerValue = z.union([z.string(), z.number()]);

const Effect = z.strictObject({
  when: z.array(answerValue).min(1),
  undetermined: z.array(ruleId).default([]),
  at_least: z.array(ruleId).default([]),
  reason: text.default('not_known'),
});
const Question = z.strictObject({
  id: fieldId,
  section: text,
  personal: z.boolean().default(false),
  answer_required: z.boolean().default(false),
  ask_if: z.partialRecord(fieldId, z.union([answerValue, z.array(answerValue)])).optional(),
  effects: z.array(Effect).default([]),
  assume: z.strictObject({ minimum: text, likely: text }).optional(),
});
const QuestionsFile = z.strictObject({
  sections: z.array(text).min(1),
  questions: z.array(Question).min(1),
  deduction_purposes: z.record(text, z.string().regex(/^deduction_[a-z]+$/)),
  assumptions: z.record(text, z.strictObject({ value: z.number(), source: text })),
});
export type Question = z.infer<typeof Question>;

export const Trigger = z.union([
  z.strictObject({
    answer: fieldId,
    is: z.union([answerValue, z.array(answerValue)]),
    because: text.optional(),
  }),
  z.strictObject({ answer: fieldId, more_than: z.number(), because: text.optional() }),
  z.strictObject({ deduction_purpose: z.array(text).min(1), because: text.optional() }),
  z.strictObject({ finding: ruleId, because: text.optional() }),
  z.strictObject({ signal: text }),
  z.strictObject({ always: z.literal(true) }),
]);
export type Trigger = z.infer<typeof Trigger>;

const LawPointer = z.strictObject({ section: text, act: text, note: text, source: text });
const IndicatorsFile = z.strictObject({
  source: text,
  indicators: z
    .array(
      z.strictObject({
        id: text,
        law: z.array(LawPointer).default([]),
        triggers: z.array(Trigger).min(1),
        records: z.array(RecordTrigger).default([]),
      }),
    )
    .length(11),
  evidence: z.array(z.strictObject({ id: text, triggers: z.array(Trigger).min(1) })),
});
export type Indicator = z.infer<typeof IndicatorsFile>['indicators'][number];

const PerLanguage = z.record(z.string(), text).refine((v) => 'en' in v, 'needs an English (en) text');
const ReferralsFile = z.strictObject({
  referrals: z.array(
    z.strictObject({
      id: text,
      phone: text.optional(),
      url: text.optional(),
      name: PerLanguage,
      for: PerLanguage,
      source: text,
      checked: z.string().optional(),
      when: z.array(Trigger).min(1),
    }),
  ),
});
export type Referral = z.infer<typeof ReferralsFile>['referrals'][number];

type Tree = { [k: string]: string | string[] | Tree };
const LangTree: z.ZodType<Tree> = z.lazy(() =>
  z.record(z.string(), z.union([z.string(), z.array(z.string()), LangTree])),
);
const LangFile = z.object({ language: text, unknown_words: z.array(text).min(1) }).and(LangTree);

const EN_PLURAL = new Intl.PluralRules('en');
/** English "N word(s)" as grammar has it: "1 month", "3 months", "1 rest day" (Intl.PluralRules). */
export const plurals = (text: string): string =>
  text.replace(/\b(\d+(?:\.\d+)?)((?: [a-z]+)*? [a-z]+)\(s\)/g, (_, n: string, words: string) =>
    EN_PLURAL.select(Number(n)) === 'one' ? `${n}${words}` : `${n}${words}s`,
  );

/** The words of one language, with English behind it for anything not yet translated. */
export class Messages {
  constructor(
    readonly code: string,
    private readonly tree: Tree,
    private readonly fallback?: Messages,
  ) {}
  has(path: string): boolean {
    return typeof this.lookup(path) === 'string' || (this.fallback?.has(path) ?? false);
  }
  /** The text at a dotted path with {placeholders} filled; the path itself when no language has it. */
  t(path: string, data: Record<string, string | number> = {}): string {
    const v = this.lookup(path);
    if (typeof v === 'string') return this.code === 'en' ? plurals(render(v, data)) : render(v, data);
    return this.fallback ? this.fallback.t(path, data) : path;
  }
  list(path: string): string[] {
    const v = this.lookup(path);
    if (Array.isArray(v)) return v;
    return this.fallback?.list(path) ?? [];
  }
  private lookup(path: string): string | string[] | Tree | undefined {
    let at: string | string[] | Tree | undefined = this.tree;
    for (const k of path.split('.')) {
      if (at === undefined || typeof at === 'string' || Array.isArray(at)) return undefined;
      // Own keys only: "constructor" or "__proto__" in a path are not texts.
      at = Object.hasOwn(at, k) ? at[k] : undefined;
    }
    return at;
  }
}

export interface ScreenData {
  dir: string;
  questions: Question[];
  sections: string[];
  purposes: Record<string, string>;
  assumptions: Record<string, { value: number; source: string }>;
  indicatorsSource: string;
  indicators: Indicator[];
  evidence: { id: string; triggers: Trigger[] }[];
  referrals: Referral[];
  /** By language code: a Map, so that a code such as "__proto__" or "toString" finds nothing. */
  languages: Map<string, Messages>;
  /** "Don't know" words of every language, lower case. */
  unknownWords: Set<string>;
}

function readYaml<T extends z.ZodType>(file: string, schema: T): z.infer<T> {
  const { data } = readUserYaml(file);
  const r = schema.safeParse(data);
  if (!r.success) {
    const i = r.error.issues[0];
    throw new UserError(`${file}: invalid field "${i.path.join('.') || '(top level)'}": ${i.message}`);
  }
  return r.data;
}

const cache = new Map<string, ScreenData>();

/** Loads rules/screen/, rules/indicators.yaml and rules/referrals.yaml (from `rulesDir`, default the bundled rules/). */
export function loadScreenData(rulesDir: string = bundledRulesDir()): ScreenData {
  const hit = cache.get(rulesDir);
  if (hit) return hit;
  const dir = join(rulesDir, 'screen');
  if (!existsSync(dir)) throw new UserError(`${dir}: the screen's data folder is missing`);
  const q = readYaml(join(dir, 'questions.yaml'), QuestionsFile);
  const ind = readYaml(join(rulesDir, 'indicators.yaml'), IndicatorsFile);
  const refs = readYaml(join(rulesDir, 'referrals.yaml'), ReferralsFile);
  const langDir = join(dir, 'lang');
  const trees: Record<string, Tree & { unknown_words: string[] }> = {};
  for (const f of readdirSync(langDir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()) {
    trees[f.replace(/\.yaml$/, '')] = readYaml(join(langDir, f), LangFile) as Tree & {
      unknown_words: string[];
    };
  }
  if (!trees.en)
    throw new UserError(`${langDir}: en.yaml is missing (English is the fallback for every language)`);
  const en = new Messages('en', trees.en);
  const languages = new Map<string, Messages>();
  for (const [code, tree] of Object.entries(trees))
    languages.set(code, code === 'en' ? en : new Messages(code, tree, en));
  const unknownWords = new Set<string>(['unknown', '?']);
  for (const tree of Object.values(trees))
    for (const w of tree.unknown_words) unknownWords.add(w.toLowerCase());
  const data: ScreenData = {
    dir,
    questions: q.questions,
    sections: q.sections,
    purposes: q.deduction_purposes,
    assumptions: q.assumptions,
    indicatorsSource: ind.source,
    indicators: ind.indicators,
    evidence: ind.evidence,
    referrals: refs.referrals,
    languages,
    unknownWords,
  };
  cache.set(rulesDir, data);
  return data;
}

export function messagesFor(data: ScreenData, lang: string): Messages {
  const m = data.languages.get(lang);
  if (!m)
    throw new UserError(
      `--lang: no "${lang}" wording in ${data.dir}/lang (have: ${[...data.languages.keys()].join(', ')})`,
    );
  return m;
}

/** A text given per language in a data file, falling back to English. */
export const pick = (v: Record<string, string>, lang: string): string =>
  Object.hasOwn(v, lang) ? v[lang] : v.en;
