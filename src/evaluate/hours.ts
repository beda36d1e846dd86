import { compareIso, dayOf, isoOf } from '../base/calendar.js';
import type { EmployeeFacts } from '../facts/employee.js';
import type { RulePack } from '../pack/load.js';

/** One employee's per-day hours and weekly overtime, as the report charts draw them. */
export interface HoursSeries {
  employee_id: string;
  days: {
    date: string;
    day_type: 'work' | 'weekly_holiday' | 'public_holiday';
    worked_min: number;
    normal_min: number;
    overtime_min: number;
    holiday_min: number;
    holiday_overtime_min: number;
    /** The day's normal limit L. */
    limit_min: number;
  }[];
  weeks: {
    start: string;
    end: string;
    /** Overtime + holiday work + holiday overtime: what the weekly cap (s.26) counts. */
    overtime_min: number;
    /** The weekly cap in force at the week's start, when the rule pack has one. */
    cap_min?: number;
  }[];
}

/** The chart series of one employee's facts, or undefined when they worked no day. */
export function hoursSeriesOf(pack: RulePack, f: EmployeeFacts): HoursSeries | undefined {
  if (f.days.length === 0) return undefined;
  return {
    employee_id: f.employee.employee_id,
    days: f.days.map((d) => ({
      date: d.date,
      day_type: d.day_type,
      worked_min: d.workedMin,
      normal_min: d.normalMin,
      overtime_min: d.overtimeMin,
      holiday_min: d.holidayMin,
      holiday_overtime_min: d.holidayOvertimeMin,
      limit_min: d.limitMin,
    })),
    weeks: f.weeks.map((w) => {
      const cap = weeklyOvertimeCapMin(pack, w.start);
      return {
        start: w.start,
        end: w.end,
        overtime_min: w.overtimeMin + w.holidayMin + w.holidayOvertimeMin,
        ...(cap !== undefined ? { cap_min: cap } : {}),
      };
    }),
  };
}

/**
 * The weekly overtime cap (s.26, MR No.3) in force on a date, in minutes, for the charts: a number
 * parameter of the s.26 rule, or a pack parameter named for weekly overtime; in hours.
 */
export function weeklyOvertimeCapMin(pack: RulePack, date: string): number | undefined {
  const candidates = [
    ...pack.rules
      .filter((r) => r.citation.section === '26' || r.id.startsWith('lpa-26'))
      .flatMap((r) => Object.values(r.resolved).map((p) => p.series)),
    ...pack.params
      .names()
      .filter((n) => /overtime|(^|_)ot(_|$)/.test(n) && /week/.test(n))
      .map((n) => pack.params.get(n)!),
  ];
  for (const s of candidates) {
    let hit: unknown;
    for (const v of [...s.values].sort((a, b) => compareIso(a.from, b.from)))
      if (v.from <= date) hit = v.value;
    if (typeof hit === 'number' && (s.unit === undefined || /^h/.test(s.unit))) return Math.round(hit * 60);
  }
  return undefined;
}

// A series as one record of bytes, for a run that keeps them in a temporary file (run/series-spool.ts)
// and a worker thread that hands them over: its days as day numbers, day types as codes and the six
// minute counts as columns (32-bit integers, or 64-bit floats when a value is not one), its weeks
// likewise. A series that this cannot give back exactly (a date not in canonical ISO form) is kept
// as JSON.

type Day = HoursSeries['days'][number];
type Week = HoursSeries['weeks'][number];

const DAY_TYPES: readonly Day['day_type'][] = ['work', 'weekly_holiday', 'public_holiday'];
const MINUTES = [
  'worked_min',
  'normal_min',
  'overtime_min',
  'holiday_min',
  'holiday_overtime_min',
  'limit_min',
] as const;

enum Form {
  Int32 = 0,
  Float64 = 1,
  Json = 2,
}

/** The record's header: its form, then the number of days and of weeks. */
const HEAD = 9;
/** Bytes a day takes besides its minutes: its day number and its type. */
const DAY_BYTES = 5;
/** Bytes a week takes: start and end day numbers, overtime and cap as floats, whether it has a cap. */
const WEEK_BYTES = 4 + 4 + 8 + 8 + 1;

const isInt32 = (x: number) => (x | 0) === x && !Object.is(x, -0);

/** The day number of a date that `isoOf` writes back as the same text. */
function dayNumber(date: string): number | undefined {
  const n = dayOf(date);
  return n !== undefined && isoOf(n) === date ? n : undefined;
}

