import { describe, expect, it } from 'vitest';
import { run, runWith } from '../helpers.js';

// s.90 day by day: the minimum wage in force changes inside a period (a new month, a rate that
// starts mid-month), and the Thai message says how the minimum due was counted. Bangkok:
// 363.00 a day from 2024-01-01, 372.00 from 2025-01-01, 400.00 from 2025-07-01; the hotel
// overlay (4 stars, 50+ employees, Pathum Wan) 400.00 from 2024-04-13.
const RULE = 'lpa-90-minimum-wage';
const EMPLOYEES = 'employee_id,birth_date,province,district,sector,wage_type,wage_rate,hire_date';
const employee = (type: string, rate: number, hire = '', place = 'Bangkok,,') =>
  `${EMPLOYEES}\nE1,1990-01-01,${place},${type},${rate},${hire}`;
const pay = (cols: string, vals: string, start: string, end: string) =>
  `employee_id,period_start,period_end,pay_date,${cols}\nE1,${start},${end},${end},${vals}`;
const hours = (...rows: string[]) =>
  ['employee_id,date,start,end,break_minutes,day_type', ...rows].join('\n');
const check = (files: Parameters<typeof run>[0], asOf: string) => {
  const r = run(files, asOf, [RULE]);
  return {
    findings: r.findings.filter((f) => f.rule === RULE),
    reasons: r.undetermined.filter((u) => u.rule === RULE).map((u) => u.reason),
  };
};

describe('s.90 monthly-paid in halves: a calendar month paid its minimum in all is no finding', () => {
  // 12,000.00 a month (400.00 x 30) paid on the 15th and the last day. August's halves are due
  // 15 x 12,000 / 31 = 5,806.45 and 16 x 12,000 / 31 = 6,193.55.
  const halves = (first: string, second: string) =>
    check(
      {
        employees: employee('monthly', 12000),
        payroll: [
          'employee_id,period_start,period_end,pay_date,base_pay',
          `E1,2025-08-01,2025-08-15,2025-08-15,${first}`,
          `E1,2025-08-16,2025-08-31,2025-08-31,${second}`,
        ].join('\n'),
      },
      '2025-09-30',
    );
  it.each([
    ['6,000.00 and 6,000.00: the month is paid 12,000.00, no finding', '6000', '6000', []],
    ['5,806.45 and 6,193.55: the shares exactly, no finding', '5806.45', '6193.55', []],
    ['6,000.00 and 5,800.00: 11,800.00 for the month, the second half 393.55 short', '6000', '5800', [39355]],
    ['5,000.00 and 7,000.00: 12,000.00 for the month, no finding', '5000', '7000', []],
    ['5,000.00 and 6,900.00: the first half 806.45 short', '5000', '6900', [80645]],
  ])('%s', (_, first, second, owed) => {
    expect(halves(first, second).findings.map((f) => f.owed_satang)).toEqual(owed);
  });
  it('a daily-paid worker in halves is judged half by half, as before', () => {
    const r = check(
      {
        employees: employee('daily', 400),
        payroll: [
          'employee_id,period_start,period_end,pay_date,base_pay,days_worked',
          'E1,2025-08-01,2025-08-15,2025-08-15,5000,13',
          'E1,2025-08-16,2025-08-31,2025-08-31,6000,13',
        ].join('\n'),
      },
      '2025-09-30',
    );
    expect(r.findings.map((f) => f.owed_satang)).toEqual([20000]);
  });
});

