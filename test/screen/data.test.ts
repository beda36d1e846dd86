import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { citedIds } from '../../src/pack/sources.js';
import { COLUMNS } from '../../src/parse/records.js';
import { FIELD_IDS, FIELDS } from '../../src/screen/account.js';
import { data, en, pack } from './helpers.js';

// The screen's data files: every question, indicator, rule and word they name exists, and
// every language has every text English has (a translator's checklist).

const ruleIds = new Set(pack.rules.map((r) => r.id));

/** Every dotted key path of a YAML tree, leaves only. */
function keys(tree: unknown, prefix = ''): string[] {
  if (typeof tree !== 'object' || tree === null || Array.isArray(tree)) return [prefix];
  return Object.entries(tree).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('rules/screen and rules/referrals.yaml', () => {
  it('asks about every field of the account schema, and nothing else', () => {
    // interviewed_on is the screening date, set by the command rather than asked.
    expect(data.questions.map((q) => q.id).sort()).toEqual(
      FIELD_IDS.filter((id) => id !== 'interviewed_on').sort(),
    );
    for (const q of data.questions) expect(data.sections).toContain(q.section);
  });

  it('names only rules of the pack', () => {
    const named = [
      ...data.questions.flatMap((q) => q.effects.flatMap((e) => [...e.undetermined, ...e.at_least])),
      ...data.indicators.flatMap((i) => i.triggers.flatMap((t) => ('finding' in t ? [t.finding] : []))),
    ];
    for (const id of named) expect(ruleIds, id).toContain(id);
  });

  it('maps every deduction purpose to a canonical payroll column', () => {
    for (const col of Object.values(data.purposes)) expect(COLUMNS.payroll.optional).toContain(col);
    expect(data.purposes.recruitment_fee).toBe('deduction_other');
  });

  it("holds the ILO's 11 indicators, each with a source and triggers", () => {
    expect(data.indicators.map((i) => i.id)).toEqual([
      'abuse_of_vulnerability',
      'deception',
      'restriction_of_movement',
      'isolation',
      'physical_and_sexual_violence',
      'intimidation_and_threats',
      'retention_of_identity_documents',
      'withholding_of_wages',
      'debt_bondage',
      'abusive_working_and_living_conditions',
      'excessive_overtime',
    ]);
    expect(data.indicatorsSource).toContain('ILO');
    const sources = pack.sources;
    for (const i of data.indicators)
      for (const l of i.law) {
        const ids = citedIds(l.source);
        expect(ids.length, l.source).toBeGreaterThan(0);
        for (const id of ids) expect(sources.has(id), id).toBe(true);
      }
  });

  it('ships the DLPW 1546 and the 1300 hotlines, each with its source', () => {
    const phones = Object.fromEntries(data.referrals.map((r) => [r.phone, r]));
    expect(phones['1546'].source).toContain('labour.go.th');
    expect(phones['1300'].source).toMatch(/1300/);
  });

  it('has every text English has in every language, and English has every text the code asks for', () => {
    const dir = join(data.dir, 'lang');
    const english = new Set(keys(parse(readFileSync(join(dir, 'en.yaml'), 'utf8'))));
    for (const f of readdirSync(dir)) {
      const other = new Set(keys(parse(readFileSync(join(dir, f), 'utf8'))));
      expect(
        [...english].filter((k) => !other.has(k)),
        f,
      ).toEqual([]);
    }
    const needed = [
      ...FIELD_IDS.flatMap((id) => [`questions.${id}.label`, `questions.${id}.ask`]),
      ...data.sections.map((s) => `sections.${s}`),
      ...data.indicators.flatMap((i) => [
        `indicators.${i.id}.title`,
        `indicators.${i.id}.explain`,
        ...i.law.map((l) => `law.${l.note}`),
      ]),
      ...data.indicators.flatMap((i) =>
        i.triggers.map((t) => `because.${'because' in t ? t.because : i.id}`),
      ),
      ...data.evidence.map((e) => `evidence.${e.id}`),
      ...Object.keys(data.purposes).map((p) => `choices.deduction_purposes.${p}`),
      ...FIELD_IDS.flatMap((id) => (FIELDS[id].choices ?? []).map((c) => `choices.${id}.${c}`)),
      ...data.questions.flatMap((q) => q.effects.map((e) => `undetermined.${e.reason}`)),
    ];
    for (const k of needed) expect(en.has(k), k).toBe(true);
  });
});

describe('the kinds of work the screen asks about', () => {
  it('are the work category codes of the rule pack, in every language', () => {
    const codes = pack.rules
      .filter((r) => r.check === 'prohibited-work')
      .flatMap((r) => r.resolved.categories?.series.values.at(-1)?.value as string[]);
    expect(codes.length).toBeGreaterThan(10);
    for (const f of readdirSync(join(data.dir, 'lang'))) {
      const ask = String(
        parse(readFileSync(join(data.dir, 'lang', f), 'utf8')).questions.work_categories.ask,
      );
      for (const c of codes) expect(ask, `${f}: ${c}`).toContain(c);
    }
  });
});

/** Every leaf of a YAML tree with its dotted key. */
function leaves(tree: unknown, prefix = ''): [string, unknown][] {
  if (typeof tree !== 'object' || tree === null || Array.isArray(tree)) return [[prefix, tree]];
  return Object.entries(tree).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}
const placeholders = (v: unknown) =>
  typeof v === 'string' ? [...v.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort() : [];

describe("the workers' languages", () => {
  const dir = join(data.dir, 'lang');
  const english = new Map(leaves(parse(readFileSync(join(dir, 'en.yaml'), 'utf8'))));

  it.each(['my', 'km', 'lo', 'th'])('%s has every key of en, with the same {placeholders}', (code) => {
    const text = readFileSync(join(dir, `${code}.yaml`), 'utf8');
    const other = new Map(leaves(parse(text)));
    const missing = [...english.keys()].filter((k) => !other.has(k));
    expect(missing).toEqual([]);
    const changed = [...english]
      .filter(([k, v]) => placeholders(v).join(',') !== placeholders(other.get(k)).join(','))
      .map(([k]) => k);
    expect(changed).toEqual([]);
    // Nothing left in English: a value equal to the English one is allowed only where it is a
    // code, a format, a number or a symbol.
    const same = [...english]
      .filter(([k, v]) => typeof v === 'string' && v === other.get(k) && /[a-z]{3}/i.test(v))
      .map(([k]) => k);
    expect(same).toEqual([]);
  });

  it.each(['my', 'km', 'lo'])('%s says who reviewed it, and is written in its own script', (code) => {
    const text = readFileSync(join(dir, `${code}.yaml`), 'utf8');
    expect(text.split('\n').slice(0, 3).join('\n')).toMatch(
      /Reviewed by: draft, not yet reviewed by a native speaker/,
    );
    const script = { my: /\p{Script=Myanmar}/u, km: /\p{Script=Khmer}/u, lo: /\p{Script=Lao}/u }[code]!;
    const values = [...new Map(leaves(parse(text))).values()].filter((v) => typeof v === 'string');
    const inScript = values.filter((v) => script.test(v as string)).length;
    expect(inScript / values.length).toBeGreaterThan(0.9);
    expect(data.languages.get(code)?.code).toBe(code);
  });

  it.each(['my', 'km', 'lo'])(
    '%s words the interview-day assumption with the terms of its neighbours',
    (code) => {
      // The interview day as the interviewed_on question names it, "still working there" as the
      // end_date choice does, the screening date as the packet's heading does, and the estimate
      // counted to a day as in the still_working assumption it stands in for.
      const tree = parse(readFileSync(join(dir, `${code}.yaml`), 'utf8'));
      const said = tree.assumptions.still_working_interviewed as string;
      const label = tree.questions.interviewed_on.label as string;
      expect(said).toContain(label);
      expect(said).toContain(tree.choices.end_date.still_working);
      expect(said).toContain(tree.packet.as_of);
      // The still_working wording up to the screening date: "the estimate runs to".
      const runsTo = (tree.assumptions.still_working as string)
        .split(tree.packet.as_of)[0]
        .split(/[:：]\s*/)[1];
      expect(said).toContain(runsTo.trim());
    },
  );

  it('names the referrals in each language', () => {
    for (const r of data.referrals)
      for (const code of ['my', 'km', 'lo']) {
        expect(r.name[code], `${r.id} ${code}`).toBeTruthy();
        expect(r.for[code], `${r.id} ${code}`).toBeTruthy();
      }
  });
});

describe('English counts in the screen', () => {
  it('says "1 worker" and "2 workers", by Intl.PluralRules', () => {
    expect(en.t('batch.workers', { count: 1 })).toBe('1 worker screened');
    expect(en.t('batch.workers', { count: 2 })).toBe('2 workers screened');
    expect(en.t('invalid.rest_days_count', { days: 1 })).toBe(
      'Name 1 rest day, to match the days worked a week.',
    );
    expect(en.t('invalid.rest_days_count', { days: 2 })).toBe(
      'Name 2 rest days, to match the days worked a week.',
    );
  });
});
