import { addDays, day, isoOf, weekday } from '../base/calendar.js';
import { inForceAt, ParamNotInForce, type ParamStore } from '../pack/params.js';
import type { DayType, Employee, Stretch } from '../parse/records.js';

/** One employee's work on one work day: the stretches that started on it, and what they add up to. */
export interface WorkDay {
  employee_id: string;
  date: string;
  day: number;
  day_type: DayType;
  /** Stretches in time order; minutes after midnight of `date` (past 1440 after midnight). */
  stretches: Stretch[];
  /** Gaps between consecutive stretches: breaks whose position is known. */
  gaps: { start: number; end: number }[];
  /**
   * Breaks given only as break_minutes, or taken to lie inside a span whose break is not
   * recorded (`breakUnrecorded`): their position in time is unknown.
   */
  unplacedBreakMin: number;
  breakMin: number;
  /**
   * Breaks beyond the s.27 para 3 threshold, counted as normal working time. A gap longer than
   * `shift_gap_minutes` is not among them: it may be the time between two shifts (`gapMoreMin`).
   */
  excessBreakMin: number;
  workedMin: number;
  /** Normal limit L for the day, in minutes. */
  limitMin: number;
  normalMin: number;
  overtimeMin: number;
  holidayMin: number;
  holidayOvertimeMin: number;
  rows: number[];
  /**
   * The day is one span from first in to last out, longer than the break is due after, with its
   * break not recorded (`Stretch.breaksUnrecorded`): it is taken to hold a break of the most that
   * s.27 para 3 lets a break take from working time, unplaced, so that its hours are the least
   * the record can mean. Whether the break was given is not known.
   */
  breakUnrecorded?: true;
  /**
   * The day has a gap between stretches longer than `shift_gap_minutes` (06:00-15:00 and
   * 22:00-07:00 on one date): a break, or the time between two shifts. Its excess over the s.27
   * para 3 threshold is not counted as work (`excessBreakMin`), the least the record can mean;
   * this is what it would add as a break, the most (checks/spans.ts). Absent when nothing.
   */
  gapMoreMin?: number;
}

export interface WorkWeek {
  employee_id: string;
  start: string;
  end: string;
  days: WorkDay[];
  workedMin: number;
  normalMin: number;
  overtimeMin: number;
  holidayMin: number;
  holidayOvertimeMin: number;
}

/** The parameters every work day needs: a work date before any of them is in force is implausible. */
export const WORKDAY_PARAMS = [
  'normal_hours_per_day',
  'hazardous_hours_per_day',
  'break_excess_counts_after_minutes',
  'break_due_after_minutes',
  'shift_gap_minutes',
];

// Asked twice for every work day: the value is read from its series in place, with no copy of
// the value in force made for each look-up.
export function num(params: ParamStore, name: string, date: string): number {
  const series = params.get(name);
  if (series) {
    const i = inForceAt(series.values, date, 0);
    const v = i < 0 ? undefined : series.values[i].value;
    if (typeof v === 'number') return v;
  }
  throw new ParamNotInForce(`rule pack parameter ${name} has no number in force on ${date}`);
}

/** Normal limit L (docs/rules.md, What it computes): the announced hours, default and ceiling 8 (7 hazardous). */
export function limitMinutes(e: Employee, params: ParamStore, date: string): number {
  const ceiling = num(params, e.hazardous ? 'hazardous_hours_per_day' : 'normal_hours_per_day', date);
  const announced = e.normal_hours_per_day ?? ceiling;
  return Math.round(Math.min(announced, ceiling) * 60);
}

/** A work date whose day could not be derived: no parameter in force then. */
export interface SkippedDay {
  date: string;
  reason: string;
}

/**
 * Groups an employee's stretches (sorted by date, start) into work days. A date with no
 * parameters in force goes to `skipped` (its rules are undetermined), or throws without it.
 */
