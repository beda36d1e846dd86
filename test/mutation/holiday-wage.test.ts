import { describe, expect, it } from 'vitest';
import { packWith, run } from '../helpers.js';

// s.56: a daily-, hourly- or piece-paid employee is owed one working-day wage for a traditional
// holiday on a working day, never below the minimum wage (Bangkok 400 baht from 2025-07-01).
// The King's Birthday, Monday 28 July 2025, in the pay period 16-31 July; work Tuesday to
// Thursday of that week shows the holiday displaced a working day.

const HOLIDAY_WAGE = 'lpa-56-holiday-wage';
const EMP =
  'employee_id,birth_date,province,wage_type,wage_rate,hire_date,termination_date,normal_hours_per_day';
const HOURS = 'employee_id,date,start,end,day_type';
const PAY = 'employee_id,period_start,period_end,pay_date,base_pay,other_wages,holiday_pay';
const WEEK = [
  'E1,2025-07-29,08:00,17:00,work',
  'E1,2025-07-30,08:00,17:00,work',
  'E1,2025-07-31,08:00,17:00,work',
];
// Three days paid at up to 480 baht: paid at wage_rate, whichever the test's (test/wage-rate-raise.test.ts).
const JULY = ['E1,2025-07-16,2025-07-31,2025-07-31,1440,0,0'];

/** A pack whose ceiling of normal hours falls from 8 to 7 on the holiday, 28 July 2025. */
function sevenHoursFromHoliday() {
  const rules = packWith({});
  const series = rules.params.get('normal_hours_per_day')!;
  rules.params.set('normal_hours_per_day', {
    ...series,
    values: [...series.values, { from: '2025-07-28', value: 7, source: '[TEST]' }],
  });
  return rules;
}

function holidayWage(
  employee: string,
  o: {
    hours?: string[] | null;
    payroll?: string[];
    holidays?: string[] | null;
    payHeader?: string;
    asOf?: string;
  } = {},
) {
  const holidays = o.holidays === null ? undefined : (o.holidays ?? ['2025-07-28,King']);
  const r = run(
    {
      employees: `${EMP}\n${employee}`,
      ...(o.hours === null ? {} : { hours: `${HOURS}\n${(o.hours ?? WEEK).join('\n')}` }),
      payroll: `${o.payHeader ?? PAY}\n${(o.payroll ?? JULY).join('\n')}`,
      ...(holidays ? { holidays: `date,name\n${holidays.join('\n')}` } : {}),
    },
    o.asOf ?? '2025-07-31',
    [HOLIDAY_WAGE],
  );
  const found = r.findings.filter((x) => x.rule === HOLIDAY_WAGE);
  return {
    found,
    f: found[0],
    owed: found[0]?.owed_satang,
    undetermined: r.undetermined.map((u) => u.reason),
  };
}

