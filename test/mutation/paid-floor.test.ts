import { describe, expect, it } from 'vitest';
import { packWith, run } from '../helpers.js';

// Integrity warning: wages exactly the minimum wage (Bangkok 400 baht a day from 1 July 2025)
// times the days worked in most periods (at least 2, more than half), while the hours file shows
// overtime in most of them and ot_pay is stated as nil in every one.

const RULE = 'integrity-paid-floor';
const EMP = 'employee_id,birth_date,province,wage_type,wage_rate';
const HOURS = 'employee_id,date,start,end,day_type';
const PAY = 'employee_id,period_start,period_end,pay_date,base_pay,other_wages,ot_pay';
const MONDAYS = ['2025-08-04', '2025-08-11', '2025-08-18', '2025-08-25'];

const plus = (iso: string, n: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

/** Five days from Monday, 08:00-12:00 and 13:00-`until` (19:00: 10 h, 2 h overtime a day). */
function week(monday: string, until = '19:00', dayType = 'work'): string[] {
  return [0, 1, 2, 3, 4].flatMap((i) => [
    `E1,${plus(monday, i)},08:00,12:00,${i === 0 ? dayType : 'work'}`,
    `E1,${plus(monday, i)},13:00,${until},${i === 0 ? dayType : 'work'}`,
  ]);
}

/** One payroll row for the week from `monday` (Monday to Sunday). */
const pay = (monday: string, base: number, other = '', ot = '0') =>
  `E1,${monday},${plus(monday, 6)},${plus(monday, 6)},${base},${other},${ot}`;

function check(hours: string[], payroll: string[], wageType = 'daily', rules = packWith({})) {
  const r = run(
    {
      employees: `${EMP}\nE1,1990-01-01,Bangkok,${wageType},400`,
      hours: hours.length ? `${HOURS}\n${hours.join('\n')}` : undefined,
      payroll: `${PAY}\n${payroll.join('\n')}`,
    },
    '2025-09-30',
    [RULE],
    rules,
  );
  return {
    findings: r.findings.filter((f) => f.rule === RULE),
    undetermined: r.undetermined.map((u) => u.reason),
  };
}

const TWO_WEEKS = [...week(MONDAYS[0]), ...week(MONDAYS[1])];

describe('paid exactly the floor while overtime goes unpaid', () => {
  it('two weeks at 400 x 5 with 10 h of overtime each: the span, counts, hours and rows', () => {
    const { findings } = check(TWO_WEEKS, [pay(MONDAYS[0], 2000), pay(MONDAYS[1], 2000)]);
    expect(findings).toHaveLength(1);
    const f = findings[0];
    expect(f.period).toEqual({ start: '2025-08-04', end: '2025-08-17' });
    expect(f.message).toBe(
      'E1: wages exactly the minimum wage x days worked in 2 of 2 periods, while the hours file shows 20.00 h of overtime in 2 of them and no overtime is ever paid: books kept to the floor?',
    );
    expect(f.evidence).toHaveLength(2 + 20);
    expect(f.evidence).toContainEqual({ file: 'payroll.csv', row: 2 });
    expect(f.evidence).toContainEqual({ file: 'payroll.csv', row: 3 });
    expect(f.evidence).toContainEqual({ file: 'hours.csv', row: 21 });
    expect(f.params).toMatchObject({ min_periods: { value: 2 }, min_share: { value: 0.5 } });
  });

  it('other wages count into the wages: 1,800 base and 200 other is the floor of 2,000', () => {
    const { findings } = check(TWO_WEEKS, [pay(MONDAYS[0], 1800, '200'), pay(MONDAYS[1], 1800, '200')]);
    expect(findings).toHaveLength(1);
    expect(check(TWO_WEEKS, [pay(MONDAYS[0], 2000, '200'), pay(MONDAYS[1], 2000, '200')]).findings).toEqual(
      [],
    );
  });

  it('a holiday worked is not a day at the floor: 4 work days at 400 = 1,600', () => {
    const hours = [
      ...week(MONDAYS[0], '19:00', 'public_holiday'),
      ...week(MONDAYS[1], '19:00', 'public_holiday'),
    ];
    expect(check(hours, [pay(MONDAYS[0], 1600), pay(MONDAYS[1], 1600)]).findings).toHaveLength(1);
    expect(check(hours, [pay(MONDAYS[0], 2000), pay(MONDAYS[1], 2000)]).findings).toEqual([]);
  });

  it('one period at the floor is not enough, nor two of four (not more than half)', () => {
    expect(check(week(MONDAYS[0]), [pay(MONDAYS[0], 2000)]).findings).toEqual([]);
    const four = MONDAYS.flatMap((m) => week(m));
    expect(
      check(four, [
        pay(MONDAYS[0], 2000),
        pay(MONDAYS[1], 2000),
        pay(MONDAYS[2], 2100),
        pay(MONDAYS[3], 2100),
      ]).findings,
    ).toEqual([]);
    const three = check(four.slice(0, 30), [
      pay(MONDAYS[0], 2000),
      pay(MONDAYS[1], 2000),
      pay(MONDAYS[2], 2100),
    ]);
    expect(three.findings.map((f) => f.message)).toEqual([
      'E1: wages exactly the minimum wage x days worked in 2 of 3 periods, while the hours file shows 20.00 h of overtime in 2 of them and no overtime is ever paid: books kept to the floor?',
    ]);
  });

  it('overtime in only one of the floor periods, or in two of four, is no finding', () => {
    const noOt = (m: string) => week(m, '17:00');
    expect(
      check([...week(MONDAYS[0]), ...noOt(MONDAYS[1])], [pay(MONDAYS[0], 2000), pay(MONDAYS[1], 2000)])
        .findings,
    ).toEqual([]);
    const hours = [...week(MONDAYS[0]), ...week(MONDAYS[1]), ...noOt(MONDAYS[2]), ...noOt(MONDAYS[3])];
    expect(
      check(
        hours,
        MONDAYS.map((m) => pay(m, 2000)),
      ).findings,
    ).toEqual([]);
    const three = [...week(MONDAYS[0]), ...week(MONDAYS[1]), ...noOt(MONDAYS[2])];
    const { findings } = check(
      three,
      MONDAYS.slice(0, 3).map((m) => pay(m, 2000)),
    );
    expect(findings.map((f) => f.message)).toEqual([
      'E1: wages exactly the minimum wage x days worked in 3 of 3 periods, while the hours file shows 20.00 h of overtime in 2 of them and no overtime is ever paid: books kept to the floor?',
    ]);
    expect(findings[0].period).toEqual({ start: '2025-08-04', end: '2025-08-24' });
  });

  it('ot_pay left empty is undetermined; paid in one period is no finding', () => {
    const empty = check(TWO_WEEKS, [pay(MONDAYS[0], 2000, '', ''), pay(MONDAYS[1], 2000, '', '0')]);
    expect(empty.findings).toEqual([]);
    expect(empty.undetermined).toEqual(['ot_pay not stated for the periods with overtime']);
    const paid = check(TWO_WEEKS, [pay(MONDAYS[0], 2000, '', '750'), pay(MONDAYS[1], 2000)]);
    expect(paid.findings).toEqual([]);
    expect(paid.undetermined).toEqual([]);
  });

  it('monthly-paid employees and periods with no day worked are outside the sign', () => {
    expect(check(TWO_WEEKS, [pay(MONDAYS[0], 2000), pay(MONDAYS[1], 2000)], 'monthly').findings).toEqual([]);
    // Weeks with no day worked, paid 0, are not "at the floor" (0 = 0 x 400): 3 of 5 periods.
    const hours = [...week(MONDAYS[0]), ...week(MONDAYS[1]), ...week(MONDAYS[2])];
    const payroll = [
      ...MONDAYS.slice(0, 3).map((m) => pay(m, 2000)),
      pay(MONDAYS[3], 0),
      pay('2025-09-01', 0),
    ];
    expect(check(hours, payroll).findings.map((f) => f.message)).toEqual([
      'E1: wages exactly the minimum wage x days worked in 3 of 5 periods, while the hours file shows 30.00 h of overtime in 3 of them and no overtime is ever paid: books kept to the floor?',
    ]);
  });

  it('only the days with overtime are cited from the hours file', () => {
    // The second week ends on Thursday at 17:00: 4 days of overtime, Friday without.
    const hours = [
      ...week(MONDAYS[0]),
      ...week(MONDAYS[1]).slice(0, 8),
      'E1,2025-08-15,08:00,12:00,work',
      'E1,2025-08-15,13:00,17:00,work',
    ];
    const { findings } = check(hours, [pay(MONDAYS[0], 2000), pay(MONDAYS[1], 2000)]);
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain('18.00 h of overtime in 2 of them');
    expect(findings[0].evidence).toHaveLength(2 + 18);
    expect(findings[0].evidence).not.toContainEqual({ file: 'hours.csv', row: 20 });
    expect(findings[0].evidence).not.toContainEqual({ file: 'hours.csv', row: 21 });
  });

  it('with a minimum of 3 periods, overtime in 2 of 3 floor periods is not enough', () => {
    const hours = [...week(MONDAYS[0]), ...week(MONDAYS[1]), ...week(MONDAYS[2], '17:00')];
    const payroll = MONDAYS.slice(0, 3).map((m) => pay(m, 2000));
    const three = packWith({ 'integrity-paid-floor.min_periods': 3 }, '2018-01-01');
    expect(check(hours, payroll, 'daily', three).findings).toEqual([]);
    expect(check(hours, payroll).findings).toHaveLength(1);
  });

  it('before any minimum wage is in force (Bangkok from 1 April 2018) no period is at the floor', () => {
    const mondays = ['2018-01-08', '2018-01-15'];
    const hours = mondays.flatMap((m) => week(m));
    expect(
      check(
        hours,
        mondays.map((m) => pay(m, 2000)),
      ).findings,
    ).toEqual([]);
  });

  it('without an hours file the overtime is unknown: undetermined', () => {
    const { findings, undetermined } = check([], [pay(MONDAYS[0], 2000), pay(MONDAYS[1], 2000)]);
    expect(findings).toEqual([]);
    expect(undetermined).toEqual(['no hours file']);
  });
});
