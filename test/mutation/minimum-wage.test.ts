import { describe, expect, it } from 'vitest';
import { run, runWith } from '../helpers.js';

// s.90 minimum wage: Bangkok 400.00 a day from 2025-07-01 (372.00 before), per pay period.
const RULE = 'lpa-90-minimum-wage';
const emp = (type: string, rate: number, extra = ',') =>
  `employee_id,birth_date,province,wage_type,wage_rate,${extra.split(',')[0] || 'hire_date'}\nE1,1990-01-01,Bangkok,${type},${rate},${extra.split(',')[1] ?? ''}`;
const pay = (cols: string, vals: string, start = '2025-09-01', end = '2025-09-30') =>
  `employee_id,period_start,period_end,pay_date,${cols}\nE1,${start},${end},${end},${vals}`;
const day = (date: string, start = '08:00', end = '17:00', type = 'work') =>
  `E1,${date},${start},${end},60,${type}`;
const hours = (...rows: string[]) =>
  ['employee_id,date,start,end,break_minutes,day_type', ...rows].join('\n');
const check = (files: Parameters<typeof run>[0], asOf = '2025-09-30') => {
  const r = run(files, asOf, [RULE]);
  return {
    owed: r.findings.filter((f) => f.rule === RULE).map((f) => f.owed_satang),
    reasons: r.undetermined.filter((u) => u.rule === RULE).map((u) => u.reason),
  };
};

describe('s.90 wages are base_pay + other_wages', () => {
  const h = hours(day('2025-09-01'), day('2025-09-02'), day('2025-09-03'));
  it('3 days x 400.00 = 1,200.00 due; 1,000.00 + 100.00 paid: 100.00 owed', () => {
    expect(
      check({ employees: emp('daily', 300), hours: h, payroll: pay('base_pay,other_wages', '1000,100') })
        .owed,
    ).toEqual([10000]);
  });
  it('1,000.00 + 200.00 paid is the minimum: no finding', () => {
    expect(
      check({ employees: emp('daily', 300), hours: h, payroll: pay('base_pay,other_wages', '1000,200') })
        .owed,
    ).toEqual([]);
  });
  it('a worked weekly holiday is not a day of the minimum wage: 2 days x 400.00 = 800.00', () => {
    const withHoliday = hours(
      day('2025-09-01'),
      day('2025-09-02'),
      day('2025-09-07', '08:00', '17:00', 'weekly_holiday'),
    );
    expect(
      check({ employees: emp('daily', 300), hours: withHoliday, payroll: pay('base_pay', '790') }).owed,
    ).toEqual([1000]);
  });
  describe('holiday pay in a period none of whose days is a holiday', () => {
    // The clock exports no day type: 2025-09-07, a holiday worked, reads as a work day.
    const h = hours(day('2025-09-01'), day('2025-09-02'), day('2025-09-07'));
    const noType = ['employee_id,date,start,end', 'E1,2025-09-01,08:00,12:00', 'E1,2025-09-01,13:00,17:00'];
    it('a daily worker paid 800.00 for two work days and 800.00 holiday pay: undetermined, not 400.00 owed', () => {
      expect(
        check({ employees: emp('daily', 400), hours: h, payroll: pay('base_pay,holiday_pay', '800,800') }),
      ).toEqual({
        owed: [],
        reasons: [
          '2025-09-01..2025-09-30: the payroll pays 800.00 baht for holiday work in this period, but no day of its hours is a holiday (day_type): a day counted here as a work day may be a holiday worked and paid as holiday pay, so the wages for the work days are not known',
        ],
      });
      // Holiday overtime pay alone says the same; a file without the day_type column too.
      expect(
        check({ employees: emp('daily', 400), hours: h, payroll: pay('base_pay,holiday_ot_pay', '800,150') })
          .reasons,
      ).toHaveLength(1);
      expect(
        check({
          employees: emp('daily', 400),
          hours: [...noType, 'E1,2025-09-02,08:00,17:00'].join('\n'),
          payroll: pay('base_pay,holiday_pay', '400,800'),
        }),
      ).toEqual({
        owed: [],
        reasons: [expect.stringMatching(/^2025-09-01\.\.2025-09-30: the payroll pays 800\.00 baht/)],
      });
    });
    it('the holiday typed: 2 days x 400.00 due, 800.00 paid, nothing said', () => {
      const typed = hours(
        day('2025-09-01'),
        day('2025-09-02'),
        day('2025-09-07', '08:00', '17:00', 'public_holiday'),
      );
      expect(
        check({
          employees: emp('daily', 400),
          hours: typed,
          payroll: pay('base_pay,holiday_pay', '800,800'),
        }),
      ).toEqual({ owed: [], reasons: [] });
      // Short on the two work days (700.00 for 800.00): a finding of 100.00, the holiday pay
      // being for the holiday typed, not undetermined.
      expect(
        check({
          employees: emp('daily', 400),
          hours: typed,
          payroll: pay('base_pay,holiday_pay', '700,800'),
        }),
      ).toEqual({ owed: [10000], reasons: [] });
    });
    it('no holiday pay (0 or no column): the three days are work days, 400.00 owed', () => {
      for (const payroll of [pay('base_pay,holiday_pay', '800,0'), pay('base_pay', '800')])
        expect(check({ employees: emp('daily', 400), hours: h, payroll })).toEqual({
          owed: [40000],
          reasons: [],
        });
    });
    it('wages enough for every day counted: nothing said, whatever the holiday pay', () => {
      expect(
        check({ employees: emp('daily', 400), hours: h, payroll: pay('base_pay,holiday_pay', '1200,800') }),
      ).toEqual({ owed: [], reasons: [] });
    });
  });
});

