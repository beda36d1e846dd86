import { addDays, ageFrom, birthdayOf, dayOf, underAge } from '../../base/calendar.js';
import type { EmployeeFacts, PayPeriod } from '../../facts/employee.js';
import type { WorkDay } from '../../facts/workday.js';
import { baht } from '../../findings/money.js';
import { inPeriod, overlapsReason, type Reason, reason, repeatedReason } from '../../findings/reasons.js';
import type { Employee, PayrollRow } from '../../parse/records.js';
import type { CheckContext, Draft } from '../check.js';
import { payLostIn } from './lost-pay.js';

/** The deductions s.76 limits: (2)-(5) and anything else (statutory ones, s.76 (1), are not capped). */
export const CAPPED_DEDUCTIONS = [
  'deduction_union',
  'deduction_coop',
  'deduction_provident',
  'deduction_deposit',
  'deduction_damages',
  'deduction_other',
] as const satisfies readonly (keyof PayrollRow)[];

/** Every deduction column: the statutory ones (s.76 (1)) and the capped. */
export const DEDUCTIONS = ['deduction_statutory', ...CAPPED_DEDUCTIONS] as const;

// Made for every finding on a work day (tens of thousands in a heavy check): a loop, not flatMap.
export function hoursEvidence(days: readonly WorkDay[]): Draft['evidence'] {
  const evidence: Draft['evidence'] = [];
  for (const d of days) for (const row of d.rows) evidence.push({ kind: 'hours', row });
  return evidence;
}

/** The payroll rows of a pay period: several when the payroll gave it in several rows. */
export const periodRows = (p: PayPeriod): number[] => p.pay.rows ?? [p.pay.row];

export const payEvidence = (p: PayPeriod): Draft['evidence'] =>
  p.pay.rows ? p.pay.rows.map((row) => ({ kind: 'payroll', row })) : [{ kind: 'payroll', row: p.pay.row }];

/**
 * Why what was paid for this pay period cannot be set against what was due for it: its dates
 * overlap another period of the payroll without being the same (parse/pay-periods.ts).
 */
export function overlapUnknown(p: PayPeriod): Reason | undefined {
  return p.pay.overlaps ? inPeriod(p, overlapsReason(p.pay.overlaps)) : undefined;
}

/**
 * Why whether a pay period's net pay adds up is unknown: rows of it are
 * identical in every cell, one row exported twice or two equal payments (parse/pay-periods.ts
 * adds their pay and counts their deductions once, the least owed).
 */
export function repeatedUnknown(p: PayPeriod): Reason | undefined {
  return p.pay.repeated ? inPeriod(p, repeatedReason(p.pay.repeated)) : undefined;
}

/**
 * Whether the employment of this pay period runs past the as-of date: the period ends after it,
 * and the employee was not terminated by then. Its hours after the date are rejected as outside
 * the audit, and its pay is for work partly after it.
 */
export function pastAsOf(ctx: Pick<CheckContext, 'asOf' | 'facts'>, p: PayPeriod): boolean {
  const left = ctx.facts.employee.termination_date;
  return (left && left < p.end ? left : p.end) > ctx.asOf;
}

/**
 * Why what was paid for this pay period is not set against what was due for it: it runs past
 * the as-of date (`pastAsOf`), it overlaps another period (`overlapUnknown`), or rejected payroll
 * rows of the employee may be part of its pay (`payLostIn`).
 */
export function payUnknown(
  ctx: Pick<CheckContext, 'asOf' | 'facts' | 'num'>,
  p: PayPeriod,
): Reason | undefined {
  return pastAsOf(ctx, p)
    ? inPeriod(p, reason('pay_period_after_as_of', { as_of: ctx.asOf }))
    : (overlapUnknown(p) ?? payLostIn(ctx, p) ?? netAbove(ctx, p));
}

