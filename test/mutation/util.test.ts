import { describe, expect, it } from 'vitest';
import { checkData } from '../../src/api.js';
import type { RulePack } from '../../src/pack/load.js';
import { assemble, type DataSet, parseTable, type Warning } from '../../src/parse/ingest.js';
import { tableOfText } from '../../src/read/table.js';
import { pack, packWith, run } from '../helpers.js';

// What the checks share: who is pregnant or under 18 on a date (s.39/1, s.47), gross pay and
// the capped deductions (s.76, net pay), the pay date a period is due on.

const NIGHT_PREGNANT = 'lpa-39-1-pregnant-night-work';
const NIGHT_YOUNG = 'lpa-47-child-night-work';
const NET = 'data-net-pay';
const DEDUCTIONS = 'lpa-76-deductions';

function pregnantNight(employees: string, hours: string[]) {
  const r = run({ employees, hours: `employee_id,date,start,end\n${hours.join('\n')}` }, '2025-12-31', [
    NIGHT_PREGNANT,
  ]);
  return {
    dates: r.findings.filter((f) => f.rule === NIGHT_PREGNANT).map((f) => `${f.employee_id} ${f.date}`),
    undetermined: r.undetermined.map((u) => `${u.employee_id} ${u.reason}`),
  };
}

describe('pregnant on a date (s.39/1)', () => {
  const EMP = 'employee_id,birth_date,province,wage_type,wage_rate,sex,pregnant_from,pregnant_to';
  const nights = ['2025-05-31', '2025-06-01', '2025-08-31', '2025-09-01'].map((d) => `E1,${d},20:00,23:00`);

  it('from pregnant_from to pregnant_to, both counted', () => {
    const { dates } = pregnantNight(
      `${EMP}\nE1,1990-01-01,Bangkok,daily,400,F,2025-06-01,2025-08-31`,
      nights,
    );
    expect(dates).toEqual(['E1 2025-06-01', 'E1 2025-08-31']);
  });

  it('no pregnant_to: pregnant from pregnant_from on', () => {
    const { dates } = pregnantNight(`${EMP}\nE1,1990-01-01,Bangkok,daily,400,F,2025-06-01,`, nights);
    expect(dates).toEqual(['E1 2025-06-01', 'E1 2025-08-31', 'E1 2025-09-01']);
  });

  it('no pregnant_from in the row: not pregnant, while a colleague’s span makes the columns known', () => {
    const { dates, undetermined } = pregnantNight(
      `${EMP}\nE1,1990-01-01,Bangkok,daily,400,F,,\nE2,1990-01-01,Bangkok,daily,400,F,2025-06-01,2025-06-30`,
      nights,
    );
    expect(dates).toEqual([]);
    expect(undetermined).toEqual([]);
  });

  it('a pregnant_to alone in the input makes the columns known', () => {
    const { undetermined } = pregnantNight(
      `${EMP}\nE1,1990-01-01,Bangkok,daily,400,F,,\nE2,1990-01-01,Bangkok,daily,400,F,,2025-06-30`,
      nights,
    );
    // The columns are known (no "no pregnancy columns" for E1); E2's end without a start says
    // nothing of the days she was pregnant: undetermined for her alone.
    expect(undetermined).toEqual([
      'E2 pregnant_to "2025-06-30" without pregnant_from: the days worked while pregnant are unknown',
    ]);
  });

  it('pregnancy columns empty in every row: unknown for women and unmarked rows, not for men', () => {
    const rows = ['F', 'female', 'หญิง', '', 'M', 'male', 'Male', 'ช', 'ชาย'].map(
      (sex, i) => `E${i + 1},1990-01-01,Bangkok,daily,400,${sex},,`,
    );
    const hours = rows.map((_, i) => `E${i + 1},2025-09-01,20:00,23:00`);
    const { dates, undetermined } = pregnantNight(`${EMP}\n${rows.join('\n')}`, hours);
    expect(dates).toEqual([]);
    expect(undetermined).toEqual(
      [1, 2, 3, 4].map(
        (i) => `E${i} no pregnancy columns (pregnant_from, pregnant_to) in the employees file`,
      ),
    );
  });

  it('a sex that only contains a man’s marker is not a man: "female", "mf", "ชายหญิง"', () => {
    const rows = ['female', 'mf', 'xm', 'ชายหญิง'].map(
      (sex, i) => `E${i + 1},1990-01-01,Bangkok,daily,400,${sex}`,
    );
    const hours = rows.map((_, i) => `E${i + 1},2025-09-01,20:00,23:00`);
    const { undetermined } = pregnantNight(
      `employee_id,birth_date,province,wage_type,wage_rate,sex\n${rows.join('\n')}`,
      hours,
    );
    expect(undetermined).toHaveLength(4);
  });
});

