import { day, hhmm, WEEKDAYS, weekday } from '../facts/calendar.js';
import { normaliseValue } from './aliases.js';
import type { DayType, Stretch } from './records.js';

// Punches from a time clock to canonical stretches (docs/inputs.md, Time-clock logs):
// - re-reads of one person on one device within `mergeMinutes` are one punch;
// - the device's in/out states are trusted only when the file has both (many devices are set
//   to record none: state 255, "Undefined"); otherwise direction is inferred per work day:
//   its first punch is in, its last out, and the punches between pair up as breaks;
// - a work day runs from its first punch for at most `maxShiftHours`, so a night shift stays
//   on the day it started;
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
}

export const CLOCK_DEFAULTS: ClockOptions = {
  mergeMinutes: 3,
  maxShiftHours: 16,
  direction: 'auto',
  dayTypes: {},
};

export interface Unpaired {
  row: number;
  reason: string;
}

export interface Pairing {
  stretches: Stretch[];
  unpaired: Unpaired[];
  merged: number;
  /** How direction was decided, for the report. */
  direction: string;
  inferredEmployees: string[];
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

interface Read extends Punch {
  abs: number;
  rows: number[];
}

const absMinute = (p: Punch) => day(p.date) * 1440 + p.minute;

export function pairPunches(punches: Punch[], o: ClockOptions): Pairing {
  const byEmployee = new Map<string, Read[]>();
  for (const p of punches) {
    const list = byEmployee.get(p.employee_id) ?? [];
    list.push({ ...p, abs: absMinute(p), rows: [p.row] });
    byEmployee.set(p.employee_id, list);
  }
  const states = new Set(punches.map((p) => p.direction).filter((d) => d !== 'unknown'));
  const deviceStates = o.direction === 'device' || (o.direction === 'auto' && states.size === 2);
  const out: Pairing = { stretches: [], unpaired: [], merged: 0, direction: '', inferredEmployees: [] };
  for (const [id, list] of [...byEmployee.entries()].sort((a, b) =>
    a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0,
  )) {
    list.sort((a, b) => a.abs - b.abs || a.second - b.second || a.row - b.row);
    const useDevice =
      deviceStates && (o.direction === 'device' || list.every((p) => p.direction !== 'unknown'));
    const kept = merge(list, o.mergeMinutes, useDevice, out);
    if (useDevice) pairDeclared(kept, o, out);
    else {
      out.inferredEmployees.push(id);
      pairInferred(kept, o, out);
    }
  }
  const n = out.inferredEmployees.length;
  out.direction =
    n === 0
      ? 'in/out as recorded by the device'
      : deviceStates
        ? `in/out as recorded, except for ${n} employee${n > 1 ? 's' : ''} with punches of unknown direction (inferred: ${out.inferredEmployees.join(', ')})`
        : 'inferred: the device recorded no usable in/out states (first punch of a work day in, last out)';
  out.unpaired.sort((a, b) => a.row - b.row);
  return out;
}

/** Re-reads: the same person on the same device within `minutes` of the punch kept before. */
function merge(list: Read[], minutes: number, useDevice: boolean, out: Pairing): Read[] {
  const kept: Read[] = [];
  for (const p of list) {
    let prior: Read | undefined;
    for (let k = kept.length - 1; k >= 0 && p.abs - kept[k].abs <= minutes; k--) {
      if (kept[k].device === p.device) {
        prior = kept[k];
        break;
      }
    }
    const sameWay =
      !useDevice ||
      prior?.direction === p.direction ||
      p.direction === 'unknown' ||
      prior?.direction === 'unknown';
    if (prior && sameWay && minutes > 0) {
      prior.rows.push(p.row);
      out.merged++;
      continue;
    }
    kept.push(p);
  }
  return kept;
}

function unpaired(p: Read, reason: string, out: Pairing): void {
  const at = `${p.date} ${hhmm(p.minute)}`;
  for (const row of p.rows) {
    out.unpaired.push({
      row,
      reason: `unpaired punch (${at}): ${reason}; not counted as work${row !== p.row ? ` (re-read of line ${p.row})` : ''}`,
    });
  }
}

function stretch(a: Read, b: Read, inferred: boolean, o: ClockOptions, out: Pairing): void {
  if (b.abs <= a.abs) {
    unpaired(a, 'an in and an out in the same minute', out);
    unpaired(b, 'an in and an out in the same minute', out);
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
  });
}

function dayType(date: string, o: ClockOptions): DayType {
  return o.dayTypes[date] ?? o.dayTypes[WEEKDAYS[weekday(day(date))]] ?? 'work';
}

function pairDeclared(list: Read[], o: ClockOptions, out: Pairing): void {
  const max = o.maxShiftHours * 60;
  let open: Read | undefined;
  for (const p of list) {
    if (p.direction === 'unknown') {
      unpaired(p, 'the device recorded no in/out state', out);
    } else if (p.direction === 'in') {
      if (open)
        unpaired(
          open,
          `an in-punch with no out-punch before the next in-punch (${p.date} ${hhmm(p.minute)})`,
          out,
        );
      open = p;
    } else if (!open) {
      unpaired(p, 'an out-punch with no in-punch before it', out);
    } else if (p.abs - open.abs > max) {
      unpaired(open, `no out-punch within ${o.maxShiftHours} h`, out);
      unpaired(p, `no in-punch within ${o.maxShiftHours} h before it`, out);
      open = undefined;
    } else {
      stretch(open, p, false, o, out);
      open = undefined;
    }
  }
  if (open) unpaired(open, 'an in-punch with no out-punch after it', out);
}

function pairInferred(list: Read[], o: ClockOptions, out: Pairing): void {
  const max = o.maxShiftHours * 60;
  let i = 0;
  while (i < list.length) {
    const day: Read[] = [list[i]];
    let j = i + 1;
    while (j < list.length && list[j].abs - list[i].abs <= max) day.push(list[j++]);
    i = j;
    if (day.length === 1) {
      unpaired(day[0], 'the only punch of its work day (in or out unknown)', out);
      continue;
    }
    // First in, last out; the punches between are break out / break in pairs. With an odd
    // number between, one of them has lost its partner: drop the one that leaves the
    // shortest breaks (a missed read is likelier than a long unrecorded break).
    const first = day[0];
    const last = day[day.length - 1];
    let middle = day.slice(1, -1);
    if (middle.length % 2 === 1) {
      let best = 0;
      let bestGap = Number.POSITIVE_INFINITY;
      for (let k = 0; k < middle.length; k++) {
        const rest = middle.filter((_, x) => x !== k);
        let gap = 0;
        for (let x = 0; x < rest.length; x += 2) gap += rest[x + 1].abs - rest[x].abs;
        if (gap < bestGap) {
          bestGap = gap;
          best = k;
        }
      }
      unpaired(middle[best], 'an odd punch between the first and the last of its work day', out);
      middle = middle.filter((_, x) => x !== best);
    }
    const bounds = [first, ...middle, last];
    for (let k = 0; k < bounds.length; k += 2) stretch(bounds[k], bounds[k + 1], true, o, out);
  }
}
