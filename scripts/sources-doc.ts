// Writes each rule pack's SOURCES.md from its sources.yaml: npm run sources
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPack } from '../src/pack/load.js';
import { sourcesMarkdown } from '../src/pack/sources.js';

for (const name of ['th-lpa']) {
  const dir = join(import.meta.dirname, '..', 'rules', name);
  if (!existsSync(join(dir, 'sources.yaml'))) continue;
  writeFileSync(join(dir, 'SOURCES.md'), sourcesMarkdown(loadPack(dir)));
}
