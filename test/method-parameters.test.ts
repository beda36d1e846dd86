import { describe, expect, it } from 'vitest';
import { addDays } from '../src/base/calendar.js';
import type { Result } from '../src/findings/result.js';
import type { RulePack } from '../src/pack/load.js';
import { packWith, run, runWith } from './helpers.js';

// Three figures are method choices of this pack, not sections of the Act: how long an open
// pregnancy span runs (s.39, s.39/1), how many weeks around a holiday not worked tell the
// employee's rest day (s.56), and how short of wage_rate a period's pay may be by rounding
// (s.56, s.61-63). Each lives in rules/ with its source; a pack with another value gives
// another result, so the checks read them and hold no literal of their own.

/** The bundled pack with one rule's own parameter replaced by a single value. */
function ruleParamWith(ruleId: string, key: string, value: number): RulePack {
  const p = packWith({});
  const rules = p.rules.map((r) => {
    if (r.id !== ruleId) return r;
    const own = r.resolved[key];
    if (!own) throw new Error(`${ruleId} has no parameter ${key}`);
    const first = own.series.values[0];
    return {
      ...r,
      resolved: { ...r.resolved, [key]: { ...own, series: { values: [{ ...first, value }] } } },
    };
  });
  return { ...p, rules };
}

const findings = (r: Result, rule: string) =>
  r.findings.filter((f) => f.rule === rule).map((f) => [f.date ?? f.period?.start, f.owed_satang]);
const reasons = (r: Result, rule: string) =>
  r.undetermined.filter((u) => u.rule === rule).flatMap((u) => (u.reasons ?? []).map((x) => x.id));

describe('open_pregnancy_days: how long an empty pregnant_to runs (s.39/1)', () => {
  const NIGHT = 'lpa-39-1-pregnant-night-work';
  const employees = [
    'employee_id,birth_date,province,wage_type,wage_rate,sex,pregnant_from,pregnant_to',
    'E1,1990-01-01,Bangkok,daily,500,F,2025-01-01,',
  ].join('\n');
  // Night shifts on day 50 (19 February) and day 150 (30 May) of the open span.
  const hours = ['employee_id,date,start,end', 'E1,2025-02-19,20:00,23:00', 'E1,2025-05-30,20:00,23:00'].join(
    '\n',
  );

  it('at the pack value, 280 days: both night shifts are findings', () => {
    expect(addDays('2025-01-01', 149)).toBe('2025-05-30');
    const r = run({ employees, hours }, '2025-09-30', [NIGHT]);
    expect(findings(r, NIGHT)).toEqual([
      ['2025-02-19', undefined],
      ['2025-05-30', undefined],
    ]);
    expect(reasons(r, NIGHT)).toEqual([]);
  });

  it('a pack with 100 days: day 150 is no finding, the rule says the span ran out', () => {
    const r = runWith({ open_pregnancy_days: 100 }, { employees, hours }, '2025-09-30', [NIGHT]);
    expect(findings(r, NIGHT)).toEqual([['2025-02-19', undefined]]);
    const u = r.undetermined.filter((x) => x.rule === NIGHT);
    expect(u.map((x) => x.reason).join(' | ')).toMatch(
      /pregnancy from "2025-01-01" is taken to end by "2025-04-10" \(100 days\)/,
    );
  });
});

describe('rest_day_window_weeks: the weeks around a holiday not worked (s.56)', () => {
  const HOLIDAY = 'lpa-56-holiday-wage';
  // A daily-paid worker at 500 baht, Tuesday to Saturday every week of June to August 2025, and
  // on Mondays except the two next to the King's Birthday (Monday 28 July, not worked): 21 July
  // and 4 August off, the six Mondays 2 to 4 weeks away worked.
  const employees = [
    'employee_id,birth_date,province,wage_type,wage_rate',
    'E1,1990-01-01,Bangkok,daily,500',
  ].join('\n');
  const offMondays = new Set(['2025-07-21', '2025-07-28', '2025-08-04']);
  const days: string[] = [];
  for (let d = '2025-06-30'; d <= '2025-08-30'; d = addDays(d, 1)) {
    const weekday = new Date(`${d}T00:00:00Z`).getUTCDay();
    if (weekday !== 0 && !offMondays.has(d)) days.push(d);
  }
  const hours = ['employee_id,date,start,end', ...days.map((d) => `E1,${d},08:00,16:00`)].join('\n');
  const july = days.filter((d) => d >= '2025-07-01' && d <= '2025-07-31').length;
  const payroll = [
    'employee_id,period_start,period_end,pay_date,base_pay,holiday_pay',
    `E1,2025-07-01,2025-07-31,2025-07-31,${july * 500},0`,
  ].join('\n');
  const holidays = ['date,name', "2025-07-28,King's Birthday"].join('\n');

  it('at the rule value, 4 weeks: Mondays worked 6 of 8, the holiday is a working day, 500 baht owed', () => {
    const r = run({ employees, hours, payroll, holidays }, '2025-09-30', [HOLIDAY]);
    expect(findings(r, HOLIDAY)).toEqual([['2025-07-01', 50000]]);
  });

  it('a rule with 1 week: the two Mondays beside it not worked, the rest day, nothing owed', () => {
    const r = run(
      { employees, hours, payroll, holidays },
      '2025-09-30',
      [HOLIDAY],
      ruleParamWith(HOLIDAY, 'rest_day_window_weeks', 1),
    );
    expect(findings(r, HOLIDAY)).toEqual([]);
    expect(reasons(r, HOLIDAY)).toEqual([]);
  });
});

describe('wage_shown_tolerance: pay short of wage_rate by rounding (s.61)', () => {
  const OT = 'lpa-61-overtime-pay';
  // Daily-paid at 500 baht, 1-5 July 2025, 08:00-19:00 with an hour's lunch: 8 h normal and 2 h
  // overtime a day, 10 h in all, none paid; base_pay 2,499.50, 50 satang short of 5 x 500.
  const employees = [
    'employee_id,birth_date,province,wage_type,wage_rate',
    'E1,1990-01-01,Bangkok,daily,500',
  ].join('\n');
  const hours = [
    'employee_id,date,start,end',
    ...['01', '02', '03', '04', '05'].flatMap((d) => [
      `E1,2025-07-${d},08:00,12:00`,
      `E1,2025-07-${d},13:00,19:00`,
    ]),
  ].join('\n');
  const payroll = [
    'employee_id,period_start,period_end,pay_date,base_pay,ot_pay',
    'E1,2025-07-01,2025-07-05,2025-07-05,2499.50,0',
  ].join('\n');

  it('at the pack value, 1 baht: 50 satang short is rounding, overtime at 500 a day: 937.50 owed', () => {
    const r = run({ employees, hours, payroll }, '2025-09-30', [OT]);
    // 500 / 8 x 1.5 x 10 h
    expect(findings(r, OT)).toEqual([['2025-07-01', 93750]]);
    expect(r.findings[0].params.wage_rate_in_period).toBeUndefined();
  });

  it('a pack with 0.25 baht: priced at the 499.90 a day the pay shows, 937.31 owed', () => {
    const r = runWith({ wage_shown_tolerance: 0.25 }, { employees, hours, payroll }, '2025-09-30', [OT]);
    // 499.90 / 8 x 1.5 x 10 h = 937.3125
    expect(findings(r, OT)).toEqual([['2025-07-01', 93731]]);
    expect(r.findings[0].params.wage_rate_in_period).toMatchObject({
      employees_file: 500,
      base_pay: 2499.5,
      contract_wages: 2500,
    });
  });
});
