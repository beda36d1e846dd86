import { z } from 'zod';
import { ResultSchema } from './result.js';

/** The JSON Schema of the JSON report, generated from the zod schema of the result object. */
export function reportJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(ResultSchema, { target: 'draft-7' }),
    $id: 'https://labour-check.example/schemas/report.schema.json',
    title: 'labour-check report (semantics.md section 6)',
  };
}
