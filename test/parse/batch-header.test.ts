import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FooterState } from '../../src/parse/footer.js';
import { batchHeader, guessKind, type Parsed, parseTable, type Warning } from '../../src/parse/ingest.js';
import type { FileKind } from '../../src/parse/records.js';
import { gridOfTable, type RawTable, readTable, tableOfText } from '../../src/read/table.js';
import { kindOfName } from '../../src/validate.js';
import { ROOT } from '../helpers.js';

// A file parsed in batches (the streamed check) has its header mapped once (`batchHeader`) and
// handed to every batch: each batch must parse exactly as when it maps the header itself.

/** The table's rows parsed in batches of `size`, as the streamed check does, with or without the header chosen once. */
function inBatches(t: RawTable, kind: FileKind, size: number, once: boolean) {
  const footer: FooterState = { previous: t.headerLine, broken: false, skipped: [] };
  const header = once ? batchHeader({ ...t, rows: [] }, kind) : undefined;
  const out: { parsed: Parsed<unknown>; warnings: Warning[] }[] = [];
  for (let i = 0; i < Math.max(t.rows.length, 1); i += size) {
    const warnings: Warning[] = [];
    const parsed = parseTable({ ...t, rows: t.rows.slice(i, i + size) }, kind, warnings, { footer, header });
    out.push({ parsed, warnings });
  }
  return { out, footer };
}

const CSV = /\.(csv|txt)$/i;
const csvFiles = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => CSV.test(f))
    .map((f) => join(dir, f))
    .sort();

describe('a header mapped once for a file parsed in batches', () => {
  it('parses every batch of every CSV input under test/fixtures and examples as before', () => {
    let compared = 0;
    for (const file of [...csvFiles(join(ROOT, 'test', 'fixtures')), ...csvFiles(join(ROOT, 'examples'))]) {
      let t: RawTable;
      try {
        t = readTable(file);
      } catch {
        continue; // unreadable: the reader's error, before any mapping
      }
      const kind = kindOfName(file) ?? guessKind(gridOfTable(t))?.kind;
      if (!kind) continue;
      try {
        parseTable({ ...t, rows: [] }, kind, []);
      } catch {
        continue; // a header the check refuses before reading any row
      }
      for (const size of [1, 3, 4096]) {
        expect(inBatches(t, kind, size, true), `${file} by ${size}`).toStrictEqual(
          inBatches(t, kind, size, false),
        );
      }
      compared++;
    }
    expect(compared).toBeGreaterThan(50);
  });

  it('is the mapping the batches read with', () => {
    const rows = 'employee_id,date,start,end\nE1,2025-08-04,08:00,17:00\n';
    const t = tableOfText('hours.csv', rows);
    const swapped = tableOfText('hours.csv', 'employee_id,date,end,start\n');
    const read = (header: ReturnType<typeof batchHeader>) =>
      parseTable(t, 'hours', [], { header }).records.map((r) => [r.start, r.end]);
    expect(read(batchHeader(t, 'hours'))).toEqual([[480, 1020]]);
    // Another header's mapping, handed on, is the one used: the times change places.
    expect(read(batchHeader(swapped, 'hours'))).toEqual([[1020, 480 + 1440]]);
  });
});
