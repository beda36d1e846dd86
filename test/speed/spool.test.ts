import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generate } from '../../scripts/bench/generate.js';
import { type CheckHooks, checkData, readDataSet, resolveInputs, runCheck } from '../../src/api.js';
import type { Finding } from '../../src/findings/finding.js';
import { publish, redactKey, redactor } from '../../src/findings/redact.js';
import { ledger, sortFindings, totals } from '../../src/findings/result.js';
import { loadPack } from '../../src/pack/load.js';
import { json, jsonChunks, jsonChunksOfLines } from '../../src/report/json.js';
import { jsonl, jsonlLines, jsonlLinesOfLines } from '../../src/report/jsonl.js';
import { findingsOf } from '../../src/run/outcome.js';
import { FindingSpool } from '../../src/run/spool.js';
import type { StreamPath } from '../../src/run/stream.js';

// Bounded memory: a streamed run writes each employee's findings to a temporary file as it
// goes, and the JSON and JSON Lines reports are written from there one employee at a time.
// Whatever the order of the hours rows, the text must be the in-memory path's, byte for byte.

const pack = loadPack();
const tmp = mkdtempSync(join(tmpdir(), 'labour-check-spool-test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const asOf = '2025-12-31';
const TINY: CheckHooks = { minBytes: 0, batchRows: 7, chunkBytes: 997, spillBytes: 3000 };

// Each test's temporary files go to a folder of its own, to see that none is left behind.
const spoolDir = join(tmp, 'spools');
let savedTmp: string | undefined;
beforeEach(() => {
  mkdirSync(spoolDir, { recursive: true });
  savedTmp = process.env.TMPDIR;
  process.env.TMPDIR = spoolDir;
});
afterEach(() => {
  if (savedTmp === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = savedTmp;
});

const heavy = generate(join(tmp, 'heavy'), { rows: 4000, employees: 16, findings: 'heavy' });
const heavyByDate = generate(join(tmp, 'heavy-by-date'), {
  rows: 4000,
  employees: 16,
  findings: 'heavy',
  order: 'by-date',
});

const bytes = (pieces: Iterable<string | Uint8Array>) =>
  Buffer.concat([...pieces].map((p) => (typeof p === 'string' ? Buffer.from(p) : p))).toString();

const inMemory = (dir: string) => checkData(readDataSet(resolveInputs({ dir })), pack, { asOf });

describe('findings spooled to disk give the in-memory reports', () => {
  it.each([
    ['grouped', heavy.dir, 'stream'],
    ['by date', heavyByDate.dir, 'spill'],
  ])('%s hours: JSON and JSON Lines written from the spool equal the whole result', async (_, dir, way) => {
    let path: StreamPath | undefined;
    const outcome = await runCheck(
      resolveInputs({ dir }),
      pack,
      { asOf },
      { ...TINY, onPath: (p) => (path = p) },
    );
    try {
      expect(path?.path).toBe(way);
      const whole = publish(inMemory(dir));
      // The head holds no finding: they are read back from the spool, yet counted in the summary.
      expect(outcome.head.findings).toEqual([]);
      expect(outcome.head.summary.findings).toBeGreaterThan(100);
      expect(outcome.head.summary.findings).toBe(whole.findings.length);
      const head = publish(outcome.head);
      expect([...jsonChunks(head, findingsOf(outcome))].join('')).toBe(json(whole));
      expect([...jsonlLines(head, findingsOf(outcome))].join('')).toBe(jsonl(whole));
      // As the check writes them: from each finding's line as the spool holds it.
      expect(bytes(jsonChunksOfLines(head, outcome.lines()))).toBe(json(whole));
      expect(bytes(jsonlLinesOfLines(head, outcome.lines()))).toBe(jsonl(whole));
      expect(readdirSync(spoolDir).filter((f) => f.startsWith('labour-check-findings-'))).toHaveLength(1);
    } finally {
      outcome.dispose();
    }
    expect(readdirSync(spoolDir).filter((f) => f.startsWith('labour-check-findings-'))).toEqual([]);
  });

  it('redacts spooled findings as it redacts a whole result, in pseudonym order', async () => {
    const rk = redactKey({ key: 'spool-test-key' });
    const outcome = await runCheck(resolveInputs({ dir: heavyByDate.dir }), pack, { asOf }, TINY);
    try {
      const r = redactor(outcome.head, rk);
      const findings = function* () {
        for (const list of outcome.byEmployee(r.finding, r.id)) yield* list;
      };
      const whole = publish(inMemory(heavyByDate.dir), rk);
      expect([...jsonChunks(r.result, findings())].join('')).toBe(json(whole));
      expect([...jsonlLines(r.result, findings())].join('')).toBe(jsonl(whole));
    } finally {
      outcome.dispose();
    }
  });

  it('writes an empty findings list as JSON.stringify does', async () => {
    const outcome = await runCheck(
      resolveInputs({ dir: heavy.dir }),
      pack,
      { asOf, only: ['lpa-44-minimum-age'] },
      TINY,
    );
    try {
      const whole = publish(
        checkData(readDataSet(resolveInputs({ dir: heavy.dir })), pack, {
          asOf,
          only: ['lpa-44-minimum-age'],
        }),
      );
      expect(whole.findings).toEqual([]);
      expect([...jsonChunks(publish(outcome.head), findingsOf(outcome))].join('')).toBe(json(whole));
    } finally {
      outcome.dispose();
    }
  });
});

describe('the spool counts each finding as it comes', () => {
  const finding = (employee_id: string, date: string, rule: string, owed?: number): Finding => ({
    rule,
    section: '61',
    severity: owed ? 'error' : 'warning',
    employee_id,
    date,
    message: `${employee_id} ${rule} on ${date}: "ทำงาน" \\ 😀`,
    message_th: `${employee_id} วันที่ ${date}`,
    ...(owed ? { owed_satang: owed, interest_satang: 7, entitled_satang: owed + 100, paid_satang: 100 } : {}),
    evidence: [{ file: 'hours.csv', row: 2 }],
    params: { rate: { value: 1.5, from: '1998-08-19', source: 's.61' } },
  });

  it("gives totals, ledger and lines in report order, an employee's later findings merged in", () => {
    const spool = new FindingSpool();
    try {
      // E2's findings of checks across employees come after everyone's own, out of date order.
      const added = [
        ['E2', [finding('E2', '2025-01-09', 'b', 500), finding('E2', '2025-01-02', 'a')]],
        [
          'E1',
          [
            finding('E1', '2025-01-05', 'a', 300),
            finding('E1', '2025-01-05', 'a'),
            finding('E1', '2025-01-01', 'c', 200),
          ],
        ],
        ['E3', []],
        ['E2', [finding('E2', '2025-01-03', 'z', 100), finding('E2', '2025-01-10', 'a')]],
      ] as const;
      for (const [id, fs] of added) spool.add(id, [...fs]);
      const all = sortFindings(added.flatMap(([, fs]) => [...fs]));
      expect(spool.employees).toBe(2);
      expect(spool.totals).toEqual(totals(all));
      expect(spool.totals.owed_satang).toBe(1100);
      expect(spool.ledger()).toEqual(ledger(all));
      expect(spool.ledger().map((l) => [l.employee_id, l.items.map((i) => i.date)])).toEqual([
        ['E1', ['2025-01-01', '2025-01-05']],
        ['E2', ['2025-01-03', '2025-01-09']],
      ]);
      // Each buffer is read before the next is asked for: the spool reuses its read buffer.
      const lines: string[] = [];
      for (const b of spool.lines()) lines.push(Buffer.from(b).toString());
      expect(lines).toEqual([
        all
          .filter((f) => f.employee_id === 'E1')
          .map((f) => `${JSON.stringify(f)}\n`)
          .join(''),
        all
          .filter((f) => f.employee_id === 'E2')
          .map((f) => `${JSON.stringify(f)}\n`)
          .join(''),
      ]);
      expect([...spool.byEmployee((f) => f, sortFindings)].flat()).toEqual(all);
    } finally {
      spool.remove();
    }
  });
});