/** All the deductions of a pay period's row (satang). */
export function deducted(p: PayPeriod): number {
  let sum = 0;
  for (const c of DEDUCTIONS) sum += p.pay[c] ?? 0;
  return sum;
}

/**
 * Why a pay period's amounts are not set against what was due: the net pay is more than its
 * wages less its deductions (by more than `net_pay_tolerance`), so the worker was paid more than
 * the row's amounts say: one of them is typed wrong (1,600 for 16,000 made a s.90 debt of
 * 9,560.00) or a pay column was not exported. A net pay below them gives no shortfall here.
 */
function netAbove(ctx: Pick<CheckContext, 'num'>, p: PayPeriod): Reason | undefined {
  const net = p.pay.net_pay;
  if (net === undefined) return undefined;
  const expected = gross(p) - deducted(p);
  if (net - expected <= Math.round(ctx.num('net_pay_tolerance', p.end) * 100)) return undefined;
  return inPeriod(p, reason('net_pay_above_amounts', { net: baht(net), expected: baht(expected) }));
}

/** Why the s.70 timing of this pay period is not judged: its rows were paid on different dates. */
export function payDatesUnknown(p: PayPeriod): Reason | undefined {
  const dates = p.pay.pay_dates;
  if (!dates) return undefined;
  const text = (none: string) => [...new Set(dates)].map((d) => d || none).join(', ');
  return inPeriod(
    p,
    reason('split_pay_dates', { rows: periodRows(p).join(', '), dates: text('none'), dates_th: text('ไม่มี') }),
  );
}

/** Why a count of this pay period (days_worked, ot_hours, ...) is unknown: given on several of its rows. */
export function countUnknown(p: PayPeriod, column: string): Reason | undefined {
  return p.pay.unknown_counts?.includes(column)
    ? inPeriod(p, reason('split_count_unknown', { column, rows: periodRows(p).join(', ') }))
    : undefined;
}

export const employeeEvidence = (e: Employee): Draft['evidence'] =>
  e.row > 0 ? [{ kind: 'employees', row: e.row }] : [];

/**
 * Why the employee's age is unknown: no birth date, or one whose cell could not be read (kept
 * as unknown, its cell named in a warning: docs/inputs.md, Cells read as unknown).
 */
export function noBirthDate(e: Employee): Reason {
  return e.unreadable?.includes('birth_date') ? reason('birth_date_unreadable') : reason('no_birth_date');
}

/** Under the adult age on `date`? undefined when the birth date is unknown. */
export function isYoung(ctx: CheckContext, date: string): boolean | undefined {
  const b = ctx.facts.employee.birth_date;
  if (!b) return undefined;
  return underAge(b, ctx.num('adult_age', date), date);
}

/**
 * The day number from which the employee is of the adult age on every one of `days`, or
 * undefined when that cannot be said so simply: no plain birth date, the adult age changes
 * between the first day and the last, or a day has no value in force (the questions day by day
 * then say which). A work day before it is under age: `underAge` asked once, not per day.
 */
export function adultFromDay(ctx: CheckContext, days: readonly WorkDay[]): number | undefined {
  const b = ctx.facts.employee.birth_date;
  // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: equivalent, without the shortcut each day is asked on its own, with the same answers
  if (!b || days.length === 0) return undefined;
  // The first and the last day, in whatever order the days come.
  let first = days[0];
  let last = first;
  for (const d of days) {
    // Stryker disable next-line EqualityOperator: `<=` equivalent, no two work days share a day
    if (d.day < first.day) first = d;
    // Stryker disable next-line EqualityOperator: `>=` equivalent, no two work days share a day
    else if (d.day > last.day) last = d;
  }
  const years = oneAdultAge(ctx, first.date, last.date);
  if (years === undefined) return undefined;
  const from = ageFrom(b, years);
  // Stryker disable next-line ConditionalExpression: to `true` equivalent, each day is then asked on its own
  if (from === undefined) return undefined;
  // ageFrom keeps a 29 February in a common year: of age from 1 March, as no day lies between.
  // Stryker disable next-line all: equivalent, a day not found leaves each day to be asked on its own, with the same answers
  return dayOf(from) ?? (from.endsWith('-02-29') ? dayOf(`${from.slice(0, 4)}-03-01`) : undefined);
}

