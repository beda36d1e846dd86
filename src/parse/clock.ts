import { day, hhmm, hoursText, isoOf, WEEKDAYS, weekday } from '../base/calendar.js';
import { type Reason, reason, reasonText, thaiHours } from '../findings/reasons.js';
import { normaliseValue } from './aliases.js';
import { type EmployeeDays, employeeDays, settle } from './clock-days.js';
import { type DayType, MAX_SHIFT_HOURS, type Stretch } from './records.js';

// Punches from a time clock to canonical stretches (docs/inputs.md, Time-clock logs):
// - a punch dated far outside the log's own dates (a clock reset to 2000-01-01 or 1990) is
//   rejected, never counted as work (an implausible date);
// - re-reads of one person on one device within `mergeMinutes` are one punch; a re-press of
//   the other state corrects a first punch that does not fit (the wrong key, pressed again);
// - the device's in/out states are trusted only where they pair: measured per device, and a
//   device whose states mostly do not pair (many record 0 for everything) is read as if it
//   recorded none. Then direction is inferred per work day: its first punch is in, its last
//   out, and the punches between pair up as breaks; of an odd number, the punch left out is
//   the one that leaves the least work, so that inferred hours are a lower bound;
// - where states are trusted, an in a shift after an open in may be that in's out, recorded
//   wrong: the stretch it starts counts only if no longer than the other reading's;
// - inferred work days are cut at a fixed time of day (`dayStarts`, else from each employee's
//   punches: the middle of their longest daily gap), so one bad day (a forgotten punch, a day
//   over `maxShiftHours`) stays that day and cannot shift the pairing of the days after it;
//   without `dayStarts`, each run of days between rests longer than a shift takes the time that
//   fits it best, so that a rotating roster's night weeks are not read out of step, and a run
//   that two times fit equally, of a rotating roster, pairs only where they agree (clock-days.ts);
// - a night shift stays on the day it started, and two work days never share a date: the part
//   after midnight of a night whose evening punch was lost takes that evening's date (or, where
//   no date is free for it, is rejected), never the next night's, which would count the hours
//   at home between as work;
// - a punch that pairs with nothing is reported where it is and never counted silently.

export type Direction = 'in' | 'out' | 'unknown';

export interface Punch {
  employee_id: string;
  date: string;
  /** Minutes after midnight of `date`, and seconds within that minute (for ordering). */
  minute: number;
  second: number;
  direction: Direction;
  device: string;
  row: number;
}

export interface ClockOptions {
  mergeMinutes: number;
  maxShiftHours: number;
  direction: 'auto' | 'device' | 'inferred';
  /** Day type by ISO date or weekday name; default `work`. */
  dayTypes: Record<string, DayType>;
  /** Inferred pairing: minutes after midnight at which a work day starts (--day-starts); default from the data. */
  dayStarts?: number;
}

export const CLOCK_DEFAULTS: ClockOptions = {
  mergeMinutes: 3,
  maxShiftHours: MAX_SHIFT_HOURS,
  direction: 'auto',
  dayTypes: {},
};

export interface Unpaired {
  row: number;
  /** Whose punch, and its date: its work that day is unknown (`LostDay`). */
  employee_id?: string;
  date?: string;
  /**
   * Other days whose work is unknown: the work day the punch's stretch would be dated by, when
   * it may not be the punch's own (an out-punch of a night shift begun the evening before), and
   * the evening's date a shift of its work day was given (`dateWorkDays`).
   */
  also?: string[];
  /** In English. */
  reason: string;
  /** The same as a message id. */
  why: Reason;
}

/** A warning in English with its message id. */
export interface ClockWarning {
  message: string;
  why: Reason;
}

const told = (why: Reason): ClockWarning => ({ message: reasonText(why), why });

