import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type * as Api from '../src/api.js';
import { check, checkAsync } from '../src/api.js';
import { ROOT, tempDir } from './helpers.js';

// --jobs starts worker threads of the built code.
const built = async () => (await import(join(ROOT, 'dist', 'src', 'api.js'))) as typeof Api;

// A canonical hours row 08:00 to 07:30 (an end typed wrong, or a morning punch's date) was read
// as a night shift past midnight: 23.5 hours of work, 14.5 h of overtime owed (1,087.50 baht
// at 75 baht an hour). A time-clock log never pairs a shift longer than 16 hours: an hours row
// read past midnight as longer than that is rejected, its day incomplete, whole-file, streamed and
// with --jobs. A real 12-hour night shift (19:00 to 07:00) is still one, and so is a long day that
// ends after its start on the day (04:00 to 22:00 at sea: the record says 18 h).

const EMPLOYEES =
  'employee_id,birth_date,province,wage_type,wage_rate,sex,hazardous\nE1,1990-01-01,Bangkok,daily,400,M,no\n';
const PAYROLL =
  'employee_id,period_start,period_end,pay_date,base_pay,ot_pay,holiday_pay,holiday_ot_pay,days_worked\n' +
  'E1,2025-08-04,2025-08-06,2025-08-06,1200,0,0,0,3\n';
const REASON =
  'from 08:00 to this end, read past midnight (an end before the start), is 23 h 30 min, longer than one shift can be (16 h, as a time-clock log caps a shift): a time typed wrong, not counted as work';

const owed = (r: ReturnType<typeof check>, rule: string) =>
  r.findings.filter((f) => f.rule === rule).reduce((s, f) => s + (f.owed_satang ?? 0), 0);

describe('an hours row longer than one shift can be', () => {
  const hours = (row: string) =>
    'employee_id,date,start,end,break_minutes\n' +
    `E1,2025-08-04,08:00,17:00,60\n${row}\nE1,2025-08-06,08:00,17:00,60\n`;
  const dirOf = (row: string) =>
    tempDir({ 'employees.csv': EMPLOYEES, 'hours.csv': hours(row), 'payroll.csv': PAYROLL });

  it('08:00 to 07:30 is rejected, not 23.5 hours of work: no overtime owed, the day undetermined', async () => {
    const dir = dirOf('E1,2025-08-05,08:00,07:30,60');
    const r = check({ dir, asOf: '2025-10-31' });
    expect(r.rejected.map((x) => [x.file.endsWith('hours.csv'), x.row, x.column, x.reason, x.value])).toEqual(
      [[true, 3, 'end', `"07:30": ${REASON}`, '07:30']],
    );
    expect(owed(r, 'lpa-61-overtime-pay')).toBe(0);
    expect(r.findings.filter((f) => f.date === '2025-08-05')).toEqual([]);
    expect(r.inputs.find((i) => i.kind === 'hours')).toMatchObject({ rows_used: 2, rows_rejected: 1 });
    expect(r.undetermined.find((u) => u.rule === 'lpa-27-break-before-overtime')?.reason).toBe(
      'not checked on 2025-08-05 (row 3): a punch or hours row of the day was rejected or is in doubt (dated out of the file order, or a time read 12 hours wrong), so its work is not known in full',
    );
    // Streamed through the fast row reader, and with --jobs 2: the same.
    const api = await built();
    for (const s of [
      await checkAsync({ dir, asOf: '2025-10-31' }, { minBytes: 0, batchRows: 2 }),
      await api.checkAsync({ dir, asOf: '2025-10-31', jobs: 2 }, { minBytes: 0, batchRows: 2, inFlight: 1 }),
    ]) {
      expect(s.rejected.map((x) => [x.row, x.column, x.reason])).toEqual([[3, 'end', `"07:30": ${REASON}`]]);
      expect(s.findings).toEqual(r.findings);
      expect(s.undetermined).toEqual(r.undetermined);
    }
  });

  it('a 12-hour night shift 19:00 to 07:00 is still read, its overtime owed', async () => {
    const dir = dirOf('E1,2025-08-05,19:00,07:00,60');
    const r = check({ dir, asOf: '2025-10-31' });
    expect(r.rejected).toEqual([]);
    // 11 h worked, 3 h over 8: 3 x 75 = 225 baht.
    expect(owed(r, 'lpa-61-overtime-pay')).toBe(22500);
    const s = await (await built()).checkAsync(
      { dir, asOf: '2025-10-31', jobs: 2 },
      { minBytes: 0, inFlight: 1 },
    );
    expect(s.findings).toEqual(r.findings);
  });

  it('past midnight, exactly 16 hours is one shift; 16 h 1 min is not', () => {
    const sixteen = check({ dir: dirOf('E1,2025-08-05,14:00,06:00,60'), asOf: '2025-10-31' });
    expect(sixteen.rejected).toEqual([]);
    const more = check({ dir: dirOf('E1,2025-08-05,14:00,06:01,60'), asOf: '2025-10-31' });
    expect(more.rejected.map((x) => [x.row, x.column])).toEqual([[3, 'end']]);
  });

  it('a day that ends after its start is read as written, however long: 04:00 to 22:00 is 18 h', async () => {
    const dir = dirOf('E1,2025-08-05,04:00,22:00,60');
    const r = check({ dir, asOf: '2025-10-31' });
    expect(r.rejected).toEqual([]);
    // 17 h worked, 9 h over 8: 9 x 75 = 675 baht.
    expect(owed(r, 'lpa-61-overtime-pay')).toBe(67500);
    const s = await (await built()).checkAsync(
      { dir, asOf: '2025-10-31', jobs: 2 },
      { minBytes: 0, inFlight: 1 },
    );
    expect(s.findings).toEqual(r.findings);
  });
});
