import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tableOfText } from '../../src/read/table.js';
import { renderSummary, screenBatch } from '../../src/screen/batch.js';
import { ctx, data, en, pack } from './helpers.js';

// A caseload holding the same reference twice (a row pasted twice, two exports merged) is an
// input error: the repeat is listed as a row not screened, like an invalid answer, and the
// worker's money is counted once in the totals.

const CASELOAD = fileURLToPath(new URL('../../examples/accounts/caseload.csv', import.meta.url));
const [header, first, second] = readFileSync(CASELOAD, 'utf8').trim().split('\n');
const batchOf = (lines: string[], redact = true) =>
  screenBatch(tableOfText('c.csv', `${[header, ...lines].join('\n')}\n`), pack, data, en, ctx, {
    redact,
  });
const totals = (b: ReturnType<typeof batchOf>) => JSON.parse(renderSummary(b, en, 'json')).totals;

describe('a reference repeated in a caseload', () => {
  it('screens the first row only, lists the repeat with one line, and counts the worker once', () => {
    const once = batchOf([first, second]);
    // Row 4 is row 2 again; " case-001 " is the same case written with spaces and in lower case.
    const twice = batchOf([first, second, first, first.replace(/^CASE-001,Worker 1/, ' case-001 ,Worker 1')]);
    expect(twice.rows.map((r) => r.row)).toEqual([2, 3]);
    expect(twice.rejected).toEqual([
      {
        row: 4,
        field: 'reference',
        reason: 'The same reference as row 2: a worker is screened once, from the first row.',
      },
      {
        row: 5,
        field: 'reference',
        reason: 'The same reference as row 2: a worker is screened once, from the first row.',
      },
    ]);
    expect(totals(twice)).toEqual(totals(once));
    // 32,926.67 baht for the two workers, not 65,853.34 for rows 2 and 4 counted twice.
    expect(totals(twice)).toEqual({ likely_owed_satang: 3_292_667, minimum_owed_satang: 3_292_667 });
    expect(totals(twice).likely_owed_satang).toBe(
      once.rows.reduce((t, r) => t + r.packet.totals.likely.owed_satang, 0),
    );
    expect(renderSummary(twice, en, 'md')).toContain(
      '- Row 4, reference: The same reference as row 2: a worker is screened once, from the first row.',
    );
  });

  it('a repeat of a row whose answers were refused is the first account of that reference', () => {
    const bad = first.replace(',Tak,', ',Atlantis,');
    const b = batchOf([bad, first]);
    expect(b.rows.map((r) => r.row)).toEqual([3]);
    expect(b.rejected.map((x) => [x.row, x.field])).toEqual([[2, 'province']]);
  });
});
