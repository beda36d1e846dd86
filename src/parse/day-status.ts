import type { RawRow } from '../read/table.js';
import { normaliseHeader } from './aliases.js';
import { type CellContext, canonicalCell, lookupValue } from './cells.js';
import { isMissingPunch } from './clock-rows.js';
import type { NotWorkedDay } from './dataset.js';
import type { Mapping } from './header.js';
import { isAbsenceMark } from './pairs.js';
import { cleanCell } from './values.js';

// Attendance summaries print a row for every day of the roster, days off included: a Hikvision
// attendance record's `Rest` and `Absent` days, a ZKTeco or Thai summary's หยุด, ลา, ขาด, Leave,
// Holiday, Day off in a status column, each with its times blank. Such a row is no work and no
// error: it is skipped and counted as such, not rejected, so that its day is not made unknown.
// By the record nothing was worked that day: the checks of work read it as a day without work
// (a day of rest for s.28, which only work days can make a finding of). It is not read as a day
// unpaid: leave and holidays are paid days not worked, so a check that sets days worked against
// pay (two books, an average per day worked) does not take the day's absence of work as a fact
// about pay (EmployeeFacts.notWorkedDays). A row with such a status and times was worked: its
// times are kept, and its status read no further.

/**
 * Statuses that say the day was not worked, normalised as headers are (case, spaces, dots,
 * hyphens and Thai tone marks dropped): `Day off`, `day-off` and `DAYOFF` are one. Late, Early
 * Leave, Normal and the like say the day was worked.
 */
const NOT_WORKED_STATUSES = [
  // Days off: the roster's rest days and holidays.
  'rest',
  'rest day',
  'day off',
  'off',
  'off day',
  'weekend',
  'holiday',
  'public holiday',
  'weekly holiday',
  'หยุด',
  'วันหยุด',
  'หยุดประจำสัปดาห์',
  'วันหยุดประจำสัปดาห์',
  'หยุดนักขัตฤกษ์',
  'วันหยุดนักขัตฤกษ์',
  'นักขัตฤกษ์',
  // Leave, paid or not.
  'leave',
  'on leave',
  'sick leave',
  'annual leave',
  'personal leave',
  'business leave',
  'maternity leave',
  'ลา',
  'ลาป่วย',
  'ลากิจ',
  'ลาพักร้อน',
  'ลาพักผ่อน',
  'ลาคลอด',
  'ลาบวช',
  // Absence.
  'absent',
  'absence',
  'ขาด',
  'ขาดงาน',
];
const NOT_WORKED = new Set(NOT_WORKED_STATUSES.map(normaliseHeader));

/** Whether a status cell says the day was not worked (a profile's `values.status` first). */
function saysNotWorked(raw: string, values?: CellContext['values']): boolean {
  const v = cleanCell(raw);
  if (v === '') return false;
  return NOT_WORKED.has(normaliseHeader(lookupValue('status', v, values) ?? v));
}

/** A time cell that holds no time: blank, a missing-punch mark (-, ไม่ได้สแกน) or a leave mark (ลา, หยุด). */
const noTime = (raw: string) => cleanCell(raw) === '' || isMissingPunch(raw) || isAbsenceMark(raw);

/**
 * The reader of an hours table's rows of days not worked: a row whose status says so, whose
 * every time cell holds no time, and whose employee and date can be read; undefined for any
 * other row (read as before: used, or rejected with its reason). Undefined when the file has no
 * status or no date column (a row's date is then in its start cell, which such a row leaves blank).
 */
export function notWorkedReader(
  mapping: Mapping,
  ctx: CellContext,
): ((row: RawRow) => NotWorkedDay | undefined) | undefined {
  const status = mapping.byColumn.get('status');
  const id = mapping.byColumn.get('employee_id');
  const date = mapping.byColumn.get('date');
  if (!status || !id || !date) return undefined;
  const times = [
    ...(mapping.byColumn.get('start') ?? []),
    ...(mapping.byColumn.get('end') ?? []),
    ...(mapping.pairs ?? []).flat(),
  ];
  const text = (row: RawRow, idx: number[]) =>
    idx
      .map((i) => cleanCell(row.cells[i] ?? ''))
      .filter(Boolean)
      .join(' ');
  return (row) => {
    if (!saysNotWorked(text(row, status), ctx.values)) return undefined;
    if (!times.every((i) => noTime(row.cells[i] ?? ''))) return undefined;
    // The employee first: a date read (and counted as B.E.) is then the row's only reading of it.
    const e = canonicalCell('employee_id', text(row, id), ctx);
    if (!e.ok || e.value === '') return undefined;
    const d = canonicalCell('date', text(row, date), ctx);
    if (!d.ok || d.value === '') return undefined;
    return { employee_id: e.value, date: d.value, row: row.line };
  };
}
