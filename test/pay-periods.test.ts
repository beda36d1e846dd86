import { describe, expect, it } from 'vitest';
import type { Result } from '../src/findings/result.js';
import { run } from './helpers.js';

// A pay period given in several payroll rows, and pay periods that overlap: a check never sets
// part of a period's pay against the whole period's entitlement (parse/pay-periods.ts).
// - Rows of one employee with the same period_start and period_end are one pay period: their
//   money adds up (a split payment, an adjustment run); findings cite every row.
// - Their pay dates differing: s.9 interest from the latest; s.70 timing of the period undetermined.
// - Periods that overlap without being the same: the checks that set pay against what was due
//   for a period (s.90, s.61-63, s.56, s.76, s.51, s.70 unpaid and final pay, s.17/1) are
//   undetermined for them, never a finding.

const EMP = 'employee_id,birth_date,province,wage_type,wage_rate\nK01,1990-01-01,Bangkok,monthly,12000\n';
const DAILY = 'employee_id,birth_date,province,wage_type,wage_rate\nK01,1990-01-01,Bangkok,daily,400\n';
const PAY = 'employee_id,period_start,period_end,pay_date,base_pay';

const line = (f: Result['findings'][number]) =>
  `${f.rule} ${f.employee_id} ${f.period ? `${f.period.start}..${f.period.end}` : f.date}${f.owed_satang ? ` ${f.owed_satang}` : ''} ${f.evidence.map((e) => `${e.file}:${e.row}`).join(' ')}`;
const undetermined = (r: Result, rule: string) =>
  r.undetermined.filter((u) => u.rule === rule).map((u) => u.reason);

interface Case {
  name: string;
  employees?: string;
  payroll: string[];
  hours?: string[];
  asOf?: string;
  rules: string[];
  findings: string[];
  /** [rule, part of its undetermined reason] */
  undetermined?: [string, string][];
  /** Rules with nothing undetermined. */
  determined?: string[];
  /** Parts of the warnings. */
  warnings?: string[];
}

