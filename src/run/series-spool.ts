import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dayOf, isoOf } from '../base/calendar.js';
import type { HoursSeries } from '../evaluate/hours.js';

// The hours chart series of a run, one employee's at a time, kept in a temporary file rather than
// the heap: a run of 10M rows holds 20,000 employees x 300 days of them. Each employee's series
// is one record: its days as day numbers, day types as codes and the six minute counts as
// columns (32-bit integers, or 64-bit floats when a value is not one), its weeks likewise.
// A series that this cannot give back exactly (a date not in canonical ISO form) is kept as JSON.

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
    const out = Buffer.allocUnsafe(1 + json.length);
    out[0] = Form.Json;
    json.copy(out, 1);
    return out;
  }
  const ints = s.days.every((d) => MINUTES.every((k) => isInt32(d[k])));
  const width = ints ? 4 : 8;
  const n = s.days.length;
  const out = Buffer.allocUnsafe(
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

interface Kept {
  id: string;
  at: number;
  bytes: number;
}

/**
 * Hours series written to a temporary file as each employee is counted, read back one employee at
 * a time: only where each record is stays in the heap.
 */
export class SeriesSpool {
  private readonly dir: string;
  private fd: number | undefined;
  private at = 0;
  /** In the order they were added (a series added twice is there twice, as in a list). */
  private readonly kept: Kept[] = [];
  /** The last series added of each employee. */
  private readonly last = new Map<string, Kept>();
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private buf = Buffer.alloc(0);

  constructor() {
    this.dir = mkdtempSync(join(tmpdir(), 'labour-check-hours-'));
    this.fd = openSync(join(this.dir, 'hours.bin'), 'w+');
  }

  /** The temporary folder (removed by `remove`). */
  get folder(): string {
    return this.dir;
  }

  readonly add = (s: HoursSeries): void => {
    const record = encodeSeries(s);
    const k = { id: s.employee_id, at: this.at, bytes: record.length };
    this.kept.push(k);
    this.last.set(k.id, k);
    this.at += record.length;
    this.pending.push(record);
    this.pendingBytes += record.length;
    if (this.pendingBytes >= 1 << 20) this.flush();
  };

  get size(): number {
    return this.kept.length;
  }

  /** The employee ids in the order their series were added. */
  ids(): string[] {
    return this.kept.map((k) => k.id);
  }

  /** The last series added for an employee. */
  readonly get = (employeeId: string): HoursSeries | undefined => {
    const k = this.last.get(employeeId);
    return k ? this.read(k) : undefined;
  };

  /** The `i`th series added, under another id when given (a pseudonym). */
  nth(i: number, employeeId?: string): HoursSeries {
    return this.read(this.kept[i], employeeId);
  }

  private read(k: Kept, employeeId = k.id): HoursSeries {
    this.flush();
    if (this.buf.length < k.bytes) this.buf = Buffer.alloc(Math.max(k.bytes, 2 * this.buf.length));
    for (let got = 0; got < k.bytes; ) got += readSync(this.fd!, this.buf, got, k.bytes - got, k.at + got);
    return decodeSeries(employeeId, this.buf.subarray(0, k.bytes));
  }

  private flush(): void {
    if (this.fd === undefined || this.pendingBytes === 0) return;
    const all = Buffer.concat(this.pending);
    for (let at = 0; at < all.length; ) at += writeSync(this.fd, all, at);
    this.pending = [];
    this.pendingBytes = 0;
  }

  remove(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
    rmSync(this.dir, { recursive: true, force: true });
  }
}
