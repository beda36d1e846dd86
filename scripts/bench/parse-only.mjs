// The bench's parse-only baseline: the project's own reader and row schemas over the three
// files, with no facts, rules or report. `read` stops after the CSV rows; `parse` also turns
// them into typed records (or rejections), as `check` does before the rules.
// Usage: node scripts/bench/parse-only.mjs read|parse DIR (after npm run build)
import { join } from 'node:path';
import { parseTable } from '../../dist/src/parse/ingest.js';
import { streamTable } from '../../dist/src/read/stream.js';

const [mode, dir] = process.argv.slice(2);
let rows = 0;
let records = 0;
for (const kind of ['employees', 'hours', 'payroll']) {
  let header;
  streamTable(
    join(dir, `${kind}.csv`),
    (h) => {
      header = { ...h, encoding: '', sha256: '', rows: [] };
    },
    (batch) => {
      rows += batch.length;
      if (mode === 'parse') records += parseTable({ ...header, rows: batch }, kind, []).records.length;
    },
  );
}
process.stdout.write(`${JSON.stringify({ rows, records })}\n`);
