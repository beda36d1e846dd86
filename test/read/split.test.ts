import { type InfoRecord, parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvSplitter, type SplitError, splitAll } from '../../src/read/split.js';

// Our splitter against csv-parse with the readers' options: the same records, the same line
// numbers, and the same first malformed record, on generated text cut into any pieces.

type Out = { records: [string[], number][]; error?: SplitError };

const ERRORS: Record<string, SplitError> = {
  CSV_QUOTE_NOT_CLOSED: 'not closed',
  INVALID_OPENING_QUOTE: 'opening',
  CSV_INVALID_CLOSING_QUOTE: 'after closing',
};

function csvParse(text: string, delimiter: string): Out {
  const records: Out['records'] = [];
  try {
    parse(text, {
      delimiter,
      relax_column_count: true,
      skip_empty_lines: true,
      on_record: (r: unknown, ctx: InfoRecord) => {
        records.push([r as string[], ctx.lines]);
        return null;
      },
    });
    return { records };
  } catch (e) {
    const code = (e as { code?: string }).code ?? String(e);
    return { records, error: ERRORS[code] ?? (code as SplitError) };
  }
}

/**
 * How records of plain cells are taken: as strings only, as places in the text (checked plain:
 * no quote, no line break), or offered as places and refused (the splitter then hands them on as
 * strings).
 */
type Spans = 'none' | 'take' | 'refuse';

