import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { checkAsync } from '../../src/api.js';
import { readWorkbook } from '../../src/read/xlsx.js';

// A Thai payroll workbook computes its tax and net pay with formulas: the tax of a worker under
// the threshold is =IF(...,0), saved by Excel as <v>0</v>. exceljs gives such a cell without its
// result (it copies only truthy fields), and the row was rejected as "a formula without a stored
// result": every low-paid worker's pay unknown, in a file Excel had saved whole.

async function payrollWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('เงินเดือน');
  ws.addRow(['บริษัท ตัวอย่างการผลิต จำกัด']);
  ws.addRow(['รายงานเงินเดือน ประจำเดือน มกราคม 2568']);
  ws.addRow(['ลำดับ', 'รหัสพนักงาน', 'ชื่อ-นามสกุล', 'ประจำเดือน', 'วันที่จ่าย', 'เงินเดือน', 'ภาษี', 'ยอดสุทธิ']);
  const people: [string, string, number, number][] = [
    ['P001', 'นายสมชาย ใจดี', 12000, 0],
    ['P002', 'นางสาวมาลี ศรีสุข', 15000, 0],
    ['A001', 'นางสมศรี รักดี', 30000, 200],
  ];
  people.forEach(([id, name, salary, tax], i) => {
    const r = 4 + i;
    ws.addRow([i + 1, id, name, 'มกราคม 2568', '31/01/2568', salary]);
    ws.getCell(`G${r}`).value = { formula: `IF(F${r}>26000,(F${r}-26000)*0.05,0)`, result: tax };
    ws.getCell(`H${r}`).value = { formula: `F${r}-G${r}`, result: salary - tax };
  });
  ws.addRow([null, 'รวมทั้งสิ้น']);
  ws.getCell('F7').value = { formula: 'SUM(F4:F6)', result: 57000 };
  ws.getCell('G7').value = { formula: 'SUM(G4:G6)', result: 200 };
  ws.getCell('H7').value = { formula: 'SUM(H4:H6)', result: 56800 };
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/**
 * A payroll template: rows of formulas under the employees, each blank until an id is typed
 * (`=IF(B5="","",...)`). Excel saves their empty text as `<c t="str"><f>...</f><v></v></c>`,
 * as exceljs writes it here; a cell of no saved value has no `<v>` at all.
 */
async function templateWorkbook(uncalculated = false): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('เงินเดือน');
  ws.addRow(['ลำดับ', 'รหัสพนักงาน', 'ชื่อ-นามสกุล', 'ประจำเดือน', 'วันที่จ่าย', 'เงินเดือน', 'ภาษี', 'ยอดสุทธิ']);
  ws.addRow([1, 'P001', 'นายสมชาย ใจดี', 'มกราคม 2568', '31/01/2568', 12000, 0, 12000]);
  ws.addRow([2, 'P002', 'นางสาวมาลี ศรีสุข', 'มกราคม 2568', '31/01/2568', 15000, 0, 15000]);
  for (let r = 4; r <= 8; r++) {
    const blank = (col: string, f: string) => {
      ws.getCell(`${col}${r}`).value = { formula: `IF($B${r}="","",${f})`, result: '' };
    };
    blank('A', `ROW()-1`);
    blank('G', `IF(F${r}>26000,(F${r}-26000)*0.05,0)`);
    blank('H', `F${r}-G${r}`);
  }
  if (uncalculated) ws.getCell('H3').value = { formula: 'F3-G3' } as ExcelJS.CellFormulaValue;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('an .xlsx payroll whose formulas saved 0', () => {
  it('reads the saved 0, not a formula never calculated', async () => {
    const sheet = await readWorkbook('payroll.xlsx', await payrollWorkbook());
    const p001 = sheet.rows.find((r) => r.cells[1] === 'P001');
    expect(p001?.problem).toBeUndefined();
    expect(p001?.cells.slice(5)).toEqual(['12000', '0', '12000']);
    expect(sheet.rows.every((r) => r.problem === undefined)).toBe(true);
  });

  it('uses every employee row of the payroll', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lc-formula-zero-'));
    writeFileSync(join(dir, 'payroll.xlsx'), await payrollWorkbook());
    writeFileSync(
      join(dir, 'employees.csv'),
      'รหัสพนักงาน,ประเภทค่าจ้าง,อัตราค่าจ้าง,จังหวัด\nP001,รายเดือน,12000,ชลบุรี\nP002,รายเดือน,15000,ชลบุรี\nA001,รายเดือน,30000,ชลบุรี\n',
    );
    const result = await checkAsync({ dir, asOf: '2025-03-31' });
    const payroll = result.inputs.find((i) => i.kind === 'payroll');
    expect(payroll).toMatchObject({ rows_read: 4, rows_used: 3, rows_rejected: 0, rows_skipped: 1 });
    expect(result.rejected).toEqual([]);
    expect(result.findings).toEqual([]);
  });

  it("reads a template's formulas saved as empty text as empty cells: no row rejected", async () => {
    const sheet = await readWorkbook('payroll.xlsx', await templateWorkbook());
    expect(sheet.rows.map((r) => [r.line, r.problem?.reason])).toEqual([
      [1, undefined],
      [2, undefined],
      [3, undefined],
    ]);
    // A formula with no value saved at all is still one never calculated.
    const unsaved = await readWorkbook('payroll.xlsx', await templateWorkbook(true));
    expect(unsaved.rows.find((r) => r.line === 3)?.problem?.reason).toBe(
      'a formula without a stored result (open and save the file in Excel first)',
    );
    expect(unsaved.rows.filter((r) => r.problem).map((r) => r.line)).toEqual([3]);

    const dir = mkdtempSync(join(tmpdir(), 'lc-formula-template-'));
    writeFileSync(join(dir, 'payroll.xlsx'), await templateWorkbook());
    writeFileSync(
      join(dir, 'employees.csv'),
      'รหัสพนักงาน,ประเภทค่าจ้าง,อัตราค่าจ้าง,จังหวัด\nP001,รายเดือน,12000,ชลบุรี\nP002,รายเดือน,15000,ชลบุรี\n',
    );
    const result = await checkAsync({ dir, asOf: '2025-03-31' });
    expect(result.inputs.find((i) => i.kind === 'payroll')).toMatchObject({
      rows_read: 2,
      rows_used: 2,
      rows_rejected: 0,
    });
    expect(result.rejected).toEqual([]);
  });
});
