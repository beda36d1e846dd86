import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCase } from '../src/evaluate/cases.js';
import { bindChecks } from '../src/evaluate/engine.js';
import { loadPack } from '../src/pack/load.js';
import { ROOT } from './helpers.js';

// Every pack in rules/: its rules validate, carry a citation, en/th messages, a valid and an
// invalid case, an id equal to the file name, a source for every parameter value; and every
// case passes (ESLint RuleTester style).
const PACKS = readdirSync(join(ROOT, 'rules'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(ROOT, 'rules', d.name, 'pack.yaml')))
  .map((d) => d.name);

describe.each(PACKS)('rule pack %s', (name) => {
  const pack = loadPack(join(ROOT, 'rules', name));

  it('binds every rule to a check function of the same fact', () => {
    expect(bindChecks(pack).size).toBe(pack.rules.length);
  });

  it.each(pack.rules.map((r) => [r.id, r] as const))('%s is complete', (_id, r) => {
    expect(r.file.endsWith(`${r.id}.yaml`)).toBe(true);
    expect(r.citation.act.length).toBeGreaterThan(0);
    expect(r.citation.section.length).toBeGreaterThan(0);
    expect(r.citation.source.length).toBeGreaterThan(0);
    expect(r.messages.en).toMatch(/\{employee\}/);
    expect(r.messages.th).toMatch(/\{employee\}/);
    // Thai messages are Thai: at least one character of the Thai block.
    expect(r.messages.th).toMatch(/[\u0E00-\u0E7F]/);
    for (const m of Object.values(r.message_ids ?? {})) {
      expect(m.en).toMatch(/\{employee\}/);
      expect(m.th).toMatch(/[\u0E00-\u0E7F]/);
    }
    expect(r.cases?.valid.length ?? 0).toBeGreaterThan(0);
    expect(r.cases?.invalid.filter((c) => (c.expect ?? []).length > 0).length ?? 0).toBeGreaterThan(0);
    for (const p of Object.values(r.resolved))
      for (const v of p.series.values) expect(v.source.trim()).not.toBe('');
  });

  it('gives every pack parameter value a source', () => {
    for (const n of pack.params.names())
      for (const v of pack.params.get(n)!.values) expect(v.source.trim(), n).not.toBe('');
  });

  const cases = pack.rules.flatMap((r) => [
    ...(r.cases?.valid ?? []).map((c) => [r.id, 'valid', c.name, r, c] as const),
    ...(r.cases?.invalid ?? []).map((c) => [r.id, 'invalid', c.name, r, c] as const),
  ]);
  it.each(cases)('%s %s: %s', (_id, kind, _name, rule, c) => {
    const res = runCase(pack, rule, c, kind);
    expect(res.problems).toEqual([]);
  });
});

describe('the minimum wage table', () => {
  const pack = loadPack();
  it('has all 77 provinces from 2018-04-01', () => {
    expect(pack.wages!.provinces.length).toBe(77);
    for (const p of pack.wages!.provinces) expect(pack.wages!.firstDate(p), p.en).toBe('2018-04-01');
  });
  it.each([
    ['Bangkok', '2025-06-30', undefined, undefined, 37200],
    ['Bangkok', '2025-07-01', undefined, undefined, 40000],
    ['กรุงเทพมหานคร', '2025-07-01', undefined, undefined, 40000],
    ['10', '2024-12-31', undefined, undefined, 36300],
    ['Chon Buri', '2024-12-31', undefined, undefined, 36100],
    ['Chon Buri', '2025-01-01', undefined, undefined, 40000],
    ['Chiang Mai', '2025-03-01', undefined, undefined, 35700],
    ['Chiang Mai', '2025-03-01', 'Mueang Chiang Mai', undefined, 38000],
    ['Surat Thani', '2025-03-01', 'Ko Samui', undefined, 40000],
    ['Songkhla', '2025-03-01', 'Hat Yai', undefined, 38000],
    ['Nan', '2025-06-30', undefined, 'hotel', 34500],
    ['Nan', '2025-07-01', undefined, 'hotel', 40000],
    ['Nan', '2025-07-01', undefined, 'entertainment', 40000],
    ['Phuket', '2024-04-12', undefined, 'hotel_4star_50plus', 37000],
    ['Phuket', '2024-04-13', undefined, 'hotel_4star_50plus', 40000],
    ['Krabi', '2024-05-01', 'Khlong Thom', 'hotel_4star_50plus', 34700],
    ['Chachoengsao', '2025-01-01', undefined, undefined, 40000],
  ])('%s on %s (district %s, sector %s) is %i satang', (province, date, district, sector, satang) => {
    const r = pack.wages!.on(date, { province, district, sector });
    expect(r.ok && r.wage.dailySatang).toBe(satang);
  });
  it('is undetermined before the first notification and for an unknown province', () => {
    expect(pack.wages!.on('2018-03-31', { province: 'Bangkok' }).ok).toBe(false);
    expect(pack.wages!.on('2025-01-01', { province: 'Atlantis' }).ok).toBe(false);
    expect(pack.wages!.on('2025-01-01', {}).ok).toBe(false);
  });
});

describe('docs/rules.md', () => {
  it('documents every rule of every pack', () => {
    const page = readFileSync(join(ROOT, 'docs', 'rules.md'), 'utf8');
    for (const name of PACKS)
      for (const r of loadPack(join(ROOT, 'rules', name)).rules) expect(page, r.id).toContain(`\`${r.id}\``);
  });
});

describe('messages', () => {
  it('fill every placeholder in every finding of the demo factory and the rule cases', async () => {
    const { check } = await import('../src/api.js');
    const r = check({ dir: join(ROOT, 'examples', 'demo-factory'), asOf: '2025-10-31' });
    for (const f of r.findings) {
      expect(f.message, f.rule).not.toMatch(/\{\w+\}/);
      expect(f.message_th, f.rule).not.toMatch(/\{\w+\}/);
    }
  });
});