describe('s.90 monthly-paid: each month of the period at its own days in month', () => {
  it('a period of two weeks across months, 24 Sep - 7 Oct 2025: 7 x 400.00 + 7 x 400.00 x 30 / 31 = 5,509.68 due; 5,500.00 paid: 9.68 owed', () => {
    const { findings } = check(
      {
        employees: employee('monthly', 11800),
        payroll: pay('base_pay', '5500', '2025-09-24', '2025-10-07'),
      },
      '2025-10-15',
    );
    expect(findings.map((f) => f.owed_satang)).toEqual([968]);
    expect(findings[0].entitled_satang).toBe(550_968);
    expect(findings[0].message_th).toContain('(2025-09-24..2025-10-07 ค่าจ้างขั้นต่ำ x 30 / จำนวนวันของเดือน)');
  });

  it('a pay month from the 16th, 16 Sep - 15 Oct 2025, read both ways, the smaller due: by calendar months 6,000.00 + 15 x 12,000.00 / 31 = 11,806.45 (by the pay month 12,000.00); 11,800.00 paid: 6.45 owed', () => {
    const { findings } = check(
      {
        employees: employee('monthly', 11800),
        payroll: pay('base_pay', '11800', '2025-09-16', '2025-10-15'),
      },
      '2025-10-15',
    );
    expect(findings.map((f) => f.owed_satang)).toEqual([645]);
    expect(findings[0].entitled_satang).toBe(1_180_645);
    expect(findings[0].message).toContain('(2025-09-16..2025-10-15, minimum wage x 30 / days in month)');
  });

  it('a payroll cut-off on the 25th: the monthly minimum 372.00 x 30 = 11,160.00 is enough for 26 Jan - 25 Feb 2025 (not 6 days of a 31-day month and 25 of a 28-day one, 12,124.29)', () => {
    const files = (paid: string) => ({
      employees: employee('monthly', 11160),
      payroll: pay('base_pay', paid, '2025-01-26', '2025-02-25'),
    });
    expect(check(files('11160'), '2025-03-31')).toEqual({ findings: [], reasons: [] });
    expect(check(files('11150'), '2025-03-31').findings.map((f) => f.owed_satang)).toEqual([1000]);
  });

  it('a pay month with a rise inside it, 26 Jun - 25 Jul 2025: by calendar months 5 x 372.00 + 25 x 12,000.00 / 31 = 11,537.42, less than by the pay month (5 x 372.00 + 25 x 400.00 = 11,860.00); 11,500.00 paid', () => {
    const { findings } = check(
      {
        employees: employee('monthly', 11000),
        payroll: pay('base_pay', '11500', '2025-06-26', '2025-07-25'),
      },
      '2025-08-31',
    );
    expect(findings.map((f) => [f.entitled_satang, f.owed_satang])).toEqual([[1_153_742, 3742]]);
  });

  it('a pay month whose calendar reading is the larger, 26 Jan - 25 Feb 2025 at 372.00: the pay month 11,160.00 is due; 11,100.00 paid, 60.00 owed', () => {
    const { findings } = check(
      {
        employees: employee('monthly', 11100),
        payroll: pay('base_pay', '11100', '2025-01-26', '2025-02-25'),
      },
      '2025-03-31',
    );
    expect(findings.map((f) => [f.entitled_satang, f.owed_satang])).toEqual([[1_116_000, 6000]]);
    expect(findings[0].message).toContain('minimum wage x 30 / days in the pay month (31)');
  });

  it('hired inside a pay month: each day employed is due the daily minimum once', () => {
    const { findings } = check(
      {
        employees: employee('monthly', 12000, '2025-08-11'),
        payroll: pay('base_pay', '5990', '2025-07-26', '2025-08-25'),
      },
      '2025-08-31',
    );
    expect(findings.map((f) => f.owed_satang)).toEqual([1000]);
  });

  it('a rate that starts mid-month: 12 x 363.00 + 18 x 400.00 = 11,556.00 due in April 2024; 11,500.00 paid', () => {
    const { findings } = check(
      {
        employees: employee('monthly', 11500, '', 'Bangkok,Pathum Wan,hotel_4star_50plus'),
        payroll: pay('base_pay', '11500', '2024-04-01', '2024-04-30'),
      },
      '2024-04-30',
    );
    expect(findings.map((f) => f.owed_satang)).toEqual([5600]);
    expect(findings[0].params.minimum_wage).toMatchObject([
      { value: 363, from: '2024-01-01' },
      { value: 400, from: '2024-04-13', basis: 'sector' },
    ]);
  });

  it('hired on the last day of the period: one day of a month employed in part, 400.00 due; 390.00 paid', () => {
    const { findings } = check(
      {
        employees: employee('monthly', 12000, '2025-09-30'),
        payroll: pay('base_pay', '390', '2025-09-01', '2025-09-30'),
      },
      '2025-09-30',
    );
    expect(findings.map((f) => f.owed_satang)).toEqual([1000]);
    expect(findings[0].message_th).toContain(
      '(2025-09-30..2025-09-30 ค่าจ้างขั้นต่ำ x 30 / จำนวนวันของเดือน สำหรับเดือนที่จ้างเต็มเดือน และค่าจ้างขั้นต่ำรายวันสำหรับ 1 วันของเดือนที่จ้างไม่เต็มเดือน)',
    );
  });

  it('hired after the period ends: no day employed, nothing due, nothing undetermined', () => {
    const r = check(
      {
        employees: employee('monthly', 12000, '2025-10-05'),
        payroll: pay('base_pay', '0', '2025-09-01', '2025-09-30'),
      },
      '2025-10-31',
    );
    expect(r).toEqual({ findings: [], reasons: [] });
  });
});

