import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

// The pipeline reads one way: base (the calendar) under read, read under parse, parse under
// facts. A module may import only from its own folder and the layers below it.

const SRC = join(ROOT, 'src');

function modules(dir: string): string[] {
  return readdirSync(join(SRC, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(SRC, dir, f));
}

/** The src/ modules a file imports (relative imports only), as paths under src/. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g)].map((m) => m[1]);
  return specs.map((s) => relative(SRC, resolve(join(file, '..'), s)).replace(/\.js$/, '.ts'));
}

const allowed: Record<string, string[]> = {
  base: ['base/'],
  read: ['read/', 'base/', 'errors.ts'],
  // Money is converted to satang as a cell is read; a rejection's reason is worded by message id.
  parse: ['parse/', 'read/', 'base/', 'errors.ts', 'findings/money.ts', 'findings/reasons.ts'],
};

describe('the layers under facts/', () => {
  for (const [layer, may] of Object.entries(allowed)) {
    it(`${layer}/ imports only from ${may.join(', ')}`, () => {
      const files = modules(layer);
      expect(files.length).toBeGreaterThan(0);
      const upstream = files.flatMap((f) =>
        importsOf(f)
          .filter((m) => !may.some((p) => m === p || m.startsWith(p)))
          .map((m) => `${relative(SRC, f)} -> ${m}`),
      );
      expect(upstream).toEqual([]);
    });
  }

  it('the calendar is a base module: parse/ and facts/ both take it from base/', () => {
    const users = [...modules('parse'), ...modules('facts')].filter((f) =>
      importsOf(f).includes('base/calendar.ts'),
    );
    expect(users.some((f) => f.includes('/parse/'))).toBe(true);
    expect(users.some((f) => f.includes('/facts/'))).toBe(true);
    expect(readdirSync(join(SRC, 'facts'))).not.toContain('calendar.ts');
  });
});
