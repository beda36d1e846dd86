import { join } from 'node:path';
import { validate } from '../src/validate.js';
const DIR = '/work/wt/files/test/fixtures/malformed';
for (const name of process.argv.slice(2)) {
  const r = await validate([join(DIR, name)], {});
  const f = r.files[0];
  console.log(name, JSON.stringify({ rows: [f.stats?.rows_read, f.stats?.rows_used, f.stats?.rows_rejected, f.stats?.rows_skipped], rejected: f.rejected.map((x) => [x.row, x.column, x.reason, x.value]), warnings: f.warnings.map((w) => [w.row ?? null, w.column ?? '', w.message]) }));
}