describe('holiday wage (s.56): one working-day wage', () => {
  it('daily-paid at 450 baht: 450 baht owed, cited with the holiday, payroll and no hours rows', () => {
    const { found, f } = holidayWage('E1,1990-01-01,Bangkok,daily,450,,,');
    expect(found).toHaveLength(1);
    expect(f).toMatchObject({ owed_satang: 45000, entitled_satang: 45000, paid_satang: 0 });
    expect(f?.period).toEqual({ start: '2025-07-16', end: '2025-07-31' });
    expect(f?.message).toBe(
      'E1: 1 traditional holiday (2025-07-28) in 2025-07-16 to 2025-07-31 owe one working-day wage each (450.00 baht): 450.00 baht due, 0.00 paid (after holiday-work pay)',
    );
    expect(f?.evidence).toEqual([
      { file: 'holidays.csv', row: 2 },
      { file: 'payroll.csv', row: 2 },
    ]);
    expect(f?.params).toMatchObject({
      wage_type: 'daily',
      holidays_from: 'holidays file',
      holiday_pay: 0,
      s62_holiday_work_due: '0.00',
    });
  });

  it('daily-paid at 300 baht is floored at the minimum wage: 400 baht', () => {
    expect(holidayWage('E1,1990-01-01,Bangkok,daily,300,,,').owed).toBe(40000);
  });

  it('hourly-paid at 60 baht with 7.5 normal hours a day: 60 x 7.5 = 450 baht', () => {
    expect(holidayWage('E1,1990-01-01,Bangkok,hourly,60,,,7.5').owed).toBe(45000);
  });

  it('hourly-paid at 60 baht and 8 hours: 480 baht; at 40 baht the minimum wage, 400 baht', () => {
    expect(holidayWage('E1,1990-01-01,Bangkok,hourly,60,,,').owed).toBe(48000);
    expect(holidayWage('E1,1990-01-01,Bangkok,hourly,40,,,').owed).toBe(40000);
  });

  it('hourly-paid, the holiday a public_holiday day of the hours file: its own normal hours', () => {
    const hours = ['E1,2025-07-28,08:00,12:00,public_holiday', ...WEEK];
    const { f } = holidayWage('E1,1990-01-01,Bangkok,hourly,60,,,7', { hours, holidays: null });
    // 60 x 7 = 420 baht; the s.62 pay for 4 hours on a public holiday, 1x: 240 baht, not paid
    // either (the s.62 rule owes that one).
    expect(f?.owed_satang).toBe(42000);
    expect(f?.params).toMatchObject({
      holidays_from: 'public_holiday days in the hours file',
      s62_holiday_work_due: '240.00',
    });
    expect(f?.evidence).toEqual([
      { file: 'hours.csv', row: 2 },
      { file: 'payroll.csv', row: 2 },
    ]);
  });

  it('piece-paid: the period average, (1,200 + 300 other wages) / 3 days worked = 500 baht', () => {
    const { f } = holidayWage('E1,1990-01-01,Bangkok,piece,,,,', {
      payroll: ['E1,2025-07-16,2025-07-31,2025-07-31,1200,300,0'],
    });
    expect(f?.owed_satang).toBe(50000);
    expect(f?.message).toContain('(500.00 baht)');
  });

  it('piece-paid, 900 baht over 3 days (300 a day), floored at the minimum wage: 400 baht', () => {
    const { owed } = holidayWage('E1,1990-01-01,Bangkok,piece,,,,', {
      payroll: ['E1,2025-07-16,2025-07-31,2025-07-31,900,0,0'],
    });
    expect(owed).toBe(40000);
  });

  it('piece-paid with no day worked in the period holding the holiday: undetermined', () => {
    const { found, undetermined } = holidayWage('E1,1990-01-01,Bangkok,piece,,,,', {
      payroll: ['E1,2025-07-16,2025-07-28,2025-07-28,0,0,0', 'E1,2025-07-29,2025-07-31,2025-07-31,1200,0,0'],
    });
    expect(found).toEqual([]);
    expect(undetermined.join(' ')).toContain('piece-paid: no days worked in the period');
  });

  it('piece-paid working on the holiday: the s.62 pay cannot be set, undetermined', () => {
    const hours = ['E1,2025-07-28,08:00,17:00,public_holiday', ...WEEK];
    const { found, undetermined } = holidayWage('E1,1990-01-01,Bangkok,piece,,,,', { hours, holidays: null });
    expect(found).toEqual([]);
    expect(undetermined.join(' ')).toContain('s.62 pay for holiday work undetermined');
  });

  it('daily 380 across the minimum wage rise of 1 July 2025: 380 on 3 June, 400 on 28 July', () => {
    const hours = ['E1,2025-06-04,08:00,17:00,work', ...WEEK];
    const { f } = holidayWage('E1,1990-01-01,Bangkok,daily,380,,,', {
      hours,
      holidays: ['2025-06-03,Queen', '2025-07-28,King'],
      payroll: ['E1,2025-06-01,2025-07-31,2025-07-31,1520,0,0'],
    });
    expect(f?.owed_satang).toBe(78000);
    expect(f?.message).toContain('owe one working-day wage each (380.00, 400.00 baht): 780.00 baht due');
  });

  it('before any minimum wage in the table (2017): the daily rate itself, 300 baht, not floored', () => {
    const { owed } = holidayWage('E1,1960-01-01,Bangkok,daily,300,,,', {
      hours: ['E1,2017-07-25,08:00,17:00,work'],
      holidays: ['2017-07-28,King'],
      payroll: ['E1,2017-07-16,2017-07-31,2017-07-31,300,0,0'],
    });
    expect(owed).toBe(30000);
  });

  it('monthly-paid: the monthly wage includes the holiday', () => {
    expect(holidayWage('E1,1990-01-01,Bangkok,monthly,15000,,,').found).toEqual([]);
  });

  it('two holidays in the period: 2 x 450 baht, both dates named and cited', () => {
    const hours = [...WEEK, 'E1,2025-07-22,08:00,17:00,work'];
    const { f } = holidayWage('E1,1990-01-01,Bangkok,daily,450,,,', {
      hours,
      holidays: ['2025-07-21,Extra', '2025-07-28,King'],
      payroll: ['E1,2025-07-16,2025-07-31,2025-07-31,1800,0,0'],
    });
    expect(f?.owed_satang).toBe(90000);
    expect(f?.message).toContain('2 traditional holidays (2025-07-21, 2025-07-28)');
    expect(f?.message).toContain('(450.00 baht): 900.00 baht due');
    expect(f?.evidence).toEqual([
      { file: 'holidays.csv', row: 2 },
      { file: 'holidays.csv', row: 3 },
      { file: 'payroll.csv', row: 2 },
    ]);
  });

  it('a holiday outside every pay period is not judged, after the last one or before the first', () => {
    for (const period of [
      'E1,2025-07-29,2025-07-31,2025-07-31,1350,0,0',
      'E1,2025-07-16,2025-07-27,2025-07-27,0,0,0',
    ]) {
      expect(holidayWage('E1,1990-01-01,Bangkok,daily,450,,,', { payroll: [period] }).found).toEqual([]);
    }
  });

  it('hourly-paid: the normal hours in force on the holiday, not those of the first day worked', () => {
    const rules = sevenHoursFromHoliday();
    const r = run(
      {
        employees: `${EMP}\nE1,1990-01-01,Bangkok,hourly,100,,,`,
        hours: `${HOURS}\nE1,2025-07-22,08:00,12:00,work\nE1,2025-07-28,08:00,12:00,public_holiday\nE1,2025-07-29,08:00,12:00,work`,
        payroll: `${PAY}\n${JULY[0]}`,
      },
      '2025-07-31',
      [HOLIDAY_WAGE],
      rules,
    );
    // 100 x 7 = 700 baht, not 100 x 8.
    expect(r.findings.map((f) => f.owed_satang)).toEqual([70000]);
  });

  it('hourly-paid, the holiday not worked (holidays file): the normal hours in force on it, not on the first day worked', () => {
    // The first day worked, Monday 21 July, had 8 hours.
    const rules = sevenHoursFromHoliday();
    const r = run(
      {
        employees: `${EMP}\nE1,1990-01-01,Bangkok,hourly,60,,,`,
        hours: `${HOURS}\nE1,2025-07-21,08:00,12:00,work\n${WEEK.join('\n')}`,
        payroll: `${PAY}\n${JULY[0]}`,
        holidays: 'date,name\n2025-07-28,King',
      },
      '2025-07-31',
      [HOLIDAY_WAGE],
      rules,
    );
    // Priced at the rate the period's pay shows (1,440 paid where 1,500 was due at 60: 57.60 an
    // hour): 57.60 x 7 = 403.20 baht. It was 460.80: 57.60 x the 8 hours of 21 July.
    expect(r.findings.map((f) => f.owed_satang)).toEqual([40320]);
  });

  it('holidays at the period edges count: the first and the last day of the period', () => {
    expect(
      holidayWage('E1,1990-01-01,Bangkok,daily,450,,,', {
        payroll: ['E1,2025-07-28,2025-07-31,2025-07-31,1350,0,0'],
      }).owed,
    ).toBe(45000);
    expect(
      holidayWage('E1,1990-01-01,Bangkok,daily,450,,,', {
        payroll: [
          'E1,2025-07-16,2025-07-28,2025-07-28,0,0,0',
          'E1,2025-07-29,2025-07-31,2025-07-31,1350,0,0',
        ],
      }).f?.period,
    ).toEqual({ start: '2025-07-16', end: '2025-07-28' });
  });
});

