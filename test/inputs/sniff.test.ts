import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { parseGrid } from '../../src/parse/ingest.js';
import { readHtmlTable } from '../../src/read/html.js';
import { needsWholeFile } from '../../src/read/sniff.js';
import { gridOfBytes } from '../../src/read/table.js';
import { cli, tempDir } from '../helpers.js';

// Files are known by their first bytes, not their names: HTML tables saved as .xls are read;
// PDFs, images, ZIPs that are not workbooks, old binary .xls and HTML without a table are
// named in one line.

/** A ZIP holding stored (uncompressed) entries, enough for the sniffer to read their names. */
function zip(entries: Record<string, string>): Buffer {
  const parts: Buffer[] = [];
  for (const [name, text] of Object.entries(entries)) {
    const data = Buffer.from(text);
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt32LE(data.length, 18);
    head.writeUInt32LE(data.length, 22);
    head.writeUInt16LE(Buffer.byteLength(name), 26);
    parts.push(head, Buffer.from(name), data);
  }
  return Buffer.concat(parts);
}

const refused = (name: string, bytes: Buffer) => {
  try {
    gridOfBytes(name, bytes);
    return 'read';
  } catch (e) {
    return (e as Error).message;
  }
};

describe('what a file is, from its first bytes', () => {
  it.each([
    [
      'report.pdf.csv',
      Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'),
      'report.pdf.csv: a PDF: export the data as CSV or .xlsx instead',
    ],
    [
      'scan.csv',
      Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]),
      'scan.csv: a JPEG image, not a data file: export the data as CSV or .xlsx',
    ],
    [
      'shot.xlsx',
      Buffer.from('GIF89a\x01\x00'),
      'shot.xlsx: a GIF image, not a data file: export the data as CSV or .xlsx',
    ],
    [
      'pay.xls',
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      'pay.xls: an old binary Excel .xls (or other OLE) file: save it as .xlsx or CSV UTF-8 and give that',
    ],
    [
      'pay.xlsx',
      zip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' }),
      'pay.xlsx: a Word document (.docx): export the table as .xlsx or CSV',
    ],
    [
      'pay.xlsx',
      zip({ 'payroll.csv': 'a,b\n1,2\n', 'hours.csv': 'a\n' }),
      'pay.xlsx: a ZIP archive (2 entries), not an .xlsx workbook: unpack it and give the file inside',
    ],
    [
      'page.xls',
      Buffer.from('<!DOCTYPE html><html><body><p>Session expired</p></body></html>'),
      'page.xls: an HTML page without a table: export the data as CSV or .xlsx',
    ],
    [
      'book.xls',
      Buffer.from(
        '<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet/></Workbook>',
      ),
      'book.xls: an Excel 2003 XML spreadsheet: save it as .xlsx or CSV UTF-8 and give that',
    ],
  ])('%s: named in one line, with what to export instead', (name, bytes, message) => {
    expect(refused(name, bytes)).toBe(message);
  });

  it('only plain delimited text goes to the streaming reader', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<html><table>', 'utf16le')]);
    expect(
      [
        Buffer.from('employee_id,date,start,end\n'),
        Buffer.from('\ufeff  <html><table>'),
        utf16,
        Buffer.from('%PDF-1.4'),
        zip({ 'xl/workbook.xml': '<workbook/>' }),
      ].map(needsWholeFile),
    ).toEqual([false, true, true, true, true]);
  });

  it('a folder may give its files as .xls or .html: an HTML table is read, a binary .xls named', () => {
    const hik = join(import.meta.dirname, '..', 'fixtures', 'field', 'hik-report');
    const dir = tempDir({
      'hours.xls': readFileSync(join(hik, 'AttendanceRecord.xls')),
      'employees.csv': readFileSync(join(hik, 'employees.csv')),
      'payroll.xls': Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    });
    const r = cli(['validate', dir]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('Hikvision attendance export (HTML table), header on line 5');
    expect(r.stdout).toContain(
      'payroll.xls: an old binary Excel .xls (or other OLE) file: save it as .xlsx or CSV UTF-8',
    );
  });

  it('a PDF named .csv through the CLI: one line on stderr, exit 2', () => {
    const dir = tempDir({ 'hours.csv': Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\n') });
    const r = cli(['check', '--hours', `${dir}/hours.csv`]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringContaining('hours.csv: a PDF')]);
  });
});