/** One employee's series (without its id, kept in the index) as a record. */
export function encodeSeries(s: HoursSeries): Buffer {
  const days = s.days.map((d) => dayNumber(d.date));
  const types = s.days.map((d) => DAY_TYPES.indexOf(d.day_type));
  const starts = s.weeks.map((w) => dayNumber(w.start));
  const ends = s.weeks.map((w) => dayNumber(w.end));
  const exact =
    days.every((n) => n !== undefined) &&
    types.every((t) => t >= 0) &&
    starts.every((n) => n !== undefined) &&
    ends.every((n) => n !== undefined) &&
    s.weeks.every(
      (w) => typeof w.overtime_min === 'number' && (w.cap_min === undefined || typeof w.cap_min === 'number'),
    ) &&
    s.days.every((d) => MINUTES.every((k) => typeof d[k] === 'number'));
  if (!exact) {
    const json = Buffer.from(JSON.stringify({ days: s.days, weeks: s.weeks }));
    const out = Buffer.allocUnsafeSlow(1 + json.length);
    out[0] = Form.Json;
    json.copy(out, 1);
    return out;
  }
  const ints = s.days.every((d) => MINUTES.every((k) => isInt32(d[k])));
  const width = ints ? 4 : 8;
  const n = s.days.length;
  const out = Buffer.allocUnsafeSlow(
    HEAD + n * (DAY_BYTES + MINUTES.length * width) + s.weeks.length * WEEK_BYTES,
  );
  out[0] = ints ? Form.Int32 : Form.Float64;
  out.writeUInt32LE(n, 1);
  out.writeUInt32LE(s.weeks.length, 5);
  let at = HEAD;
  for (let i = 0; i < n; i++) at = out.writeInt32LE(days[i]!, at);
  for (let i = 0; i < n; i++) out[at++] = types[i];
  for (const k of MINUTES)
    for (const d of s.days) at = ints ? out.writeInt32LE(d[k], at) : out.writeDoubleLE(d[k], at);
  for (let i = 0; i < s.weeks.length; i++) {
    const w = s.weeks[i];
    at = out.writeInt32LE(starts[i]!, at);
    at = out.writeInt32LE(ends[i]!, at);
    at = out.writeDoubleLE(w.overtime_min, at);
    at = out.writeDoubleLE(w.cap_min ?? 0, at);
    out[at++] = w.cap_min === undefined ? 0 : 1;
  }
  return out;
}

/** A record back as the series `encodeSeries` was given, its keys in the same order. */
export function decodeSeries(employeeId: string, b: Uint8Array): HoursSeries {
  const buf = Buffer.from(b.buffer, b.byteOffset, b.byteLength);
  const form = buf[0] as Form;
  if (form === Form.Json) {
    const { days, weeks } = JSON.parse(buf.toString('utf8', 1)) as Pick<HoursSeries, 'days' | 'weeks'>;
    return { employee_id: employeeId, days, weeks };
  }
  const n = buf.readUInt32LE(1);
  const nWeeks = buf.readUInt32LE(5);
  const width = form === Form.Int32 ? 4 : 8;
  const typesAt = HEAD + 4 * n;
  const minutesAt = typesAt + n;
  const minute = (k: number, i: number) => {
    const at = minutesAt + (k * n + i) * width;
    return form === Form.Int32 ? buf.readInt32LE(at) : buf.readDoubleLE(at);
  };
  const days: Day[] = new Array(n);
  for (let i = 0; i < n; i++)
    days[i] = {
      date: isoOf(buf.readInt32LE(HEAD + 4 * i)),
      day_type: DAY_TYPES[buf[typesAt + i]],
      worked_min: minute(0, i),
      normal_min: minute(1, i),
      overtime_min: minute(2, i),
      holiday_min: minute(3, i),
      holiday_overtime_min: minute(4, i),
      limit_min: minute(5, i),
    };
  const weeks: Week[] = new Array(nWeeks);
  let at = minutesAt + MINUTES.length * n * width;
  for (let i = 0; i < nWeeks; i++, at += WEEK_BYTES) {
    const start = isoOf(buf.readInt32LE(at));
    const end = isoOf(buf.readInt32LE(at + 4));
    const overtime = buf.readDoubleLE(at + 8);
    weeks[i] = buf[at + 24]
      ? { start, end, overtime_min: overtime, cap_min: buf.readDoubleLE(at + 16) }
      : { start, end, overtime_min: overtime };
  }
  return { employee_id: employeeId, days, weeks };
}
