import { hhmm, isoOf } from '../../base/calendar.js';
import { type CheckFunction, out } from '../check.js';

// Records copied from one worker to the next: several employees with the very same punch times on
// most of the days they worked. Each employee's days are kept as integers so that a streamed input
// is compared without a second pass.

const START = 4096; // minutes after midnight of the start day fit in 12 bits (ends run past 1440)
/** Per day worked, in date order: day number (first), first start and last end as one number, first hours row. */
const TIMES = 1;
const ROW = 2;
const STEP = 3;
const daysOf = (k: Int32Array) => k.length / STEP;

export const copiedPunches: CheckFunction = {
  name: 'copied-punches',
  fact: 'work_day',
  needs: ['hours'],
  run(ctx) {
    // Stryker disable next-line MethodExpression,LogicalOperator,EqualityOperator,ConditionalExpression: equivalent, every work day has a stretch and minutes
    const days = ctx.facts.days.filter((d) => d.workedMin > 0 && d.stretches.length > 0);
    if (days.length) {
      // One flat array per employee: 12 bytes a day worked, held until every employee is in.
      const kept = new Int32Array(days.length * STEP);
      days.forEach((d, i) => {
        kept[i * STEP] = d.day;
        kept[i * STEP + TIMES] = d.stretches[0].start * START + d.stretches.at(-1)!.end;
        kept[i * STEP + ROW] = d.rows[0] ?? 0;
      });
      ctx.keep(kept);
    }
    return out();
  },
  *across(kept, ctx) {
    const all = [...kept] as [string, Int32Array][];
    // Stryker disable next-line ConditionalExpression: equivalent, across runs only when some employee kept days
    if (!all.length) return;
    let firstDay = all[0][1][0];
    let lastDay = firstDay;
    for (const [, k] of all) {
      firstDay = Math.min(firstDay, k[0]);
      lastDay = Math.max(lastDay, k[(daysOf(k) - 1) * STEP]);
    }
    const on = isoOf(lastDay);
    const minEmployees = ctx.num('min_employees', on);
    const minShare = ctx.num('min_share', on);
    const minDays = ctx.num('min_days', on);
    // Stryker disable next-line ConditionalExpression: equivalent, with too few kept the share test below finds too few too
    if (all.length < minEmployees) return;
    const params = {
      min_employees: ctx.param('min_employees', on),
      min_share: ctx.param('min_share', on),
      min_days: ctx.param('min_days', on),
    };
    const same = sameDays(all, firstDay, lastDay, minEmployees);
    const copied = all
      .map((_, e) => e)
      .filter((e) => daysOf(all[e][1]) >= minDays && same.count[e] >= daysOf(all[e][1]) * minShare);
    if (copied.length < minEmployees) return;
    // One employee's warning at a time: the days of each are listed only when it is written.
    for (const e of copied) {
      const [id, k] = all[e];
      const days = same.of(e);
      const day = k[days[0] * STEP];
      const times = k[days[0] * STEP + TIMES];
      const rows = days.map((i) => k[i * STEP + ROW]);
      yield [
        id,
        [
          {
            date: isoOf(day),
            data: {
              same: days.length,
              days: daysOf(k),
              others: copied.length - 1,
              example: `${isoOf(day)} ${hhmm(Math.floor(times / START))}-${hhmm(times % START)}`,
              percent: Math.round((days.length / daysOf(k)) * 100),
            },
            // Stryker disable next-line MethodExpression,EqualityOperator,ConditionalExpression: equivalent, every work day has its hours rows (row 2 on)
            evidence: rows.filter((row) => row > 0).map((row) => ({ kind: 'hours' as const, row })),
            params,
          },
        ],
      ];
    }
  },
};

/**
 * Marks each day (by its place among all employees' days, employee after employee) on which at
 * least `minEmployees` employees, this one included, have the same first start and last end.
 * Day by day, without sorting every key: each employee waits in the bucket of its next day worked
 * (a linked list in typed arrays), so a day's punch times are counted among that day's employees.
 */
function sameDays(all: [string, Int32Array][], firstDay: number, lastDay: number, minEmployees: number) {
  // Stryker disable next-line ArithmeticOperator: equivalent, a longer array only adds buckets no employee waits in
  const head = new Int32Array(lastDay - firstDay + 1).fill(-1);
  const next = new Int32Array(all.length);
  const at = new Int32Array(all.length);
  const offset = new Int32Array(all.length + 1);
  const wait = (e: number) => {
    const b = all[e][1][at[e] * STEP] - firstDay;
    next[e] = head[b];
    head[b] = e;
  };
  for (let e = 0; e < all.length; e++) {
    offset[e + 1] = offset[e] + daysOf(all[e][1]);
    wait(e);
  }
  const marked = new Uint8Array(offset[all.length]);
  const count = new Int32Array(all.length);
  const alike = new Map<number, number>();
  for (let day = firstDay; day <= lastDay; day++) {
    const group: number[] = [];
    for (let e = head[day - firstDay]; e >= 0; e = next[e]) group.push(e);
    alike.clear();
    for (const e of group) {
      const t = all[e][1][at[e] * STEP + TIMES];
      alike.set(t, (alike.get(t) ?? 0) + 1);
    }
    for (const e of group) {
      const k = all[e][1];
      if (alike.get(k[at[e] * STEP + TIMES])! >= minEmployees) {
        marked[offset[e] + at[e]] = 1;
        count[e]++;
      }
      at[e]++;
      // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, a wait past the last day reads no day, and a typed array ignores a NaN index
      if (at[e] < daysOf(k)) wait(e);
    }
  }
  return {
    /** How many of employee `e`'s days are so marked. */
    count,
    /** The indexes of employee `e`'s days so marked, in date order. */
    of(e: number): number[] {
      const days: number[] = [];
      for (let i = offset[e]; i < offset[e + 1]; i++) if (marked[i]) days.push(i - offset[e]);
      return days;
    },
  };
}
