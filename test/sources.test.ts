import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { explainRule } from '../src/cli/rules.js';
import { loadPack } from '../src/pack/load.js';
import { citedIds, sourcesMarkdown, sourceTexts } from '../src/pack/sources.js';
import { ROOT } from './helpers.js';

// The project's own source list: every `source:` of every pack cites ids of it, each id
// resolves, and nothing in the rule files points at a file a user of the project does not have.
const PACKS = readdirSync(join(ROOT, 'rules'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(ROOT, 'rules', d.name, 'pack.yaml')))
  .map((d) => d.name);

/** Every text file under a folder. */
function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? files(join(dir, d.name)) : [join(dir, d.name)],
  );
}

describe.each(PACKS)('sources of rule pack %s', (name) => {
  const pack = loadPack(join(ROOT, 'rules', name));

  it('every source: cites at least one id, and every id resolves', () => {
    const texts = sourceTexts(pack);
    expect(texts.length).toBeGreaterThan(0);
    for (const t of texts) {
      const ids = citedIds(t.text);
      expect(ids.length, `${t.where}: "${t.text}" cites no [id]`).toBeGreaterThan(0);
      for (const id of ids) expect(pack.sources.has(id), `${t.where}: [${id}] does not resolve`).toBe(true);
    }
  });

  it('every source has an address, or names where it was read, and those resolve', () => {
    for (const [id, s] of pack.sources) {
      expect(s.address || s.reported_by?.length || s.note, id).toBeTruthy();
      for (const r of s.reported_by ?? []) expect(pack.sources.has(r), `${id} read in ${r}`).toBe(true);
      for (const a of [s.address, ...(s.also ?? [])].filter((x): x is string => !!x)) {
        // A public original, or a file of this repository.
        if (!/^https?:\/\//.test(a))
          expect(existsSync(join(ROOT, a.split('#')[0])), `${id}: ${a}`).toBe(true);
      }
    }
  });
});

describe('the rule files', () => {
  it('cite and link nothing outside the repository, nor do the sources, schemas and docs', () => {
    const all = [
      ...files(join(ROOT, 'rules')),
      ...files(join(ROOT, 'src')),
      ...files(join(ROOT, 'schemas')),
      ...files(join(ROOT, 'docs')),
      join(ROOT, 'README.md'),
    ];
    for (const f of all) {
      const text = readFileSync(f, 'utf8');
      expect(text, f).not.toMatch(/\.\.\/shared|\blaw\.md\b|\bsemantics\.md\b|\bformats\.md\b/);
    }
  });
});

describe.each(PACKS.filter((name) => existsSync(join(ROOT, 'rules', name, 'sources.yaml'))))(
  'SOURCES.md of rule pack %s',
  (name) => {
    const pack = loadPack(join(ROOT, 'rules', name));
    const doc = () => readFileSync(join(ROOT, 'rules', name, 'SOURCES.md'), 'utf8');

    it('is the source list as npm run sources prints it', () => {
      expect(existsSync(join(ROOT, 'rules', name, 'SOURCES.md')), 'run npm run sources').toBe(true);
      expect(doc()).toBe(sourcesMarkdown(pack));
    });

    it("lists each of the pack's own sources once, and a base pack's only by a link to its list", () => {
      const rows = doc()
        .split('\n')
        .filter((l) => /^\| [A-Za-z0-9]/.test(l) && !l.startsWith('| id |'))
        .map((l) => l.split(' | ')[0].slice(2));
      const own = [...pack.sources.keys()].filter(
        (id) => pack.base?.sources.get(id) !== pack.sources.get(id),
      );
      expect(rows).toEqual(own);
      expect(rows.length).toBeGreaterThan(0);
      if (pack.base) {
        const link = `../${pack.base.id}/SOURCES.md`;
        expect(doc()).toContain(`](${link})`);
        expect(existsSync(join(ROOT, 'rules', name, link))).toBe(true);
      }
    });
  },
);

describe('rules explain', () => {
  const pack = loadPack();

  it('prints every source the rule cites in full: title, kind, date and address', () => {
    const text = explainRule(pack, 'lpa-27-daily-break', '2025-07-01');
    const sources = text.slice(text.indexOf('\nSources:'));
    expect(sources).toContain('[S13] Thai text of §27; act, undated; http://info.muslimthaipost.com/');
    expect(sources).toContain('[LPA-2541] Labour Protection Act B.E. 2541 (1998); act, 1998-08-19; read in');
  });

  it('shows the history of a parameter: every dated value with its source', () => {
    const text = explainRule(pack, 'maternity_leave_days');
    expect(text).toContain('from 2019-05-05: 98 (LPA s.41 as amended by No.7 [LPA-NO7-2562]');
    expect(text).toContain('from 2025-12-07: 120 (LPA s.41 as amended by No.9 [LPA-NO9-2568]');
    expect(text).toMatch(/\[LPA-NO9-2568\] Labour Protection Act \(No\.9\) B\.E\. 2568.*2025-12-07/);
  });
});
