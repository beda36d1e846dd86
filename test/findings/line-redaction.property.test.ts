import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings/finding.js';
import { type RedactedLine, redactKey, redactor } from '../../src/findings/redact.js';
import { sortFindings } from '../../src/findings/result.js';
import { FindingSpool } from '../../src/run/spool.js';
import { DEMO, NAMES, NATIONAL_IDS, result } from '../report/helpers.js';

// A redacted JSON or JSON Lines report rewrites each spooled finding's JSON line as a line
// (`line` of the redactor) instead of parsing it, redacting the object and writing it again.
// The oracle is that old way: `JSON.stringify(finding(JSON.parse(line)))`, and the order
// `sortFindings` gives the redacted objects. A line `line` does not take is parsed as before.

const head = result();
const rk = redactKey({ key: 'correct horse battery staple' });
const r = redactor(head, rk);
const IDS = (head.employees ?? []).map((e) => e.employee_id);
const FILES = head.inputs.map((i) => i.file);
const orderOf = (f: Pick<Finding, 'employee_id' | 'date' | 'period' | 'rule' | 'message'>) => ({
  employee_id: f.employee_id,
  date: f.date,
  period: f.period,
  rule: f.rule,
  message: f.message,
});
const ofLine = (l: RedactedLine) => orderOf(l);

/** The old way's line and order fields of a finding's JSON line. */
function oracle(json: string) {
  const f = r.finding(JSON.parse(json) as Finding);
  return { json: JSON.stringify(f), order: orderOf(f) };
}

// Pieces of text a finding may hold: ids, names, national ids and paths of the fixture, quotes,
// escapes, lone surrogates, Thai with marks, digits and the separators around tokens.
const piece = fc.oneof(
  fc.constantFrom(...IDS, ...NAMES, ...NATIONAL_IDS, ...FILES),
  fc.constantFrom(
    '"',
    '\\',
    '\n',
    '\u0000',
    '\uD800',
    'é',
    'e\u0301',
    '\u0E48',
    ' ',
    ':',
    '-',
    '.',
    '1',
    '2025-01-31',
  ),
  fc.string({ maxLength: 6 }),
);
const text = fc.array(piece, { maxLength: 6 }).map((p) => p.join(''));
const params = fc.dictionary(
  fc.oneof(
    fc.constantFrom('employee_id', 'file', 'evidence', 'source', '__proto__', 'birth_date', 'of_age_from'),
    fc.string({ maxLength: 5 }),
  ),
  fc.oneof(
    text,
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.jsonValue({ maxDepth: 3 }),
    fc.array(text),
  ),
  { maxKeys: 5 },
);
const finding: fc.Arbitrary<Finding> = fc
  .record(
    {
      rule: text,
      section: text,
      severity: fc.constantFrom('critical', 'error', 'warning', 'info'),
      employee_id: fc.oneof(fc.constantFrom(...IDS), text),
      date: text,
      period: fc.record({ start: text, end: text }),
      message: text,
      message_th: text,
      owed_satang: fc.integer({ min: 0, max: 10_000_000 }),
      evidence: fc.array(fc.record({ file: fc.oneof(fc.constantFrom(...FILES), text), row: fc.integer() }), {
        maxLength: 5,
      }),
      params,
    },
    {
      requiredKeys: [
        'rule',
        'section',
        'severity',
        'employee_id',
        'message',
        'message_th',
        'evidence',
        'params',
      ],
    },
  )
  .map((f) => f as Finding);

/** The line and the order the old way (parse, redact, write) gives the finding. */
function expectOldWay(f: unknown): void {
  const json = JSON.stringify(f);
  const line = r.line(json);
  expect(line).toBeDefined();
  const old = oracle(json);
  expect(line!.json).toBe(old.json);
  expect(ofLine(line!)).toEqual(old.order);
}

