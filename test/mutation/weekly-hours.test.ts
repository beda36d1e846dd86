import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkData } from '../../src/api.js';
import { loadPack } from '../../src/pack/load.js';
import { assemble, parseTable, type Warning } from '../../src/parse/ingest.js';
import { tableOfText } from '../../src/read/table.js';
import { pack, packWith, ROOT, run } from '../helpers.js';

// s.23 normal hours (48 a week, 42 in hazardous work), s.26 overtime and holiday work (36 a
// week), and the ETI base code's 60 hours in any 7 days (a rolling window).
const emp = (hazardous = 'no') =>
  `employee_id,birth_date,province,wage_type,wage_rate,hazardous\nE1,1990-01-01,Bangkok,daily,400,${hazardous}`;
const iso = (d: number) => new Date(Date.UTC(2025, 8, d)).toISOString().slice(0, 10);
// 2025-09-01 is a Monday.
const days = (spec: Record<number, string>) =>
  [
    'employee_id,date,start,end,break_minutes,day_type',
    ...Object.entries(spec).map(([d, s]) => `E1,${iso(Number(d))},${s}`),
  ].join('\n');
const week = (n: number, s: string, from = 1) =>
  Object.fromEntries(Array.from({ length: n }, (_, i) => [from + i, s]));
const found = (r: ReturnType<typeof run>, rule: string) =>
  r.findings.filter((f) => f.rule === rule).map((f) => ({ ...f.period, message: f.message }));

describe('s.23 normal hours a week', () => {
  const R = 'lpa-23-weekly-normal-hours';
  it('6 days of 8 normal hours = 48: lawful; 7 days = 56: a finding for the week', () => {
    expect(
      found(run({ employees: emp(), hours: days(week(6, '08:00,17:00,60,work')) }, '2025-09-30', [R]), R),
    ).toEqual([]);
    const f = found(
      run({ employees: emp(), hours: days(week(7, '08:00,17:00,60,work')) }, '2025-09-30', [R]),
      R,
    );
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ start: '2025-09-01', end: '2025-09-07' });
    expect(f[0].message).toContain('56');
  });
  it('hazardous work: 6 days of 7 normal hours = 42 lawful, 7 days = 49 a finding', () => {
    const six = run({ employees: emp('yes'), hours: days(week(6, '08:00,16:00,60,work')) }, '2025-09-30', [
      R,
    ]);
    expect(found(six, R)).toEqual([]);
    const seven = run({ employees: emp('yes'), hours: days(week(7, '08:00,16:00,60,work')) }, '2025-09-30', [
      R,
    ]);
    expect(found(seven, R)).toHaveLength(1);
    expect(found(seven, R)[0].message).toContain('49');
    // 7 days of 6.5 h = 45.5: over 42 in hazardous work, within 48 otherwise.
    const h = days(week(7, '08:00,15:30,60,work'));
    expect(found(run({ employees: emp('yes'), hours: h }, '2025-09-30', [R]), R)).toHaveLength(1);
    expect(found(run({ employees: emp('no'), hours: h }, '2025-09-30', [R]), R)).toEqual([]);
  });
});

describe('s.26 overtime and holiday work: at most 36 hours a week', () => {
  const R = 'lpa-26-weekly-overtime-cap';
  // 07:00-22:00 with a 1 h break: 14 h worked, 8 normal, 6 overtime.
  it('6 days x 6 h overtime = 36: lawful', () => {
    expect(
      found(run({ employees: emp(), hours: days(week(6, '07:00,22:00,60,work')) }, '2025-09-30', [R]), R),
    ).toEqual([]);
  });
  it('36 h overtime + 4 h of holiday work on the Sunday = 40: a finding (holiday work counts)', () => {
    const spec = { ...week(6, '07:00,22:00,60,work'), 7: '08:00,12:00,0,weekly_holiday' };
    const f = found(run({ employees: emp(), hours: days(spec) }, '2025-09-30', [R]), R);
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('40');
  });
  it('30 h overtime + a 10 h holiday (8 h holiday work + 2 h holiday overtime) = 40: a finding', () => {
    const spec = { ...week(5, '07:00,22:00,60,work'), 7: '08:00,19:00,60,weekly_holiday' };
    const f = found(run({ employees: emp(), hours: days(spec) }, '2025-09-30', [R]), R);
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('40');
    // Without the holiday, 30 h: lawful.
    expect(
      found(run({ employees: emp(), hours: days(week(5, '07:00,22:00,60,work')) }, '2025-09-30', [R]), R),
    ).toEqual([]);
  });
  it('hazardous work has no separate overtime cap: 36 h is lawful', () => {
    expect(
      found(
        run({ employees: emp('yes'), hours: days(week(6, '07:00,21:00,60,work')) }, '2025-09-30', [R]),
        R,
      ),
    ).toEqual([]);
  });
});

