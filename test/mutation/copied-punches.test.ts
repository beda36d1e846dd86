import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CheckContext } from '../../src/evaluate/check.js';
import { copiedPunches } from '../../src/evaluate/checks/copied-punches.js';
import type { Result } from '../../src/findings/result.js';
import { packWith, run } from '../helpers.js';

// Punch times copied from one worker to the next (integrity-copied-punches, a warning): a day
// counts when at least 5 employees (this one included) have the same first start and last end;
// an employee is named with at least 5 days worked, 80% of them such days, and at least 5
// employees so named. 2025-08-01 is a Friday; hours rows are one a day per employee.

const R = 'integrity-copied-punches';
const ids = (n: number) => Array.from({ length: n }, (_, i) => `E${i + 1}`);
const employees = (n: number) =>
  [
    'employee_id,birth_date,province,wage_type,wage_rate',
    ...ids(n).map((id) => `${id},1990-01-01,Bangkok,daily,400`),
  ].join('\n');
const aug = (d: number) => `2025-08-${String(d + 1).padStart(2, '0')}`;
/** `days` days from 1 Aug, 08:mm-17:00, mm = `late(employee index, day index)`. */
const hours = (n: number, days: number, late: (e: number, d: number) => number) => {
  const rows = ['employee_id,date,start,end'];
  for (const [e, id] of ids(n).entries())
    for (let d = 0; d < days; d++)
      rows.push(`${id},${aug(d)},08:${String(late(e, d)).padStart(2, '0')},17:00`);
  return rows.join('\n');
};
const mine = (r: Result) => r.findings.filter((f) => f.rule === R);
const named = (r: Result) => mine(r).map((f) => f.employee_id);
const check = (n: number, days: number, late: (e: number, d: number) => number) =>
  run({ employees: employees(n), hours: hours(n, days, late) }, '2025-09-30', [R]);

describe('the warning of each employee named', () => {
  it('5 employees the same on 9 of 11 days, from 3 Aug: 82%, the example day, the rows of those days', () => {
    // Days 1 and 2 (index 0, 1) differ by employee, days 3 to 11 are all 08:00-17:00.
    const r = check(5, 11, (e, d) => (d < 2 ? 10 + e : 0));
    expect(named(r)).toEqual(ids(5));
    const f = mine(r)[0];
    expect(f.date).toBe('2025-08-03');
    expect(f.message).toBe(
      'E1: the same punch times as at least 4 other employees on 9 of 11 days worked (82%, e.g. 2025-08-03 08:00-17:00): the records may have been copied from one worker to the next',
    );
    // E1's rows are 2 to 12, one a day; the copied days are 3 Aug to 11 Aug.
    expect(f.evidence).toEqual(Array.from({ length: 9 }, (_, i) => ({ file: 'hours.csv', row: 4 + i })));
    expect(f.params).toMatchObject({
      min_employees: { value: 5 },
      min_share: { value: 0.8 },
      min_days: { value: 5 },
    });
  });

  it('a sixth employee with other times: not named, the five others each with 4 others', () => {
    const r = check(6, 10, (e, d) => (e === 5 ? 1 + (d % 7) : 0));
    expect(named(r)).toEqual(ids(5));
    expect(mine(r)[4].message).toContain('at least 4 other employees on 10 of 10 days worked (100%');
  });

  it('a night shift copied: its end after midnight in the example', () => {
    const rows = ['employee_id,date,start,end'];
    for (const id of ids(5)) for (let d = 0; d < 5; d++) rows.push(`${id},${aug(d)},22:00,06:30`);
    const r = run({ employees: employees(5), hours: rows.join('\n') }, '2025-09-30', [R]);
    expect(named(r)).toEqual(ids(5));
    expect(mine(r)[0].message).toContain('on 5 of 5 days worked (100%, e.g. 2025-08-01 22:00-06:30)');
  });
});

