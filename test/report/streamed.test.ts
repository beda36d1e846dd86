import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../scripts/bench/generate.js';
import { type CheckHooks, checkData, readDataSet, resolveInputs, runCheck } from '../../src/api.js';
import type { Finding } from '../../src/findings/finding.js';
import { type Printable, publish, redactKey, redactor } from '../../src/findings/redact.js';
import { sortFindings } from '../../src/findings/result.js';
import { loadPack } from '../../src/pack/load.js';
import { type Format, render } from '../../src/report/index.js';
import { json, jsonChunks, jsonChunksOfLines } from '../../src/report/json.js';
import { jsonl, jsonlLines, jsonlLinesOfLines } from '../../src/report/jsonl.js';
import { ruleInfo } from '../../src/report/rules.js';
import { SARIF_RESULT_LIMIT, sarif, sarifParts } from '../../src/report/sarif.js';
import { reportParts } from '../../src/report/streamed.js';
import { materialize, type RunOutcome } from '../../src/run/outcome.js';
import { FindingSpool, TextSpool } from '../../src/run/spool.js';

// Every report of a large run is written from the spool, one employee's findings at a time: its
// text must be the report of the whole result in memory, byte for byte, in every language and
// under --redact.

const pack = loadPack();
const tmp = mkdtempSync(join(tmpdir(), 'labour-check-streamed-test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const asOf = '2025-12-31';
const TINY: CheckHooks = { minBytes: 0, batchRows: 7, chunkBytes: 997, spillBytes: 3000 };

/** The formats written in parts from the spool. */
const STREAMED: Format[] = ['sarif', 'csv', 'text', 'markdown', 'github', 'junit', 'html'];

const sets = {
  grouped: generate(join(tmp, 'heavy'), { rows: 3000, employees: 12, findings: 'heavy' }).dir,
  'by date': generate(join(tmp, 'heavy-by-date'), {
    rows: 3000,
    employees: 12,
    findings: 'heavy',
    order: 'by-date',
  }).dir,
};
const outcomes = new Map<string, RunOutcome>();
beforeAll(async () => {
  for (const [name, dir] of Object.entries(sets))
    outcomes.set(name, await runCheck(resolveInputs({ dir }), pack, { asOf }, TINY));
});
afterAll(() => {
  for (const o of outcomes.values()) o.dispose();
});

const inMemory = (dir: string) => checkData(readDataSet(resolveInputs({ dir })), pack, { asOf });
const options = [{ rules: ruleInfo(pack) }, { rules: ruleInfo(pack), lang: 'th' as const, beDates: true }];

describe('reports written from the spool equal the whole result’s', () => {
  const cases = Object.keys(sets).flatMap((set) =>
    STREAMED.flatMap((f) => options.map((o) => [set, f, o.lang ?? 'en', o] as const)),
  );
  it.each(cases)('%s hours, %s, %s', (set, f, _, o) => {
    const outcome = outcomes.get(set)!;
    const whole = publish(inMemory(sets[set as keyof typeof sets]));
    expect(outcome.head.findings).toEqual([]);
    expect(whole.findings.length).toBeGreaterThan(50);
    const parts = [...reportParts(f, publish(outcome.head), () => outcome.byEmployee((x) => x), o)];
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.join('')).toBe(render(f, whole, o));
  });

  it.each(STREAMED)('%s under --redact, employees in pseudonym order', (f) => {
    const rk = redactKey({ key: 'streamed-test-key' });
    const outcome = outcomes.get('by date')!;
    const r = redactor(outcome.head, rk);
    const whole = publish(inMemory(sets['by date']), rk);
    // A pass that reads only rules, sections and params' keys gets findings with only those redacted.
    const each = (outline?: boolean) => outcome.byEmployee(outline ? r.outline : r.finding, r.id);
    const text = [...reportParts(f, r.result, each, options[0])].join('');
    expect(text).toBe(render(f, whole, options[0]));
  });
});

describe('JUnit and HTML keep their rows in a temporary file', () => {
  it.each(['junit', 'html'] as const)('%s writes the in-memory report and removes the file', (format) => {
    const outcome = outcomes.get('grouped')!;
    const whole = publish(inMemory(sets.grouped));
    const own = join(tmp, `kept-${format}`);
    mkdirSync(own);
    const files = () => readdirSync(own).filter((f) => f.startsWith('labour-check-report-'));
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = own;
    try {
      let during: string[] = [];
      let text = '';
      for (const part of reportParts(
        format,
        publish(outcome.head),
        () => outcome.byEmployee((x) => x),
        options[1],
        () => new TextSpool(),
      )) {
        text += part;
        during = files();
      }
      expect(during).toHaveLength(1);
      expect(text).toBe(render(format, whole, options[1]));
      expect(files()).toEqual([]);
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
    }
  });
});

describe('SARIF from the spool past the result limit', () => {
  const finding = (employee_id: string, rule: string, day: number, row: number): Finding => ({
    rule,
    section: rule === 'lpa-27-rest-break' ? '27' : '61',
    severity: day % 7 === 0 ? 'critical' : 'error',
    employee_id,
    date: `2025-03-${String(day).padStart(2, '0')}`,
    message: `${employee_id} ${rule} day ${day}`,
    message_th: `${employee_id} วันที่ ${day}`,
    ...(day % 2 ? { owed_satang: 1000 + day, interest_satang: day } : {}),
    // Rows shared between findings and employees: a result counts each row once.
    evidence: [
      { file: 'hours.csv', row },
      { file: 'hours.csv', row: row % 150 },
      { file: 'payroll.csv', row: day },
    ],
    params: {},
  });

  it.each([
    ['per rule and employee', 2, 300, 'per-rule-and-employee'],
    ['per rule', 2, SARIF_RESULT_LIMIT / 2 + 1, 'per-rule'],
  ])('%s', (_, rules, employees, aggregation) => {
    const spool = new FindingSpool();
    try {
      const all: Finding[] = [];
      for (let e = 0; e < employees; e++) {
        const id = `W${String((e * 7919) % employees).padStart(5, '0')}`;
        const mine: Finding[] = [];
        for (let k = 0; k < rules; k++)
          for (let day = 1 + (e % 3); day <= 8 + (e % 5); day += 2)
            mine.push(finding(id, k ? 'lpa-27-rest-break' : 'lpa-61-overtime-pay', day, e * 10 + day));
        spool.add(id, mine);
        all.push(...mine);
      }
      const base = inMemory(sets.grouped);
      const whole = publish({ ...base, findings: sortFindings(all) }) as Printable;
      const head = publish({ ...base, findings: [] });
      const text = [...sarifParts(head, () => spool.byEmployee((f) => f, sortFindings), options[0])].join('');
      expect(text).toBe(sarif(whole, options[0]));
      const run = JSON.parse(text).runs[0];
      expect(run.properties.aggregation).toBe(aggregation);
      if (aggregation === 'per-rule') {
        const overtime = run.results.find((x: { ruleId: string }) => x.ruleId === 'lpa-61-overtime-pay');
        expect(overtime.properties.employees).toHaveLength(employees);
        expect(overtime.properties.evidence_rows_not_listed).toBeGreaterThan(0);
      }
    } finally {
      spool.remove();
    }
  });
});

describe('the HTML report of a streamed run, with its hours charts', () => {
  const shuffled = generate(join(tmp, 'heavy-shuffled'), {
    rows: 3000,
    employees: 12,
    findings: 'heavy',
    order: 'shuffled',
  }).dir;
  // Employees in the hours file in another order than in the employees file, and some the
  // employees file does not list.
  const unlisted = join(tmp, 'heavy-unlisted');
  generate(unlisted, { rows: 3000, employees: 12, findings: 'heavy' });
  const lines = readFileSync(join(unlisted, 'employees.csv'), 'utf8').trimEnd().split('\n');
  writeFileSync(join(unlisted, 'employees.csv'), `${[lines[0], ...lines.slice(4).reverse()].join('\n')}\n`);
  const charted = { ...sets, shuffled, unlisted };

  it.each(Object.keys(charted))(
    '%s hours: the charts of every employee, the page the in-memory one',
    async (set) => {
      const dir = charted[set as keyof typeof charted];
      const outcome = await runCheck(resolveInputs({ dir }), pack, { asOf, hoursSeries: true }, TINY);
      try {
        const whole = checkData(readDataSet(resolveInputs({ dir })), pack, { asOf, hoursSeries: true });
        // The series are in a temporary file, not in the result: its list keeps its place, empty.
        expect(outcome.head.hours).toEqual([]);
        const series = outcome.series!;
        expect(whole.hours!.length).toBeGreaterThan(5);
        // The series in the order of the in-memory run (the JSON report prints them).
        expect([...series.list()]).toEqual(whole.hours);
        expect(materialize(outcome).hours).toEqual(whole.hours);
        for (const o of options) {
          const parts = [
            ...reportParts(
              'html',
              publish(outcome.head),
              () => outcome.byEmployee((x) => x),
              o,
              undefined,
              series.lookup(),
            ),
          ];
          expect(parts.join('')).toBe(render('html', publish(whole), o));
        }
        // Under --redact: each series under its pseudonym, in pseudonym order.
        const rk = redactKey({ key: 'a key of the test' });
        const r = redactor(outcome.head, rk);
        const redactedWhole = publish(whole, rk);
        expect([...series.list(r.id)]).toEqual(redactedWhole.hours);
        const redactedPage = [
          ...reportParts(
            'html',
            r.result,
            (outline) => outcome.byEmployee(outline ? r.outline : r.finding, r.id),
            options[0],
            undefined,
            series.lookup(r.id),
          ),
        ].join('');
        expect(redactedPage).toBe(render('html', redactedWhole, options[0]));
        // The JSON and JSON Lines reports print the series read back in the place of `hours`.
        const text = (parts: Iterable<string | Uint8Array>) =>
          Buffer.concat([...parts].map((p) => Buffer.from(p))).toString();
        const head = publish(outcome.head);
        expect(text(jsonChunksOfLines(head, outcome.lines(), series.list()))).toBe(json(publish(whole)));
        expect(text(jsonlLinesOfLines(head, outcome.lines(), series.list()))).toBe(jsonl(publish(whole)));
        const redactedFindings = () => [...outcome.byEmployee(r.finding, r.id)].flat();
        expect(text(jsonChunks(r.result, redactedFindings(), series.list(r.id)))).toBe(json(redactedWhole));
        expect(text(jsonlLines(r.result, redactedFindings(), series.list(r.id)))).toBe(jsonl(redactedWhole));
      } finally {
        outcome.dispose();
      }
    },
  );
});
