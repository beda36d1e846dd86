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
// exports give them (a totals row, a pay period in several rows, overlapping periods): the streamed run (files read in chunks and parsed in batches, the
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

// Hours by date, not by employee: the streamed run spills them (and the payroll) to disk.
function hoursByDate(ids: string[], days: number): string[] {
  const rows = ['employee_id,date,start,end,break_minutes'];
  for (let d = 1; d <= days; d++)
    for (const id of ids) rows.push(`${id},2025-08-${String(d).padStart(2, '0')},08:00,19:00,60`);
  return rows;
}

const split = folder('split-periods', {
  'employees.csv': [
    'employee_id,birth_date,province,wage_type,wage_rate',
    'K01,1990-01-01,Bangkok,monthly,12000',
    'K02,1990-01-01,Bangkok,daily,400',
    'K03,1990-01-01,Bangkok,monthly,12000',
  ],
  'payroll.csv': [
    'employee_id,period_start,period_end,pay_date,days_worked,base_pay,ot_pay,holiday_pay,holiday_ot_pay,deduction_union',
    // K01: a split payment and a late adjustment of one period, short of the month's 12,000.
    'K01,2025-08-01,2025-08-31,2025-08-15,,5000,0,0,0,700',
    'K01,2025-08-01,2025-08-31,2025-08-31,,5000,300,0,0,700',
    'K01,2025-08-01,2025-08-31,2025-10-20,,500,0,0,0,0',
    // K02: a period and a half-period that overlaps it, one unpaid.
    'K02,2025-08-01,2025-08-31,2025-08-31,5,1000,0,0,0,0',
    'K02,2025-08-16,2025-08-31,,2,800,0,0,0,0',
    // K03: one row, as most are.
    'K03,2025-08-01,2025-08-31,2025-08-31,,12000,0,0,0,0',
  ],
  'hours.csv': hoursByDate(['K01', 'K02', 'K03'], 5),
});

describe('a pay period in several rows, and overlapping periods', () => {
  const o = { dir: split, asOf: '2025-10-31' };

  it('are the same pay periods, findings and undetermined checks, whole or streamed (spilled)', () => {
    const whole = inMemory(o);
    // K01: 10,500 against 12,000 (one s.90 finding, every row cited); 1,400 union dues, 125 over
    // 10% of the 12,000 wages and 750 overtime due.
    expect(
      whole.findings
        .filter((f) => ['lpa-90-minimum-wage', 'lpa-76-deductions'].includes(f.rule))
        .map((f) => `${f.rule} ${f.employee_id} ${f.owed_satang} ${f.evidence.map((e) => e.row).join(',')}`),
    ).toEqual(['lpa-76-deductions K01 12500 2,3,4', 'lpa-90-minimum-wage K01 150000 2,3,4']);
    // K02: nothing owed on the overlapping periods.
    expect(whole.findings.filter((f) => f.employee_id === 'K02' && f.owed_satang)).toEqual([]);
    expect(whole.undetermined.filter((u) => u.employee_id === 'K02').map((u) => u.rule)).toEqual(
      expect.arrayContaining(['lpa-61-overtime-pay', 'lpa-70-pay-interval', 'lpa-90-minimum-wage']),
    );
    let path = '';
    const streamed = check(o, { ...TINY, onPath: (p) => (path = p.path) });
    expect(path).toBe('spill');
    expect(json(publish(streamed))).toBe(json(publish(whole)));
  });

  it('with --jobs 2 as with one thread', async () => {
    const api = (await import(join(ROOT, 'dist', 'src', 'api.js'))) as typeof Api;
    const two = await api.checkAsync({ ...o, jobs: 2 }, { ...TINY, inFlight: 1 });
    expect(JSON.stringify(two)).toBe(JSON.stringify(check(o, TINY)));
  });
});
