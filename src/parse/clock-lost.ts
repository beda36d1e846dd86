import { day, isoOf } from '../base/calendar.js';
import { firstNotBefore } from '../base/search.js';
import type { Punch } from './clock.js';
import type { LostDay, UndatedRow } from './dataset.js';
import type { Stretch } from './records.js';

// A punch rejected before its date could be read (an empty or unreadable date, a corrupt record)
// still belonged to a work day: that day's work is unknown, not absent (docs/inputs.md). A clock
// writes its punches in time order, and exports list them so (by employee, then time, or by
// time): the punch lies between the dated punches around it in the file, so every date from the
// one before it to the one after it is unknown. A punch whose employee cannot be read either may
// be anyone's: those dates are unknown for every employee who punched on them.

/** A rejected punch without a date: its line, its employee if readable, and how many punches came before it. */
export interface UndatedPunch {
  row: number;
  employee_id?: string;
  /** The number of punches read before it in the file: its place among them. */
  at: number;
}

/**
 * The lost days of undated punches, from the punches read (in file order) around each. Punches
 * rejected as implausible (a clock reset) date nothing. A punch of a known employee none of whose
 * punches could be read is work on a day not known: it goes to `dateless` (`UndatedRow`).
 */
export function undatedLostDays(
  undated: readonly UndatedPunch[],
  punches: readonly Punch[],
  implausible: ReadonlySet<number>,
  dateless?: (u: UndatedRow) => void,
): LostDay[] {
  if (undated.length === 0) return [];
  const lost: LostDay[] = [];
  // Each employee's punches as indices into `punches`, in file order.
  const byId = new Map<string, number[]>();
  for (let i = 0; i < punches.length; i++) {
    if (implausible.has(punches[i].row)) continue;
    const id = punches[i].employee_id;
    const list = byId.get(id);
    if (list) list.push(i);
    else byId.set(id, [i]);
  }
  let datesById: Map<string, Set<string>> | undefined;
  for (const u of undated) {
    const around =
      u.employee_id === undefined
        ? anyAround(u.at, punches, implausible)
        : idAround(u.at, byId.get(u.employee_id));
    if (!around) {
      if (u.employee_id !== undefined) dateless?.({ employee_id: u.employee_id, row: u.row });
      continue;
    }
    const days = around.map((i) => day(punches[i].date));
    const from = Math.min(...days);
    const to = Math.max(...days);
    const span: string[] = [];
    for (let d = from; d <= to; d++) span.push(isoOf(d));
    if (u.employee_id !== undefined) {
      for (const date of span) lost.push({ employee_id: u.employee_id, date, row: u.row });
      continue;
    }
    if (!datesById) {
      datesById = new Map();
      for (const [id, list] of byId) datesById.set(id, new Set(list.map((i) => punches[i].date)));
    }
    for (const [id, punched] of datesById)
      if (span.some((date) => punched.has(date)))
        for (const date of span) lost.push({ employee_id: id, date, row: u.row });
  }
  return lost;
}

/**
 * The work days before a lost calendar date whose stretches run into it: a punch of that date may
 * be the lost half of a night shift, dated by the evening it began (22:00-02:00 and 03:00-06:00).
 */
export function nightShiftsInto(calendar: readonly LostDay[], stretches: readonly Stretch[]): LostDay[] {
  if (calendar.length === 0) return [];
  const ids = new Set(calendar.map((l) => l.employee_id));
  // For each employee's work day: the last calendar day its stretches reach.
  const reach = new Map<string, Map<number, number>>();
  for (const s of stretches) {
    if (!ids.has(s.employee_id)) continue;
    const from = day(s.date);
    const to = from + Math.floor((s.end - 1) / 1440);
    if (to === from) continue;
    let days = reach.get(s.employee_id);
    if (!days) {
      days = new Map();
      reach.set(s.employee_id, days);
    }
    days.set(from, Math.max(days.get(from) ?? from, to));
  }
  const out: LostDay[] = [];
  for (const l of calendar) {
    const d = day(l.date);
    for (const [from, to] of reach.get(l.employee_id) ?? [])
      if (from < d && to >= d) out.push({ employee_id: l.employee_id, date: isoOf(from), row: l.row });
  }
  return out;
}

/** The employee's punches just before and just after place `at` (either may be missing). */
function idAround(at: number, list: readonly number[] | undefined): number[] | undefined {
  if (!list?.length) return undefined;
  const lo = firstNotBefore(list.length, (i) => list[i] < at);
  const around = [lo - 1, lo].filter((k) => k >= 0 && k < list.length).map((k) => list[k]);
  return around.length ? around : undefined;
}

/** Anyone's punches just before and just after place `at`, past implausible ones. */
function anyAround(
  at: number,
  punches: readonly Punch[],
  implausible: ReadonlySet<number>,
): number[] | undefined {
  const around: number[] = [];
  for (let i = at - 1; i >= 0; i--)
    if (!implausible.has(punches[i].row)) {
      around.push(i);
      break;
    }
  for (let i = at; i < punches.length; i++)
    if (!implausible.has(punches[i].row)) {
      around.push(i);
      break;
    }
  return around.length ? around : undefined;
}
