import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseValue } from '../../src/parse/aliases.js';
import { isTotalLabel } from '../../src/parse/footer.js';

// isTotalLabel decides most cells without normalising them (an employee id cannot open a
// totals label). It must say what the plain reading says: the cell normalised, then compared
// with each label as a prefix.
const LABELS = ['รวม', 'ยอดรวม', 'สรุป', 'total', 'grandtotal', 'subtotal', 'sum'].map(normaliseValue);
const plainReading = (cell: string) => {
  const v = normaliseValue(cell);
  return v !== '' && LABELS.some((l) => v.startsWith(l));
};

describe('a totals label is told as by normalising every cell', () => {
  // Pieces that normalisation drops, folds or composes, next to labels and ids.
  const piece = fc.constantFrom(
    ' ',
    '\t',
    '.',
    '_',
    '-',
    '\u00a0',
    '\u2007',
    '\ufeff',
    '\u0301',
    '\u0e48',
    'S',
    's',
    'T',
    'G',
    'E',
    'e',
    '0',
    'Total',
    'TOTAL',
    'Grand Total',
    'sub-total',
    'SUM',
    'รวม',
    'ยอดรวม',
    'สรุป',
    'ร',
    'A001',
    'E00001',
    'สมชาย',
    '\u212a',
    'ſ',
  );
  const cells = fc.oneof(
    fc.array(piece, { maxLength: 6 }).map((p) => p.join('')),
    fc.string({ unit: 'binary', maxLength: 8 }),
    fc.string({ maxLength: 8 }),
  );

  it('on generated cells', () => {
    let labels = 0;
    fc.assert(
      fc.property(cells, (cell) => {
        const expected = plainReading(cell);
        expect(isTotalLabel(cell), JSON.stringify(cell)).toBe(expected);
        if (expected) labels++;
      }),
      { numRuns: 20_000 },
    );
    expect(labels).toBeGreaterThan(500);
  });

  it('on the cells that decide it', () => {
    for (const cell of [
      'E00001',
      ' e1',
      '-T',
      '.total',
      '__Sum 3',
      'Śum',
      'S\u0301um',
      '\u00a0Total',
      '9 คน',
      '',
    ])
      expect(isTotalLabel(cell), JSON.stringify(cell)).toBe(plainReading(cell));
    expect(isTotalLabel('.Total')).toBe(true);
    expect(isTotalLabel('S\u0301um')).toBe(false);
    expect(isTotalLabel('E00001')).toBe(false);
  });
});
