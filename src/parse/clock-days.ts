import { hhmm, hoursText, isoOf } from '../base/calendar.js';
import { type Reason, reason, thaiHours } from '../findings/reasons.js';
import type { ClockOptions, Read } from './clock.js';

// The clock work days of one employee whose punches carry no usable in/out state (docs/inputs.md,
// Time-clock logs). A work day runs from a time of day (its day start) to the same time the next
// day; its first punch is in, its last out. No one day start fits a rotating roster: two weeks of
// 07:00-19:00 and a week of 19:00-07:00 need 01:00 for the first and 13:00 for the second, and
// cut at 01:00 the night week pairs each morning's out with that evening's in, the 12 hours at
// home counted as work. So the day start is chosen per run: the punches between two gaps longer
// than a shift, where the punch after the gap can only begin a shift. A day start that leaves
// the first punch of a run alone in its work day has read the run out of step; the one that
// leaves the fewest bad days is the run's. Where several leave as few and pair the punches
// differently, the employee's usual day start decides, unless the employee's runs do not all
// fit it (a rotating roster): then only the pairs every such reading makes are kept, and which
// of the other punches are in and which out is unknown. A run that lost both its first and its
// last punch reads whole the other way round; nothing in the punches alone says so (the
// device's in/out states do, and are used where they pair: clock.ts, pairDeclared).

/** One reading of a run: its punches cut into work days at `cut` and paired within them. */
export interface Reading {
  cut: number;
  pairs: [Read, Read][];
  /** Punches the reading pairs with nothing, with the reason and the work day's date. */
  left: { p: Read; why: Reason; also: string | string[] }[];
  /** Its work days that cannot be paired safely: an odd number of punches, or longer than a shift. */
  bad: number;
}

export interface Run {
  /** Its first punch, in minutes from day 0. */
  from: number;
  reading: Reading;
  /** Other readings that leave as few bad days and pair the punches differently. */
  rivals: Reading[];
  /** Under --day-starts: another day start would leave fewer bad days (the time given does not fit it). */
  misfit?: true;
}

export interface EmployeeDays {
  /** The employee's usual day start (or --day-starts): the middle of their longest daily gap. */
  cut: number;
  runs: Run[];
  /** Whether some run is read from another day start than the usual one: a rotating roster. */
  rotating: boolean;
  /** The work day (a day number) a moment, in minutes from day 0, belongs to. */
  workDayOf: (abs: number) => number;
}

/** The employee's work days: each run of punches read from the day start that fits it. */
export function employeeDays(list: Read[], o: ClockOptions): EmployeeDays {
  const cut = o.dayStarts ?? dayStartOf(list, o);
  const runs = runsOf(list, o.maxShiftHours * 60).map((run) => chooseReading(run, cut, o));
  const rotating = runs.some((r) => r.reading.cut !== cut);
  const starts = runs.map((r) => r.from);
  const cuts = runs.map((r) => r.reading.cut);
  const workDayOf = (abs: number) => {
    // The last run begun at or before `abs` (runs are in time order).
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= abs) lo = mid;
      else hi = mid - 1;
    }
    return workDayNumber(abs, cuts[lo] ?? cut);
  };
  return { cut, runs, rotating, workDayOf };
}

/** A moment's work day (a day number), a work day running from `cut` to the next. */
const workDayNumber = (abs: number, cut: number): number => Math.floor((abs - cut) / 1440);

/** A moment's work day as a date, read from `cut`. */
export const workDayDate = (abs: number, cut: number): string => isoOf(workDayNumber(abs, cut));

/**
 * The punches between gaps longer than a shift: no shift has two punches further apart, so the
 * punch after such a gap begins a shift (or its partner was lost), whatever the time of day.
 */
function runsOf(list: Read[], max: number): Read[][] {
  const runs: Read[][] = [];
  let run: Read[] = [];
  for (const p of list) {
    if (run.length && p.abs - run[run.length - 1].abs > max) {
      runs.push(run);
      run = [];
    }
    run.push(p);
  }
  if (run.length) runs.push(run);
  return runs;
}

/**
 * The reading from the usual day start when no other leaves fewer bad days; else the first of
 * the run's own day starts that leaves the fewest. A reading without a bad day pairs the run's
 * punches in turn from its first, so all such readings agree: the others are read only when the
 * usual one leaves a bad day.
 */
function chooseReading(run: Read[], usual: number, o: ClockOptions): Run {
  const first = readRun(run, usual, o);
  const from = run[0].abs;
  if (first.bad === 0) return { from, reading: first, rivals: [] };
  const readings = [first];
  for (const cut of dayStartCandidates(run)) if (cut !== usual) readings.push(readRun(run, cut, o));
  const best = Math.min(...readings.map((r) => r.bad));
  // The time the user gave is kept (--day-starts), and said not to fit where another fits better.
  if (o.dayStarts !== undefined)
    return { from, reading: first, rivals: [], ...(best < first.bad ? { misfit: true } : {}) };
  const tied = readings.filter((r) => r.bad === best);
  const reading = tied[0];
  return { from, reading, rivals: tied.slice(1).filter((r) => !samePairs(r, reading)) };
}

const samePairs = (a: Reading, b: Reading) =>
  a.pairs.length === b.pairs.length &&
  a.pairs.every(([x, y], k) => b.pairs[k][0] === x && b.pairs[k][1] === y);