const cases: Case[] = [
  {
    name: 'two rows of 6,000 for a 12,000 month are one period paid 12,000: no s.90 finding (was two, 12,000 owed)',
    payroll: [PAY, 'K01,2025-08-01,2025-08-31,2025-08-31,6000', 'K01,2025-08-01,2025-08-31,2025-08-31,6000'],
    rules: ['lpa-90-minimum-wage', 'lpa-70-pay-interval'],
    findings: [],
    warnings: [
      '2 payroll rows of employee K01 for the pay period 2025-08-01..2025-08-31 (rows 2, 3) are taken as one pay period',
    ],
  },
  {
    name: 'two rows of 5,000: one s.90 finding for the period, 2,000 owed, both rows cited',
    payroll: [PAY, 'K01,2025-08-01,2025-08-31,2025-08-31,5000', 'K01,2025-08-01,2025-08-31,2025-08-31,5000'],
    rules: ['lpa-90-minimum-wage'],
    findings: ['lpa-90-minimum-wage K01 2025-08-01..2025-08-31 200000 payroll.csv:2 payroll.csv:3'],
  },
  {
    name: 'an adjustment row paid later: s.9 interest from the latest pay date; each date is a payment for s.70',
    payroll: [
      PAY,
      'K01,2025-07-01,2025-07-31,2025-07-31,12000',
      'K01,2025-08-01,2025-08-31,2025-08-31,5000',
      'K01,2025-08-01,2025-08-31,2025-10-20,5000',
      'K01,2025-09-01,2025-09-30,2025-09-30,12000',
    ],
    rules: ['lpa-90-minimum-wage', 'lpa-70-pay-interval'],
    // No gap and nothing left unjudged: 31 Jul, 31 Aug, 30 Sep, 20 Oct are all payments (August
    // placed at its latest date alone would have made 31 Jul to 30 Sep a false gap).
    findings: ['lpa-90-minimum-wage K01 2025-08-01..2025-08-31 200000 payroll.csv:3 payroll.csv:4'],
    determined: ['lpa-70-pay-interval'],
  },
  {
    name: 'a gap that only a later row of a period ends is not judged',
    payroll: [
      PAY,
      'K01,2025-05-01,2025-05-31,2025-05-31,12000',
      'K01,2025-06-01,2025-06-30,2025-06-30,6000',
      'K01,2025-06-01,2025-06-30,2025-09-15,6000',
    ],
    rules: ['lpa-70-pay-interval'],
    findings: [],
    undetermined: [
      [
        'lpa-70-pay-interval',
        '2025-06-01..2025-06-30: the rows of this pay period (rows 3, 4) were paid on different dates (2025-06-30, 2025-09-15)',
      ],
    ],
  },
  {
    name: 'a gap before a period paid in two rows is measured to its first payment',
    payroll: [
      PAY,
      'K01,2025-05-01,2025-05-31,2025-05-31,12000',
      'K01,2025-07-01,2025-07-31,2025-07-31,6000',
      'K01,2025-07-01,2025-07-31,2025-08-15,6000',
    ],
    rules: ['lpa-70-pay-interval'],
    findings: ['lpa-70-pay-interval K01 2025-07-01..2025-07-31 payroll.csv:2 payroll.csv:3 payroll.csv:4'],
  },
  {
    name: 'a row unpaid beside a paid one: not "unpaid" in full, the period\'s timing undetermined',
    payroll: [PAY, 'K01,2025-08-01,2025-08-31,2025-08-31,6000', 'K01,2025-08-01,2025-08-31,,6000'],
    rules: ['lpa-70-pay-interval', 'lpa-90-minimum-wage'],
    findings: [],
    undetermined: [['lpa-70-pay-interval', 'were paid on different dates (2025-08-31, none)']],
  },
  {
    name: 'every row of a period unpaid: the wages of all of them are owed, once',
    payroll: [
      PAY,
      'K01,2025-06-01,2025-06-30,2025-06-30,12000',
      'K01,2025-07-01,2025-07-31,,7000',
      'K01,2025-07-01,2025-07-31,,5000',
    ],
    rules: ['lpa-70-pay-interval'],
    findings: ['lpa-70-pay-interval K01 2025-07-01..2025-07-31 1200000 payroll.csv:3 payroll.csv:4'],
  },
  {
    name: 'an unpaid row repeated in every cell: owed once, the least (one row exported twice), not twice',
    payroll: [
      PAY,
      'K01,2025-06-01,2025-06-30,2025-06-30,12000',
      'K01,2025-07-01,2025-07-31,,6000',
      'K01,2025-07-01,2025-07-31,,6000',
    ],
    rules: ['lpa-70-pay-interval'],
    findings: ['lpa-70-pay-interval K01 2025-07-01..2025-07-31 600000 payroll.csv:3 payroll.csv:4'],
    warnings: ['rows 3, 4 are identical in every cell: one row exported twice or two equal payments'],
  },
  {
    name: 'overlapping periods: s.90 and s.70 unpaid undetermined naming the rows, no finding',
    payroll: [PAY, 'K01,2025-08-01,2025-08-31,2025-08-31,6000', 'K01,2025-08-16,2025-09-15,,6000'],
    asOf: '2025-11-30',
    rules: ['lpa-90-minimum-wage', 'lpa-70-pay-interval'],
    findings: [],
    undetermined: [
      [
        'lpa-90-minimum-wage',
        '2025-08-01..2025-08-31: the pay period overlaps another pay period of the payroll (row 3) without being the same',
      ],
      [
        'lpa-70-pay-interval',
        '2025-08-16..2025-09-15: the pay period overlaps another pay period of the payroll (row 2)',
      ],
    ],
    warnings: ['payroll rows 2-3 of employee K01 give pay periods that overlap without being the same'],
  },
  {
    name: 'a bonus row over a quarter beside the monthly rows: its length undetermined, not a s.70 finding',
    payroll: [
      PAY,
      'K01,2025-07-01,2025-07-31,2025-07-31,12000',
      'K01,2025-08-01,2025-08-31,2025-08-31,12000',
      'K01,2025-07-01,2025-09-30,2025-09-30,3000',
      'K01,2025-09-01,2025-09-30,2025-09-30,12000',
    ],
    rules: ['lpa-70-pay-interval'],
    findings: [],
    undetermined: [
      [
        'lpa-70-pay-interval',
        '2025-07-01..2025-09-30: the pay period is longer than a month but overlaps another pay period of the payroll (rows 2, 3, 5)',
      ],
    ],
  },
  {
    name: 'a period end typed a month late (2025-09-15 for 2025-08-15) overlaps the next half: undetermined',
    employees: DAILY,
    payroll: [PAY, 'K01,2025-08-01,2025-09-15,2025-08-16,4800', 'K01,2025-08-16,2025-08-31,2025-09-01,5200'],
    rules: ['lpa-70-pay-interval'],
    findings: [],
    undetermined: [
      [
        'lpa-70-pay-interval',
        'is longer than a month but overlaps another pay period of the payroll (row 3)',
      ],
    ],
  },
  {
    name: 'a two-month period overlapping nothing is still too long',
    payroll: [PAY, 'K01,2025-07-01,2025-08-31,2025-08-31,24000'],
    rules: ['lpa-70-pay-interval'],
    findings: ['lpa-70-pay-interval K01 2025-07-01..2025-08-31 payroll.csv:2'],
  },
  {
    name: 'overlapping periods: s.76 deductions undetermined, not an excess nor a deduction owed',
    payroll: [
      `${PAY},deduction_other,deduction_union`,
      'K01,2025-08-01,2025-08-31,2025-08-31,12000,500,0',
      'K01,2025-08-01,2025-08-15,2025-08-15,6000,500,0',
    ],
    rules: ['lpa-76-deductions'],
    findings: [],
    undetermined: [['lpa-76-deductions', 'overlaps another pay period of the payroll (row 3)']],
  },
  {
    name: 's.76 over one period given in two rows: its deductions are added and set against the whole period',
    payroll: [
      `${PAY},deduction_union`,
      'K01,2025-08-01,2025-08-31,2025-08-15,6000,700',
      'K01,2025-08-01,2025-08-31,2025-08-31,6000,700',
    ],
    // 1,400 union dues in a month of 12,000 due: 200 above the 10% cap (each row alone was under it).
    rules: ['lpa-76-deductions'],
    findings: ['lpa-76-deductions K01 2025-08-01..2025-08-31 20000 payroll.csv:2 payroll.csv:3'],
  },
  {
    name: 'a row exported twice: its deduction counted once (350 owed under s.76, was 700), its net pay not judged',
    payroll: [
      `${PAY},deduction_other,net_pay`,
      'K01,2025-08-01,2025-08-31,2025-08-31,12000,350,11650',
      'K01,2025-08-01,2025-08-31,2025-08-31,12000,350,11650',
    ],
    rules: ['lpa-76-deductions', 'data-net-pay', 'lpa-90-minimum-wage'],
    findings: ['lpa-76-deductions K01 2025-08-01..2025-08-31 35000 payroll.csv:2 payroll.csv:3'],
    undetermined: [
      [
        'data-net-pay',
        '2025-08-01..2025-08-31: payroll rows 2, 3 of the pay period are identical in every cell: one row exported twice or two equal payments',
      ],
    ],
    determined: ['lpa-76-deductions', 'lpa-90-minimum-wage'],
    warnings: [
      '2 payroll rows of employee K01 for the pay period 2025-08-01..2025-08-31 (rows 2, 3) are taken as one pay period, and rows 2, 3 are identical in every cell',
      'their pay is added and their deductions counted once (the least owed)',
    ],
  },
  {
    name: 'union dues on two equal rows paid the same day (two payments or one row twice): counted once, under the 10% cap',
    payroll: [
      `${PAY},deduction_union`,
      'K01,2025-08-01,2025-08-31,2025-08-31,6000,700',
      'K01,2025-08-01,2025-08-31,2025-08-31,6000,700',
    ],
    // 700 of 12,000 due is under the cap; 1,400 (added) was 200 over it.
    rules: ['lpa-76-deductions'],
    findings: [],
    determined: ['lpa-76-deductions'],
  },
  {
    name: 'two rows alike and a third: the third deduction still adds (700, 700 and 1,000 read as 1,700)',
    payroll: [
      `${PAY},deduction_union`,
      'K01,2025-08-01,2025-08-31,2025-08-31,6000,700',
      'K01,2025-08-01,2025-08-31,2025-08-31,6000,700',
      'K01,2025-08-01,2025-08-31,2025-09-05,0,1000',
    ],
    // 1,700 of 12,000 due: 500 over the 10% cap (2,400 added would have been 1,200 over).
    rules: ['lpa-76-deductions'],
    findings: [
      'lpa-76-deductions K01 2025-08-01..2025-08-31 50000 payroll.csv:2 payroll.csv:3 payroll.csv:4',
    ],
    warnings: ['rows 2, 3 are identical in every cell'],
  },
  {
    name: 'a daily worker without hours, days_worked on both rows: s.90 undetermined, not 52 days due',
    employees: DAILY,
    payroll: [
      `${PAY},days_worked`,
      'K01,2025-08-01,2025-08-31,2025-08-15,5200,26',
      'K01,2025-08-01,2025-08-31,2025-08-31,5200,26',
    ],
    rules: ['lpa-90-minimum-wage'],
    findings: [],
    undetermined: [
      ['lpa-90-minimum-wage', 'days_worked is given on several rows of this pay period (rows 2, 3)'],
    ],
  },
  {
    name: 'a daily worker without hours, days_worked on the first row only: checked on the whole pay',
    employees: DAILY,
    payroll: [
      `${PAY},days_worked`,
      'K01,2025-08-01,2025-08-31,2025-08-15,5200,26',
      'K01,2025-08-01,2025-08-31,2025-08-31,5000,',
    ],
    // 26 x 400 = 10,400 due, 10,200 paid.
    rules: ['lpa-90-minimum-wage'],
    findings: ['lpa-90-minimum-wage K01 2025-08-01..2025-08-31 20000 payroll.csv:2 payroll.csv:3'],
  },
  {
    name: 'overtime paid in an adjustment row counts against the overtime due',
    hours: ['employee_id,date,start,end,break_minutes', 'K01,2025-08-04,08:00,19:00,60'],
    payroll: [
      `${PAY},ot_pay,holiday_pay,holiday_ot_pay`,
      'K01,2025-08-01,2025-08-31,2025-08-31,12000,0,0,0',
      'K01,2025-08-01,2025-08-31,2025-08-31,0,150,0,0',
    ],
    // 2 h x 12,000 / 30 / 8 = 50.00 x 1.5 = 150.00, paid in row 3.
    rules: ['lpa-61-overtime-pay'],
    findings: [],
  },
  {
    name: 'overtime in a period that overlaps another: undetermined, not unpaid',
    hours: ['employee_id,date,start,end,break_minutes', 'K01,2025-08-04,08:00,19:00,60'],
    payroll: [
      `${PAY},ot_pay,holiday_pay,holiday_ot_pay`,
      'K01,2025-08-01,2025-08-31,2025-08-31,12000,0,0,0',
      'K01,2025-08-01,2025-08-10,2025-08-10,0,150,0,0',
    ],
    rules: ['lpa-61-overtime-pay'],
    findings: [],
    undetermined: [['lpa-61-overtime-pay', 'overlaps another pay period of the payroll']],
  },
];

