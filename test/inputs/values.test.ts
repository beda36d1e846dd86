import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

// Thai month abbreviations as printed, written out here as an independent oracle.
const SHORT_MONTHS = [
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

import {
  cleanCell,
  dateOrderEvidence,
  monthOfName,
  nationalIdChecksumOk,
  parseDate,
  parseDateTime,
  parseMoney,
  parseNationalId,
  parseNumber,
  parseTime,
  parseYesNo,
} from '../../src/parse/values.js';

// Cell values as Thai files write them (docs/inputs.md, Dates, times, money).

const date = (s: string, o = {}) => parseDate(s, o);

describe('dates', () => {
  it.each([
    ['2025-07-31', '2025-07-31'],
    ['31/07/2025', '2025-07-31'],
    ['31/7/2568', '2025-07-31'],
    ['31-07-2568', '2025-07-31'],
    ['31.07.2568', '2025-07-31'],
    ['2568-07-31', '2025-07-31'],
    ['31 ก.ค. 2568', '2025-07-31'],
    ['31 กค 2568', '2025-07-31'],
    ['31 ก. ค. 2568', '2025-07-31'],
    ['31 กรกฎาคม พ.ศ. 2568', '2025-07-31'],
    ['31 กรกฎาคม 2568', '2025-07-31'],
    ['31 กรกฎา 2568', '2025-07-31'],
    ['๓๑ ก.ค. ๒๕๖๘', '2025-07-31'],
    ['๓๑/๗/๒๕๖๘', '2025-07-31'],
    ['31-Jul-2025', '2025-07-31'],
    ['31 July 2025', '2025-07-31'],
    ['July 31, 2025', '2025-07-31'],
    ['วันที่ 31 ก.ค. 2568', '2025-07-31'],
    ['20250731', '2025-07-31'],
    ['45869', '2025-07-31'],
    ['2025-07-31 00:00:00', '2025-07-31'],
    ['31/07/2568 08:15', '2025-07-31'],
    ["'31/07/2568", '2025-07-31'],
    ['1 ม.ค. 2568', '2025-01-01'],
    ['29 ก.พ. 2567', '2024-02-29'],
  ])('%s is %s', (raw, iso) => expect(date(raw)).toEqual({ ok: true, value: iso }));

  it('every Thai month, full and abbreviated, with and without dots', () => {
    const full = [
      'มกราคม',
      'กุมภาพันธ์',
      'มีนาคม',
      'เมษายน',
      'พฤษภาคม',
      'มิถุนายน',
      'กรกฎาคม',
      'สิงหาคม',
      'กันยายน',
      'ตุลาคม',
      'พฤศจิกายน',
      'ธันวาคม',
    ];
    for (let m = 1; m <= 12; m++) {
      expect(monthOfName(full[m - 1])).toBe(m);
      expect(monthOfName(SHORT_MONTHS[m - 1])).toBe(m);
      expect(monthOfName(SHORT_MONTHS[m - 1].replace(/\./g, ''))).toBe(m);
      const iso = `2025-${String(m).padStart(2, '0')}-01`;
      expect(date(`1 ${SHORT_MONTHS[m - 1]} 2568`)).toEqual({ ok: true, value: iso });
      expect(date(`1 ${full[m - 1]} พ.ศ. 2568`)).toEqual({ ok: true, value: iso });
    }
  });

  it('a two-digit year is an error unless the era is given', () => {
    const r = date('31/7/68');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain('--two-digit-years');
    expect(date('31/7/68', { twoDigitYears: 'be' })).toEqual({ ok: true, value: '2025-07-31' });
    expect(date('31/7/25', { twoDigitYears: 'ce' })).toEqual({ ok: true, value: '2025-07-31' });
    // Birth years in the last century stay there (pivots: B.E. 81-99, C.E. 51-99).
    expect(date('1/1/85', { twoDigitYears: 'ce' })).toEqual({ ok: true, value: '1985-01-01' });
    expect(date('1/1/95', { twoDigitYears: 'be' })).toEqual({ ok: true, value: '1952-01-01' });
    // An explicit era needs no flag.
    expect(date('31 ก.ค. พ.ศ. 68')).toEqual({ ok: true, value: '2025-07-31' });
  });

  it('month-first only when the file says so', () => {
    expect(date('08/04/2025')).toEqual({ ok: true, value: '2025-04-08' });
    expect(date('08/04/2025', { order: 'mdy' })).toEqual({ ok: true, value: '2025-08-04' });
    expect(date('08/13/2025').ok).toBe(false);
    expect(date('13/08/2025', { order: 'mdy' }).ok).toBe(false);
    expect(dateOrderEvidence('13/08/2025')).toBe('dmy');
    expect(dateOrderEvidence('08/13/2025 17:00')).toBe('mdy');
    expect(dateOrderEvidence('08/04/2025')).toBeUndefined();
    expect(dateOrderEvidence('2025-08-13')).toBeUndefined();
  });

  it('date order evidence: cells that open with three digits are told without cleaning, as with it', () => {
    // The reading of every cell through cleaning and the pattern, as before the shortcut.
    const cleaned = (raw: string) => {
      const m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})(?:\D|$)/.exec(cleanCell(raw));
      if (!m) return undefined;
      const [a, b] = [Number(m[1]), Number(m[2])];
      return a > 12 && b <= 12 ? 'dmy' : b > 12 && a <= 12 ? 'mdy' : undefined;
    };
    const piece = fc.constantFrom(
      '0',
      '1',
      '2',
      '3',
      '9',
      '13',
      '/',
      '-',
      '.',
      ' ',
      "'",
      '\u00a0',
      '\u200b',
      '๑',
      '๓',
      'x',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (p) => {
        const raw = p.join('');
        expect(dateOrderEvidence(raw), JSON.stringify(raw)).toBe(cleaned(raw));
      }),
      { numRuns: 5000, seed: 5 },
    );
    expect(dateOrderEvidence('131/08/2025')).toBeUndefined();
    expect(dateOrderEvidence('13/08/2025')).toBe('dmy');
    expect(dateOrderEvidence('๑๓/08/2025')).toBe('dmy');
  });

  it.each([
    '31/02/2568',
    '2025-02-29',
    '32/01/2025',
    '0/1/2025',
    '15/03/2300',
    '15/03/1850',
    '15 มกร 2533',
    'tomorrow',
    '',
    '4587',
  ])('rejects %s', (raw) => expect(date(raw).ok).toBe(false));

  it('round-trips every date through its Thai written forms', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1930-01-01'), max: new Date('2120-12-31'), noInvalidDate: true }),
        (d) => {
          const iso = d.toISOString().slice(0, 10);
          const [y, m, day] = iso.split('-').map(Number);
          const thai = (s: string) => s.replace(/\d/g, (c) => String.fromCharCode(0x0e50 + Number(c)));
          expect(date(`${day} ${SHORT_MONTHS[m - 1]} ${y + 543}`)).toEqual({ ok: true, value: iso });
          expect(date(thai(`${day}/${m}/${y + 543}`))).toEqual({ ok: true, value: iso });
          expect(date(`${m}/${day}/${y}`, { order: 'mdy' })).toEqual({ ok: true, value: iso });
        },
      ),
    );
  });
});

