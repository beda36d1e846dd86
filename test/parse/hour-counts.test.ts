import { describe, expect, it } from 'vitest';
import type { Result } from '../../src/findings/result.js';
import { run } from '../helpers.js';

// Payroll programs print the overtime and holiday hours of a period as hours and minutes (12:30
// for twelve and a half hours). Those cells are read as hours, and priced by the minute, exactly;
// before, such a row was rejected ("not a number") and its period's checks lost.

const employees = 'employee_id,birth_date,province,wage_type,wage_rate\nE1,1990-01-01,Bangkok,daily,400';
const payroll = (otHours: string) =>
  `employee_id,period_start,period_end,pay_date,base_pay,days_worked,ot_hours,ot_pay\nE1,2025-08-01,2025-08-31,2025-08-31,10400,26,${otHours},0`;
const owed = (r: Result) =>
  r.findings.filter((f) => f.rule === 'lpa-61-overtime-pay').map((f) => f.owed_satang);

describe('hours written as hours and minutes in the payroll', () => {
  // 400 baht a day over 8 hours: 50 baht an hour, overtime at 1.5 times.
  it.each([
    ['12:30', 93_750], // 12.5 h x 50 x 1.5 = 937.50 baht
    ['12.5', 93_750],
    ['๑๒:๓๐', 93_750],
    ['12:30:00', 93_750],
    ['12:20', 92_500], // 12 h 20 min = 740 min: 740 / 60 x 50 x 1.5 = 925.00 baht exactly
    ['0:45', 5_625],
  ])('ot_hours %s: owed %i satang', (cell, satang) => {
    const r = run({ employees, payroll: payroll(cell) }, '2025-12-31', ['lpa-61-overtime-pay']);
    expect(r.rejected).toEqual([]);
    expect(owed(r)).toEqual([satang]);
  });

  it.each(['12:75', '1:30 pm', '12 ชม. 30 นาที'])('%s is rejected, not guessed', (cell) => {
    const r = run({ employees, payroll: payroll(cell) }, '2025-12-31', ['lpa-61-overtime-pay']);
    expect(r.rejected.map((x) => x.column)).toEqual(['ot_hours']);
  });

  it('the two-books warning writes such hours to the hundredth', () => {
    const hours = [
      'employee_id,date,start,end',
      ...[4, 5, 6, 7, 8].map((d) => `E1,2025-08-0${d},08:00,12:00`),
    ].join('\n');
    const pay =
      'employee_id,period_start,period_end,pay_date,base_pay,ot_hours\nE1,2025-08-04,2025-08-10,2025-08-10,2000,12:20';
    const r = run({ employees, hours, payroll: pay }, '2025-12-31', ['integrity-two-books']);
    expect(r.findings.map((f) => f.message)).toEqual([
      'E1: the payroll shows 12.33 h of overtime for 2025-08-04 to 2025-08-10, the hours file 0 h (more than 2 h apart): two sets of books?',
    ]);
  });
});
