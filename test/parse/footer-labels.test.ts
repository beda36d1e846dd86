import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseValue } from '../../src/parse/aliases.js';
import {
  type FooterState,
  isTotalLabel,
  isWholeTotalLabel,
  splitFooter,
  WHOLE_TOTAL_LABELS,
} from '../../src/parse/footer.js';
import type { RawRow } from '../../src/read/table.js';
import { run } from '../helpers.js';

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

// A whole label: the cell normalised is a label, then at most a colon and a head count.
const WHOLE = WHOLE_TOTAL_LABELS.map(normaliseValue);
const AFTER_LABEL = /^[:：]?(\(?\d+(คน|ราย|persons?|people|employees?)?\)?)?$/;
const plainWhole = (cell: string) => {
  const v = normaliseValue(cell);
  return WHOLE.some((l) => v.startsWith(l) && AFTER_LABEL.test(v.slice(l.length)));
};

describe('a whole totals label: the label alone, not a word that opens with it', () => {
  it.each([
    ['รวม', true],
    [' รวม ', true],
    ['รวมทั้งสิ้น', true],
    ['รวมทั้งสิ้น 3 คน', true],
    ['รวม 3 ราย', true],
    ['ยอดรวม', true],
    ['สรุปยอดรวม', true],
    ['Total', true],
    ['TOTAL:', true],
    ['Grand Total', true],
    ['grand total (12)', true],
    ['Sub-total', true],
    ['Sum', true],
    ['Totals', true],
    // Names, departments and words that only open with a label.
    ['รวมพล', false],
    ['รวมพล ใจดี', false],
    ['นายรวม ใจดี', false],
    ['สรุปผลงาน', false],
    ['ยอดขาย', false],
    ['Total Quality', false],
    ['Summary', false],
    ['Sumalee', false],
    ['Somchai', false],
    ['ฝ่ายผลิต', false],
    ['3', false],
    ['3 คน', false],
    ['', false],
  ])('%j: %s', (cell, expected) => {
    expect(isWholeTotalLabel(cell)).toBe(expected);
    expect(plainWhole(cell)).toBe(expected);
  });

  it('is told as by normalising every cell, on generated cells', () => {
    const piece = fc.constantFrom(
      ' ',
      '.',
      '-',
      ':',
      '(',
      ')',
      '\u00a0',
      '\u0e48',
      'รวม',
      'ทั้งสิ้น',
      'พล',
      'ยอด',
      'สรุป',
      'Total',
      'grand',
      'Sum',
      'mary',
      '3',
      '12',
      'คน',
      'ราย',
      'persons',
      'นาย',
      'E001',
    );
    let labels = 0;
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 5 }), (parts) => {
        const cell = parts.join('');
        const expected = plainWhole(cell);
        expect(isWholeTotalLabel(cell), JSON.stringify(cell)).toBe(expected);
        if (expected) labels++;
      }),
      { numRuns: 20_000, seed: 5 },
    );
    expect(labels).toBeGreaterThan(200);
  });
});

describe('a totals row with a head count in the id column is a totals row', () => {
  // Columns: ลำดับ (no canonical column), รหัสพนักงาน (key), ชื่อ (not mapped in a payroll),
  // งวด, ค่าจ้าง (required). Label cells: before the key, and the unmapped ones.
  const KEY = [1];
  const REQUIRED = [3, 4];
  const LABELS = [0, 2];
  const split = (cells: string[], broken = false, labels = LABELS, key = KEY) => {
    const state: FooterState = { previous: 1, broken, skipped: [] };
    const got = splitFooter(
      [{ line: 2, cells }],
      state,
      key,
      REQUIRED,
      { skipFooter: true, stopAtBlank: false },
      labels,
    );
    return got.skipped.length === 1 ? 'skipped' : 'kept';
  };

  it.each([
    [
      'the label before the id, a head count equal to an employee id',
      ['รวม', '3', '', 'ส.ค. 2568', '31,200'],
      'skipped',
    ],
    ['รวมทั้งสิ้น', ['รวมทั้งสิ้น', '15', '', 'ส.ค. 2568', '31,200'], 'skipped'],
    ['an English label', ['Grand total', '3', '', 'Aug 2025', '31200'], 'skipped'],
    ['a head count with thousands', ['Total:', '1,250', '', 'Aug 2025', '31200'], 'skipped'],
    ['"3 คน" (as before)', ['รวม', '3 คน', '', 'ส.ค. 2568', '31,200'], 'skipped'],
    [
      'the label in the name column, nothing before the id',
      ['', '3', 'รวม', 'ส.ค. 2568', '31,200'],
      'skipped',
    ],
    ['an employee named รวมพล', ['3', '3', 'รวมพล ใจดี', 'ส.ค. 2568', '10,400'], 'kept'],
    ['an employee named รวมพล, nothing before the id', ['', '3', 'รวมพล', 'ส.ค. 2568', '10,400'], 'kept'],
    ['a numbered row whose name is a label word', ['4', '4', 'Sum', 'ส.ค. 2568', '10,400'], 'kept'],
    ['a label before an id that is no number', ['รวม', 'E003', '', 'ส.ค. 2568', '31,200'], 'kept'],
    ['a department that opens with a label', ['รวมการผลิต', '3', '', 'ส.ค. 2568', '10,400'], 'kept'],
    ['a plain employee row', ['1', '1', 'สมชาย', 'ส.ค. 2568', '10,400'], 'kept'],
    [
      'an id that opens with a label word, in the first column',
      ['SUM01', 'SUM01', '', 'Aug 2025', '10400'],
      'kept',
    ],
    ['an id such as Total-2, in the first column', ['Total-2', 'Total-2', '', 'Aug 2025', '10400'], 'kept'],
    ['a label with its count after a space', ['Total 3', 'Total 3', '', 'Aug 2025', '31200'], 'skipped'],
    ['a label alone in the id column', ['Total', 'Total', '', 'Aug 2025', '31200'], 'skipped'],
  ])('%s', (_, cells, expected) => {
    expect(split(cells as string[])).toBe(expected);
  });

  it('a label in a mapped column after the id is not read (a name in an employee list)', () => {
    expect(split(['', '3', 'รวม', 'ส.ค. 2568', '31,200'], false, [0])).toBe('kept');
  });
});

