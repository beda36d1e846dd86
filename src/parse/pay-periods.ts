import type { Warning } from './dataset.js';
import { MONEY_COLUMNS, PAY_COLUMNS, type PayrollRow, payRows } from './records.js';
import { lineList, warned } from './rejections.js';
import { cmp } from './stretches.js';

// A payroll row is one employee's pay for one period, as a rule. Exports also give a period in
// several rows: a split payment (half on the 15th, the rest at the month's end), an adjustment
// run (back pay, a correction), a second pay slip. Checked row by row, each part of the pay was
// set against the whole period's entitlement (two rows of 6,000 for a 12,000 month: two s.90
// findings, 12,000 "owed"). A check must never compare part of a period's pay with the whole
// period's entitlement, so:
// - rows of one employee with the same period_start and period_end are one pay period whose
//   amounts are added, said in a warning naming the rows;
// - rows of a period identical in every cell are one row exported twice or two equal payments
//   (6,000 and 6,000 on the same day): which is unknown, so each amount is read the way that owes
//   the least. Their pay is added, as a split payment's: a second payment left out would be a
//   false debt. Their deductions are counted once: added, one row exported twice doubled a s.76
//   deduction. An unpaid period owes its pay counted once (`repeated_pay` is what the repeats
//   add), and whether its net pay adds up is undetermined;
// - periods that overlap without being the same say nothing certain of what was paid for each:
//   they are marked (`overlaps`), and the checks that compare pay with what was due for a
//   period are undetermined for them, never a finding.
// Whole-file and streamed runs both put their files together in `assemble`, so both see the
// same periods.

/** The warnings `payPeriods` gives: each names rows of the payroll. */
const ROWS_ADDED = 'pay_period_rows_added';
const REPEATED = 'pay_period_rows_repeated';
const OVERLAP = 'pay_periods_overlap';

/** Money added over the rows of a period (net_pay apart: added only when every row gives it). */
const ADDED = ['base_pay', ...MONEY_COLUMNS.filter((c) => c !== 'net_pay')] as const;

/**
 * Counts a split payment may repeat on each row (26 days on both halves) or split between them:
 * given on one row only (or 0 on the others), the period's; given on several, unknown.
 */
const COUNTS = ['days_worked', 'ot_hours', 'holiday_hours', 'holiday_ot_hours'] as const;

/**
 * The pay periods of a payroll's rows (in employee order): rows of the same period made one,
 * overlapping periods marked. Returns the rows in employee, period start, first row order.
 */
export function payPeriods(rows: readonly PayrollRow[], file: string, warnings: Warning[]): PayrollRow[] {
  const out: PayrollRow[] = [];
  for (let i = 0; i < rows.length; ) {
    let j = i;
    while (j < rows.length && rows[j].employee_id === rows[i].employee_id) j++;
    for (const p of employeePeriods(rows.slice(i, j), file, warnings)) out.push(p);
    i = j;
  }
  return out;
}

function employeePeriods(rows: PayrollRow[], file: string, warnings: Warning[]): PayrollRow[] {
  if (rows.length === 1) return rows;
  const byPeriod = new Map<string, PayrollRow[]>();
  for (const r of rows) {
    const key = `${r.period_start}|${r.period_end}`;
    const same = byPeriod.get(key);
    if (same) same.push(r);
    else byPeriod.set(key, [r]);
  }
  const periods: PayrollRow[] = [];
  for (const same of byPeriod.values()) {
    if (same.length === 1) {
      periods.push(same[0]);
      continue;
    }
    const one = combined(same);
    periods.push(one);
    warnings.push({
      file,
      row: one.row,
      column: 'period_start',
      ...(one.repeated
        ? warned(REPEATED, { ...addedParams(one), repeated: one.repeated.join(', ') })
        : warned(ROWS_ADDED, addedParams(one))),
    });
  }
  // As assemble orders the rows: by start, then by (first) row.
  periods.sort((a, b) => cmp(a.period_start, b.period_start) || a.row - b.row);
  markOverlaps(periods, file, warnings);
  return periods;
}

