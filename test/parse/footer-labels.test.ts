import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseValue } from '../../src/parse/aliases.js';
import { type FooterState, isTotalLabel, splitFooter } from '../../src/parse/footer.js';
import type { RawRow } from '../../src/read/table.js';

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

describe('footer rows are split as by reading every row in full', () => {
  // splitFooter keeps most rows on their first cell alone (printable ASCII opening no label,
  // before any blank or totals row): it must split as the full reading of every row does.
  const HEAD_COUNT = /^\d+\s*(คน|ราย|persons?|people|employees?)$/i;
  function fullReading(rows: RawRow[], state: FooterState, keyCells: number[], requiredCells: number[]) {
    const kept: RawRow[] = [];
    const skipped: RawRow[] = [];
    let { previous, broken } = state;
    const filled = (row: RawRow, cells: number[]) => cells.some((i) => (row.cells[i] ?? '').trim() !== '');
    for (const row of rows) {
      if (row.line > previous + 1) broken = true;
      previous = row.line;
      if (row.problem) {
        kept.push(row);
        continue;
      }
      const first = row.cells.find((c) => c.trim() !== '') ?? '';
      const key = keyCells.map((i) => row.cells[i] ?? '').find((c) => c.trim() !== '') ?? '';
      const keyNotAnEmployee = key === '' || key.trim() === first.trim() || HEAD_COUNT.test(key.trim());
      if (isTotalLabel(first) && (keyNotAnEmployee || broken)) {
        skipped.push(row);
        broken = true;
        continue;
      }
      if (broken && (key.trim() === '' || (requiredCells.length > 0 && !filled(row, requiredCells)))) {
        skipped.push(row);
        continue;
      }
      kept.push(row);
    }
    return { kept: kept.map((r) => r.line), skipped: skipped.map((r) => r.line), previous, broken };
  }
  const cell = fc.constantFrom(
    '',
    ' ',
    'E001',
    ' E002',
    'Total',
    'total 3',
    'รวม',
    '3 คน',
    '8:00',
    '\u00a0x',
    'sum',
    '~',
  );
  const rows = fc
    .array(fc.tuple(fc.array(cell, { minLength: 0, maxLength: 4 }), fc.integer({ min: 1, max: 2 })), {
      maxLength: 12,
    })
    .map((list) => {
      let line = 1;
      return list.map(([cells, step]): RawRow => {
        line += step;
        return { line, cells };
      });
    });

  it('on generated rows, ids in the first column or the second', () => {
    let footers = 0;
    fc.assert(
      fc.property(rows, fc.constantFrom<number[]>([0], [1]), fc.boolean(), (list, keyCells, broken) => {
        const state = { previous: 1, broken, skipped: [] };
        const expected = fullReading(list, { ...state }, keyCells, [2]);
        const got = splitFooter(list, state, keyCells, [2], { skipFooter: true, stopAtBlank: false });
        expect({
          kept: got.rows.map((r) => r.line),
          skipped: got.skipped.map((r) => r.line),
          previous: state.previous,
          broken: state.broken,
        }).toEqual(expected);
        footers += expected.skipped.length;
      }),
      { numRuns: 3000, seed: 11 },
    );
    expect(footers).toBeGreaterThan(300);
  });
});