describe('s.90 hourly-paid: the full daily minimum for each day worked, whatever the hours', () => {
  it('a full day and a 4-hour part day: 400.00 + 400.00 = 800.00 due; 790.00 paid: 10.00 owed', () => {
    const h = hours(day('2025-09-01'), day('2025-09-02', '08:00', '13:00'));
    expect(check({ employees: emp('hourly', 40), hours: h, payroll: pay('base_pay', '790') }).owed).toEqual([
      1000,
    ]);
    expect(check({ employees: emp('hourly', 40), hours: h, payroll: pay('base_pay', '800') }).owed).toEqual(
      [],
    );
  });
  it('without an hours file: undetermined', () => {
    const r = check({ employees: emp('hourly', 40), payroll: pay('base_pay,days_worked', '0,20') });
    expect(r.owed).toEqual([]);
    expect(r.reasons[0]).toContain('hourly-paid: no hours file');
  });
});

describe('s.90 payroll-only: days_worked x minimum wage', () => {
  it('20 days x 400.00 = 8,000.00; 7,900.00 paid: 100.00 owed', () => {
    expect(
      check({ employees: emp('daily', 300), payroll: pay('base_pay,days_worked', '7900,20') }).owed,
    ).toEqual([10000]);
    expect(
      check({ employees: emp('daily', 300), payroll: pay('base_pay,days_worked', '8000,20') }).owed,
    ).toEqual([]);
  });
  it('a period across the 2025-07-01 rise takes the lower rate: 10 days x 372.00 = 3,720.00', () => {
    const p = pay('base_pay,days_worked', '3710,10', '2025-06-16', '2025-07-15');
    expect(check({ employees: emp('daily', 300), payroll: p }, '2025-07-31').owed).toEqual([1000]);
    const q = pay('base_pay,days_worked', '3720,10', '2025-06-16', '2025-07-15');
    expect(check({ employees: emp('daily', 300), payroll: q }, '2025-07-31').owed).toEqual([]);
  });
  it('half days: 2.5 days x 400.00 = 1,000.00; 990.00 paid: 10.00 owed', () => {
    expect(
      check({ employees: emp('daily', 300), payroll: pay('base_pay,days_worked', '990,2.5') }).owed,
    ).toEqual([1000]);
  });
  it('neither hours nor days_worked: undetermined, never a finding', () => {
    const r = check({ employees: emp('daily', 300), payroll: pay('base_pay', '0') });
    expect(r.owed).toEqual([]);
    expect(r.reasons[0]).toMatch(/no hours file/);
    expect(r.reasons[0]).toMatch(/days_worked/);
  });
});

