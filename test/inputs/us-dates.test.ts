import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, checkData, readDataSet } from '../../src/api.js';
import { publish } from '../../src/findings/redact.js';
import type { Result } from '../../src/findings/result.js';
import { json } from '../../src/report/json.js';
import { cli, pack, ROOT, tempFolders } from '../helpers.js';

// A ZKTime 5.0 export (ZKTeco's old desktop software) on a US-locale PC: `Department, Name,
// No., Date/Time, Status, Location ID`, times `MM/DD/YYYY hh:mm AM/PM` (formats.md A1.4). Its
// first twelve days of November have no date whose day is over 12, so no date proves the order;
// read day-first, 3 November was 11 March and the two weeks' work spread over March to December,
// some of it after the as-of date, and nothing said so. The AM/PM times say month-first.
// Work dated after the as-of date is rejected with its row, and said once.

const DIR = join(ROOT, 'test', 'fixtures', 'us-dates', 'zktime-november');
const files = { hours: join(DIR, 'AttendanceRecord.csv'), employees: join(DIR, 'employees.csv') };
const folder = tempFolders();

const parsed = (r: Result) => JSON.parse(json(publish(r))) as Result;

describe('a ZKTime export with US dates and AM/PM times', () => {
  it('reads its dates month-first: 11/03/2025 is 3 November, and every work day is in the two weeks exported', () => {
    const data = readDataSet(files);
    expect(data.layouts.find((l) => l.kind === 'hours')?.dateOrder).toBe(
      'month-first (US): no date says which; times written with AM/PM ("11/03/2025 07:58 AM" on line 2), as US exports write month-first',
    );
    expect(data.rejected).toEqual([]);
    const dates = [...new Set(data.stretches.map((s) => s.date))].sort();
    expect(dates).toEqual([
      '2025-11-03',
      '2025-11-04',
      '2025-11-05',
      '2025-11-06',
      '2025-11-07',
      '2025-11-08',
      '2025-11-10',
      '2025-11-11',
      '2025-11-12',
    ]);
    // Row 2 is 31's first in-punch, at 07:58 on 3 November; 12:00 PM is noon.
    expect(data.stretches[0]).toMatchObject({
      employee_id: '31',
      date: '2025-11-03',
      start: 7 * 60 + 58,
      end: 12 * 60,
    });
  });

  it('its one finding is the short break it holds, on 5 November; none lands outside the period', () => {
    const r = checkData(readDataSet(files), pack(), { asOf: '2025-11-30' });
    expect(r.findings.map((f) => [f.rule, f.employee_id, f.date])).toEqual([
      ['lpa-27-daily-break', '31', '2025-11-05'],
    ]);
    for (const f of r.findings) expect(f.date! >= '2025-11-03' && f.date! <= '2025-11-12').toBe(true);
    expect(r.rejected).toEqual([]);
    expect(r.warnings.filter((w) => w.why?.id === 'rows_after_as_of')).toEqual([]);
  });
});

describe('work dated after the as-of date', () => {
  it('the CLI rejects each row of it, located, and warns once with the count and the first row', () => {
    const r = cli([
      'check',
      '--hours',
      files.hours,
      '--employees',
      files.employees,
      '--as-of',
      '2025-11-07',
      '--format',
      'json',
    ]);
    expect([r.code, r.stderr]).toEqual([1, '']);
    const out = JSON.parse(r.stdout) as Result;
    const hours = out.inputs.find((i) => i.kind === 'hours')!;
    // 8, 10, 11 and 12 November: 4 days x 4 punches x 2 employees.
    expect([hours.rows_read, hours.rows_used, hours.rows_rejected]).toEqual([72, 40, 32]);
    const after = out.rejected.filter((x) => x.why?.id === 'date_after_as_of');
    expect(after).toHaveLength(32);
    expect(after[0]).toMatchObject({
      file: files.hours,
      row: 22,
      column: 'date',
      value: '2025-11-08',
      reason:
        'work date 2025-11-08 is after the as-of date 2025-11-07: implausible (a misread date or a clock set wrong); not counted as work',
    });
    const warned = out.warnings.filter((w) => w.why?.id === 'rows_after_as_of');
    expect(warned).toEqual([
      {
        file: files.hours,
        row: 22,
        column: 'date',
        message:
          '32 rows dated after the as-of date 2025-11-07 (2025-11-08..2025-11-12; the first on row 22): rejected as implausible, not counted as work (a misread date, a clock set wrong, or an --as-of before the records end)',
        why: expect.objectContaining({ id: 'rows_after_as_of' }),
      },
    ]);
    // The finding before the as-of date stands; nothing after it is judged.
    expect(out.findings.map((f) => [f.rule, f.employee_id, f.date])).toEqual([
      ['lpa-27-daily-break', '31', '2025-11-05'],
    ]);
    expect(out.findings.every((f) => (f.date ?? f.period!.end) <= '2025-11-07')).toBe(true);
  });

  it('all of it after the as-of date: every row rejected, no finding, exit 0, said in the text report', () => {
    const r = cli(['check', '--hours', files.hours, '--employees', files.employees, '--as-of', '2025-10-31']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toContain(
      '72 rows dated after the as-of date 2025-10-31 (2025-11-03..2025-11-12; the first on row 2): rejected as implausible',
    );
    expect(r.stdout).toMatch(/hours .*AttendanceRecord\.csv: 72 rows read = 0 used \+ 72 rejected/);
  });

  it('a streamed hours file rejects and warns as the file read whole does', () => {
    const rows = ['employee_id,date,start,end,break_minutes'];
    for (let d = 1; d <= 20; d++) rows.push(`E1,2025-08-${String(d).padStart(2, '0')},08:00,19:00,60`);
    const dir = folder({
      'hours.csv': `${rows.join('\n')}\n`,
      'employees.csv': 'employee_id,wage_type,wage_rate,province\nE1,daily,400,Bangkok\n',
      // Unpaid overtime at a rate with the allowance per day worked: work after the as-of date
      // is outside the audit, not work on a day not known (which would leave the allowance out).
      'payroll.csv':
        'employee_id,period_start,period_end,pay_date,base_pay,other_wages,ot_pay\nE1,2025-08-01,2025-08-14,2025-08-14,5600,1400,0\n',
    });
    const o = { dir, asOf: '2025-08-14' };
    const paths: string[] = [];
    const streamed = check(o, { minBytes: 0, batchRows: 3, onPath: (p) => paths.push(p.path) });
    expect(paths).toEqual(['stream']);
    const whole = checkData(
      readDataSet({
        hours: join(dir, 'hours.csv'),
        employees: join(dir, 'employees.csv'),
        payroll: join(dir, 'payroll.csv'),
      }),
      pack(),
      o,
    );
    expect(json(publish(streamed))).toBe(json(publish(whole)));
    expect(parsed(whole).findings.filter((f) => f.rule === 'lpa-61-overtime-pay').length).toBe(1);
    const w = parsed(whole).warnings.find((x) => x.why?.id === 'rows_after_as_of');
    expect(w?.message).toMatch(
      /^6 rows dated after the as-of date 2025-08-14 \(2025-08-15\.\.2025-08-20; the first on row 16\)/,
    );
  });
});