export function workDays(
  e: Employee,
  stretches: Stretch[],
  params: ParamStore,
  skipped?: SkippedDay[],
): WorkDay[] {
  const days: WorkDay[] = [];
  let i = 0;
  while (i < stretches.length) {
    const date = stretches[i].date;
    let end = i + 1;
    while (end < stretches.length && stretches[end].date === date) end++;
    // An array of its own size (one grown by push keeps room for 17 stretches, for every day).
    const group = new Array<Stretch>(end - i);
    for (let k = 0; i < end; k++) group[k] = stretches[i++];
    try {
      days.push(dayOfStretches(e, date, group, params));
    } catch (err) {
      if (!(err instanceof ParamNotInForce) || !skipped) throw err;
      skipped.push({ date, reason: err.message });
    }
  }
  return days;
}

export function workDay(e: Employee, date: string, group: Stretch[], params: ParamStore): WorkDay {
  return dayOfStretches(e, date, [...group], params);
}

// The work day of stretches the day may keep (and put in start order): one pass over them, and
// no sort when they come in order already, as they do from the parse stage (a sort allocates
// its own work space for every day, a fifth of what a check allocated).
function dayOfStretches(e: Employee, date: string, stretches: Stretch[], params: ParamStore): WorkDay {
  for (let k = 1; k < stretches.length; k++) {
    if (stretches[k - 1].start > stretches[k].start) {
      stretches.sort((a, b) => a.start - b.start);
      break;
    }
  }
  // Arrays of their own size: one grown by push keeps room for 17 entries, for every work day.
  let gaps: WorkDay['gaps'] | undefined;
  const rows = new Array<number>(stretches.length);
  let n = 0;
  let unplacedBreakMin = 0;
  let gapMin = 0;
  // Gaps longer than a break between two stretches of one shift: perhaps two shifts (s.27 para 3).
  let longGapMin = 0;
  // Read at the day's first gap: most days are one stretch.
  let shiftGap = -1;
  // With a long gap, each shift's own minutes of stretches and of short breaks (pairs, in order):
  // read as two work days, a changeover holds less overtime than as one (below).
  let shifts: number[] | undefined;
  let shiftWork = 0;
  let shiftBreak = 0;
  let spanMin = 0;
  // A holiday if any stretch says so: the employer's own label is the safer reading.
  let day_type: DayType = 'work';
  for (let k = 0; k < stretches.length; k++) {
    const x = stretches[k];
    if (k > 0) {
      const start = stretches[k - 1].end;
      if (x.start > start) {
        const gap = { start, end: x.start };
        if (gaps) gaps.push(gap);
        else gaps = [gap];
        if (shiftGap < 0) shiftGap = num(params, 'shift_gap_minutes', date);
        if (x.start - start > shiftGap) {
          longGapMin = longGapMin + x.start - start;
          if (shifts) shifts.push(shiftWork, shiftBreak);
          else shifts = [shiftWork, shiftBreak];
          shiftWork = 0;
          shiftBreak = 0;
        } else {
          gapMin = gapMin + x.start - start;
          shiftBreak += x.start - start;
        }
      }
    }
    unplacedBreakMin += x.break_minutes;
    spanMin = spanMin + x.end - x.start - x.break_minutes;
    shiftWork += x.end - x.start - x.break_minutes;
    shiftBreak += x.break_minutes;
    // Until a stretch not of work has named the day, each stretch names it.
    if (day_type === 'work') day_type = x.day_type;
    // A row of several in and out pairs (parse/pairs.ts) is one row of evidence.
    if (n === 0 || rows[n - 1] !== x.row) rows[n++] = x.row;
  }
  if (n !== rows.length) rows.length = n;
  const countsAfter = num(params, 'break_excess_counts_after_minutes', date);
  // A day of one row whose span's break is not recorded (first in to last out, perhaps with an
  // overtime pair after it): the break the span is taken to hold. Punches of several rows (a
  // clock whose staff punch their breaks) show the day's breaks as gaps.
  const span = n === 1 ? stretches.find((x) => x.breaksUnrecorded) : undefined;
  const unrecorded = span ? unrecordedBreak(span, countsAfter, params, date) : 0;
  unplacedBreakMin += unrecorded;
  spanMin -= unrecorded;
  const breakMin = unplacedBreakMin + gapMin + longGapMin;
  const excessBreakMin = Math.max(0, breakMin - longGapMin - countsAfter);
  const gapMoreMin = Math.max(0, breakMin - countsAfter) - excessBreakMin;
  const workedMin = spanMin + excessBreakMin;
  const limitMin = limitMinutes(e, params, date);
  const within = Math.min(workedMin, limitMin);
  let beyond = workedMin - within;
  // Two shifts on one date (a gap over shift_gap_minutes) may be two work days, each with its own
  // normal limit: the overtime at the least is the smaller of the two readings. A span's
  // unrecorded break, not placed in either shift, is taken off that reading's overtime whole.
  if (shifts) {
    shifts.push(shiftWork, shiftBreak);
    let apart = 0;
    for (let k = 0; k < shifts.length; k += 2)
      apart += Math.max(0, shifts[k] + Math.max(0, shifts[k + 1] - countsAfter) - limitMin);
    beyond = Math.min(beyond, Math.max(0, apart - unrecorded));
  }
  const holiday = day_type !== 'work';
  return {
    employee_id: e.employee_id,
    date,
    day: day(date),
    day_type,
    stretches,
    gaps: gaps ?? [],
    unplacedBreakMin,
    breakMin,
    excessBreakMin,
    workedMin,
    limitMin,
    normalMin: holiday ? 0 : within,
    overtimeMin: holiday ? 0 : beyond,
    holidayMin: holiday ? within : 0,
    holidayOvertimeMin: holiday ? beyond : 0,
    rows,
    ...(unrecorded > 0 ? { breakUnrecorded: true as const } : {}),
    ...(gapMoreMin > 0 ? { gapMoreMin } : {}),
  };
}