function ours(text: string, delimiter: string, cuts: number[] = [], spans: Spans = 'none'): Out {
  const records: Out['records'] = [];
  const take = (cells: string[], line: number, breaks: number) => {
    // The reader counts a row's lines back only when the splitter says its cells hold a break.
    expect(breaks).toBe(cells.join('').replace(/[^\r\n]/g, '').length);
    records.push([[...cells], line]);
  };
  const takeSpans =
    spans === 'none'
      ? undefined
      : (s: string, places: Int32Array, count: number, line: number) => {
          if (spans === 'refuse') return false;
          const cells: string[] = [];
          for (let i = 0; i < count; i++) cells.push(s.slice(places[2 * i], places[2 * i + 1]));
          expect(cells.join('')).not.toMatch(/["\r\n]/);
          records.push([cells, line]);
          return true;
        };
  if (cuts.length === 0) {
    const error = splitAll(text, delimiter, take, takeSpans);
    return error === undefined ? { records } : { records, error };
  }
  const s = new CsvSplitter(delimiter, take, takeSpans);
  let from = 0;
  for (const c of [...cuts].sort((a, b) => a - b)) {
    s.push(text.slice(from, Math.max(from, c)));
    from = Math.max(from, c);
  }
  s.push(text.slice(from));
  s.end();
  return s.error === undefined ? { records } : { records, error: s.error };
}

/** Every way of taking records gives what csv-parse gives. */
function expectAllWays(text: string, d: string, cuts: number[], expected: Out): void {
  for (const spans of ['none', 'take', 'refuse'] as const) {
    expect(ours(text, d, [], spans), spans).toEqual(expected);
    expect(ours(text, d, cuts, spans), spans).toEqual(expected);
  }
}

const DELIMITERS = [',', ';', '\t', '|'];
const token = fc.constantFrom(
  'a',
  'ok',
  '12:00',
  'ก',
  'พนักงาน',
  '😀',
  ' ',
  '"',
  '""',
  ',',
  ';',
  '\t',
  '|',
  '\r',
  '\n',
  '\r\n',
  '\uFEFF',
  '\u0000',
);
const looseText = fc.array(token, { maxLength: 40 }).map((t) => t.join(''));

const cell = fc.oneof(
  fc.array(fc.constantFrom('a', 'ก', '1', ' ', '-', '😀'), { maxLength: 6 }).map((t) => t.join('')),
  fc
    .array(fc.constantFrom('a', 'ก', '"', ',', ';', '\t', '\n', '\r\n', '\r', ' '), { maxLength: 6 })
    .map((t) => `"${t.join('').replaceAll('"', '""')}"`),
);
const wellFormed = fc
  .record({
    rows: fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { maxLength: 8 }),
    ending: fc.constantFrom('\n', '\r\n', '\r'),
    last: fc.boolean(),
    blank: fc.array(fc.nat(8), { maxLength: 3 }),
  })
  .map(({ rows, ending, last, blank }) => ({ rows, ending, last, blank }));

function textOf(w: { rows: string[][]; ending: string; last: boolean; blank: number[] }, d: string): string {
  const lines = w.rows.map((r) => r.join(d));
  for (const b of w.blank) lines.splice(Math.min(b, lines.length), 0, '');
  return lines.join(w.ending) + (w.last ? w.ending : '');
}

describe('the splitter reads as csv-parse does', () => {
  it('on any text made of CSV-significant pieces, whole and cut into pieces', () => {
    fc.assert(
      fc.property(
        looseText,
        fc.constantFrom(...DELIMITERS),
        fc.array(fc.nat(60), { maxLength: 6 }),
        (text, d, cuts) => {
          expectAllWays(text, d, cuts, csvParse(text, d));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('on well-formed files with quoted cells, ragged rows, blank lines and any line ending', () => {
    fc.assert(
      fc.property(
        wellFormed,
        fc.constantFrom(...DELIMITERS),
        fc.array(fc.nat(200), { maxLength: 8 }),
        (w, d, cuts) => {
          const text = textOf(w, d);
          const expected = csvParse(text, d);
          expect(expected.error).toBeUndefined();
          expectAllWays(text, d, cuts, expected);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('cut after every character', () => {
    fc.assert(
      fc.property(looseText, fc.constantFrom(...DELIMITERS), (text, d) => {
        const cuts = [...Array(text.length).keys()];
        const expected = csvParse(text, d);
        expect(ours(text, d, cuts)).toEqual(expected);
        expect(ours(text, d, cuts, 'take')).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  // Files of many plain lines (the lines the splitter ends by searching for the next LF once the
  // ending is known), with now and then a quote, a lone CR or LF, another ending or a blank line.
  const plainLine = fc.array(fc.constantFrom('E1', '2025-01-06', '08:00', '0', 'work', 'ก', '😀', ' ', ''), {
    minLength: 1,
    maxLength: 6,
  });
  const odd = fc.constantFrom('"', '""', '"x"', '\r', '\n', '\r\n', '\uFEFF', '');
  const plainFile = fc.record({
    lines: fc.array(fc.tuple(plainLine, fc.nat(12), odd), { minLength: 1, maxLength: 30 }),
    ending: fc.constantFrom('\n', '\r\n', '\r'),
    last: fc.boolean(),
  });
  type PlainFile = { lines: [string[], number, string][]; ending: string; last: boolean };
  const plainText = (f: PlainFile, d: string) =>
    f.lines
      .map(([cells, at, o]) => {
        // Most lines stay plain: the odd piece goes at either end of one cell in one line of three.
        if (at % 3 !== 0) return cells.join(d);
        const k = at % cells.length;
        return cells.map((c, i) => (i !== k ? c : at % 2 ? c + o : o + c)).join(d);
      })
      .join(f.ending) + (f.last ? f.ending : '');

  it('on many plain lines with now and then a quote, a CR, an LF or a blank line, cut anywhere', () => {
    fc.assert(
      fc.property(
        plainFile,
        fc.constantFrom(...DELIMITERS),
        fc.array(fc.nat(400), { maxLength: 8 }),
        (f, d, cuts) => {
          const text = plainText(f, d);
          expectAllWays(text, d, cuts, csvParse(text, d));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('on plain lines cut after every character', () => {
    fc.assert(
      fc.property(plainFile, fc.constantFrom(...DELIMITERS), (f, d) => {
        const text = plainText(f, d);
        const expected = csvParse(text, d);
        expect(ours(text, d, [...Array(text.length).keys()], 'take')).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  // Lines seen in real exports, each with what csv-parse makes of it.
  const AWKWARD: [string, string, Out][] = [
    [
      'Excel CRLF with a quoted comma',
      'id,name\r\nE1,"Somchai, K."\r\n',
      {
        records: [
          [['id', 'name'], 1],
          [['E1', 'Somchai, K.'], 2],
        ],
      },
    ],
    [
      'a cell over two lines',
      'a,b\n"line 1\nline 2",x\nc,d\n',
      {
        records: [
          [['a', 'b'], 1],
          [['line 1\nline 2', 'x'], 3],
          [['c', 'd'], 4],
        ],
      },
    ],
    ['doubled quotes', '"He said ""OT""",1\n', { records: [[['He said "OT"', '1'], 1]] }],
    [
      'ragged rows and a trailing delimiter',
      'a;b;c\n1;2\n3;4;5;\n',
      {
        records: [
          [['a', 'b', 'c'], 1],
          [['1', '2'], 2],
          [['3', '4', '5', ''], 3],
        ],
      },
    ],
    [
      'blank lines between rows',
      'a,b\n\n\n1,2\n',
      {
        records: [
          [['a', 'b'], 1],
          [['1', '2'], 4],
        ],
      },
    ],
    [
      'a lone CR inside an LF file',
      'a,b\nx\ry,2\n',
      {
        records: [
          [['a', 'b'], 1],
          [['x\ry', '2'], 3],
        ],
      },
    ],
    [
      'old Mac line endings',
      'a,b\r1,2\r',
      {
        records: [
          [['a', 'b'], 1],
          [['1', '2'], 2],
        ],
      },
    ],
    [
      'a quote inside an unquoted cell',
      'a,b\n5" screen,1\nc,d\n',
      {
        records: [[['a', 'b'], 1]],
        error: 'opening',
      },
    ],
    ['text after a closing quote', 'a,b\n"x" y,1\n', { records: [[['a', 'b'], 1]], error: 'after closing' }],
    ['a quote never closed', 'a,b\n"x,1\n2,3\n', { records: [[['a', 'b'], 1]], error: 'not closed' }],
    [
      'a last line ending in a lone CR',
      'a,b\n1,2\r',
      {
        records: [
          [['a', 'b'], 1],
          [['1', '2\r'], 2],
        ],
      },
    ],
    ['Thai text and an empty quoted cell', 'ชื่อ,"",x\n', { records: [[['ชื่อ', '', 'x'], 1]] }],
  ];
  it.each(AWKWARD)('%s', (_name, text, expected) => {
    const d = text.includes(';') && !text.includes(',') ? ';' : ',';
    expect(csvParse(text, d)).toEqual(expected);
    expectAllWays(text, d, [...Array(text.length).keys()], expected);
  });
});

describe('the splitter reads each character a bounded number of times', () => {
  /** Characters String.prototype.indexOf passes over while `run` runs (from where it starts to what it finds). */
  function scanned(run: () => void): number {
    const indexOf = String.prototype.indexOf;
    let n = 0;
    String.prototype.indexOf = function (this: string, search: string, from?: number) {
      const at = indexOf.call(this, search, from);
      n += (at === -1 ? this.length : at) - (from ?? 0);
      return at;
    };
    try {
      run();
    } finally {
      String.prototype.indexOf = indexOf;
    }
    return n;
  }

  // A file whose lines hold no delimiter (one column) must not be searched for one to the end
  // of the text on every line.
  it.each([
    ['one column', (i: number) => `E${i}`],
    ['two columns', (i: number) => `E${i},2025-08-04`],
  ])('%s, LF and CRLF', (_name, line) => {
    for (const ending of ['\n', '\r\n']) {
      const text = `employee_id${ending}${Array.from({ length: 5000 }, (_, i) => line(i)).join(ending)}${ending}`;
      let records = 0;
      const n = scanned(() =>
        splitAll(
          text,
          ',',
          () => records++,
          () => {
            records++;
            return true;
          },
        ),
      );
      expect(records).toBe(5001);
      expect(n).toBeLessThan(8 * text.length);
    }
  });
});
