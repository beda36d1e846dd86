import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type * as Api from '../src/api.js';
import { type CheckHooks, check, checkData, readDataSet, resolveInputs } from '../src/api.js';
import { publish } from '../src/findings/redact.js';
import type { Result } from '../src/findings/result.js';
import { json } from '../src/report/json.js';
import { cli, pack, ROOT, run, tempFolders } from './helpers.js';

// Worker threads run the built JavaScript, which the test setup builds from src/.
const built = (await import(join(ROOT, 'dist', 'src', 'api.js'))) as typeof Api;

// A payroll row rejected (6 cells under a header of 5, an amount that cannot be read, a period
// date that is no date) was an employee's pay. Passed on the rows left, an employee whose only
// row was rejected was "checked" by s.70, s.90 and every other rule that reads the payroll, with
// nothing found; one whose August row was rejected had "wages paid on 2025-07-31 and next on
// 2025-09-30" found. Each such rule is undetermined for the employee instead, naming the rows and
// their period (the employee when it cannot be read); periods the rows cannot be part of are
// judged as before. Whole file, streamed, spilled and with --jobs alike.

const folder = tempFolders();
const AS_OF = '2025-10-31';

/** The rules that read the payroll and need no hours file. */
const PAY_RULES = [
  'data-net-pay',
  'lpa-118-severance',
  'lpa-17-1-notice-pay',
  'lpa-51-child-deposit',
  'lpa-61-overtime-pay',
  'lpa-62-holiday-work-pay',
  'lpa-63-holiday-overtime-pay',
  'lpa-67-unused-leave',
  'lpa-70-final-pay',
  'lpa-70-pay-interval',
  'lpa-76-deductions',
  'lpa-90-minimum-wage',
];
const LOST = (rows: string, rows_th: string, n = 1, period?: { start: string; end: string }) => ({
  id: period ? 'pay_rows_rejected' : 'pay_rows_rejected_undated',
  params: { n_rows: `${n} payroll row${n > 1 ? 's' : ''}`, n_rows_th: n, rows, rows_th },
  ...(period ? { period } : {}),
});
const AUGUST = { start: '2025-08-01', end: '2025-08-31' };
const reasonsOf = (r: Result, id: string, rule: string) =>
  r.undetermined.find((u) => u.employee_id === id && u.rule === rule)?.reasons ?? [];
const coverage = (r: Result, rule: string) => r.coverage.rules.find((x) => x.rule === rule)!;
const mine = (r: Result, id: string) => ({
  findings: r.findings.filter((f) => f.employee_id === id).map((f) => [f.rule, f.message]),
  undetermined: r.undetermined.filter((u) => u.employee_id === id).map((u) => [u.rule, u.reason]),
});

// A Thai payroll export (examples in test/fixtures/field/payroll-thai-export): UTF-8 with BOM,
// CRLF, title rows, Thai headers, B.E. dates, amounts with thousands separators, a totals row.
// Three months; A002's August amount was written without its quotes, so the row has 11 cells
// under a header of 10 and is rejected (line 8).
const BOM = '\uFEFF';
const EMPLOYEES = `${BOM}รหัสพนักงาน,ชื่อ-นามสกุล,วันเกิด,จังหวัด,ประเภทค่าจ้าง,อัตราค่าจ้าง
A001,นายสมชาย ใจดี,12/04/2528,กรุงเทพมหานคร,รายเดือน,15000
A002,นางสาวมาลี ศรีสุข,03/11/2535,กรุงเทพมหานคร,รายวัน,350
A003,นายประยุทธ มั่นคง,20/01/2530,กรุงเทพมหานคร,รายเดือน,12000
`.replaceAll('\n', '\r\n');
const MONTHS = [
  ['07', '31'],
  ['08', '31'],
  ['09', '30'],
];
const thaiPayroll = (a002August: string) =>
  [
    `${BOM}บริษัท ตัวอย่างการผลิต จำกัด,,,,,,,,,`,
    'รายงานเงินเดือน ไตรมาส 3/2568,,,,,,,,,',
    'ลำดับ,รหัสพนักงาน,ชื่อ-นามสกุล,งวดเริ่ม,งวดสิ้นสุด,วันที่จ่าย,จำนวนวันทำงาน,เงินเดือน,ประกันสังคม,รับสุทธิ',
    ...MONTHS.flatMap(([m, last], i) => {
      const period = `01/${m}/2568,${last}/${m}/2568,${last}/${m}/2568`;
      return [
        `${3 * i + 1},A001,นายสมชาย ใจดี,${period},,"15,000.00",750.00,"14,250.00"`,
        m === '08'
          ? `${3 * i + 2},A002,นางสาวมาลี ศรีสุข,${a002August}`
          : `${3 * i + 2},A002,นางสาวมาลี ศรีสุข,${period},26,"9,100.00",455.00,"8,645.00"`,
        `${3 * i + 3},A003,นายประยุทธ มั่นคง,${period},,"12,000.00",600.00,"11,400.00"`,
      ];
    }),
    ',รวม,,,,,,"108,300.00","5,415.00","102,885.00"',
    '',
  ].join('\r\n');
