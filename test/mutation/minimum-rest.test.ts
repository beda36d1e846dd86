import { describe, expect, it } from 'vitest';
import type { Result } from '../../src/findings/result.js';
import { run } from '../helpers.js';

// Sea-fishery regulation B.E. 2557: at least 10 hours of rest in any 24 hours and 77 in any
// 7 days, windows tested from the start of each stretch, one finding per window. 2025-09-01 is
// a Monday.

const R = 'mr-sea-fishing-rest';
const EMP =
  'employee_id,birth_date,province,wage_type,wage_rate,sector\nE1,1990-01-01,Songkhla,monthly,12000,sea_fishing';
const table = (rows: string[], cols = 'employee_id,date,start,end') => [cols, ...rows].join('\n');
const rest = (hours: string) => run({ employees: EMP, hours }, '2025-09-30', [R]);
const mine = (r: Result) => r.findings.filter((f) => f.rule === R);

describe('rest in any 24 hours', () => {
  it('06:05-20:35 on 1 Sep: 9 h 30 min of rest from 06:05 to 06:05 the next day, with its rows and figures', () => {
    const f = mine(rest(table(['E1,2025-09-01,06:05,20:35'])));
    expect(f).toHaveLength(1);
    expect(f[0].date).toBe('2025-09-01');
    expect(f[0].message).toBe(
      'E1 from 2025-09-01 06:05 to 2025-09-02 06:05: 9 h 30 min of rest in 24 hours (at least 10 h is due)',
    );
    expect(f[0].evidence).toEqual([{ file: 'hours.csv', row: 2 }]);
    expect(f[0].params).toMatchObject({
      day_window_minutes: { value: 1440 },
      min_rest_per_day_minutes: { value: 600 },
    });
  });

  it('one finding per window: the stretch after lunch starts inside the reported window, the next morning at its end', () => {
    // Each day 06:00-12:00 and 12:30-21:00, 14 h 30 min worked. The window from 06:00 on 1 Sep
    // ends at 06:00 on 2 Sep, where the next one starts; 12:30 on 2 Sep to 12:30 on 3 Sep holds
    // only 8 h 30 min of work.
    const f = mine(
      rest(
        table([
          'E1,2025-09-01,06:00,12:00',
          'E1,2025-09-01,12:30,21:00',
          'E1,2025-09-02,06:00,12:00',
          'E1,2025-09-02,12:30,21:00',
        ]),
      ),
    );
    expect(f.map((x) => x.message)).toEqual([
      'E1 from 2025-09-01 06:00 to 2025-09-02 06:00: 9 h 30 min of rest in 24 hours (at least 10 h is due)',
      'E1 from 2025-09-02 06:00 to 2025-09-03 06:00: 9 h 30 min of rest in 24 hours (at least 10 h is due)',
    ]);
    // The stretch starting at 06:00 on 2 Sep is outside the first window: not its evidence.
    expect(f[0].evidence).toEqual([
      { file: 'hours.csv', row: 2 },
      { file: 'hours.csv', row: 3 },
    ]);
  });

  it('a break of 60 min inside 06:00-21:00: 14 h worked, exactly 10 h of rest', () => {
    expect(
      mine(rest(table(['E1,2025-09-01,06:00,21:00,60'], 'employee_id,date,start,end,break_minutes'))),
    ).toEqual([]);
    expect(
      mine(rest(table(['E1,2025-09-01,06:00,21:00,59'], 'employee_id,date,start,end,break_minutes'))),
    ).toHaveLength(1);
  });
});

describe('rest in any 7 days', () => {
  it('13 h 10 min a day for 7 days from 06:05: 75 h 50 min of rest, the 7 days cited', () => {
    const days = [1, 2, 3, 4, 5, 6, 7].map((d) => `E1,2025-09-0${d},06:05,19:15`);
    const f = mine(rest(table(days)));
    expect(f).toHaveLength(1);
    expect(f[0].message).toBe(
      'E1 from 2025-09-01 06:05 to 2025-09-08 06:05: 75 h 50 min of rest in 7 days (at least 77 h is due)',
    );
    expect(f[0].evidence).toHaveLength(7);
    expect(f[0].params).toMatchObject({
      week_window_minutes: { value: 10080 },
      min_rest_per_week_minutes: { value: 4620 },
    });
  });
});

describe('what the rule needs', () => {
  it('a sea-fishing employee and no hours file: undetermined, no hours file', () => {
    const r = run({ employees: EMP }, '2025-09-30', [R]);
    expect(mine(r)).toEqual([]);
    expect(r.undetermined.filter((u) => u.rule === R).map((u) => u.reason)).toEqual(['no hours file']);
  });
});
