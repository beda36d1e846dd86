import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoOf, weekday } from '../../src/base/calendar.js';
import { parseGrid, type Warning } from '../../src/parse/ingest.js';
import { dateOrderEvidence, parseDate } from '../../src/parse/values.js';
import { gridOfText } from '../../src/read/table.js';
import { cli, tempFolders } from '../helpers.js';

// Attendance reports write the weekday with the date (วันจันทร์ที่ 4 สิงหาคม 2568, จ. 04/08/2568,
// Mon 04/08/2025, 04/08/2568 (จ)): such dates were rejected ("not a date"), every row of the
// file with them. The weekday is read past, and checked: a date whose weekday is not the one
// written is refused, since one of the two is mistyped and which is unknown. Where both numbers
// of a date could be the month, the weekday tells the file's order.

describe('a date written with its weekday', () => {
  it.each([
    ['จ. 04/08/2568', '2025-08-04'],
    ['จันทร์ 04/08/2568', '2025-08-04'],
    ['วันจันทร์ที่ 4 สิงหาคม 2568', '2025-08-04'],
    ['วันจันทร์ที่ 4 สิงหาคม พ.ศ. 2568', '2025-08-04'],
    ['04/08/2568 (จ)', '2025-08-04'],
    ['04/08/2568 (จ.)', '2025-08-04'],
    ['04/08/2568 จันทร์', '2025-08-04'],
    ['อา. 3/8/2568', '2025-08-03'],
    ['พฤ. 7/8/2568', '2025-08-07'],
    ['วันพฤหัสบดีที่ 7 ส.ค. 2568', '2025-08-07'],
    ['Mon 04/08/2025', '2025-08-04'],
    ['Monday, 4 August 2025', '2025-08-04'],
    ['Sat 1 Mar 2025', '2025-03-01'],
    ['2025-08-04 Mon', '2025-08-04'],
    ['04/08/2025 (Mon.)', '2025-08-04'],
  ])('%s is %s', (cell, iso) => {
    expect(parseDate(cell)).toEqual({ ok: true, value: iso });
  });

  it.each([
    ['04/08/2568 (อ)', 'Monday', 'Tuesday'],
    ['Tue 04/08/2025', 'Monday', 'Tuesday'],
    ['วันเสาร์ที่ 4 สิงหาคม 2568', 'Monday', 'Saturday'],
  ])('%s: refused, the date is a %s and not a %s', (cell, actual, written) => {
    const r = parseDate(cell);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.why?.id).toBe('weekday_not_date');
    expect(r.error).toBe(
      `"${cell}" is not a ${written}: that date is a ${actual}; the date or its weekday is mistyped`,
    );
  });

  it.each(['Monday', 'จ.', 'ส.ค. 2568', 'Mon 31/02/2025'])('%s is still not a date', (cell) => {
    expect(parseDate(cell).ok).toBe(false);
  });

  it('reads any date of 1990-2100 with its weekday in Thai or English, and refuses any other weekday', () => {
    const th = ['จันทร์', 'อังคาร', 'พุธ', 'พฤหัสบดี', 'ศุกร์', 'เสาร์', 'อาทิตย์'];
    const en = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
    fc.assert(
      fc.property(fc.integer({ min: 7305, max: 47482 }), fc.integer({ min: 1, max: 6 }), (n, shift) => {
        const iso = isoOf(n);
        const [y, m, d] = iso.split('-');
        const w = weekday(n);
        const thai = `วัน${th[w]}ที่ ${d}/${m}/${Number(y) + 543}`;
        const english = `${en[w]} ${d}/${m}/${y}`;
        expect(parseDate(thai)).toEqual({ ok: true, value: iso });
        expect(parseDate(english)).toEqual({ ok: true, value: iso });
        const wrong = parseDate(`${en[(w + shift) % 7]} ${d}/${m}/${y}`);
        expect(wrong.ok ? undefined : wrong.why?.id).toBe('weekday_not_date');
      }),
      { numRuns: 500 },
    );
  });
});