export interface Pairing {
  stretches: Stretch[];
  unpaired: Unpaired[];
  /**
   * Punches dated far outside the log's dates (clock resets): rejected, never counted, each with
   * its employee, whose work it is on a day not known (`UndatedRow`).
   */
  implausible: Unpaired[];
  merged: number;
  /** Re-presses of the other state that corrected the punch before them. */
  corrected: number;
  /** How direction was decided, for the report. */
  direction: string;
  inferredEmployees: string[];
  /** For the report, once each: clock resets, unreliable device states. */
  warnings: ClockWarning[];
  notes: string[];
}

/** Direction of a state as devices write it: ZKTeco codes 0-5 and 255, Hikvision and ZKBio text, Thai. */
export function directionOf(state: string): Direction {
  const s = normaliseValue(state);
  if (/^\d+$/.test(s)) {
    const n = Number(s);
    // 0 check-in, 1 check-out, 2 break-out, 3 break-in, 4 overtime-in, 5 overtime-out.
    if (n === 0 || n === 3 || n === 4) return 'in';
    if (n === 1 || n === 2 || n === 5) return 'out';
    return 'unknown';
  }
  if (IN.has(s)) return 'in';
  if (OUT.has(s)) return 'out';
  return 'unknown';
}
const IN = new Set(
  [
    'checkin',
    'c/in',
    'cin',
    'in',
    'i',
    'clockin',
    'breakin',
    'overtimein',
    'otin',
    'เข้า',
    'เข้างาน',
    'สแกนเข้า',
    'กลับจากพัก',
    'เข้าโอที',
    'entry',
    'entrance',
  ].map(normaliseValue),
);
const OUT = new Set(
  [
    'checkout',
    'c/out',
    'cout',
    'out',
    'o',
    'clockout',
    'breakout',
    'overtimeout',
    'otout',
    'ออก',
    'ออกงาน',
    'สแกนออก',
    'พัก',
    'ออกพัก',
    'ออกโอที',
    'exit',
  ].map(normaliseValue),
);

/** Direction given only by a Hikvision check point name ("Door1_Entrance Card Reader1"). */
export function directionOfDevice(device: string): Direction {
  const s = device.toLowerCase();
  if (/entrance|entry|ทางเข้า/.test(s)) return 'in';
  if (/exit|ทางออก/.test(s)) return 'out';
  return 'unknown';
}

/** A punch as paired: its minute from day 0, and the rows of its re-reads merged into it. */
export interface Read extends Punch {
  abs: number;
  rows: number[];
}

const absMinute = (p: Punch) => day(p.date) * 1440 + p.minute;

/**
 * A device whose recorded states leave more than this share of its punches unpaired is read as
 * if it recorded none: a working device loses a punch now and then (a forgotten press), while
 * one set to record 0 for everything leaves most of them unpaired.
 */
export const UNRELIABLE_STATES = 0.1;
/** Fewer punches than this on a device say too little about its states: they are trusted. */
export const STATES_SAMPLE = 20;

/**
 * A stretch that starts within this many minutes of the previous one's end, inside one shift's
 * length, continues that shift (a break): 03:00-06:00 after 22:00-02:00 is the night shift of
 * the day before, not a shift of its own.
 */
const SHIFT_BREAK_MAX = 240;

/** Dates more than this many days from the log's dominant range are clock resets (decision 16: a year). */
const RESET_GAP_DAYS = 366;

