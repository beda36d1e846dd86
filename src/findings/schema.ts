import { z } from 'zod';
import { ResultSchema } from './result-schema.js';

/** The JSON Schema (draft 2020-12) of the result object as `--format json` prints it. */
export function reportJsonSchema(): string {
  const schema = {
    ...z.toJSONSchema(ResultSchema, { target: 'draft-2020-12', io: 'output' }),
    $id: 'https://github.com/labour-check/labour-check/schemas/report.schema.json',
    title: 'labour-check report',
    description: 'The result of `labour-check check --format json` (docs/reports.md, The JSON report).',
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}
