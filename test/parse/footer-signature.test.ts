import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, checkData, readDataSet } from '../../src/api.js';
import { publish } from '../../src/findings/redact.js';
import { json } from '../../src/report/json.js';
import { validate } from '../../src/validate.js';
import { pack, run, tempFolders } from '../helpers.js';

// Exports end in signature and printed-by lines, often right under the last row of data with no
// totals row or blank row between (ผู้จัดทำ ........, ลงชื่อ......., Printed by admin). Such a
// trailing block is a footer, skipped and counted; the same line in the middle of the data, or a
// row with a figure where its date or time goes, is read as a row (and rejected where it fails).

const EMPLOYEES = [
  'รหัสพนักงาน,ชื่อ-สกุล,วันเกิด,จังหวัด,ประเภทค่าจ้าง,อัตราค่าจ้าง',
  '1001,นายสมชาย ใจดี,12/03/2530,กรุงเทพมหานคร,รายวัน,400',
  '1002,นางสาวมาลี ศรีสุข,05/11/2538,กรุงเทพมหานคร,รายวัน,400',
  'ลงชื่อ.......................ผู้จัดทำ,,,,,',
].join('\n');

const HOURS_HEAD = 'ลำดับ,รหัสพนักงาน,ชื่อ-สกุล,วันที่,เข้า1,ออก1,เข้า2,ออก2';
const day = (n: number, id: string, name: string, d: string) =>
  `${n},${id},${name},${d},08:00,12:00,13:00,17:00`;
const HOURS_ROWS = [
  day(1, '1001', 'นายสมชาย ใจดี', '01/09/2568'),
  day(2, '1001', 'นายสมชาย ใจดี', '02/09/2568'),
  day(3, '1002', 'นางสาวมาลี ศรีสุข', '01/09/2568'),
  day(4, '1002', 'นางสาวมาลี ศรีสุข', '02/09/2568'),
];

const PAYROLL = [
  'ลำดับ,รหัสพนักงาน,ชื่อ,งวดเริ่ม,งวดสิ้นสุด,วันที่จ่าย,จำนวนวันทำงาน,ค่าจ้าง',
  '1,1001,นายสมชาย ใจดี,01/09/2568,02/09/2568,02/09/2568,2,800',
  '2,1002,นางสาวมาลี ศรีสุข,01/09/2568,02/09/2568,02/09/2568,2,800',
  'ผู้จัดทำ ..................,,,,,ผู้อนุมัติ ..................,,',
  'Printed by admin,,,,,,,',
].join('\n');

const counts = (r: {
  inputs: {
    kind: string;
    rows_read: number;
    rows_used: number;
    rows_rejected: number;
    rows_skipped: number;
  }[];
}) =>
  Object.fromEntries(
    r.inputs.map((i) => [i.kind, [i.rows_read, i.rows_used, i.rows_rejected, i.rows_skipped]]),
  );

describe('signature lines right under the data', () => {
  it('are skipped and counted as footer in employees, hours and payroll, not rejected', () => {
    const hours = [
      HOURS_HEAD,
      ...HOURS_ROWS,
      'Printed by admin,,,,,,,',
      'ผู้ตรวจสอบ ..............,,,,,,,',
    ].join('\n');
    const r = run({ employees: EMPLOYEES, hours, payroll: PAYROLL }, '2025-09-30');
    expect(r.rejected).toEqual([]);
    expect(counts(r)).toEqual({ employees: [3, 2, 0, 1], hours: [6, 4, 0, 2], payroll: [4, 2, 0, 2] });
    expect(r.warnings.map((w) => w.message)).toEqual(
      expect.arrayContaining([
        '1 footer or totals row under the table skipped (line 4)',
        '2 footer or totals rows under the table skipped (lines 6-7)',
        '2 footer or totals rows under the table skipped (lines 4-5)',
      ]),
    );
  });

  it('a trailing row with a figure in its date or time is a row of data, rejected', () => {
    const hours = [HOURS_HEAD, ...HOURS_ROWS, 'Printed by admin,,,03/09/2568,08:00,,,'].join('\n');
    const r = run({ employees: EMPLOYEES, hours }, '2025-09-30');
    expect(counts(r).hours).toEqual([5, 4, 1, 0]);
    expect([...new Set(r.rejected.map((x) => x.row))]).toEqual([6]);
  });

  it('in the middle of the data it is read as a row (and rejected), not skipped', () => {
    const hours = [
      HOURS_HEAD,
      HOURS_ROWS[0],
      HOURS_ROWS[1],
      'ลงชื่อ.......,,,,,,,',
      HOURS_ROWS[2],
      HOURS_ROWS[3],
    ].join('\n');
    const r = run({ employees: EMPLOYEES, hours }, '2025-09-30');
    expect(counts(r).hours).toEqual([5, 4, 1, 0]);
    expect(r.rejected.map((x) => x.row)).toEqual([4]);
  });

  it('a name for an id is an employee: no signature word, no line to sign on', () => {
    const r = run(
      {
        employees:
          'employee_id,name,province,wage_type,wage_rate\nSomchai,Somchai Jaidee,Bangkok,daily,400\nMalee,Malee Srisuk,Bangkok,daily,400',
      },
      '2025-09-30',
    );
    expect(counts(r).employees).toEqual([2, 2, 0, 0]);
  });
});

describe('streamed as read whole', () => {
  const folder = tempFolders();
  it('a trailing block split over batches is skipped; a signature line before more data is read', async () => {
    const hours = [
      HOURS_HEAD.replace('ลำดับ,', 'no,').replace('รหัสพนักงาน', 'employee_id'),
      ...HOURS_ROWS.slice(0, 2),
      'ลงชื่อ.......,,,,,,,',
      ...HOURS_ROWS.slice(2),
      'Printed by admin,,,,,,,',
      'ผู้จัดทำ ..................,,,,,,,',
      'ผู้อนุมัติ ..................,,,,,,,',
    ].join('\n');
    const dir = folder({
      'employees.csv': EMPLOYEES,
      'hours.csv': `${hours}\n`,
      'payroll.csv': `${PAYROLL.replace('ลำดับ,', 'no,')}\n`,
    });
    const whole = checkData(
      readDataSet({
        employees: join(dir, 'employees.csv'),
        hours: join(dir, 'hours.csv'),
        payroll: join(dir, 'payroll.csv'),
      }),
      pack(),
      { asOf: '2025-09-30' },
    );
    expect(counts(whole)).toEqual({ employees: [3, 2, 0, 1], hours: [8, 4, 1, 3], payroll: [4, 2, 0, 2] });
    for (const batchRows of [1, 2, 3, 5]) {
      const paths: string[] = [];
      const streamed = check(
        { dir, asOf: '2025-09-30' },
        { minBytes: 0, batchRows, onPath: (p) => paths.push(p.path === 'memory' ? p.reason : p.path) },
      );
      expect(paths).toEqual(['stream']);
      expect(json(publish(streamed))).toBe(json(publish(whole)));
    }
    const v = await validate([dir], { asOf: '2025-09-30' });
    expect(
      Object.fromEntries(
        v.files.map((f) => [
          f.kind,
          [f.stats!.rows_read, f.stats!.rows_used, f.stats!.rows_rejected, f.stats!.rows_skipped],
        ]),
      ),
    ).toEqual(counts(whole));
  });
});
