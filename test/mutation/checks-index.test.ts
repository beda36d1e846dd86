import { describe, expect, it } from 'vitest';

// The check functions a rule file may name. Imported inside the tests: a registry that fails
// to load then fails these tests, not only the loading of the file.

describe('the registry of check functions', () => {
  it('holds every check under its own name', async () => {
    const { CHECKS } = await import('../../src/evaluate/checks/index.js');
    for (const [name, fn] of CHECKS) expect(fn.name).toBe(name);
    expect([...CHECKS.keys()]).toEqual(
      expect.arrayContaining(['holiday-wage', 'unused-leave', 'traditional-holidays', 'minimum-wage']),
    );
  });

  it('every check named by a rule of the bundled packs is registered', async () => {
    const { CHECKS } = await import('../../src/evaluate/checks/index.js');
    const { loadPack } = await import('../../src/pack/load.js');
    const named = new Set(loadPack().rules.map((r) => r.check));
    expect(named.size).toBeGreaterThan(20);
    for (const check of named) expect(CHECKS.has(check), check).toBe(true);
  });
});