describe('date and time of a punch', () => {
  it.each([
    ['2024-03-04 07:58:12', { date: '2024-03-04', minute: 478, second: 12 }],
    ['04/03/2567 07:58', { date: '2024-03-04', minute: 478, second: 0 }],
    ['2024-01-15T07:45:30+07:00', { date: '2024-01-15', minute: 465, second: 30 }],
    ['2024-01-15T23:45:30Z', { date: '2024-01-16', minute: 405, second: 30 }],
    ['31 ก.ค. 2568 17.30', { date: '2025-07-31', minute: 1050, second: 0 }],
  ])('%s', (raw, value) => expect(parseDateTime(raw)).toEqual({ ok: true, value }));

  it('month-first with AM/PM, as ZKTime exports it', () =>
    expect(parseDateTime('8/13/2025 5:30 PM', { order: 'mdy' })).toEqual({
      ok: true,
      value: { date: '2025-08-13', minute: 1050, second: 0 },
    }));

  it.each(['2024-03-04', '2024-03-04 25:00:00', '2024-03-04 24:00', '31/02/2024 08:00', 'garbage'])(
    'rejects %s',
    (raw) => expect(parseDateTime(raw).ok).toBe(false),
  );
});

describe('times', () => {
  it.each([
    ['8:30', 510],
    ['08:30', 510],
    ['08.30', 510],
    ['8.30 น.', 510],
    ['๘.๓๐ น.', 510],
    ['08.30น', 510],
    ['17:00:00', 1020],
    ['17:00:59', 1020],
    ['5:30 PM', 1050],
    ['12:15 am', 15],
    ['24:00', 1440],
    ['2025-08-04 08:00:00', 480],
  ])('%s is minute %i', (raw, minutes) => expect(parseTime(raw)).toEqual({ ok: true, value: minutes }));

  it.each(['25:00', '08:60', '24:30', '13:00 PM', '8 โมง', '830', ''])('rejects %s', (raw) =>
    expect(parseTime(raw).ok).toBe(false),
  );
});

