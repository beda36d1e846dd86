import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { tableOfText } from '../../src/read/table.js';
import { screenBatch } from '../../src/screen/batch.js';
import { ctx, data, EXAMPLE, en, pack, runScreenCli } from './helpers.js';

// A job that starts after the day the worker told of it is a slip (a year, a B.E. year read as
// C.E.): an invalid answer, said on one line with the question, as every invalid answer is.

const tmp = mkdtempSync(join(tmpdir(), 'screen-start-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

const run = runScreenCli;

describe('a start date after the interview date', () => {
  it('refuses the account file: exit 2, one line naming the question, the answer not quoted', async () => {
    const file = join(tmp, 'future.yaml');
    // Interviewed on 2025-10-20; "started 2025-11".
    writeFileSync(
      file,
      readFileSync(EXAMPLE, 'utf8').replace(/^start_date: 2025-01/m, 'start_date: 2025-11'),
    );
    const r = await run(file, '--no-redact');
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.trim().split('\n')).toEqual([
      `labour-check: ${file}: start_date (line 17, column 13): The start of the job ("…") is after the day of the interview: check the year.`,
    ]);
    // The month of the interview itself stands: screened (from the 15th, the 20th at least: too
    // few days for a finding, exit 0).
    writeFileSync(
      file,
      readFileSync(EXAMPLE, 'utf8').replace(/^start_date: 2025-01/m, 'start_date: 2025-10'),
    );
    const stands = await run(file);
    expect([stands.code, stands.err]).toEqual([0, '']);
  });

  it('in a caseload: the row is listed and not screened; the answer quoted only with --no-redact', () => {
    const csv =
      'reference,start_date,interviewed_on,wage_type,wage_amount\nA-1,2026-03-01,2025-10-20,daily,400\n';
    const batch = (redact: boolean) =>
      screenBatch(tableOfText('c.csv', csv), pack, data, en, ctx, { redact });
    expect(batch(false).rows).toEqual([]);
    expect(batch(false).rejected).toEqual([
      {
        row: 2,
        field: 'start_date',
        reason: 'The start of the job ("2026-03-01") is after the day of the interview: check the year.',
      },
    ]);
    expect(batch(true).rejected.map((x) => x.reason)).toEqual([
      'The start of the job ("…") is after the day of the interview: check the year.',
    ]);
  });
});