describe('footer rows are split as by reading every row in full', () => {
  // splitFooter keeps most rows on their first cell alone (printable ASCII opening no label,
  // before any blank or totals row): it must split as the full reading of every row does.
  const HEAD_COUNT = /^\d+\s*(คน|ราย|persons?|people|employees?)$/i;
  const COUNT = /^(\d+|\d{1,3}(,\d{3})+)$/;
  const LETTERS_THEN_DIGITS = /^[A-Za-z]{1,12}[-_./]?\d+$/;
  function fullReading(
    rows: RawRow[],
    state: FooterState,
    keyCells: number[],
    requiredCells: number[],
    labelCells: number[],
  ) {
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
      if (isTotalLabel(first) && !LETTERS_THEN_DIGITS.test(first.trim()) && (keyNotAnEmployee || broken)) {
        skipped.push(row);
        broken = true;
        continue;
      }
      const firstKey = Math.min(...keyCells);
      const before = row.cells.slice(0, firstKey);
      const whole =
        before.some(plainWhole) ||
        (before.every((c) => c.trim() === '') &&
          labelCells.some((i) => i > firstKey && plainWhole(row.cells[i] ?? '')));
      if (COUNT.test(key.trim()) && whole) {
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
    '3',
    '12',
    'Sum',
    'รวมพล',
    'นาย ก',
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

  it('on generated rows, ids in the first column or the second, label cells before and after them', () => {
    let footers = 0;
    const labels = fc.constantFrom<number[]>([], [0], [0, 2], [2, 3], [3]);
    fc.assert(
      fc.property(
        rows,
        fc.constantFrom<number[]>([0], [1]),
        labels,
        fc.boolean(),
        (list, keyCells, l, broken) => {
          // Cells before the key are label cells, as grid.ts gives them.
          const labelCells = [
            ...new Set([...(keyCells[0] === 1 ? [0] : []), ...l.filter((i) => i !== keyCells[0])]),
          ];
          const state = { previous: 1, broken, skipped: [] };
          const expected = fullReading(list, { ...state }, keyCells, [2], labelCells);
          const got = splitFooter(
            list,
            state,
            keyCells,
            [2],
            { skipFooter: true, stopAtBlank: false },
            labelCells,
          );
          expect({
            kept: got.rows.map((r) => r.line),
            skipped: got.skipped.map((r) => r.line),
            previous: state.previous,
            broken: state.broken,
          }).toEqual(expected);
          footers += expected.skipped.length;
        },
      ),
      { numRuns: 3000, seed: 11 },
    );
    expect(footers).toBeGreaterThan(300);
  });
});

describe('an employee id that opens with a label word is an employee, read whole', () => {
  it('SUM01 and Total-2 keep their rows; a Total row under them is skipped', () => {
    const r = run(
      {
        employees:
          'employee_id,birth_date,province,wage_type,wage_rate\nSUM01,1990-01-01,Bangkok,daily,400\nTotal-2,1990-01-01,Bangkok,daily,400',
        hours: [
          'employee_id,date,start,end',
          'SUM01,2025-08-04,08:00,17:00',
          'Total-2,2025-08-04,08:00,17:00',
          'Total,,,',
        ].join('\n'),
      },
      '2025-08-31',
    );
    const rows = Object.fromEntries(
      r.inputs.map((i) => [i.kind, [i.rows_used, i.rows_skipped, i.rows_rejected]]),
    );
    expect(rows).toEqual({ employees: [2, 0, 0], hours: [2, 1, 0] });
  });
});
