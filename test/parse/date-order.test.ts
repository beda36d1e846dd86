import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decideDateOrder } from '../../src/parse/date-order.js';
import { DateOrderChanged, type DateOrderState, parseTable, type Warning } from '../../src/parse/ingest.js';
import {
  BUDDHIST_YEAR,
  dateCellEvidence,
  EITHER,
  NUMERIC_DATE,
  ONLY_DMY,
  ONLY_MDY,
} from '../../src/parse/values.js';
import { type RawRow, tableOfText } from '../../src/read/table.js';

// Day-first or month-first, per file, on everything its cells say (docs/inputs.md, Dates): a
// date that can only be one order proves it; with no proof, a Buddhist-era year says day-first
// and AM/PM times say month-first (US); with nothing, day-first (the Thai norm) and a warning
// when some date reads either way; a file whose dates prove both is read the way most prove,
// and the dates that prove the other are rejected, located, with the reason.

const rows = (cells: string[][]): RawRow[] => cells.map((c, i) => ({ line: i + 2, cells: c }));
/** One date column (0) and one time column (1). */
const decide = (cells: string[][]) => decideDateOrder(rows(cells), { dates: [0], times: [1] });

describe('the date order decision table', () => {
  it.each([
    {
      name: 'a date whose first number is over 12 proves day-first',
      cells: [['04/08/2025'], ['13/08/2025']],
      order: 'dmy',
      text: /^day-first: 1 date can only be day-first \(the first "13\/08\/2025" on line 3\)$/,
      warning: undefined,
    },
    {
      name: 'a date whose second number is over 12 proves month-first',
      cells: [['08/04/2025'], ['08/13/2025']],
      order: 'mdy',
      text: /^month-first \(US\): 1 date can only be month-first/,
      warning: undefined,
    },
    {
      name: 'AM/PM in the date cell, no date proving either: month-first',
      cells: [['11/03/2025 07:58 AM'], ['11/04/2025 05:01 PM']],
      order: 'mdy',
      text: /^month-first \(US\): no date says which; times written with AM\/PM \("11\/03\/2025 07:58 AM" on line 2\)/,
      warning: undefined,
    },
    {
      name: 'AM/PM in a time column of the same row: month-first',
      cells: [
        ['11/03/2025', '7:58 AM'],
        ['11/04/2025', '5:01 p.m.'],
      ],
      order: 'mdy',
      text: /AM\/PM \("7:58 AM" on line 2\)/,
      warning: undefined,
    },
    {
      name: 'AM/PM does not outweigh a date that proves day-first',
      cells: [['11/03/2025 07:58 AM'], ['13/03/2025 07:58 AM']],
      order: 'dmy',
      text: /^day-first: 1 date can only be day-first/,
      warning: undefined,
    },
    {
      name: 'a Buddhist-era year (a Thai calendar) says day-first before AM/PM does',
      cells: [['04/08/2568 08:00 AM']],
      order: 'dmy',
      text: /^day-first: no date says which; Buddhist-era years/,
      warning: undefined,
    },
    {
      name: 'every date reads either way and nothing else says: day-first, the Thai norm, with a warning',
      cells: [
        ['04/08/2025', '08:00'],
        ['05/08/2025', '17:00'],
      ],
      order: 'dmy',
      text: /^day-first \(the Thai norm\), but no date says which: 2 dates read either way/,
      warning: 'date_order_guessed',
    },
    {
      name: 'dates that read the same either way (08/08/2025) or ISO dates need no decision and no warning',
      cells: [['08/08/2025'], ['2025-08-04']],
      order: 'dmy',
      text: /^day-first \(the Thai norm; no date in the file says otherwise\)$/,
      warning: undefined,
    },
    {
      name: 'a file that contradicts itself: the order most dates prove, and a warning',
      cells: [['08/13/2025'], ['08/14/2025'], ['15/08/2025']],
      order: 'mdy',
      text: /^month-first, though the file contradicts itself: 2 dates can only be month-first .* 1 date can only be day-first .*\(most of them\)/,
      warning: 'date_order_contradicted',
    },
    {
      name: 'as many proofs each way: decided as with no proof (AM/PM here), and a warning',
      cells: [['08/13/2025 05:00 PM'], ['15/08/2025 05:00 PM']],
      order: 'mdy',
      text: /as many each way, so times written with AM\/PM/,
      warning: 'date_order_contradicted',
    },
  ])('$name', ({ cells, order, text, warning }) => {
    const d = decide(cells);
    expect(d.order).toBe(order);
    expect(d.text).toMatch(text);
    expect(d.warning?.why.id).toBe(warning);
  });

  it('a profile`s date order is taken as given', () => {
    const d = decideDateOrder(
      rows([['13/08/2025']]),
      { dates: [0], times: [] },
      { date_order: 'month-first' },
    );
    expect(d).toEqual({ order: 'mdy', text: 'month-first (from the profile)' });
  });
});