describe('holiday wage (s.56): which holidays count', () => {
  it('hired on the holiday counts; hired the day after does not', () => {
    expect(holidayWage('E1,1990-01-01,Bangkok,daily,450,2025-07-28,,').owed).toBe(45000);
    expect(holidayWage('E1,1990-01-01,Bangkok,daily,450,2025-07-29,,').found).toEqual([]);
  });

  it('terminated on the holiday counts; terminated the day before does not', () => {
    const hours = [
      'E1,2025-07-21,08:00,17:00,work',
      'E1,2025-07-24,08:00,17:00,work',
      'E1,2025-07-29,08:00,17:00,work',
    ];
    // Work on 29 July after a termination on 27 July is not employment on the holiday. Monday
    // 21 July worked shows Monday is a working day of the employee's.
    expect(holidayWage('E1,1990-01-01,Bangkok,daily,450,,2025-07-28,', { hours }).owed).toBe(45000);
    expect(holidayWage('E1,1990-01-01,Bangkok,daily,450,,2025-07-27,', { hours }).found).toEqual([]);
  });

  it('a holiday the hours file marks as the weekly holiday is not a working day', () => {
    const hours = ['E1,2025-07-28,08:00,12:00,weekly_holiday', ...WEEK];
    expect(holidayWage('E1,1990-01-01,Bangkok,daily,450,,,', { hours }).found).toEqual([]);
  });

  it('a holiday on the Sunday that ends a work week, with work on its Monday to Thursday, counts', () => {
    const hours = ['E1,2025-07-28,08:00,17:00,work', ...WEEK];
    expect(
      holidayWage('E1,1990-01-01,Bangkok,daily,450,,,', {
        hours,
        holidays: ['2025-08-03,Sunday holiday'],
        payroll: ['E1,2025-07-16,2025-08-15,2025-08-15,1800,0,0'],
        // Audited after the period: a period running past the as-of date is not judged on its pay.
        asOf: '2025-08-31',
      }).owed,
    ).toBe(45000);
  });

  it('no hours file: the rule says so, it does not pass', () => {
    const { found, undetermined } = holidayWage('E1,1990-01-01,Bangkok,daily,450,,,', { hours: null });
    expect(found).toEqual([]);
    expect(undetermined).toEqual(['no hours file']);
  });

  it('work on the holiday alone, none on another day of its week: not counted', () => {
    const hours = ['E1,2025-07-28,08:00,17:00,work', 'E1,2025-07-25,08:00,17:00,work'];
    expect(holidayWage('E1,1990-01-01,Bangkok,daily,450,,,', { hours }).found).toEqual([]);
  });

  it('work only in the week before: not counted', () => {
    const hours = ['E1,2025-07-21,08:00,17:00,work', 'E1,2025-07-27,08:00,17:00,work'];
    expect(holidayWage('E1,1990-01-01,Bangkok,daily,450,,,', { hours }).found).toEqual([]);
  });

  it('work only in the week after: not counted', () => {
    const hours = ['E1,2025-08-04,08:00,17:00,work', 'E1,2025-08-05,08:00,17:00,work'];
    const payroll = ['E1,2025-07-16,2025-08-15,2025-08-15,800,0,0'];
    expect(holidayWage('E1,1990-01-01,Bangkok,daily,450,,,', { hours, payroll }).found).toEqual([]);
  });

  it('without holidays.csv and no public_holiday day: nothing to check', () => {
    expect(holidayWage('E1,1990-01-01,Bangkok,daily,450,,,', { holidays: null }).found).toEqual([]);
  });
});