describe('under 18 on a date (s.47)', () => {
  const EMP = 'employee_id,birth_date,province,wage_type,wage_rate';

  it('night work the day before the 18th birthday is a finding, on the birthday it is not', () => {
    const r = run(
      {
        employees: `${EMP}\nE1,2007-09-01,Bangkok,daily,400`,
        hours: 'employee_id,date,start,end\nE1,2025-08-31,20:00,23:00\nE1,2025-09-01,20:00,23:00',
      },
      '2025-12-31',
      [NIGHT_YOUNG],
    );
    expect(r.findings.map((f) => f.date)).toEqual(['2025-08-31']);
  });

  it('no birth date: undetermined, and the others still checked', () => {
    const r = run(
      {
        employees: `${EMP}\nE1,,Bangkok,daily,400\nE2,2010-01-01,Bangkok,daily,400`,
        hours: 'employee_id,date,start,end\nE1,2025-09-01,20:00,23:00\nE2,2025-09-01,20:00,23:00',
      },
      '2025-12-31',
      [NIGHT_YOUNG],
    );
    expect(r.findings.map((f) => f.employee_id)).toEqual(['E2']);
    expect(r.undetermined.map((u) => [u.employee_id, u.reason])).toEqual([
      ['E1', expect.stringContaining('birth')],
    ]);
  });
});

describe('the adult age is effective-dated: a change inside the span counts from its day', () => {
  // A pack whose adult age is 18, then 20 from 1 June 2025; E1 turned 19 on 1 January 2025.
  function raised() {
    return packWith({
      adult_age: [
        { from: '1998-08-19', value: 18 },
        { from: '2025-06-01', value: 20 },
      ],
    });
  }
  const EMP = 'employee_id,birth_date,province,wage_type,wage_rate,work_categories';

  it('night work (s.47): an adult on 31 May, under the adult age from 1 June', () => {
    const r = run(
      {
        employees: `${EMP}\nE1,2006-01-01,Bangkok,daily,400,`,
        hours: 'employee_id,date,start,end\nE1,2025-05-31,20:00,23:00\nE1,2025-06-01,20:00,23:00',
      },
      '2025-12-31',
      [NIGHT_YOUNG],
      raised(),
    );
    expect(r.findings.map((f) => f.date)).toEqual(['2025-06-01']);
  });

  it('prohibited work (s.49): the first day under the adult age in force that day', () => {
    const r = run(
      {
        employees: `${EMP}\nE1,2006-01-01,Bangkok,daily,400,forklift_crane`,
        hours:
          'employee_id,date,start,end\nE1,2025-05-31,08:00,12:00\nE1,2025-06-02,08:00,12:00\nE1,2025-06-03,08:00,12:00',
      },
      '2025-12-31',
      ['lpa-49-50-prohibited-work'],
      raised(),
    );
    expect(r.findings.map((f) => f.date)).toEqual(['2025-06-02']);
  });
});