// Stryker disable BlockStatement: equivalent, a block emptied here gives no age, which leaves each day to be asked on its own
/** The adult age in force on every date from `first` to `last` when it is one number, else undefined. */
function oneAdultAge(ctx: CheckContext, first: string, last: string): number | undefined {
  try {
    // Stryker disable next-line StringLiteral: equivalent, no such parameter leaves each day to be asked on its own
    const a = ctx.param('adult_age', first);
    // Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral: equivalent, the pack's adult age is a number, and no age found leaves each day to be asked on its own
    if (typeof a.value !== 'number') return undefined;
    // One value at both ends (the one of the same start date) is the value of every date between.
    // Stryker disable next-line StringLiteral: equivalent, no such parameter leaves each day to be asked on its own
    const end = ctx.param('adult_age', last);
    if (end.from !== a.from) return undefined;
    return a.value;
  } catch {
    // A date with no value: the questions day by day say which.
    return undefined;
  }
}
// Stryker restore BlockStatement

/**
 * isYoung for the work days of this employee, for a rule that asks of many of them: with one
 * adult age over all the days, a comparison of day numbers.
 */
export function youngOnDays(
  ctx: CheckContext,
  days: readonly WorkDay[],
): (d: WorkDay) => boolean | undefined {
  const from = adultFromDay(ctx, days);
  // Stryker disable next-line ConditionalExpression: to `false` equivalent, each day is then asked on its own
  if (from !== undefined) return (d) => d.day < from;
  return (d) => isYoung(ctx, d.date);
}

/** What the age checks make of an employee's birth date against the dates they read. */
export interface BirthPlausibility {
  /** Whether the birth date allows `date` as a day of work or employment; a date it does not is noted. */
  plausible(date: string): boolean;
  /** `date`, or when the birth date does not allow it (noted), the first day it allows. */
  firstPlausible(date: string): string;
  /**
   * Why no age is judged from the birth date: the first day the records have the employee
   * employed is implausible, or a date asked of `plausible` was; undefined when neither is.
   */
  readonly why: Reason | undefined;
}

/**
 * A date before the employee's `plausible_min_work_age` birthday (a negative age included) is
 * a wrong birth date, not a child at work (docs/inputs.md, implausible dates): hours rows of
 * such dates are rejected on parsing, and the age checks judge the other dates they read (pay
 * periods, the hire date, a deposit's pay date) by the same parameter. Such a date gives no
 * finding and leaves the check undetermined for the employee; dates from that birthday on
 * count as before. Without a birth date or the parameter, every date is plausible.
 */
export function birthPlausibility(ctx: CheckContext): BirthPlausibility {
  const birth = ctx.facts.employee.birth_date;
  if (!birth) return ALWAYS_PLAUSIBLE;
  // The first day employed is asked first, so that every age check names the same date.
  return plausibilityOf(birth, ctx.pack, firstEmployed(ctx.facts));
}

/** Without a birth date, every date is plausible. */
const ALWAYS_PLAUSIBLE: BirthPlausibility = {
  plausible: () => true,
  firstPlausible: (date) => date,
  why: undefined,
};

