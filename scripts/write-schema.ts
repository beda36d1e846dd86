// Writes schemas/report.schema.json, the JSON Schema of `--format json`, from the zod schema.
import { writeFileSync } from 'node:fs';
import { reportJsonSchema } from '../src/findings/schema.js';

writeFileSync(
  new URL('../schemas/report.schema.json', import.meta.url),
  `${JSON.stringify(reportJsonSchema(), null, 2)}\n`,
);
