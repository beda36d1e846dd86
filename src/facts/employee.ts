import { firstNotBefore } from '../base/search.js';
import type { MinimumWageTable } from '../pack/minimum-wage.js';
import type { ParamStore } from '../pack/params.js';
import { halfDaySlips } from '../parse/half-day.js';
import type { DataSet, LostDate, LostPay } from '../parse/ingest.js';
import { misdatedDays } from '../parse/misdated.js';
import type { Employee, PayrollRow, Stretch } from '../parse/records.js';
import { type SkippedDay, type WorkDay, type WorkWeek, workDays, workWeeks } from './workday.js';

/** A pay period: one payroll row with the work days that fall in it. */
export interface PayPeriod {
  employee_id: string;
  start: string;
  end: string;
  pay: PayrollRow;
  days: WorkDay[];
}

/**
 * The days a pay period's payroll says were paid, or undefined when it gives none. A 0 beside
 * wages paid is no count: exports leave the column at 0 (the accounting dash) where they count
 * no days (monthly staff), and read as a count it made "paid for 0 days" (a two-books sign), a
 * day's pay owed of 0, or a piece rate's earnings spread over no days (`zeroDaysPaid`).
 */
export function daysPaid(p: PayPeriod): number | undefined {
  return zeroDaysPaid(p) ? undefined : p.pay.days_worked;
}

/** Whether the payroll gives 0 days worked for a period it pays wages for. */
export const zeroDaysPaid = (p: PayPeriod): boolean => p.pay.days_worked === 0 && p.pay.base_pay > 0;

/** All the facts about one employee that the rules look at. */
export interface EmployeeFacts {
  employee: Employee;
  days: WorkDay[];
  weeks: WorkWeek[];
  periods: PayPeriod[];
  /** Work dates left out of `days` because no parameter was in force on them. */
  skippedDays: SkippedDay[];
  /**
   * Dates on which hours rows of this employee were rejected (in order): the work of those days
   * is unknown, so a count of days or hours there is a lower bound.
   */
  lostDays: readonly string[];
  /**
   * Work dates whose record is incomplete (`lostDays`), in order, with the lines of the rejected
   * rows that make them so. A missing punch may have made or changed anything measured on such a
   * day (its breaks, its hours, its overtime), so the checks of a day leave it undetermined, and
   * sums over days count it at no hours (docs/inputs.md, A day with a rejected row).
   */
  incomplete: ReadonlyMap<string, readonly number[]>;
  /**
   * Lines of this employee's hours rows rejected without a date that could be read (in order):
   * work on days not known, so no day of theirs is known to be one without work. A check that
   * reads the absence of hours as a fact (paid with no hours, more days paid than worked) is
   * undetermined (docs/inputs.md, A day with a rejected row).
   */
  undatedRows: readonly number[];
  /**
   * This employee's payroll rows that were rejected, by pay period (in order; those whose period
   * could not be read last, without dates): what was paid for those periods, or for any period,
   * is not known in full, so no payroll check passes the employee on the rows left
   * (evaluate/checks/lost-pay.ts; docs/inputs.md, A payroll row rejected).
   */
  lostPay: readonly LostPay[];
  /**
   * Dates whose hours rows say the day was not worked (a status of leave, a holiday, a day off or
   * an absence, its times blank), in order. No work is counted on them; but such a day may be
   * paid, so a check that sets days worked against pay (two books, an average per day worked)
   * does not take its absence of work as a fact about pay (parse/day-status.ts).
   */
  notWorkedDays: readonly string[];
}

export interface FactOptions {
  params: ParamStore;
  wages?: MinimumWageTable;
  /** 0 = Monday ... 6 = Sunday. */
  weekStart: number;
}

export function employeeFacts(
  e: Employee,
  stretches: Stretch[],
  payroll: PayrollRow[],
  o: FactOptions,
  lost: readonly LostDate[] = [],
  undatedRows: readonly number[] = [],
  lostPay: readonly LostPay[] = [],
  notWorkedDays: readonly string[] = [],
): EmployeeFacts {
  const skippedDays: SkippedDay[] = [];
  const days = workDays(e, stretches, o.params, skippedDays);
  // Stretches from the parse stage come in date order; a caller's own list may not.
  // Stryker disable next-line BooleanLiteral: equivalent, days taken by filter are the same days
  let inOrder = true;
  for (let i = 1; i < days.length && inOrder; i++) {
    inOrder = days[i - 1].date < days[i].date;
  }
  const periods = payroll.map((pay) => ({
    employee_id: e.employee_id,
    start: pay.period_start,
    end: pay.period_end,
    pay,
    days: inOrder
      ? daysWithin(days, pay.period_start, pay.period_end)
      : days.filter((d) => d.date >= pay.period_start && d.date <= pay.period_end),
  }));
  // Rows in doubt: dated out of the file's order, or a time read 12 hours wrong.
  const misdated = [...misdatedDays(stretches, undatedRows, lost), ...halfDaySlips(stretches)];
  const incomplete = incompleteDays(misdated.length ? [...lost, ...misdated] : lost);
  return {
    employee: e,
    days,
    weeks: workWeeks(days, o.weekStart),
    periods,
    skippedDays,
    lostDays: [...incomplete.keys()],
    incomplete,
    undatedRows,
    lostPay,
    notWorkedDays,
  };
}

const NONE: ReadonlyMap<string, readonly number[]> = new Map();

/** The dates of `lost` with their rows, in date order; a date listed twice has the rows of both. */
export function incompleteDays(lost: readonly LostDate[]): ReadonlyMap<string, readonly number[]> {
  if (lost.length === 0) return NONE;
  const out = new Map<string, readonly number[]>();
  for (const l of [...lost].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))) {
    const had = out.get(l.date);
    out.set(l.date, had ? [...new Set([...had, ...l.rows])].sort((a, b) => a - b) : l.rows);
  }
  return out;
}

/**
 * The work days from `start` to `end` inclusive, of days in date order: the first is found by
 * halving and the rest are the run after it, so a pay period costs its own days, not the year's.
 */
export function daysWithin(days: WorkDay[], start: string, end: string): WorkDay[] {
  const lo = firstNotBefore(days.length, (i) => days[i].date < start);
  let to = lo;
  while (to < days.length && days[to].date <= end) to++;
  return days.slice(lo, to);
}

/** Facts for every employee, in employee order. Input lists are sorted by employee already. */
export function* allEmployeeFacts(data: DataSet, o: FactOptions): Generator<EmployeeFacts> {
  let si = 0;
  let pi = 0;
  for (const e of data.employees) {
    const st: Stretch[] = [];
    while (si < data.stretches.length && data.stretches[si].employee_id < e.employee_id) si++;
    while (si < data.stretches.length && data.stretches[si].employee_id === e.employee_id)
      st.push(data.stretches[si++]);
    const pr: PayrollRow[] = [];
    while (pi < data.payroll.length && data.payroll[pi].employee_id < e.employee_id) pi++;
    while (pi < data.payroll.length && data.payroll[pi].employee_id === e.employee_id)
      pr.push(data.payroll[pi++]);
    const id = e.employee_id;
    yield employeeFacts(
      e,
      st,
      pr,
      o,
      data.lost?.get(id),
      data.undated?.get(id),
      data.lostPay?.get(id),
      data.notWorked?.get(id),
    );
  }
}