/**
 * The pay periods left when some are dropped (rejected: they begin after the as-of date), with
 * the warnings `payPeriods` gave them made again without them. A period of several rows is
 * dropped whole (its rows share their dates), so its warning goes; an employee's overlaps are
 * marked again among the periods left, so that no warning and no undetermined check names a
 * rejected row (a period overlapping only rejected ones overlaps nothing).
 */
export function withoutPeriods(
  periods: readonly PayrollRow[],
  dropped: ReadonlySet<PayrollRow>,
  file: string,
  warnings: readonly Warning[],
): { periods: PayrollRow[]; warnings: Warning[] } {
  const droppedRows = new Set<number>();
  const affected = new Set<string>();
  for (const p of dropped) {
    affected.add(p.employee_id);
    for (const r of payRows(p)) droppedRows.add(r);
  }
  const kept: PayrollRow[] = [];
  const again = new Map<string, Warning[]>();
  for (let i = 0; i < periods.length; ) {
    let j = i;
    while (j < periods.length && periods[j].employee_id === periods[i].employee_id) j++;
    const own = periods.slice(i, j).filter((p) => !dropped.has(p));
    if (affected.has(periods[i].employee_id)) {
      // Copies: the data set handed in keeps its own marks.
      const left = own.map(({ overlaps: _, ...p }) => p as PayrollRow);
      const said: Warning[] = [];
      markOverlaps(left, file, said);
      again.set(periods[i].employee_id, said);
      for (const p of left) kept.push(p);
    } else for (const p of own) kept.push(p);
    i = j;
  }
  const out: Warning[] = [];
  for (const w of warnings) {
    const id = w.file === file ? w.why?.id : undefined;
    if ((id === ROWS_ADDED || id === REPEATED) && droppedRows.has(w.row ?? 0)) continue;
    const employee = String(w.why?.params?.id ?? '');
    if (id === OVERLAP && again.has(employee)) {
      for (const said of again.get(employee)!) out.push(said);
      continue;
    }
    out.push(w);
  }
  return { periods: kept, warnings: out };
}

/** One pay period of several rows (in file order): amounts added, counts kept where certain. */
function combined(same: PayrollRow[]): PayrollRow {
  const rows = [...same].sort((a, b) => a.row - b.row);
  const first = rows[0];
  const one: PayrollRow = {
    employee_id: first.employee_id,
    period_start: first.period_start,
    period_end: first.period_end,
    base_pay: 0,
    // Consent to exceed the s.76 caps given on any of the rows: no finding rests on its absence.
    deduction_consent: rows.some((r) => r.deduction_consent),
    row: first.row,
    rows: rows.map((r) => r.row),
  };
  const { repeated, again } = repeatedRows(rows);
  for (const c of ADDED) {
    let sum: number | undefined;
    for (const r of rows) {
      // A deduction of a row repeated is counted once (above).
      if (again.has(r.row) && c.startsWith('deduction_')) continue;
      const v = r[c];
      if (v !== undefined) sum = (sum ?? 0) + v;
    }
    if (sum !== undefined) one[c] = sum;
  }
  if (rows.every((r) => r.net_pay !== undefined))
    one.net_pay = rows.reduce((s, r) => s + (r.net_pay ?? 0), 0);
  const unknown: string[] = [];
  for (const c of COUNTS) {
    const given = rows.filter((r) => r[c] !== undefined);
    const nonZero = given.filter((r) => r[c] !== 0);
    if (nonZero.length > 1) unknown.push(c);
    else if (nonZero.length === 1) one[c] = nonZero[0][c];
    else if (given.length) one[c] = 0;
  }
  if (unknown.length) one.unknown_counts = unknown;
  if (repeated.length) {
    one.repeated = repeated;
    one.repeated_pay = rows
      .filter((r) => again.has(r.row))
      .reduce((n, r) => n + r.base_pay + PAY_COLUMNS.reduce((m, c) => m + (r[c] ?? 0), 0), 0);
  }
  // The latest pay date: s.9 interest on a shortfall runs from it (the later, the less: never
  // more than is owed). The dates are kept when they differ: s.70 takes each as a payment.
  const dates = rows.map((r) => r.pay_date ?? '');
  const latest = [...dates].sort().at(-1) ?? '';
  if (latest) one.pay_date = latest;
  if (dates.some((d) => d !== dates[0])) one.pay_dates = dates;
  return one;
}

