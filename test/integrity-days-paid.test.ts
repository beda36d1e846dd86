import { describe, expect, it } from 'vitest';
import type { Result } from '../src/findings/result.js';
import { run } from './helpers.js';

// integrity-two-books compares the days a payroll pays with the days in the hours file. A real
// payroll's "days" are not always days worked: a monthly wage is paid for the month's days
// (30), and a daily worker is paid for the employer's announced holidays (s.56) without working
// them. Neither is a sign of two sets of books; a difference neither explains still is.

const only = ['integrity-two-books'];
const twoBooks = (r: Result) => r.findings.filter((f) => f.rule === 'integrity-two-books');
const undetermined = (r: Result) => r.undetermined.filter((u) => u.rule === 'integrity-two-books');

/** April 2025 Monday to Saturday, 08:00-12:00 and 13:00-17:00, except `off` days. */
const april = (off: number[]) => {
  const rows = ['employee_id,date,start,end'];
  for (let d = 1; d <= 30; d++) {
    const date = `2025-04-${String(d).padStart(2, '0')}`;
    if (new Date(`${date}T00:00:00Z`).getUTCDay() === 0 || off.includes(d)) continue;
    rows.push(`E1,${date},08:00,12:00`, `E1,${date},13:00,17:00`);
  }
  return rows.join('\n');
};
const employee = (type: string, rate: number) =>
  `employee_id,birth_date,province,wage_type,wage_rate\nE1,1990-01-01,Bangkok,${type},${rate}`;
const payroll = (days: number, pay: number) =>
  `employee_id,period_start,period_end,pay_date,base_pay,days_worked\nE1,2025-04-01,2025-04-30,2025-04-30,${pay},${days}`;
// Songkran, 14 and 15 April 2025 (Monday, Tuesday), as the employer announced them.
const holidays = 'date,name\n2025-04-14,สงกรานต์\n2025-04-15,สงกรานต์\n2025-05-01,วันแรงงาน';

describe('days paid that are not days worked', () => {
  // 26 work days in April 2025 (Monday to Saturday); 24 without the two Songkran days.
  it('a daily worker paid 26 days for 24 worked and 2 announced holidays: no sign', () => {
    const r = run(
      { employees: employee('daily', 400), hours: april([14, 15]), payroll: payroll(26, 10400), holidays },
      '2025-06-30',
      only,
    );
    expect(twoBooks(r)).toEqual([]);
    expect(undetermined(r)).toEqual([]);
  });

  it('without the holidays file the same payroll is named (the tool cannot know the holidays)', () => {
    const r = run(
      { employees: employee('daily', 400), hours: april([14, 15]), payroll: payroll(26, 10400) },
      '2025-06-30',
      only,
    );
    expect(twoBooks(r).map((f) => f.message)).toEqual([
      'E1: the payroll pays 26 days worked for 2025-04-01 to 2025-04-30, the hours file shows 24 (more than 1 apart): two sets of books?',
    ]);
  });

  it('28 days paid: more than the holidays explain, named', () => {
    const r = run(
      { employees: employee('daily', 400), hours: april([14, 15]), payroll: payroll(28, 11200), holidays },
      '2025-06-30',
      only,
    );
    expect(twoBooks(r)).toHaveLength(1);
  });

  it('a monthly wage paid for 30 days with 26 worked: undetermined, days of the month paid', () => {
    const r = run(
      { employees: employee('monthly', 15000), hours: april([]), payroll: payroll(30, 15000) },
      '2025-06-30',
      only,
    );
    expect(twoBooks(r)).toEqual([]);
    expect(undetermined(r).map((u) => u.reasons)).toEqual([
      [
        {
          id: 'days_paid_not_worked',
          params: { days: 30 },
          period: { start: '2025-04-01', end: '2025-04-30' },
        },
      ],
    ]);
  });

  it('a monthly wage paid for 29 days with 26 worked, or a daily one for 30: named', () => {
    const monthly29 = run(
      { employees: employee('monthly', 15000), hours: april([]), payroll: payroll(29, 15000) },
      '2025-06-30',
      only,
    );
    expect(twoBooks(monthly29)).toHaveLength(1);
    const daily30 = run(
      { employees: employee('daily', 400), hours: april([]), payroll: payroll(30, 12000) },
      '2025-06-30',
      only,
    );
    expect(twoBooks(daily30)).toHaveLength(1);
  });
});
