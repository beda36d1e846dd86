import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type * as Api from '../../src/api.js';
import { type CheckHooks, check, checkAsync, checkData, readDataSet, resolveInputs } from '../../src/api.js';
import { publish } from '../../src/findings/redact.js';
import type { Result } from '../../src/findings/result.js';
import { layoutRow } from '../../src/parse/layout-rows.js';
import { monthInTitle } from '../../src/parse/title.js';
import { json } from '../../src/report/json.js';
import { validate } from '../../src/validate.js';
import { cli, pack, ROOT, tempFolders } from '../helpers.js';

// Payroll exports as people save them: employees grouped under department heading rows, an
// Excel template's unused rows of formulas saved as 0, a title that names the month and no
// period column. Rows of the layout are skipped and counted, never rejected (a clean export
// gives a clean run); a row of data without its id is still rejected; the month is the pay
// period only when the title names one month and the file has no period column.

const FIELD = join(import.meta.dirname, '..', 'fixtures', 'field');
const folder = tempFolders();
const TINY: CheckHooks = { minBytes: 0, batchRows: 2, chunkBytes: 47, spillBytes: 120 };

type Counts = [string, number, number, number, number];
const counts = (r: Pick<Result, 'inputs'>): Counts[] =>
  r.inputs.map((i) => [i.kind, i.rows_read, i.rows_used, i.rows_rejected, i.rows_skipped]);
const whole = (dir: string, asOf = '2025-10-31') =>
  checkData(readDataSet(resolveInputs({ dir })), pack(), { asOf });

/** The same result read whole, streamed in tiny batches, and with --jobs 2 (worker threads run dist/). */
async function sameInEveryMode(dir: string, asOf = '2025-10-31'): Promise<Result> {
  const r = whole(dir, asOf);
  for (const i of r.inputs) expect(i.rows_read).toBe(i.rows_used + i.rows_rejected + i.rows_skipped);
  let path = '';
  const streamed = check({ dir, asOf }, { ...TINY, onPath: (p) => (path = p.path) });
  expect(path).toBe('stream');
  expect(json(publish(streamed))).toBe(json(publish(r)));
  const api = (await import(join(ROOT, 'dist', 'src', 'api.js'))) as typeof Api;
  const two = await api.checkAsync({ dir, asOf, jobs: 2 }, { ...TINY, inFlight: 1 });
  expect(JSON.stringify(two)).toBe(JSON.stringify(check({ dir, asOf }, TINY)));
  return r;
}

/** Five weekdays of 08:00-17:00 with an hour's break for each employee: a streamed run needs an hours file. */
function hours(ids: string[]): string {
  const rows = ['employee_id,date,start,end,break_minutes'];
  for (const id of ids) for (let d = 4; d <= 8; d++) rows.push(`${id},2025-08-0${d},08:00,17:00,60`);
  return `${rows.join('\n')}\n`;
}

const EMPLOYEES = [
  'รหัสพนักงาน,ชื่อ-นามสกุล,วันเกิด,จังหวัด,ประเภทค่าจ้าง,อัตราค่าจ้าง',
  'D001,นายสมชาย ใจดี,12/04/2528,กรุงเทพมหานคร,รายเดือน,12000',
  'D002,นางสาวมาลี ศรีสุข,03/11/2535,กรุงเทพมหานคร,รายเดือน,12000',
  'D003,นายประยุทธ มั่นคง,20/01/2533,กรุงเทพมหานคร,รายเดือน,9000',
].join('\n');

const PAY_HEAD = 'ลำดับ,รหัสพนักงาน,ชื่อ-นามสกุล,งวดเริ่ม,งวดสิ้นสุด,วันที่จ่าย,เงินเดือน,ประกันสังคม,รับสุทธิ';
const pay = (n: number, id: string, name: string, baht: string) =>
  `${n},${id},${name},01/08/2568,31/08/2568,31/08/2568,"${baht}",0.00,"${baht}"`;

