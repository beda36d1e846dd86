import { hhmm, isoOf } from '../../base/calendar.js';
import { type CheckFunction, out } from '../check.js';
import { DayReader, packDays } from './day-records.js';

// Records copied from one worker to the next: several employees with the very same punch times on
// most of the days they worked. Each employee's days are kept as integers so that a streamed input
// is compared without a second pass.

const START = 4096; // minutes after midnight of the start day fit in 12 bits (ends run past 1440)
/** Per day worked, in date order: day number, first start and last end as one number in two parts, first hours row. */
const DAY = 0;
const HIGH = 1;
const LOW = 2;
const ROW = 3;
const FIELDS = 4;

/** What is kept of an employee: its days worked, packed (`day-records.ts`), with their count and the last. */
interface Kept {
  days: number;
  lastDay: number;
  packed: Uint8Array;
}

/** The first start and last end of the day `r` has read last. */
const timesOf = (r: DayReader) => r.fields[HIGH] * START + r.fields[LOW];

export const copiedPunches: CheckFunction = {
  name: 'copied-punches',
  fact: 'work_day',
  needs: ['hours'],
  run(ctx) {
    // Stryker disable next-line MethodExpression,LogicalOperator,EqualityOperator,ConditionalExpression: equivalent, every work day has a stretch and minutes
    const days = ctx.facts.days.filter((d) => d.workedMin > 0 && d.stretches.length > 0);
    if (days.length) {
      // About 4 bytes a day worked (12 as an Int32Array), held until every employee is in. The
      // times as one 32-bit number, kept in two parts (a step of minutes in each takes a byte).
      const times = days.map((d) => (d.stretches[0].start * START + d.stretches.at(-1)!.end) | 0);
      const packed = packDays(days.length, FIELDS, (i, f) => {
        if (f === DAY) return days[i].day | 0;
        if (f === HIGH) return Math.floor(times[i] / START);
        if (f === LOW) return times[i] - Math.floor(times[i] / START) * START;
        return (days[i].rows[0] ?? 0) | 0;
      });
      ctx.keep({ days: days.length, lastDay: days.at(-1)!.day | 0, packed } satisfies Kept);
    }
    return out();
  },
  *across(kept, ctx) {
    const all = [...kept] as [string, Kept][];
    // Stryker disable next-line ConditionalExpression: equivalent, across runs only when some employee kept days
    if (!all.length) return;
    // Each employee's first day, read: the reader then waits on it.
    const readers = all.map(([, k]) => new DayReader(k.packed, FIELDS));
    for (const r of readers) r.next();
    let firstDay = readers[0].fields[DAY];
    let lastDay = firstDay;
    for (let e = 0; e < all.length; e++) {
      firstDay = Math.min(firstDay, readers[e].fields[DAY]);
      lastDay = Math.max(lastDay, all[e][1].lastDay);
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
    const same = sameDays(all, readers, firstDay, lastDay, minEmployees);
    const copied = all
      .map((_, e) => e)
      .filter((e) => all[e][1].days >= minDays && same.count[e] >= all[e][1].days * minShare);
    if (copied.length < minEmployees) return;
    // One employee's warning at a time: the days of each are listed only when it is written.
    for (const e of copied) {
      const [id, k] = all[e];
      const marked = same.of(e);
      // The employee's days read again, from the first: the example is the first day marked.
      const r = new DayReader(k.packed, FIELDS);
      let day = 0;
      let times = 0;
      // Stryker disable next-line ArrayDeclaration: equivalent, the evidence takes rows over 0 only
      const rows: number[] = [];
      for (let i = 0, m = 0; m < marked.length; i++) {
        r.next();
        if (i !== marked[m]) continue;
        if (m++ === 0) [day, times] = [r.fields[DAY], timesOf(r)];
        rows.push(r.fields[ROW]);
      }
      yield [
        id,
        [
          {
            date: isoOf(day),
            data: {
              same: marked.length,
              days: k.days,
              others: copied.length - 1,
              example: `${isoOf(day)} ${hhmm(Math.floor(times / START))}-${hhmm(times % START)}`,
              percent: Math.round((marked.length / k.days) * 100),
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
 * Day by day, without sorting all days at once: each employee waits in the bucket of its next day
 * worked (a linked list in typed arrays), so a day's punch times are compared among that day's
 * employees only.
 * `readers` hold each employee's first day, read; each reads on as its employee's day is counted.
 */
function sameDays(
  all: [string, Kept][],
  readers: DayReader[],
  firstDay: number,
  lastDay: number,
  minEmployees: number,
) {
  // Stryker disable next-line ArithmeticOperator: equivalent, a longer array only adds buckets no employee waits in
  const head = new Int32Array(lastDay - firstDay + 1).fill(-1);
  const next = new Int32Array(all.length);
  const at = new Int32Array(all.length);
  const offset = new Int32Array(all.length + 1);
  const wait = (e: number) => {
    const b = readers[e].fields[DAY] - firstDay;
    next[e] = head[b];
    head[b] = e;
  };
  for (let e = 0; e < all.length; e++) {
    offset[e + 1] = offset[e] + all[e][1].days;
    wait(e);
  }
  const marked = new Uint8Array(offset[all.length]);
  const count = new Int32Array(all.length);
  // A day's employees as keys of punch times then employee (times * span + e: below 2^53 for
  // 2^24 times and any staff), sorted: equal times lie side by side. Counted in a Map per day
  // instead, 2,000 employees over 250 days took about 85 ms, not 55 (docs/speed.md, Eighth pass).
  const span = 2 ** Math.ceil(Math.log2(all.length + 1));
  let keys = new Float64Array(64);
  for (let day = firstDay; day <= lastDay; day++) {
    let n = 0;
    for (let e = head[day - firstDay]; e >= 0; e = next[e]) {
      if (n === keys.length) {
        const grown = new Float64Array(n * 2);
        grown.set(keys);
        keys = grown;
      }
      keys[n++] = timesOf(readers[e]) * span + e;
    }
    const group = keys.subarray(0, n).sort();
    for (let from = 0; from < n; ) {
      const t = Math.floor(group[from] / span);
      let to = from + 1;
      while (to < n && Math.floor(group[to] / span) === t) to++;
      for (let k = from; k < to; k++) {
        const e = group[k] - t * span;
        if (to - from >= minEmployees) {
          marked[offset[e] + at[e]] = 1;
          count[e]++;
        }
        at[e]++;
        // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, a wait past the last day reads no day, and a typed array ignores a NaN index
        if (at[e] < all[e][1].days) {
          readers[e].next();
          wait(e);
        }
      }
      from = to;
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