describe('s.90 daily-paid: the days counted and how the Thai message says it', () => {
  it('a stretch that is all break (a rejected row) is not a day worked: 1 day x 400.00 due', () => {
    const h = hours('E1,2025-09-01,08:00,17:00,60,work', 'E1,2025-09-02,08:00,09:00,60,work');
    const files = (paid: string) => ({
      employees: employee('daily', 400),
      hours: h,
      payroll: pay('base_pay', paid, '2025-09-01', '2025-09-30'),
    });
    expect(check(files('400'), '2025-09-30').findings).toEqual([]);
    const [f] = check(files('390'), '2025-09-30').findings;
    expect(f.owed_satang).toBe(1000);
    expect(f.message_th).toContain('(ทำงาน 1 วัน x ค่าจ้างขั้นต่ำรายวันเต็มวัน)');
  });

  it('payroll only: days_worked x the minimum, said in Thai', () => {
    const [f] = check(
      {
        employees: employee('daily', 300),
        payroll: pay('base_pay,days_worked', '7900,20', '2025-09-01', '2025-09-30'),
      },
      '2025-09-30',
    ).findings;
    expect(f.owed_satang).toBe(10000);
    expect(f.message_th).toContain('(ทำงาน 20 วัน (ตามบัญชีค่าจ้าง) x ค่าจ้างขั้นต่ำ)');
  });

  it('payroll only, before the wage table starts: undetermined with the date', () => {
    const r = check(
      {
        employees: employee('daily', 300),
        payroll: pay('base_pay,days_worked', '5000,20', '2018-01-01', '2018-01-31'),
      },
      '2018-01-31',
    );
    expect(r.findings).toEqual([]);
    expect(r.reasons).toEqual([
      '2018-01-01..2018-01-31: no minimum wage in force in Bangkok on 2018-01-01 (the table starts 2018-04-01)',
    ]);
  });

  it('hourly-paid per normal hour (hourly_pro_rata): said in Thai', () => {
    const files = {
      employees: employee('hourly', 40),
      hours: hours('E1,2025-09-01,08:00,17:00,60,work', 'E1,2025-09-02,08:00,12:00,0,work'),
      payroll: pay('base_pay', '590', '2025-09-01', '2025-09-30'),
    };
    const [f] = runWith({ hourly_pro_rata: true }, files, '2025-09-30', [RULE]).findings.filter(
      (x) => x.rule === RULE,
    );
    expect(f.owed_satang).toBe(1000);
    expect(f.message_th).toContain('(2 วัน ชั่วโมงทำงานปกติ x ค่าจ้างขั้นต่ำ / เวลาทำงานปกติต่อวัน)');
  });
});

