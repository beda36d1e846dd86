import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type * as Api from '../../src/api.js';
import {
  type CheckHooks,
  type CheckOptions,
  check,
  checkData,
  readDataSet,
  resolveInputs,
} from '../../src/api.js';
import { publish } from '../../src/findings/redact.js';
import type { Result } from '../../src/findings/result.js';
import { loadPack } from '../../src/pack/load.js';
import { json } from '../../src/report/json.js';
import { ROOT } from '../helpers.js';

// Rows of the employees, payroll and hours files that are not what they look like, shaped as
// Thai exports give them: the streamed run (files read in chunks and parsed in batches, the
// hours evaluated an employee at a time, with --jobs on worker threads) must say of them what
// the whole-file run says, byte for byte. Reads and batches are tiny, so every boundary is crossed.

const pack = loadPack();
const tmp = mkdtempSync(join(tmpdir(), 'labour-check-stream-payroll-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const TINY: CheckHooks = { minBytes: 0, batchRows: 2, chunkBytes: 47, spillBytes: 120 };

const inMemory = (o: CheckOptions): Result => checkData(readDataSet(resolveInputs(o)), pack, o);

function folder(name: string, files: Record<string, string[]>): string {
  const dir = join(tmp, name);
  mkdirSync(dir, { recursive: true });
  for (const [f, lines] of Object.entries(files)) writeFileSync(join(dir, f), `${lines.join('\r\n')}\r\n`);
  return dir;
}

/** Work days of August 2568 for employees 1-3, 08:00-17:00 with an hour's break, with a totals row. */
function hours(ids: string[], days: number): string[] {
  const rows = ['ลำดับ,รหัสพนักงาน,ชื่อ,วันที่,เข้า,ออก,พัก (นาที)'];
  let n = 0;
  for (const id of ids)
    for (let d = 1; d <= days; d++)
      rows.push(`${++n},${id},พนักงาน ${id},${String(d).padStart(2, '0')}/08/2568,08:00,17:00,60`);
  rows.push(`รวม,${ids.length},,,,,`);
  return rows;
}

const totals = folder('totals-head-count', {
  'employees.csv': [
    'ลำดับ,รหัสพนักงาน,ชื่อ-นามสกุล,วันเกิด,จังหวัด,ประเภทค่าจ้าง,อัตราค่าจ้าง',
    '1,1,นายสมชาย ใจดี,01/01/2530,กทม.,รายวัน,400',
    '2,2,รวมพล ศรีสุข,15/06/2535,กทม.,รายวัน,400',
    '3,3,มานพ ขยัน,20/01/2530,กทม.,รายวัน,400',
    'รวม,3,,,,,"1,200"',
  ],
  'payroll.csv': [
    'ลำดับ,รหัสพนักงาน,ชื่อ,งวด,วันที่จ่าย,จำนวนวันทำงาน,ค่าจ้าง',
    '1,1,นายสมชาย ใจดี,ส.ค. 2568,31/08/2568,5,"2,000"',
    '2,2,รวมพล ศรีสุข,ส.ค. 2568,31/08/2568,5,"2,000"',
    '3,3,มานพ ขยัน,ส.ค. 2568,31/08/2568,5,"2,000"',
    'รวม,3,,ส.ค. 2568,,15,"6,000"',
  ],
  'hours.csv': hours(['1', '2', '3'], 5),
});

describe('a totals row whose head count is an employee id', () => {
  const o = { dir: totals, asOf: '2025-10-31' };

  it('is skipped in every file, whole or streamed', () => {
    const whole = inMemory(o);
    expect(whole.findings.map((f) => `${f.rule} ${f.employee_id}`)).toEqual([]);
    expect(
      whole.inputs.map((i) => [i.kind, i.rows_read, i.rows_used, i.rows_rejected, i.rows_skipped]),
    ).toEqual([
      ['employees', 4, 3, 0, 1],
      ['hours', 16, 15, 0, 1],
      ['payroll', 4, 3, 0, 1],
    ]);
    let path = '';
    const streamed = check(o, { ...TINY, onPath: (p) => (path = p.path) });
    expect(path).toBe('stream');
    expect(json(publish(streamed))).toBe(json(publish(whole)));
  });

  it('with --jobs 2 as with one thread', async () => {
    // Worker threads run the built JavaScript (test/setup.ts builds it).
    const api = (await import(join(ROOT, 'dist', 'src', 'api.js'))) as typeof Api;
    const two = await api.checkAsync({ ...o, jobs: 2 }, { ...TINY, inFlight: 1 });
    expect(JSON.stringify(two)).toBe(JSON.stringify(check(o, TINY)));
  });
});
