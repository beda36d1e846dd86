import { UserError } from '../errors.js';

// What a file is, from its first bytes rather than its name: employers rename files freely
// (HikCentral and iVMS-4200 save HTML tables as .xls, a PDF or a screenshot ends up named
// .csv). Formats we read go on to their reader; the others are named in one line saying what
// to export instead.

export type Sniffed = 'xlsx' | 'text';

const startsWith = (b: Uint8Array, sig: number[], at = 0) => sig.every((x, i) => b[at + i] === x);
const ascii = (b: Uint8Array, from: number, to: number) =>
  Buffer.from(b.subarray(from, Math.min(to, b.length))).toString('latin1');

export const isZip = (b: Uint8Array) => startsWith(b, [0x50, 0x4b, 0x03, 0x04]);

/** Images seen in place of data files (a photo or screenshot of a time sheet). */
function imageKind(b: Uint8Array): string | undefined {
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47])) return 'a PNG image';
  if (startsWith(b, [0xff, 0xd8, 0xff])) return 'a JPEG image';
  if (ascii(b, 0, 4) === 'GIF8') return 'a GIF image';
  if (ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP') return 'a WebP image';
  if (startsWith(b, [0x49, 0x49, 0x2a, 0x00]) || startsWith(b, [0x4d, 0x4d, 0x00, 0x2a]))
    return 'a TIFF image';
  if (ascii(b, 4, 12) === 'ftypheic' || ascii(b, 4, 12) === 'ftypmif1') return 'a HEIC image';
  if (ascii(b, 0, 2) === 'BM' && b.length > 26 && b[14] >= 12 && b[15] === 0 && b[16] === 0)
    return 'a BMP image';
  return undefined;
}

/** Names of the entries in a ZIP's local file headers (stored as text before each entry's data). */
function zipEntries(b: Uint8Array): string[] {
  const names: string[] = [];
  for (let at = 0; at + 30 <= b.length && names.length < 200; ) {
    if (!startsWith(b, [0x50, 0x4b, 0x03, 0x04], at)) break;
    const nameLength = b[at + 26] | (b[at + 27] << 8);
    const extra = b[at + 28] | (b[at + 29] << 8);
    const size = (b[at + 18] | (b[at + 19] << 8) | (b[at + 20] << 16)) + b[at + 21] * 2 ** 24;
    const name = ascii(b, at + 30, at + 30 + nameLength);
    if (nameLength === 0 || at + 30 + nameLength > b.length || !/^[\x20-\x7e]+$/.test(name)) break;
    names.push(name);
    // Entries streamed with a data descriptor give no size here: the names seen so far must do.
    if ((b[at + 6] & 0x08) !== 0 || size === 0) break;
    at += 30 + nameLength + extra + size;
  }
  return names;
}

/** A ZIP that is not an .xlsx workbook, named by what it holds; undefined for a workbook (or a damaged ZIP). */
function zipKind(b: Uint8Array): string | undefined {
  const names = zipEntries(b);
  const text = ascii(b, 0, Math.min(b.length, 1 << 20));
  // Without readable entries (a damaged file) the workbook reader says what is wrong.
  if (names.length === 0 || names.some((n) => n.startsWith('xl/')) || text.includes('xl/workbook'))
    return undefined;
  if (names.includes('mimetype') && text.includes('application/vnd.oasis.opendocument.spreadsheet'))
    return 'an OpenDocument spreadsheet (.ods): save it as .xlsx or CSV UTF-8';
  if (names.some((n) => n.startsWith('word/')) || text.includes('word/document'))
    return 'a Word document (.docx): export the table as .xlsx or CSV';
  if (names.some((n) => n.startsWith('ppt/')))
    return 'a PowerPoint file (.pptx): export the table as .xlsx or CSV';
  if (names[0] === '[Content_Types].xml') return undefined;
  return `a ZIP archive (${names.length}${names.length >= 200 ? ' or more' : ''} entr${names.length > 1 ? 'ies' : 'y'}), not an .xlsx workbook: unpack it and give the file inside`;
}

/**
 * Refuses, in one line, a file that holds no table this tool reads; otherwise says whether it
 * is a workbook (ZIP with xl/ entries) or text to decode.
 */
export function sniffBytes(file: string, b: Uint8Array): Sniffed {
  if (isZip(b)) {
    const other = zipKind(b);
    if (other) throw new UserError(`${file}: ${other}`);
    return 'xlsx';
  }
  if (startsWith(b, [0xd0, 0xcf, 0x11, 0xe0])) {
    throw new UserError(
      `${file}: an old binary Excel .xls (or other OLE) file: save it as .xlsx or CSV UTF-8 and give that`,
    );
  }
  if (startsWith(b, [0x00, 0x01, 0x00, 0x00]) && ascii(b, 4, 19).startsWith('Standard')) {
    throw new UserError(
      `${file}: an Access database (such as ZKTime's att2000.mdb): export the attendance as CSV`,
    );
  }
  if (ascii(b, 0, 5) === '%PDF-' || startsWith(b, [0x25, 0x50, 0x44, 0x46]))
    throw new UserError(`${file}: a PDF: export the data as CSV or .xlsx instead`);
  const image = imageKind(b);
  if (image) throw new UserError(`${file}: ${image}, not a data file: export the data as CSV or .xlsx`);
  return 'text';
}

export type Markup = 'html-table' | 'html' | 'spreadsheet-xml' | 'xml' | undefined;

/** Markup in decoded text: an HTML page (with or without a table), Excel 2003 XML, other XML. */
export function markupOf(text: string): Markup {
  const head = text
    .slice(0, 8192)
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (!head.startsWith('<')) return undefined;
  const lower = head.toLowerCase();
  if (lower.includes('urn:schemas-microsoft-com:office:spreadsheet') && lower.includes('<workbook'))
    return 'spreadsheet-xml';
  const html =
    /^<(!doctype\s+html|html|head|body|meta|table|div|style|title|!--|\?xml[^>]*>\s*<(!doctype\s+html|html))/i;
  if (html.test(head) || /<html[\s>]/i.test(lower)) return /<table[\s>]/i.test(text) ? 'html-table' : 'html';
  if (lower.startsWith('<?xml')) return 'xml';
  return undefined;
}

/** The one line for markup this tool does not read. */
export function refuseMarkup(file: string, m: Markup): void {
  if (m === 'html')
    throw new UserError(`${file}: an HTML page without a table: export the data as CSV or .xlsx`);
  if (m === 'spreadsheet-xml')
    throw new UserError(
      `${file}: an Excel 2003 XML spreadsheet: save it as .xlsx or CSV UTF-8 and give that`,
    );
  if (m === 'xml') throw new UserError(`${file}: an XML file, not a table: export the data as CSV or .xlsx`);
}

/** A file whose first bytes are not plain delimited text: a workbook, markup, PDF, image, OLE. */
export function needsWholeFile(head: Uint8Array): boolean {
  try {
    if (sniffBytes('', head) !== 'text') return true;
  } catch {
    return true;
  }
  const bytes = Buffer.from(head);
  const text =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? bytes.subarray(2).toString('utf16le')
      : bytes.toString('latin1').replace(/^\xef\xbb\xbf/, '');
  return text.trimStart().startsWith('<');
}
