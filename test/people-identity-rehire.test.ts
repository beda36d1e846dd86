import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

// An employer who rehires a worker often gives them a new employee id and keeps the old record
// with its termination date. Same name, same birth date, same national id: the integrity rule
// read that as one worker under two ids at once. Records whose employment spans cannot overlap
// are a rehire; those that can still warn.

const only = ['integrity-identity'];
const HEAD = 'รหัสพนักงาน,ชื่อ-สกุล,เลขประจำตัวประชาชน,วันเกิด,วันที่เริ่มงาน,วันที่ลาออก,จังหวัด,ประเภทค่าจ้าง,อัตราค่าจ้าง';
// A valid 13-digit id (mod-11 check digit).
const NID = '1101700203450';
const warned = (...rows: string[]) =>
  run({ employees: [HEAD, ...rows].join('\n') }, '2025-09-30', only)
    .findings.map((f) => f.employee_id)
    .sort();

describe('integrity-identity: a rehire is not one worker under two ids', () => {
  it('does not warn for an old record ended before the new one began', () => {
    expect(
      warned(
        `E0103,น.ส. มาลี สุขใจ,${NID},07/07/2541,10/01/2562,31/03/2564,Bangkok,daily,331`,
        `E0457,น.ส. มาลี สุขใจ,${NID},07/07/2541,01/06/2567,,Bangkok,daily,400`,
      ),
    ).toEqual([]);
  });

  it('still warns when the two records overlap or their dates are not known', () => {
    expect(
      warned(
        `E0103,น.ส. มาลี สุขใจ,${NID},07/07/2541,10/01/2562,,Bangkok,daily,331`,
        `E0457,น.ส. มาลี สุขใจ,${NID},07/07/2541,01/06/2567,,Bangkok,daily,400`,
      ),
    ).toEqual(['E0103', 'E0103', 'E0457', 'E0457']);
  });
});
