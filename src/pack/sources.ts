import { relative, sep } from 'node:path';
import type { RulePack } from './load.js';
import type { Source } from './schema.js';

// A `source:` cites the pack's source list by id in brackets: "LPA s.23 para 1 [LPA-2541][S12]".
const ID = /\[([A-Za-z0-9][A-Za-z0-9-]*)\]/g;

/** The source ids a `source:` text cites, in order. */
export function citedIds(text: string): string[] {
  return [...text.matchAll(ID)].map((m) => m[1]);
}

/** One source on one line: id, title, kind, date and where to read it. */
export function describeSource(id: string, s: Source | undefined): string {
  if (!s) return `[${id}] not in the pack's source list`;
  const where = s.address
    ? `${s.address}${s.also?.length ? ` (also ${s.also.join(', ')})` : ''}`
    : s.reported_by?.length
      ? `read in ${s.reported_by.map((r) => `[${r}]`).join('')}`
      : 'no public address identified';
  return `[${id}] ${s.title}; ${s.kind}, ${s.date}; ${where}${s.note ? ` (${s.note})` : ''}`;
}

/** Every `source:` text of a pack with where it is, for the meta-test and `rules explain`. */
export function sourceTexts(pack: RulePack): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  for (const r of pack.rules) {
    out.push({ where: `${r.id} citation`, text: r.citation.source });
    for (const [k, p] of Object.entries(r.resolved))
      for (const v of p.series.values) out.push({ where: `${r.id} ${k} ${v.from}`, text: v.source });
  }
  for (const n of pack.params.names())
    for (const v of pack.params.get(n)!.values)
      out.push({ where: `parameter ${n} ${v.from}`, text: v.source });
  for (const [k, n] of Object.entries(pack.wages?.notifications ?? {}))
    out.push({ where: `notification ${k}`, text: n.source });
  for (const o of pack.wages?.overlays ?? [])
    out.push({ where: `overlay ${o.sector} ${o.from}`, text: o.source });
  for (const a of pack.amendments) out.push({ where: `amendment ${a.name.en}`, text: `[${a.source}]` });
  for (const [sector, s] of Object.entries(pack.sectorScope))
    out.push({ where: `sector scope ${sector}`, text: s.source });
  return out;
}

/** The sources a text cites, one line each, indented. */
export function sourceLines(pack: RulePack, text: string, indent = '    '): string[] {
  return [...new Set(citedIds(text))].map((id) => `${indent}${describeSource(id, pack.sources.get(id))}`);
}

const KIND_NAMES: Record<Source['kind'], string> = {
  act: 'Act (text or translation)',
  gazette: 'Royal Gazette: ministerial regulation or notification',
  judgment: 'Supreme Court judgment',
  dlpw: 'Ministry of Labour / DLPW',
  secondary: 'secondary (law firm, press, blog, dataset)',
  project: 'this project',
};

/** SOURCES.md of a pack: its own source list as a table (scripts/sources-doc.ts writes it). */
export function sourcesMarkdown(pack: RulePack): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s+/g, ' ');
  const link = (a: string) => (/^https?:\/\//.test(a) ? `<${a}>` : `[${a}](../../${a})`);
  const base = pack.base;
  // A base pack's sources are listed in its own SOURCES.md, once.
  const own = [...pack.sources].filter(([id, s]) => base?.sources.get(id) !== s);
  const baseDoc = base && `${relative(pack.dir, base.dir).split(sep).join('/')}/SOURCES.md`;
  const lines = [
    `# Sources of the ${pack.id} rule pack`,
    '',
    ...(base
      ? [
          'Every `source:` in the rule files cites, in brackets, ids of this list (its own sources)',
          `or of the base pack ${base.id}'s, listed in [\`${baseDoc}\`](${baseDoc});`,
          `\`labour-check rules explain ID --rules rules/${pack.id}\` prints them in full. Generated`,
          'from `sources.yaml` by `npm run sources`; a test fails when the two differ.',
        ]
      : [
          'Every `source:` in the rule files, `parameters.yaml` and `minimum-wage/` cites these ids in',
          'brackets, e.g. `LPA s.23 para 1 [LPA-2541][S12]`; `labour-check rules explain ID` prints them in',
          'full. Generated from `sources.yaml` by `npm run sources`; a test fails when the two differ.',
        ]),
    '',
    'A primary text (an Act, a regulation, a notification, a judgment) whose official copy was not',
    'consulted has no address: "read in" names the sources it was read in. Addresses are as',
    'recorded when each source was read.',
    '',
    '| id | title | kind | date | address |',
    '|---|---|---|---|---|',
  ];
  for (const [id, s] of own) {
    const where = s.address
      ? [s.address, ...(s.also ?? [])].map(link).join(' ; ')
      : s.reported_by?.length
        ? `read in ${s.reported_by.join(', ')}`
        : '';
    const note = s.note ? ` (${s.note})` : '';
    lines.push(`| ${id} | ${cell(s.title + note)} | ${KIND_NAMES[s.kind]} | ${s.date} | ${cell(where)} |`);
  }
  return `${lines.join('\n')}\n`;
}