describe('holiday wage (s.56): holiday_pay set against s.62 first', () => {
  // Daily 400 works 8 hours on the public holiday: s.62 pay 400 x 1 = 400 baht.
  const hours = ['E1,2025-07-28,08:00,17:00,public_holiday', ...WEEK];

  it('holiday_pay 600: 400 for s.62, 200 for s.56, 200 baht still owed', () => {
    const { f } = holidayWage('E1,1990-01-01,Bangkok,daily,400,,,', {
      hours,
      holidays: null,
      payroll: ['E1,2025-07-16,2025-07-31,2025-07-31,1200,0,600'],
    });
    expect(f).toMatchObject({ owed_satang: 20000, entitled_satang: 40000, paid_satang: 20000 });
    expect(f?.params).toMatchObject({ holiday_pay: 600, s62_holiday_work_due: '400.00' });
    expect(f?.message).toContain('400.00 baht due, 200.00 paid');
    // The worked holiday's hours row, the payroll row.
    expect(f?.evidence).toEqual([
      { file: 'hours.csv', row: 2 },
      { file: 'payroll.csv', row: 2 },
    ]);
  });

  it('holiday_pay 800 covers both: nothing owed; 799 leaves 1 baht', () => {
    const pay = (amount: string) =>
      holidayWage('E1,1990-01-01,Bangkok,daily,400,,,', {
        hours,
        holidays: null,
        payroll: [`E1,2025-07-16,2025-07-31,2025-07-31,1200,0,${amount}`],
      });
    expect(pay('800').found).toEqual([]);
    expect(pay('799').owed).toBe(100);
  });

  it('holiday_pay below the s.62 pay: the whole s.56 wage is owed, nothing counted as paid for it', () => {
    const { f } = holidayWage('E1,1990-01-01,Bangkok,daily,400,,,', {
      hours,
      holidays: null,
      payroll: ['E1,2025-07-16,2025-07-31,2025-07-31,1200,0,100'],
    });
    expect(f).toMatchObject({ owed_satang: 40000, paid_satang: 0 });
  });

  it('holiday_pay without s.62 work: all of it against the s.56 wage', () => {
    const { f } = holidayWage('E1,1990-01-01,Bangkok,daily,400,,,', {
      payroll: ['E1,2025-07-16,2025-07-31,2025-07-31,1200,0,150'],
    });
    expect(f).toMatchObject({ owed_satang: 25000, paid_satang: 15000 });
  });

  it('no holiday_pay column: undetermined for the period with a holiday, not zero; not for the one without', () => {
    const { found, undetermined } = holidayWage('E1,1990-01-01,Bangkok,daily,400,,,', {
      payHeader: 'employee_id,period_start,period_end,pay_date,base_pay,other_wages',
      payroll: ['E1,2025-07-16,2025-07-31,2025-07-31,1200,0', 'E1,2025-08-01,2025-08-15,2025-08-15,0,0'],
      // Audited after 15 August, so that the August period (no holiday in it) is judged too: a
      // period starting after the as-of date is not read at all.
      asOf: '2025-08-31',
    });
    expect(found).toEqual([]);
    expect(undetermined).toEqual(['2025-07-16..2025-07-31: column holiday_pay not in the payroll file']);
  });
});