describe('the days as kept and read back', () => {
  it('rows listed latest day first, days 70 apart, night shifts: the rows and example of the days as worked', () => {
    // Each employee's six days, 70 days apart from 2 Jan 2025 (steps past a byte), listed from the
    // last: the first hours row of a day comes before the row of the day before it.
    const day = (d: number) => new Date(Date.UTC(2025, 0, 2 + 70 * d)).toISOString().slice(0, 10);
    const rows = ['employee_id,date,start,end'];
    for (const id of ids(5))
      for (let d = 5; d >= 0; d--) rows.push(`${id},${day(d)},${d === 0 ? '21:59' : '22:00'},06:30`);
    const r = run({ employees: employees(5), hours: rows.join('\n') }, '2026-01-31', [R]);
    expect(named(r)).toEqual(ids(5));
    const f = mine(r)[1];
    expect(f.date).toBe('2025-01-02');
    expect(f.message).toContain('on 6 of 6 days worked (100%, e.g. 2025-01-02 21:59-06:30)');
    // E2's rows are 8 (its last day) to 13 (its first), in the order of the file.
    expect(f.evidence.map((e) => e.row)).toEqual([8, 9, 10, 11, 12, 13]);
  });

  it('only some days marked, not the first: the example is the first day marked, with its own times', () => {
    // Days 0 and 2 differ by employee; on days 1, 3 and 4 all five punch 08:0d-17:00 alike.
    const r = check(5, 5, (e, d) => (d === 0 || d === 2 ? 10 + e : d));
    const half = packWith({ 'integrity-copied-punches.min_share': 0.6 }, '2018-01-01');
    const r60 = run(
      { employees: employees(5), hours: hours(5, 5, (e, d) => (d === 0 || d === 2 ? 10 + e : d)) },
      '2025-09-30',
      [R],
      half,
    );
    expect(named(r)).toEqual([]);
    expect(named(r60)).toEqual(ids(5));
    const f = mine(r60)[2];
    expect(f.message).toContain('on 3 of 5 days worked (60%, e.g. 2025-08-02 08:01-17:00)');
    // E3's rows are 12 to 16: days 1, 3 and 4 are rows 13, 15 and 16.
    expect(f.evidence.map((e) => e.row)).toEqual([13, 15, 16]);
  });

  it('a year worked, punch times minutes apart, two rows a day: 4 bytes a day kept, and 4 more for the first', () => {
    // The first day's number (about 20,000) takes 3 bytes, its start (480) and end (1,020) 2 each,
    // its row 1; each day after steps a day, a few minutes and two rows: a byte each.
    const days = Array.from({ length: 365 }, (_, i) => ({
      day: 20_000 + i,
      workedMin: 480,
      stretches: [{ start: 480 + (i % 7) * 5 }, { end: 1_020 + (i % 5) * 3 }],
      rows: [2 + 2 * i],
    }));
    let kept: { days: number; lastDay: number; packed: Uint8Array } | undefined;
    const ctx = { facts: { days }, keep: (v: typeof kept) => (kept = v) } as unknown as CheckContext;
    copiedPunches.run(ctx);
    expect(kept?.days).toBe(365);
    expect(kept?.lastDay).toBe(20_364);
    expect(kept?.packed.length).toBe(365 * 4 + 4);
  });
});

describe('the thresholds', () => {
  it('at least 5 days worked: 5 employees the same on all of 5 days are named, on all of 4 are not', () => {
    expect(named(check(5, 5, () => 0))).toEqual(ids(5));
    expect(named(check(5, 4, () => 0))).toEqual([]);
  });

  it('a day counts with 5 employees the same, not 4: four alike and one apart on every day name nobody', () => {
    expect(named(check(5, 10, (e) => (e === 4 ? 7 : 0)))).toEqual([]);
  });

  it('5 alike on all their days but one of them with 2 more days alone (5 of 7, 71%): 4 named are too few', () => {
    const rows = hours(5, 5, () => 0).split('\n');
    rows.push(`E5,${aug(5)},09:00,18:00`, `E5,${aug(6)},09:00,18:00`);
    expect(named(run({ employees: employees(5), hours: rows.join('\n') }, '2025-09-30', [R]))).toEqual([]);
  });

  it('the minimum count in force on the last day worked: 6 from 5 Aug names none of 5 employees', () => {
    // E6 worked 1 to 3 Aug only, at other times: the last day of anyone is still 10 Aug.
    const e6 = ['E6,2025-08-01,07:00,16:00', 'E6,2025-08-02,07:00,16:00', 'E6,2025-08-03,07:00,16:00'];
    const files = { employees: employees(6), hours: [hours(5, 10, () => 0), ...e6].join('\n') };
    const six = packWith({ 'integrity-copied-punches.min_employees': 6 }, '2025-08-05');
    const r = run(files, '2025-09-30', [R], six);
    expect(named(r)).toEqual([]);
    expect(r.undetermined.filter((u) => u.rule === R)).toEqual([]);
    expect(named(run(files, '2025-09-30', [R]))).toEqual(ids(5));
  });

  it('a sixth employee who starts later, at other times, changes nothing: the five are named', () => {
    const e6 = Array.from({ length: 6 }, (_, d) => `E6,${aug(d + 4)},07:${String(10 + d)},16:00`);
    const r = run(
      { employees: employees(6), hours: [hours(5, 10, () => 0), ...e6].join('\n') },
      '2025-09-30',
      [R],
    );
    expect(named(r)).toEqual(ids(5));
    expect(mine(r)[0].message).toContain('at least 4 other employees on 10 of 10 days worked (100%');
  });

  it('each employee off on a day of their own: only the days all five worked count (5 of 9 at a 50% share)', () => {
    // Employee e (0 to 4) does not work on day e (1 to 5 Aug): on those days only four are alike.
    const rows = ['employee_id,date,start,end'];
    for (const [e, id] of ids(5).entries())
      for (let d = 0; d < 10; d++) if (d !== e) rows.push(`${id},${aug(d)},08:00,17:00`);
    const half = packWith({ 'integrity-copied-punches.min_share': 0.5 }, '2018-01-01');
    const r = run({ employees: employees(5), hours: rows.join('\n') }, '2025-09-30', [R], half);
    expect(named(r)).toEqual(ids(5));
    expect(mine(r).map((f) => f.date)).toEqual(Array(5).fill('2025-08-06'));
    expect(mine(r)[0].message).toContain('on 5 of 9 days worked (56%, e.g. 2025-08-06 08:00-17:00)');
    expect(mine(r)[0].evidence.map((e) => e.row)).toEqual([6, 7, 8, 9, 10]);
    expect(named(run({ employees: employees(5), hours: rows.join('\n') }, '2025-09-30', [R]))).toEqual([]);
  });

  it('the minimum count not yet in force on the last day worked: every employee undetermined, none named', () => {
    const later = packWith({ 'integrity-copied-punches.min_employees': 5 }, '2025-08-11');
    const r = run({ employees: employees(5), hours: hours(5, 10, () => 0) }, '2025-09-30', [R], later);
    expect(named(r)).toEqual([]);
    expect(r.undetermined.filter((u) => u.rule === R).map((u) => u.employee_id)).toEqual(ids(5));
    // Undetermined, so not counted as checked too.
    expect(r.coverage.rules.find((x) => x.rule === R)).toMatchObject({
      employees_checked: 0,
      undetermined_employees: ids(5),
    });
  });

  it('an employee without hours changes nothing: the five copied are still named', () => {
    const r = run({ employees: employees(6), hours: hours(5, 10, () => 0) }, '2025-09-30', [R]);
    expect(named(r)).toEqual(ids(5));
    expect(mine(r)[0].message).toContain('at least 4 other employees on 10 of 10 days worked (100%');
  });

  it('no hours file: undetermined, nothing compared', () => {
    const r = run({ employees: employees(5) }, '2025-09-30', [R]);
    expect(mine(r)).toEqual([]);
    expect(r.undetermined.filter((u) => u.rule === R).map((u) => u.reason)).toEqual(
      Array(5).fill('no hours file'),
    );
  });
});

