import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// s.46: an under-18 rests at least one hour in one piece before more than 4 hours have been
// worked. A 16-year-old (born 1 January 2009) on 1 September 2025.

const RULE = 'lpa-46-child-rest';
const EMP = 'employee_id,birth_date,province,wage_type,wage_rate';
const HOURS = 'employee_id,date,start,end,break_minutes';

function check(rows: string[], birth = '2009-01-01') {
  const r = run(
    {
      employees: `${EMP}\nE1,${birth},Bangkok,daily,400\nE2,1990-01-01,Bangkok,daily,400`,
      hours: `${HOURS}\n${rows.map((x) => `E1,2025-09-01,${x}`).join('\n')}`,
    },
    '2025-09-30',
    [RULE],
  );
  return {
    findings: r.findings.filter((f) => f.rule === RULE),
    undetermined: r.undetermined.map((u) => `${u.employee_id}: ${u.reason}`),
  };
}

describe('rest for under-18s (s.46)', () => {
  it('5 hours in one stretch: the day, worked hours, limit, rows and parameters', () => {
    const { findings, undetermined } = check(['08:00,13:00,']);
    expect(undetermined).toEqual([]);
    expect(findings).toHaveLength(1);
    const f = findings[0];
    expect(f.date).toBe('2025-09-01');
    expect(f.message).toBe(
      'E1 (under 18) on 2025-09-01: 5 h worked without a 60-minute break within the first 4 h',
    );
    expect(f.evidence).toEqual([{ file: 'hours.csv', row: 2 }]);
    expect(f.params).toMatchObject({
      max_minutes: { value: 240 },
      min_break_minutes: { value: 60 },
      adult_age: { value: 18 },
    });
  });

  it('exactly 4 hours without a break is within the law; 4 hours 1 minute is not', () => {
    expect(check(['08:00,12:00,']).findings).toEqual([]);
    expect(check(['08:00,12:01,']).findings.map((f) => f.date)).toEqual(['2025-09-01']);
  });

  it('the hour of rest after exactly 4 hours counts; after 4 hours 1 minute it does not', () => {
    expect(check(['08:00,12:00,', '13:00,17:00,']).findings).toEqual([]);
    expect(check(['08:00,12:01,', '13:01,17:00,']).findings).toHaveLength(1);
  });

  it('a break of 59 minutes is not the hour; a short break and then the hour within 4 hours is', () => {
    expect(check(['08:00,12:00,', '12:59,16:00,']).findings).toHaveLength(1);
    // 2 h, 30 min break, 1 h, 60 min break (3 h worked), 2 h: rested in time.
    expect(check(['08:00,10:00,', '10:30,11:30,', '12:30,14:30,']).findings).toEqual([]);
    // 2 h, 30 min, 2 h 30 min, then the hour after 4 h 30 min: too late.
    expect(check(['08:00,10:00,', '10:30,13:00,', '14:00,16:00,']).findings).toHaveLength(1);
  });

  it('an adult is outside the section', () => {
    expect(check(['08:00,13:00,'], '1990-01-01').findings).toEqual([]);
  });

  it('no birth date: undetermined, not an adult', () => {
    const { findings, undetermined } = check(['08:00,13:00,'], '');
    expect(findings).toEqual([]);
    expect(undetermined).toEqual(['E1: no birth date']);
  });

  it('a break given only as minutes has no position: undetermined for that day', () => {
    const { findings, undetermined } = check(['08:00,14:00,60']);
    expect(findings).toEqual([]);
    expect(undetermined).toEqual(['E1: break position unknown (break_minutes only) on 2025-09-01']);
  });

  it('breaks beyond 2 hours count as work: six half-hours with 50-minute breaks never rest an hour', () => {
    // 3 h at work and 4 h 10 min of breaks, 2 h 10 min of them counted as working time: 5 h 10 min.
    const { findings } = check([
      '08:00,08:30,',
      '09:20,09:50,',
      '10:40,11:10,',
      '12:00,12:30,',
      '13:20,13:50,',
      '14:40,15:10,',
    ]);
    expect(findings.map((f) => f.date)).toEqual(['2025-09-01']);
    expect(findings[0].evidence).toHaveLength(6);
  });

  it('without an employees file the rule is undetermined', () => {
    const r = run({ hours: `${HOURS}\nE1,2025-09-01,08:00,13:00,` }, '2025-09-30', [RULE]);
    expect(r.findings).toEqual([]);
    expect(r.undetermined.map((u) => u.reason)).toEqual(['no employees file']);
  });
});
