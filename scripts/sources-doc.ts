// Writes the SOURCES.md of every rule pack that has a sources.yaml: npm run sources
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPack } from '../src/pack/load.js';
import { sourcesMarkdown } from '../src/pack/sources.js';

const rules = join(import.meta.dirname, '..', 'rules');
for (const d of readdirSync(rules, { withFileTypes: true })) {
  const dir = join(rules, d.name);
  if (!d.isDirectory() || !existsSync(join(dir, 'sources.yaml'))) continue;
  writeFileSync(join(dir, 'SOURCES.md'), sourcesMarkdown(loadPack(dir)));
  console.log(`wrote ${join('rules', d.name, 'SOURCES.md')}`);
}