describe('a finding redacted as its JSON line', () => {
  it("is the old way's line and order for every finding of the fixture", () => {
    // The demo's findings too, under the fixture's table: ids it does not know are free text.
    const all = [...head.findings, ...result(DEMO, '2025-10-31').findings];
    expect(all.length).toBeGreaterThan(15);
    for (const f of all) {
      expectOldWay(f);
    }
  });

  it("is the old way's line and order for any finding the engine's shape allows", () => {
    fc.assert(
      fc.property(finding, (f) => {
        expectOldWay(f);
      }),
      { numRuns: 1500 },
    );
  });

  it('changes every id, name and national id it meets, and the paths to their file kinds', () => {
    const f = head.findings[0];
    const json = JSON.stringify({
      ...f,
      message: `${IDS.join(' ')} ${NAMES.join(' ')} ${NATIONAL_IDS.join(' ')}`,
      evidence: FILES.map((file, row) => ({ file, row })),
    });
    const out = r.line(json)!.json;
    for (const s of [...IDS.map((i) => `"${i}"`), ...NAMES, ...NATIONAL_IDS, ...FILES])
      expect(out).not.toContain(s);
    expect(out).toBe(oracle(json).json);
  });

  it('leaves to the parse a line of another shape', () => {
    const f = JSON.parse(JSON.stringify(head.findings[0])) as Record<string, unknown>;
    const { rule: _, ...noRule } = f;
    const odd = [
      { ...f, evidence: [{ file: FILES[0], row: 1, column: 'x' }] },
      { ...f, evidence: [{ row: 1, file: FILES[0] }] },
      { ...f, evidence: [{ file: FILES[0], row: '1' }] },
      { ...f, evidence: [{ file: 7, row: 1 }] },
      { ...f, evidence: {} },
      { ...f, employee_id: 7 },
      { ...f, date: null },
      { ...f, period: { start: '2025-01-01' } },
      { ...f, period: 'all year' },
      noRule,
    ];
    for (const o of odd) expect(r.line(JSON.stringify(o))).toBeUndefined();
    expect(r.line(`${JSON.stringify(f)} `)).toBeUndefined();
    expect(r.line('[]')).toBeUndefined();
    expect(r.line('{"rule":"x",')).toBeUndefined();
  });
});

describe('the spool redacted', () => {
  const spools: FindingSpool[] = [];
  afterAll(() => {
    for (const s of spools) s.remove();
  });

  /** The old way: each employee's findings parsed, redacted, sorted and written, by printed id. */
  function oldWay(spool: FindingSpool): string {
    let out = '';
    for (const list of spool.byEmployee(r.finding, sortFindings, r.id))
      for (const f of list) out += `${JSON.stringify(f)}\n`;
    return out;
  }
  const newWay = (spool: FindingSpool) =>
    [...spool.redactedLines(r)].map((b) => Buffer.from(b).toString('utf8')).join('');

  it('gives the same lines as the old way, in the same order, for any findings', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...IDS, 'E99'), fc.array(finding, { maxLength: 6 })), {
          maxLength: 8,
        }),
        (employees) => {
          const spool = new FindingSpool();
          spools.push(spool);
          for (const [id, fs] of employees)
            spool.add(
              id,
              fs.map((f) => ({ ...f, employee_id: id })),
            );
          expect(newWay(spool)).toBe(oldWay(spool));
        },
      ),
      { numRuns: 150 },
    );
  });

  it("orders an employee's findings again when redaction changes what orders them", () => {
    // "E01 ..." comes before "F ..." as written, after it once E01 is "emp-...".
    const base = head.findings[0] as Finding;
    const one = { ...base, employee_id: 'E01', date: '2025-01-01', rule: 'r', message: 'E01 late' };
    const two = { ...one, message: 'F late' };
    const spool = new FindingSpool();
    spools.push(spool);
    spool.add('E01', [two, one]);
    const lines = newWay(spool).trim().split('\n');
    expect(lines.map((l) => (JSON.parse(l) as Finding).message)).toEqual(['F late', `${r.id('E01')} late`]);
    expect(newWay(spool)).toBe(oldWay(spool));
  });
});