describe('ETI 6: 60 hours in any 7 consecutive days', () => {
  const R = 'eti-6-60-hours';
  const pack = loadPack(join(ROOT, 'rules', 'eti-base-code'));
  const eti = (h: string) => {
    const warnings: Warning[] = [];
    const data = assemble(
      {
        employees: parseTable(tableOfText('employees.csv', emp()), 'employees', warnings),
        hours: parseTable(tableOfText('hours.csv', h), 'hours', warnings),
        payroll: undefined,
      },
      warnings,
    );
    return checkData(data, pack, { asOf: '2025-09-30', only: [R] })
      .findings.filter((f) => f.rule === R)
      .map((f) => f.period);
  };
  const ten = '08:00,19:00,60,work';
  it('6 days of 10 h, a day off, a 10 h day: every 7-day window holds 60 h, lawful', () => {
    expect(eti(days({ ...week(6, ten), 8: ten }))).toEqual([]);
  });
  it('7 days of 10 h = 70: one finding for the first window, not one per window', () => {
    expect(eti(days(week(9, ten)))).toEqual([{ start: '2025-09-01', end: '2025-09-07' }]);
  });
  it('a new finding once the windows have come back under the limit', () => {
    const spec = { ...week(7, ten), ...week(7, ten, 15) };
    expect(eti(days(spec))).toEqual([
      { start: '2025-09-01', end: '2025-09-07' },
      { start: '2025-09-15', end: '2025-09-21' },
    ]);
  });
});

const evidence = (r: ReturnType<typeof run>, rule: string) =>
  r.findings.filter((f) => f.rule === rule).map((f) => f.evidence.map((e) => e.row));

describe('what a weekly finding says: the week, the limit in force, the days behind it', () => {
  it('s.23: 7 days of 8 h = 56 h; the limit 48 and its source; every day as evidence', () => {
    const R = 'lpa-23-weekly-normal-hours';
    // A 4-hour Tuesday of the next week is not in this week's evidence.
    const r = run(
      { employees: emp(), hours: days({ ...week(7, '08:00,17:00,60,work'), 9: '08:00,12:00,0,work' }) },
      '2025-09-30',
      [R],
    );
    const [f] = r.findings;
    expect(f.message).toBe('E1: 56 h of normal hours in the week 2025-09-01 to 2025-09-07 (at most 48 h)');
    expect(f.params).toMatchObject({ limit: { value: 48, from: '1998-08-19' } });
    expect(evidence(r, R)).toEqual([[2, 3, 4, 5, 6, 7, 8]]);
  });
  it('s.26: a week worked from Wednesday is still the week from Monday (5 days x 8 h overtime = 40 h)', () => {
    const R = 'lpa-26-weekly-overtime-cap';
    const r = run({ employees: emp(), hours: days(week(5, '06:00,22:00,0,work', 3)) }, '2025-09-30', [R]);
    expect(found(r, R)).toEqual([
      {
        start: '2025-09-01',
        end: '2025-09-07',
        message: 'E1: 40 h of overtime and holiday work in the week 2025-09-01 to 2025-09-07 (at most 36 h)',
      },
    ]);
  });
  it('hazardous work: the limit 42 in the message and the params', () => {
    const R = 'lpa-23-weekly-normal-hours';
    const [f] = run({ employees: emp('yes'), hours: days(week(7, '08:00,16:00,60,work')) }, '2025-09-30', [
      R,
    ]).findings;
    expect(f.message).toContain('49 h of normal hours');
    expect(f.message).toContain('(at most 42 h)');
    expect(f.params).toMatchObject({ limit: { value: 42 } });
  });
  it('s.26: only the days with overtime or holiday work are evidence (30 h + 10 h on Sunday = 40 h)', () => {
    const R = 'lpa-26-weekly-overtime-cap';
    const spec = {
      ...week(5, '07:00,22:00,60,work'),
      6: '08:00,17:00,60,work',
      7: '08:00,19:00,60,weekly_holiday',
    };
    const r = run({ employees: emp(), hours: days(spec) }, '2025-09-30', [R]);
    expect(r.findings[0].message).toBe(
      'E1: 40 h of overtime and holiday work in the week 2025-09-01 to 2025-09-07 (at most 36 h)',
    );
    expect(r.findings[0].params).toMatchObject({ limit: { value: 36 } });
    expect(evidence(r, R)).toEqual([[2, 3, 4, 5, 6, 8]]);
  });
});

describe('a hazardous weekly limit not in force falls back to the general limit', () => {
  const R = 'lpa-23-weekly-normal-hours';
  // A pack whose hazardous weekly limit starts only in 2026: in 2025 the 48 h limit applies.
  const later = packWith({ hazardous_hours_per_week: 30 }, '2026-01-01');
  it('7 days of 6.5 h = 45.5 h: within 48 h, no finding', () => {
    const r = run(
      { employees: emp('yes'), hours: days(week(7, '08:00,15:30,60,work')) },
      '2025-09-30',
      [R],
      later,
    );
    expect(r.findings).toEqual([]);
    expect(r.undetermined).toEqual([]);
  });
  it('7 days of 7 h = 49 h: over 48 h, the finding names 48', () => {
    const r = run(
      { employees: emp('yes'), hours: days(week(7, '08:00,16:00,60,work')) },
      '2025-09-30',
      [R],
      later,
    );
    expect(found(r, R).map((f) => f.message)).toEqual([
      'E1: 49 h of normal hours in the week 2025-09-01 to 2025-09-07 (at most 48 h)',
    ]);
  });
});