describe('gross pay and deductions (net pay, s.76)', () => {
  const CAPPED =
    'deduction_union,deduction_coop,deduction_provident,deduction_deposit,deduction_damages,deduction_other';
  const PAY =
    'employee_id,period_start,period_end,pay_date,base_pay,other_wages,ot_pay,holiday_pay,holiday_ot_pay,deduction_statutory,net_pay';

  it('gross is base_pay + other_wages + ot_pay + holiday_pay + holiday_ot_pay, each counted once', () => {
    const net = (n: string) =>
      run(
        {
          employees:
            'employee_id,birth_date,province,wage_type,wage_rate\nE1,1990-01-01,Bangkok,monthly,20000',
          // Every deduction column given, so that a net below the amounts is a finding too.
          payroll: `${PAY},${CAPPED}\nE1,2025-08-01,2025-08-31,2025-08-31,20000,1000,300,200,100,750,${n},0,0,0,0,0,0`,
        },
        '2025-12-31',
        [NET],
      ).findings.filter((f) => f.rule === NET);
    // 20,000 + 1,000 + 300 + 200 + 100 - 750 = 20,850.
    expect(net('20850')).toEqual([]);
    for (const wrong of ['20650', '21050', '21250', '21450', '22850']) expect(net(wrong)).toHaveLength(1);
  });

  it('no capped deduction column at all: s.76 undetermined, naming every column it looked for', () => {
    const r = run(
      {
        employees: 'employee_id,birth_date,province,wage_type,wage_rate\nE1,1990-01-01,Bangkok,monthly,20000',
        payroll:
          'employee_id,period_start,period_end,pay_date,base_pay\nE1,2025-08-01,2025-08-31,2025-08-31,20000',
      },
      '2025-12-31',
      [DEDUCTIONS],
    );
    expect(r.undetermined.map((u) => u.reason)).toEqual([
      'columns deduction_union, deduction_coop, deduction_provident, deduction_deposit, deduction_damages, deduction_other not in the payroll file: deductions unknown',
    ]);
  });

  it('a deduction over the cap is due on the pay date, not the period end', () => {
    const r = run(
      {
        employees: 'employee_id,birth_date,province,wage_type,wage_rate\nE1,1990-01-01,Bangkok,monthly,15000',
        payroll:
          'employee_id,period_start,period_end,pay_date,base_pay,deduction_union\nE1,2025-08-01,2025-08-31,2025-09-05,15000,1500.01',
      },
      '2025-12-31',
      [DEDUCTIONS],
    );
    const f = r.findings.find((x) => x.rule === DEDUCTIONS);
    expect(f?.owed_satang).toBe(1);
    expect(f?.params?.interest).toMatchObject({ due: '2025-09-05' });
  });
});

describe("a caller's own records (checkData): the days in any order, any birth date", () => {
  const NIGHT = 'lpa-47-child-night-work';
  const EMP = 'employee_id,birth_date,province,wage_type,wage_rate';
  function dataOf(employees: string, hours: string): DataSet {
    const warnings: Warning[] = [];
    return assemble(
      {
        employees: parseTable(tableOfText('employees.csv', employees), 'employees', warnings),
        hours: parseTable(tableOfText('hours.csv', hours), 'hours', warnings),
      },
      warnings,
    );
  }
  const nights = (dates: string[]) =>
    `employee_id,date,start,end\n${dates.map((d) => `E1,${d},20:00,23:00`).join('\n')}`;
  const found = (data: DataSet, rules: RulePack = pack()) =>
    checkData(data, rules, { asOf: '2025-12-31', only: [NIGHT] }).findings.map((f) => f.date);

  it.each([
    ['latest first', [2, 1, 0]],
    ['latest first, then the earliest', [2, 0, 1]],
    ['the middle first', [1, 2, 0]],
  ])('days not in date order (%s): the first and last found by date', (_, order) => {
    // 18, then 20 from 1 June 2025; born 1 January 2006: 19, an adult in May, not in June.
    const raised = packWith({
      adult_age: [
        { from: '1998-08-19', value: 18 },
        { from: '2025-06-01', value: 20 },
      ],
    });
    const data = dataOf(
      `${EMP}\nE1,2006-01-01,Bangkok,daily,400`,
      nights(['2025-05-25', '2025-05-31', '2025-06-20']),
    );
    const stretches = order.map((i) => data.stretches[i]);
    expect(found({ ...data, stretches }, raised)).toEqual(['2025-06-20']);
  });

  it('a birth date whose 18th year has no four digits: ages counted day by day', () => {
    // Born in 9990: 18 in year 10008, past what a date of four digits holds; under age in 2025.
    const data = dataOf(`${EMP}\nE1,2006-01-01,Bangkok,daily,400`, nights(['2025-06-10']));
    const employees = data.employees.map((e) => ({ ...e, birth_date: '9990-01-01' }));
    expect(found({ ...data, employees })).toEqual(['2025-06-10']);
  });
});

