import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../src/read/xlsx.js';

// Thai Excel reports print an employee's id and each day's date once, in a cell merged down
// over that day's rows. The merge is in the file, so each row it covers holds its value: the
// afternoon row is not rejected for a missing id or date (as a blank CSV cell would be).

async function workbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('เวลาทำงาน');
  ws.addRow(['รหัสพนักงาน', 'วันที่', 'เวลาเข้า', 'เวลาออก']);
  ws.addRow(['P1', '01/08/2568', '08:00', '12:00']);
  ws.addRow([null, null, '13:00', '17:00']);
  ws.addRow([null, '02/08/2568', '08:00', '12:00']);
  ws.addRow([null, null, '13:00', '19:00']);
  ws.mergeCells('A2:A5');
  ws.mergeCells('B2:B3');
  ws.mergeCells('B4:B5');
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('an .xlsx report with merged cells', () => {
  it('gives every row a merged cell covers the merged value', async () => {
    const sheet = await readWorkbook('hours.xlsx', await workbook());
    expect(sheet.rows.map((r) => [r.line, ...r.cells])).toEqual([
      [1, 'รหัสพนักงาน', 'วันที่', 'เวลาเข้า', 'เวลาออก'],
      [2, 'P1', '01/08/2568', '08:00', '12:00'],
      [3, 'P1', '01/08/2568', '13:00', '17:00'],
      [4, 'P1', '02/08/2568', '08:00', '12:00'],
      [5, 'P1', '02/08/2568', '13:00', '19:00'],
    ]);
  });
});