/**
 * The rows identical in every cell (but their row number) to another of the rows (`repeated`, in
 * row order), and of those the ones an earlier row repeats (`again`).
 */
function repeatedRows(rows: readonly PayrollRow[]): { repeated: number[]; again: Set<number> } {
  const first = new Map<string, number>();
  const repeated = new Set<number>();
  const again = new Set<number>();
  for (const r of rows) {
    const { row: _, ...cells } = r;
    const key = JSON.stringify(Object.entries(cells).sort(([a], [b]) => cmp(a, b)));
    const at = first.get(key);
    if (at === undefined) first.set(key, r.row);
    else {
      repeated.add(at).add(r.row);
      again.add(r.row);
    }
  }
  return { repeated: [...repeated].sort((a, b) => a - b), again };
}

/** The message params of a combined period's warning: what was added, and what is not known. */
function addedParams(p: PayrollRow): Record<string, string | number> {
  const rows = payRows(p);
  const notes: string[] = [];
  const notesTh: string[] = [];
  if (p.pay_dates) {
    const dates = payDatesText(p.pay_dates, 'none');
    notes.push(
      `paid on different dates (${dates}): s.9 interest on a shortfall of the period runs from the latest; s.70 takes each date as a payment and does not judge a row left unpaid or a gap only a later row ends`,
    );
    notesTh.push(
      `จ่ายคนละวัน (${payDatesText(p.pay_dates, 'ไม่มี')}): ดอกเบี้ยตามมาตรา 9 ของเงินที่ขาดในงวดนี้นับจากวันจ่ายวันหลังสุด มาตรา 70 ถือแต่ละวันเป็นการจ่ายหนึ่งครั้ง และไม่ตัดสินแถวที่ยังไม่จ่ายหรือช่วงห่างที่มีเพียงแถวหลังของงวดปิด`,
    );
  }
  if (p.unknown_counts) {
    const cols = p.unknown_counts.join(', ');
    notes.push(
      `${cols} given on several of them is not added (a split payment may repeat it): unknown for the period`,
    );
    notesTh.push(`${cols} ที่ระบุไว้ในหลายแถวไม่ได้นำมารวมกัน (การแบ่งจ่ายอาจระบุซ้ำ): ไม่ทราบค่าของงวดนี้`);
  }
  return {
    n: rows.length,
    id: p.employee_id,
    start: p.period_start,
    end: p.period_end,
    rows: rows.join(', '),
    notes: notes.map((n) => `; ${n}`).join(''),
    notes_th: notesTh.map((n) => `; ${n}`).join(''),
  };
}

/** "2025-08-31, 2025-09-15, none" for the pay dates of a period's rows. */
function payDatesText(dates: readonly string[], none: string): string {
  return [...new Set(dates)].map((d) => d || none).join(', ');
}

/**
 * Marks each period (sorted by start) with the rows of the employee's other periods it overlaps,
 * and says once per employee which rows those are.
 */
function markOverlaps(periods: PayrollRow[], file: string, warnings: Warning[]): void {
  const marked = new Map<PayrollRow, Set<number>>();
  const mark = (a: PayrollRow, b: PayrollRow) => {
    let set = marked.get(a);
    if (!set) {
      set = new Set();
      marked.set(a, set);
    }
    for (const r of payRows(b)) set.add(r);
  };
  for (let i = 0; i < periods.length; i++) {
    const a = periods[i];
    for (let j = i + 1; j < periods.length && periods[j].period_start <= a.period_end; j++) {
      mark(a, periods[j]);
      mark(periods[j], a);
    }
  }
  if (!marked.size) return;
  const rows: number[] = [];
  const spans: string[] = [];
  for (const p of periods) {
    const set = marked.get(p);
    if (!set) continue;
    p.overlaps = [...set].sort((x, y) => x - y);
    for (const r of payRows(p)) rows.push(r);
    spans.push(`${p.period_start}..${p.period_end}`);
  }
  rows.sort((x, y) => x - y);
  warnings.push({
    file,
    row: rows[0],
    column: 'period_start',
    ...warned(OVERLAP, {
      id: periods[0].employee_id,
      rows: lineList(rows),
      periods: spans.join(', '),
    }),
  });
}