describe('the days counted across employees, against a plain count', () => {
  // Employees with work days picked from a short range and punch times from a few, so that many
  // days share times: the check names the employees a plain count of (day, times) would name,
  // with the same days. It puts every employee-day in calendar order and counts each day's times
  // in a hash table (docs/speed.md, Tenth pass): any order of days and any staff size.
  const draftsOf = (staff: { day: number; start: number; end: number }[][], min: number) => {
    const kept = new Map<string, unknown>();
    staff.forEach((days, e) => {
      const facts = {
        days: days.map((d, i) => ({
          ...d,
          workedMin: 60,
          stretches: [{ start: d.start }, { end: d.end }],
          rows: [i + 2],
        })),
      };
      copiedPunches.run({ facts, keep: (v: unknown) => kept.set(`E${e}`, v) } as unknown as CheckContext);
    });
    const values: Record<string, number> = { min_employees: min, min_share: 0.5, min_days: 2 };
    const ctx = { num: (k: string) => values[k], param: (k: string) => ({ value: values[k] }) };
    return [...copiedPunches.across!(kept, ctx as unknown as CheckContext)] as unknown as [
      string,
      { data: { same: number } }[],
    ][];
  };
  const plain = (staff: { day: number; start: number; end: number }[][], min: number) => {
    const key = (d: { day: number; start: number; end: number }) => `${d.day} ${d.start} ${d.end}`;
    const count = new Map<string, number>();
    for (const days of staff) for (const d of days) count.set(key(d), (count.get(key(d)) ?? 0) + 1);
    const same = staff.map((days) => days.filter((d) => count.get(key(d))! >= min).length);
    const named = staff
      .map((_, e) => e)
      .filter((e) => staff[e].length >= 2 && same[e] >= staff[e].length * 0.5);
    return named.length < min ? [] : named.map((e) => [`E${e}`, same[e]]);
  };
  it('any staff, days and times', () => {
    const day = fc.record({
      day: fc.integer({ min: 20000, max: 20030 }),
      start: fc.constantFrom(480, 481, 1320),
      end: fc.constantFrom(1020, 1021, 1830),
    });
    // One stretch a day, days in date order, each day once.
    const days = fc
      .uniqueArray(day, { selector: (d) => d.day, maxLength: 20 })
      .map((ds) => [...ds].sort((a, b) => a.day - b.day));
    fc.assert(
      fc.property(
        fc.array(days, { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 2, max: 6 }),
        (staff, min) => {
          const got = draftsOf(staff, min).map(([id, [d]]) => [id, d.data.same]);
          expect(got).toEqual(plain(staff, min));
        },
      ),
    );
  });
});
