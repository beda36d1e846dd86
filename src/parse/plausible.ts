import { addDays, birthdayOf, day } from '../base/calendar.js';
import { type Reason, reason, reasonText } from '../findings/reasons.js';
import { AfterAsOf, afterAsOf, withoutPayAfterAsOf } from './after-as-of.js';
import type { DataSet, LostDay, Rejection, UndatedRow, Warning } from './dataset.js';
import { refusedBetween } from './misdated.js';
import type { Employee, Stretch } from './records.js';
import { StretchRejections, withLostDays, withUndatedRows } from './rejections.js';
import { cmp } from './stretches.js';

// Implausible work dates are rejected rows, never findings: a clock that lost its
// clock writes punches dated 2000-01-01 or 1990, and a typo in a birth date makes an adult a
// child. A work date is implausible when it is before the employee's `minWorkAge` birthday or
// more than a year before the dates most of the file's rows have (its dominant range). A date
// before the rule pack's first parameters is kept: the checks report it undetermined.

export interface Plausibility {
  /** The first date every parameter a work day needs is in force (the rule pack's). */
  earliest: string;
  /** No one works before this age: an earlier work date is a clock or data error (when the pack says). */
  minWorkAge?: number;
  /**
   * The as-of date of the check: work dated after it had not been done when the records were
   * audited, so a record of it is a misread date (a month-first file read day-first) or a clock
   * set wrong, and it is rejected rather than judged.
   */
  asOf?: string;
  /**
   * The break a span with its break not recorded is taken to hold, on a date (facts/workday.ts):
   * the longest span that needs none (`after`) and the break (`break`), in minutes; from the pack.
   */
  spanBreak?: (date: string) => { after: number; break: number } | undefined;
}

/**
 * Spans from first in to last out whose break is not recorded (`Stretch.breaksUnrecorded`),
 * longer than the break is due after: said once for the file, with what they are taken to hold.
 */
export class SpansWithoutBreaks {
  #said: { after: number; break: number } | undefined;