/** The punches of each work day, a work day running from `cut` (minutes after midnight) to the next. */
function workDays(list: Read[], cut: number): Read[][] {
  const days: Read[][] = [];
  let current: Read[] = [];
  let index = Number.NaN;
  for (const p of list) {
    const k = workDayNumber(p.abs, cut);
    if (k !== index && current.length) {
      days.push(current);
      current = [];
    }
    index = k;
    current.push(p);
  }
  if (current.length) days.push(current);
  return days;
}

/** A work day that cannot be paired safely: an odd number of punches, or longer than a shift can be. */
const badDay = (d: Read[], max: number) => d.length % 2 === 1 || d[d.length - 1].abs - d[0].abs > max;

/**
 * Day starts worth trying for these punches: the middles of the three longest gaps in the times
 * of day they punch at (a rotating shift has several long gaps; only one of them is between
 * shifts), longest first.
 */
function dayStartCandidates(list: Read[]): number[] {
  const minutes = [...new Set(list.map((p) => p.minute))].sort((a, b) => a - b);
  if (minutes.length === 1) return [(minutes[0] + 720) % 1440];
  const gaps = minutes.map((m, i) => {
    const next = i + 1 < minutes.length ? minutes[i + 1] : minutes[0] + 1440;
    return { from: m, length: next - m };
  });
  gaps.sort((a, b) => b.length - a.length || a.from - b.from);
  return gaps.slice(0, 3).map((g) => (g.from + Math.floor(g.length / 2)) % 1440);
}

/** Where an employee's work days usually start: of the candidates, the one that leaves the fewest bad days. */
function dayStartOf(list: Read[], o: ClockOptions): number {
  const max = o.maxShiftHours * 60;
  let best = { cut: 0, bad: Number.POSITIVE_INFINITY };
  for (const cut of dayStartCandidates(list)) {
    const bad = workDays(list, cut).filter((d) => badDay(d, max)).length;
    if (bad < best.bad) best = { cut, bad };
  }
  return best.cut;
}

/**
 * A run cut at `cut`: first in, last out; the punches between are break out / break in pairs.
 * With an odd number of punches one has lost its partner, and which one is unknown: the punch
 * left out is, of all but the first (which dates the work day), the one whose removal leaves the
 * least time worked, so that the day's hours are a lower bound and no overtime is made up from a
 * missed read.
 */
function readRun(run: Read[], cut: number, o: ClockOptions): Reading {
  const max = o.maxShiftHours * 60;
  const r: Reading = { cut, pairs: [], left: [], bad: 0 };
  for (const day of workDays(run, cut)) {
    if (badDay(day, max)) r.bad++;
    if (day.length === 1) {
      // Its work day's date, which a stretch in it would have (before the cut, the day before).
      r.left.push({ p: day[0], why: reason('clock_only_punch'), also: workDayDate(day[0].abs, cut) });
      continue;
    }
    const first = day[0];
    const last = day[day.length - 1];
    if (last.abs - first.abs > max) {
      const span = hoursText(last.abs - first.abs);
      const why = reason('clock_span_too_long', { span, span_th: thaiHours(span), hours: o.maxShiftHours });
      for (const p of day) r.left.push({ p, why, also: first.date });
      continue;
    }
    let kept = day;
    if (day.length % 2 === 1) {
      let best = 1;
      let least = Number.POSITIVE_INFINITY;
      for (let k = 1; k < day.length; k++) {
        const rest = day.filter((_, x) => x !== k);
        let worked = 0;
        for (let x = 0; x < rest.length; x += 2) worked += rest[x + 1].abs - rest[x].abs;
        if (worked < least) {
          least = worked;
          best = k;
        }
      }
      r.left.push({ p: day[best], why: reason('clock_odd_punches'), also: first.date });
      kept = day.filter((_, x) => x !== best);
    }
    for (let k = 0; k < kept.length; k += 2) r.pairs.push([kept[k], kept[k + 1]]);
  }
  return r;
}

/**
 * A run whose readings tie, of an employee on a rotating roster: the pairs every reading makes
 * are kept; every other punch is left with the reason, its work day unknown under each reading.
 */
export function settle(run: Run): Reading {
  const partners = run.rivals.map((r) => new Map(r.pairs.flatMap(([a, b]) => [[a, b] as const])));
  const pairs = run.reading.pairs.filter(([a, b]) => partners.every((m) => m.get(a) === b));
  const kept = new Set(pairs.flat());
  const all = [...run.reading.pairs.flat(), ...run.reading.left.map((l) => l.p)].sort(
    (a, b) => a.abs - b.abs,
  );
  const readings = [run.reading, ...run.rivals];
  const why = reason('clock_pairing_ambiguous', {
    from: all[0].date,
    to: all[all.length - 1].date,
    cuts: readings.map((r) => hhmm(r.cut)).join(' and another from '),
    cuts_th: readings.map((r) => hhmm(r.cut)).join(' หรือ '),
  });
  const left = all
    .filter((p) => !kept.has(p))
    .map((p) => ({ p, why, also: readings.map((r) => workDayDate(p.abs, r.cut)) }));
  return { cut: run.reading.cut, pairs, left, bad: run.reading.bad };
}
