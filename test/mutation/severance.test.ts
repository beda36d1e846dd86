import { describe, expect, it } from 'vitest';
import { packWith, run } from '../helpers.js';

// s.118: severance by service tier, at the last daily wage. Monthly 30,000 baht is 1,000.00 a
// day; hired 2024-01-01 and dismissed 2025-06-30 is the 1-year tier, 90 days: 90,000 baht.

const SEVERANCE = 'lpa-118-severance';
const EMP =
  'employee_id,birth_date,province,wage_type,wage_rate,hire_date,termination_date,termination_reason';
const PAY = 'employee_id,period_start,period_end,pay_date,base_pay,days_worked,severance_pay';

function severance(hire: string, rules = packWith({})) {
  // E2 keeps the hire_date column filled when E1's cell is empty.
  const r = run(
    {
      employees: `${EMP}\nE1,1990-01-01,Bangkok,monthly,30000,${hire},2025-06-30,dismissed\nE2,1990-01-01,Bangkok,monthly,30000,2020-01-01,,`,
      payroll: `${PAY}\nE1,2025-06-01,2025-06-30,2025-06-30,30000,21,0`,
    },
    '2025-09-30',
    [SEVERANCE],
    rules,
  );
  const f = r.findings.find((x) => x.rule === SEVERANCE);
  return { f, owed: f?.owed_satang, undetermined: r.undetermined.map((u) => u.reason) };
}

describe('severance (s.118)', () => {
  it('1 year 6 months of service: the 1-year tier, 90 days x 1,000.00 = 90,000 baht', () => {
    const { f, owed } = severance('2024-01-01');
    expect(owed).toBe(9_000_000);
    // The ending in Thai words in the Thai message, not the English code.
    expect(f?.message_th).toBeDefined();
    expect(f?.message_th).not.toContain('dismissed');
  });

  it('no hire date: service length unknown, undetermined, never nothing owed', () => {
    const { f, undetermined } = severance('');
    expect(f).toBeUndefined();
    expect(undetermined.join(' ')).toContain('no hire_date: service length unknown');
  });

  it('a tiers parameter that is not a list of "<n>d:<days>" is undetermined, not a finding', () => {
    const { f, undetermined } = severance(
      '2024-01-01',
      packWith({ 'lpa-118-severance.tiers': ['one year: 90'] }),
    );
    expect(f).toBeUndefined();
    expect(undetermined.join(' ')).toContain('the tiers parameter is not a list');
  });
});