describe('department heading rows', () => {
  // A Thai payroll grouped by department, its header on the first line (so it streams): the first
  // heading right under the header, the next after the group's subtotal row.
  const grouped = [
    PAY_HEAD,
    'แผนก: ฝ่ายผลิต,,,,,,,,',
    pay(1, 'D001', 'นายสมชาย ใจดี', '12,000.00'),
    pay(2, 'D002', 'นางสาวมาลี ศรีสุข', '12,000.00'),
    'รวมแผนก ฝ่ายผลิต,,,,,,"24,000.00",0.00,"24,000.00"',
    'แผนก: ฝ่ายขาย,,,,,,,,',
    pay(3, 'D003', 'นายประยุทธ มั่นคง', '9,000.00'),
  ];

  it('are skipped and counted, the first as the later ones, whole, streamed and with --jobs 2', async () => {
    const dir = folder({
      'employees.csv': EMPLOYEES,
      'payroll.csv': `${grouped.join('\n')}\n`,
      'hours.csv': hours(['D001', 'D002', 'D003']),
    });
    const r = await sameInEveryMode(dir);
    expect(counts(r)).toContainEqual(['payroll', 6, 3, 0, 3]);
    expect(r.rejected).toEqual([]);
    expect(r.warnings.map((w) => w.message)).toContain(
      '2 heading rows among the rows skipped (lines 2, 6): one cell of text naming a group (a department, a branch), not rows of data',
    );
    // The rows under the headings are read as any others: D003's 9,000 a month is short.
    expect(r.findings.filter((f) => f.rule === 'lpa-90-minimum-wage').map((f) => f.employee_id)).toEqual([
      'D003',
    ]);
  });

  it('validate exits 0 on the clean export of the field corpus (it exited 1 on the first heading)', () => {
    const out = cli(['validate', join(FIELD, 'payroll-department-headings'), '--as-of', '2025-10-31']);
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    expect(out.stdout).toContain(
      '11 read, 4 used, 0 rejected, 7 skipped (not rows of data, or days not worked)',
    );
    expect(out.stdout).toContain('3 heading rows among the rows skipped (lines 4, 8, 11)');
  });

  it('a row of data without its id is still rejected; a name alone is a row, not a heading', () => {
    const dir = folder({
      'employees.csv': EMPLOYEES,
      'payroll.csv': `${[
        ...grouped.slice(0, 4),
        // An employee's pay whose id was left out, an id alone, and a name alone.
        '3,,นายประยุทธ มั่นคง,01/08/2568,31/08/2568,31/08/2568,"9,000.00",0.00,"9,000.00"',
        ',E005,,,,,,,',
        ',,นายประยุทธ มั่นคง,,,,,,',
      ].join('\n')}\n`,
    });
    const r = whole(dir);
    expect(counts(r)).toContainEqual(['payroll', 6, 2, 3, 1]);
    expect(r.rejected.map((x) => [x.row, x.column])).toEqual([
      [5, 'employee_id'],
      [6, 'period_start'],
      [7, 'employee_id'],
    ]);
  });

  it('under --redact no heading is quoted', () => {
    const out = cli([
      'check',
      join(FIELD, 'payroll-department-headings'),
      '--as-of',
      '2025-10-31',
      '--redact',
      '--format',
      'json',
    ]);
    expect(out.code).toBe(1);
    for (const cell of ['ฝ่ายผลิต', 'ฝ่ายขาย', 'Production', 'Accounting'])
      expect(out.stdout).not.toContain(cell);
    expect(out.stdout).toContain('3 heading rows among the rows skipped (lines 4, 8, 11)');
  });

  it.each([
    [['แผนก: ฝ่ายผลิต', '', ''], 'heading'],
    [['Department: Production', '', ''], 'heading'],
    [['', 'ฝ่ายบัญชี', ''], 'heading'],
    [['', 'Production Line', ''], 'heading'],
    [['', 'Dept01', ''], undefined],
    [['', 'E005', ''], undefined],
    [['', 'PRODUCTION', ''], undefined],
    [['4', '', ''], 'template'],
    [['', '', 'นายสมชาย ใจดี'], undefined],
    [['', '', 'แผนก: ฝ่ายผลิต'], 'heading'],
    [['หมายเหตุ: ยอดก่อนหักภาษี', '', ''], undefined],
    [['Printed: 05/02/2568 10:00', '', ''], undefined],
    [['ฝ่ายผลิต', 'E001', ''], undefined],
  ])('%j in a file of ลำดับ, id, name: %s', (cells, kind) => {
    expect(layoutRow({ line: 2, cells }, { key: [1], sequence: [0], dated: [] })).toBe(kind);
  });
});

