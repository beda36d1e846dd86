import { describe, expect, it } from 'vitest';
import { check, checkAsync } from '../src/api.js';
import { tempDir } from './helpers.js';

// A Thai payroll with one pay date's Buddhist-era year typed wrong: 31/08/2668 (2125) or
// 31/08/2468 (1925) for 31/08/2568. Read as a payment, August was paid a century away, and s.70
// found "wages paid on 2025-07-31 and next on 2025-09-30" (or "on 1925-08-31 and next on
// 2025-07-31"): gaps the data does not show. The row is rejected; August's pay is not known.

const EMPLOYEES =
  'employee_id,birth_date,province,wage_type,wage_rate\nE1,1990-01-01,Bangkok,monthly,15000\n';
const payroll = (august: string) =>
  'employee_id,period_start,period_end,pay_date,base_pay\n' +
  'E1,01/07/2568,31/07/2568,31/07/2568,15000\n' +
  `E1,01/08/2568,31/08/2568,${august},15000\n` +
  'E1,01/09/2568,30/09/2568,30/09/2568,15000\n';
const REASON =
  'the pay date is more than a year from its pay period 2025-08-01..2025-08-31: a year typed wrong, not a payment; what was paid for the period, and when, is not known';

const s70 = (r: ReturnType<typeof check>) =>
  r.findings.filter((f) => f.rule.startsWith('lpa-70')).map((f) => f.message);

describe('a pay date a century from its pay period', () => {
  for (const [typed, read] of [
    ['31/08/2668', '2125-08-31'],
    ['31/08/2468', '1925-08-31'],
  ]) {
    it(`${typed} is rejected, no s.70 gap found (whole and streamed)`, async () => {
      const dir = tempDir({ 'employees.csv': EMPLOYEES, 'payroll.csv': payroll(typed) });
      const r = check({ dir, asOf: '2025-10-31' });
      expect(r.rejected.map((x) => [x.row, x.column, x.reason])).toEqual([
        [3, 'pay_date', `"${read}": ${REASON}`],
      ]);
      expect(s70(r)).toEqual([]);
      expect(r.undetermined.filter((u) => u.rule === 'lpa-70-pay-interval').map((u) => u.reason)).toEqual([
        '2025-08-01..2025-08-31: 1 payroll row of the employee rejected (row 3): what was paid for the period is not known in full',
      ]);
      const streamed = await checkAsync({ dir, asOf: '2025-10-31' }, { minBytes: 0 });
      expect(streamed.rejected.map((x) => [x.row, x.column])).toEqual([[3, 'pay_date']]);
      expect(s70(streamed)).toEqual([]);
    });
  }

  it('a payment months late is still a payment: its gap is found', () => {
    const r = check({
      dir: tempDir({ 'employees.csv': EMPLOYEES, 'payroll.csv': payroll('15/10/2568') }),
      asOf: '2025-10-31',
    });
    expect(r.rejected).toEqual([]);
    expect(s70(r)).toEqual(['E1: wages paid on 2025-07-31 and next on 2025-09-30, more than 1 month apart']);
  });
});

// A pay period's own year typed wrong (01/08/2567 for 2568): a period of 13 months, read as one,
// made a monthly salary of 18,000 short of 13 months' minimum wage by 125,730.00 baht (s.90) and
// "longer than 1 month" (s.70). A period more than a year long is rejected; a year long is kept.
describe('a pay period more than a year long', () => {
  const EMP =
    'employee_id,birth_date,province,wage_type,wage_rate\nE1,1985-04-12,Samut Prakan,monthly,18000\n';
  const run = async (start: string, end: string) => {
    const dir = tempDir({
      'employees.csv': EMP,
      'payroll.csv': `employee_id,period_start,period_end,pay_date,base_pay\nE1,${start},${end},31/08/2568,18000\n`,
    });
    const whole = check({ dir, asOf: '2025-10-31' });
    const streamed = await checkAsync({ dir, asOf: '2025-10-31' }, { minBytes: 0 });
    return { whole, streamed };
  };
  const money = (r: ReturnType<typeof check>) =>
    r.findings.filter((f) => f.rule === 'lpa-90-minimum-wage' || f.rule === 'lpa-70-pay-interval');

  it('01/08/2567..31/08/2568 (396 days) is rejected: no s.90 or s.70 finding (whole and streamed)', async () => {
    const { whole, streamed } = await run('01/08/2567', '31/08/2568');
    for (const r of [whole, streamed]) {
      expect(r.rejected.map((x) => [x.row, x.column, x.reason])).toEqual([
        [
          2,
          'period_start',
          '"2024-08-01": the pay period 2024-08-01..2025-08-31 is more than a year long: a year typed wrong in one of its dates, not a period; what was paid, and for which days, is not known',
        ],
      ]);
      expect(money(r)).toEqual([]);
    }
  });

  it('a year to the day (2024-09-01..2025-08-31, 365 days) is kept, and judged', async () => {
    const { whole } = await run('01/09/2567', '31/08/2568');
    expect(whole.rejected).toEqual([]);
    expect(money(whole).map((f) => f.rule)).toContain('lpa-70-pay-interval');
  });
});
