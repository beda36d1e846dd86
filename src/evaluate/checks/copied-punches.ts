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
    // The first day worked of anyone (each employee's first, read) and the last.
    let firstDay = Number.POSITIVE_INFINITY;
    let lastDay = Number.NEGATIVE_INFINITY;
    for (const [, k] of all) {
      const r = new DayReader(k.packed, FIELDS);
      r.next();
      firstDay = Math.min(firstDay, r.fields[DAY]);
      lastDay = Math.max(lastDay, k.lastDay);
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
 * The days are put in calendar order first (a counting sort by day, each employee's days read in
 * turn, twice), then each calendar day's punch times are counted in a small hash table. Reading
 * every employee a day at a time instead (one reader each, in turn) went from buffer to buffer
 * for every day: at 20,000 employees most reads missed the processor's caches, and the check took
 * seconds (docs/speed.md, Tenth pass).
 */
function sameDays(all: [string, Kept][], firstDay: number, lastDay: number, minEmployees: number) {
  const offset = new Int32Array(all.length + 1);
  for (let e = 0; e < all.length; e++) offset[e + 1] = offset[e] + all[e][1].days;
  const total = offset[all.length];
  // Where each calendar day's employee-days start, once counted.
  // Stryker disable next-line ArithmeticOperator: equivalent, a longer array only adds empty days
  const start = new Int32Array(lastDay - firstDay + 2);
  const each = (visit: (place: number, r: DayReader) => void) => {
    for (let e = 0; e < all.length; e++) {
      const r = new DayReader(all[e][1].packed, FIELDS);
      for (let i = offset[e]; i < offset[e + 1]; i++) {
        r.next();
        visit(i, r);
      }
    }
  };
  each((_, r) => start[r.fields[DAY] - firstDay + 1]++);
  for (let d = 1; d < start.length; d++) start[d] += start[d - 1];
  const fill = start.slice();
  // Each employee-day's punch times and its place, side by side.
  const days = new Int32Array(2 * total);
  each((place, r) => {
    const at = 2 * fill[r.fields[DAY] - firstDay]++;
    days[at] = timesOf(r);
    days[at + 1] = place;
  });
  const marked = new Uint8Array(total);
  // A table of one day's punch times to how many have them: a power of two at least twice the
  // staff, so that a probe soon meets an empty slot (a slot is empty while its count is 0).
  const size = 2 ** Math.ceil(Math.log2(2 * all.length + 2));
  const mask = size - 1;
  const slotTimes = new Int32Array(size);
  const slotCount = new Int32Array(size);
  const used = new Int32Array(all.length);
  const slotOf = new Int32Array(all.length);
  for (let d = 0; d + 1 < start.length; d++) {
    const from = start[d];
    const n = start[d + 1] - from;
    let filled = 0;
    for (let k = 0; k < n; k++) {
      const t = days[2 * (from + k)];
      let h = Math.imul(t, 0x9e3779b1) & mask;
      while (slotCount[h] !== 0 && slotTimes[h] !== t) h = (h + 1) & mask;
      if (slotCount[h] === 0) {
        slotTimes[h] = t;
        used[filled++] = h;
      }
      slotCount[h]++;
      slotOf[k] = h;
    }
    for (let k = 0; k < n; k++)
      if (slotCount[slotOf[k]] >= minEmployees) marked[days[2 * (from + k) + 1]] = 1;
    for (let k = 0; k < filled; k++) slotCount[used[k]] = 0;
  }
  const count = new Int32Array(all.length);
  for (let e = 0; e < all.length; e++) for (let i = offset[e]; i < offset[e + 1]; i++) count[e] += marked[i];
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