/**
 * The break a span with no break recorded is taken to hold: none when the span is no longer
 * than the break is due after (`break_due_after_minutes`, s.27 para 1); else the most a break
 * can take from working time (`break_excess_counts_after_minutes`, s.27 para 3: breaks beyond
 * it count as work), so that the hours and overtime read from it are the least it can mean.
 * Never the whole span: a day at work is a day worked.
 */
function unrecordedBreak(x: Stretch, countsAfter: number, params: ParamStore, date: string): number {
  const len = x.end - x.start;
  if (len <= num(params, 'break_due_after_minutes', date)) return 0;
  return Math.min(countsAfter, len - 1);
}

/**
 * The clock time (minutes after midnight of the day) at which `minutes` of work have been done,
 * or undefined when unplaced breaks make it unknowable. Excess breaks count as work first.
 */
export function clockAfterWorked(d: WorkDay, minutes: number): number | undefined {
  if (d.unplacedBreakMin > 0) return undefined;
  let left = minutes - d.excessBreakMin;
  for (const s of d.stretches) {
    const len = s.end - s.start;
    if (left <= len) return s.start + Math.max(0, left);
    left -= len;
  }
  return d.stretches[d.stretches.length - 1]?.end;
}

/** Work weeks (Monday to Sunday unless `weekStart` says otherwise; 0 = Monday). */
export function workWeeks(days: WorkDay[], weekStart = 0): WorkWeek[] {
  const weeks = new Map<number, WorkDay[]>();
  for (const d of days) {
    const offset = (weekday(d.day) - weekStart + 7) % 7;
    const start = d.day - offset;
    const list = weeks.get(start) ?? [];
    list.push(d);
    weeks.set(start, list);
  }
  return [...weeks.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([start, list]) => {
      // One pass over the week's days for the five sums.
      let workedMin = 0;
      let normalMin = 0;
      let overtimeMin = 0;
      let holidayMin = 0;
      let holidayOvertimeMin = 0;
      for (const d of list) {
        workedMin += d.workedMin;
        normalMin += d.normalMin;
        overtimeMin += d.overtimeMin;
        holidayMin += d.holidayMin;
        holidayOvertimeMin += d.holidayOvertimeMin;
      }
      return {
        employee_id: list[0].employee_id,
        start: isoOf(start),
        end: addDays(isoOf(start), 6),
        days: list,
        workedMin,
        normalMin,
        overtimeMin,
        holidayMin,
        holidayOvertimeMin,
      };
    });
}
