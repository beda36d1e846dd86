import { isUtf8 } from 'node:buffer';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type InfoRecord, parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { MALFORMED } from '../../scripts/bench/parsers.js';
import { progress } from '../../src/cli/progress.js';
import { sniffDelimiter } from '../../src/read/csv.js';
import { SpanRow } from '../../src/read/span-row.js';
import { blank, StreamFallback, type StreamHeader, streamTable } from '../../src/read/stream.js';
import { type RawRow, readTable } from '../../src/read/table.js';

// The chunked reader gives what readTable gives (header, rows with line numbers, encoding,
// hash) however the bytes are cut; what only the whole-file reader handles (malformed quotes,
// encodings other than UTF-8, an empty file) it hands back with StreamFallback, and the engine
// then reads the file whole (test/speed/stream.test.ts holds the results equal).

const tmp = mkdtempSync(join(tmpdir(), 'labour-check-read-test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function whole(file: string): unknown {
  try {
    const t = readTable(file);
    return {
      header: t.header,
      headerLine: t.headerLine,
      rows: t.rows,
      encoding: t.encoding,
      sha256: t.sha256,
    };
  } catch (e) {
    return { error: (e as Error).message };
  }
}

/** Rows handed on as places (`spans`) compare as the rows of strings they stand for. */
const asStrings = (r: RawRow): RawRow => (r instanceof SpanRow ? { line: r.line, cells: [...r.cells] } : r);

function chunked(file: string, chunkBytes: number, spans = false): unknown {
  try {
    let h: StreamHeader | undefined;
    const rows: RawRow[] = [];
    const end = streamTable(
      file,
      (x) => {
        h = x;
      },
      (batch) => rows.push(...batch.map(asStrings)),
      { chunkBytes, batchRows: 2, spans },
    );
    return { header: h?.header, headerLine: h?.headerLine, rows, encoding: end.encoding, sha256: end.sha256 };
  } catch (e) {
    return e instanceof StreamFallback ? 'fallback' : { error: (e as Error).message };
  }
}

/** Inputs the stream reader leaves to readTable. */
const FALLBACK = new Set([
  'unclosed quote',
  'quote inside a cell',
  'text after closing quote',
  'windows-874',
  'truncated UTF-8',
  'empty',
]);

const FILES: Record<string, string | Buffer> = {
  ...MALFORMED,
  'windows-874': Buffer.from([...Buffer.from('a,b\n'), 0xca, 0xc1, 0xb4, 0xd5, 0x2c, 0x31, 0x0a]),
  'UTF-16LE with BOM': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a;b\r\nก;1\r\n', 'utf16le')]),
  'UTF-8 split characters': 'a,b\nกขค,😀\n',
  'truncated UTF-8': Buffer.from([...Buffer.from('a,b\n'), 0xe0, 0xb8]),
  'no final newline': 'a\tb\n1\t2',
  'header only': 'a,b',
  empty: ' \n\n',
};

describe('streamTable reads as readTable does', () => {
  it.each(Object.keys(FILES))('%s', (name) => {
    const file = join(tmp, `${name.replace(/\W+/g, '-')}.csv`);
    writeFileSync(file, FILES[name]);
    const expected = FALLBACK.has(name) ? 'fallback' : whole(file);
    for (const n of [1, 2, 3, 7, 1 << 20]) {
      expect(chunked(file, n)).toEqual(expected);
      expect(chunked(file, n, true)).toEqual(expected);
    }
  });

  it('hands rows of plain cells on as places when asked, the others as strings', () => {
    const file = join(tmp, 'places.csv');
    // A BOM, CRLF, Thai text, a quoted cell, a row of blanks and a first cell opening with a space.
    const text =
      '\uFEFFid,name,t\r\nE1,สมชาย,08:00\r\nE2,"K, S",09:00\r\n,,\r\n E3,x,10:00\r\nE4,y,11:00\r\n';
    writeFileSync(file, text);
    for (const n of [1, 5, 1 << 20]) {
      const rows: RawRow[] = [];
      streamTable(
        file,
        () => {},
        (batch) => rows.push(...batch),
        { chunkBytes: n, batchRows: 2, spans: true },
      );
      expect(rows.map((r) => [r.line, r instanceof SpanRow])).toEqual([
        [2, true],
        [3, false],
        [5, false],
        [6, true],
      ]);
      expect(rows.map((r) => r.cells)).toEqual([
        ['E1', 'สมชาย', '08:00'],
        ['E2', 'K, S', '09:00'],
        [' E3', 'x', '10:00'],
        ['E4', 'y', '11:00'],
      ]);
    }
  });
});

describe('progress', () => {
  it('draws nothing when stderr is not a terminal or --quiet is given', async () => {
    for (const quiet of [false, true]) {
      const p = await progress({ quiet });
      expect(p.hooks.onProgress).toBeUndefined();
      p.stop();
    }
  });
});

/** What csv-parse, with the options the stream reader had, reads from a file's text. */
function csvParseRows(text: string): { header?: string[]; headerLine?: number; rows: RawRow[] } {
  const rows: RawRow[] = [];
  let header: string[] | undefined;
  let headerLine: number | undefined;
  parse(text, {
    delimiter: sniffDelimiter(text),
    relax_column_count: true,
    skip_empty_lines: true,
    bom: true,
    on_record: (r: unknown, ctx: InfoRecord) => {
      const cells = r as string[];
      if (cells.every((c) => c.trim() === '')) return null;
      const line = ctx.lines - cells.join('').split('\n').length + 1;
      if (header === undefined) {
        header = cells.map((c) => c.trim());
        headerLine = line;
      } else rows.push({ line, cells });
      return null;
    },
  });
  return { header, headerLine, rows };
}

describe('blank rows', () => {
  it('are the rows whose every cell trims to nothing, with any whitespace trim knows', () => {
    const cells = fc.array(
      fc.constantFrom(
        '',
        ' ',
        '\t',
        '\u00a0',
        '\u3000',
        '\ufeff',
        '\u2028',
        'x',
        ' x',
        '~',
        '\u007f',
        'ก',
        '\u200b',
      ),
      { maxLength: 4 },
    );
    fc.assert(
      fc.property(cells, (row) => {
        expect(blank(row)).toBe(row.every((c) => c.trim() === ''));
      }),
      { numRuns: 2000, seed: 7 },
    );
    expect(blank([])).toBe(true);
    expect(blank(['', ' \u00a0\u3000'])).toBe(true);
    expect(blank(['', '\u200b'])).toBe(false);
    expect(blank(['!'])).toBe(false);
    expect(blank([' ', '~'])).toBe(false);
    expect(blank(['\u007f'])).toBe(false);
  });
});

describe('streamTable reads what csv-parse reads, however the bytes are cut', () => {
  // Cells hold no delimiter but the file's own, so that the sniffed delimiter is the one used.
  const cell = (d: string) =>
    fc.oneof(
      fc.constantFrom('', 'E001', '08:00', 'ก', 'นาย สมชาย', '😀', ' '),
      fc
        .array(fc.constantFrom('a', 'ก', '"', d, '\n', '\r\n', '\r'), { maxLength: 5 })
        .map((t) => `"${t.join('').replaceAll('"', '""')}"`),
    );
  it('on well-formed files: any line ending, quoted cells over lines, ragged rows, a BOM', () => {
    let k = 0;
    fc.assert(
      fc.property(
        fc
          .constantFrom(',', '\t', ';')
          .chain((d) =>
            fc.tuple(
              fc.constant(d),
              fc.array(fc.array(cell(d), { minLength: 1, maxLength: 4 }), { maxLength: 8 }),
            ),
          ),
        fc.constantFrom('\n', '\r\n', '\r'),
        fc.boolean(),
        fc.integer({ min: 1, max: 40 }),
        ([d, rows], ending, bom, chunkBytes) => {
          const text = `id${d}name${ending}${rows.map((r) => r.join(d)).join(ending)}${ending}`;
          const file = join(tmp, `generated-${k++}.csv`);
          writeFileSync(file, bom ? `\uFEFF${text}` : text);
          const expected = csvParseRows(text);
          for (const spans of [false, true]) {
            const got = chunked(file, chunkBytes, spans) as {
              header: string[];
              headerLine: number;
              rows: RawRow[];
            };
            expect({ header: got.header, headerLine: got.headerLine, rows: got.rows }).toEqual(expected);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  // Chunks of ASCII alone are read as bytes, the others through the decoder, which holds a
  // character cut by a chunk's end: whatever the cuts, valid UTF-8 reads as the whole-file
  // reader reads it, and anything else (a stray continuation byte, a windows-874 letter, a
  // character cut off at the end) goes to the whole-file reader.
  it('on bytes that are UTF-8 or nearly: the same text, or the fallback exactly when they are not', () => {
    let k = 0;
    const piece = fc.constantFrom(
      Buffer.from('a'),
      Buffer.from(','),
      Buffer.from('\n'),
      Buffer.from('ก'),
      Buffer.from('😀'),
      Buffer.from([0xa1]), // ก in windows-874
      Buffer.from([0x80]),
      Buffer.from([0xe0, 0xb8]), // ก cut short
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 30 }),
        fc.integer({ min: 1, max: 16 }),
        (pieces, chunkBytes) => {
          const bytes = Buffer.concat([Buffer.from('id,name\nE1,x\n'), ...pieces]);
          const file = join(tmp, `bytes-${k++}.csv`);
          writeFileSync(file, bytes);
          const expected = isUtf8(bytes) ? whole(file) : 'fallback';
          expect(chunked(file, chunkBytes)).toEqual(expected);
          expect(chunked(file, chunkBytes, true)).toEqual(expected);
        },
      ),
      { numRuns: 400, seed: 11 },
    );
  });

  it('a character cut short and then only ASCII to the end: the fallback, wherever the chunks end', () => {
    for (let lead = 0; lead < 16; lead++) {
      const file = join(tmp, `cut-then-ascii-${lead}.csv`);
      const bytes = Buffer.concat([
        Buffer.from(`id,name\nE1,${'x'.repeat(lead)}`),
        Buffer.from([0xe0, 0xb8]),
        Buffer.from('\nE2,y\n'.repeat(8)),
      ]);
      writeFileSync(file, bytes);
      for (let chunkBytes = 1; chunkBytes <= 16; chunkBytes++)
        expect(chunked(file, chunkBytes)).toBe('fallback');
    }
  });

  it('a malformed record: the fallback names it as csv-parse does', () => {
    const file = join(tmp, 'late-quote.csv');
    writeFileSync(file, `a,b\n${'1,2\n'.repeat(50)}3,4" x\n5,6\n`);
    expect(() =>
      streamTable(
        file,
        () => {},
        () => {},
        { chunkBytes: 16 },
      ),
    ).toThrow(/late-quote\.csv near line 52: Invalid Opening Quote: a quote is found on field 1 at line 52/);
  });
});
