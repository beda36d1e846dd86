import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { Assessment, RuleAssessment } from '../../src/evaluate/engine.js';
import type { Finding } from '../../src/findings/finding.js';
import { assessmentPacker, assessmentUnpacker } from '../../src/run/handover.js';
import { encodeFindings, FindingSpool } from '../../src/run/spool.js';

// What a worker of --jobs hands back: each rule's undetermined outcome crosses once while it
// repeats, and the findings cross as the spool's own lines. The reading thread must count and
// write exactly what it would have counted and written of the assessment itself.

type Outcome = NonNullable<RuleAssessment['undetermined']>;
const outcomes: Outcome[] = [
  { text: 'no holidays file', reasons: [{ id: 'no_file', params: { files: 'holidays' } }] },
  { text: 'column hazardous not in employees.csv' },
  { text: 'no pregnancy columns', reasons: [{ id: 'no_pregnancy_columns' }] },
];

const assessment = (id: string, rules: RuleAssessment[]): Assessment => ({
  id,
  span: { from: '2025-01-01', to: '2025-01-31' },
  rules,
  findings: [],
  signals: { seen: ['base_pay'], lost: [], hits: [], notRead: [] },
});

describe('assessments handed back from a worker', () => {
  it('unpack to the assessments packed, each outcome sent once while it repeats', () => {
    // Per rule: which outcome (by index) each employee has, or none; a kept value now and then.
    const rule = fc.record({
      outcome: fc.option(fc.integer({ min: 0, max: outcomes.length - 1 }), { nil: undefined }),
      found: fc.boolean(),
      kept: fc.option(fc.integer(), { nil: undefined }),
    });
    fc.assert(
      fc.property(
        fc.array(fc.array(rule, { minLength: 3, maxLength: 3 }), { maxLength: 12 }),
        (employees) => {
          const pack = assessmentPacker();
          const unpack = assessmentUnpacker();
          const lastSent: (Outcome | undefined)[] = [];
          employees.forEach((rules, e) => {
            const a = assessment(
              `E${e}`,
              rules.map((r) => ({
                found: r.found,
                ...(r.kept !== undefined ? { kept: { value: new Int32Array([r.kept]) } } : {}),
                // The engine gives the same object again while the reasons are the same.
                ...(r.outcome !== undefined ? { undetermined: outcomes[r.outcome] } : {}),
              })),
            );
            const packed = pack(a);
            // The outcome crosses only when it is not the one sent last for that rule.
            const crossing: Outcome[] = [];
            a.rules.forEach(({ undetermined: u }, i) => {
              if (u && u !== lastSent[i]) crossing.push(u);
              if (u) lastSent[i] = u;
            });
            expect(packed.outcomes ?? []).toStrictEqual(crossing);
            // One character per rule, not an object each.
            expect(packed.rules).toHaveLength(a.rules.length);
            const back = unpack(structuredClone(packed));
            expect(back).toStrictEqual(a);
          });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('keep an outcome across an employee the rule concluded for', () => {
    const pack = assessmentPacker();
    const unpack = assessmentUnpacker();
    const [u] = outcomes;
    const seq = [[{ found: false, undetermined: u }], [{ found: true }], [{ found: false, undetermined: u }]];
    const back = seq.map((rules, i) => unpack(structuredClone(pack(assessment(`E${i}`, rules)))));
    expect(back.map((a) => a.rules[0].undetermined)).toEqual([u, undefined, u]);
    // One outcome object per rule on the reading side: the engine interns it once.
    expect(back[2].rules[0].undetermined).toBe(back[0].rules[0].undetermined);
  });
});

describe("a worker's findings as the spool's lines", () => {
  const spools: FindingSpool[] = [];
  afterAll(() => {
    for (const s of spools) s.remove();
  });

  const text = fc.oneof(
    fc.string({ maxLength: 8 }),
    fc.constantFrom('\uD800', 'é', 'ส่ง', '"', '\\', '\n', 'E01'),
  );
  const finding: fc.Arbitrary<Finding> = fc.record({
    rule: fc.constantFrom('lpa-23-normal-hours', 'lpa-61-overtime-pay', 'lpa-90-minimum-wage'),
    section: fc.constantFrom('23', '61', '90'),
    severity: fc.constantFrom('critical', 'error', 'warning', 'info'),
    employee_id: fc.constant(''),
    date: fc.constantFrom('2025-01-01', '2025-01-02'),
    message: text,
    message_th: text,
    owed_satang: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 10_000_000 })),
    interest_satang: fc.integer({ min: 0, max: 100_000 }),
    evidence: fc.array(fc.record({ file: fc.constant('hours.csv'), row: fc.nat() }), { maxLength: 3 }),
    params: fc.dictionary(fc.string({ maxLength: 4 }), fc.oneof(text, fc.integer())),
  });
  const bytesOf = (s: FindingSpool) => [...s.lines()].map((b) => Buffer.from(b).toString('utf8')).join('');

  it('are the bytes, totals and ledger the spool makes of the findings', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('E01', 'E02', 'E03'), fc.array(finding, { maxLength: 5 })), {
          maxLength: 8,
        }),
        (employees) => {
          const here = new FindingSpool();
          const there = new FindingSpool();
          spools.push(here, there);
          for (const [id, fs] of employees) {
            const mine = fs.map((f) => ({ ...f, employee_id: id }));
            here.add(id, mine);
            if (mine.length > 0) {
              const e = structuredClone(encodeFindings(mine));
              there.addEncoded(id, e);
            }
          }
          expect(bytesOf(there)).toBe(bytesOf(here));
          expect(there.totals).toStrictEqual(here.totals);
          expect(there.ledger()).toStrictEqual(here.ledger());
          expect(there.employees).toBe(here.employees);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('hand over a buffer of their own, so that it can be transferred', () => {
    const f: Finding = {
      rule: 'lpa-90-minimum-wage',
      section: '90',
      severity: 'error',
      employee_id: 'E01',
      message: 'paid below the minimum wage',
      message_th: 'ค่าจ้างต่ำกว่าค่าจ้างขั้นต่ำ',
      owed_satang: 1200,
      evidence: [{ file: 'payroll.csv', row: 2 }],
      params: {},
    };
    const e = encodeFindings([f]);
    expect(e.lines.byteOffset).toBe(0);
    expect(e.lines.buffer.byteLength).toBe(e.lines.length);
    const { port1, port2 } = new MessageChannel();
    port1.postMessage(e, [e.lines.buffer]);
    expect(e.lines.length).toBe(0);
    port1.close();
    port2.close();
    expect(e.totals.owed_satang).toBe(1200);
    expect(e.owed.map((o) => o.employee_id)).toEqual(['E01']);
  });
});
