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
