import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

// A wage rate typed with a zero too many (3,720 for a daily 372; 180,000 for a salary of
// 18,000) priced severance, notice pay and unused leave at ten times the wage: 334,800.00 baht
// of severance for 33,480.00. The final pay period shows the wage paid: the termination checks
// price at the rate its pay shows where that is lower, as premium pay does (a lower bound), and
// a shortfall that only wage_rate makes is undetermined.

const SEVERANCE = 'lpa-118-severance';
const NOTICE = 'lpa-17-1-notice-pay';

/** Daily-paid in Bangkok, hired 2022-01-10, dismissed 2025-08-30 with notice that day; August paid for 26 days. */
function dismissed(rate: string, basePay: string, severancePaid = '0') {
  const r = run(
    {
      employees:
        'employee_id,birth_date,province,wage_type,wage_rate,hire_date,termination_date,termination_reason,notice_given_on\n' +
        `E1,1990-01-01,Bangkok,daily,${rate},2022-01-10,2025-08-30,dismissed,2025-08-30\n`,
      payroll:
        'employee_id,period_start,period_end,pay_date,base_pay,days_worked,severance_pay,notice_pay\n' +
        `E1,2025-08-01,2025-08-30,2025-08-30,${basePay},26,${severancePaid},0\n`,
    },
    '2025-09-30',
    [SEVERANCE, NOTICE],
  );
  const of = (rule: string) => ({
    owed: r.findings.filter((f) => f.rule === rule).map((f) => f.owed_satang),
    undetermined: r.undetermined.filter((u) => u.rule === rule).map((u) => u.reason),
  });
  return { severance: of(SEVERANCE), notice: of(NOTICE), findings: r.findings };
}

describe('a wage rate the final pay period contradicts', () => {
  it('daily 400, paid 26 days x 400: 180 days of severance, 72,000.00 baht (the rate as written)', () => {
    expect(dismissed('400', '10400').severance.owed).toEqual([7_200_000]);
  });

  it('daily 4000 typed for 400, paid 10,400: priced at the 400 the pay shows, not 720,000.00', () => {
    const r = dismissed('4000', '10400');
    expect(r.severance.owed).toEqual([7_200_000]);
    const f = r.findings.find((x) => x.rule === SEVERANCE)!;
    expect(f.params).toMatchObject({
      wage_rate_in_period: { employees_file: 4000, base_pay: 10400, contract_wages: 104000 },
    });
    // Notice pay: 30 days at 400, not at 4,000.
    expect(r.notice.owed).toEqual([1_200_000]);
  });

  it('severance paid at 400 (72,000): nothing owed, undetermined, naming the rate the pay shows', () => {
    const r = dismissed('4000', '10400', '72000');
    expect(r.severance.owed).toEqual([]);
    expect(r.severance.undetermined).toHaveLength(1);
    expect(r.severance.undetermined[0]).toContain('4,000.00');
  });
});

describe('a monthly salary typed 180,000 for 18,000', () => {
  it('priced at the 18,000 August paid: 180 days x 600.00 = 108,000.00 baht', () => {
    const r = run(
      {
        employees:
          'employee_id,birth_date,province,wage_type,wage_rate,hire_date,termination_date,termination_reason\n' +
          'E1,1990-01-01,Bangkok,monthly,180000,2022-01-10,2025-08-31,dismissed\n',
        payroll:
          'employee_id,period_start,period_end,pay_date,base_pay,severance_pay\n' +
          'E1,2025-07-01,2025-07-31,2025-07-31,18000,0\nE1,2025-08-01,2025-08-31,2025-08-31,18000,0\n',
      },
      '2025-09-30',
      [SEVERANCE],
    );
    expect(r.findings.map((f) => f.owed_satang)).toEqual([10_800_000]);
  });
});
