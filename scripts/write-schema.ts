// Writes schemas/report.schema.json, the JSON Schema of `--format json`, from ResultSchema.
// A test fails when the committed file differs from what this writes: run `npm run schema`.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { reportJsonSchema } from '../src/findings/schema.js';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'schemas', 'report.schema.json');
writeFileSync(out, reportJsonSchema());
console.log(`wrote ${out}`);
