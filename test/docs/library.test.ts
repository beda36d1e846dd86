// The library example of docs/development.md, run as written: node imports the package by its
// name (from the clone, through package.json "exports") and prints what the page says it does.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/api.js';
import { ROOT } from '../helpers.js';

const page = readFileSync(join(ROOT, 'docs', 'development.md'), 'utf8');
const section = page.slice(page.indexOf('## The library'));
const code = /```js\n([\s\S]*?)```/.exec(section)?.[1];

describe('docs/development.md, the library', () => {
  it('prints the demo factory’s amount owed in satang, as check gives it', () => {
    expect(code).toContain("from 'labour-check'");
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', code!], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    const owed = check({ dir: join(ROOT, 'examples', 'demo-factory'), asOf: '2025-10-31' }).summary
      .owed_satang;
    expect(owed).toBeGreaterThan(0);
    expect(r.stdout.trim()).toBe(String(owed));
  });
});
