import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

// s.30 gives annual leave after a year of uninterrupted service; whether leave of a shorter
// service is owed pro rata on termination (s.67) is not confirmed by the sources. A packer
// dismissed after 120 days was found owed 733.81 baht of "unused leave" (6 x 120 / 365 days at
// 372): a debt the law is not known to make. Undetermined, with the reason; a worker past her
// first year is still owed the year's pro rata.

const employees = [
  'รหัสพนักงาน,ชื่อ-นามสกุล,วันเกิด,จังหวัด,ประเภทค่าจ้าง,อัตราค่าจ้าง,วันเริ่มงาน,วันที่เลิกจ้าง,สาเหตุที่ออก,สิทธิวันหยุดพักผ่อนประจำปี,ใช้วันหยุดพักผ่อนแล้ว',
  'P01,นางสาวมาลี ใจงาม,12/04/2533,กทม.,รายวัน,372,03/03/2568,30/06/2568,เลิกจ้าง,6,0',
  'P02,นายสมชาย ใจดี,01/01/2528,กทม.,รายวัน,372,01/07/2567,30/06/2568,เลิกจ้าง,6,2',
].join('\n');

const payroll = [
  'รหัสพนักงาน,ประจำเดือน,วันที่จ่าย,วันทำงาน,ค่าแรง,ค่าชดเชย,ค่าพักร้อน,ประกันสังคม,รับสุทธิ',
  'P01,มิ.ย. 2568,30/06/2568,25,"9,300.00","11,160.00",-,465.00,"19,995.00"',
  'P02,มิ.ย. 2568,30/06/2568,25,"9,300.00","33,480.00",-,465.00,"42,315.00"',
].join('\n');

describe('unused annual leave (s.67) of a service under a year', () => {
  const r = () => run({ employees, payroll }, '2025-10-31', ['lpa-67-unused-leave']);

  it('reads every row', () => {
    expect(r().rejected).toEqual([]);
  });

  it('owes nothing known after 120 days: undetermined, saying why', () => {
    expect(r().findings.filter((f) => f.employee_id === 'P01')).toEqual([]);
    expect(
      r()
        .undetermined.filter((u) => u.employee_id === 'P01')
        .map((u) => u.reason),
    ).toEqual([
      'terminated 2025-06-30, before 1 year(s) of service from hire_date: s.30 gives annual leave after a year of service, and whether leave of a shorter service is owed on termination (s.67) is not confirmed (the employer may have granted it)',
    ]);
  });

  it('owes the year’s pro rata after a year: 6 x 181 / 365 - 2 days at 372', () => {
    // Hired 1 Jul 2024: a year of service on 30 Jun 2025. 2.9753 - 2 = 0.9753 days x 372 = 362.83.
    expect(r().findings.map((f) => [f.employee_id, f.owed_satang])).toEqual([['P02', 36283]]);
  });
});