/** An Excel payroll template filled in for two employees: rows 4-8 keep their formulas, saved as 0 or empty text. */
async function templateWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('ค่าแรง');
  ws.addRow(['ลำดับ', 'รหัสพนักงาน', 'ชื่อ-นามสกุล', 'ประจำเดือน', 'จำนวนวันทำงาน', 'อัตรา', 'ค่าแรง', 'รับสุทธิ']);
  ws.addRow([1, 'T001', 'นายสมชาย ใจดี', 'ส.ค. 2568', 26, 400]);
  ws.addRow([2, 'T002', 'นางสาวมาลี ศรีสุข', 'ส.ค. 2568', 26, 380]);
  for (let r = 2; r <= 8; r++) {
    const [wage, net] = r === 2 ? [10400, 10400] : r === 3 ? [9880, 9880] : [0, 0];
    if (r >= 4) {
      ws.getCell(`A${r}`).value = { formula: `ROW()-1`, result: r - 1 };
      ws.getCell(`D${r}`).value = { formula: `IF(B${r}="","",$D$2)`, result: '' };
    }
    ws.getCell(`G${r}`).value = { formula: `E${r}*F${r}`, result: wage };
    ws.getCell(`H${r}`).value = { formula: `G${r}`, result: net };
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const TEMPLATE_EMPLOYEES =
  'รหัสพนักงาน,ประเภทค่าจ้าง,อัตราค่าจ้าง,จังหวัด\nT001,รายวัน,400,กรุงเทพมหานคร\nT002,รายวัน,400,กรุงเทพมหานคร\nT003,รายวัน,400,กรุงเทพมหานคร\n';

describe('unused template rows', () => {
  it('in an .xlsx whose formulas saved 0 or empty text: skipped with one warning, none rejected', async () => {
    const dir = folder({
      'payroll.xlsx': Buffer.from(await templateWorkbook()),
      'employees.csv': TEMPLATE_EMPLOYEES,
    });
    const r = await checkAsync({ dir, asOf: '2025-10-31' });
    expect(counts(r)).toContainEqual(['payroll', 7, 2, 0, 5]);
    expect(r.rejected).toEqual([]);
    expect(
      r.warnings.filter((w) => w.why?.id?.startsWith('template_rows_skipped')).map((w) => w.message),
    ).toEqual([
      '5 unused template rows skipped (lines 4-8): no employee id or name, and nothing but zeros or empty cells (formulas of a template no one was entered in)',
    ]);
    expect(r.findings.map((f) => `${f.rule} ${f.employee_id} ${f.owed_satang}`)).toEqual([
      'lpa-90-minimum-wage T002 52000',
    ]);
  });

  it('as saved to CSV: the same, whole, streamed and with --jobs 2; an id with zero pay and a name with zeros are rows', async () => {
    const rows = [
      'ลำดับ,รหัสพนักงาน,ชื่อ-นามสกุล,งวดเริ่ม,งวดสิ้นสุด,วันที่จ่าย,จำนวนวันทำงาน,ค่าแรง,รับสุทธิ',
      '1,T001,นายสมชาย ใจดี,01/08/2568,31/08/2568,31/08/2568,5,"2,000.00","2,000.00"',
      '2,T002,นางสาวมาลี ศรีสุข,01/08/2568,31/08/2568,31/08/2568,5,"2,000.00","2,000.00"',
      // An employee paid nothing for the month: a row like any other.
      '3,T003,นายประยุทธ มั่นคง,01/08/2568,31/08/2568,31/08/2568,0,0.00,0.00',
      ...[4, 5, 6].map((n) => `${n},,,,,,,0.00,0.00`),
      ',,,,,,,-,-',
    ];
    const dir = folder({
      'employees.csv': TEMPLATE_EMPLOYEES,
      'payroll.csv': `${rows.join('\n')}\n`,
      'hours.csv': hours(['T001', 'T002']),
    });
    const r = await sameInEveryMode(dir);
    expect(counts(r)).toContainEqual(['payroll', 7, 3, 0, 4]);
    expect(r.warnings.map((w) => w.message)).toContain(
      '4 unused template rows skipped (lines 5-8): no employee id or name, and nothing but zeros or empty cells (formulas of a template no one was entered in)',
    );

    // A name in the row is someone's: rejected for its missing id, not skipped.
    const named = folder({
      'employees.csv': TEMPLATE_EMPLOYEES,
      'payroll.csv': `${[...rows.slice(0, 4), '4,,นายเอก ดีงาม,,,,,0.00,0.00'].join('\n')}\n`,
    });
    const n = whole(named);
    expect(counts(n)).toContainEqual(['payroll', 4, 3, 1, 0]);
    expect(n.rejected.map((x) => [x.row, x.column])).toEqual([[5, 'employee_id']]);
  });
});

describe('a title naming only the month, over a payroll with no period columns', () => {
  it('the month is the pay period, B.E. converted, said in a warning and a note (check exited 2)', async () => {
    const dir = join(FIELD, 'payroll-title-month');
    const out = cli(['check', dir, '--as-of', '2025-10-31', '--format', 'json']);
    expect(out.stderr).toBe('');
    expect(out.code).toBe(1);
    const v = await validate([join(dir, 'payroll.csv')], { asOf: '2025-10-31' });
    const f = v.files[0]!;
    expect(f.layout?.notes).toContain(
      'pay period 2025-01-01..2025-01-31 read from the month named on line 2, its first day to its last (a Buddhist-era year, year - 543)',
    );
    expect(f.layout?.columns.filter((c) => c.column.startsWith('period_')).map((c) => c.headers[0])).toEqual([
      '= 2025-01-01 (title row)',
      '= 2025-01-31 (title row)',
    ]);
    const redacted = cli(['check', dir, '--as-of', '2025-10-31', '--redact', '--format', 'json']);
    expect(redacted.stdout).not.toContain('มกราคม');
    expect(redacted.stdout).toContain(
      'the pay period 2025-01-01..2025-01-31 is the month the title row on line 2 names',
    );
  });

  const payroll = (title: string, head = 'Employee Code,Basic Salary,Payment Date') =>
    `${title},,\n${head}\nM001,12000,31/01/2025\nM002,11000,31/01/2025\n`;
  const employees =
    'employee_id,wage_type,wage_rate,province\nM001,monthly,12000,Chon Buri\nM002,monthly,11000,Chon Buri\n';

  it.each([
    ['Payroll for January 2025', '2025-01-01..2025-01-31'],
    ['รายงานเงินเดือน ประจำเดือน ก.พ. พ.ศ. 2568', '2025-02-01..2025-02-28'],
    ['Payroll January 2025 (January 2025)', '2025-01-01..2025-01-31'],
  ])('%s: %s', (title, period) => {
    const dir = folder({ 'employees.csv': employees, 'payroll.csv': payroll(title) });
    const r = whole(dir);
    expect(r.findings.map((f) => `${f.rule} ${f.employee_id} ${f.period?.start}..${f.period?.end}`)).toEqual([
      `lpa-90-minimum-wage M002 ${period}`,
    ]);
  });

  it.each([
    ['two months', 'Payroll January - February 2025'],
    ['a date, not a month', 'ข้อมูล ณ วันที่ 31 มกราคม 2568'],
    ['a month without its year', 'Payroll for January'],
    ['two years of one month', 'Payroll January 2025 (January 2024)'],
  ])('%s (%s): no period, the one line as before, exit 2', (_why, title) => {
    const dir = folder({ 'employees.csv': employees, 'payroll.csv': payroll(title) });
    const out = cli(['check', dir, '--as-of', '2025-10-31']);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('not a payroll file: missing required columns period_start, period_end');
  });

  it('a file with a period column keeps it: the title is not read', () => {
    const dir = folder({
      'employees.csv': employees,
      'payroll.csv': payroll(
        'Payroll for January 2025',
        'Employee Code,Basic Salary,Payment Date,Month',
      ).replace(/2025\n/g, '2025,Feb 2025\n'),
    });
    const r = whole(dir);
    expect(r.findings.map((f) => f.period?.start)).toEqual(['2025-02-01']);
    expect(r.warnings.filter((w) => w.why?.id === 'period_month_from_title')).toEqual([]);
  });

  it('map --init offers the month as the period constants', () => {
    const dir = folder({ 'payroll.csv': payroll('Payroll for January 2025') });
    const out = cli(['map', '--init', join(dir, 'payroll.csv'), '-o', join(dir, 'profile.yaml')]);
    expect(out.code).toBe(0);
    const yaml = readFileSync(join(dir, 'profile.yaml'), 'utf8');
    expect(yaml).toMatch(/period_start: ["']?2025-01-01/);
    expect(yaml).toMatch(/period_end: ["']?2025-01-31/);
  });

  it('monthInTitle reads one month, never a date or two months', () => {
    const rows = (...texts: string[]) => texts.map((t, i) => ({ line: i + 1, cells: [t] }));
    expect(monthInTitle(rows('บริษัท ตัวอย่าง จำกัด', 'รายงานเงินเดือน ประจำเดือน มกราคม 2568'))).toMatchObject({
      start: '2025-01-01',
      end: '2025-01-31',
      line: 2,
      month: { be: true },
    });
    expect(monthInTitle(rows('Payroll for February 2024'))).toMatchObject({
      end: '2024-02-29',
      month: { be: false },
    });
    expect(monthInTitle(rows('สรุปเงินเดือน ๐๑ ธันวาคม ๒๕๖๗'))).toBeUndefined();
    expect(monthInTitle(rows('บริษัท ตัวอย่าง จำกัด'))).toBeUndefined();
    expect(monthInTitle(rows('รายงานเงินเดือน มกราคม 2568', 'พิมพ์เมื่อ 5 กุมภาพันธ์ 2568'))).toBeUndefined();
  });
});

describe('pay-period cells in B.E.', () => {
  it('are counted in the note of dates read as Buddhist era (a month one date, two dates two)', async () => {
    const v = await validate([join(FIELD, 'payroll-period-column', 'payroll.csv')], { asOf: '2025-10-31' });
    // 6 pay dates, and the periods ก.ค. 2568, ส.ค. 2568, 1-15 ส.ค. 2568, 16-31 ส.ค. 2568 and
    // 01/08/2568 - 31/08/2568 (the period งวดที่ 2 is rejected).
    expect(v.files[0]!.layout?.notes).toContain(
      '12 dates with a Buddhist-era year read as B.E. (year - 543)',
    );
  });
});
