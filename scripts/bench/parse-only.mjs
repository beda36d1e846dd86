// The bench's parse-only baseline: the project's own reader and row schemas over the three
// files, with no facts, rules or report. `read` stops after the CSV rows; `parse` also turns
// them into typed records (or rejections), as `check` does before the rules; `parse-full` does
// the same with every row through the full path (no fast path for plain cells).
// Usage: node scripts/bench/parse-only.mjs read|parse|parse-full DIR (after npm run build)
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
      if (mode === 'parse' || mode === 'parse-full') {
        const o = { fullPathOnly: mode === 'parse-full' };
        records += parseTable({ ...header, rows: batch }, kind, [], o).records.length;
      }
    },
  );
}
process.stdout.write(`${JSON.stringify({ rows, records })}\n`);
