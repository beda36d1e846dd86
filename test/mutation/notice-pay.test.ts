import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// s.17 para 2, s.17/1: notice of one pay period (the period holding the termination date,
// capped at three months), the days short owed at the last daily wage. A monthly wage of
// 30,000 baht is 1,000.00 a day (30,000 / 30).

const NOTICE = 'lpa-17-1-notice-pay';
const EMP =
  'employee_id,birth_date,province,wage_type,wage_rate,hire_date,termination_date,termination_reason,notice_given_on';
const PAY = 'employee_id,period_start,period_end,pay_date,base_pay,days_worked,notice_pay';
const MONTHS = [
  'E1,2025-05-01,2025-05-31,2025-05-31,30000,22,0',
  'E1,2025-06-01,2025-06-30,2025-06-30,30000,21,0',
];

function notice(end: string, given: string, payroll = MONTHS, reason = 'dismissed') {
  // E2, still employed, keeps the notice column filled when E1's cell is empty.
  const r = run(
    {
      employees: `${EMP}\nE1,1990-01-01,Bangkok,monthly,30000,2024-01-01,${end},${reason},${given}\nE2,1990-01-01,Bangkok,monthly,30000,2024-01-01,,,2025-01-01`,
      payroll: `${PAY}\n${payroll.join('\n')}`,
    },
    '2025-09-30',
    [NOTICE],
  );
  const f = r.findings.find((x) => x.rule === NOTICE);
  return { f, owed: f?.owed_satang, undetermined: r.undetermined.map((u) => u.reason) };
}

describe('pay in lieu of notice (s.17/1)', () => {
  it('June holds 30 June: 30 days needed, 15 given, 15 days x 1,000.00 = 15,000 baht', () => {
    const { f, owed } = notice('2025-06-30', '2025-06-15');
    expect(owed).toBe(1_500_000);
    expect(f?.message).toContain('(15 days; the pay period is 30)');
    expect(f?.params).toMatchObject({ pay_period: '2025-06-01..2025-06-30', days_short: 15 });
    expect(f?.params?.max_months).toMatchObject({ value: 3 });
    expect(f?.evidence).toContainEqual({ file: 'payroll.csv', row: 3 });
  });

  it('a termination on the first day of a period takes that period (June, 30 days), not May', () => {
    // Notice 12 days before 1 June: 30 - 12 = 18 days short.
    const { f, owed } = notice('2025-06-01', '2025-05-20');
    expect(owed).toBe(1_800_000);
    expect(f?.params).toMatchObject({ pay_period: '2025-06-01..2025-06-30' });
  });

  it('a termination on the last day of May takes May (31 days)', () => {
    const { f, owed } = notice('2025-05-31', '2025-05-21');
    expect(owed).toBe(2_100_000);
    expect(f?.params).toMatchObject({ pay_period: '2025-05-01..2025-05-31', days_short: 21 });
  });

  it('notice of exactly one period owes nothing; one day less owes one day', () => {
    expect(notice('2025-06-30', '2025-05-31').f).toBeUndefined();
    expect(notice('2025-06-30', '2025-06-01').owed).toBe(100_000);
  });

  it('notice given on or after the termination date counts as none: the whole period is owed, no more', () => {
    // 30 days x 1,000.00 baht: five days after the termination are not five more days short.
    const { f, owed } = notice('2025-06-30', '2025-07-05');
    expect(owed).toBe(3_000_000);
    expect(f?.message).toContain('(0 days; the pay period is 30)');
  });

  it('a six-month pay period needs no more than three months of notice', () => {
    // 1 January + 3 months = 1 April: 90 days needed, 10 given, 80 days short.
    const { f, owed } = notice('2025-06-30', '2025-06-20', [
      'E1,2025-01-01,2025-06-30,2025-06-30,180000,120,0',
    ]);
    expect(f?.message).toContain('the pay period is 90');
    expect(owed).toBe(8_000_000);
  });

  it('an empty notice date, or no pay period holding the termination date, is undetermined', () => {
    const empty = notice('2025-06-30', '');
    expect(empty.f).toBeUndefined();
    expect(empty.undetermined.join(' ')).toContain('notice_given_on is empty');
    const none = notice('2025-07-15', '2025-07-10');
    expect(none.f).toBeUndefined();
    expect(none.undetermined.join(' ')).toMatch(/2025-07-15/);
    // Before the first period the payroll holds: no period, not the first one after it.
    const before = notice('2025-04-15', '2025-04-10');
    expect(before.f).toBeUndefined();
    expect(before.undetermined.join(' ')).toMatch(/2025-04-15/);
  });

  it('the reason is shown in Thai in the Thai message', () => {
    const { f } = notice('2025-06-30', '2025-06-15');
    expect(f?.message_th).toMatch(/^E1: เลิกจ้าง \((?!dismissed)/);
  });
});