describe('ETI 6: what a rolling-window finding says', () => {
  const R = 'eti-6-60-hours';
  const eti = loadPack(join(ROOT, 'rules', 'eti-base-code'));
  it('9 days of 10 h: 70 h in 2025-09-01..07, the limit 60, the 7 days of the window as evidence', () => {
    const r = run({ employees: emp(), hours: days(week(9, '08:00,19:00,60,work')) }, '2025-09-30', [R], eti);
    expect(r.findings).toHaveLength(1);
    const [f] = r.findings;
    expect(f.period).toEqual({ start: '2025-09-01', end: '2025-09-07' });
    expect(f.message).toContain('70 h');
    expect(f.params).toMatchObject({ limit: { value: 60 } });
    expect(f.evidence.map((e) => e.row)).toEqual([2, 3, 4, 5, 6, 7, 8]);
  });
  it('a hazardous worker has the same 60 h (the code has no hazardous limit)', () => {
    const r = run(
      { employees: emp('yes'), hours: days(week(6, '08:00,19:00,60,work')) },
      '2025-09-30',
      [R],
      eti,
    );
    expect(r.findings).toEqual([]);
  });
});

describe('s.23 counts normal hours only, not overtime', () => {
  const R = 'lpa-23-weekly-normal-hours';
  // 08:00-19:00 with a 1 h break: 10 h worked, 8 normal, 2 overtime.
  it('6 days of 10 h worked = 48 normal hours: lawful under s.23 (the overtime is s.26)', () => {
    expect(
      found(run({ employees: emp(), hours: days(week(6, '08:00,19:00,60,work')) }, '2025-09-30', [R]), R),
    ).toEqual([]);
  });
  it('7 days of 10 h worked = 56 normal hours, not 70', () => {
    const f = found(
      run({ employees: emp(), hours: days(week(7, '08:00,19:00,60,work')) }, '2025-09-30', [R]),
      R,
    );
    expect(f.map((x) => x.message)).toEqual([
      'E1: 56 h of normal hours in the week 2025-09-01 to 2025-09-07 (at most 48 h)',
    ]);
  });
  it('no hours file: undetermined, never a finding', () => {
    const r = run({ employees: emp() }, '2025-09-30', [R]);
    expect(r.findings).toEqual([]);
    expect(r.undetermined.map((u) => [u.rule, u.employee_id, u.reason])).toEqual([
      [R, 'E1', 'no hours file'],
    ]);
  });
});

describe('hazardous_limit: false keeps the general limit for hazardous work', () => {
  const R = 'lpa-26-weekly-overtime-cap';
  // A pack that gives s.26 the 42 h hazardous series too, while its option still switches it off.
  const base = pack();
  const hazardous = base.rules.find((r) => r.id === 'lpa-23-weekly-normal-hours')!.resolved.hazardous_limit;
  const withLimit = {
    ...base,
    rules: base.rules.map((r) =>
      r.id === R ? { ...r, resolved: { ...r.resolved, hazardous_limit: hazardous } } : r,
    ),
  };
  it('a hazardous worker with 5 days x 8 h overtime = 40 h: over 36 h, not measured against 42 h', () => {
    const r = run(
      { employees: emp('yes'), hours: days(week(5, '06:00,22:00,60,work')) },
      '2025-09-30',
      [R],
      withLimit,
    );
    expect(found(r, R).map((f) => f.message)).toEqual([
      'E1: 40 h of overtime and holiday work in the week 2025-09-01 to 2025-09-07 (at most 36 h)',
    ]);
  });
});

describe('ETI 6: a window over the limit from the first day', () => {
  const R = 'eti-6-60-hours';
  const eti = loadPack(join(ROOT, 'rules', 'eti-base-code'));
  it('the message names the 7 days 2025-08-26 to 2025-09-01 of the window ending on the first day', () => {
    // A pack with a limit of 8 h in any 7 days: the first 10-hour day is over it.
    const low = {
      ...eti,
      rules: eti.rules.map((r) => ({
        ...r,
        resolved: {
          ...r.resolved,
          limit: {
            ...r.resolved.limit,
            series: { values: [{ from: '2014-04-01', value: 8, source: '[TEST]' }] },
          },
        },
      })),
    };
    const r = run({ employees: emp(), hours: days({ 1: '08:00,19:00,60,work' }) }, '2025-09-30', [R], low);
    expect(r.findings.map((f) => f.message)).toEqual([
      'E1: 10 h worked in the 7 days 2025-08-26 to 2025-09-01 (at most 8 h)',
    ]);
  });
});