describe('pay periods given in several rows, and overlapping ones', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const r = run(
      {
        employees: c.employees ?? EMP,
        payroll: `${c.payroll.join('\n')}\n`,
        ...(c.hours ? { hours: `${c.hours.join('\n')}\n` } : {}),
      },
      c.asOf ?? '2025-10-31',
      c.rules,
    );
    expect(r.findings.map(line)).toEqual(c.findings);
    for (const [rule, part] of c.undetermined ?? [])
      expect(undetermined(r, rule).join(' | '), rule).toContain(part);
    for (const rule of c.determined ?? []) expect(undetermined(r, rule), rule).toEqual([]);
    for (const w of c.warnings ?? [])
      expect(
        r.warnings.some((x) => x.message.includes(w)),
        w,
      ).toBe(true);
    // Every row is used: combined rows are not rejected or lost.
    const pay = r.inputs.find((i) => i.kind === 'payroll')!;
    expect([pay.rows_read, pay.rows_used]).toEqual([c.payroll.length - 1, c.payroll.length - 1]);
  });

  it('interest on a period paid on two dates runs from the latest', () => {
    const r = run(
      {
        employees: EMP,
        payroll: `${PAY}\nK01,2025-08-01,2025-08-31,2025-08-31,5000\nK01,2025-08-01,2025-08-31,2025-10-20,5000\n`,
      },
      '2025-10-31',
      ['lpa-90-minimum-wage'],
    );
    expect(r.findings.map((f) => [f.owed_satang, f.interest_satang])).toEqual([[200000, 904]]);
  });

  it('final pay: rows paid on different dates, in time when the latest is, else undetermined', () => {
    const emp =
      'employee_id,birth_date,province,wage_type,wage_rate,termination_date,termination_reason\nK01,1990-01-01,Bangkok,monthly,12000,2025-08-31,resigned\n';
    const late = run(
      {
        employees: emp,
        payroll: `${PAY}\nK01,2025-08-01,2025-08-31,2025-09-02,6000\nK01,2025-08-01,2025-08-31,2025-09-30,6000\n`,
      },
      '2025-10-31',
      ['lpa-70-final-pay'],
    );
    expect(late.findings).toEqual([]);
    expect(undetermined(late, 'lpa-70-final-pay').join()).toContain(
      'paid on different dates (2025-09-02, 2025-09-30)',
    );
    const inTime = run(
      {
        employees: emp,
        payroll: `${PAY}\nK01,2025-08-01,2025-08-31,2025-08-31,6000\nK01,2025-08-01,2025-08-31,2025-09-02,6000\n`,
      },
      '2025-10-31',
      ['lpa-70-final-pay'],
    );
    expect([inTime.findings, undetermined(inTime, 'lpa-70-final-pay')]).toEqual([[], []]);
  });
});
