import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// Data integrity: net_pay is base_pay + other_wages + ot_pay + holiday_pay + holiday_ot_pay less
// every deduction column, within 1 baht. A column absent that could explain a difference makes
// it undetermined.

const RULE = 'data-net-pay';
const EMP = 'employee_id,birth_date,province,wage_type,wage_rate\nE1,1990-01-01,Bangkok,monthly,20000';
const ALL =
  'base_pay,other_wages,ot_pay,holiday_pay,holiday_ot_pay,deduction_statutory,deduction_union,deduction_coop,deduction_provident,deduction_deposit,deduction_damages,deduction_other,net_pay';
// Gross 20,000 + 1,000 + 500 + 300 + 200 = 22,000; deductions 750 + 10 + 20 + 40 + 80 + 160 + 320 = 1,380.
const AMOUNTS = '20000,1000,500,300,200,750,10,20,40,80,160,320';

function check(columns: string, cells: string) {
  const r = run(
    {
      employees: EMP,
      payroll: `employee_id,period_start,period_end,pay_date,${columns}\nE1,2025-08-01,2025-08-31,2025-08-31,${cells}`,
    },
    '2025-09-30',
    [RULE],
  );
  return {
    findings: r.findings.filter((f) => f.rule === RULE),
    undetermined: r.undetermined.map((u) => u.reason),
  };
}

