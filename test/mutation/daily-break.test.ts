import { describe, expect, it } from 'vitest';
import type { Result } from '../../src/findings/result.js';
import { run } from '../helpers.js';

// s.27 para 1: on a day of more than 5 hours worked, a break no later than after 5 consecutive
// hours, and breaks of at least 1 hour a day in all (splittable). 2025-09-01 is a Monday.

const R = 'lpa-27-daily-break';
const EMP = 'employee_id,birth_date,province,wage_type,wage_rate\nE1,1990-01-01,Bangkok,daily,400';
const day = (...rows: string[]) =>
  run(
    {
      employees: EMP,
      hours: ['employee_id,date,start,end,break_minutes', ...rows.map((r) => `E1,${r}`)].join('\n'),
    },
    '2025-09-30',
    [R],
  );
const mine = (r: Result) => r.findings.filter((f) => f.rule === R);
const undetermined = (r: Result) => r.undetermined.filter((u) => u.rule === R);

describe('the first 5 hours', () => {
  it('exactly 5 h worked without a break: the section does not reach the day', () => {
    expect(mine(day('2025-09-01,08:00,13:00,0'))).toEqual([]);
  });
  it('5 h 1 min straight: the day, its figures, row and the two parameters', () => {
    const f = mine(day('2025-09-01,08:00,13:01,0'));
    expect(f).toHaveLength(1);
    expect(f[0].date).toBe('2025-09-01');
    expect(f[0].message).toBe(
      'E1 on 2025-09-01: 5 h 1 min worked; first stretch 5 h 1 min, breaks 0 min (a break of 60 min is due within 5 h)',
    );
    expect(f[0].evidence).toEqual([{ file: 'hours.csv', row: 2 }]);
    expect(f[0].params).toMatchObject({
      max_continuous_minutes: { value: 300 },
      min_break_minutes: { value: 60 },
    });
  });
  it('a first stretch of 5 h 30 min, then a full hour off: late, though the hour is there', () => {
    expect(mine(day('2025-09-01,08:00,13:30,0', '2025-09-01,14:30,17:00,0')).map((f) => f.message)).toEqual([
      'E1 on 2025-09-01: 8 h worked; first stretch 5 h 30 min, breaks 60 min (a break of 60 min is due within 5 h)',
    ]);
  });
  it('a first stretch of exactly 5 h, then a full hour off: lawful, nothing undetermined', () => {
    const r = day('2025-09-01,08:00,13:00,0', '2025-09-01,14:00,18:00,0');
    expect(mine(r)).toEqual([]);
    expect(undetermined(r)).toEqual([]);
  });
});

describe('a break known only as break_minutes', () => {
  it('9 h with 60 min break_minutes on five days: undetermined, three dates named and 2 more days', () => {
    const u = undetermined(day(...[1, 2, 3, 4, 5].map((d) => `2025-09-0${d},08:00,17:00,60`)));
    expect(u).toHaveLength(1);
    expect(u[0].reason).toContain('2025-09-01, 2025-09-02, 2025-09-03 and 2 more days');
    expect(u[0].reasons?.[0]?.params).toMatchObject({
      dates: '2025-09-01, 2025-09-02, 2025-09-03 and 2 more days',
      dates_th: '2025-09-01, 2025-09-02, 2025-09-03 และอีก 2 วัน',
    });
  });
  it('four days: and 1 more day; three days: the three dates alone', () => {
    const four = undetermined(day(...[1, 2, 3, 4].map((d) => `2025-09-0${d},08:00,17:00,60`)));
    expect(four[0].reasons?.[0]?.params).toMatchObject({
      dates: '2025-09-01, 2025-09-02, 2025-09-03 and 1 more day',
      dates_th: '2025-09-01, 2025-09-02, 2025-09-03 และอีก 1 วัน',
    });
    const three = undetermined(day(...[1, 2, 3].map((d) => `2025-09-0${d},08:00,17:00,60`)));
    expect(three[0].reasons?.[0]?.params).toMatchObject({
      dates: '2025-09-01, 2025-09-02, 2025-09-03',
      dates_th: '2025-09-01, 2025-09-02, 2025-09-03',
    });
  });
  it('a first stretch of 4 h with its break_minutes, the day 8 h: lawful, nothing undetermined', () => {
    const r = day('2025-09-01,08:00,12:00,30', '2025-09-01,12:30,17:00,0');
    expect(mine(r)).toEqual([]);
    expect(undetermined(r)).toEqual([]);
  });
});

describe('what the rule needs', () => {
  it('no hours file: undetermined as such', () => {
    const r = run({ employees: EMP }, '2025-09-30', [R]);
    expect(undetermined(r).map((u) => u.reason)).toEqual(['no hours file']);
  });
});