// Apart from birthPlausibility so that its closures hold the birth date and the pack's
// parameters only, not the check's context and with it the employee's facts: holding those
// made the worker promote every employee's days (docs/speed.md, fourteenth pass).
function plausibilityOf(
  birth: string,
  params: CheckContext['pack'],
  first: string | undefined,
): BirthPlausibility {
  const answer: { -readonly [K in keyof BirthPlausibility]: BirthPlausibility[K] } = {
    why: undefined,
    firstPlausible: (date) => {
      // A date before the pack's first value (a hire date typed 1923) is judged by that value:
      // a floor of plausibility, not a figure of law in force on the date.
      const value =
        params.at('plausible_min_work_age', date)?.value ??
        params.get('plausible_min_work_age')?.values[0]?.value;
      if (value === undefined) return date;
      const age = Number(value);
      const birthday = birthdayOf(birth, age);
      if (date >= birthday) return date;
      answer.why ??= reason('implausible_birth_date', { birth_date: birth, date, age, birthday });
      return birthday;
    },
    plausible: (date) => answer.firstPlausible(date) === date,
  };
  if (first !== undefined) answer.plausible(first);
  return answer;
}

/**
 * The first day the records have the employee employed, as s.44 reads them (decision 1): the
 * hire date or the first day worked, or with neither the first pay period's start (before any
 * termination_date).
 */
function firstEmployed({ employee: e, days, periods }: EmployeeFacts): string | undefined {
  const hire = e.hire_date || undefined;
  // Work days come in date order, as s.44 takes its first day worked.
  const worked = days.find((d) => d.workedMin > 0)?.date;
  if (hire !== undefined || worked !== undefined)
    return hire === undefined || (worked !== undefined && worked < hire) ? worked : hire;
  let first: string | undefined;
  for (const p of periods)
    if ((!e.termination_date || p.start <= e.termination_date) && (first === undefined || p.start < first))
      first = p.start;
  return first;
}

/**
 * How long a pregnancy span with no end (`pregnant_to` empty) is taken to run, in days from
 * `pregnant_from` inclusive: the rule's `open_pregnancy_days` in force on `pregnant_from` (a
 * whole pregnancy, as the employer cannot have known of it before it began). An empty end is
 * read as "still pregnant when the file was made", which a cell left empty after the birth (an
 * HR record never closed) would stretch over years of work after it; days past this are not
 * taken as pregnant, and the rules say so (`pregnancySpanUnknown`).
 */
const openPregnancyDays = (ctx: Pick<CheckContext, 'num'>, from: string): number =>
  ctx.num('open_pregnancy_days', from);

/** The last day of the employee's pregnancy span, or undefined without `pregnant_from`. */
function pregnancyEnd(ctx: Pick<CheckContext, 'num'>, e: Employee): string | undefined {
  if (!e.pregnant_from) return undefined;
  return e.pregnant_to ?? addDays(e.pregnant_from, openPregnancyDays(ctx, e.pregnant_from) - 1);
}

/** Whether a date is inside the employee's pregnancy span (its open end read once). */
export function pregnantOn(ctx: Pick<CheckContext, 'num'>, e: Employee): (date: string) => boolean {
  const from = e.pregnant_from;
  const end = pregnancyEnd(ctx, e);
  if (!from || end === undefined) return () => false;
  return (date) => date >= from && date <= end;
}

/**
 * Why some of these days of work cannot be told pregnant or not from the employee's span, or
 * undefined: an end (`pregnant_to`) without a start, or no end and days worked past the
 * `open_pregnancy_days` the open span is taken to run (the pregnancy ended by then; when is unknown).
 */
export function pregnancySpanUnknown(
  ctx: Pick<CheckContext, 'num'>,
  e: Employee,
  days: readonly WorkDay[],
): Reason | undefined {
  if (!e.pregnant_from)
    return e.pregnant_to ? reason('pregnancy_no_start', { to: e.pregnant_to }) : undefined;
  if (e.pregnant_to) return undefined;
  const end = pregnancyEnd(ctx, e) as string;
  const after = days.find((d) => d.workedMin > 0 && d.date > end);
  return after
    ? reason('pregnancy_open', {
        from: e.pregnant_from,
        end,
        date: after.date,
        days: openPregnancyDays(ctx, e.pregnant_from),
      })
    : undefined;
}

