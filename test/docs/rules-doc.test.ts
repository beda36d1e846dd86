import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES_PAGE, regenerated } from '../../scripts/rules-doc.js';

describe('docs/rules.md', () => {
  it('holds the rule reference as the rule packs give it now (npm run docs:rules rewrites it)', () => {
    const page = readFileSync(RULES_PAGE, 'utf8');
    expect(page, 'docs/rules.md is stale: run npm run docs:rules').toBe(regenerated(page));
  });
  it('a page whose generated part differs from the packs is stale', () => {
    const page = readFileSync(RULES_PAGE, 'utf8');
    const stale = page.replace(/\| \[`lpa-90-minimum-wage`\]/, '| [`lpa-90-minimum-wage-old`]');
    expect(stale).not.toBe(page);
    expect(regenerated(stale)).toBe(page);
  });
});
