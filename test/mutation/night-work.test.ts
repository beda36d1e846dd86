import { describe, expect, it } from 'vitest';
import type { Result } from '../../src/findings/result.js';
import { packWith, run } from '../helpers.js';

// s.47: no work between 22:00 and 06:00 for an employee under 18 without the Director-General's
// permit; s.39/1: none for a pregnant employee. The window is the night before the work day,
// its own night and the next. 2025-09-01 is a Monday.

const YOUNG = 'lpa-47-child-night-work';
const PREGNANT = 'lpa-39-1-pregnant-night-work';
const young = (permit = 'no', birth = '2008-10-01') =>
  `employee_id,birth_date,province,wage_type,wage_rate,night_work_permit\nE1,${birth},Bangkok,daily,400,${permit}`;
const hours = (...rows: string[]) => ['employee_id,date,start,end', ...rows.map((r) => `E1,${r}`)].join('\n');
const night = (r: Result, rule = YOUNG) =>
  r.findings.filter((f) => f.rule === rule).map((f) => ({ date: f.date, message: f.message }));
const child = (...rows: string[]) =>
  run({ employees: young(), hours: hours(...rows) }, '2025-09-30', [YOUNG]);
const under18 = (date: string, text: string) => ({
  date,
  message: `E1 (under 18) on ${date}: ${text} without the Director-General's permit`,
});

describe('minutes inside the night window (s.47)', () => {
  it('20:00-23:30: 90 min from 22:00, the row and the window cited', () => {
    const r = child('2025-09-01,20:00,23:30');
    expect(night(r)).toEqual([under18('2025-09-01', '90 min of work between 22:00 and 06:00 (22:00-23:30)')]);
    const f = r.findings[0];
    expect(f.evidence).toEqual([{ file: 'hours.csv', row: 2 }]);
    expect(f.params).toMatchObject({ night_start: { value: '22:00' }, night_end: { value: '06:00' } });
  });

  it('ending at 22:00 or starting at 06:00 is outside the window', () => {
    expect(night(child('2025-09-01,14:00,22:00', '2025-09-02,06:00,14:00'))).toEqual([]);
  });

  it('04:00-08:00: the 2 hours of the night before the work day', () => {
    expect(night(child('2025-09-01,04:00,08:00'))).toEqual([
      under18('2025-09-01', '120 min of work between 22:00 and 06:00 (04:00-06:00)'),
    ]);
  });

  it('21:00-07:00 over midnight: 8 hours, 22:00 to 06:00 the next morning', () => {
    expect(night(child('2025-09-01,21:00,07:00'))).toEqual([
      under18('2025-09-01', '480 min of work between 22:00 and 06:00 (22:00-06:00)'),
    ]);
  });

  it('two stretches, 05:00-07:00 and 21:00-23:00: 120 min, from the first night minute to the last', () => {
    expect(night(child('2025-09-01,05:00,07:00', '2025-09-01,21:00,23:00'))).toEqual([
      under18('2025-09-01', '120 min of work between 22:00 and 06:00 (05:00-23:00)'),
    ]);
  });

  it('05:00-06:30 and 14:00-22:00: the night ends at 06:00, the stretch touching 22:00 adds nothing', () => {
    expect(night(child('2025-09-01,05:00,06:30', '2025-09-01,14:00,22:00'))).toEqual([
      under18('2025-09-01', '60 min of work between 22:00 and 06:00 (05:00-06:00)'),
    ]);
  });

  it('no night window in force on the day: undetermined, not a crash', () => {
    const late = packWith({ night_start: '23:00' }, '2025-09-02');
    const r = run(
      { employees: young(), hours: hours('2025-09-01,20:00,23:30') },
      '2025-09-30',
      [YOUNG],
      late,
    );
    expect(night(r)).toEqual([]);
    expect(
      r.undetermined
        .filter((u) => u.rule === YOUNG)
        .map((u) => u.reason)
        .join(' '),
    ).toContain('no value of night_start in force on 2025-09-01');
  });

  it('a night window that is not a time refuses the rule pack', () => {
    const bad = packWith({ night_start: 'late' });
    expect(() =>
      run({ employees: young(), hours: hours('2025-09-01,20:00,23:30') }, '2025-09-30', [YOUNG], bad),
    ).toThrow('rule pack parameter night_start is not a time');
  });

  it('the night window in force on the day: 23:00 from 2 Sep counts 30 min on 2 Sep', () => {
    const late = packWith({ night_start: '23:00' }, '2025-09-02');
    const r = run(
      { employees: young(), hours: hours('2025-09-02,20:00,23:30') },
      '2025-09-30',
      [YOUNG],
      late,
    );
    expect(night(r)).toEqual([under18('2025-09-02', '30 min of work between 22:00 and 06:00 (23:00-23:30)')]);
  });
});

describe('who is covered', () => {
  it('under 18 with the permit: no finding', () => {
    const r = run({ employees: young('yes'), hours: hours('2025-09-01,20:00,23:30') }, '2025-09-30', [YOUNG]);
    expect(night(r)).toEqual([]);
  });
  it('18 from 1 Sep: no finding on 1 Sep, one on 31 Aug', () => {
    const r = run(
      {
        employees: young('no', '2007-09-01'),
        hours: hours('2025-08-31,20:00,23:00', '2025-09-01,20:00,23:00'),
      },
      '2025-09-30',
      [YOUNG],
    );
    expect(night(r).map((f) => f.date)).toEqual(['2025-08-31']);
  });
  it('no birth date: undetermined', () => {
    const r = run({ employees: young('no', ''), hours: hours('2025-09-01,20:00,23:30') }, '2025-09-30', [
      YOUNG,
    ]);
    expect(night(r)).toEqual([]);
    expect(r.undetermined.filter((u) => u.rule === YOUNG).map((u) => u.reason)).toEqual(['no birth date']);
  });
  it('pregnant from 2 Sep: the night of 2 Sep only (s.39/1); a permit for night work does not reach s.39/1', () => {
    const r = run(
      {
        employees:
          'employee_id,birth_date,province,wage_type,wage_rate,sex,pregnant_from,pregnant_to,night_work_permit\nE1,1995-01-01,Bangkok,daily,400,F,2025-09-02,2026-03-01,yes',
        hours: hours('2025-09-01,20:00,23:00', '2025-09-02,20:00,23:00'),
      },
      '2025-09-30',
      [PREGNANT],
    );
    expect(night(r, PREGNANT)).toEqual([
      {
        date: '2025-09-02',
        message: 'E1 (pregnant) on 2025-09-02: 60 min of work between 22:00 and 06:00 (22:00-23:00)',
      },
    ]);
  });
});

describe('what the rules need', () => {
  it('no hours file: undetermined as such', () => {
    const r = run({ employees: young() }, '2025-09-30', [YOUNG]);
    expect(r.undetermined.filter((u) => u.rule === YOUNG).map((u) => u.reason)).toEqual(['no hours file']);
  });
});