export function pairPunches(punches: Punch[], o: ClockOptions): Pairing {
  const out: Pairing = {
    stretches: [],
    unpaired: [],
    implausible: [],
    merged: 0,
    corrected: 0,
    direction: '',
    inferredEmployees: [],
    warnings: [],
    notes: [],
  };
  const plausible = withoutClockResets(punches, out);
  const byEmployee = new Map<string, Read[]>();
  for (const p of plausible) {
    const list = byEmployee.get(p.employee_id) ?? [];
    list.push({ ...p, abs: absMinute(p), rows: [p.row] });
    byEmployee.set(p.employee_id, list);
  }
  const employees = [...byEmployee.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const states = new Set(plausible.map((p) => p.direction).filter((d) => d !== 'unknown'));
  const kept = new Map<string, Read[]>();
  for (const [id, list] of employees) {
    list.sort((a, b) => a.abs - b.abs || a.second - b.second || a.row - b.row);
    kept.set(id, merge(list, o.mergeMinutes, out));
  }
  if (out.corrected)
    out.notes.push(
      `${out.corrected} re-press${out.corrected > 1 ? 'es' : ''} of the other in/out state within ${o.mergeMinutes} min corrected the punch before`,
    );
  // Which employees keep the device's states: all (direction: device), none (inferred, or no
  // states in the file), or those whose punches all come from devices whose states pair.
  const unreliable =
    o.direction === 'auto' && states.size === 2 ? unreliableDevices(kept, o, out) : new Set<string>();
  const declared = (list: Read[]) =>
    o.direction === 'device' ||
    (o.direction === 'auto' &&
      states.size === 2 &&
      list.every((p) => p.direction !== 'unknown' && !unreliable.has(p.device)));
  const cuts = new Map<number, number>();
  let redated = 0;
  let rotating = 0;
  // Under --day-starts: runs of days that another day start fits better, and whose they are.
  let misfits = 0;
  let misfitEmployees = 0;
  for (const [id, list] of kept) {
    const from = out.stretches.length;
    const unpairedFrom = out.unpaired.length;
    // The employee's clock work days, each run of their punches from its day start to the next
    // day's: inferred pairing pairs within them, and for both kinds they keep two work days off
    // one date.
    let days: EmployeeDays | undefined;
    if (declared(list)) pairDeclared(list, o, out);
    else {
      out.inferredEmployees.push(id);
      days = employeeDays(list, o);
      cuts.set(days.cut, (cuts.get(days.cut) ?? 0) + 1);
      if (days.rotating) rotating++;
      const misfit = days.runs.filter((r) => r.misfit).length;
      misfits += misfit;
      if (misfit) misfitEmployees++;
      pairInferred(days, o, out);
    }
    const shifts = anchorShifts(out.stretches.slice(from), o);
    // Looked for only when needed (dateWorkDays), as devices' states are used for most logs.
    const workDayOf = () => (days ?? employeeDays(list, o)).workDayOf;
    redated += dateWorkDays(list, shifts, workDayOf, from, unpairedFrom, o, out);
  }
  const n = out.inferredEmployees.length;
  out.direction =
    n === 0
      ? 'in/out as recorded by the device'
      : states.size === 2 && o.direction !== 'inferred' && n < kept.size
        ? `in/out as recorded, except for ${n} employee${n > 1 ? 's' : ''} with punches of unknown or unreliable direction (inferred: ${out.inferredEmployees.join(', ')})`
        : states.size === 2 && o.direction !== 'inferred'
          ? 'inferred: the in/out states recorded do not pair (first punch of a work day in, last out)'
          : 'inferred: the device recorded no usable in/out states (first punch of a work day in, last out)';
  if (n > 0) out.notes.push(workDayNote(cuts, rotating, o));
  if (misfits)
    out.warnings.push(
      told(
        reason('clock_day_starts_misfit', {
          at: hhmm(o.dayStarts ?? 0),
          runs: `${misfits} run${misfits > 1 ? 's' : ''} of days`,
          runs_th: `${misfits} ช่วงวัน`,
          employees: `${misfitEmployees} employee${misfitEmployees > 1 ? 's' : ''}`,
          employees_th: `ลูกจ้าง ${misfitEmployees} คน`,
        }),
      ),
    );
  if (redated)
    out.notes.push(
      `${redated} shift${redated > 1 ? 's' : ''} begun after midnight, in the hours of the employee's night shifts, dated the evening before, the night's work day (a punch of that night rejected or lost, or the next night's shift on the same date)`,
    );
  out.unpaired.sort((a, b) => a.row - b.row);
  return out;
}

function workDayNote(cuts: Map<number, number>, rotating: number, o: ClockOptions): string {
  if (o.dayStarts !== undefined)
    return `inferred work days start at ${hhmm(o.dayStarts)} (--day-starts or clock.day_starts)`;
  const list = [...cuts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .map(([cut, k]) => `${hhmm(cut)} for ${k} employee${k > 1 ? 's' : ''}`);
  const own = rotating
    ? `; ${rotating} employee${rotating > 1 ? 's' : ''} on a rotating roster (a run of days between rests longer than a shift fits another start better): each such run from its own`
    : '';
  return `inferred work days start in each employee's longest daily gap between punches (${list.join(', ')})${own}; --day-starts HH:MM sets one time for all`;
}

/**
 * Punches dated more than a year outside the log's dominant dates: the dates split where a year
 * passes without a punch, and the part with the most punches is the log; the rest are resets.
 */
function withoutClockResets(punches: Punch[], out: Pairing): Punch[] {
  if (punches.length === 0) return punches;
  const perDay = new Map<number, number>();
  for (const p of punches) perDay.set(day(p.date), (perDay.get(day(p.date)) ?? 0) + 1);
  const days = [...perDay.keys()].sort((a, b) => a - b);
  const parts: { from: number; to: number; punches: number }[] = [];
  for (const d of days) {
    const last = parts[parts.length - 1];
    if (last && d - last.to <= RESET_GAP_DAYS) {
      last.to = d;
      last.punches += perDay.get(d)!;
    } else parts.push({ from: d, to: d, punches: perDay.get(d)! });
  }
  if (parts.length === 1) return punches;
  const main = parts.reduce((a, b) => (b.punches > a.punches ? b : a));
  const range = `${isoOf(main.from)} to ${isoOf(main.to)}`;
  const range_th = `${isoOf(main.from)} ถึง ${isoOf(main.to)}`;
  const kept: Punch[] = [];
  for (const p of punches) {
    const d = day(p.date);
    if (d >= main.from && d <= main.to) {
      kept.push(p);
      continue;
    }
    const years = ((d < main.from ? main.from - d : d - main.to) / 365.25).toFixed(1);
    const before = d < main.from;
    const why = reason('clock_reset_punch', {
      at: `${p.date} ${hhmm(p.minute)}`,
      years,
      side: before ? 'before' : 'after',
      side_th: before ? 'ก่อน' : 'หลัง',
      range,
      range_th,
    });
    out.implausible.push({ row: p.row, employee_id: p.employee_id, reason: reasonText(why), why });
  }
  const others = parts.filter((x) => x !== main);
  const count = out.implausible.length;
  const dates = (to: string) =>
    others.map((x) => (x.from === x.to ? isoOf(x.from) : `${isoOf(x.from)} ${to} ${isoOf(x.to)}`)).join(', ');
  out.warnings.push(
    told(
      reason('clock_resets', {
        punches: `${count} punch${count > 1 ? 'es' : ''}`,
        punches_th: `การสแกน ${count} ครั้ง`,
        range,
        range_th,
        dates: dates('to'),
        dates_th: dates('ถึง'),
      }),
    ),
  );
  out.implausible.sort((a, b) => a.row - b.row);
  return kept;
}

/**
 * Re-reads: the same person on the same device within `minutes` of the punch kept before. A
 * re-read of the other state is a re-press that corrects that punch (the later press is the
 * one meant) when that punch does not fit the states before it: an out with no in open, an in
 * while one is. An out that closes an open in, followed by an in, is a short break, kept.
 */
function merge(list: Read[], minutes: number, out: Pairing): Read[] {
  const kept: Read[] = [];
  for (const p of list) {
    let at = -1;
    for (let k = kept.length - 1; k >= 0 && p.abs - kept[k].abs <= minutes; k--) {
      if (kept[k].device === p.device) {
        at = k;
        break;
      }
    }
    const prior = kept[at];
    if (prior && minutes > 0) {
      const other =
        p.direction !== 'unknown' && prior.direction !== 'unknown' && p.direction !== prior.direction;
      if (!other) {
        out.merged++;
        prior.rows.push(p.row);
        continue;
      }
      if (!fitsBefore(kept, at)) {
        prior.direction = p.direction;
        out.corrected++;
        prior.rows.push(p.row);
        continue;
      }
    }
    kept.push(p);
  }
  return kept;
}

/** Whether the state of kept[at] follows from the known states before it (in after out, out after in). */
function fitsBefore(kept: Read[], at: number): boolean {
  let before: Direction = 'unknown';
  for (let k = at - 1; k >= 0 && before === 'unknown'; k--) before = kept[k].direction;
  return kept[at].direction === 'out' ? before === 'in' : before !== 'in';
}

/** Devices whose recorded states leave more than UNRELIABLE_STATES of their punches unpaired; one warning. */
function unreliableDevices(kept: Map<string, Read[]>, o: ClockOptions, out: Pairing): Set<string> {
  const total = new Map<string, number>();
  const unpaired = new Map<string, number>();
  for (const list of kept.values()) {
    const dry: Pairing = { ...out, stretches: [], unpaired: [], warnings: [], notes: [] };
    pairDeclared(list, o, dry);
    const bad = new Set(dry.unpaired.map((u) => u.row));
    for (const p of list) {
      // Punches without a state say nothing about the device's states (their employee is inferred).
      if (p.direction === 'unknown') continue;
      total.set(p.device, (total.get(p.device) ?? 0) + 1);
      if (bad.has(p.row)) unpaired.set(p.device, (unpaired.get(p.device) ?? 0) + 1);
    }
  }
  const devices = new Set<string>();
  for (const [device, n] of total)
    if (n >= STATES_SAMPLE && (unpaired.get(device) ?? 0) / n > UNRELIABLE_STATES) devices.add(device);
  if (devices.size === 0) {
    const n = [...total.values()].reduce((a, b) => a + b, 0);
    const bad = [...unpaired.values()].reduce((a, b) => a + b, 0);
    if (n > 0)
      out.notes.push(
        `in/out states measured: ${n - bad} of ${n} punches pair by the state recorded (${Math.round((100 * (n - bad)) / n)}%); trusted`,
      );
    return devices;
  }
  let affected = 0;
  let all = 0;
  for (const list of kept.values()) {
    all += list.length;
    if (list.some((p) => devices.has(p.device))) affected += list.length;
  }
  const share = (a: number, b: number) => `${Math.round((100 * a) / b)}%`;
  const sorted = [...devices].sort();
  const each = sorted
    .map(
      (d) =>
        `${d ? `device ${d}` : 'the log'}: ${share(unpaired.get(d) ?? 0, total.get(d)!)} of ${total.get(d)} punches unpaired`,
    )
    .join('; ');
  const each_th = sorted
    .map(
      (d) =>
        `${d ? `เครื่อง ${d}` : 'บันทึก'}: ${share(unpaired.get(d) ?? 0, total.get(d)!)} จาก ${total.get(d)} ครั้งไม่ครบคู่`,
    )
    .join('; ');
  out.warnings.push(
    told(reason('clock_states_unreliable', { each, each_th, share: share(affected, all), affected, all })),
  );
  return devices;
}

/** The day before an out-punch when a shift it closes could have begun then (within `max` minutes). */
const dayBefore = (p: Read, max: number): string | undefined =>
  p.minute < max ? isoOf(day(p.date) - 1) : undefined;

function unpaired(p: Read, cause: Reason, out: Pairing, also?: string | string[]): void {
  const others = [...new Set(also === undefined ? [] : [also].flat())].filter((d) => d !== p.date);
  const at = `${p.date} ${hhmm(p.minute)}`;
  const said = { at, cause: reasonText(cause), cause_th: reasonText(cause, 'th') };
  for (const row of p.rows) {
    const why =
      row !== p.row
        ? reason('clock_unpaired_reread', { ...said, line: p.row })
        : reason('clock_unpaired', said);
    out.unpaired.push({
      row,
      reason: reasonText(why),
      why,
      employee_id: p.employee_id,
      date: p.date,
      ...(others.length ? { also: others } : {}),
    });
  }
}

function stretch(a: Read, b: Read, inferred: boolean, o: ClockOptions, out: Pairing): void {
  if (b.abs <= a.abs) {
    unpaired(a, reason('clock_same_minute'), out);
    unpaired(b, reason('clock_same_minute'), out);
    return;
  }
  const base = day(a.date) * 1440;
  out.stretches.push({
    employee_id: a.employee_id,
    date: a.date,
    start: a.abs - base,
    end: b.abs - base,
    break_minutes: 0,
    day_type: dayType(a.date, o),
    row: a.row,
    rows: [...a.rows, ...b.rows].sort((x, y) => x - y),
    ...(inferred ? { inferred: true } : {}),
    // A clock records where it was punched, not that the time between was worked: a worker who
    // punches only in and out takes the lunch break inside the stretch (facts/workday.ts).
    breaksUnrecorded: true,
  });
}

/** Stretches of one shift: each continuing the one before within a break (SHIFT_BREAK_MAX). */
interface Shift {
  stretches: Stretch[];
  /** Its start, in minutes from day 0. */
  abs: number;
}

/**
 * Stretches of one employee, in time order: each continuing a shift takes the shift's start
 * date. Returns the shifts; a stretch after more than a break on the same date starts another.
 */
function anchorShifts(stretches: Stretch[], o: ClockOptions): Shift[] {
  const shifts: Shift[] = [];
  let shift: { date: string; base: number; first: number; lastEnd: number; of: Shift } | undefined;
  for (const s of stretches) {
    const base = day(s.date) * 1440;
    const start = base + s.start;
    const end = base + s.end;
    if (
      shift &&
      start - shift.lastEnd <= SHIFT_BREAK_MAX &&
      end - shift.first <= o.maxShiftHours * 60 &&
      s.date !== shift.date
    ) {
      s.date = shift.date;
      s.start = start - shift.base;
      s.end = end - shift.base;
      s.day_type = dayType(shift.date, o);
      shift.lastEnd = end;
      shift.of.stretches.push(s);
      continue;
    }
    if (shift && s.date === shift.date && start - shift.lastEnd <= SHIFT_BREAK_MAX) {
      shift.lastEnd = end;
      shift.of.stretches.push(s);
      continue;
    }
    const of: Shift = { stretches: [s], abs: start };
    shifts.push(of);
    shift = { date: s.date, base, first: start, lastEnd: end, of };
  }
  return shifts;
}

/**
 * Two clock work days never share a date. A shift is dated by the day its first punch is on;
 * the employee's work days run from a day start on one day to the same time the next (`workDays`
 * gives the work day of a moment: clock-days.ts, per run of days). A shift that begins
 * after midnight, in the work day begun the evening before, takes the evening's date when:
 * the employee's work days evidently begin before midnight (more of them do than not); it starts
 * within the hours of their usual shift (the medians of those work days' start and end); a
 * punch of its work day was rejected (the evening in-punch unpaired, or lost) or the next work
 * day begins on its date; and the evening's date has no other work. Dated by its first punch
 * it would share a date with the next evening's shift, and the hours at home between the two
 * would be a break counted as work (s.27 para 3). Where two work days would still share a date
 * (the evening's date has work, or the employee's work days begin after midnight), the shift
 * unlike the employee's other work days is rejected with the reason: which work day it belongs
 * to is unknown. Shifts of one work day on one date (a split shift) are left as they are. A
 * punch rejected in a work day whose shift took the evening's date leaves that date unknown
 * (`Unpaired.also`). Returns the number of shifts given the evening's date.
 */
function dateWorkDays(
  list: Read[],
  shifts: Shift[],
  workDays: () => (abs: number) => number,
  from: number,
  unpairedFrom: number,
  o: ClockOptions,
  out: Pairing,
): number {
  // Nothing to do unless two shifts share a date or a punch was rejected: the common case costs
  // one pass, and no work day start is looked for where the device's states were used.
  let shared = false;
  for (let k = 1; k < shifts.length && !shared; k++)
    shared = shifts[k].stretches[0].date === shifts[k - 1].stretches[0].date;
  if (!shared && out.unpaired.length === unpairedFrom) return 0;
  const workDayOf = workDays();
  const byRow = new Map<number, Read>();
  for (const p of list) for (const row of p.rows) byRow.set(row, p);
  // Work days with a punch that pairing rejected.
  const rejected = new Set<number>();
  for (let k = unpairedFrom; k < out.unpaired.length; k++) {
    const p = byRow.get(out.unpaired[k].row);
    if (p) rejected.add(workDayOf(p.abs));
  }
  type Dated = { s: Shift; w: number; date: number; moved: boolean; dropped: boolean };
  const dated: Dated[] = shifts.map((s) => ({
    s,
    w: workDayOf(s.abs),
    date: day(s.stretches[0].date),
    moved: false,
    dropped: false,
  }));
  const onDate = new Map<number, Dated[]>();
  for (const x of dated) {
    const on = onDate.get(x.date);
    if (on) on.push(x);
    else onDate.set(x.date, [x]);
  }
  // Whether the employee's work days begin before midnight (on the day the work day began) or
  // after, by their first shifts; and, before midnight, the hours of their usual shift: the
  // medians of those work days' start and end, in minutes after midnight of that day.
  const firsts = new Map<number, Dated>();
  const ends = new Map<number, number>();
  for (const x of dated) {
    if (!firsts.has(x.w)) firsts.set(x.w, x);
    if (x.date === x.w)
      ends.set(x.w, Math.max(ends.get(x.w) ?? 0, x.s.stretches[x.s.stretches.length - 1].end));
  }
  let evening = 0;
  const usualStarts: number[] = [];
  const usualEnds: number[] = [];
  for (const x of firsts.values()) {
    if (x.date !== x.w) {
      evening--;
      continue;
    }
    evening++;
    usualStarts.push(x.s.stretches[0].start);
    usualEnds.push(ends.get(x.w)!);
  }
  const usualStart = median(usualStarts);
  const usualEnd = median(usualEnds);
  let moved = 0;
  for (const x of dated) {
    if (x.date !== x.w + 1 || x.dropped) continue;
    const next = onDate.get(x.date)!.filter((y) => y.w !== x.w && !y.dropped);
    if (next.length === 0 && !rejected.has(x.w)) continue;
    const start = x.s.stretches[0].start + 1440;
    const usual = evening > 0 && start >= usualStart && start < usualEnd;
    // The evening's date is free: no work on it but shifts of this work day moved there.
    const free = (onDate.get(x.w) ?? []).every((y) => y.dropped || (y.w === x.w && y.moved));
    if (usual && free) {
      for (const t of x.s.stretches) {
        t.date = isoOf(x.w);
        t.start += 1440;
        t.end += 1440;
        t.day_type = dayType(t.date, o);
      }
      const was = onDate.get(x.date)!;
      was.splice(was.indexOf(x), 1);
      x.date = x.w;
      x.moved = true;
      const on = onDate.get(x.w);
      if (on) on.push(x);
      else onDate.set(x.w, [x]);
      moved++;
    } else if (next.length) {
      // Of the two, the one unlike the employee's other work days is the one in doubt.
      for (const y of evening < 0 ? next : [x]) {
        y.dropped = true;
        const span = (z: Dated) => {
          const [a, b] = [z.s.stretches[0], z.s.stretches[z.s.stretches.length - 1]];
          return `${a.date} ${hhmm(a.start % 1440)}-${hhmm(b.end % 1440)}`;
        };
        const first = next[0].s.stretches[0];
        const why = reason('clock_shift_undatable', {
          span: span(y),
          next: y === x ? `${first.date} ${hhmm(first.start % 1440)}` : span(x),
        });
        const punches = new Set<Read>();
        for (const t of y.s.stretches) for (const row of t.rows ?? [t.row]) punches.add(byRow.get(row)!);
        for (const p of punches) unpaired(p, why, out, [isoOf(y.w), isoOf(y.w + 1)]);
      }
    }
  }
  if (dated.some((x) => x.dropped)) {
    const kept = dated.filter((x) => !x.dropped).flatMap((x) => x.s.stretches);
    out.stretches.splice(from, out.stretches.length - from, ...kept);
  }
  if (moved === 0) return 0;
  // A punch rejected in a work day whose shift took the evening's date leaves that date unknown.
  const movedTo = new Map<number, string>();
  for (const x of dated) if (x.moved) movedTo.set(x.w, isoOf(x.date));
  for (let k = unpairedFrom; k < out.unpaired.length; k++) {
    const u = out.unpaired[k];
    const p = byRow.get(u.row);
    const date = p && movedTo.get(workDayOf(p.abs));
    if (date === undefined || date === u.date || u.also?.includes(date)) continue;
    u.also = [...(u.also ?? []), date];
  }
  return moved;
}

const median = (xs: number[]): number => {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)];
};

