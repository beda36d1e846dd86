import { hhmm, isoOf } from '../../base/calendar.js';
import { type CheckFunction, type Draft, out } from '../check.js';

// Records copied from one worker to the next: several employees with the very same punch times on
// most of the days they worked. Each employee's days are kept as numbers (day, first start, last
// end) so that a streamed input is compared without a second pass.

const START = 4096; // minutes after midnight of the start day fit in 12 bits (ends run past 1440)
const pack = (dayNo: number, start: number, end: number) => (dayNo * START + start) * START + end;
const unpack = (k: number) => {
  const end = k % START;
  const rest = (k - end) / START;
  const start = rest % START;
  // Stryker disable next-line ArithmeticOperator: equivalent, rest + start shifts the day by under one, the same date
  return { day: (rest - start) / START, start, end };
};

/** The first index whose value is above `key` (upper) or not below it (lower), in a sorted array. */
function bound(a: Float64Array, key: number, upper: boolean): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] < key || (upper && a[mid] === key)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface Kept {
  keys: Float64Array;
  rows: Int32Array;
}

export const copiedPunches: CheckFunction = {
  name: 'copied-punches',
  fact: 'work_day',
  needs: ['hours'],
  run(ctx) {
    // Stryker disable next-line MethodExpression,LogicalOperator,EqualityOperator,ConditionalExpression: equivalent, every work day has a stretch and minutes
    const days = ctx.facts.days.filter((d) => d.workedMin > 0 && d.stretches.length > 0);
    if (days.length) {
      ctx.keep({
        keys: Float64Array.from(days.map((d) => pack(d.day, d.stretches[0].start, d.stretches.at(-1)!.end))),
        rows: Int32Array.from(days.map((d) => d.rows[0] ?? 0)),
      } satisfies Kept);
    }
    return out();
  },
  across(kept, ctx) {
    const found = new Map<string, Draft[]>();
    const all = [...kept] as [string, Kept][];
    // Stryker disable next-line ConditionalExpression: equivalent, across runs only when some employee kept keys
    if (!all.length) return found;
    const lastDay = Math.max(...all.map(([, k]) => unpack(k.keys[k.keys.length - 1]).day));
    const on = isoOf(lastDay);
    const minEmployees = ctx.num('min_employees', on);
    const minShare = ctx.num('min_share', on);
    const minDays = ctx.num('min_days', on);
    // Stryker disable next-line ConditionalExpression: equivalent, with too few kept the share test below finds too few too
    if (all.length < minEmployees) return found;
    // How many employees punched exactly so on each day: every key in one sorted array (a few
    // bytes a day worked, where a map of millions of keys would not fit a large input's memory).
    const sorted = new Float64Array(all.reduce((n, [, k]) => n + k.keys.length, 0));
    let at = 0;
    for (const [, k] of all) {
      sorted.set(k.keys, at);
      at += k.keys.length;
    }
    sorted.sort();
    const count = (key: number) => bound(sorted, key, true) - bound(sorted, key, false);
    const copied = all
      .map(([id, k]) => {
        const same = [...k.keys.keys()].filter((i) => count(k.keys[i]) >= minEmployees);
        return { id, k, same };
      })
      .filter((x) => x.k.keys.length >= minDays && x.same.length >= x.k.keys.length * minShare);
    if (copied.length < minEmployees) return found;
    const params = {
      min_employees: ctx.param('min_employees', on),
      min_share: ctx.param('min_share', on),
      min_days: ctx.param('min_days', on),
    };
    for (const { id, k, same } of copied) {
      const first = unpack(k.keys[same[0]]);
      found.set(id, [
        {
          date: isoOf(first.day),
          data: {
            same: same.length,
            days: k.keys.length,
            others: copied.length - 1,
            example: `${isoOf(first.day)} ${hhmm(first.start)}-${hhmm(first.end)}`,
            percent: Math.round((same.length / k.keys.length) * 100),
          },
          // Stryker disable next-line MethodExpression,EqualityOperator,ConditionalExpression: equivalent, every work day has its hours rows (row 2 on)
          evidence: same.map((i) => ({ kind: 'hours' as const, row: k.rows[i] })).filter((e) => e.row > 0),
          params,
        },
      ]);
    }
    return found;
  },
};
