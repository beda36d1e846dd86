import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { BIN, ROOT } from '../helpers.js';

/** The built CLI with its rule-file cache in `cache` ('off': none). */
function run(cache: string, args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: '1', LABOUR_CHECK_CACHE: cache },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the rule-file cache', () => {
  it('gives the same report as reading the YAML, and reads a rule file again once it is edited', () => {
    const cache = mkdtempSync(join(tmpdir(), 'lc-cache-'));
    const pack = join(mkdtempSync(join(tmpdir(), 'lc-pack-')), 'th-lpa');
    cpSync(join(ROOT, 'rules', 'th-lpa'), pack, { recursive: true });
    const check = [
      'check',
      'examples/demo-factory',
      '--as-of',
      '2025-10-31',
      '--format',
      'json',
      '--rules',
      pack,
    ];
    const uncached = run('off', check);
    const cold = run(cache, check);
    // One file for this installation, holding the rule files and the indicators' titles (beside
    // it, the code cache of the command's bundle: test/speed/code-cache.test.ts).
    const saved = readdirSync(cache).filter((f) => !f.startsWith('code.'));
    expect(saved).toEqual([expect.stringMatching(/^rule-files\.[0-9a-f]{12}\.json$/)]);
    const text = readFileSync(join(cache, saved[0]), 'utf8');
    expect(text).toContain('lpa-90-minimum-wage.yaml');
    expect(text).toContain('indicators.yaml');
    const warm = run(cache, check);
    expect(uncached.code).toBe(1);
    expect(cold).toEqual(uncached);
    expect(warm).toEqual(uncached);

    const rule = join(pack, 'lpa-90-minimum-wage.yaml');
    writeFileSync(
      rule,
      readFileSync(rule, 'utf8').replace(
        'en: Wages at least the minimum wage',
        'en: Edited title for the cache test',
      ),
    );
    const listed = run(cache, ['rules', 'list', '--rules', pack]);
    expect(listed.stdout).toContain('Edited title for the cache test');
    expect(listed.stdout).not.toContain('Wages at least the minimum wage');
    // An edit that breaks the file is reported as always, not hidden by what was cached.
    writeFileSync(rule, readFileSync(rule, 'utf8').replace('id: lpa-90-minimum-wage', 'id: [broken'));
    const broken = run(cache, ['rules', 'list', '--rules', pack]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('lpa-90-minimum-wage.yaml');
  });

  it("keeps what another thread saved since it loaded: a check's worker and its reading thread each add entries", async () => {
    const cache = mkdtempSync(join(tmpdir(), 'lc-cache-'));
    const files = mkdtempSync(join(tmpdir(), 'lc-files-'));
    const a = join(files, 'a.yaml');
    const b = join(files, 'b.yaml');
    writeFileSync(a, 'a: 1\n');
    writeFileSync(b, 'b: 2\n');
    const before = process.env.LABOUR_CHECK_CACHE;
    process.env.LABOUR_CHECK_CACHE = cache;
    try {
      // Two module instances, as the reading thread and a worker each have their own.
      vi.resetModules();
      const reader = await import('../../src/pack/cache.js');
      vi.resetModules();
      const worker = await import('../../src/pack/cache.js');
      expect(reader.cachedRead(a, () => 'read a')).toBe('read a');
      expect(worker.cachedRead(b, () => 'read b')).toBe('read b');
      worker.saveCache();
      reader.saveCache(); // the last to save, having loaded before the worker saved
      vi.resetModules();
      const next = await import('../../src/pack/cache.js');
      const read = vi.fn(() => 'read again');
      expect(next.cachedRead(a, read)).toBe('read a');
      expect(next.cachedRead(b, read)).toBe('read b');
      expect(read).not.toHaveBeenCalled();
    } finally {
      if (before === undefined) delete process.env.LABOUR_CHECK_CACHE;
      else process.env.LABOUR_CHECK_CACHE = before;
      vi.resetModules();
    }
  });
});