describe('s.90 monthly-paid: which periods make a calendar month, and which month a period reads by', () => {
  // 12,000.00 a month in Bangkok (400.00 x 30). August 2025 has 31 days: 1-15 Aug is due
  // 15 x 12,000 / 31 = 5,806.45.
  const periods = (...rows: string[]) =>
    check(
      {
        employees: employee('monthly', 12000),
        payroll: ['employee_id,period_start,period_end,pay_date,base_pay', ...rows].join('\n'),
      },
      '2025-10-31',
    );
  it('1-15 Aug paid 5,000.00 and 16 Aug - 15 Sep paid 13,000.00: the second runs into September, not a half of August; the first 806.45 short', () => {
    // Together 18,000.00 against 5,806.45 + 12,000.00 due: had the second been a half of
    // August, the month would be met and nothing said.
    const r = periods(
      'E1,2025-08-01,2025-08-15,2025-08-15,5000',
      'E1,2025-08-16,2025-09-15,2025-09-15,13000',
    );
    expect(r.findings.map((f) => [f.period?.start, f.owed_satang])).toEqual([['2025-08-01', 80645]]);
  });
  it('1-15 Aug paid in full (5,806.45), 16 Aug - 15 Sep paid 11,000.00: one period of August is no month met, the second 1,000.00 short', () => {
    // 16 Aug - 15 Sep is one pay month from the 16th: 12,000.00 (by calendar months 16 x
    // 12,000 / 31 + 15 x 400.00 = 12,193.55, the larger).
    const r = periods(
      'E1,2025-08-01,2025-08-15,2025-08-15,5806.45',
      'E1,2025-08-16,2025-09-15,2025-09-15,11000',
    );
    expect(r.findings.map((f) => [f.period?.start, f.owed_satang])).toEqual([['2025-08-16', 100000]]);
  });
  it('16 Aug - 30 Sep, a period of 46 days, is no pay month: by calendar months 6,193.55 + 12,000.00 = 18,193.55 due; 18,000.00 paid, 193.55 owed', () => {
    const r = periods('E1,2025-08-16,2025-09-30,2025-09-30,18000');
    expect(r.findings.map((f) => [f.entitled_satang, f.owed_satang])).toEqual([[1_819_355, 19355]]);
  });
  it('a pay month is said in Thai with its days: 26 Jan - 25 Feb 2025, 11,100.00 paid of 11,160.00', () => {
    const { findings } = check(
      {
        employees: employee('monthly', 11100),
        payroll: pay('base_pay', '11100', '2025-01-26', '2025-02-25'),
      },
      '2025-03-31',
    );
    expect(findings.map((f) => f.owed_satang)).toEqual([6000]);
    expect(findings[0].message_th).toContain('ค่าจ้างขั้นต่ำ x 30 / จำนวนวันของงวด (31 วัน)');
  });
});

describe('s.90 daily-paid payroll-only: days_worked that cannot be used', () => {
  const payrollOnly = (...rows: string[]) =>
    check(
      {
        employees: employee('daily', 400),
        payroll: ['employee_id,period_start,period_end,pay_date,base_pay,days_worked', ...rows].join('\n'),
      },
      '2025-09-30',
    );
  it('days_worked 0 with wages paid: undetermined (an export that counts no days), not 0 days due', () => {
    const r = payrollOnly('E1,2025-09-01,2025-09-30,2025-09-30,5000,0');
    expect(r.findings).toEqual([]);
    expect(r.reasons).toHaveLength(1);
    expect(r.reasons[0]).toMatch(/^2025-09-01\.\.2025-09-30: .*0 days/);
  });
  it('days_worked on two rows of one period (10 and 10): the count is unknown, named with its rows', () => {
    const r = payrollOnly(
      'E1,2025-09-01,2025-09-30,2025-09-30,2000,10',
      'E1,2025-09-01,2025-09-30,2025-09-30,2000,10',
    );
    expect(r.findings).toEqual([]);
    expect(r.reasons).toHaveLength(1);
    expect(r.reasons[0]).toContain('days_worked');
    expect(r.reasons[0]).toContain('2, 3');
  });
});