describe('s.90 monthly-paid: minimum wage x 30 / days in month for each day employed', () => {
  it('September: 400.00 x 30 = 12,000.00; 11,990.00 paid: 10.00 owed', () => {
    expect(check({ employees: emp('monthly', 11990), payroll: pay('base_pay', '11990') }).owed).toEqual([
      1000,
    ]);
    expect(check({ employees: emp('monthly', 12000), payroll: pay('base_pay', '12000') }).owed).toEqual([]);
  });
  it('February 2026 (28 days): still 12,000.00 for the whole month', () => {
    const p = pay('base_pay', '11990', '2026-02-01', '2026-02-28');
    expect(check({ employees: emp('monthly', 11990), payroll: p }, '2026-02-28').owed).toEqual([1000]);
  });
  it('hired on 16 September: 15 days x 400.00 = 6,000.00; 5,990.00 paid: 10.00 owed', () => {
    const e = emp('monthly', 12000, 'hire_date,2025-09-16');
    expect(check({ employees: e, payroll: pay('base_pay', '5990') }).owed).toEqual([1000]);
    expect(check({ employees: e, payroll: pay('base_pay', '6000') }).owed).toEqual([]);
  });
  it('left on 15 September: 15 days x 400.00 = 6,000.00; 5,990.00 paid: 10.00 owed', () => {
    const e = emp('monthly', 12000, 'termination_date,2025-09-15');
    expect(check({ employees: e, payroll: pay('base_pay', '5990') }).owed).toEqual([1000]);
    expect(check({ employees: e, payroll: pay('base_pay', '6000') }).owed).toEqual([]);
  });
});

const found = (files: Parameters<typeof run>[0], asOf = '2025-09-30') =>
  run(files, asOf, [RULE]).findings.filter((f) => f.rule === RULE);
const BKK_400 = { value: 400, from: '2025-07-01', source: 'No.14 B.E. 2568', basis: 'province' };
const BKK_372 = { value: 372, from: '2025-01-01', source: 'No.13 B.E. 2567', basis: 'province' };

describe('s.90 monthly-paid across hire and termination dates outside the period', () => {
  it('hired in 2020: September is a month employed in full, 12,000.00 due; 12,000.00 paid is lawful', () => {
    const e = emp('monthly', 12000, 'hire_date,2020-01-01');
    expect(check({ employees: e, payroll: pay('base_pay', '12000') }).owed).toEqual([]);
    expect(check({ employees: e, payroll: pay('base_pay', '11990') }).owed).toEqual([1000]);
  });
  it('terminated on 15 October: September is employed in full, 12,000.00 due', () => {
    const e = emp('monthly', 12000, 'termination_date,2025-10-15');
    expect(check({ employees: e, payroll: pay('base_pay', '12000') }).owed).toEqual([]);
    expect(check({ employees: e, payroll: pay('base_pay', '11990') }).owed).toEqual([1000]);
  });
  it('hired on 1 August (31 days): the month is employed in full, 12,000.00 due, not 31 x 400.00', () => {
    const e = emp('monthly', 12000, 'hire_date,2025-08-01');
    const p = pay('base_pay', '12000', '2025-08-01', '2025-08-31');
    expect(check({ employees: e, payroll: p }, '2025-08-31').owed).toEqual([]);
  });
  it('terminated on 31 August: the month is employed in full, 12,000.00 due, not 31 x 400.00', () => {
    const e = emp('monthly', 12000, 'termination_date,2025-08-31');
    const p = pay('base_pay', '12000', '2025-08-01', '2025-08-31');
    expect(check({ employees: e, payroll: p }, '2025-08-31').owed).toEqual([]);
  });
  it('hired on 2 August: 30 days x 400.00 = 12,000.00 due; 11,990.00 paid: 10.00 owed', () => {
    const e = emp('monthly', 12000, 'hire_date,2025-08-02');
    const p = pay('base_pay', '11990', '2025-08-01', '2025-08-31');
    expect(check({ employees: e, payroll: p }, '2025-08-31').owed).toEqual([1000]);
  });
});

