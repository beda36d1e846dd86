import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/api.js';
import { publish } from '../../src/findings/redact.js';
import { findingLines, findingsArray } from '../../src/report/finding-lines.js';
import { json, jsonChunksOfLines } from '../../src/report/json.js';
import { jsonl, jsonlLinesOfLines } from '../../src/report/jsonl.js';
import { outcomeOf } from '../../src/run/outcome.js';

// The JSON and JSON Lines reports of a large run are made from each finding's JSON line as the
// spool wrote it, whitespace added byte by byte: the text must be JSON.stringify's of the
// parsed finding, byte for byte, whatever the strings hold (quotes, backslashes, Thai, emoji,
// control characters, lone surrogates) and wherever the output is cut into pieces.

const text = (pieces: Iterable<string | Uint8Array>) =>
  Buffer.concat([...pieces].map((p) => (typeof p === 'string' ? Buffer.from(p) : p))).toString();

/** Each employee's JSON lines, as the spool hands them over. */
const linesOf = (groups: unknown[][]) =>
  groups.map((g) => Buffer.from(g.map((v) => `${JSON.stringify(v)}\n`).join('')));

/** The findings list at depth 1 of `JSON.stringify(result, null, 2)`. */
const atDepth1 = (values: unknown[]) => JSON.stringify(values, null, 2).replaceAll('\n', '\n  ');

// Keys that a finding could have: not integer-like (those an object lists first, a finding has none).
const key = fc.string({ unit: 'binary', maxLength: 8 }).filter((k) => !/^(0|[1-9]\d*)$/.test(k));
const value = fc.letrec((tie) => ({
  any: fc.oneof(
    { depthSize: 'small' },
    fc.string({ unit: 'binary' }),
    fc.string({ unit: fc.constantFrom('"', '\\', '\n', '\u0000', 'ก', '😀', '{', '[', ',', ':', '}', ']') }),
    fc.integer(),
    fc.double({ noNaN: true }),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('any'), { maxLength: 4 }),
    fc.dictionary(key, tie('any'), { maxKeys: 4 }),
  ),
})).any;
const finding = fc.dictionary(key, value, { minKeys: 1, maxKeys: 6 });

describe('findings written from their JSON lines', () => {
  it("are JSON.stringify(result, null, 2)'s findings list, for any values", () => {
    fc.assert(
      fc.property(fc.array(fc.array(finding, { minLength: 1, maxLength: 4 }), { maxLength: 5 }), (groups) => {
        expect(text(findingsArray(linesOf(groups)))).toBe(atDepth1(groups.flat()));
      }),
      { numRuns: 300 },
    );
  });

  it("are the JSON Lines report's finding lines, for any values", () => {
    fc.assert(
      fc.property(fc.array(fc.array(finding, { minLength: 1, maxLength: 4 }), { maxLength: 5 }), (groups) => {
        const expected = groups
          .flat()
          .map((f) => `${JSON.stringify({ type: 'finding', ...f })}\n`)
          .join('');
        expect(text(findingLines(linesOf(groups)))).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('are cut into pieces of about 64 KB, and a finding larger than a piece is whole', () => {
    const big = { message: 'ก'.repeat(200_000), evidence: [{ file: 'hours.csv', row: 1 }], params: {} };
    const many = Array.from({ length: 2_000 }, (_, i) => ({
      rule: `r${i}`,
      message: 'x'.repeat(i % 500),
      nested: { list: [i, [], {}] },
    }));
    // Pieces are handed on between employees: 20 employees of 100 findings, one with a huge one.
    const groups: object[][] = Array.from({ length: 20 }, (_, i) => many.slice(100 * i, 100 * i + 100));
    groups.splice(9, 0, [big]);
    const pieces = [...findingsArray(linesOf(groups))];
    expect(pieces.length).toBeGreaterThan(3);
    expect(text(pieces)).toBe(atDepth1(groups.flat()));
    const lines = [...findingLines(linesOf(groups))];
    expect(lines.length).toBeGreaterThan(3);
    expect(text(lines)).toBe(
      groups
        .flat()
        .map((f) => `${JSON.stringify({ type: 'finding', ...f })}\n`)
        .join(''),
    );
  });

  it('write an empty list as JSON.stringify does, and nothing for JSON Lines', () => {
    expect(text(findingsArray([]))).toBe('[]');
    expect(text(findingLines([]))).toBe('');
  });

  it('make the whole JSON and JSON Lines reports of the demo factory', () => {
    const demo = publish(check({ dir: 'examples/demo-factory', asOf: '2025-10-31' }));
    expect(demo.findings.length).toBeGreaterThan(5);
    const outcome = outcomeOf(demo);
    const head = publish(outcome.head);
    expect(text(jsonChunksOfLines(head, outcome.lines()))).toBe(json(demo));
    expect(text(jsonlLinesOfLines(head, outcome.lines()))).toBe(jsonl(demo));
  });
});
