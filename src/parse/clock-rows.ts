import { type Reason, reason, reasonText } from '../findings/reasons.js';
import type { RawGrid, RawRow } from '../read/table.js';
import { type ClockColumn, normaliseHeader } from './aliases.js';
import { type CellContext, countEra, lookupValue } from './cells.js';
import {
  CLOCK_DEFAULTS,
  type ClockOptions,
  type Direction,
  directionOf,
  directionOfDevice,
  type Punch,
  pairPunches,
} from './clock.js';
import { nightShiftsInto, type UndatedPunch, undatedLostDays } from './clock-lost.js';
import type { InputOptions, LayoutInfo, LostDay, Rejection, UndatedRow, Warning } from './dataset.js';
import type { Mapping } from './header.js';
import type { Profile } from './profile.js';
import type { DayType } from './records.js';
import { problemColumn, quoted, type RowsResult, saidArgs } from './rejections.js';
import { cleanCell, parseDate, parseDateTime, parseTime } from './values.js';

// A time clock's punches to stretches of work, with the rows it cannot read rejected.

export function clockRows(
  grid: RawGrid,
  rows: RawRow[],
  header: string[],
  mapping: Mapping,
  ctx: CellContext,
  layout: LayoutInfo,
  warnings: Warning[],
  o: InputOptions,
  clock?: NonNullable<Profile['hours']>['clock'],
): RowsResult {
  const rejected: Rejection[] = [];
  // Each rejection quotes the punch as written (`value`) and names its employee when the row has
  // one, as the rejections of other files do.
  const reject = (row: number, column: string, reason: string, why?: Reason, of?: PunchOf) =>
    rejected.push({
      file: grid.file,
      row,
      column,
      reason,
      ...(of?.value ? { value: of.value } : {}),
      ...(why ? { why } : {}),
      ...(of?.employee_id ? { employee_id: of.employee_id } : {}),
    });
  const col = (c: ClockColumn) => mapping.byColumn.get(c)?.[0];
  const [iId, iDt, iDate, iTime, iState, iDevice] = [
    col('employee_id'),
    col('datetime'),
    col('date'),
    col('time'),
    col('state'),
    col('device'),
  ];
  const punches: Punch[] = [];
  const lost: LostDay[] = [];
  // Punches rejected before their date was read: their days are found from the punches around them.
  const undated: UndatedPunch[] = [];
  const punchOf = (row: RawRow, id?: string): PunchOf & { date: string } => ({
    ...punchText(row, iDt, iDate, iTime),
    employee_id: id ?? (iId === undefined ? '' : cleanCell(row.cells[iId] ?? '')),
  });
  const lostUndated = (row: RawRow, of: PunchOf) =>
    undated.push({
      row: row.line,
      at: punches.length,
      ...(of.employee_id ? { employee_id: of.employee_id } : {}),
    });
  // A missing punch written as "-", "--", "ไม่ได้สแกน" or left empty: one rejection per row, one
  // warning per employee and day.
  const missingDays = new Map<string, number[]>();
  for (const row of rows) {
    if (row.problem) {
      const at = row.problem.cell;
      // A record the reader could not split (a corrupt log line) is one cell: its whole text,
      // whose employee is not known.
      const whole = at === undefined && row.cells.length === 1;
      const of: PunchOf = {
        value: cleanCell(at !== undefined ? (row.cells[at] ?? '') : row.cells.join(' ')),
        employee_id: whole || iId === undefined ? '' : cleanCell(row.cells[iId] ?? ''),
      };
      reject(row.line, problemColumn(header, mapping, at, o.redact), row.problem.reason, undefined, of);
      lostUndated(row, of);
      continue;
    }
    const cell = (i: number | undefined) => (i === undefined ? '' : (row.cells[i] ?? ''));
    const id = cleanCell(cell(iId));
    if (id === '') {
      const of = punchOf(row, '');
      reject(row.line, 'employee_id', ...saidArgs('required_missing', {}), of);
      // A punch of someone: of anyone who punched on the days around it.
      if (of.value) lostUndated(row, of);
      continue;
    }
    const of = punchOf(row, id);
    let when: { date: string; minute: number; second: number };
    if (iDt !== undefined) {
      if (isMissingPunch(cell(iDt))) {
        reject(row.line, 'datetime', ...saidArgs('missing_punch', { value: quoted(cell(iDt)) }), of);
        lostUndated(row, of);
        continue;
      }
      const dt = parseDateTime(cell(iDt), ctx.date);
      if (!dt.ok) {
        reject(row.line, 'datetime', dt.error, dt.why, of);
        lostUndated(row, of);
        continue;
      }
      when = dt.value;
      countEra(of.date, ctx);
    } else {
      const d = parseDate(cell(iDate), ctx.date);
      if (!d.ok) {
        reject(row.line, 'date', d.error, d.why, of);
        lostUndated(row, of);
        continue;
      }
      if (isMissingPunch(cell(iTime))) {
        reject(
          row.line,
          'time',
          ...saidArgs('missing_punch_on', { date: d.value, value: quoted(cell(iTime)) }),
          of,
        );
        lost.push({ employee_id: id, date: d.value, row: row.line });
        const key = `${id}\u0000${d.value}`;
        missingDays.set(key, [...(missingDays.get(key) ?? []), row.line]);
        continue;
      }
      const t = parseTime(cell(iTime));
      if (!t.ok || t.value >= 1440) {
        lost.push({ employee_id: id, date: d.value, row: row.line });
        if (t.ok) reject(row.line, 'time', ...saidArgs('not_a_time_of_day', { value: cell(iTime) }), of);
        else reject(row.line, 'time', t.error, t.why, of);
        continue;
      }
      when = { date: d.value, minute: t.value, second: 0 };
      countEra(of.date, ctx);
    }
    const rawState = cell(iState);
    const mapped = lookupValue('state', rawState, ctx.values);
    const device = cleanCell(cell(iDevice));
    let direction: Direction = directionOf(mapped ?? rawState);
    if (direction === 'unknown' && device) direction = directionOfDevice(device);
    punches.push({ employee_id: id, ...when, direction, device, row: row.line });
  }
  for (const [key, lines] of missingDays) {
    const date = key.split('\u0000')[1];
    const why = reason('clock_missing_punch_day', {
      date,
      lines: `line${lines.length > 1 ? 's' : ''} ${lines.join(', ')}`,
      lines_th: `บรรทัด ${lines.join(', ')}`,
    });
    warnings.push({ file: grid.file, row: lines[0], column: 'time', message: reasonText(why), why });
  }
  const options: ClockOptions = {
    mergeMinutes: o.mergeMinutes ?? clock?.merge_minutes ?? CLOCK_DEFAULTS.mergeMinutes,
    maxShiftHours: clock?.max_shift_hours ?? CLOCK_DEFAULTS.maxShiftHours,
    direction: clock?.direction ?? CLOCK_DEFAULTS.direction,
    dayTypes: Object.fromEntries(
      Object.entries(clock?.day_types ?? {}).map(([k, v]) => [k.toLowerCase(), v as DayType]),
    ),
    dayStarts: o.dayStarts ?? (clock?.day_starts === undefined ? undefined : minutesOfDay(clock.day_starts)),
  };
  const pairing = pairPunches(punches, options);
  // The punches paired (or not) by their lines, for the rejections to quote.
  const quote = new Map<number, PunchOf>();
  for (const u of [...pairing.implausible, ...pairing.unpaired])
    quote.set(u.row, { value: '', employee_id: '' });
  if (quote.size)
    for (const row of rows) if (quote.has(row.line) && !row.problem) quote.set(row.line, punchOf(row));
  for (const u of pairing.implausible) reject(u.row, 'datetime', u.reason, u.why, quote.get(u.row));
  const implausible = new Set(pairing.implausible.map((u) => u.row));
  // A punch of a clock that was reset is work whose real date is not known (`UndatedRow`), as is
  // a punch of an employee with no dated punch to place it by.
  const dateless: UndatedRow[] = [];
  for (const u of pairing.implausible)
    if (u.employee_id !== undefined) dateless.push({ employee_id: u.employee_id, row: u.row });
  // The lost days so far are calendar days (a punch's date, or the dates around an undated one):
  // a night shift begun the day before may be the work day they belong to.
  for (const l of undatedLostDays(undated, punches, implausible, (u) => dateless.push(u))) lost.push(l);
  for (const l of nightShiftsInto([...lost], pairing.stretches)) lost.push(l);
  for (const u of pairing.unpaired) {
    reject(u.row, 'datetime', u.reason, u.why, quote.get(u.row));
    if (u.employee_id !== undefined && u.date !== undefined) {
      lost.push({ employee_id: u.employee_id, date: u.date, row: u.row });
      for (const date of u.also ?? []) lost.push({ employee_id: u.employee_id, date, row: u.row });
    }
    warnings.push({ file: grid.file, row: u.row, column: 'datetime', message: u.reason, why: u.why });
  }
  for (const w of pairing.warnings) warnings.push({ file: grid.file, column: 'datetime', ...w });
  rejected.sort((a, b) => a.row - b.row);
  layout.clock = {
    format: clockFormat(grid, header),
    punches: punches.length,
    merged: pairing.merged,
    stretches: pairing.stretches.length,
    direction: pairing.direction,
  };
  if (pairing.merged) {
    layout.notes.push(
      `${pairing.merged} re-read${pairing.merged > 1 ? 's' : ''} within ${options.mergeMinutes} min merged into the punch before`,
    );
  }
  layout.notes.push(...pairing.notes);
  const used = pairing.stretches.reduce((s, x) => s + (x.rows?.length ?? 1), 0);
  return {
    records: pairing.stretches,
    rejected,
    lost,
    undated: dateless,
    used,
    columns: new Set(CLOCK_CANONICAL),
  };
}

