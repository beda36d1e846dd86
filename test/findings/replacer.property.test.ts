import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { replacer } from '../../src/findings/redact.js';

// The replacer as it was first written, kept as the oracle: one alternation of every key, longest
// first. The trie-shaped pattern must give exactly its output.
const BEFORE = String.raw`(?<![\p{L}\p{N}\p{M}_]|\p{N}[.,:/-])`;
const AFTER = String.raw`(?![\p{L}\p{N}\p{M}_]|[.,:/-]\p{N})`;
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
function oracle(table: Map<string, string>, flags: string): (s: string) => string {
  if (table.size === 0) return (s) => s;
  const keys = [...table.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const re = new RegExp(`${BEFORE}(?:${keys.map(escapeRe).join('|')})${AFTER}`, flags);
  const folded = flags.includes('i')
    ? new Map([...table].map(([k, v]) => [k.toLocaleLowerCase(), v]))
    : table;
  return (s) =>
    s.replace(re, (m) => (flags.includes('i') ? folded.get(m.toLocaleLowerCase()) : table.get(m)) ?? m);
}

// Latin and Thai letters, digits, combining marks (Thai tone marks, an acute), astral letters,
// letters whose case classes differ from their lower case (ß/ẞ, the Kelvin sign, final sigma,
// dotted and dotless i), the separators of BEFORE and AFTER, regex syntax and lone surrogates.
const ALPHABET = [
  ...'EeAaBb019',
  ...'กขสมชายใจดี',
  '\u0E48',
  '\u0E31',
  '\u0301',
  '𝒜',
  '𝒶',
  '😀',
  '\u{10400}',
  '\u{10428}',
  ...'ßẞKkKςσΣİıIi',
  ...'.,-:/_ ',
  ...'()[]{}*+?$^|\\"',
  '\uD800',
  '\uDC00',
];
const piece = fc.constantFrom(...ALPHABET);
const word = (max: number) => fc.array(piece, { minLength: 0, maxLength: max }).map((cs) => cs.join(''));

/** Keys with prefixes of one another ("E1", "E10") and case variants of one another. */
const keysArb = fc
  .array(word(6), { minLength: 1, maxLength: 8 })
  .chain((base) =>
    fc
      .subarray(
        base.flatMap((k) => [
          k,
          k.slice(0, 1),
          k.slice(0, 2),
          k.slice(0, -1),
          k.toUpperCase(),
          k.toLowerCase(),
          `${k}1`,
          `${k}.`,
        ]),
      )
      .map((extra) => [...new Set([...base, ...extra])]),
  );

/** A text of keys (or their case variants) among other pieces, so that keys touch digits, dots and dashes. */
const textArb = (keys: string[]) =>
  fc
    .array(
      fc.oneof(
        fc.constantFrom(...keys),
        fc.constantFrom(...keys).map((k) => k.toUpperCase()),
        fc.constantFrom(...keys).map((k) => k.toLocaleLowerCase()),
        piece,
      ),
      { maxLength: 12 },
    )
    .map((ps) => ps.join(''));

const tableOf = (keys: string[]) => new Map(keys.map((k, i) => [k, `<${i}>`]));

describe('the token replacer', () => {
  for (const flags of ['gu', 'giu']) {
    it(`gives the output of one alternation of the keys, longest first (${flags})`, () => {
      fc.assert(
        fc.property(
          keysArb.chain((keys) => fc.tuple(fc.constant(keys), fc.array(textArb(keys), { maxLength: 4 }))),
          ([keys, texts]) => {
            const table = tableOf(keys);
            const fast = replacer(table, flags);
            const slow = oracle(table, flags);
            for (const t of texts) expect(fast(t)).toBe(slow(t));
          },
        ),
        { numRuns: 1500 },
      );
    });
  }

  it('replaces whole tokens only, the longest key first, names in any case', () => {
    const ids = replacer(
      new Map([
        ['E1', 'p1'],
        ['E10', 'p10'],
        ['a.b', 'ab'],
      ]),
      'gu',
    );
    expect(ids('E1, E10, E100, E1.5, 2-E1, E1-2, E1-x (E10)')).toBe(
      'p1, p10, E100, E1.5, 2-E1, E1-2, p1-x (p10)',
    );
    expect(ids('a.b a.bc [a.b]')).toBe('ab a.bc [ab]');
    const names = replacer(
      new Map([
        ['สมชาย', 'ส.'],
        ['สมชาย ใจดี', 'ส. จ.'],
        ['Ann', 'A.'],
      ]),
      'giu',
    );
    expect(names('นายสมชาย ใจดี, สมชาย, สมชาย ใจดีมาก')).toBe('นายสมชาย ใจดี, ส., ส. ใจดีมาก');
    expect(names('ANN ann Anna Ann\u0301')).toBe('A. A. Anna Ann\u0301');
  });

  it('takes the 20,000 ids and 20,000 names of the largest run in one pattern each', () => {
    const ids = new Map(Array.from({ length: 20_000 }, (_, i) => [`E${i}`, `p${i}`]));
    const names = new Map(
      Array.from({ length: 20_000 }, (_, i) => [`สมชาย${i.toString(36)} Jaidee${i}`, `n${i}`]),
    );
    const byId = replacer(ids, 'gu');
    const byName = replacer(names, 'giu');
    expect(byId('E1 E19999 E20000 E123')).toBe('p1 p19999 E20000 p123');
    expect(byName('สมชายa JAIDEE10 and สมชายa Jaidee1')).toBe('n10 and สมชายa Jaidee1');
  });
});
