import { UserError } from '../errors.js';

// Bytes to text (docs/inputs.md, Encodings). Thai Excel saves "CSV" in windows-874, "CSV UTF-8" with a
// BOM and "Unicode text" as UTF-16LE with a BOM. Order: BOM, UTF-16 without BOM (NUL bytes
// at every other position), strict UTF-8, else windows-874. Text that decodes but is garbage
// (U+FFFD, C1 controls, the private-use code points windows-874 gives its undefined bytes)
// is found afterwards, cell by cell, by `badCharacter`.

export interface Decoded {
  text: string;
  /** The encoding used: utf-8, utf-8-bom, utf-16le, utf-16be, windows-874, or the override. */
  encoding: string;
  notes: string[];
}

const THAI = /[\u0e00-\u0e7f]/;

export function decode(bytes: Uint8Array, override?: string): Decoded {
  if (override !== undefined) return decodeAs(bytes, override);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom', notes: [] };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', notes: [] };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', notes: [] };
  }
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) {
    return {
      text: new TextDecoder(utf16).decode(bytes),
      encoding: utf16,
      notes: [`read as ${utf16}: the file has no byte-order mark but a NUL byte at every other position`],
    };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', notes: [] };
  } catch {
    // Not valid UTF-8 as a whole. If some lines are valid UTF-8 Thai the file mixes encodings:
    // read it as UTF-8 so that the foreign lines show up as U+FFFD and are rejected one by one.
    if (hasUtf8ThaiLine(bytes)) {
      return {
        text: new TextDecoder('utf-8').decode(bytes),
        encoding: 'utf-8',
        notes: [
          'some lines are not valid UTF-8 while others are: mixed encodings; the lines that are not are rejected',
        ],
      };
    }
    return { text: new TextDecoder('windows-874').decode(bytes), encoding: 'windows-874', notes: [] };
  }
}

/** A decoder for an encoding the user named, or a usage error. */
export function decoderFor(label: string): TextDecoder {
  try {
    return new TextDecoder(label.trim().toLowerCase());
  } catch {
    throw new UserError(
      `--encoding: unknown encoding "${label}" (try utf-8, windows-874, tis-620, utf-16le)`,
    );
  }
}

/** Decodes with an encoding the user named (--encoding), dropping a BOM that matches it. */
function decodeAs(bytes: Uint8Array, label: string): Decoded {
  const decoder = decoderFor(label);
  // TextDecoder drops a BOM of its own encoding by default.
  return {
    text: decoder.decode(bytes),
    encoding: decoder.encoding,
    notes: [`encoding ${decoder.encoding} given by --encoding`],
  };
}

function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return 'utf-16be';
  return undefined;
}

function hasUtf8ThaiLine(bytes: Uint8Array): boolean {
  const strict = new TextDecoder('utf-8', { fatal: true });
  let start = 0;
  while (start < bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    if (end === -1) end = bytes.length;
    const line = bytes.subarray(start, end);
    try {
      if (THAI.test(strict.decode(line))) return true;
    } catch {
      // not UTF-8: try the next line
    }
    start = end + 1;
  }
  return false;
}

// U+FFFD (undecodable), C1 controls U+0080-U+009F (bytes windows-874 leaves undefined, or UTF-8
// read as windows-874), private-use U+E000-U+F8FF (where ICU puts windows-874's undefined
// bytes 0xDB-0xDE, 0xFC-0xFF), and C0 controls other than tab, CR and LF.
function isBad(cp: number): boolean {
  if (cp < 0x20) return cp !== 0x09 && cp !== 0x0a && cp !== 0x0d;
  return cp === 0x7f || (cp >= 0x80 && cp <= 0x9f) || (cp >= 0xe000 && cp <= 0xf8ff) || cp === 0xfffd;
}

/** The first character in `s` that shows mis-decoding or binary data, with a reason. */
export function badCharacter(s: string, encoding: string): string | undefined {
  let cp = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isBad(c)) {
      cp = c;
      break;
    }
  }
  if (cp === -1) return undefined;
  const code = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  if (cp === 0xfffd)
    return `mis-decoded text (${code}): bytes that are not valid ${encoding}; --encoding names the right encoding`;
  if (cp >= 0x80) {
    return `mis-decoded text (${code}): a character that appears when a file is read in the wrong encoding (read as ${encoding}; --encoding names the right one)`;
  }
  return `control character ${code}${cp === 0 ? ' (NUL)' : ''} in the text: binary data or a wrong encoding`;
}
