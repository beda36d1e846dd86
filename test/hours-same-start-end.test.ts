import { describe, expect, it } from 'vitest';
import { check, checkAsync } from '../src/api.js';
import { tempDir } from './helpers.js';

// An attendance summary writes a day with one punch as the same time in and out (08:00, 08:00).
// Read as "an end not after the start is the next day", it was 24 hours of work: 16 h of
// overtime owed (1,200 baht) and a 24-hour day without a break. The row cannot say whether it is
// a punch missing or a guard's 24-hour shift: it is rejected, and its day is incomplete.

const EMPLOYEES =
  'employee_id,birth_date,province,wage_type,wage_rate,sex,hazardous\nE1,1990-01-01,Bangkok,daily,400,M,no\n';
const PAYROLL =
  'employee_id,period_start,period_end,pay_date,base_pay,ot_pay,holiday_pay,holiday_ot_pay,days_worked\n' +
  'E1,2025-08-04,2025-08-06,2025-08-06,1200,0,0,0,3\n';
const REASON =
  'start and end are the same time: a punch missing (one time written in both cells) or 24 hours of work, which the row does not say; not counted as work';

const owed = (r: ReturnType<typeof check>, rule: string) =>
  r.findings.filter((f) => f.rule === rule).reduce((s, f) => s + (f.owed_satang ?? 0), 0);

describe('an hours row whose start and end are the same time', () => {
  const hours =
    'employee_id,date,start,end,break_minutes\n' +
    'E1,2025-08-04,08:00,17:00,60\nE1,2025-08-05,08:00,08:00,60\nE1,2025-08-06,08:00,17:00,60\n';

  it('is rejected, not 24 hours of work: no overtime owed, the day undetermined', async () => {
    const dir = tempDir({ 'employees.csv': EMPLOYEES, 'hours.csv': hours, 'payroll.csv': PAYROLL });
    const r = check({ dir, asOf: '2025-10-31' });
    expect(r.rejected.map((x) => [x.row, x.column, x.reason, x.value])).toEqual([
      [3, 'end', `"08:00": ${REASON}`, '08:00'],
    ]);
    expect(owed(r, 'lpa-61-overtime-pay')).toBe(0);
    expect(r.findings.filter((f) => f.date === '2025-08-05')).toEqual([]);
    expect(r.inputs.find((i) => i.kind === 'hours')).toMatchObject({
      rows_read: 3,
      rows_used: 2,
      rows_rejected: 1,
    });
    // Streamed (the fast row reader hands the row to the full one): the same.
    const streamed = await checkAsync({ dir, asOf: '2025-10-31' }, { minBytes: 0 });
    expect(streamed.rejected.map((x) => [x.row, x.column, x.reason])).toEqual([
      [3, 'end', `"08:00": ${REASON}`],
    ]);
    expect(streamed.findings).toEqual(r.findings);
  });

  it('in a Thai in/out summary (เวลาเข้า, เวลาออก) too; a night shift to the next day stays one', () => {
    const thai =
      'รหัสพนักงาน,วันที่,เวลาเข้า,เวลาออก\n' +
      'E1,04/08/2568,08:00,12:00\nE1,05/08/2568,07:58,07:58\nE1,06/08/2568,22:00,06:00\n';
    const r = check({
      dir: tempDir({ 'employees.csv': EMPLOYEES, 'hours.csv': thai, 'payroll.csv': PAYROLL }),
      asOf: '2025-10-31',
    });
    expect(r.rejected.map((x) => [x.row, x.reason])).toEqual([[3, `"07:58": ${REASON}`]]);
    expect(owed(r, 'lpa-61-overtime-pay')).toBe(0);
    expect(r.inputs.find((i) => i.kind === 'hours')).toMatchObject({ rows_used: 2, rows_rejected: 1 });
  });
});
