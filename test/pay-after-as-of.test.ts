import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type * as Api from '../src/api.js';
import { check, checkData, readDataSet } from '../src/api.js';
import { publish } from '../src/findings/redact.js';
import type { Result } from '../src/findings/result.js';
import { json } from '../src/report/json.js';
import { validate } from '../src/validate.js';
import { cli, pack, ROOT, run, tempFolders } from './helpers.js';

// Nothing after the as-of date makes a finding or a debt. A Thai export of September and
// October 2568 (2025) audited as of 26 September: the October pay period begins after it
// (rejected, as the work after it is); September straddles it (its hours after the 26th are
// rejected, so its pay is not set against what was due); a pay date after it is no payment yet.

const folder = tempFolders();
const be = (iso: string) => {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${Number(y) + 543}`;
};
const isoDay = (n: number) => new Date(Date.UTC(2025, 8, n)).toISOString().slice(0, 10);

/**
 * A pairs export (เข้า1/ออก1/เข้า2/ออก2) of 1001 and 1002, Monday to Saturday, 1 September to
 * 4 October; with its title row, or without (a streamed file's header is its first line).
 */
function hours(title = true): string {
  const rows = [
    ...(title ? ['รายงานสรุปเวลาเข้า-ออกงาน ประจำวันที่ 01/09/2568 ถึง 04/10/2568,,,,,,,'] : []),
    'ลำดับ,รหัสพนักงาน,ชื่อ-สกุล,วันที่,เข้า1,ออก1,เข้า2,ออก2',
  ];
  let n = 0;
  for (const [id, name] of [
    ['1001', 'นายสมชาย ใจดี'],
    ['1002', 'นางสาวมาลี ศรีสุข'],
  ])
    for (let d = 1; d <= 34; d++) {
      const date = isoDay(d);
      if (new Date(`${date}T00:00:00Z`).getUTCDay() === 0) continue;
      rows.push(`${++n},${id},${name},${be(date)},08:00,12:00,13:00,17:00`);
    }
  return `${rows.join('\n')}\n`;
}

const EMPLOYEES = [
  'รหัสพนักงาน,ชื่อ-สกุล,วันเกิด,วันเริ่มงาน,จังหวัด,ประเภทค่าจ้าง,อัตราค่าจ้าง',
  '1001,นายสมชาย ใจดี,12/03/2530,01/06/2565,กรุงเทพมหานคร,รายวัน,400',
  '1002,นางสาวมาลี ศรีสุข,05/11/2538,15/01/2567,กรุงเทพมหานคร,รายเดือน,12000',
].join('\n');

// September: 26 working days paid (the month), 1002 on a monthly wage. October: begins after
// the as-of date; 1002's 5,000 would be an s.90 shortfall of its month.
const PAYROLL = [
  'รายงานเงินเดือน ประจำเดือน กันยายน - ตุลาคม 2568,,,,,,,',
  'ลำดับ,รหัสพนักงาน,ชื่อ-นามสกุล,งวดเริ่ม,งวดสิ้นสุด,วันที่จ่าย,จำนวนวันทำงาน,ค่าจ้าง',
  '1,1001,นายสมชาย ใจดี,01/09/2568,30/09/2568,30/09/2568,26,"10,400.00"',
  '2,1002,นางสาวมาลี ศรีสุข,01/09/2568,30/09/2568,30/09/2568,26,"12,000.00"',
  '3,1001,นายสมชาย ใจดี,01/10/2568,31/10/2568,31/10/2568,27,"10,800.00"',
  '4,1002,นางสาวมาลี ศรีสุข,01/10/2568,31/10/2568,31/10/2568,27,"5,000.00"',
].join('\n');

const AS_OF = '2025-09-26';
const parsed = (r: Result) => JSON.parse(json(publish(r))) as Result;
const files = (dir: string) => ({
  employees: join(dir, 'employees.csv'),
  hours: join(dir, 'hours.csv'),
  payroll: join(dir, 'payroll.csv'),
});

describe('pay periods after the as-of date', () => {
  const dir = folder({ 'employees.csv': EMPLOYEES, 'hours.csv': hours(), 'payroll.csv': PAYROLL });

  it('a period that begins after it: its rows rejected on period_start, said once; no finding of it', () => {
    const r = parsed(checkData(readDataSet(files(dir)), pack(), { asOf: AS_OF }));
    const pay = r.inputs.find((i) => i.kind === 'payroll')!;
    expect([pay.rows_read, pay.rows_used, pay.rows_rejected, pay.rows_skipped]).toEqual([4, 2, 2, 0]);
    const rejected = r.rejected.filter((x) => x.file === files(dir).payroll);
    expect(rejected).toEqual([
      expect.objectContaining({
        row: 5,
        column: 'period_start',
        value: '2025-10-01',
        why: expect.objectContaining({ id: 'pay_period_starts_after_as_of' }),
        reason:
          'the pay period begins on 2025-10-01, after the as-of date 2025-09-26: outside the audit, it pays for none of the work audited',
      }),
      expect.objectContaining({ row: 6, column: 'period_start', value: '2025-10-01' }),
    ]);
    expect(
      r.warnings.filter((w) => w.file === files(dir).payroll && w.why?.id === 'pay_rows_after_as_of'),
    ).toEqual([
      {
        file: files(dir).payroll,
        row: 5,
        column: 'period_start',
        message:
          '2 rows of pay periods that begin after the as-of date 2025-09-26 (2025-10-01; the first on row 5): rejected, outside the audit (a misread date, or an --as-of before the records end)',
        why: expect.objectContaining({ id: 'pay_rows_after_as_of' }),
      },
    ]);
    // Nothing judged of October, nor of any date after the as-of date.
    for (const f of r.findings) expect(f.date ?? f.period!.start).not.toMatch(/^2025-10/);
    expect(r.findings.filter((f) => f.rule === 'lpa-90-minimum-wage')).toEqual([]);
  });

  it('a period that straddles it: two-books and the pay checks undetermined naming it, not "26 days paid, 22 worked"', () => {
    const r = parsed(checkData(readDataSet(files(dir)), pack(), { asOf: AS_OF }));
    expect(r.findings.filter((f) => f.rule === 'integrity-two-books')).toEqual([]);
    const twoBooks = r.undetermined.filter(
      (u) => u.rule === 'integrity-two-books' && u.employee_id === '1001',
    );
    expect(twoBooks.map((u) => u.reason)).toContain(
      '2025-09-01..2025-09-30: the pay period ends after the as-of date 2025-09-26: its work after that date is outside the audit (its hours rows are rejected), so what it pays is not set against what was due',
    );
    const mw = r.undetermined.find((u) => u.rule === 'lpa-90-minimum-wage' && u.employee_id === '1002');
    expect(mw?.reasons?.[0]?.id).toBe('pay_period_after_as_of');
  });

  it('the same after the last day of the period: September judged, its days matching', () => {
    const r = parsed(checkData(readDataSet(files(dir)), pack(), { asOf: '2025-09-30' }));
    expect(r.undetermined.filter((u) => u.reasons?.[0]?.id === 'pay_period_after_as_of')).toEqual([]);
    expect(r.findings.filter((f) => f.rule === 'integrity-two-books')).toEqual([]);
    expect(r.rejected.filter((x) => x.column === 'period_start').map((x) => x.row)).toEqual([5, 6]);
  });

  it('streamed as read whole, and validate counts as check does (API and CLI)', async () => {
    // A streamed file's header is its first line: the title rows left out.
    const payroll = PAYROLL.split('\n').slice(1).join('\n');
    const dir = folder({ 'employees.csv': EMPLOYEES, 'hours.csv': hours(false), 'payroll.csv': payroll });
    const paths: string[] = [];
    const streamed = check(
      { dir, asOf: AS_OF },
      { minBytes: 0, batchRows: 3, onPath: (p) => paths.push(p.path === 'memory' ? p.reason : p.path) },
    );
    expect(paths).toEqual(['stream']);
    const whole = checkData(readDataSet(files(dir)), pack(), { asOf: AS_OF });
    expect(json(publish(streamed))).toBe(json(publish(whole)));

    const counts = (i: {
      file: string;
      rows_read: number;
      rows_used: number;
      rows_rejected: number;
      rows_skipped: number;
    }) => [i.file, i.rows_read, i.rows_used, i.rows_rejected, i.rows_skipped];
    const v = await validate([dir], { asOf: AS_OF });
    expect(v.files.map((f) => counts(f.stats!)).sort()).toEqual(whole.inputs.map(counts).sort());
    expect(v.files.flatMap((f) => f.rejected).length).toBe(whole.rejected.length);

    const out = cli(['validate', dir, '--as-of', AS_OF, '--format', 'json']);
    expect(out.code).toBe(1);
    const report = JSON.parse(out.stdout) as { files: { stats: Parameters<typeof counts>[0] }[] };
    expect(report.files.map((f) => counts(f.stats)).sort()).toEqual(whole.inputs.map(counts).sort());
    const bad = cli(['validate', dir, '--as-of', '2025-13-01']);
    expect([bad.code, bad.stderr]).toEqual([
      2,
      'labour-check: --as-of: "2025-13-01" is not a date YYYY-MM-DD\n',
    ]);
  });
});

describe('a pay date after the as-of date is no payment yet', () => {
  // 1001 leaves on 28 September and is paid on 5 October; 1002's September pay comes on
  // 5 October after August's on 31 August. As of 30 September, neither is late yet.
  const dir = folder({
    'employees.csv': `${EMPLOYEES.split('\n')[0]},วันที่ลาออก,สาเหตุการพ้นสภาพ\n${EMPLOYEES.split('\n')
      .slice(1)
      .map((l, i) => `${l},${i === 0 ? '28/09/2568,resigned' : ','}`)
      .join('\n')}\n`,
    'payroll.csv': [
      'ลำดับ,รหัสพนักงาน,ชื่อ-นามสกุล,งวดเริ่ม,งวดสิ้นสุด,วันที่จ่าย,ค่าจ้าง',
      '1,1001,นายสมชาย ใจดี,01/08/2568,31/08/2568,31/08/2568,"10,800.00"',
      '2,1002,นางสาวมาลี ศรีสุข,01/08/2568,31/08/2568,31/08/2568,"12,000.00"',
      '3,1001,นายสมชาย ใจดี,01/09/2568,28/09/2568,05/10/2568,"9,600.00"',
      '4,1002,นางสาวมาลี ศรีสุข,01/09/2568,30/09/2568,05/10/2568,"12,000.00"',
    ].join('\n'),
  });
  const run = (asOf: string) =>
    parsed(
      checkData(
        readDataSet({ employees: join(dir, 'employees.csv'), payroll: join(dir, 'payroll.csv') }),
        pack(),
        { asOf },
      ),
    );

  it('as of 30 September: no final-pay or pay-gap finding from the 5 October payment', () => {
    const r = run('2025-09-30');
    expect(
      r.findings.filter((f) => f.rule === 'lpa-70-final-pay' || f.rule === 'lpa-70-pay-interval'),
    ).toEqual([]);
    expect(r.rejected).toEqual([]);
  });

  it('as of 3 October: final pay late to the as-of date (2 days), no interest or negative days anywhere', () => {
    const r = run('2025-10-03');
    const final = r.findings.filter((f) => f.rule === 'lpa-70-final-pay');
    expect(final).toHaveLength(1);
    expect(final[0].message).toContain('paid 2025-10-05, after the as-of date 2025-10-03 (2 days late)');
    // In Thai, not the English words.
    expect(final[0].message_th).toContain('จ่ายเมื่อ 2025-10-05 หลังวันที่ตรวจสอบ 2025-10-03 (ช้า 2 วัน)');
    expect(final[0].message_th).not.toMatch(/after|paid/);
    for (const f of r.findings) {
      expect(f.interest_satang ?? 0).toBeGreaterThanOrEqual(0);
      const days = (f.params.interest as { days?: number } | undefined)?.days;
      if (days !== undefined) expect(days).toBeGreaterThan(0);
    }
  });
});

describe('a termination date after the as-of date', () => {
  // Notice given in October for 15 December; audited on 31 October: severance, notice pay and
  // pay for leave not taken fall due in December, not before. Before, s.118 found 96,000 baht owed.
  const employees = [
    'employee_id,name,birth_date,hire_date,termination_date,termination_reason,notice_given_on,annual_leave_days,leave_taken_days,province,wage_type,wage_rate',
    'E001,Somchai,1985-04-12,2019-06-01,2025-12-15,dismissal,2025-10-15,6,0,Samut Prakan,daily,400',
  ].join('\n');
  const payroll = [
    'employee_id,period_start,period_end,pay_date,base_pay,severance_pay,notice_pay,leave_pay',
    'E001,2025-09-01,2025-09-30,2025-09-30,10400,0,0,0',
    'E001,2025-10-01,2025-10-31,2025-10-31,10800,0,0,0',
  ].join('\n');
  const rules = ['lpa-118-severance', 'lpa-17-1-notice-pay', 'lpa-67-unused-leave', 'lpa-70-final-pay'];

  it.each([
    ['2025-10-31', []],
    // Two months' notice given: no notice pay owed; no pay period holds 15 December (s.70
    // undetermined), and the payroll, ending in October, does not hold what was paid on leaving:
    // s.118 and s.67 undetermined (they found the whole of it owed, as if nothing was paid).
    ['2025-12-31', []],
  ])('as of %s: found %j', (asOf, found) => {
    const r = run({ employees, payroll }, asOf, rules);
    expect([...new Set(r.findings.map((f) => f.rule))].sort()).toEqual([...found].sort());
    const pending = r.undetermined.filter((u) => u.reasons?.some((x) => x.id === 'termination_after_as_of'));
    if (asOf === '2025-10-31') {
      // Final pay too: not "no pay period contains the termination date".
      expect(pending.map((u) => u.rule).sort()).toEqual([
        'lpa-118-severance',
        'lpa-17-1-notice-pay',
        'lpa-67-unused-leave',
        'lpa-70-final-pay',
      ]);
      expect(pending[0].reason).toBe(
        'employment ends on 2025-12-15, after the as-of date 2025-10-31: what is owed on termination is not yet due',
      );
    } else {
      expect(pending).toEqual([]);
      expect(
        r.undetermined
          .filter((u) => u.reasons?.some((x) => x.id === 'termination_pay_not_in_payroll'))
          .map((u) => u.rule)
          .sort(),
      ).toEqual(['lpa-118-severance', 'lpa-67-unused-leave']);
    }
  });

  it('a pay period that holds the day and runs past the as-of date: final pay undetermined, not checked', () => {
    // December's period began before the audit of 10 December; its wages, and the final pay,
    // fall due after it.
    const december = `${payroll}\nE001,2025-12-01,2025-12-31,,5600,0,0,0`;
    const r = run({ employees, payroll: december }, '2025-12-10', ['lpa-70-final-pay']);
    expect(r.findings).toEqual([]);
    expect(r.undetermined.map((u) => [u.rule, u.reasons?.map((x) => x.id)])).toEqual([
      ['lpa-70-final-pay', ['termination_after_as_of']],
    ]);
    expect(r.coverage.rules.find((x) => x.rule === 'lpa-70-final-pay')).toMatchObject({
      employees_checked: 0,
      undetermined_employees: ['E001'],
    });
  });
});

describe('warnings of pay periods whose rows are rejected as after the as-of date', () => {
  // A Thai export of September and October 2568 audited as of 30 September: 1001's October is
  // paid in two halves (one period in two rows), 1002 has an October half-month run beside the
  // month's, and 1003's half-month-cycle period straddling the as-of date overlaps an October
  // month row. The October rows are rejected: no warning and no undetermined check names them.
  const dir = folder({
    'employees.csv': [EMPLOYEES, '1003,นายประยุทธ มั่นคง,20/01/2533,01/06/2565,กรุงเทพมหานคร,รายเดือน,12000'].join(
      '\n',
    ),
    'hours.csv': hours(false),
    'payroll.csv': [
      'ลำดับ,รหัสพนักงาน,ชื่อ-นามสกุล,งวดเริ่ม,งวดสิ้นสุด,วันที่จ่าย,ค่าจ้าง',
      '1,1001,นายสมชาย ใจดี,01/09/2568,30/09/2568,30/09/2568,"10,400.00"',
      '2,1001,นายสมชาย ใจดี,01/10/2568,31/10/2568,15/10/2568,"5,400.00"',
      '3,1001,นายสมชาย ใจดี,01/10/2568,31/10/2568,31/10/2568,"5,400.00"',
      '4,1002,นางสาวมาลี ศรีสุข,01/09/2568,30/09/2568,30/09/2568,"12,000.00"',
      '5,1002,นางสาวมาลี ศรีสุข,01/10/2568,15/10/2568,15/10/2568,"6,000.00"',
      '6,1002,นางสาวมาลี ศรีสุข,01/10/2568,31/10/2568,31/10/2568,"12,000.00"',
      '7,1003,นายประยุทธ มั่นคง,16/09/2568,15/10/2568,15/10/2568,"12,000.00"',
      '8,1003,นายประยุทธ มั่นคง,01/10/2568,31/10/2568,31/10/2568,"12,000.00"',
    ].join('\n'),
  });
  const asOf = '2025-09-30';

  it('are said again without those rows: no split period, no overlap left (whole, streamed, --jobs 2)', async () => {
    const r = parsed(checkData(readDataSet(files(dir)), pack(), { asOf }));
    const rejected = r.rejected.filter((x) => x.file === files(dir).payroll).map((x) => x.row);
    expect(rejected).toEqual([3, 4, 6, 7, 9]);
    const payroll = r.warnings.filter((w) => w.file === files(dir).payroll).map((w) => w.why?.id);
    expect(payroll).toEqual(['ignored_columns', 'pay_rows_after_as_of']);
    // 1003's September-October period overlaps only a rejected row: it is undetermined for its
    // end after the as-of date, not for an overlap naming row 9.
    const of1003 = r.undetermined.filter((u) => u.employee_id === '1003').map((u) => u.reason);
    expect(of1003.some((t) => /row 9|rows 8-9|overlap/.test(t))).toBe(false);
    expect(of1003.some((t) => t.includes('the pay period ends after the as-of date 2025-09-30'))).toBe(true);

    const streamed = check({ dir, asOf }, { minBytes: 0, batchRows: 2, chunkBytes: 47 });
    expect(json(publish(streamed))).toBe(json(publish(checkData(readDataSet(files(dir)), pack(), { asOf }))));
    const api = (await import(join(ROOT, 'dist', 'src', 'api.js'))) as typeof Api;
    const two = await api.checkAsync({ dir, asOf, jobs: 2 }, { minBytes: 0, batchRows: 2, inFlight: 1 });
    expect(JSON.stringify(two)).toBe(JSON.stringify(check({ dir, asOf }, { minBytes: 0, batchRows: 2 })));
  });

  it('as of the end of October nothing is rejected, and both warnings stand as before', () => {
    const r = parsed(checkData(readDataSet(files(dir)), pack(), { asOf: '2025-10-31' }));
    expect(r.rejected).toEqual([]);
    const ids = r.warnings.map((w) => w.why?.id);
    expect(ids).toContain('pay_period_rows_added');
    expect(ids.filter((id) => id === 'pay_periods_overlap')).toHaveLength(2);
  });
});

describe('an as-of date typed with a Buddhist-era year', () => {
  // 2568-08-01 read as C.E. put the audit 543 years on: §9 interest of 32,616.99 baht on a
  // 400-baht holiday wage. Refused, naming the C.E. date, on every command that takes a date.
  it('is refused with the C.E. date, exit 2', () => {
    const dir = folder({ 'employees.csv': EMPLOYEES, 'hours.csv': hours(false) });
    const said = (option: string, date: string, ce: string) =>
      `labour-check: ${option}: "${date}" has a Buddhist-era year: give the date in C.E., ${ce}\n`;
    for (const args of [
      ['check', dir, '--as-of', '2568-09-26'],
      ['validate', dir, '--as-of', '2568-09-26'],
    ]) {
      const r = cli(args);
      expect([r.code, r.stderr, r.stdout]).toEqual([2, said('--as-of', '2568-09-26', '2025-09-26'), '']);
    }
    const w = cli(['wage', 'Bangkok', '--date', '2568-07-01']);
    expect([w.code, w.stderr]).toEqual([2, said('--date', '2568-07-01', '2025-07-01')]);
    // The last C.E. year before the threshold is a date like any other.
    expect(cli(['wage', 'Bangkok', '--date', '2399-07-01']).code).toBe(0);
  });
});
