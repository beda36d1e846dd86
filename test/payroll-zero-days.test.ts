import { describe, expect, it } from 'vitest';
import type { Result } from '../src/findings/result.js';
import { run } from './helpers.js';

// A Thai payroll export with monthly and daily staff in one table prints a days column (วันทำงาน)
// and an OT-hours column (ชั่วโมงโอที) in the accounting format of its amounts: the zero is a
// dash, and monthly staff, whose days nobody counts, get a dash or a 0. The dash refused the
// row (its pay unknown); a 0 beside a salary was read as "paid for 0 days": an
// integrity-two-books sign against every monthly employee with hours, a day's minimum of 0 for
// s.90. Wages paid for 0 days are no count of days: undetermined, with the reason.

const employees = [
  'รหัสพนักงาน,วันเกิด,จังหวัด,ประเภทค่าจ้าง,อัตราค่าจ้าง',
  'P001,12/04/2528,ชลบุรี,รายวัน,400',
  'A001,01/01/2525,ชลบุรี,รายเดือน,25000',
  'A002,01/12/2522,ชลบุรี,รายเดือน,18000',
].join('\n');

const payroll = [
  'รหัสพนักงาน,ชื่อ-นามสกุล,ประจำเดือน,วันที่จ่าย,วันทำงาน,ชั่วโมงโอที,เงินเดือน,ค่าล่วงเวลา,ประกันสังคม,ยอดสุทธิ',
  'P001,นายสมชาย ใจดี,ม.ค. 2568,31/01/2568,27,-,"10,800.00",-,540.00,"10,260.00"',
  'A001,นางสมศรี รักดี,ม.ค. 2568,31/01/2568,0,-,"25,000.00",-,750.00,"24,250.00"',
  'A002,นายวิชัย บุญมี,ม.ค. 2568,31/01/2568,-,-,"18,000.00",-,750.00,"17,250.00"',
].join('\n');

/** January 2025, Monday to Saturday, 08:00-17:00 with an hour's break, for each employee. */
const hours = (() => {
  const rows = ['รหัสพนักงาน,วันที่,เวลาเข้า,เวลาออก,พัก'];
  for (let d = 1; d <= 31; d++) {
    if (new Date(Date.UTC(2025, 0, d)).getUTCDay() === 0) continue;
    const date = `${String(d).padStart(2, '0')}/01/2568`;
    for (const [id, start, end] of [
      ['P001', '08:00', '16:59'],
      ['A001', '08:03', '17:01'],
      ['A002', '08:02', '16:58'],
    ])
      rows.push(`${id},${date},${start},${end},60`);
  }
  return rows.join('\n');
})();

const reasonsOf = (r: Result, rule: string, id: string) =>
  r.undetermined.filter((u) => u.rule === rule && u.employee_id === id).flatMap((u) => u.reasons ?? []);

describe('a payroll whose days column is 0 or a dash for monthly staff', () => {
  it('uses every row: the dash in days and OT hours is 0, as in the amounts', () => {
    const r = run({ employees, payroll }, '2025-03-31');
    expect(r.rejected).toEqual([]);
    expect(r.inputs.find((i) => i.kind === 'payroll')).toMatchObject({ rows_read: 3, rows_used: 3 });
  });

  it('gives no two-books sign for a salary paid "for 0 days", and says why', () => {
    const r = run({ employees, hours, payroll }, '2025-03-31', ['integrity-two-books']);
    expect(r.findings).toEqual([]);
    for (const id of ['A001', 'A002'])
      expect(reasonsOf(r, 'integrity-two-books', id).map((x) => x.id)).toEqual(['days_paid_zero']);
    // The daily worker's 27 days are a count, and match the hours.
    expect(reasonsOf(r, 'integrity-two-books', 'P001')).toEqual([]);
  });

  it('still names a daily worker paid for fewer days than the hours show', () => {
    const short = payroll.replace('ม.ค. 2568,31/01/2568,27,', 'ม.ค. 2568,31/01/2568,20,');
    const r = run({ employees, hours, payroll: short }, '2025-03-31', ['integrity-two-books']);
    expect(r.findings.map((f) => f.employee_id)).toEqual(['P001']);
  });

  it('leaves s.90 without hours undetermined for wages paid for 0 days, not due 0', () => {
    const daily = payroll.replace('ม.ค. 2568,31/01/2568,27,', 'ม.ค. 2568,31/01/2568,-,');
    const r = run({ employees, payroll: daily }, '2025-03-31', ['lpa-90-minimum-wage']);
    expect(r.findings).toEqual([]);
    expect(reasonsOf(r, 'lpa-90-minimum-wage', 'P001').map((x) => x.id)).toEqual(['days_paid_zero']);
  });
});