describe('s.90 what a finding says: basis, rates, divisor, evidence', () => {
  it('a month employed in full: minimum x 30 / days in month, the Bangkok rate and its notification', () => {
    const [f] = found({ employees: emp('monthly', 11990), payroll: pay('base_pay', '11990') });
    expect(f.message).toContain(
      'below the minimum due 12,000.00 baht (2025-09-01..2025-09-30, minimum wage x 30 / days in month)',
    );
    expect(f.params).toMatchObject({ minimum_wage: [BKK_400], wage_type: 'monthly', divisor: { value: 30 } });
    expect(f.params).not.toHaveProperty('part_month_days');
    expect(f.params).not.toHaveProperty('hourly_pro_rata');
    expect(f.evidence).toEqual([{ file: 'payroll.csv', row: 2 }]);
  });
  it('hired on 16 September: 15 days of a month employed in part, counted once each', () => {
    const [f] = found({
      employees: emp('monthly', 5000, 'hire_date,2025-09-16'),
      payroll: pay('base_pay', '5000'),
    });
    expect(f.owed_satang).toBe(100000);
    expect(f.message).toContain(
      '(2025-09-16..2025-09-30, minimum wage x 30 / days in month for months employed in full, the daily minimum for each of 15 days of a month employed in part)',
    );
    expect(f.params).toMatchObject({ part_month_days: 15, divisor: { value: 30 } });
  });
  it('hourly-paid: one day worked, the full daily minimum; the hours row is evidence', () => {
    const [f] = found({
      employees: emp('hourly', 40),
      hours: hours(day('2025-09-01', '08:00', '12:00')),
      payroll: pay('base_pay', '100'),
    });
    expect(f.owed_satang).toBe(30000);
    expect(f.message).toContain('(1 day worked x the full daily minimum wage)');
    expect(f.params).toMatchObject({ minimum_wage: [BKK_400], wage_type: 'hourly', hourly_pro_rata: false });
    expect(f.evidence).toEqual([
      { file: 'hours.csv', row: 2 },
      { file: 'payroll.csv', row: 2 },
    ]);
  });
  it('daily-paid payroll-only across the 2025-07-01 rise: both rates are named, the lower one used', () => {
    const p = pay('base_pay,days_worked', '3000,10', '2025-06-16', '2025-07-15');
    const [f] = found({ employees: emp('daily', 300), payroll: p }, '2025-07-31');
    expect(f.owed_satang).toBe(72000);
    expect(f.message).toContain('(10 days worked (payroll) x minimum wage)');
    expect(f.params).toMatchObject({ minimum_wage: [BKK_372, BKK_400], wage_type: 'daily' });
    expect(f.params).not.toHaveProperty('hourly_pro_rata');
  });
});

