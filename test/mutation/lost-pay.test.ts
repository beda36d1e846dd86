import { describe, expect, it } from 'vitest';
import type { CheckContext } from '../../src/evaluate/check.js';
import { lostPayReasons, lostPeriods, payLostBy, payLostIn } from '../../src/evaluate/checks/lost-pay.js';
import type { EmployeeFacts } from '../../src/facts/employee.js';
import type { LostPay } from '../../src/parse/dataset.js';
import { run } from '../helpers.js';

// Payroll rows the tool rejected were the employee's pay for a period (or for some period, when
// their period could not be read): no payroll rule passes the employee on the rows left, and a
// period the rows may be part of is not set against what was due for it. The as-of date ends
// the audit: rows of a period that begins after it are outside it.

const AS_OF = '2025-09-30';
const JULY: LostPay = { start: '2025-07-01', end: '2025-07-31', rows: [7] };
const SEPT_LAST: LostPay = { start: '2025-09-30', end: '2025-10-29', rows: [12] };
const OCTOBER: LostPay = { start: '2025-10-01', end: '2025-10-31', rows: [9, 10] };
const UNDATED: LostPay = { rows: [3, 4, 5, 8, 11, 12, 14, 20] };

const facts = (lostPay: LostPay[]) => ({ lostPay }) as unknown as EmployeeFacts;
const ctx = (lostPay: LostPay[], asOf = AS_OF) =>
  ({ facts: facts(lostPay), asOf }) as unknown as Pick<CheckContext, 'asOf' | 'facts'>;

const JULY_REASON = {
  id: 'pay_rows_rejected',
  params: { n_rows: '1 payroll row', n_rows_th: 1, rows: 'row 7', rows_th: 'แถว 7' },
  period: { start: '2025-07-01', end: '2025-07-31' },
};

describe('lostPayReasons: one reason per period of rejected rows within the audit', () => {
  it('a period, rows without one (three runs of lines, then how many more), none after the as-of date', () => {
    expect(lostPayReasons(facts([JULY, OCTOBER, UNDATED]), AS_OF)).toEqual([
      JULY_REASON,
      {
        id: 'pay_rows_rejected_undated',
        params: {
          n_rows: '8 payroll rows',
          n_rows_th: 8,
          rows: 'rows 3-5, 8, 11-12 and 2 more',
          rows_th: 'แถว 3-5, 8, 11-12 และอีก 2 แถว',
        },
      },
    ]);
  });

  it('two rows of one period: "rows 9-10", with no "more"', () => {
    expect(lostPayReasons(facts([OCTOBER]), '2025-10-01')).toEqual([
      {
        id: 'pay_rows_rejected',
        params: { n_rows: '2 payroll rows', n_rows_th: 2, rows: 'rows 9-10', rows_th: 'แถว 9-10' },
        period: { start: '2025-10-01', end: '2025-10-31' },
      },
    ]);
  });

  it('a period that begins on the as-of date is inside the audit; the day after, outside', () => {
    expect(lostPayReasons(facts([SEPT_LAST]), AS_OF).map((r) => r.period)).toEqual([
      { start: '2025-09-30', end: '2025-10-29' },
    ]);
    expect(lostPayReasons(facts([SEPT_LAST]), '2025-09-29')).toEqual([]);
    expect(lostPeriods(ctx([SEPT_LAST, OCTOBER, UNDATED]))).toBe(2);
    expect(lostPeriods(ctx([SEPT_LAST, OCTOBER, UNDATED], '2025-09-29'))).toBe(1);
  });
});

describe('payLostIn: rejected rows of a period overlapping the days asked about', () => {
  it.each([
    ['July itself', '2025-07-01', '2025-07-31', 'pay_rows_rejected'],
    ['a period ending on 1 July', '2025-06-15', '2025-07-01', 'pay_rows_rejected'],
    ['a period starting on 31 July', '2025-07-31', '2025-08-14', 'pay_rows_rejected'],
    ['one day inside July', '2025-07-15', '2025-07-15', 'pay_rows_rejected'],
    ['the day before July', '2025-06-01', '2025-06-30', undefined],
    ['the day after July', '2025-08-01', '2025-08-31', undefined],
  ])('%s', (_case, start, end, id) => {
    expect(payLostIn(ctx([JULY]), { start, end })?.id).toBe(id);
  });

  it('rows without a period may be pay of any period', () => {
    const span = { start: '2025-01-01', end: '2025-01-31' };
    expect(payLostIn(ctx([UNDATED]), span)?.id).toBe('pay_rows_rejected_undated');
  });

  it('rows of a period after the as-of date are outside the audit, and the next rows are asked', () => {
    const span = { start: '2025-10-01', end: '2025-10-31' };
    expect(payLostIn(ctx([OCTOBER]), span)).toBeUndefined();
    expect(payLostIn(ctx([OCTOBER, UNDATED]), span)?.id).toBe('pay_rows_rejected_undated');
    expect(payLostIn(ctx([OCTOBER]), span)).toBeUndefined();
    expect(payLostIn(ctx([JULY, OCTOBER], '2025-10-31'), span)?.period).toEqual({
      start: '2025-10-01',
      end: '2025-10-31',
    });
  });

  it('no rejected rows: nothing lost', () => {
    expect(payLostIn(ctx([]), { start: '2025-07-01', end: '2025-07-31' })).toBeUndefined();
  });
});

describe('payLostBy: rows of a period that begins by the date may hold a payment before it', () => {
  it.each([
    ['31 July, July begun', '2025-07-31', 'pay_rows_rejected'],
    ['1 July, the day July begins', '2025-07-01', 'pay_rows_rejected'],
    ['30 June, before July', '2025-06-30', undefined],
  ])('%s', (_case, date, id) => {
    expect(payLostBy(ctx([JULY]), date)?.id).toBe(id);
  });

  it('rows without a period may be paid any time; rows after the as-of date are outside the audit', () => {
    expect(payLostBy(ctx([UNDATED]), '2020-01-01')?.id).toBe('pay_rows_rejected_undated');
    expect(payLostBy(ctx([OCTOBER]), '2025-12-31')).toBeUndefined();
    expect(payLostBy(ctx([OCTOBER, JULY]), '2025-12-31')).toEqual(JULY_REASON);
  });
});

describe('through the engine: a rejected payroll row of July', () => {
  // Daily-paid at 500 baht; July's row has an amount that cannot be read, August's is read.
  const employees = 'employee_id,birth_date,province,wage_type,wage_rate\nE1,1990-01-01,Bangkok,daily,500';
  const payroll = [
    'employee_id,period_start,period_end,pay_date,base_pay,days_worked',
    'E1,2025-07-01,2025-07-31,2025-07-31,abc,22',
    'E1,2025-08-01,2025-08-31,2025-08-31,5000.00,22',
  ].join('\n');

  it('s.90 is undetermined for July, and August, paid 5,000 for 22 days, is a finding: 22 x 400 minimum less 5,000, 3,800 baht', () => {
    const r = run({ employees, payroll }, AS_OF, ['lpa-90-minimum-wage']);
    expect(r.rejected.map((x) => x.row)).toEqual([2]);
    expect(r.findings.map((f) => [f.period?.start, f.owed_satang])).toEqual([['2025-08-01', 380_000]]);
    expect(
      r.undetermined.flatMap((u) => (u.reasons ?? []).map((x) => [x.id, x.period?.start])),
    ).toContainEqual(['pay_rows_rejected', '2025-07-01']);
  });
});
