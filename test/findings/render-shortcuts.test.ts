import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { englishPlurals } from '../../src/evaluate/messages.js';
import { thaiHours } from '../../src/findings/reasons.js';

// A message is rendered for every finding, so the plural and Thai-hours passes skip a text that
// cannot change without running their pattern. Skipped or not, the words must be those of the
// pattern run over the whole text.

const PLURAL = new Intl.PluralRules('en');
const patternPlurals = (text: string) =>
  text.replace(
    /\b(\d+(?:\.\d+)?) (day|hour|week|month|employee|finding|row|time|minute|traditional holiday)s\b/g,
    (m, n: string, noun: string) => (PLURAL.select(Number(n)) === 'one' ? `${n} ${noun}` : m),
  );
const patternThaiHours = (v: string) => {
  const m = /^(\d+) h(?: (\d+) min)?$/.exec(v);
  if (!m) return v;
  return m[2] ? `${m[1]} ชม. ${m[2]} นาที` : `${m[1]} ชม.`;
};

// Texts made of the pieces that matter: digits, points, spaces, the nouns, hours as written.
const piece = fc.constantFrom(
  '0',
  '1',
  '2',
  '9',
  '00',
  '01',
  '10',
  '11',
  '.',
  '.0',
  '.5',
  ' ',
  's',
  'x',
  ':',
  ';',
  '-',
  'days',
  'day',
  'hours',
  'weeks',
  'months',
  'employees',
  'findings',
  'rows',
  'times',
  'minutes',
  'traditional holidays',
  ' h',
  ' min',
  'h',
  'min',
  'วัน',
  'E1',
);
const text = fc.array(piece, { maxLength: 12 }).map((p) => p.join(''));

describe('message shortcuts', () => {
  it('plurals: the same text as the pattern over the whole message', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(englishPlurals(t)).toBe(patternPlurals(t));
      }),
      { numRuns: 3000 },
    );
    for (const t of [
      '1.0 days',
      '01 hours',
      '1.00 weeks worked',
      'a 1 rows',
      '10 days',
      '0 days',
      '1.5 days',
    ])
      expect(englishPlurals(t)).toBe(patternPlurals(t));
    expect(englishPlurals('1.0 days and 01 hours')).toBe('1.0 day and 01 hour');
  });

  it('Thai hours: the same words as the pattern for any value', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(thaiHours(t)).toBe(patternThaiHours(t));
      }),
      { numRuns: 3000 },
    );
    expect(thaiHours('16 h')).toBe('16 ชม.');
    expect(thaiHours('2 h 30 min')).toBe('2 ชม. 30 นาที');
    expect(thaiHours('')).toBe('');
    expect(thaiHours('2025-09-01')).toBe('2025-09-01');
  });
});