describe('a holiday on the weekly rest day owes no day of wages; its substitute does', () => {
  // A Thai attendance summary (B.E. dates, lunch punched) of a daily-paid 400 baht worker,
  // Monday to Saturday, May 2025. Visakha Bucha fell on Sunday 11 May; the employer announced
  // Monday 12 May as its substitute (s.29), and Labour Day on Thursday 1 May. Base pay is 31 days
  // at 400, so that the period's pay shows the wage_rate in force (checks/wage-shown.ts).
  const be = (d: string) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${Number(d.slice(0, 4)) + 543}`;
  const may = (sundays: string[] = []) => {
    const rows = ['รหัสพนักงาน,วันที่,เวลาเข้า,ออกพัก,กลับจากพัก,เวลาออก'];
    for (let n = 2; n <= 31; n++) {
      const d = `2025-05-${String(n).padStart(2, '0')}`;
      const sunday = new Date(`${d}T00:00:00Z`).getUTCDay() === 0;
      if (d === '2025-05-12' || (sunday && !sundays.includes(d))) continue;
      rows.push(`E1,${be(d)},07:5${n % 10},12:0${n % 6},12:5${n % 7},17:0${n % 9}`);
    }
    return rows.join('\n');
  };
  const holidays = [
    'date,name',
    '2025-05-01,วันแรงงานแห่งชาติ',
    '2025-05-11,วันวิสาขบูชา',
    '2025-05-12,ชดเชยวันวิสาขบูชา',
  ].join('\n');
  const check = (hours: string, holidayPay: string) => {
    const r = run(
      {
        employees: `employee_id,birth_date,province,wage_type,wage_rate\nE1,1990-01-01,Bangkok,daily,400`,
        hours,
        payroll: `employee_id,period_start,period_end,pay_date,base_pay,holiday_pay\nE1,2025-05-01,2025-05-31,2025-05-31,12400,${holidayPay}`,
        holidays,
      },
      '2025-06-30',
      [HOLIDAY_WAGE],
    );
    return {
      owed: r.findings.map((f) => f.owed_satang),
      reasons: r.undetermined.map((u) => u.reason),
    };
  };
  it('Sundays never worked: 1 May and the substitute 12 May are owed (800.00, paid), 11 May is not', () => {
    expect(check(may(), '800')).toEqual({ owed: [], reasons: [] });
    expect(check(may(), '400').owed).toEqual([40000]);
  });
  it('Sundays worked in most weeks around it: 11 May was a working day too', () => {
    expect(check(may(['2025-05-04', '2025-05-18', '2025-05-25']), '800').owed).toEqual([40000]);
  });
  it('one Sunday of four worked (a rest day that moves, or overtime): not known, undetermined', () => {
    const r = check(may(['2025-05-18']), '800');
    expect(r.owed).toEqual([]);
    expect(r.reasons).toEqual([
      expect.stringContaining(
        'whether the holiday of 2025-05-11 fell on a working day of the employee is not known',
      ),
    ]);
  });
  it('two Sundays of four worked: half is not most, still not known (no 400.00 baht for 11 May)', () => {
    // Worked on 18 and 25 May, not on 4 May or 1 June: the same weekday worked in 2 of the 4
    // weeks around it that hold work. Counting 11 May would owe 400.00 baht more than the 800.00
    // holiday_pay covers; it is neither owed nor ruled out.
    const r = check(may(['2025-05-18', '2025-05-25']), '800');
    expect(r.owed).toEqual([]);
    expect(r.reasons).toEqual([
      expect.stringContaining(
        'whether the holiday of 2025-05-11 fell on a working day of the employee is not known',
      ),
    ]);
  });
});

describe('holiday wage (s.56): the weeks around a holiday not worked', () => {
  // The King's Birthday, Monday 28 July 2025, not worked; work Tuesday to Thursday of its week.
  // Without a Monday worked in the 4 weeks before and after that hold work, Monday is the
  // employee's rest day and no 450.00 baht is owed; with no such week at all, nothing says it
  // is not a working day and it counts.
  const DAILY = 'E1,1990-01-01,Bangkok,daily,450,,,';
  it.each([
    {
      name: 'the 4th week after holds work (Tuesday 26 August), Monday not worked: rest day, nothing owed',
      extra: 'E1,2025-08-26,08:00,17:00,work',
      asOf: '2025-08-31',
      owed: [],
    },
    {
      name: 'the 4th week before holds work (Tuesday 1 July), Monday not worked: rest day, nothing owed',
      extra: 'E1,2025-07-01,08:00,17:00,work',
      asOf: '2025-07-31',
      owed: [],
    },
    {
      name: 'only the 5th week after holds work (Tuesday 2 September): outside the window, 450.00 owed',
      extra: 'E1,2025-09-02,08:00,17:00,work',
      asOf: '2025-09-30',
      owed: [45000],
    },
  ])('$name', ({ extra, asOf, owed }) => {
    const r = holidayWage(DAILY, {
      hours: [...WEEK, extra],
      payroll: ['E1,2025-07-01,2025-07-31,2025-07-31,1800,0,0'],
      asOf,
    });
    expect(r.found.map((f) => f.owed_satang)).toEqual(owed);
    expect(r.undetermined).toEqual([]);
  });

  // Visakha Bucha, Sunday 11 May 2025, not worked; a daily-paid 400 baht worker who works
  // Mondays. Sunday 4 May is marked weekly_holiday in the hours file and was worked (holiday
  // work, paid under s.62): it shows Sunday is the rest day, not a working day.
  // In date order: the hours file's rows are read as written (a row out of order may be a typed date).
  const MAY = [
    'E1,2025-04-28,08:00,17:00,work',
    'E1,2025-05-04,08:00,12:00,weekly_holiday',
    'E1,2025-05-06,08:00,17:00,work',
  ];
  const sunday = (hours: string[]) =>
    holidayWage('E1,1990-01-01,Bangkok,daily,400,,,', {
      hours,
      holidays: ['2025-05-11,Visakha Bucha'],
      payroll: ['E1,2025-05-01,2025-05-15,2025-05-15,800,0,0'],
      asOf: '2025-05-31',
    });

  it('a Sunday worked as the weekly holiday is a rest day, not a working day: 11 May owes nothing', () => {
    const r = sunday(MAY);
    expect(r.found).toEqual([]);
    expect(r.undetermined).toEqual([]);
  });

  it('that weekly holiday and a week (21 April) with its Sunday not worked: both rest, nothing owed', () => {
    const r = sunday(['E1,2025-04-21,08:00,17:00,work', ...MAY]);
    expect(r.found).toEqual([]);
    expect(r.undetermined).toEqual([]);
  });
});

describe('holiday wage (s.56): pay or days worked not known', () => {
  const WORKED_HOLIDAY = ['E1,2025-07-28,08:00,17:00,public_holiday', ...WEEK];
  // An hours row whose date cannot be read (31 July typed 2025-07-3x): work on a day not known.
  const UNDATED = 'E1,2025-07-3x,08:00,17:00,work';
  const UNDATED_REASON =
    '2025-07-16..2025-07-31: hours rows of the employee were rejected without a date that could be read (row 5): they may hold work on any day, so the days and hours worked are not all known';

  it('pay periods that overlap (16-31 July, 20 July-5 August): what was paid for each is unknown, no 450.00 finding', () => {
    const { found, undetermined } = holidayWage('E1,1990-01-01,Bangkok,daily,450,,,', {
      payroll: ['E1,2025-07-16,2025-07-31,2025-07-31,1350,0,0', 'E1,2025-07-20,2025-08-05,2025-08-05,0,0,0'],
      asOf: '2025-08-31',
    });
    expect(found).toEqual([]);
    expect(undetermined).toHaveLength(1);
    expect(undetermined[0]).toContain(
      '2025-07-16..2025-07-31: the pay period overlaps another pay period of the payroll (row 3) without being the same',
    );
  });

  it('piece-paid with an hours row not dated: the average per day worked (1,500 / 3) may be too high, undetermined', () => {
    const { found, undetermined } = holidayWage('E1,1990-01-01,Bangkok,piece,,,,', {
      hours: [...WEEK, UNDATED],
      payroll: ['E1,2025-07-16,2025-07-31,2025-07-31,1500,0,0'],
    });
    expect(found).toEqual([]);
    expect(undetermined).toEqual([UNDATED_REASON]);
  });

  it('piece-paid working on the holiday with an hours row not dated: said once, for the day wage', () => {
    // The day wage cannot be set, so neither can what is owed; the s.62 pay for the holiday's
    // work is not asked for as well.
    const { found, undetermined } = holidayWage('E1,1990-01-01,Bangkok,piece,,,,', {
      hours: [...WORKED_HOLIDAY, UNDATED],
      holidays: null,
      payroll: ['E1,2025-07-16,2025-07-31,2025-07-31,1500,0,0'],
    });
    expect(found).toEqual([]);
    expect(undetermined).toEqual([UNDATED_REASON.replace('row 5', 'row 6')]);
  });

  it('daily-paid with an hours row not dated: the daily rate needs no count of days, 450.00 owed', () => {
    expect(holidayWage('E1,1990-01-01,Bangkok,daily,450,,,', { hours: [...WEEK, UNDATED] }).owed).toBe(45000);
  });

  it('piece-paid, the holiday a day the hours file marks Holiday: a paid day left out of the average, undetermined', () => {
    // An attendance summary's status column: the holiday's row with no times, not worked.
    const r = run(
      {
        employees: `${EMP}\nE1,1990-01-01,Bangkok,piece,,,,`,
        hours: [`${HOURS},status`, 'E1,2025-07-28,,,,Holiday', ...WEEK.map((w) => `${w},`)].join('\n'),
        payroll: `${PAY}\nE1,2025-07-16,2025-07-31,2025-07-31,1500,0,0`,
        holidays: 'date,name\n2025-07-28,King',
      },
      '2025-07-31',
      [HOLIDAY_WAGE],
    );
    const undetermined = r.undetermined.map((u) => u.reason);
    expect(r.findings).toEqual([]);
    expect(undetermined).toEqual([expect.stringContaining('the hours file marks these days as not worked')]);
  });
});

describe('holiday wage (s.56): a period paid below wage_rate', () => {
  // Daily wage_rate 500, but 16-31 July paid 1,350 for 3 days worked: 450 a day shown, perhaps a
  // period before a raise (wage-shown.ts). The holiday is priced at 450 (a lower bound); what
  // only 500 would owe is not known.
  const paid = (holidayPay: string) =>
    holidayWage('E1,1990-01-01,Bangkok,daily,500,,,', {
      payroll: [`E1,2025-07-16,2025-07-31,2025-07-31,1350,0,${holidayPay}`],
    });

  it('holiday_pay 0: 450.00 owed at the rate shown, with wage_rate_in_period in the params', () => {
    const { f, undetermined } = paid('0');
    expect(f?.owed_satang).toBe(45000);
    expect(f?.params).toMatchObject({ wage_rate_in_period: { employees_file: 500, shown: '450.00' } });
    expect(undetermined).toEqual([]);
  });

  it.each(['450', '499'])('holiday_pay %s covers 450 but not 500: undetermined, no finding', (holidayPay) => {
    const { found, undetermined } = paid(holidayPay);
    expect(found).toEqual([]);
    expect(undetermined).toEqual([
      expect.stringContaining('at the rate the pay shows (450.00) nothing is owed'),
    ]);
  });

  it.each(['500', '600'])(
    'holiday_pay %s covers the day even at wage_rate 500: nothing said',
    (holidayPay) => {
      const { found, undetermined } = paid(holidayPay);
      expect(found).toEqual([]);
      expect(undetermined).toEqual([]);
    },
  );
});