const UNQUOTED = '01/08/2568,31/08/2568,31/08/2568,26,9,100.00,455.00,"8,645.00"';
const QUOTED = '01/08/2568,31/08/2568,31/08/2568,26,"9,100.00",455.00,"8,645.00"';

describe('a payroll row rejected', () => {
  it('through the CLI, a Thai export: undetermined for its period, naming the row; the other periods judged', () => {
    const dir = folder({ 'employees.csv': EMPLOYEES, 'payroll.csv': thaiPayroll(UNQUOTED) });
    const r = cli(['check', dir, '--as-of', AS_OF, '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as Result;
    expect(out.rejected.map((x) => [x.row, x.column, x.why?.id])).toEqual([[8, '', 'extra_cells']]);
    // Counts reconcile: 9 rows and the totals row read; 8 used, 1 rejected, 1 skipped.
    expect(out.inputs.find((i) => i.kind === 'payroll')).toMatchObject({
      rows_read: 10,
      rows_used: 8,
      rows_rejected: 1,
      rows_skipped: 1,
    });
    // July and September are judged as before (350 a day under the 400 minimum); no gap between
    // July's and September's pay dates is found: August's pay is in the row rejected.
    expect(out.findings.filter((f) => f.employee_id === 'A002').map((f) => [f.rule, f.period])).toEqual([
      ['lpa-90-minimum-wage', { start: '2025-07-01', end: '2025-07-31' }],
      ['lpa-90-minimum-wage', { start: '2025-09-01', end: '2025-09-30' }],
    ]);
    expect(out.findings.filter((f) => f.rule === 'lpa-70-pay-interval')).toEqual([]);
    for (const rule of PAY_RULES)
      expect(reasonsOf(out, 'A002', rule), rule).toContainEqual(LOST('row 8', 'แถว 8', 1, AUGUST));
    expect(
      out.undetermined.find((u) => u.employee_id === 'A002' && u.rule === 'lpa-70-final-pay')?.reason,
    ).toBe(
      '2025-08-01..2025-08-31: 1 payroll row of the employee rejected (row 8): what was paid for the period is not known in full',
    );
    // Counted apart from the employees checked, as every undetermined employee is.
    for (const rule of ['lpa-90-minimum-wage', 'lpa-70-pay-interval', 'lpa-70-final-pay'])
      expect(coverage(out, rule), rule).toMatchObject({
        employees_checked: 2,
        undetermined_employees: ['A002'],
      });

    // A001 and A003, whose rows are all good, are as they are with A002's row read.
    const good = folder({ 'employees.csv': EMPLOYEES, 'payroll.csv': thaiPayroll(QUOTED) });
    const read = JSON.parse(cli(['check', good, '--as-of', AS_OF, '--format', 'json']).stdout) as Result;
    expect(read.rejected).toEqual([]);
    for (const id of ['A001', 'A003']) expect(mine(out, id), id).toEqual(mine(read, id));
    for (const rule of PAY_RULES)
      expect(reasonsOf(read, 'A002', rule)).not.toContainEqual(LOST('row 8', 'แถว 8', 1, AUGUST));
    expect(coverage(read, 'lpa-70-final-pay')).toMatchObject({
      employees_checked: 3,
      undetermined_employees: [],
    });

    // In Thai, and under --redact: rows and dates only, nothing of a cell.
    const th = cli(['check', dir, '--as-of', AS_OF, '--lang', 'th']);
    expect(th.stdout).toContain(
      'A002 lpa-90-minimum-wage: 2025-08-01..2025-08-31: แถวบัญชีค่าจ้างของลูกจ้างถูกปฏิเสธ 1 แถว (แถว 8): จึงไม่ทราบค่าจ้างที่จ่ายสำหรับงวดนี้ครบถ้วน',
    );
    const redacted = cli(['check', dir, '--as-of', AS_OF, '--format', 'json', '--redact']);
    expect(redacted.stdout).toContain('"rows": "row 8"');
    for (const cell of ['A002', 'มาลี', 'ศรีสุข']) expect(redacted.stdout).not.toContain(cell);
  });

  it("an employee's only row (6 cells under 5, or an amount that cannot be read): undetermined, not checked", () => {
    const employees = [
      'employee_id,name,birth_date,province,wage_type,wage_rate',
      'E001,Somchai Prasert,1985-04-12,Bangkok,monthly,15000',
      'E002,Malee Wongsuwan,1992-11-03,Bangkok,daily,400',
    ].join('\n');
    const payroll = (e002: string) =>
      [
        'employee_id,period_start,period_end,pay_date,base_pay,days_worked',
        'E001,2025-08-01,2025-08-31,2025-08-31,15000.00,',
        `E002,2025-08-01,2025-08-31,2025-08-31,${e002}`,
      ].join('\n');
    for (const [e002, why] of [
      ['9600.00,24,extra', 'extra_cells'],
      ['9,600.00,24', 'extra_cells'],
      ['9600.OO,24', 'not_money'],
    ]) {
      const r = run({ employees, payroll: payroll(e002) }, AS_OF, PAY_RULES);
      expect(
        r.rejected.map((x) => [x.row, x.why?.id]),
        e002,
      ).toEqual([[3, why]]);
      expect(r.findings, e002).toEqual([]);
      for (const rule of PAY_RULES) {
        expect(reasonsOf(r, 'E002', rule), `${e002} ${rule}`).toContainEqual(
          LOST('row 3', 'แถว 3', 1, AUGUST),
        );
        expect(coverage(r, rule).undetermined_employees, `${e002} ${rule}`).toContain('E002');
        expect(reasonsOf(r, 'E001', rule), `${e002} ${rule}`).not.toContainEqual(
          expect.objectContaining({ id: 'pay_rows_rejected' }),
        );
      }
      expect(coverage(r, 'lpa-90-minimum-wage')).toMatchObject({
        employees_checked: 1,
        undetermined_employees: ['E002'],
      });
    }
    // Read, her row is judged: 9,600 for 24 days' minimum is no finding, and she is checked.
    const read = run({ employees, payroll: payroll('9600.00,24') }, AS_OF, PAY_RULES);
    expect(coverage(read, 'lpa-90-minimum-wage')).toMatchObject({
      employees_checked: 2,
      undetermined_employees: [],
    });
  });

  it('a row whose pay period cannot be read: every period of the employee is undetermined, none found', () => {
    const employees =
      'employee_id,birth_date,province,wage_type,wage_rate\nE002,1992-11-03,Bangkok,daily,350';
    const payroll = (august: string) =>
      [
        'employee_id,period_start,period_end,pay_date,base_pay,days_worked',
        'E002,2025-07-01,2025-07-31,2025-07-31,9100.00,26',
        `E002,${august},2025-08-31,9100.00,26`,
      ].join('\n');
    // The row read: July and August each 350 x 26 against the 400 minimum.
    const read = run({ employees, payroll: payroll('2025-08-01,2025-08-31') }, AS_OF, [
      'lpa-90-minimum-wage',
    ]);
    expect(read.findings.map((f) => f.period?.start)).toEqual(['2025-07-01', '2025-08-01']);
    // Its start is 31 February: it may be a second row of July (a split payment) as well as August's.
    const r = run({ employees, payroll: payroll('2025-02-31,2025-08-31') }, AS_OF, ['lpa-90-minimum-wage']);
    expect(r.rejected.map((x) => [x.row, x.column, x.why?.id])).toEqual([
      [3, 'period_start', 'not_a_real_date'],
    ]);
    expect(r.findings).toEqual([]);
    expect(reasonsOf(r, 'E002', 'lpa-90-minimum-wage')).toEqual([LOST('row 3', 'แถว 3')]);
    expect(r.undetermined[0].reason).toBe(
      '1 payroll row of the employee rejected without a pay period that could be read (row 3): pay for a period not known, so what was paid for any period is not known in full',
    );
  });

  it("one of a period's rows rejected: the rows left are not the period's pay", () => {
    // August paid in two halves; the second's amount cannot be read. Half a month's pay is no
    // s.90 shortfall, and no net pay to reconcile either.
    const employees = 'employee_id,province,wage_type,wage_rate\nE001,Bangkok,monthly,12000';
    const payroll = [
      'employee_id,period_start,period_end,pay_date,base_pay,deduction_statutory,net_pay',
      'E001,2025-07-01,2025-07-31,2025-07-31,12000.00,600.00,11400.00',
      'E001,2025-08-01,2025-08-31,2025-08-15,6000.00,0.00,6000.00',
      'E001,2025-08-01,2025-08-31,2025-08-31,6,000.00,600.00,5400.00',
    ].join('\n');
    const r = run({ employees, payroll }, AS_OF, ['lpa-90-minimum-wage', 'data-net-pay']);
    expect(r.rejected.map((x) => [x.row, x.why?.id])).toEqual([[4, 'extra_cells']]);
    expect(r.findings).toEqual([]);
    for (const rule of ['lpa-90-minimum-wage', 'data-net-pay'])
      expect(reasonsOf(r, 'E001', rule)).toEqual([LOST('row 4', 'แถว 4', 1, AUGUST)]);
  });

  it('an entitlement on termination a rejected row may have paid: undetermined, not owed', () => {
    // Dismissed on 31 August after five years: 180 days' severance, paid in September's row.
    const employees = [
      'employee_id,hire_date,province,wage_type,wage_rate,termination_date,termination_reason',
      'E001,2020-06-01,Bangkok,daily,400,2025-08-31,dismissed',
    ].join('\n');
    const payroll = (september: string) =>
      [
        'employee_id,period_start,period_end,pay_date,base_pay,severance_pay',
        'E001,2025-08-01,2025-08-31,2025-08-31,10400.00,0.00',
        `E001,2025-09-01,2025-09-30,2025-09-05,${september}`,
      ].join('\n');
    const paid = run({ employees, payroll: payroll('0.00,72000.00') }, AS_OF, ['lpa-118-severance']);
    expect(paid.findings).toEqual([]);
    // The severance written 72,000.00 without quotes: the row is rejected, and nothing is owed on it.
    const r = run({ employees, payroll: payroll('0.00,72,000.00') }, AS_OF, ['lpa-118-severance']);
    expect(r.rejected.map((x) => [x.row, x.why?.id])).toEqual([[3, 'extra_cells']]);
    expect(r.findings).toEqual([]);
    expect(reasonsOf(r, 'E001', 'lpa-118-severance')).toEqual([
      LOST('row 3', 'แถว 3', 1, { start: '2025-09-01', end: '2025-09-30' }),
    ]);
  });

  it('rows of a period that begins after the as-of date are outside the audit, as read they would be', () => {
    const employees = 'employee_id,province,wage_type,wage_rate\nE001,Bangkok,monthly,15000';
    const payroll = [
      'employee_id,period_start,period_end,pay_date,base_pay',
      'E001,2025-08-01,2025-08-31,2025-08-31,15000.00',
      'E001,2025-11-01,2025-11-30,2025-11-30,15000.00,extra',
    ].join('\n');
    const r = run({ employees, payroll }, AS_OF, ['lpa-90-minimum-wage']);
    expect(r.rejected.map((x) => x.row)).toEqual([3]);
    expect(r.undetermined).toEqual([]);
    expect(coverage(r, 'lpa-90-minimum-wage').employees_checked).toBe(1);
  });
});

describe('streamed, spilled and with worker threads, as read whole', () => {
  const TINY: CheckHooks = { minBytes: 0, batchRows: 3, chunkBytes: 61, spillBytes: 200 };
  // The demo factory's layout (examples/demo-factory): both worked the weeks of 4 and 11 August;
  // E002's pay for the first week was written with an unquoted amount.
  const EMPLOYEES_CSV = [
    'employee_id,name,birth_date,hire_date,province,wage_type,wage_rate',
    'E001,Somchai Prasert,1985-04-12,2019-06-01,Samut Prakan,daily,400',
    'E002,Malee Wongsuwan,1991-11-03,2021-02-15,Samut Prakan,daily,400',
  ].join('\n');
  const week = (id: string, days: number[]) =>
    days.map((d) => `${id},2025-08-${String(d).padStart(2, '0')},08:00,17:00,60,work`);
  const DAYS = [4, 5, 6, 7, 8, 11, 12, 13, 14, 15];
  const PAYROLL = [
    'employee_id,period_start,period_end,pay_date,base_pay,ot_pay,deduction_statutory,net_pay',
    'E001,2025-08-04,2025-08-10,2025-08-10,2000.00,0.00,100.00,1900.00',
    'E002,2025-08-04,2025-08-10,2025-08-10,2,000.00,0.00,100.00,1900.00',
    'E001,2025-08-11,2025-08-17,2025-08-17,2000.00,0.00,100.00,1900.00',
    'E002,2025-08-11,2025-08-17,2025-08-17,1600.00,0.00,80.00,1520.00',
  ].join('\n');
  const head = 'employee_id,date,start,end,break_minutes,day_type';
  const cases: Record<string, [string[], string]> = {
    'grouped by employee': [[head, ...week('E001', DAYS), ...week('E002', DAYS)], 'stream'],
    "not grouped: E002's rows before and after E001's": [
      [head, ...week('E002', DAYS.slice(0, 5)), ...week('E001', DAYS), ...week('E002', DAYS.slice(5))],
      'spill',
    ],
  };
  it.each(Object.entries(cases))('%s', async (_, [lines, path]) => {
    const dir = folder({
      'employees.csv': EMPLOYEES_CSV,
      'hours.csv': `${lines.join('\n')}\n`,
      'payroll.csv': PAYROLL,
    });
    const o = { dir, asOf: AS_OF };
    const whole = json(publish(checkData(readDataSet(resolveInputs(o)), pack(), o)));
    const parsed = JSON.parse(whole) as Result;
    expect(parsed.rejected.map((x) => [x.row, x.why?.id])).toEqual([[3, 'extra_cells']]);
    // Her second week is judged: 1,600 for 5 days is below the minimum.
    expect(
      parsed.findings.filter((f) => f.rule === 'lpa-90-minimum-wage').map((f) => [f.employee_id, f.period]),
    ).toEqual([['E002', { start: '2025-08-11', end: '2025-08-17' }]]);
    const first = { start: '2025-08-04', end: '2025-08-10' };
    for (const rule of [...PAY_RULES, 'integrity-two-books', 'integrity-paid-floor', 'lpa-56-holiday-wage'])
      expect(reasonsOf(parsed, 'E002', rule), rule).toContainEqual(LOST('row 3', 'แถว 3', 1, first));
    let taken = '';
    expect(json(publish(check(o, { ...TINY, onPath: (p) => (taken = p.path) })))).toBe(whole);
    expect(taken).toBe(path);
    for (const jobs of [1, 2])
      expect(json(publish(await built.checkAsync({ ...o, jobs }, TINY)))).toBe(whole);
  });
});

// Every pay_date unreadable: every payroll row rejected. The signals that read pay_date said
// "column pay_date not in payroll.csv", though the column is there: the rows were rejected.
describe('every payroll row rejected: the signals say so, not that a column is absent', () => {
  const files = {
    'employees.csv': 'employee_id,birth_date,province,wage_type,wage_rate\nE1,1990-01-01,Bangkok,daily,400\n',
    'hours.csv':
      'employee_id,date,start,end,break_minutes\nE1,2025-08-04,08:00,17:00,60\nE1,2025-08-05,08:00,17:00,60\n',
    'payroll.csv':
      'employee_id,period_start,period_end,pay_date,base_pay\n' +
      'E1,2025-08-01,2025-08-15,xx,3200\nE1,2025-08-16,2025-08-31,yy,3200\n',
  };
  const SAID =
    'payroll rows of payroll.csv rejected (rows 2-3) and none read: column pay_date is not known (the rows may hold it), not absent';

  it('names the rejected rows for pay_date, whole, streamed and with --jobs', async () => {
    const dir = folder(files);
    const r = check({ dir, asOf: AS_OF });
    expect(r.rejected.map((x) => [x.row, x.column])).toEqual([
      [2, 'pay_date'],
      [3, 'pay_date'],
    ]);
    const reasons = (x: Result) =>
      x.signals!.undetermined.filter((u) => u.trigger === 'late-pay' || u.trigger === 'unpaid-periods');
    expect(reasons(r).map((u) => [u.trigger, u.reason.replace(`${dir}/`, '')])).toEqual([
      ['late-pay', SAID],
      ['unpaid-periods', SAID],
    ]);
    expect(JSON.stringify(r.signals)).not.toContain('not in');
    // The payroll rules name the rows too, never the column.
    const s70 = r.undetermined.find((u) => u.rule === 'lpa-70-pay-interval')?.reason ?? '';
    expect(s70).toContain('1 payroll row of the employee rejected (row 2)');
    expect(s70).not.toContain('not in');
    const streamed = await built.checkAsync({ dir, asOf: AS_OF, jobs: 2 }, { minBytes: 0, inFlight: 1 });
    expect(streamed.signals).toEqual(r.signals);
  });

  it('a column absent from a payroll with rows read is still said absent', () => {
    const dir = folder({
      ...files,
      'payroll.csv': 'employee_id,period_start,period_end,base_pay\nE1,2025-08-01,2025-08-15,3200\n',
    });
    const r = check({ dir, asOf: AS_OF });
    expect(
      r
        .signals!.undetermined.filter((u) => u.trigger === 'late-pay')
        .map((u) => u.reason.replace(`${dir}/`, '')),
    ).toEqual(['column pay_date not in payroll.csv']);
  });
});
