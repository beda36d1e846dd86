import { describe, expect, it } from 'vitest';
import type { RulePack } from '../src/pack/load.js';
import { inForceAt, ParamStore } from '../src/pack/params.js';
import { pack, run } from './helpers.js';

// A value holds from its date (inclusive) until the next one. Look-ups remember where they last
// found a value (dates come mostly in order): whatever they remember, the answer is the same.

const values = [{ from: '2020-01-01' }, { from: '2022-07-01' }, { from: '2024-01-01' }];

describe('the value in force on a date', () => {
  const cases: [string, number][] = [
    ['2019-12-31', -1],
    ['2020-01-01', 0],
    ['2022-06-30', 0],
    ['2022-07-01', 1],
    ['2023-12-31', 1],
    ['2024-01-01', 2],
    ['2030-05-05', 2],
  ];
  it.each(cases)('on %s: value %i, from every remembered index', (date, expected) => {
    for (const hint of [0, 1, 2, 3, 99]) expect(inForceAt(values, date, hint)).toBe(expected);
  });
  it('two values from the same day: the later one listed holds', () => {
    const same = [{ from: '2020-01-01' }, { from: '2020-01-01' }, { from: '2021-01-01' }];
    for (const hint of [0, 1, 2]) {
      expect(inForceAt(same, '2020-06-01', hint)).toBe(1);
      expect(inForceAt(same, '2021-01-01', hint)).toBe(2);
    }
  });
  it('no value at all: none in force', () => {
    expect(inForceAt([], '2025-01-01', 0)).toBe(-1);
  });
});

describe('ParamStore.at, asked forward, back and forward again', () => {
  const store = new ParamStore({
    rate: {
      values: [
        { from: '2024-01-01', value: 3, source: 'C' },
        { from: '2020-01-01', value: 1, source: 'A' },
        { from: '2022-07-01', value: 2, source: 'B' },
      ],
    },
  });
  it('each date gets the value in force on it, the day before and the day of each change', () => {
    const asked = [
      '2020-01-01',
      '2022-06-30',
      '2022-07-01',
      '2023-12-31',
      '2024-01-01',
      '2022-06-30',
      '2019-12-31',
      '2024-01-01',
      '2022-07-01',
    ];
    expect(asked.map((d) => store.at('rate', d)?.value)).toEqual([1, 1, 2, 2, 3, 1, undefined, 3, 2]);
    expect(store.at('rate', '2022-07-01')).toEqual({ value: 2, from: '2022-07-01', source: 'B' });
    expect(store.at('missing', '2022-07-01')).toBeUndefined();
  });
  it('a value handed out is a copy: changing it changes nothing stored', () => {
    const v = store.at('rate', '2023-01-01')!;
    v.value = 99;
    expect(store.at('rate', '2023-01-01')?.value).toBe(2);
  });
});

describe('a rule parameter that changes inside one employee’s weeks', () => {
  const R = 'lpa-26-weekly-overtime-cap';
  // s.26's weekly cap (36 h) lowered to 30 h from Monday 2025-09-08, raised to 40 h from 2025-09-15.
  const changed = (): RulePack => {
    const base = pack();
    return {
      ...base,
      rules: base.rules.map((r) =>
        r.id !== R
          ? r
          : {
              ...r,
              resolved: {
                ...r.resolved,
                limit: {
                  ...r.resolved.limit,
                  series: {
                    values: [
                      { from: '1998-08-19', value: 36, source: '[TEST]' },
                      { from: '2025-09-15', value: 40, source: '[TEST]' },
                      { from: '2025-09-08', value: 30, source: '[TEST]' },
                    ],
                  },
                },
              },
            },
      ),
    };
  };
  // 2025-09-01 is a Monday; 5 days of 06:00-21:30 with an hour's break: 6.5 h overtime a day.
  const hours = [
    'employee_id,date,start,end,break_minutes,day_type',
    ...['01', '02', '03', '04', '05', '08', '09', '10', '11', '12', '15', '16', '17', '18', '19'].map(
      (d) => `E1,2025-09-${d},06:00,21:30,60,work`,
    ),
  ].join('\n');
  const employees = 'employee_id,birth_date,province,wage_type,wage_rate\nE1,1990-01-01,Bangkok,daily,400';

  it('each week is held to the cap in force then: 32.5 h is over 30 only in the second week', () => {
    const r = run({ employees, hours }, '2025-09-30', [R], changed());
    expect(r.findings.map((f) => [f.period?.start, (f.params.limit as { value: number }).value])).toEqual([
      ['2025-09-08', 30],
    ]);
    expect(r.findings[0].message).toContain('(at most 30 h)');
  });
  it('with the bundled pack (36 h all along) no week is over', () => {
    expect(run({ employees, hours }, '2025-09-30', [R]).findings).toEqual([]);
  });
});
