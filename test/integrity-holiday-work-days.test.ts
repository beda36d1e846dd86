import { describe, expect, it } from 'vitest';
import { check } from '../src/api.js';
import { tempDir } from './helpers.js';

// A daily worker's half month, 1-15 August 2025: 13 working days (Monday to Saturday) and two
// Sundays worked as weekly holidays. Thai payrolls count วันทำงาน, the working days, and pay the
// Sundays as holiday work (OT 2 เท่า): 13 days paid against 15 days in the hours is no sign of two
// sets of books.

const EMPLOYEES =
  'employee_id,birth_date,province,wage_type,wage_rate,sex,hazardous\nE1,1990-01-01,Bangkok,daily,400,M,no\n';

function hours(): string {
  const rows = ['employee_id,date,start,end,day_type'];
  for (let d = 1; d <= 15; d++) {
    const date = `2025-08-${String(d).padStart(2, '0')}`;
    const type = new Date(`${date}T00:00:00Z`).getUTCDay() === 0 ? 'weekly_holiday' : 'work';
    rows.push(`E1,${date},08:00,12:00,${type}`, `E1,${date},13:00,17:00,${type}`);
  }
  return `${rows.join('\n')}\n`;
}

const payroll = (days: number) =>
  'employee_id,period_start,period_end,pay_date,base_pay,ot_pay,holiday_pay,holiday_ot_pay,days_worked\n' +
  `E1,2025-08-01,2025-08-15,2025-08-16,${days * 400},0,800,0,${days}\n`;

const run = (days: number) =>
  check({
    dir: tempDir({ 'employees.csv': EMPLOYEES, 'hours.csv': hours(), 'payroll.csv': payroll(days) }),
    asOf: '2025-10-31',
  });

describe('days paid without the days of holiday work', () => {
  it('is no two-books finding: undetermined, naming the holidays worked', () => {
    const r = run(13);
    expect(r.findings.filter((f) => f.rule === 'integrity-two-books')).toEqual([]);
    expect(r.undetermined.filter((u) => u.rule === 'integrity-two-books').map((u) => u.reason)).toEqual([
      '2025-08-01..2025-08-15: the hours show work on holidays (2025-08-03, 2025-08-10), which a payroll may pay as holiday work rather than count among the days worked: the days paid are the other days worked',
    ]);
    // The 13 working days are paid at the minimum: s.90 has nothing to say either.
    expect(r.findings.filter((f) => f.rule === 'lpa-90-minimum-wage')).toEqual([]);
  });

  it('fewer days paid than even the working days is still a sign', () => {
    const r = run(10);
    expect(r.findings.filter((f) => f.rule === 'integrity-two-books').map((f) => f.message)).toEqual([
      'E1: the payroll pays 10 days worked for 2025-08-01 to 2025-08-15, the hours file shows 15 (more than 1 apart): two sets of books?',
    ]);
  });

  it('every day paid, holidays worked included, agrees as before', () => {
    const r = run(15);
    expect(r.findings.filter((f) => f.rule === 'integrity-two-books')).toEqual([]);
    expect(r.undetermined.filter((u) => u.rule === 'integrity-two-books')).toEqual([]);
  });

  it('an announced holiday of holidays.csv worked counts as one, with no day_type', () => {
    const rows = ['employee_id,date,start,end'];
    for (let d = 4; d <= 16; d++) {
      const date = `2025-08-${String(d).padStart(2, '0')}`;
      if (new Date(`${date}T00:00:00Z`).getUTCDay() !== 0)
        rows.push(`E1,${date},08:00,12:00`, `E1,${date},13:00,17:00`);
    }
    const r = check({
      dir: tempDir({
        'employees.csv': EMPLOYEES,
        'hours.csv': `${rows.join('\n')}\n`,
        // 10 working days paid; 11 and 12 August, announced holidays, worked and paid as holiday work.
        'payroll.csv':
          'employee_id,period_start,period_end,pay_date,base_pay,ot_pay,holiday_pay,holiday_ot_pay,days_worked\n' +
          'E1,2025-08-04,2025-08-16,2025-08-17,4000,0,1600,0,10\n',
        'holidays.csv': "date,name\n2025-08-11,Special holiday\n2025-08-12,Mother's Day\n",
      }),
      asOf: '2025-10-31',
    });
    expect(r.findings.filter((f) => f.rule === 'integrity-two-books')).toEqual([]);
    expect(r.undetermined.filter((u) => u.rule === 'integrity-two-books').map((u) => u.reason)).toEqual([
      expect.stringContaining('the hours show work on holidays (2025-08-11, 2025-08-12)'),
    ]);
  });
});
