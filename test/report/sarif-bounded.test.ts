import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkData, readDataSet, resolveInputs } from '../../src/api.js';
import type { Finding } from '../../src/findings/finding.js';
import { type Printable, publish } from '../../src/findings/redact.js';
import { sortFindings } from '../../src/findings/result.js';
import { sarif, sarifParts } from '../../src/report/sarif.js';
import { DateList, RowSet } from '../../src/report/sarif-group.js';
import { FindingSpool } from '../../src/run/spool.js';
import { AS_OF, DEMO, pack, rules } from './helpers.js';

// Past the result limit a SARIF result covers a rule's findings over the whole run: what it keeps
// of them is compact (day numbers, bits a row) and its dates are written a part at a time. The
// log must still be what one JSON.stringify of it gives, with every finding's date and every
// distinct evidence row counted.

describe('a per-rule result’s dates, kept as day numbers', () => {
  it('reads back every text as it was added, in order', () => {
    const date = fc
      .record({
        y: fc.integer({ min: 0, max: 9999 }),
        m: fc.integer({ min: 0, max: 13 }),
        d: fc.integer({ min: 0, max: 32 }),
      })
      .map(
        ({ y, m, d }) =>
          `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
      );
    const text = fc.oneof(
      date,
      fc.tuple(date, date).map(([a, b]) => `${a}/${b}`),
      fc.string(),
      fc.constant(''),
    );
    fc.assert(
      fc.property(fc.array(text, { maxLength: 300 }), (texts) => {
        const list = new DateList();
        for (const t of texts) list.push(t);
        expect(list.length).toBe(texts.length);
        expect(texts.map((_, i) => list.at(i))).toEqual(texts);
      }),
    );
  });

  it('keeps dates, periods, years before 100 and other text apart', () => {
    const texts = [
      '2025-03-01',
      '2025-03-01/2025-03-31',
      '',
      '0099-01-01',
      '2025-02-30',
      '2025-03-01/x',
      'x/2025-03-01',
    ];
    const list = new DateList();
    for (const t of texts) list.push(t);
    expect(texts.map((_, i) => list.at(i))).toEqual(texts);
  });
});

describe('a per-rule result’s distinct evidence rows', () => {
  it('counts each row once, as a set does, small and large', () => {
    const row = fc.oneof(
      fc.integer({ min: 0, max: 3000 }),
      fc.integer({ min: 0, max: 20_000_000 }),
      fc.constantFrom(-1, 0.5, 2 ** 31, Number.NaN),
    );
    fc.assert(
      fc.property(fc.array(row, { maxLength: 4000 }), (rows) => {
        const rowSet = new RowSet();
        const set = new Set<number>();
        for (const r of rows) {
          expect(rowSet.add(r)).toBe(!set.has(r));
          set.add(r);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('turns dense rows into bits and still tells each new row from one seen', () => {
    const rowSet = new RowSet();
    for (let r = 0; r < 5000; r += 2) expect(rowSet.add(r)).toBe(true);
    for (let r = 0; r < 5000; r++) expect(rowSet.add(r)).toBe(r % 2 === 1);
    expect(rowSet.add(1_000_000)).toBe(true);
    expect(rowSet.add(1_000_000)).toBe(false);
    expect(rowSet.add(-3)).toBe(true);
    expect(rowSet.add(-3)).toBe(false);
  });
});

describe('SARIF per rule over a spooled run', () => {
  const EMPLOYEES = 2600;
  const rule = (k: number) => (k ? 'lpa-27-rest-break' : 'lpa-61-overtime-pay');
  const finding = (employee_id: string, k: number, n: number, row: number): Finding => ({
    rule: rule(k),
    section: k ? '27' : '61',
    severity: n % 5 === 0 ? 'critical' : 'error',
    employee_id,
    // Days, periods and one finding with neither.
    ...(n % 11 === 3
      ? { period: { start: `2025-0${1 + (n % 9)}-01`, end: `2025-0${1 + (n % 9)}-28` } }
      : n % 13 === 7
        ? {}
        : { date: `2025-04-${String(1 + (n % 30)).padStart(2, '0')}` }),
    message: `${employee_id} ${rule(k)} ${n}`,
    message_th: `${employee_id} ${n}`,
    ...(n % 2 ? { owed_satang: 1000 + n, interest_satang: n } : {}),
    // Rows shared between findings and employees, and rows far apart.
    evidence: [
      { file: 'hours.csv', row },
      { file: 'hours.csv', row: row % 700 },
      { file: 'payroll.csv', row: n % 3 ? n : 5_000_000 + n },
    ],
    params: {},
  });

  it('is one JSON.stringify of the log, with every date and every distinct row', () => {
    const spool = new FindingSpool();
    try {
      const all: Finding[] = [];
      for (let e = 0; e < EMPLOYEES; e++) {
        const id = `W${String((e * 7919) % EMPLOYEES).padStart(5, '0')}`;
        const mine: Finding[] = [];
        for (let k = 0; k < 2; k++)
          for (let n = e % 4; n < 6 + (e % 7); n++) mine.push(finding(id, k, n, e * 10 + n));
        spool.add(id, mine);
        all.push(...mine);
      }
      const base = checkData(readDataSet(resolveInputs({ dir: DEMO })), pack, { asOf: AS_OF });
      const sorted = sortFindings(all);
      const whole = publish({ ...base, findings: sorted }) as Printable;
      const head = publish({ ...base, findings: [] });
      const parts = [...sarifParts(head, () => spool.byEmployee((f) => f, sortFindings), { rules })];
      const text = parts.join('');
      expect(text).toBe(sarif(whole, { rules }));
      expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
      // The dates of a result are written in parts, none of them the whole list.
      expect(parts.length).toBeGreaterThan(4);

      const run = JSON.parse(text).runs[0];
      expect(run.properties.aggregation).toBe('per-rule');
      for (const k of [0, 1]) {
        const mine = whole.findings.filter((f) => f.rule === rule(k));
        const result = run.results.find((x: { ruleId: string }) => x.ruleId === rule(k));
        expect(result.properties.findings).toBe(mine.length);
        expect(result.properties.dates).toEqual(
          mine.map((f) => f.date ?? (f.period ? `${f.period.start}/${f.period.end}` : '')),
        );
        const rows = new Set(mine.flatMap((f) => f.evidence.map((x) => `${x.file}:${x.row}`)));
        expect(result.properties.evidence_rows_not_listed).toBe(rows.size - 101);
        expect(result.relatedLocations).toHaveLength(100);
      }
    } finally {
      spool.remove();
    }
  });
});