  add(s: Stretch, o: Plausibility): void {
    if (this.#said || !s.breaksUnrecorded) return;
    const b = o.spanBreak?.(s.date);
    if (b && s.end - s.start > b.after) this.#said = b;
  }

  warnings(file: string): Warning[] {
    if (!this.#said) return [];
    const why = reason('spans_without_breaks', { after: this.#said.after, break: this.#said.break });
    return [{ file, message: reasonText(why), why }];
  }
}

/**
 * Why a stretch's date cannot be a day of work for this employee, or undefined. A date before
 * the pack's first parameters is not rejected here: the checks say it is undetermined.
 */
export function implausibleDate(s: Stretch, e: Employee | undefined, o: Plausibility): Reason | undefined {
  if (s.date < o.earliest) return undefined;
  const birthday = implausibleBefore(e, o);
  if (birthday !== undefined && s.date < birthday)
    return reason('before_min_work_age', { date: s.date, age: o.minWorkAge!, birthday });
  return undefined;
}

/**
 * The date before which, from the pack's first parameters on, `implausibleDate` may refuse this
 * employee's work dates (their `minWorkAge` birthday), or undefined when it refuses none: a
 * date not before it needs no question, which spares asking for every stretch of an employee.
 */
export function implausibleBefore(e: Employee | undefined, o: Plausibility): string | undefined {
  if (!e?.birth_date || o.minWorkAge === undefined) return undefined;
  const birthday = birthdayOf(e.birth_date, o.minWorkAge);
  return birthday > o.earliest ? birthday : undefined;
}

/** A span of dates with the rows in it. */
export interface Cluster {
  first: string;
  last: string;
  rows: number;
}

export interface DateRange {
  dominant?: Cluster;
  clusters: Cluster[];
}

/**
 * The file's dominant date range: dates sorted and split where two neighbours are more than a
 * year apart; the span holding the most rows. Any date before it is more than a year before it.
 */
export function dateClusters(dates: string[]): DateRange {
  const counts = new Map<string, number>();
  for (const d of dates) counts.set(d, (counts.get(d) ?? 0) + 1);
  return dateClustersOf(counts);
}

/** `dateClusters` of the stretches counted by date (a streamed file counts as it reads). */
export function dateClustersOf(counts: ReadonlyMap<string, number>): DateRange {
  const sorted = [...counts.keys()].sort();
  const clusters: Cluster[] = [];
  for (const d of sorted) {
    const c = clusters.at(-1);
    if (c && day(d) - day(c.last) <= 366) {
      c.last = d;
      c.rows += counts.get(d)!;
    } else clusters.push({ first: d, last: d, rows: counts.get(d)! });
  }
  let dominant: Cluster | undefined;
  for (const c of clusters) if (!dominant || c.rows > dominant.rows) dominant = c;
  return { dominant, clusters };
}

/** Whether some stretch lies more than a year before the dominant range (and is refused by `yearBeforeFile`). */
export const anyLongBefore = ({ dominant, clusters }: DateRange): boolean =>
  dominant !== undefined && clusters.some((c) => c.last < dominant.first);

/** The dates far outside the dominant range, said once each way, grouped. */
export function rangeWarnings(file: string, { dominant, clusters }: DateRange): Warning[] {
  const warnings: Warning[] = [];
  if (!dominant) return warnings;
  const early = clusters.filter((c) => c.last < dominant.first);
  const late = clusters.filter((c) => c.first > dominant.last);
  if (early.length) {
    const rows = early.reduce((n, c) => n + c.rows, 0);
    const why = reason('stretches_long_before', {
      ...stretches(rows),
      dates: early.map((c) => span(c)).join(', '),
      span: span(dominant),
    });
    warnings.push({ file, column: 'date', message: reasonText(why), why });
  }
  if (late.length) {
    const rows = late.reduce((n, c) => n + c.rows, 0);
    const why = reason('stretches_long_after', {
      ...stretches(rows),
      dates: late.map((c) => span(c)).join(', '),
      span: span(dominant),
    });
    warnings.push({ file, column: 'date', message: reasonText(why), why });
  }
  return warnings;
}

/** Why a stretch is refused as more than a year before the file's dominant range, or undefined. */
export function yearBeforeFile(
  s: Stretch,
  dominant: Cluster | undefined,
  o: Plausibility,
): Reason | undefined {
  if (dominant && s.date >= o.earliest && s.date < dominant.first && addDays(s.date, 366) < dominant.first)
    return reason('year_before_file', { date: s.date, span: span(dominant) });
  return undefined;
}

export { AfterAsOf, afterAsOf };

/**
 * The data set without its implausible stretches and its pay periods that begin after the
 * as-of date (after-as-of.ts): each of their rows is rejected with the reason, counts stay
 * reconciled, and dates far outside the dominant range are said once, grouped, in a warning.
 * A date refused for the employee's age is a lost day (`lostDayOf`).
 */
export function withoutImplausibleDates(data: DataSet, o: Plausibility): DataSet {
  const paid = withoutPayAfterAsOf(data, o.asOf);
  const out = withoutImplausibleHours(paid.data, o);
  // Said after the hours' own warnings, as a streamed run says them.
  return paid.warnings.length ? { ...out, warnings: [...out.warnings, ...paid.warnings] } : out;
}

function withoutImplausibleHours(data: DataSet, o: Plausibility): DataSet {
  const file = data.files.hours;
  if (!file || data.stretches.length === 0) return data;
  const byId = new Map(data.employees.map((e) => [e.employee_id, e]));
  // Dates before the pack's first parameters are the checks' to call undetermined: not counted here.
  const range = dateClusters(data.stretches.map((s) => s.date).filter((d) => d >= o.earliest));
  const warnings = rangeWarnings(file, range);
  const rejected: Rejection[] = [];
  // Rows counted once each, and not again when a sibling stretch of theirs was rejected before
  // (made at the first rejection: most files have none).
  let once: StretchRejections | undefined;
  let n = 0;
  const after = new AfterAsOf();
  const spans = new SpansWithoutBreaks();
  const kept: Stretch[] = [];
  const lost: LostDay[] = [];
  const undated: UndatedRow[] = [];
  const lateOf = new Map<string, Stretch[]>();
  for (const s of data.stretches) {
    const young = implausibleDate(s, byId.get(s.employee_id), o);
    const early = young ? undefined : yearBeforeFile(s, range.dominant, o);
    const late = young || early ? undefined : afterAsOf(s, o);
    const why = young ?? early ?? late;
    if (!why) {
      kept.push(s);
      spans.add(s, o);
      continue;
    }
    // Work after the as-of date is outside the audit, not work on a day not known: neither (as streamed).
    if (young) for (const l of lostDayOf(s)) lost.push(l);
    else if (early) for (const u of undatedOf(s)) undated.push(u);
    else if (late) {
      const list = lateOf.get(s.employee_id);
      if (list) list.push(s);
      else lateOf.set(s.employee_id, [s]);
    }
    const text = reasonText(why);
    if (!once) {
      once = new StretchRejections();
      for (const r of data.rejected) if (r.file === file) once.counted(r);
    }
    for (const row of s.rows ?? [s.row]) {
      const r: Rejection = { file, row, column: 'date', reason: text, why, value: s.date };
      if (once.add(r)) {
        rejected.push(r);
        if (late) after.add(row, s.date);
      }
      if (once.counted(r)) n++;
    }
  }
  warnings.push(...after.warnings(file, o.asOf), ...spans.warnings(file));
  // A row refused as after the as-of date between two kept rows in date order may be a year typed wrong.
  if (lateOf.size) {
    const keptOf = new Map<string, Stretch[]>();
    for (const s of kept) {
      if (!lateOf.has(s.employee_id)) continue;
      const list = keptOf.get(s.employee_id);
      if (list) list.push(s);
      else keptOf.set(s.employee_id, [s]);
    }
    for (const [id, late] of lateOf)
      for (const l of refusedBetween(id, keptOf.get(id) ?? [], late)) lost.push(l);
  }

  if (rejected.length === 0) return { ...data, warnings: [...data.warnings, ...warnings] };
  const inputs = data.inputs.map((i) =>
    i.kind === 'hours' ? { ...i, rows_used: i.rows_used - n, rows_rejected: i.rows_rejected + n } : i,
  );
  const all = [...data.rejected, ...rejected].sort(
    (a, b) => cmp(a.file, b.file) || a.row - b.row || cmp(a.column, b.column),
  );
  const lostDays = withLostDays(data.lost, lost);
  const undatedRows = withUndatedRows(data.undated, undated);
  return {
    ...data,
    stretches: kept,
    inputs,
    rejected: all,
    warnings: [...data.warnings, ...warnings],
    ...(lostDays ? { lost: lostDays } : {}),
    ...(undatedRows ? { undated: undatedRows } : {}),
  };
}

/**
 * The lost days of a stretch refused before the employee's `minWorkAge` birthday. The birth date
 * is what is wrong (or the clock), and the work of that date is unknown, not absent: without
 * them a paid period whose hours were all refused read as "paid with no hours" (two-books).
 * A date refused as more than a year before the file is not one: it is a clock's error, and the
 * work's real date is not known (as a clock reset's punches date nothing, clock-lost.ts).
 */
export const lostDayOf = (s: Stretch): LostDay[] =>
  (s.rows ?? [s.row]).map((row) => ({ employee_id: s.employee_id, date: s.date, row }));

/**
 * The rows of a stretch refused as more than a year before the file: work whose real date is
 * not known (`UndatedRow`), so no day of the employee's is known to be one without work.
 */
export const undatedOf = (s: Stretch): UndatedRow[] =>
  (s.rows ?? [s.row]).map((row) => ({ employee_id: s.employee_id, row }));

const stretches = (n: number) => ({
  stretches: `${n} stretch${n > 1 ? 'es' : ''}`,
  stretches_th: `${n} ช่วง`,
});

const span = (c: Cluster) => (c.first === c.last ? c.first : `${c.first}..${c.last}`);