/** A rejected punch as written, and its employee when the row has one ('' when not). */
interface PunchOf {
  value: string;
  employee_id: string;
}

/**
 * A punch's date and time as written (`value`): its date-and-time cell, or its date and time
 * cells; and the cell its date is in (`date`), cleaned once for both: its era is counted from it.
 */
function punchText(row: RawRow, iDt?: number, iDate?: number, iTime?: number) {
  const at = (i: number | undefined) => (i === undefined ? '' : cleanCell(row.cells[i] ?? ''));
  const date = at(iDt ?? iDate);
  if (iDt !== undefined) return { value: date, date };
  return { value: [date, at(iTime)].filter((x) => x !== '').join(' '), date };
}

/** The hours columns a clock log gives: stretches with dates and times, no breaks or day types. */
const CLOCK_CANONICAL = ['employee_id', 'date', 'start', 'end'];
const minutesOfDay = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
};

/** How exports and people write a punch that did not happen (docs/inputs.md, Thai HR exports). */
const MISSING_PUNCH = new Set([
  '',
  '-',
  '--',
  '---',
  'ไม่ได้สแกน',
  'ไม่สแกน',
  'ลืมสแกน',
  'no punch',
  'missing',
  'n/a',
]);

export const isMissingPunch = (raw: string) => MISSING_PUNCH.has(cleanCell(raw).toLowerCase());

function clockFormat(grid: RawGrid, header: string[]): string {
  if (grid.layout === 'zkteco-attlog') return grid.description;
  const h = new Set(header.map(normaliseHeader));
  const html = grid.layout === 'html' ? ' (HTML table)' : '';
  if (h.has('personid') && h.has('attendancestatus')) return `Hikvision attendance export${html}`;
  if (h.has('empcode') && h.has('punchtime')) return 'ZKBio Time transactions export';
  if (h.has('no') && h.has('datetime')) return 'ZKTeco Attendance Management export';
  return 'time-clock punches';
}
