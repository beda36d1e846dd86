import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { day, isoOf } from '../src/base/calendar.js';
import { RECORD_TRIGGERS, type TriggerContext } from '../src/evaluate/signals/triggers.js';
import type { EmployeeFacts } from '../src/facts/employee.js';

// The seven-day-weeks trigger finds the longest run of days worked on consecutive calendar days
// in place, without copying the days worked. It must raise on the same run as the list of days
// worked, walked as a list: the first of the longest runs, its dates, findings and rows.

type Day = EmployeeFacts['days'][number];

/** The run as the trigger first found it: the days worked copied, then walked. */
function listed(days: readonly Day[]): Day[] {
  const worked = days.filter((d) => d.workedMin > 0);
  let best = { from: 0, to: -1 };
  let from = 0;
  for (let i = 1; i <= worked.length; i++) {
    if (i < worked.length && worked[i].day === worked[i - 1].day + 1) continue;
    if (i - from > best.to - best.from + 1) best = { from, to: i - 1 };
    from = i;
  }
  return worked.slice(best.from, best.to + 1);
}

const trigger = RECORD_TRIGGERS.get('seven-day-weeks')!;

function contextOf(days: Day[], minRun: number): TriggerContext {
  return {
    facts: { days } as unknown as EmployeeFacts,
    findings: [],
    undetermined: new Map(),
    rules: new Set(),
    present: { employees: true, hours: true, payroll: false, holidays: false },
    asOf: '2025-12-31',
    options: {},
    file: (kind) => `${kind}.csv`,
    num: () => minRun,
  };
}

// Days in date order with gaps of 1-3 days, some with no minutes worked (a leave day, a holiday).
const daysOf = fc
  .array(
    fc.record({
      step: fc.integer({ min: 1, max: 3 }),
      worked: fc.boolean(),
      rows: fc.integer({ min: 1, max: 2 }),
    }),
    {
      maxLength: 60,
    },
  )
  .map((spec) => {
    let n = day('2025-01-01');
    let row = 2;
    return spec.map((s): Day => {
      n += s.step;
      const rows = Array.from({ length: s.rows }, () => row++);
      return { day: n, date: isoOf(n), workedMin: s.worked ? 480 : 0, rows } as unknown as Day;
    });
  });

describe('seven-day-weeks: the longest run of days worked, found in place', () => {
  it('raises on the same run as the days worked copied and walked', () => {
    fc.assert(
      fc.property(daysOf, fc.integer({ min: 1, max: 8 }), (days, minRun) => {
        const run = listed(days);
        const out = trigger.run(contextOf(days, minRun));
        expect(out.raised).toBe(run.length >= minRun);
        if (!out.raised) return;
        expect(out.data).toEqual({
          days: day(run.at(-1)!.date) - day(run[0].date) + 1,
          start: run[0].date,
          end: run.at(-1)!.date,
        });
        expect(out.evidence).toEqual(run.flatMap((d) => d.rows.map((row) => ({ file: 'hours.csv', row }))));
      }),
      { numRuns: 2000 },
    );
  });

  it('takes the first of two runs as long, and none from days with no minutes worked', () => {
    const at = (iso: string, workedMin = 480): Day =>
      ({ day: day(iso), date: iso, workedMin, rows: [day(iso)] }) as unknown as Day;
    const two = [at('2025-03-01'), at('2025-03-02'), at('2025-03-05'), at('2025-03-06')];
    const out = trigger.run(contextOf(two, 2));
    expect(out.raised && out.data).toEqual({ days: 2, start: '2025-03-01', end: '2025-03-02' });
    const idle = [at('2025-03-01', 0), at('2025-03-02', 0), at('2025-03-03', 0)];
    expect(trigger.run(contextOf(idle, 1)).raised).toBe(false);
    const gap = [at('2025-03-01'), at('2025-03-02', 0), at('2025-03-03'), at('2025-03-04')];
    expect(trigger.run(contextOf(gap, 2)).raised && trigger.run(contextOf(gap, 2))).toMatchObject({
      data: { start: '2025-03-03', end: '2025-03-04' },
    });
  });
});
