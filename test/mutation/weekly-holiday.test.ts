import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// s.28: a weekly holiday at most 6 days apart; hotel and transport employees may accumulate
// weekly holidays within 28 days (at least 4 days off in any 28).
const RULE = 'lpa-28-weekly-holiday';
const emp = (sector = '') =>
  `employee_id,birth_date,province,wage_type,wage_rate,sector\nE1,1990-01-01,Bangkok,daily,400,${sector}`;
const iso = (d: number) => new Date(Date.UTC(2025, 8, d)).toISOString().slice(0, 10);

/** One row per day 1..n of September 2025; `off` days have no row, `kind` overrides a day's row. */
function hours(n: number, off: number[] = [], kind: Record<number, string> = {}): string {
  const rows = ['employee_id,date,start,end,break_minutes,day_type'];
  for (let d = 1; d <= n; d++) {
    if (off.includes(d)) continue;
    rows.push(kind[d] ?? `E1,${iso(d)},08:00,16:00,0,work`);
  }
  return rows.join('\n');
}
const check = (sector: string, h: string) => {
  const r = run({ employees: emp(sector), hours: h }, '2025-09-30', [RULE]);
  return { findings: r.findings.filter((f) => f.rule === RULE), undetermined: r.undetermined };
};

describe('s.28 consecutive work days (ordinary employees)', () => {
  it('eight days in a row: one finding dated at the 7th, naming all eight days', () => {
    const { findings } = check('', hours(8));
    expect(findings.map((f) => f.date)).toEqual(['2025-09-07']);
    expect(findings[0].message).toContain('8 consecutive work days from 2025-09-01 to 2025-09-08');
    expect(findings[0].message).toContain('at most 6');
    // The evidence is the 7 days up to the first day too many.
    expect(findings[0].evidence).toHaveLength(7);
    expect(findings[0].params.max_days).toMatchObject({ value: 6 });
  });

  it('two runs of 7 separated by a day off: two findings', () => {
    const { findings } = check('', hours(15, [8]));
    expect(findings.map((f) => f.date)).toEqual(['2025-09-07', '2025-09-15']);
  });

  it('a day off after six days resets the count', () => {
    expect(check('', hours(13, [7])).findings).toEqual([]);
  });

  it('a row of zero minutes (a break as long as the shift) is rejected, so the run is broken', () => {
    const h = hours(7, [], { 4: `E1,${iso(4)},08:00,09:00,60,work` });
    expect(check('', h).findings).toEqual([]);
    // The same week worked in full is a finding (the zero-minute row made the difference).
    expect(check('', hours(7)).findings).toHaveLength(1);
  });

  it('a worked weekly holiday inside a run is not counted as a work day', () => {
    const h = hours(7, [], { 4: `E1,${iso(4)},08:00,16:00,0,weekly_holiday` });
    expect(check('', h).findings).toEqual([]);
  });

  it('a sector that may not accumulate (agriculture) is held to 6 days', () => {
    expect(check('agriculture', hours(7)).findings.map((f) => f.date)).toEqual(['2025-09-07']);
  });

  it('only holiday work: no work day, no finding', () => {
    const h = hours(2, [], {
      1: `E1,${iso(1)},08:00,16:00,0,weekly_holiday`,
      2: `E1,${iso(2)},08:00,16:00,0,public_holiday`,
    });
    expect(check('', h).findings).toEqual([]);
    expect(check('hotel', h).findings).toEqual([]);
  });

  it('no hours file: undetermined, never a finding', () => {
    const r = run({ employees: emp() }, '2025-09-30', [RULE]);
    expect(r.findings).toEqual([]);
    expect(r.undetermined.filter((u) => u.rule === RULE)).toHaveLength(1);
  });

  it('a hotel employee is not held to 6 days: 7 in a row within 28 days is lawful', () => {
    expect(check('hotel', hours(28, [8, 9, 10, 11])).findings).toEqual([]);
  });
});

describe('s.28 accumulated weekly holidays (hotel, transport)', () => {
  it('28 days worked without a day off: one finding dated at the 28th day', () => {
    const { findings, undetermined } = check('transport', hours(28));
    expect(undetermined).toEqual([]);
    expect(findings.map((f) => f.date)).toEqual(['2025-09-28']);
    expect(findings[0].message).toContain('28 consecutive work days from 2025-09-01 to 2025-09-28');
    expect(findings[0].message).toContain('at most 24');
    expect(findings[0].evidence).toHaveLength(28);
    expect(findings[0].params.window_days).toMatchObject({ value: 28 });
    expect(findings[0].params.min_days_off).toMatchObject({ value: 4 });
  });

  it('the evidence is the worked days of the failing window only', () => {
    // Days 1-4 worked, 5-8 off, 9-40 worked: the first failing window is 6-33 (3 days off),
    // dated 2025-10-03; its worked days are 9-33.
    const rows = ['employee_id,date,start,end,break_minutes,day_type'];
    for (let d = 1; d <= 40; d++) if (d < 5 || d > 8) rows.push(`E1,${iso(d)},08:00,16:00,0,work`);
    const r = run({ employees: emp('hotel'), hours: rows.join('\n') }, '2025-10-31', [RULE]);
    const f = r.findings.filter((x) => x.rule === RULE);
    expect(f.map((x) => x.date)).toEqual(['2025-10-03']);
    expect(f[0].evidence).toHaveLength(25);
  });

  it('exactly 4 days off in 28 is lawful; 3 days off is a finding', () => {
    expect(check('hotel', hours(28, [5, 12, 19, 26])).findings).toEqual([]);
    const { findings } = check('hotel', hours(28, [5, 12, 19]));
    expect(findings.map((f) => f.date)).toEqual(['2025-09-28']);
    expect(findings[0].message).toContain('25 consecutive work days');
  });

  it('fewer than 28 days of records: undetermined, never a finding', () => {
    const { findings, undetermined } = check('hotel', hours(27));
    expect(findings).toEqual([]);
    expect(undetermined.filter((u) => u.rule === RULE).map((u) => u.reason)).toEqual([
      'weekly holidays may be accumulated in this sector; fewer than 28 days of records',
    ]);
  });

  it('one finding per stretch of failing windows, a new one after the windows recover', () => {
    // Days 1-28 worked, 29-32 off, then 33-60 worked: the window 1-28 fails, the windows holding
    // all four days off pass, the window 30-57 (3 days off) fails again: dated 2025-10-27.
    const rows = ['employee_id,date,start,end,break_minutes,day_type'];
    for (let d = 1; d <= 60; d++) {
      if (d >= 29 && d <= 32) continue;
      rows.push(`E1,${new Date(Date.UTC(2025, 8, d)).toISOString().slice(0, 10)},08:00,16:00,0,work`);
    }
    const r = run({ employees: emp('hotel'), hours: rows.join('\n') }, '2025-11-30', [RULE]);
    expect(r.findings.filter((f) => f.rule === RULE).map((f) => f.date)).toEqual([
      '2025-09-28',
      '2025-10-27',
    ]);
  });
});