describe('s.90 undetermined, with the reason', () => {
  const reasons = (files: Parameters<typeof run>[0], asOf = '2025-09-30') => check(files, asOf).reasons;
  it('no employees file: the rule needs one', () => {
    expect(reasons({ payroll: pay('base_pay', '100') })).toEqual(['no employees file']);
  });
  it('no province column: the workplace province is unknown', () => {
    const e = 'employee_id,birth_date,wage_type,wage_rate\nE1,1990-01-01,monthly,5000';
    expect(reasons({ employees: e, payroll: pay('base_pay', '5000') })).toEqual([
      '2025-09-01..2025-09-30: column province not in employees.csv: the workplace province is unknown',
    ]);
  });
  it('a month before the monthly divisor of 1998-08-19 is in force', () => {
    const p = pay('base_pay', '5000', '1998-01-01', '1998-01-31');
    expect(reasons({ employees: emp('monthly', 5000), payroll: p }, '1998-01-31')).toEqual([
      '1998-01-01..1998-01-31: no monthly wage divisor in force',
    ]);
  });
  it('monthly and payroll-only periods before the first Bangkok notification (2018-04-01)', () => {
    const why =
      '2018-03-01..2018-03-31: no minimum wage in force in Bangkok on 2018-03-01 (the table starts 2018-04-01)';
    const p = pay('base_pay', '5000', '2018-03-01', '2018-03-31');
    expect(reasons({ employees: emp('monthly', 5000), payroll: p }, '2018-03-31')).toEqual([why]);
    const q = pay('base_pay,days_worked', '5000,20', '2018-03-01', '2018-03-31');
    expect(reasons({ employees: emp('daily', 300), payroll: q }, '2018-03-31')).toEqual([why]);
  });
  it('a day worked before the first Bangkok notification (2018-04-01)', () => {
    const p = pay('base_pay', '300', '2018-03-30', '2018-03-30');
    expect(
      reasons({ employees: emp('daily', 300), hours: hours(day('2018-03-30')), payroll: p }, '2018-03-30'),
    ).toEqual([
      '2018-03-30..2018-03-30: no minimum wage in force in Bangkok on 2018-03-30 (the table starts 2018-04-01)',
    ]);
  });
  it('no hours file and no days_worked column, or an empty days_worked cell', () => {
    expect(reasons({ employees: emp('daily', 300), payroll: pay('base_pay', '0') })).toEqual([
      '2025-09-01..2025-09-30: no hours file and column days_worked not in payroll.csv',
    ]);
    const p = `${pay('base_pay,days_worked', '3000,10', '2025-08-01', '2025-08-15')}\nE1,2025-08-16,2025-08-31,2025-08-31,3000,`;
    expect(check({ employees: emp('daily', 300), payroll: p }, '2025-08-31')).toEqual({
      owed: [100000],
      reasons: ['2025-08-16..2025-08-31: no hours file and no days_worked for this period'],
    });
  });
});

describe('s.90 hourly_pro_rata switched on in the pack: the minimum / L per normal hour', () => {
  it('hourly-paid, a period with no day worked: nothing due, nothing undetermined', () => {
    const files = {
      employees: emp('hourly', 50),
      hours: hours(day('2025-09-01')),
      payroll: `${pay('base_pay', '400')}\nE1,2025-10-01,2025-10-31,2025-10-31,0`,
    };
    const r = runWith({ hourly_pro_rata: true }, files, '2025-10-31', [RULE]);
    expect(r.findings).toEqual([]);
    expect(r.undetermined).toEqual([]);
  });
  const on = (files: Parameters<typeof run>[0]) =>
    runWith({ hourly_pro_rata: true }, files, '2025-09-30', [RULE]).findings.filter((f) => f.rule === RULE);
  // 400.00 a day over an 8-hour day: 50.00 a normal hour.
  const h = hours(day('2025-09-01'), 'E1,2025-09-02,08:00,12:00,0,work');
  it('hourly-paid, 8 h + 4 h: 400.00 + 200.00 = 600.00 due; 590.00 paid: 10.00 owed', () => {
    const [f] = on({ employees: emp('hourly', 40), hours: h, payroll: pay('base_pay', '590') });
    expect(f.owed_satang).toBe(1000);
    expect(f.message).toContain('(2 days, normal hours x minimum wage / normal day)');
    expect(f.params).toMatchObject({ hourly_pro_rata: true });
    expect(on({ employees: emp('hourly', 40), hours: h, payroll: pay('base_pay', '600') })).toEqual([]);
  });
  it('daily-paid is not switched: 400.00 + 400.00 = 800.00 due; 600.00 paid: 200.00 owed', () => {
    const [f] = on({ employees: emp('daily', 400), hours: h, payroll: pay('base_pay', '600') });
    expect(f.owed_satang).toBe(20000);
    expect(f.message).toContain('(2 days worked x the full daily minimum wage)');
  });
});