describe('net pay reconciles with gross less deductions', () => {
  it('every pay column added and every deduction column subtracted: 22,000 - 1,380 = 20,620', () => {
    expect(check(ALL, `${AMOUNTS},20620`)).toEqual({ findings: [], undetermined: [] });
  });

  it('a difference of exactly 1 baht is tolerated; 1.01 baht is a finding with the figures', () => {
    expect(check(ALL, `${AMOUNTS},20621`).findings).toEqual([]);
    expect(check(ALL, `${AMOUNTS},20619`).findings).toEqual([]);
    const { findings } = check(ALL, `${AMOUNTS},20621.01`);
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toBe(
      'E1: net pay 20,621.01 for 2025-08-01 to 2025-08-31 differs from gross minus deductions 20,620.00',
    );
    expect(findings[0].period).toEqual({ start: '2025-08-01', end: '2025-08-31' });
    expect(findings[0].evidence).toEqual([{ file: 'payroll.csv', row: 2 }]);
    expect(findings[0].params.tolerance).toMatchObject({ value: 1 });
    expect(check(ALL, `${AMOUNTS},20618.99`).findings.map((f) => f.message)).toEqual([
      'E1: net pay 20,618.99 for 2025-08-01 to 2025-08-31 differs from gross minus deductions 20,620.00',
    ]);
  });

  it('net lower with some deduction columns absent: those columns are named, not taken as 0', () => {
    const { findings, undetermined } = check('base_pay,deduction_other,net_pay', '20000,500,19000');
    expect(findings).toEqual([]);
    expect(undetermined).toEqual([
      '2025-08-01..2025-08-31: net pay differs from the amounts given, but columns deduction_statutory, deduction_union, deduction_coop, deduction_provident, deduction_deposit, deduction_damages not in the payroll file',
    ]);
    // One column absent is named alone.
    const six =
      'base_pay,deduction_statutory,deduction_union,deduction_coop,deduction_provident,deduction_deposit,deduction_damages,net_pay';
    expect(check(six, '20000,750,0,0,0,0,0,19000').undetermined).toEqual([
      '2025-08-01..2025-08-31: net pay differs from the amounts given, but column deduction_other not in the payroll file',
    ]);
    // Adding up, nothing is said whatever is absent.
    expect(check('base_pay,deduction_union,net_pay', '20000,500,19500')).toEqual({
      findings: [],
      undetermined: [],
    });
  });

  it('net lower with every deduction column present is a finding', () => {
    const cols = `base_pay,${ALL.split(',')
      .filter((c) => c.startsWith('deduction_'))
      .join(',')},net_pay`;
    const { findings, undetermined } = check(cols, '20000,750,0,0,0,0,0,500,18000');
    expect(undetermined).toEqual([]);
    expect(findings.map((f) => f.message)).toEqual([
      'E1: net pay 18,000.00 for 2025-08-01 to 2025-08-31 differs from gross minus deductions 18,750.00',
    ]);
  });

  it('net lower with no deduction column at all: the deductions are unknown', () => {
    const { findings, undetermined } = check('base_pay,net_pay', '20000,19000');
    expect(findings).toEqual([]);
    expect(undetermined).toEqual([
      '2025-08-01..2025-08-31: net pay differs from the amounts given, but column deduction_* not in the payroll file',
    ]);
  });

  it('net higher with pay columns absent: those columns are named, one or several', () => {
    expect(check('base_pay,net_pay', '20000,21000').undetermined).toEqual([
      '2025-08-01..2025-08-31: net pay differs from the amounts given, but columns other_wages, ot_pay, holiday_pay, holiday_ot_pay not in the payroll file',
    ]);
    const one = check('base_pay,other_wages,ot_pay,holiday_pay,net_pay', '20000,0,0,0,21000');
    expect(one.findings).toEqual([]);
    expect(one.undetermined).toEqual([
      '2025-08-01..2025-08-31: net pay differs from the amounts given, but column holiday_ot_pay not in the payroll file',
    ]);
  });

  it('net higher with every pay column present is a finding, not undetermined', () => {
    const { findings, undetermined } = check(
      'base_pay,other_wages,ot_pay,holiday_pay,holiday_ot_pay,net_pay',
      '20000,0,0,0,0,21000',
    );
    expect(undetermined).toEqual([]);
    expect(findings).toHaveLength(1);
  });

  it('no net pay stated: nothing to reconcile', () => {
    expect(check('base_pay,deduction_other,net_pay', '20000,500,')).toEqual({
      findings: [],
      undetermined: [],
    });
  });

  // Rows of the period: one row rejected, or two rows identical in every cell (their pay added,
  // their deductions counted once), leave what was paid for it not known in full.
  const rows = (...cells: string[]) => {
    const r = run(
      {
        employees: EMP,
        payroll: [
          `employee_id,period_start,period_end,pay_date,${ALL}`,
          ...cells.map((c) => `E1,2025-08-01,2025-08-31,2025-08-31,${c}`),
        ].join('\n'),
      },
      '2025-09-30',
      [RULE],
    );
    return {
      findings: r.findings.filter((f) => f.rule === RULE).map((f) => f.message),
      undetermined: r.undetermined.map((u) => u.reason),
    };
  };

  it('a rejected row of the period: undetermined, not a finding of 25,000 against 20,620', () => {
    expect(rows('abc,0,0,0,0,0,0,0,0,0,0,0,100', `${AMOUNTS},25000`)).toEqual({
      findings: [],
      undetermined: [
        '2025-08-01..2025-08-31: 1 payroll row of the employee rejected (row 2): what was paid for the period is not known in full',
      ],
    });
  });

  it('two rows identical in every cell: undetermined, not 41,240 against 44,000 - 1,380 = 42,620', () => {
    const repeated =
      '2025-08-01..2025-08-31: payroll rows 2, 3 of the pay period are identical in every cell: one row exported twice or two equal payments, which is not known';
    expect(rows(`${AMOUNTS},20620`, `${AMOUNTS},20620`)).toEqual({ findings: [], undetermined: [repeated] });
    // Without a net pay there is nothing to reconcile, repeated or not: nothing is said.
    expect(rows(`${AMOUNTS},`, `${AMOUNTS},`)).toEqual({ findings: [], undetermined: [] });
  });

  it('without a payroll the rule is undetermined', () => {
    const r = run(
      { employees: EMP, hours: 'employee_id,date,start,end\nE1,2025-08-01,08:00,17:00' },
      '2025-09-30',
      [RULE],
    );
    expect(r.undetermined.map((u) => u.reason)).toEqual(['no payroll file']);
  });
});
