import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { parseGrid, type Warning } from '../../src/parse/ingest.js';
import { FILE_KINDS, type Stretch } from '../../src/parse/records.js';
import { gridOfBytes } from '../../src/read/table.js';
import { readWorkbook } from '../../src/read/xlsx.js';

// Any bytes in: typed rows or located rejections out, never a throw other than a one-line
// UserError for a file that cannot be read at all (style.md, issue 4 "Robustness tests").

const enc = (s: string) => new TextEncoder().encode(s);
const HEADERS = {
  employees: 'employee_id,name,national_id,birth_date,wage_type,wage_rate\n',
  hours: 'employee_id,date,start,end,break_minutes\n',
  payroll: 'employee_id,period_start,period_end,pay_date,base_pay,ot_pay,net_pay\n',
  holidays: 'date,name\n',
} as const;

function readOrRefuse<K extends (typeof FILE_KINDS)[number]>(bytes: Uint8Array, kind: K) {
  try {
    const warnings: Warning[] = [];
    const p = parseGrid(gridOfBytes(`${kind}.csv`, bytes), kind, warnings);
    expect(p.stats.rows_read).toBe(p.stats.rows_used + p.stats.rows_rejected + p.stats.rows_skipped);
    // A stretch from a clock log uses the rows of its punches; any other record one row.
    expect(p.records.reduce((n, r) => n + ((r as Stretch).rows?.length ?? 1), 0)).toBe(p.stats.rows_used);
    for (const r of p.rejected) {
      expect(r.row).toBeGreaterThan(0);
      expect(r.reason.length).toBeGreaterThan(0);
      expect(r.file).toBe(`${kind}.csv`);
    }
    for (const w of warnings) expect(w.message.length).toBeGreaterThan(0);
    return p;
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    expect((e as Error).message).not.toContain('\n');
    return undefined;
  }
}

