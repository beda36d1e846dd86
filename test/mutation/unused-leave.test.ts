import { describe, expect, it } from 'vitest';
import { packWith, run } from '../helpers.js';

// s.67: on termination, the year's leave not taken, pro rata: annual_leave_days x days employed
// that calendar year (both ends counted) / days in the year, less leave_taken_days, at the last
// daily wage (monthly 30,000 baht = 1,000.00 a day), less leave_pay.

const LEAVE = 'lpa-67-unused-leave';
const EMP =
  'employee_id,birth_date,province,wage_type,wage_rate,hire_date,termination_date,termination_reason,annual_leave_days,leave_taken_days';
const PAY = 'employee_id,period_start,period_end,pay_date,base_pay,leave_pay';

// s.30 leave comes after a year of service: the count from a hire date in the year of termination
// is reached only with a pack that asks for no year first.
const NO_YEAR_FIRST = () => packWith({ 'lpa-67-unused-leave.leave_after_service_years': 0 });

function unusedLeave(
  hire: string,
  end: string,
  annual: string,
  taken: string,
  leavePay = '0',
  rules?: ReturnType<typeof packWith>,
) {
  // E2, still employed, keeps both leave columns filled when E1's cells are empty.
  const r = run(
    {
      employees: `${EMP}\nE1,1990-01-01,Bangkok,monthly,30000,${hire},${end},dismissed,${annual},${taken}\nE2,1990-01-01,Bangkok,monthly,30000,2015-01-01,,,6,0`,
      payroll: `${PAY}\nE1,${end.slice(0, 8)}01,${end},${end},30000,${leavePay}`,
    },
    '2025-12-31',
    [LEAVE],
    rules,
  );
  const f = r.findings.find((x) => x.rule === LEAVE);
  return { f, owed: f?.owed_satang, undetermined: r.undetermined.map((u) => u.reason) };
}

describe('unused annual leave (s.67)', () => {
  it('leap year 2024, to 30 June: 12 x 182 / 366 = 5.97 days, 2 taken, 3.97 x 1,000 = 3,967.21 baht', () => {
    const { f } = unusedLeave('2015-01-01', '2024-06-30', '12', '2');
    expect(f).toMatchObject({
      owed_satang: 396721,
      entitled_satang: 396721,
      paid_satang: 0,
      date: '2024-06-30',
    });
    expect(f?.message).toBe(
      'E1: dismissed on 2024-06-30 with 3.97 days of annual leave unused (5.97 earned this year, 2 taken): 3,967.21 baht due at 1,000.00 a day, 0.00 paid',
    );
    expect(f?.params).toMatchObject({ annual_leave_days: 12, days_employed_in_year: 182, days_in_year: 366 });
    expect(f?.evidence).toEqual([{ file: 'employees.csv', row: 2 }]);
  });

  it('common year 2025, to 30 June: 12 x 181 / 365, none taken, 5,950.68 baht', () => {
    const { f } = unusedLeave('2015-01-01', '2025-06-30', '12', '0');
    expect(f?.owed_satang).toBe(595068);
    expect(f?.params).toMatchObject({ days_employed_in_year: 181, days_in_year: 365 });
  });

  it('hired in the year of termination: counted from the hire date, 1 March to 30 June 2024 is 122 days', () => {
    // Under a year of service: undetermined by the bundled pack.
    expect(unusedLeave('2024-03-01', '2024-06-30', '12', '0')).toMatchObject({
      f: undefined,
      undetermined: [expect.stringContaining('before 1 year(s) of service')],
    });
    const { f } = unusedLeave('2024-03-01', '2024-06-30', '12', '0', '0', NO_YEAR_FIRST());
    // 12 x 122 / 366 = 4 days exactly.
    expect(f?.owed_satang).toBe(400000);
    expect(f?.message).toContain('with 4 days of annual leave unused (4 earned this year, 0 taken)');
    expect(f?.params).toMatchObject({ days_employed_in_year: 122 });
  });

  it('hired on 1 January of the year and dismissed on 1 January: one day of 365', () => {
    // 365 days' leave a year makes one day earned on one day employed.
    expect(unusedLeave('2025-01-01', '2025-01-01', '365', '0', '0', NO_YEAR_FIRST()).owed).toBe(100000);
  });

  it('leave taken equal to the entitlement owes nothing; a hundredth of a day less owes 10 baht', () => {
    expect(unusedLeave('2015-01-01', '2025-12-31', '6', '6').f).toBeUndefined();
    expect(unusedLeave('2015-01-01', '2025-12-31', '6', '5.99').owed).toBe(1000);
  });

  it('leave_pay is set against it and its row cited', () => {
    const { f } = unusedLeave('2015-01-01', '2024-06-30', '12', '2', '1000');
    expect(f).toMatchObject({ owed_satang: 296721, paid_satang: 100000 });
    expect(f?.evidence).toEqual([
      { file: 'employees.csv', row: 2 },
      { file: 'payroll.csv', row: 2 },
    ]);
  });

  it('an empty annual_leave_days or leave_taken_days cell is undetermined, not no leave', () => {
    for (const [annual, taken] of [
      ['', '0'],
      ['12', ''],
    ]) {
      const { f, undetermined } = unusedLeave('2015-01-01', '2025-06-30', annual, taken);
      expect(f).toBeUndefined();
      expect(undetermined).toEqual(['annual_leave_days or leave_taken_days is empty']);
    }
  });

  it('no annual_leave_days column: undetermined naming that column, not an empty cell', () => {
    const r = run(
      {
        employees: `employee_id,birth_date,province,wage_type,wage_rate,hire_date,termination_date,termination_reason,leave_taken_days\nE1,1990-01-01,Bangkok,monthly,30000,2015-01-01,2025-06-30,dismissed,0`,
        payroll: `${PAY}\nE1,2025-06-01,2025-06-30,2025-06-30,30000,0`,
      },
      '2025-12-31',
      [LEAVE],
    );
    expect(r.findings).toEqual([]);
    expect(r.undetermined.map((u) => u.reason)).toEqual([
      'column annual_leave_days not in the employees file',
    ]);
  });
});
