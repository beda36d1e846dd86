import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { parseTable } from '../../src/parse/ingest.js';
import { looksLikeAttlog, readAttlog } from '../../src/read/attlog.js';
import { parseDelimited, sniffDelimiter } from '../../src/read/csv.js';
import { badCharacter, decode } from '../../src/read/decode.js';
import { gridOfBytes, readTable, tableOfText } from '../../src/read/table.js';
import { tempDir } from '../helpers.js';

// The read stage (docs/inputs.md, Encodings and Time-clock logs): bytes to rows of text cells with their line numbers.

const THAI = 'รหัสพนักงาน,ชื่อ\nA1,สมชาย\n';

describe('encodings', () => {
  it('UTF-8 with and without a BOM', () => {
    expect(decode(new TextEncoder().encode(THAI))).toMatchObject({ text: THAI, encoding: 'utf-8' });
    expect(decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(THAI)]))).toMatchObject({
      text: THAI,
      encoding: 'utf-8-bom',
    });
  });
  it('windows-874 as Thai Excel saves "CSV"', () => {
    expect(decode(iconv.encode(THAI, 'windows-874'))).toMatchObject({ text: THAI, encoding: 'windows-874' });
  });
  it('UTF-16LE with a BOM ("Unicode text") and without one', () => {
    const le = iconv.encode(THAI, 'utf16le');
    expect(decode(Buffer.concat([Buffer.from([0xff, 0xfe]), le]))).toMatchObject({
      text: THAI,
      encoding: 'utf-16le',
    });
    expect(decode(iconv.encode('employee_id\tdate\nA1\t2025-08-04\n', 'utf16le'))).toMatchObject({
      text: 'employee_id\tdate\nA1\t2025-08-04\n',
      encoding: 'utf-16le',
    });
  });
  it('--encoding overrides detection', () => {
    const bytes = new TextEncoder().encode('ก');
    expect(decode(bytes, 'windows-874').encoding).toBe('windows-874');
    expect(decode(bytes, 'windows-874').text).not.toBe('ก');
    expect(decode(bytes, 'tis-620').encoding).toBe('windows-874');
    expect(() => decode(bytes, 'klingon')).toThrow(UserError);
  });
  it('a mostly UTF-8 file with one windows-874 line is read as UTF-8, the foreign line shows U+FFFD', () => {
    const bytes = Buffer.concat([Buffer.from('A1,สมชาย\n'), iconv.encode('A2,มาลี\n', 'windows-874')]);
    const d = decode(bytes);
    expect(d.encoding).toBe('utf-8');
    expect(d.text.split('\n')[0]).toBe('A1,สมชาย');
    expect(d.text.split('\n')[1]).toContain('\ufffd');
    expect(d.notes.join()).toContain('mixed encodings');
  });
  it('flags mis-decoded characters and control characters, not Thai', () => {
    expect(badCharacter('สมชาย ใจดี 15,000.00 บาท\t', 'utf-8')).toBeUndefined();
    expect(badCharacter('x\ufffdy', 'utf-8')).toContain('U+FFFD');
    expect(badCharacter('เธ\u0081', 'windows-874')).toContain('U+0081');
    expect(badCharacter('\uf8c1', 'windows-874')).toContain('U+F8C1');
    expect(badCharacter('a\u0000b', 'utf-8')).toContain('NUL');
  });
});

describe('delimited text', () => {
  it('finds the delimiter from the most consistent count, past title rows', () => {
    expect(sniffDelimiter('Payroll August\nid;name;pay\n1;a;2\n2;b;3\n')).toBe(';');
    expect(sniffDelimiter('a\tb\tc\n1\t2\t3\n')).toBe('\t');
    expect(sniffDelimiter('id,name\n1,"Doe, John"\n2,x\n')).toBe(',');
  });
  it('numbers each record by the line it starts on, across quoted line breaks and CR, LF, CRLF', () => {
    const { rows } = parseDelimited('h1,h2\r\n"a\nb",c\rx,y\n\nz,"q""q"\n', ',');
    expect(rows).toEqual([
      { line: 1, cells: ['h1', 'h2'] },
      { line: 2, cells: ['a\nb', 'c'] },
      { line: 4, cells: ['x', 'y'] },
      { line: 6, cells: ['z', 'q"q'] },
    ]);
  });
  it('an unclosed quote costs its row, and reading resumes on the next line', () => {
    const { rows } = parseDelimited('h1,h2\na,"b\nc,d\n', ',');
    expect(rows[1]).toMatchObject({
      line: 2,
      problem: { cell: 1, reason: 'a quote opened on line 2 is never closed (cell 2 after the quote: "b")' },
    });
    expect(rows[2]).toEqual({ line: 3, cells: ['c', 'd'] });
  });
  it('text after a closing quote is a problem of that cell', () => {
    const { rows } = parseDelimited('"a"b,c\n', ',');
    expect(rows[0].problem).toEqual({
      cell: 0,
      reason: 'text after a closing quote: "b"',
      what: 'text after a closing quote (column 1)',
    });
  });
  it('rows of empty cells are skipped and counted', () => {
    const { rows, blankRows } = parseDelimited('a,b\n,\n , \n\nc,d\n', ',');
    expect(rows.map((r) => r.line)).toEqual([1, 5]);
    expect(blankRows).toBe(2);
  });
});