describe('net pay above the wages less every deduction (payUnknown, s.90)', () => {
  // 16,000 less 750 tax and 10, 20, 30, 40, 50 and 60 of the capped deductions: 15,040.00 left.
  const HEAD =
    'employee_id,period_start,period_end,pay_date,base_pay,deduction_statutory,deduction_union,deduction_coop,deduction_provident,deduction_deposit,deduction_damages,deduction_other,net_pay';
  const s90 = (net: string) =>
    run(
      {
        employees:
          'employee_id,birth_date,province,wage_type,wage_rate\nE1,1990-01-01,Samut Prakan,monthly,16000',
        payroll: `${HEAD}\nE1,2025-08-01,2025-08-31,2025-08-31,16000,750,10,20,30,40,50,60,${net}`,
      },
      '2025-12-31',
      ['lpa-90-minimum-wage'],
    );

  it('net 15,041.00, one baht (net_pay_tolerance) above the 15,040.00 left: judged, no shortfall', () => {
    const r = s90('15041');
    expect(r.findings).toEqual([]);
    expect(r.undetermined).toEqual([]);
  });

  it('net 15,041.01, a satang more: undetermined, naming the 15,040.00 left after all seven deductions', () => {
    const r = s90('15041.01');
    expect(r.findings).toEqual([]);
    expect(r.undetermined.map((u) => u.reason)).toEqual([
      '2025-08-01..2025-08-31: net pay 15,041.01 is more than the wages less deductions of the row (15,040.00): an amount of it is typed wrong or a pay column was not exported, so what was paid is not known',
    ]);
  });
});

describe('a pay period past the as-of date (payUnknown, s.90): its end, or the termination date before it', () => {
  const PAST =
    '2025-08-01..2025-08-31: the pay period ends after the as-of date AS_OF: its work after that date is outside the audit (its hours rows are rejected), so what it pays is not set against what was due';
  // August paid 1,000 baht; the minimum wage of Samut Prakan for a month employed in part is
  // the daily minimum (372) for each day employed: 15 days are 5,580.00; a whole month 11,160.00.
  it.each([
    ['no termination, as of 30 August', '', '2025-08-30', [], [PAST.replace('AS_OF', '2025-08-30')]],
    [
      'terminated 15 August, as of 20 August: employed to the 15th, judged',
      '2025-08-15',
      '2025-08-20',
      [
        [
          'E1: wages 1,000.00 baht for 2025-08-01 to 2025-08-31 are below the minimum due 5,580.00 baht',
          458000,
        ],
      ],
      [],
    ],
    [
      'terminated 25 August, as of 20 August',
      '2025-08-25',
      '2025-08-20',
      [],
      [PAST.replace('AS_OF', '2025-08-20')],
    ],
    [
      'terminated 15 September, as of 5 September: August ended before, judged',
      '2025-09-15',
      '2025-09-05',
      [['E1: wages 1,000.00 baht for 2025-08-01 to 2025-08-31 are below the minimum due', 1_016_000]],
      [],
    ],
  ])('%s', (_, left, asOf, findings, reasons) => {
    const r = run(
      {
        employees: `employee_id,birth_date,province,wage_type,wage_rate,termination_date\nE1,1990-01-01,Samut Prakan,monthly,16000,${left}`,
        payroll:
          'employee_id,period_start,period_end,pay_date,base_pay\nE1,2025-08-01,2025-08-31,2025-08-31,1000',
      },
      asOf,
      ['lpa-90-minimum-wage'],
    );
    expect(
      r.findings.map((f) => [f.message.slice(0, (findings[0]?.[0] as string)?.length), f.owed_satang]),
    ).toEqual(findings);
    expect(r.undetermined.map((u) => u.reason)).toEqual(reasons);
  });
});
