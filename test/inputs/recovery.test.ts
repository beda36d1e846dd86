import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { badRowsCsv } from '../../scripts/bench/bad-rows.js';
import { parseTable } from '../../src/parse/ingest.js';
import { parseDelimited, parseWithRestarts } from '../../src/read/csv.js';
import { gridOfText } from '../../src/read/table.js';

// Error recovery in the CSV reader is linear: a file where every row is malformed is read
// with one rejection per row (the count is asserted, not the time; `npm run bench` times it).

describe('error recovery in delimited text', () => {
  it('a 1.2 MB file of rows with an unbalanced quote: every row read, every bad row rejected with its value', () => {
    const text = badRowsCsv(1_200_000);
    const lines = text.split('\n').filter((l) => l !== '').length;
    const { rows } = parseDelimited(text, ',');
    expect(rows.length).toBe(lines);
    const bad = rows.filter((r) => r.problem);
    expect(bad.length).toBe(lines - 1 - Math.floor((lines - 1) / 10));
    expect(bad[0]).toMatchObject({
      line: 2,
      problem: {
        cell: 3,
        reason:
          'an unbalanced quote: the quote opened on line 2 is not closed on it (cell 4 after the quote: "17:00")',
      },
    });
    const t = parseTable(gridOfText('hours.csv', text), 'hours', []);
    expect(t.stats.rows_read).toBe(lines - 1);
    expect(t.stats.rows_rejected).toBe(bad.length);
    expect(t.rejected[0]).toEqual({
      file: 'hours.csv',
      row: 2,
      column: 'end',
      reason: bad[0].problem?.reason,
    });
  });

  it('reads what the restarting reader reads, row for row, on text built from quotes, delimiters and line ends', () => {
    const piece = fc.constantFrom('a', 'b', ',', '"', '""', '\n', '\r\n', ' ', 'x"', '"y', ',,', '\n\n', 'ก');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const fast = parseDelimited(text, ',');
        const sure = parseWithRestarts(text.replace(/\r\n?/g, '\n'), ',');
        const shape = (r: {
          rows: { line: number; cells: string[]; problem?: unknown }[];
          blankRows: number;
        }) => ({
          rows: r.rows.map((x) => [x.line, x.problem ? 'bad' : x.cells]),
          blank: r.blankRows,
        });
        expect(shape(fast)).toEqual(shape(sure));
      }),
      { numRuns: 2000 },
    );
  });
});