describe('the weekday as evidence of a file’s date order', () => {
  it.each([
    ['Tue 04/08/2025', 'mdy'], // 8 April 2025 was a Tuesday; 4 August a Monday
    ['Mon 04/08/2025', 'dmy'],
    ['04/08/2568 (อ)', 'mdy'],
    ['จ. 04/08/2568', 'dmy'],
    ['Mon 13/08/2025', 'dmy'], // the numbers say so already
    ['Fri 04/04/2025', undefined], // either reading is the same day
    ['04/08/2025', undefined],
  ])('%s says %s', (cell, order) => {
    expect(dateOrderEvidence(cell)).toBe(order);
  });

  it('reads a month-first export whose only evidence is its weekdays, and rejects a row whose weekday is wrong', () => {
    const warnings: Warning[] = [];
    const text = [
      'Emp No.,Date,Time In,Time Out',
      'E1,Tue 04/08/2025,08:00,17:00',
      'E1,Wed 04/09/2025,08:00,17:00',
      'E1,Mon 04/09/2025,08:00,17:00',
    ].join('\n');
    const r = parseGrid(gridOfText('hours.csv', text), 'hours', warnings);
    expect(r.layout.dateOrder).toMatch(/month-first/);
    expect((r.records as { date: string }[]).map((s) => s.date)).toEqual(['2025-04-08', '2025-04-09']);
    expect(r.rejected.map((x) => [x.row, x.column, x.value, x.why?.id])).toEqual([
      [4, 'date', 'Mon 04/09/2025', 'weekday_not_date'],
    ]);
  });
});

describe('a weekday column beside the date column', () => {
  it.each([
    ['รหัส,วันที่,วัน,เข้า,ออก', 'E1,04/08/2568,จันทร์,08:00,17:00', 'วัน (also looks like date)'],
    ['รหัส,วัน,วันที่ (วว/ดด/ปปปป),เข้า,ออก', 'E1,จันทร์,04/08/2568,08:00,17:00', 'วัน (also looks like date)'],
    ['Emp No.,Date,Day,Time In,Time Out', 'E1,04/08/2025,Mon,08:00,17:00', 'Day (also looks like date)'],
  ])('%s: the date column is read, the weekday one ignored and said', (header, row, ignored) => {
    // Both วันที่ and วัน are aliases of date: the file was refused ("both map to date").
    const warnings: Warning[] = [];
    const r = parseGrid(gridOfText('hours.csv', `${header}\n${row}`), 'hours', warnings);
    expect((r.records as { date: string }[]).map((x) => x.date)).toEqual(['2025-08-04']);
    expect(r.layout.ignored).toEqual([ignored]);
  });

  it('reads วัน as the date column when it is the only one', () => {
    const r = parseGrid(gridOfText('hours.csv', 'รหัส,วัน,เข้า,ออก\nE1,04/08/2568,08:00,17:00'), 'hours', []);
    expect((r.records as { date: string }[]).map((x) => x.date)).toEqual(['2025-08-04']);
  });
});

describe('under --redact', () => {
  const folder = tempFolders();
  it('a birth date refused for its weekday is not in the report', () => {
    // 12 March 1987 (2530) was a Thursday, not a Monday.
    const dir = folder({
      'employees.csv':
        'employee_id,name,birth_date,province,wage_type,wage_rate\nE1,สมชาย ใจดี,จ. 12/03/2530,Bangkok,daily,400\n',
      'hours.csv': 'employee_id,date,start,end\nE1,2025-08-04,08:00,12:00\n',
    });
    const plain = cli(['check', dir, '--as-of', '2025-09-30', '--format', 'json']);
    expect(plain.stdout).toContain('is not a Monday: that date is a Thursday');
    const r = cli(['check', dir, '--as-of', '2025-09-30', '--format', 'json', '--redact']);
    expect(r.code).toBeLessThan(2);
    expect(r.stdout).toContain('is not a Monday: that date is a Thursday');
    for (const personal of ['12/03/2530', '1987-03-12', '1987', 'สมชาย'])
      expect(r.stdout).not.toContain(personal);
  });
});
