// Prints the README's rule reference from the rule files (so the two never drift apart):
//   npx tsx scripts/rules-doc.ts > /tmp/rules.md
import { join } from 'node:path';
import { loadPack } from '../src/pack/load.js';

for (const name of ['th-lpa', 'eti-base-code']) {
  const pack = loadPack(join(import.meta.dirname, '..', 'rules', name));
  console.log(`### ${pack.title.en} (\`rules/${name}\`, version ${pack.version})\n`);
  console.log('| id | section | severity | what it finds | interpretation notes |');
  console.log('|---|---|---|---|---|');
  for (const r of pack.rules) {
    const notes = (r.notes?.en ?? '').replace(/\|/g, '\\|').replace(/\s+/g, ' ');
    console.log(`| \`${r.id}\` | ${r.citation.section} | ${r.severity} | ${r.title.en} | ${notes} |`);
  }
  console.log('');
}