describe('a file that contradicts itself, parsed', () => {
  const HEADER = 'employee_id,date,start,end';
  const parse = (dates: string[]) => {
    const warnings: Warning[] = [];
    const text = `${HEADER}\n${dates.map((d) => `E1,${d},08:00,17:00`).join('\n')}\n`;
    return { ...parseTable(tableOfText('hours.csv', text), 'hours', warnings), warnings };
  };

  it('rejects the dates that prove the minority order, located, quoting the line of the majority`s first proof', () => {
    const r = parse(['08/13/2025', '08/14/2025', '15/08/2025', '08/04/2025']);
    expect(r.records.map((s) => s.date)).toEqual(['2025-08-13', '2025-08-14', '2025-08-04']);
    expect(r.rejected.map((x) => [x.row, x.column, x.value, x.why?.id, x.why?.params?.line])).toEqual([
      [4, 'date', '15/08/2025', 'contradicts_mdy', 2],
    ]);
    expect(r.rejected[0].reason).toBe(
      '"15/08/2025" can only be day-first, but this file\'s dates are read month-first, as the date on line 2 can only be: the file contradicts itself, and this date is not guessed',
    );
    expect(r.warnings.map((w) => [w.file, w.row, w.why?.id])).toEqual([
      ['hours.csv', 4, 'date_order_contradicted'],
    ]);
    expect(r.warnings[0].message).toBe(
      'the file contradicts itself: 1 date can only be day-first (the first on line 4) and 2 only month-first (the first on line 2); its dates are read month-first, and the rows of those that can only be day-first are rejected',
    );
  });

  it('a file whose dates all read either way: read day-first and said, never silently', () => {
    const r = parse(['04/08/2025', '05/08/2025']);
    expect(r.records.map((s) => s.date)).toEqual(['2025-08-04', '2025-08-05']);
    expect(r.rejected).toEqual([]);
    expect(r.warnings.map((w) => [w.row, w.why?.id, w.why?.params?.value])).toEqual([
      [2, 'date_order_guessed', '04/08/2025'],
    ]);
    expect(r.layout.dateOrder).toMatch(/^day-first \(the Thai norm\), but no date says which/);
  });

  it('a file read in batches meets AM/PM only after its first batch: read whole, decided on every row', () => {
    const t = tableOfText(
      'hours.csv',
      `employee_id,date,start,end\nE1,11/03/2025,08:00,17:00\nE1,11/04/2025,8:00 AM,5:00 PM\n`,
    );
    const dateOrder: DateOrderState = {};
    const batch = (i: number) =>
      parseTable({ ...t, rows: t.rows.slice(i, i + 1) }, 'hours', [], { dateOrder });
    expect(batch(0).records.map((s) => s.date)).toEqual(['2025-03-11']);
    expect(() => batch(1)).toThrow(DateOrderChanged);
    expect(parseTable(t, 'hours', []).records.map((s) => s.date)).toEqual(['2025-11-03', '2025-11-04']);
  });
});

describe('what one date cell says', () => {
  it.each([
    ['13/08/2025', NUMERIC_DATE | ONLY_DMY],
    ['08/13/2025', NUMERIC_DATE | ONLY_MDY],
    ['04/08/2025', NUMERIC_DATE | EITHER],
    ['08/08/2025', NUMERIC_DATE],
    ['4/8/2568', NUMERIC_DATE | BUDDHIST_YEAR | EITHER],
    ['2025-08-04', 0],
    ['4 ส.ค. 2568', 0],
  ])('%s', (cell, bits) => expect(dateCellEvidence(cell)).toBe(bits));

  it('a plain date is told from its characters as the full reading tells it', () => {
    // A leading space is cleaned away, and takes the cell past the shortcut.
    const part = (max: number) => fc.integer({ min: 0, max }).map(String);
    const cell = fc
      .tuple(
        fc.oneof(
          part(40),
          part(9).map((d) => `0${d}`),
        ),
        fc.constantFrom('/', '.', '-', ':', ' '),
        fc.oneof(
          part(40),
          part(9).map((d) => `0${d}`),
        ),
        fc.constantFrom('/', '.', '-'),
        fc.oneof(part(2600), part(99)),
      )
      .map((p) => p.join(''));
    fc.assert(
      fc.property(cell, (c) => {
        expect(dateCellEvidence(c), c).toBe(dateCellEvidence(` ${c}`));
      }),
      { numRuns: 2000 },
    );
  });
});
