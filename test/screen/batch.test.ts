import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { caseload } from '../../scripts/bench/caseload.js';
import { check } from '../../src/api.js';
import type { Result } from '../../src/findings/result.js';
import { tableOfText } from '../../src/read/table.js';
import { renderSummary, screenBatch } from '../../src/screen/batch.js';
import { SCENARIOS } from '../../src/screen/synthesize.js';
import { once } from '../helpers.js';
import { ctx, data, en, pack } from './helpers.js';

// Issue 6, done-when: a batch of 20 generated accounts runs, and every result reconciles with
// running `check` on the synthetic records it produced. (Wall time is measured and printed,
// not asserted.)

const tmp = mkdtempSync(join(tmpdir(), 'screen-batch-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const comparable = (r: Result) => ({
  findings: r.findings.map((f) => ({
    rule: f.rule,
    employee_id: f.employee_id,
    date: f.date,
    period: f.period,
    message: f.message,
    owed_satang: f.owed_satang,
    interest_satang: f.interest_satang,
  })),
  undetermined: r.undetermined,
  owed: r.summary.owed_satang,
  interest: r.summary.interest_satang,
});

describe('a caseload of 20 generated accounts', () => {
  const text = caseload(20);
  // Screened inside the first test that needs it, not while collecting: Stryker sees which
  // tests reach the code.
  const b = once(() => {
    const t0 = performance.now();
    const batch = screenBatch(tableOfText('accounts.csv', text), pack, data, en, ctx, { redact: true });
    // Reported, not asserted: machines differ.
    console.log(`screen --batch of 20 generated accounts: ${(performance.now() - t0).toFixed(0)} ms`);
    return batch;
  });

  it('screens every row, one result per worker', () => {
    expect(b().rejected).toEqual([]);
    expect(b().rows).toHaveLength(20);
    expect(new Set(b().rows.map((r) => r.packet.reference)).size).toBe(20);
  });

  it('finds real violations across the caseload (the generator is not trivially clean)', () => {
    const rules = new Set(b().rows.flatMap((r) => r.screen.results.likely.findings.map((f) => f.rule)));
    for (const id of [
      'lpa-90-minimum-wage',
      'lpa-61-overtime-pay',
      'lpa-76-deductions',
      'lpa-70-pay-interval',
      'lpa-28-weekly-holiday',
      'lpa-44-minimum-age',
    ]) {
      expect(rules).toContain(id);
    }
    expect(b().rows.some((r) => r.screen.signals.length > 0)).toBe(true);
  });

  it('reconciles every result with `check` run on the synthetic records it produced', () => {
    for (const r of b().rows) {
      for (const s of SCENARIOS) {
        const dir = join(tmp, `${r.row}-${s}`);
        const rec = r.screen.plan.records[s];
        rmSync(dir, { recursive: true, force: true });
        mkdirSync(dir, { recursive: true });
        for (const [kind, csv] of Object.entries(rec.csv)) writeFileSync(join(dir, `${kind}.csv`), csv);
        const direct = check({ dir, asOf: r.screen.asOf, only: r.screen.only });
        expect(comparable(r.screen.results[s]), `row ${r.row} ${s}`).toEqual(comparable(direct));
      }
    }
  });

  it('lists a row whose answers do not pass, and screens the others', () => {
    const bad =
      text.replace(/\n$/, '') +
      '\nCASE-X,,,1990-01-01,Atlantis,,other,2024-01,still_working,monthly,9000,08:00,17:00,60,6,sunday,0,no,none,0,0,,no,no,yes,no,no,,2025-10-20\n';
    const b2 = screenBatch(tableOfText('accounts.csv', bad), pack, data, en, ctx, { redact: true });
    expect(b2.rows).toHaveLength(20);
    // Redacted, the refused answer is not quoted back: a province field can hold a name.
    expect(b2.rejected).toEqual([
      { row: 22, field: 'province', reason: expect.stringContaining('"…" is not a Thai province') },
    ]);
    const shown = screenBatch(tableOfText('accounts.csv', bad), pack, data, en, ctx, { redact: false });
    expect(shown.rejected).toEqual([
      { row: 22, field: 'province', reason: expect.stringContaining('"Atlantis" is not a Thai province') },
    ]);
  });

  it('writes a summary with one line per worker and the caseload totals', () => {
    const md = renderSummary(b(), en, 'md');
    for (const r of b().rows) expect(md).toContain(r.packet.reference);
    const json = JSON.parse(renderSummary(b(), en, 'json'));
    expect(json.workers).toHaveLength(20);
    expect(json.totals.likely_owed_satang).toBe(
      b().rows.reduce((x, r) => x + r.screen.results.likely.summary.owed_satang, 0),
    );
  });
});

describe('a caseload without its header row', () => {
  // Its first worker's answers are taken for column names: under --redact they are named by
  // position, as a check names a header (`column 2`), never as written.
  const rows = [
    'NGO-1,Somchai Jaidee,Somchai Co.,night shifts,Bangkok,2025-01-01,monthly,9000,06:00,21:00,7,2025-10-20',
    'NGO-2,Malee Srisuk,Malee Farm,,Chiang Mai,2025-02-01,daily,300,07:00,19:00,6,2025-10-20',
  ];
  const headless = () => tableOfText('caseload.csv', `${rows.join('\n')}\n`);
  const refusal = (redact: boolean) => {
    try {
      screenBatch(headless(), pack, data, en, ctx, { redact });
    } catch (e) {
      return (e as Error).message;
    }
    throw new Error('the caseload was screened');
  };

  it('is refused naming its columns by position under --redact', () => {
    const said = refusal(true);
    expect(said).toMatch(
      /^caseload\.csv: unknown columns: column 1, column 2, column 3, column 4, column 5, column 6, column 7, column 8, column 9, column 10, column 11, column 12 \(columns are the account fields: /,
    );
    expect(said).not.toMatch(/somchai|malee|bangkok/i);
  });

  it('and by the cells as written without it', () => {
    expect(refusal(false)).toContain('unknown columns: ngo-1, somchai jaidee, somchai co., night shifts');
  });
});
