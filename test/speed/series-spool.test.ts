import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { checkData, readDataSet, resolveInputs } from '../../src/api.js';
import { isoOf } from '../../src/base/calendar.js';
import { decodeSeries, encodeSeries, type HoursSeries, hoursSeriesOf } from '../../src/evaluate/hours.js';
import { allEmployeeFacts } from '../../src/facts/employee.js';
import { loadPack } from '../../src/pack/load.js';
import { SeriesSpool } from '../../src/run/series-spool.js';
import { FindingSpool } from '../../src/run/spool.js';

// A large run keeps each employee's hours chart series in a temporary file (typed columns) and the
// reports read them back one employee at a time: what comes back must be the series given, every
// number the same (integers, fractions, negatives, -0), keys in the same order, no key added.

const tmp = mkdtempSync(join(tmpdir(), 'labour-check-series-test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Every number compared with Object.is, every key in order. */
function same(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' || typeof b === 'number') return Object.is(a, b);
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => same(x, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return (
      ka.join() === kb.join() &&
      ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
    );
  }
  return a === b;
}

const date = fc.integer({ min: -30_000, max: 60_000 }).map(isoOf);
const int = fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 });
const minutes = fc.oneof(
  fc.integer({ min: 0, max: 1440 }),
  int,
  fc.double({ noNaN: false }),
  fc.constantFrom(-0, 0.5, -7.25, 2 ** 31, -(2 ** 31) - 1, Number.MAX_SAFE_INTEGER),
);
const dayType = fc.constantFrom('work' as const, 'weekly_holiday' as const, 'public_holiday' as const);
const day = fc.record({
  date,
  day_type: dayType,
  worked_min: minutes,
  normal_min: minutes,
  overtime_min: minutes,
  holiday_min: minutes,
  holiday_overtime_min: minutes,
  limit_min: minutes,
});
const week = fc.oneof(
  fc.record({ start: date, end: date, overtime_min: minutes }),
  fc.record({ start: date, end: date, overtime_min: minutes, cap_min: minutes }),
);
const series: fc.Arbitrary<HoursSeries> = fc.record({
  employee_id: fc.string({ minLength: 1 }),
  days: fc.array(day, { maxLength: 40 }),
  weeks: fc.array(week, { maxLength: 8 }),
});
// Minutes as a run counts them: whole minutes, so the compact 32-bit form.
const wholeMinutes = series.map((s) => ({
  ...s,
  days: s.days.map((d) => ({ ...d, worked_min: 480, normal_min: 480, overtime_min: 0, limit_min: 480 })),
}));

describe('hours series kept in a temporary file', () => {
  it('one series back as it was given (fast-check)', () => {
    fc.assert(
      fc.property(fc.oneof(series, wholeMinutes), (s) => {
        const back = decodeSeries(s.employee_id, encodeSeries(s));
        expect(same(back, s)).toBe(true);
        expect(JSON.stringify(back)).toBe(JSON.stringify(s));
      }),
      { numRuns: 500 },
    );
  });

  it('whole minutes take 4 bytes each, fractions 8', () => {
    const s: HoursSeries = {
      employee_id: 'E1',
      days: [
        {
          date: '2025-01-06',
          day_type: 'work',
          worked_min: 540,
          normal_min: 480,
          overtime_min: 60,
          holiday_min: 0,
          holiday_overtime_min: 0,
          limit_min: 480,
        },
      ],
      weeks: [{ start: '2025-01-06', end: '2025-01-12', overtime_min: 60, cap_min: 2160 }],
    };
    const whole = encodeSeries(s).length;
    const fractional = encodeSeries({ ...s, days: [{ ...s.days[0], overtime_min: 60.5 }] }).length;
    expect(fractional - whole).toBe(6 * 4);
    expect(same(decodeSeries('E1', encodeSeries(s)), s)).toBe(true);
  });

  it('a date not in canonical ISO form is kept as it was written', () => {
    const s: HoursSeries = {
      employee_id: 'E2',
      days: [
        {
          date: '2025-1-6',
          day_type: 'work',
          worked_min: 1,
          normal_min: 1,
          overtime_min: 0,
          holiday_min: 0,
          holiday_overtime_min: 0,
          limit_min: 480,
        },
      ],
      weeks: [{ start: '2025-02-30', end: '2025-01-12', overtime_min: 0 }],
    };
    expect(same(decodeSeries('E2', encodeSeries(s)), s)).toBe(true);
  });

  it('many series through the spool: each back by id and by place, the file removed', () => {
    const dir = mkdtempSync(join(tmp, 'spool-'));
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = dir;
    try {
      fc.assert(
        fc.property(fc.array(series, { minLength: 1, maxLength: 30 }), (list) => {
          const spool = new SeriesSpool();
          try {
            for (const s of list) spool.add(s.employee_id, encodeSeries(s));
            expect(readdirSync(dir)).toHaveLength(1);
            expect(spool.ids()).toEqual(list.map((s) => s.employee_id));
            list.forEach((s, i) => {
              expect(same(spool.nth(i), s)).toBe(true);
              expect(spool.nth(i, 'P').employee_id).toBe('P');
            });
            // The last of an id, as a Map made from the list.
            const last = new Map(list.map((s) => [s.employee_id, s]));
            for (const [id, s] of last) expect(same(spool.get(id), s)).toBe(true);
            expect(spool.get('\u0000not an id')).toBeUndefined();
          } finally {
            spool.remove();
          }
          expect(existsSync(spool.folder)).toBe(false);
          expect(readdirSync(dir)).toEqual([]);
        }),
        { numRuns: 40 },
      );
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
    }
  });

  it('the series of real facts (hoursSeriesOf) back equal, and removed with the findings spool', () => {
    const pack = loadPack();
    for (const name of ['demo-factory', 'terminated-workers', 'time-clock']) {
      const data = readDataSet(resolveInputs({ dir: join('examples', name) }));
      const series = [
        ...allEmployeeFacts(data, { params: pack.params, wages: pack.wages, weekStart: 0 }),
      ].flatMap((f) => hoursSeriesOf(pack, f) ?? []);
      expect(series.length).toBeGreaterThan(0);
      const spool = new FindingSpool();
      for (const s of series) spool.add(s.employee_id, [], encodeSeries(s));
      const folder = spool.series!.folder;
      expect(existsSync(folder)).toBe(true);
      for (const [i, s] of series.entries()) expect(same(spool.series!.nth(i), s)).toBe(true);
      // The whole-file run's result carries the same series.
      const result = checkData(data, pack, { asOf: '2025-12-31', hoursSeries: true });
      expect(same(result.hours, series)).toBe(true);
      spool.remove();
      expect(existsSync(folder)).toBe(false);
    }
  });

  it('a findings spool given no series makes no series file', () => {
    const spool = new FindingSpool();
    spool.add('E1', []);
    expect(spool.series).toBeUndefined();
    spool.remove();
  });
});