describe('ZKTeco attendance logs', () => {
  const usb = [
    '        7\t2024-03-04 07:58:12\t1\t0\t1\t0',
    '    HO033\t2024-03-04 14:13:42\t1\t255\t15\t0',
  ].join('\r\n');
  it('are recognised by their lines, not their name', () => {
    expect(looksLikeAttlog(usb)).toBe(true);
    expect(looksLikeAttlog('employee_id,date,start,end\nA1,2025-08-04,08:00,17:00\n')).toBe(false);
    expect(looksLikeAttlog('7,2024-03-04 07:58:12,1,0\n')).toBe(false);
  });
  it('USB download: padded PINs trimmed, device column before the state', () => {
    const log = readAttlog(usb);
    expect(log.variant).toBe('usb');
    expect(log.header).toEqual(['employee_id', 'datetime', 'device', 'state', 'verify', 'workcode']);
    expect(log.rows).toEqual([
      { line: 1, cells: ['7', '2024-03-04 07:58:12', '1', '0', '1', '0'] },
      { line: 2, cells: ['HO033', '2024-03-04 14:13:42', '1', '255', '15', '0'] },
    ]);
  });
  it('push (ADMS) bodies: no device column, so the state comes first', () => {
    const log = readAttlog('7\t2024-03-04 07:58:12\t0\t1\t0\t0\t0\t0\t0\t0\n');
    expect(log.variant).toBe('push');
    expect(log.header.slice(0, 3)).toEqual(['employee_id', 'datetime', 'state']);
  });
  it('a serial-number first line and a checksum last line are noted, garbage lines are rows with a problem', () => {
    const log = readAttlog(`SN12345\n${usb}\nnot a punch at all\n7\t2024-03-04 17:00:00\t1\t1\t1\t0\nFFEE\n`);
    expect(log.notes.join('\n')).toContain('device serial number');
    expect(log.notes.join('\n')).toContain('checksum');
    expect(log.rows.map((r) => r.line)).toEqual([2, 3, 4, 5]);
    expect(log.rows[2].problem?.reason).toContain('not a punch line');
  });
});

describe('files', () => {
  it('a Thai workbook saved as CSV on Thai Windows reads the same as UTF-8', () => {
    const a = gridOfBytes('a.csv', iconv.encode(THAI, 'windows-874'));
    const b = gridOfBytes('b.csv', new TextEncoder().encode(THAI));
    expect(a.rows).toEqual(b.rows);
    expect([a.encoding, b.encoding]).toEqual(['windows-874', 'utf-8']);
  });
  it('refuses what it cannot read, in one line that says what to do', () => {
    const refuse = (bytes: number[] | string) =>
      expect(() =>
        gridOfBytes('x', typeof bytes === 'string' ? Buffer.from(bytes) : Buffer.from(bytes)),
      ).toThrow(UserError);
    refuse([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]);
    refuse('%PDF-1.4');
    refuse('');
    refuse([0xef, 0xbb, 0xbf]);
    refuse([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]);
  });
  it('marks a cell over 10,000 characters and keeps only its start', () => {
    const g = gridOfBytes('x.csv', Buffer.from(`a,b\n1,${'x'.repeat(20_000)}\n`));
    expect(g.rows[1].problem?.reason).toContain('20000 characters');
    expect(g.rows[1].cells[1].length).toBeLessThan(50);
  });
});

describe("the foundation's table API", () => {
  it('tableOfText takes the first row as the header; parseTable maps it with the header fixed', () => {
    const t = tableOfText(
      'hours.csv',
      'employee_id,date,start,end\nA1,04/08/2568,08.00 น.,17:00\nA2,x,08:00,17:00\n',
    );
    expect(t.header).toEqual(['employee_id', 'date', 'start', 'end']);
    expect(t.rows.map((r) => r.line)).toEqual([2, 3]);
    const p = parseTable(t, 'hours', []);
    expect(p.records).toMatchObject([
      { employee_id: 'A1', date: '2025-08-04', start: 480, end: 1020, row: 2 },
    ]);
    expect(p.rejected.map((r) => [r.row, r.column])).toEqual([[3, 'date']]);
  });
  it('readTable refuses a file with a row it cannot read, naming the line', () => {
    const dir = tempDir({ 'a.csv': 'a,b\n1,"2\n3,4\n' });
    expect(() => readTable(`${dir}/a.csv`)).toThrow(
      /a\.csv:2: not a readable row: a quote opened on line 2 is never closed \(column 2\)$/,
    );
  });
  it('a row that cannot be read says what and where, and its reason quotes the cell (for the rejected row) while `what` quotes nothing', () => {
    const cases: [string, RegExp][] = [
      ['E1,Zzyzx "Tom" Qwertyuiop,1\n', /^a quote inside an unquoted cell \(column 2\)$/],
      ['E1,"Zzyzx Qwertyuiop" Tom,1\n', /^text after a closing quote \(column 2\)$/],
      ['E1,"Zzyzx Qwertyuiop,1\n', /^a quote opened on line 1 is never closed \(column 2\)$/],
    ];
    for (const [text, what] of cases) {
      const p = parseDelimited(text, ',').rows[0]!.problem!;
      expect(p.what).toMatch(what);
      expect(p.reason).toMatch(/Zzyzx|Tom/);
    }
  });
});