/** Gross money due on the pay date: wages plus overtime and holiday pay (satang). */
export function gross(p: PayPeriod): number {
  const x = p.pay;
  return x.base_pay + (x.other_wages ?? 0) + (x.ot_pay ?? 0) + (x.holiday_pay ?? 0) + (x.holiday_ot_pay ?? 0);
}

export const dueDate = (p: PayPeriod): string => p.pay.pay_date ?? p.end;

export const money = baht;

/** Up to three dates, then how many more days. */
const list = (dates: readonly string[]): string =>
  dates.length <= 3
    ? dates.join(', ')
    : `${dates.slice(0, 3).join(', ')} and ${dates.length - 3 === 1 ? '1 more day' : `${dates.length - 3} more days`}`;

/** The dates of a reason, in English and Thai. */
export const datesParam = (dates: readonly string[]) => ({
  dates: list(dates),
  dates_th:
    dates.length <= 3 ? dates.join(', ') : `${dates.slice(0, 3).join(', ')} และอีก ${dates.length - 3} วัน`,
});

export const periodOf = (p: PayPeriod) => ({ start: p.start, end: p.end });

// Per input, once: whether any employee row has a pregnancy span (peers are the whole input).
const pregnancyColumns = new WeakMap<readonly Employee[], boolean>();

/**
 * Why the pregnancy checks (s.39, s.39/1) cannot run for this employee, or undefined when they
 * can. A pregnancy column absent from the input (or empty in every row) is unknown, not "nobody
 * was pregnant": no data, no pass. Men are outside these sections whatever the columns.
 */
export function pregnancyUnknown(ctx: CheckContext): Reason | undefined {
  if (/^(m|male|ช|ชาย)$/i.test(ctx.facts.employee.sex ?? '')) return undefined;
  let known = pregnancyColumns.get(ctx.peers);
  if (known === undefined) {
    known = ctx.peers.some((e) => e.pregnant_from !== undefined || e.pregnant_to !== undefined);
    pregnancyColumns.set(ctx.peers, known);
  }
  return known ? undefined : reason('no_pregnancy_columns');
}

/**
 * Whether a protection of under-18s or of pregnant employees covers a date (undefined: unknown),
 * for dates that may have no work day: those whose record is incomplete.
 */
export function coversDate(
  ctx: CheckContext,
  who: 'young' | 'pregnant',
): (date: string) => boolean | undefined {
  const e = ctx.facts.employee;
  return who === 'young' ? (date) => isYoung(ctx, date) : pregnantOn(ctx, e);
}

/**
 * The work days a protection of under-18s (ss.46-48) or of pregnant employees (s.39/1)
 * covers, by the rule's `who` option, with why the others cannot be told apart: no birth
 * date (none of the days), an implausible one (`birthPlausibility`: not the days before the
 * birthday it names), or no pregnancy columns in the input (none at all).
 */
export function coveredDays(
  ctx: CheckContext,
  who: 'young' | 'pregnant',
): { days: WorkDay[]; unknown?: Reason } {
  const e = ctx.facts.employee;
  if (who === 'pregnant') {
    const unknown = pregnancyUnknown(ctx);
    if (unknown) return { days: [], unknown };
    const span = pregnancySpanUnknown(ctx, e, ctx.facts.days);
    const pregnant = pregnantOn(ctx, e);
    const days = ctx.facts.days.filter((d) => pregnant(d.date));
    return span ? { days, unknown: span } : { days };
  }
  let noBirth = false;
  const youngOn = youngOnDays(ctx, ctx.facts.days);
  const birth = birthPlausibility(ctx);
  const days = ctx.facts.days.filter((d) => {
    const young = youngOn(d);
    if (young === undefined) noBirth = true;
    // Only the young can be too young to work: the adult days need no question.
    return young === true && birth.plausible(d.date);
  });
  if (noBirth) return { days, unknown: noBirthDate(e) };
  return birth.why ? { days, unknown: birth.why } : { days };
}