function dayType(date: string, o: ClockOptions): DayType {
  return o.dayTypes[date] ?? o.dayTypes[WEEKDAYS[weekday(day(date))]] ?? 'work';
}

function pairDeclared(list: Read[], o: ClockOptions, out: Pairing): void {
  const max = o.maxShiftHours * 60;
  let open: Read | undefined;
  // The in before `open` when `open` may be its out instead (below).
  let doubt: Read | undefined;
  for (const p of list) {
    if (p.direction === 'unknown') {
      unpaired(p, reason('clock_no_state'), out);
    } else if (p.direction === 'in') {
      if (open) unpaired(open, reason('clock_in_before_in', { next: `${p.date} ${hhmm(p.minute)}` }), out);
      // An in more than a break's length but within a shift after an open in may be that in's
      // out, its state recorded wrong (a night worker's 06:00 out read as an in). Of the two
      // readings, its stretch is counted only if it is no longer than the other's, so that the
      // hours stay a lower bound: taken as an in, 06:00 would start a day of work that never was.
      // A second press within a break's length is an in (pressed again, or back from a break).
      doubt = open && p.abs - open.abs > SHIFT_BREAK_MAX && p.abs - open.abs <= max ? open : undefined;
      open = p;
    } else if (!open) {
      unpaired(p, reason('clock_out_without_in'), out, dayBefore(p, max));
    } else if (p.abs - open.abs > max) {
      unpaired(open, reason('clock_no_out_within', { hours: o.maxShiftHours }), out);
      unpaired(p, reason('clock_no_in_within', { hours: o.maxShiftHours }), out, dayBefore(p, max));
      open = undefined;
    } else if (doubt && p.abs - open.abs > open.abs - doubt.abs) {
      const before = `${doubt.date} ${hhmm(doubt.minute)}`;
      const span = hoursText(p.abs - open.abs);
      unpaired(open, reason('clock_in_may_be_out', { before, span, span_th: thaiHours(span) }), out);
      unpaired(
        p,
        reason('clock_out_of_doubtful_in', { in: `${open.date} ${hhmm(open.minute)}` }),
        out,
        dayBefore(p, max),
      );
      open = undefined;
    } else {
      stretch(open, p, false, o, out);
      open = undefined;
    }
  }
  if (open) unpaired(open, reason('clock_in_without_out'), out);
}

/** Pairs each run of punches as its reading says; a rotating roster's runs that read two ways pair only where they agree. */
function pairInferred(days: EmployeeDays, o: ClockOptions, out: Pairing): void {
  for (const run of days.runs) {
    const r = days.rotating && run.rivals.length ? settle(run) : run.reading;
    for (const l of r.left) unpaired(l.p, l.why, out, l.also);
    for (const [a, b] of r.pairs) stretch(a, b, true, o, out);
  }
}