describe('HTML tables saved as .xls', () => {
  const page = `<html><head><title>x</title><style>td{color:red}</style></head><body>
    <h2>Attendance Record Report</h2><p>Time Range: 2025/08/04 - 2025/08/05</p>
    <table><tr><td>logo</td></tr></table>
    <table border=1>
      <tr><th colspan=2>Person</th><th rowspan=2>Time</th><th rowspan=2>Attendance Status</th></tr>
      <tr><th>Person ID<th>Name</tr>
      <tr><td rowspan=2>'0012<td rowspan=2>Somchai<br>J.<td>04/08/2025 07:55<td>Check-in
      <tr><td>04/08/2025 17:02</td><td>Check-out</td></tr>
    </table><p>Printed by HikCentral</p></body></html>`;

  it('the largest table, with the text above it as title rows; rowspans repeat down, colspans leave their columns empty', () => {
    const t = readHtmlTable(page);
    expect(t.rows.map((r) => [r.line, r.cells])).toEqual([
      [1, ['Attendance Record Report']],
      [2, ['Time Range: 2025/08/04 - 2025/08/05']],
      [3, ['logo']],
      [4, ['Person', '', 'Time', 'Attendance Status']],
      [5, ['Person ID', 'Name', 'Time', 'Attendance Status']],
      [6, ["'0012", 'Somchai J.', '04/08/2025 07:55', 'Check-in']],
      [7, ["'0012", 'Somchai J.', '04/08/2025 17:02', 'Check-out']],
    ]);
    expect(t.notes).toEqual([
      'an HTML table (the largest of 2), rows numbered as a spreadsheet program shows them',
      '1 block of text or tables after the data table ignored',
    ]);
  });

  it('maps as a clock export under its title rows, UTF-16 with a BOM as Excel saves a web page', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(page, 'utf16le')]);
    const g = gridOfBytes('AttendanceRecord.xls', bytes);
    expect([g.layout, g.encoding]).toEqual(['html', 'utf-16le']);
    const p = parseGrid(g, 'hours', []);
    expect(p.layout.headerLine).toBe(5);
    expect(p.records).toMatchObject([{ employee_id: '0012', date: '2025-08-04', start: 475, end: 1022 }]);
    expect(p.stats).toMatchObject({ rows_read: 2, rows_used: 2, rows_rejected: 0 });
  });
});

describe('HTML and clock logs: any text in, rows or one user error out', () => {
  const outcome = (name: string, text: string) => {
    try {
      const p = parseGrid(gridOfBytes(name, Buffer.from(text)), 'hours', []);
      expect(p.stats.rows_read).toBe(p.stats.rows_used + p.stats.rows_rejected);
      expect(p.rejected.every((r) => r.row > 0 && r.reason !== '')).toBe(true);
    } catch (e) {
      expect(e).toBeInstanceOf(UserError);
      expect((e as Error).message).not.toContain('\n');
    }
  };

  it('HTML built from table tags, spans and clock cells', () => {
    const piece = fc.constantFrom(
      '<table>',
      '</table>',
      '<tr>',
      '<td>',
      '</td>',
      '<th colspan=2>',
      '<td rowspan=3>',
      '<td rowspan=99999>',
      'Person ID',
      'Time',
      'Attendance Status',
      '0012',
      '04/08/2025 07:55',
      '2000-01-01 00:00',
      'Check-in',
      'Check-out',
      '-',
      '<br>',
      '<p>title</p>',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (parts) => outcome('a.xls', `<html>${parts.join('')}`)),
      { numRuns: 300 },
    );
  });

  it('ZKTeco lines with NUL runs, impossible dates, resets and any states', () => {
    const line = fc.tuple(
      fc.constantFrom('7', '  12', 'HO033', '\u0000\u0000', ''),
      fc.constantFrom('2025-08-04', '2025-08-05', '2000-01-01', '1971-10-29', '2025-02-30', '1990-01-01'),
      fc.constantFrom('08:00:00', '17:00:00', '-23:-59:-59', '25:61:00', '23:59:59', '00:00:01'),
      fc.constantFrom('0', '1', '2', '3', '4', '5', '255'),
    );
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 40 }), (lines) =>
        outcome(
          '1_attlog.dat',
          lines.map(([pin, d, t, s]) => `${pin}\t${d} ${t}\t1\t${s}\t1\t0`).join('\r\n'),
        ),
      ),
      { numRuns: 300 },
    );
  });
});
