import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// s.27 last paragraph: overtime of 2 hours or more is preceded by a break of at least 20 minutes,
// right where the day's normal 8 hours end.

const RULE = 'lpa-27-break-before-overtime';
const EMP = 'employee_id,birth_date,province,wage_type,wage_rate\nE1,1990-01-01,Bangkok,monthly,21000';
const HOURS = 'employee_id,date,start,end,break_minutes,day_type';

function check(rows: string[]) {
  const r = run(
    { employees: EMP, hours: `${HOURS}\n${rows.map((x) => `E1,2025-08-18,${x}`).join('\n')}` },
    '2025-09-30',
    [RULE],
  );
  return {
    findings: r.findings.filter((f) => f.rule === RULE),
    undetermined: r.undetermined.map((u) => u.reason),
  };
}

describe('a break before overtime (s.27)', () => {
  it('2 hours of overtime straight after normal time: when it starts, the break, rows, parameters', () => {
    const { findings } = check(['08:00,12:00,,', '13:00,19:00,,']);
    expect(findings).toHaveLength(1);
    const f = findings[0];
    expect(f.date).toBe('2025-08-18');
    expect(f.message).toBe(
      'E1 on 2025-08-18: 2 h of overtime from 17:00 with a break of 0 min before it (at least 20 min)',
    );
    expect(f.evidence).toEqual([
      { file: 'hours.csv', row: 2 },
      { file: 'hours.csv', row: 3 },
    ]);
    expect(f.params).toMatchObject({
      min_overtime_minutes: { value: 120 },
      min_break_minutes: { value: 20 },
    });
  });

  it('1 hour 59 minutes of overtime needs no break', () => {
    expect(check(['08:00,12:00,,', '13:00,18:59,,']).findings).toEqual([]);
  });

  it('a break of exactly 20 minutes at 17:00 is enough; 19 minutes is not', () => {
    expect(check(['08:00,12:00,,', '13:00,17:00,,', '17:20,19:20,,']).findings).toEqual([]);
    expect(check(['08:00,12:00,,', '13:00,17:00,,', '17:19,19:19,,']).findings.map((f) => f.message)).toEqual(
      ['E1 on 2025-08-18: 2 h of overtime from 17:00 with a break of 19 min before it (at least 20 min)'],
    );
  });

  it('a break that is not where normal time ends does not count', () => {
    // 08:00-16:00, a 30-minute break, then 16:30-19:30: normal time ends at 17:00, mid-stretch.
    const { findings } = check(['08:00,12:00,,', '13:00,16:00,,', '16:30,20:30,,']);
    expect(findings.map((f) => f.message)).toEqual([
      'E1 on 2025-08-18: 3 h of overtime from 17:30 with a break of 0 min before it (at least 20 min)',
    ]);
  });

  it('holiday overtime counts: 10 hours on a weekly holiday with no break after 8', () => {
    const { findings } = check(['08:00,12:00,,weekly_holiday', '13:00,19:00,,weekly_holiday']);
    expect(findings.map((f) => f.message)).toEqual([
      'E1 on 2025-08-18: 2 h of overtime from 17:00 with a break of 0 min before it (at least 20 min)',
    ]);
  });

  it('a break given only as minutes has no position: undetermined', () => {
    const { findings, undetermined } = check(['08:00,20:00,60,']);
    expect(findings).toEqual([]);
    expect(undetermined).toEqual(['break position unknown (break_minutes only) on 2025-08-18']);
  });

  it('normal time ending inside a stretch has no break before overtime, whatever comes later', () => {
    // 08:00-12:00 and 13:00-18:00: normal time ends at 17:00 inside the stretch; the pause at
    // 18:00 comes an hour into overtime.
    const { findings } = check(['08:00,12:00,,', '13:00,18:00,,', '18:30,20:30,,']);
    expect(findings.map((f) => f.message)).toEqual([
      'E1 on 2025-08-18: 3 h of overtime from 17:00 with a break of 0 min before it (at least 20 min)',
    ]);
  });

  it('a stretch starting where normal time ends leaves no break, even with a pause later', () => {
    const { findings } = check(['08:00,12:00,,', '13:00,17:00,,', '17:00,18:00,,', '18:30,19:30,,']);
    expect(findings.map((f) => f.message)).toEqual([
      'E1 on 2025-08-18: 2 h of overtime from 17:00 with a break of 0 min before it (at least 20 min)',
    ]);
  });

  it('without an hours file the rule is undetermined', () => {
    const r = run({ employees: EMP }, '2025-09-30', [RULE]);
    expect(r.undetermined.map((u) => u.reason)).toEqual(['no hours file']);
  });
});
