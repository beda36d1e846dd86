import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

// s.53 compares the wage_rate column, which an employees export holds as each employee's last
// rate. A woman who left in 2564 at the Bangkok minimum of then (331) is no lower pay than a
// man hired in 2567 at 420; a part-time clerk on 4 hours a day at half a full-time salary is
// paid the same for each hour; an operator in Ubon Ratchathani at its minimum is paid less
// than one in Bangkok for the minimum wage's sake. None of them is a sign of unequal pay.

const only = ['lpa-53-equal-pay'];
const HEAD =
  'รหัสพนักงาน,ชื่อ-สกุล,วันเกิด,วันที่เริ่มงาน,วันที่ลาออก,จังหวัด,ประเภทค่าจ้าง,อัตราค่าจ้าง,ชั่วโมงทำงานต่อวัน,เพศ,ตำแหน่ง';
const employees = (...rows: string[]) => [HEAD, ...rows].join('\n');
const warned = (csv: string) =>
  run({ employees: csv }, '2025-09-30', only)
    .findings.map((f) => f.employee_id)
    .sort();

describe('equal pay (s.53): only rates that say the same thing are compared', () => {
  it('does not compare a rate of someone who left years ago with a current one', () => {
    const csv = employees(
      'E01,น.ส. มาลี สุขใจ,07/07/2541,10/01/2562,31/03/2564,Bangkok,daily,331,8,F,operator',
      'E02,นาย สมชาย ใจดี,02/03/2533,10/01/2567,,Bangkok,daily,420,8,M,operator',
      'E03,นาง สมใจ ใจดี,02/03/2538,10/01/2567,,Bangkok,daily,420,8,F,operator',
    );
    expect(warned(csv)).toEqual([]);
  });

  it('does not compare a current rate with that of someone hired after the as-of date', () => {
    const csv = employees(
      'E01,น.ส. มาลี สุขใจ,07/07/2541,10/01/2562,,Bangkok,daily,400,8,F,operator',
      'E02,นาย สมชาย ใจดี,02/03/2533,01/11/2568,,Bangkok,daily,420,8,M,operator',
    );
    expect(warned(csv)).toEqual([]);
  });

  it('does not compare a part-time salary with a full-time one', () => {
    const csv = employees(
      'E01,น.ส. ปลา ทอง,01/01/2542,10/01/2565,,Bangkok,monthly,7000,4,F,clerk',
      'E02,นาย ปู นา,01/01/2542,10/01/2565,,Bangkok,monthly,14000,8,M,clerk',
    );
    expect(warned(csv)).toEqual([]);
  });

  it('does not compare workplaces of different minimum wages', () => {
    const csv = employees(
      'E01,น.ส. ปลา ทอง,01/01/2542,10/01/2565,,Ubon Ratchathani,daily,360,8,F,operator',
      'E02,นาย ปู นา,01/01/2542,10/01/2565,,Bangkok,daily,400,8,M,operator',
    );
    expect(warned(csv)).toEqual([]);
  });

  it('still warns for the same job, hours, workplace and day', () => {
    const csv = employees(
      'E01,น.ส. มาลี สุขใจ,07/07/2541,10/01/2562,31/12/2568,Bangkok,daily,400,8,F,operator',
      'E02,นาย สมชาย ใจดี,02/03/2533,10/01/2567,,Bangkok,daily,420,8,M,operator',
      'E03,นาง สมใจ ใจดี,02/03/2538,10/01/2567,30/06/2568,Bangkok,daily,380,8,F,operator',
      'E04,นาย ต่อ ใจดี,02/03/2535,10/01/2567,30/06/2568,Bangkok,daily,390,8,M,operator',
    );
    expect(warned(csv)).toEqual(['E01', 'E03']);
  });
});
