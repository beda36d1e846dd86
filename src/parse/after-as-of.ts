import { type Reason, reason, reasonText } from '../findings/reasons.js';
import type { DataSet, Rejection, Warning } from './dataset.js';
import { withoutPeriods } from './pay-periods.js';
import { type PayrollRow, payRows, type Stretch } from './records.js';
import { cmp } from './stretches.js';

// What is dated after the as-of date is outside the audit: work after it had not been done when
// the records were audited (a misread date, a clock set wrong, or an --as-of before the records
// end), and a pay period that begins after it pays for none of the audited work. Their rows are
// rejected, each located, and said once per file. A pay period that begins before the as-of date
// and ends after it is kept: the checks that set its pay against what was due are undetermined
// for it (evaluate/checks/util.ts, `payUnknown`), since its hours after the date are rejected.

/** Why a stretch is refused as dated after the as-of date, or undefined. */
export function afterAsOf(s: Stretch, o: { asOf?: string }): Reason | undefined {
  if (o.asOf !== undefined && s.date > o.asOf)
    return reason('date_after_as_of', { date: s.date, as_of: o.asOf });
  return undefined;
}

/** The rows rejected as dated after the as-of date, said once in a warning with their count and the first. */
export class AfterAsOf {
  #rows = 0;
  #first = 0;
  #from = '';
  #to = '';

  /** `column` and `id`: the hours' date (work after the date), or the payroll's period_start. */
  constructor(
    private readonly column = 'date',
    private readonly id = 'rows_after_as_of',
  ) {}

  add(row: number, date: string): void {
    this.#rows++;
    if (this.#first === 0 || row < this.#first) this.#first = row;
    if (this.#from === '' || date < this.#from) this.#from = date;
    if (date > this.#to) this.#to = date;
  }

  warnings(file: string, asOf: string | undefined): Warning[] {
    if (this.#rows === 0 || asOf === undefined) return [];
    const n = this.#rows;
    const why = reason(this.id, {
      n_rows: `${n} row${n > 1 ? 's' : ''}`,
      n_rows_th: n,
      as_of: asOf,
      dates: this.#from === this.#to ? this.#from : `${this.#from}..${this.#to}`,
      row: this.#first,
    });
    return [{ file, row: this.#first, column: this.column, message: reasonText(why), why }];
  }
}

/**
 * The data set without its pay periods that begin after the as-of date: each of their payroll
 * rows rejected (`pay_period_starts_after_as_of`, on period_start), counts kept reconciled, and the warning
 * saying them once. Whole-file and streamed runs (run/stream.ts) and `validate` all take it.
 */
export function withoutPayAfterAsOf(
  data: DataSet,
  asOf: string | undefined,
): { data: DataSet; warnings: Warning[] } {
  const file = data.files.payroll;
  if (!file || asOf === undefined || !data.payroll.some((p) => p.period_start > asOf))
    return { data, warnings: [] };
  const after = new AfterAsOf('period_start', 'pay_rows_after_as_of');
  const rejected: Rejection[] = [];
  const dropped = new Set<PayrollRow>();
  for (const p of data.payroll) {
    if (p.period_start <= asOf) continue;
    dropped.add(p);
    const why = reason('pay_period_starts_after_as_of', { date: p.period_start, as_of: asOf });
    const text = reasonText(why);
    for (const row of payRows(p)) {
      rejected.push({ file, row, column: 'period_start', reason: text, why, value: p.period_start });
      after.add(row, p.period_start);
    }
  }
  // The warnings of pay periods of several rows, and of overlaps, said again without these rows.
  const left = withoutPeriods(data.payroll, dropped, file, data.warnings);
  const n = rejected.length;
  const inputs = data.inputs.map((i) =>
    i.kind === 'payroll' ? { ...i, rows_used: i.rows_used - n, rows_rejected: i.rows_rejected + n } : i,
  );
  const all = [...data.rejected, ...rejected].sort(
    (a, b) => cmp(a.file, b.file) || a.row - b.row || cmp(a.column, b.column),
  );
  return {
    data: { ...data, payroll: left.periods, inputs, rejected: all, warnings: left.warnings },
    warnings: after.warnings(file, asOf),
  };
}