describe('money', () => {
  it.each([
    ['15000', 1_500_000],
    ['15,000.00', 1_500_000],
    ['15,000.50 บาท', 1_500_050],
    ['฿1,234.5', 123_450],
    ['1,500.-', 150_000],
    ['๑๒,๓๔๕.๖๗', 1_234_567],
    ['THB 400', 40_000],
    ['-', 0],
    ['1,234,567.89', 123_456_789],
  ])('%s is %i satang', (raw, satang) => expect(parseMoney(raw)).toEqual({ ok: true, value: satang }));

  it.each(['-500', '(500.00)', '1.234', '1,23', '20OOO', '=1+1', '99999999999999999999'])(
    'rejects %s',
    (raw) => expect(parseMoney(raw).ok).toBe(false),
  );
});

describe('yes and no', () => {
  it.each(['yes', 'Y', 'true', '1', 'ใช่', 'มี', 'ยินยอม', '✓'])('%s is yes', (s) =>
    expect(parseYesNo(s)).toEqual({ ok: true, value: true }),
  );
  it.each(['no', 'N', 'false', '0', 'ไม่ใช่', 'ไม่มี', 'ไม่ ยินยอม', '-'])('%s is no', (s) =>
    expect(parseYesNo(s)).toEqual({ ok: true, value: false }),
  );
  it('anything else is an error', () => expect(parseYesNo('maybe').ok).toBe(false));
});

describe('numbers', () => {
  it('Thai digits and decimals', () => expect(parseNumber('๗.๕')).toEqual({ ok: true, value: 7.5 }));
  it('no negatives', () => expect(parseNumber('-1').ok).toBe(false));
});

describe('national IDs', () => {
  it('checksum per python-stdnum: 3100600445635 is valid, a changed last digit is not', () => {
    expect(nationalIdChecksumOk('3100600445635')).toBe(true);
    expect(nationalIdChecksumOk('3100600445636')).toBe(false);
  });
  it('IDs starting with 0 (non-Thai registrants) are read; their checksum is only checked', () => {
    expect(parseNationalId('0089912345673')).toEqual({ ok: true, value: '0089912345673' });
    expect(nationalIdChecksumOk('0089912345673')).toBe(true);
  });
  it('dashes, spaces and Thai digits are ignored', () => {
    expect(parseNationalId('3-1006-00445-63-5')).toEqual({ ok: true, value: '3100600445635' });
    expect(parseNationalId('๓ ๑๐๐๖ ๐๐๔๔๕ ๖๓ ๕')).toEqual({ ok: true, value: '3100600445635' });
  });
  it('explains what Excel did to an ID', () => {
    const lost = parseNationalId('89912345673');
    expect(lost.ok).toBe(false);
    const twelve = parseNationalId('089912345673');
    expect(!twelve.ok && twelve.error).toContain('leading 0');
    const sci = parseNationalId('3.1006E+12');
    expect(!sci.ok && sci.error).toContain('scientific notation');
  });
});

describe('no cell parser throws', () => {
  it.each([
    ['date', (s: string) => parseDate(s)],
    ['date month-first', (s: string) => parseDate(s, { order: 'mdy', twoDigitYears: 'be' })],
    ['date-time', (s: string) => parseDateTime(s)],
    ['national id', parseNationalId],
    ['number', parseNumber],
  ] as const)('%s', (_n, p) => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[0-9๐-๙/.: -กขคพศ]{0,20}$/)), (s) => {
        const r = p(s);
        expect(typeof r.ok).toBe('boolean');
        if (!r.ok) expect(r.error.length).toBeGreaterThan(0);
      }),
    );
  });
});