describe('any bytes', () => {
  it.each(FILE_KINDS)('after a %s header: rows or a one-line error, counts reconcile', (kind) => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        readOrRefuse(new Uint8Array([...enc(HEADERS[kind]), ...bytes]), kind);
      }),
      { numRuns: 300 },
    );
  });

  it('with no header at all', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), fc.constantFrom(...FILE_KINDS), (bytes, kind) => {
        readOrRefuse(bytes, kind);
      }),
      { numRuns: 300 },
    );
  });

  it('text built from the characters that break readers: quotes, delimiters, line ends, NUL, Thai, B.E. dates', () => {
    const piece = fc.constantFrom(
      '"',
      ',',
      ';',
      '\t',
      '\n',
      '\r',
      '\r\n',
      '\u0000',
      '\ufeff',
      'ก',
      '๑',
      '2568',
      '/',
      ':',
      '.',
      ' ',
      'A1',
      '08:00',
      '31/07/2568',
      'บาท',
      '-',
      "'",
      '=',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 120 }), fc.constantFrom(...FILE_KINDS), (parts, kind) => {
        readOrRefuse(enc(HEADERS[kind] + parts.join('')), kind);
        readOrRefuse(iconv.encode(HEADERS[kind] + parts.join(''), 'windows-874'), kind);
      }),
      { numRuns: 400 },
    );
  });

  it('as an .xlsx: a workbook or a one-line error', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => {
        try {
          await readWorkbook('x.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...bytes]));
        } catch (e) {
          expect(e).toBeInstanceOf(UserError);
          expect((e as Error).message).not.toContain('\n');
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('time-clock logs', () => {
  const punch = fc.record({
    pin: fc.constantFrom('1', '2', '03', 'HO033'),
    day: fc.integer({ min: 4, max: 10 }),
    minute: fc.integer({ min: 0, max: 1439 }),
    state: fc.constantFrom('0', '1', '255', '2', '3'),
    device: fc.constantFrom('1', '2'),
  });
  it('every punch line is used in exactly one stretch or rejected where it is', () => {
    fc.assert(
      fc.property(fc.array(punch, { minLength: 1, maxLength: 60 }), fc.boolean(), (punches, garbage) => {
        const lines = punches.map((p) => {
          const hh = String(Math.floor(p.minute / 60)).padStart(2, '0');
          const mm = String(p.minute % 60).padStart(2, '0');
          return `${p.pin.padStart(9, ' ')}\t2025-08-${String(p.day).padStart(2, '0')} ${hh}:${mm}:00\t${p.device}\t${p.state}\t1\t0`;
        });
        if (garbage) lines.splice(1, 0, 'garbage line');
        const p = readOrRefuse(enc(lines.join('\n')), 'hours');
        expect(p).toBeDefined();
        if (!p) return;
        const used = p.records.flatMap((s) => s.rows ?? [s.row]);
        const rejected = p.rejected.map((r) => r.row);
        expect([...used, ...rejected].sort((a, b) => a - b)).toEqual(lines.map((_, i) => i + 1));
        for (const s of p.records) {
          expect(s.end).toBeGreaterThan(s.start);
          expect(s.end - s.start).toBeLessThanOrEqual(16 * 60);
          expect(s.start).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('Thai forms of the same records', () => {
  const THAI_MONTHS = [
    'ม.ค.',
    'ก.พ.',
    'มี.ค.',
    'เม.ย.',
    'พ.ค.',
    'มิ.ย.',
    'ก.ค.',
    'ส.ค.',
    'ก.ย.',
    'ต.ค.',
    'พ.ย.',
    'ธ.ค.',
  ];
  const row = fc.record({
    id: fc.stringMatching(/^[A-Z][0-9]{1,3}$/),
    date: fc.date({ min: new Date('2024-01-01'), max: new Date('2026-12-31'), noInvalidDate: true }),
    start: fc.integer({ min: 0, max: 1439 }),
    end: fc.integer({ min: 0, max: 1439 }),
    form: fc.integer({ min: 0, max: 3 }),
  });
  const hm = (m: number, sep: string) =>
    `${String(Math.floor(m / 60)).padStart(2, '0')}${sep}${String(m % 60).padStart(2, '0')}`;
  it('a windows-874 file with Thai headers, B.E. dates and น. times reads as the canonical file does', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 15 }), (rows) => {
        const canonical = rows.map(
          (r) => `${r.id},${r.date.toISOString().slice(0, 10)},${hm(r.start, ':')},${hm(r.end, ':')}`,
        );
        const thai = rows.map((r) => {
          const [y, m, d] = r.date.toISOString().slice(0, 10).split('-').map(Number);
          const date = [
            `${d}/${m}/${y + 543}`,
            `${d} ${THAI_MONTHS[m - 1]} ${y + 543}`,
            `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y + 543}`,
            `${d} ${THAI_MONTHS[m - 1]} พ.ศ. ${y + 543}`,
          ][r.form];
          return `${r.id},${date},${hm(r.start, '.')} น.,${hm(r.end, '.')}`;
        });
        const a = readOrRefuse(enc(`employee_id,date,start,end\n${canonical.join('\n')}\n`), 'hours');
        const b = readOrRefuse(
          iconv.encode(`รายงานเวลา\nรหัสพนักงาน,วันที่,เวลาเข้า,เวลาออก\n${thai.join('\r\n')}\r\n`, 'windows-874'),
          'hours',
        );
        // The same stretches, each marked as a span from arrival to departure whose break is not
        // recorded (เวลาเข้า, เวลาออก: docs/inputs.md, Spans from first in to last out).
        expect(b?.records.every((s) => s.breaksUnrecorded === true)).toBe(true);
        expect(b?.records.map(({ breaksUnrecorded, ...s }) => ({ ...s, row: s.row - 1 }))).toEqual(
          a?.records,
        );
        expect(b?.rejected.length).toBe(a?.rejected.length);
      }),
      { numRuns: 200 },
    );
  });
});
