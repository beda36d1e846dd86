import {
  addDays,
  addMonths,
  birthdayOf,
  day,
  daysInMonth,
  hhmm,
  isoOf,
  WEEKDAYS,
  type Weekday,
  weekday,
} from '../base/calendar.js';
import { workDays } from '../facts/workday.js';
import { baht, Ratio } from '../findings/money.js';
import { reason, reasonText } from '../findings/reasons.js';
import type { RulePack } from '../pack/load.js';
import { assemble, type DataSet, parseTable, type Warning } from '../parse/ingest.js';
import { COLUMNS, type Employee, type FileKind } from '../parse/records.js';
import { YEAR_MIN } from '../parse/values.js';
import { badCharacter } from '../read/decode.js';
import { tableOfText } from '../read/table.js';
import { type Account, dateRange, known, UNKNOWN, type Unknown } from './account.js';
import type { Question, ScreenData } from './data.js';
import { workplaceOf } from './workplace.js';

// An account becomes canonical records (docs/inputs.md, The canonical files) that go through the rule pack like
// any payroll audit: the employee, the usual week repeated over the period worked, and one
// payroll row per calendar month. Nothing here decides a violation; it only writes down what
// the worker said, and the assumptions needed to write it down, each named.

export const WORKER_ID = 'worker';
export type Scenario = 'minimum' | 'likely';
export const SCENARIOS: Scenario[] = ['minimum', 'likely'];

/** One assumption, worded by lang/<language>.yaml assumptions.<key> with its data. */
export interface Assumption {
  key: string;
  data: Record<string, string | number>;
}

export interface Records {
  scenario: Scenario;
  /** Canonical CSV text of each file that could be written; a file left out makes its checks undetermined. */
  csv: Partial<Record<FileKind, string>>;
  /**
   * The same files as `--records` writes them under redaction: the job left out and the
   * workplace as the wage tables read it (a district they do not know left out: its rate is the
   * province's either way), not as the worker wrote them.
   */
  shared: Partial<Record<FileKind, string>>;
  data: DataSet;
  /** For each file left out, the answers it needed that were not known. */
  missing: Partial<Record<FileKind, (keyof Account)[]>>;
  span?: { start: string; end: string };
}

export interface Plan {
  records: Record<Scenario, Records>;
  assumptions: Assumption[];
  /** Rules not run, with the question whose answer made them so and why (undetermined.<reason>). */
  excluded: Map<string, { question: keyof Account; reason: string }>;
  /** Rules whose findings are a lower bound: no finding is not a pass. */
  atLeast: Map<string, keyof Account>;
}

/** What an answer is, for the `when`, `ask_if` and `is` tests of the data files. */
export function answerMatches(v: unknown, expected: unknown): boolean {
  if (Array.isArray(expected)) return expected.some((e) => answerMatches(v, e));
  if (expected === UNKNOWN) return v === undefined || v === UNKNOWN;
  if (v === undefined || v === UNKNOWN) return false;
  if (expected === 'any') return Array.isArray(v) ? v.length > 0 : true;
  if (expected === 'date') return typeof v === 'string' && /^\d{4}-\d{2}(-\d{2})?$/.test(v);
  return v === expected;
}

export function isAsked(q: Question, a: Account): boolean {
  if (!q.ask_if) return true;
  return Object.entries(q.ask_if).every(([id, expected]) => answerMatches(a[id as keyof Account], expected));
}

const earliest = (x: string, y: string) => (x < y ? x : y);
const latest = (x: string, y: string) => (x > y ? x : y);
const satangText = (s: number) => `${Math.floor(s / 100)}.${String(s % 100).padStart(2, '0')}`;
const csvCell = (v: string | number | undefined) => {
  const s = v === undefined ? '' : String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const csvOf = (header: string[], rows: (string | number | undefined)[][]) =>
  [header.join(','), ...rows.map((r) => r.map(csvCell).join(','))].join('\n') + '\n';

interface ScenarioDates {
  start?: string;
  end?: string;
  birth?: string;
  breakMin?: number;
  pregnantFrom?: string;
  pregnantTo?: string;
}

/** Plans both scenarios: the dates and figures each uses, and the assumptions behind them. */
export function plan(given: Account, asOf: string, pack: RulePack, screen: ScreenData): Plan {
  // The day of the account: what it tells runs to that day. Screened later (--as-of after
  // interviewed_on), the weeks between are work no one has described: counted, they made wages,
  // overtime and the current period's pay owed on the account's pattern.
  const told =
    given.interviewed_on !== undefined && given.interviewed_on < asOf ? given.interviewed_on : asOf;
  // A job whose last day is after that day (notice given, the end still to come) had not ended
  // when the worker told of it: it is screened as still working to it. Read as ended, it made
  // severance, notice pay, pay for leave not taken and the final wages owed before the day they
  // fall due (or, screened after that day, owed on answers given before it: "severance received:
  // 0"), and counted the current month's wages as if paid.
  const a: Account =
    known(given.end_date) && given.end_date !== 'still_working' && dateRange(given.end_date).first > told
      ? { ...given, end_date: 'still_working' }
      : given;
  const assumptions: Assumption[] = [];
  const say = (key: string, data: Assumption['data'] = {}) => {
    const said = { key, data };
    assumptions.push(said);
    return said;
  };
  const fig = (k: string) => screen.assumptions[k].value;
  const dates: Record<Scenario, ScenarioDates> = { minimum: {}, likely: {} };
  const missingSpan: (keyof Account)[] = [];

  // The period worked: the shortest the account allows (minimum) and its middle reading (likely).
  const midMonth = (r: { first: string; last: string }) =>
    r.first === r.last
      ? r.first
      : (`${r.first.slice(0, 8)}${String(fig('month_only_likely_day')).padStart(2, '0')}` as string);
  // A date known to the month is said with the days each reading took, once they are settled below.
  const monthOnly: { said: Assumption; at: 'start' | 'end' }[] = [];
  if (known(a.start_date)) {
    const r = dateRange(a.start_date);
    dates.minimum.start = r.last;
    dates.likely.start = midMonth(r);
    if (r.first !== r.last)
      monthOnly.push({
        said: say('start_month_only', { month: a.start_date, minimum: r.last, likely: dates.likely.start }),
        at: 'start',
      });
  } else missingSpan.push('start_date');
  if (a.end_date === 'still_working') {
    dates.minimum.end = dates.likely.end = told;
    // Said as the day of the interview where it is not the screening date.
    say(told < asOf ? 'still_working_interviewed' : 'still_working', { as_of: told });
  } else if (known(a.end_date)) {
    const r = dateRange(a.end_date);
    dates.minimum.end = r.first;
    dates.likely.end = midMonth(r);
    if (r.first !== r.last)
      monthOnly.push({
        said: say('end_month_only', { month: a.end_date, minimum: r.first, likely: dates.likely.end }),
        at: 'end',
      });
  } else missingSpan.push('end_date');
  const startFirst = known(a.start_date) ? dateRange(a.start_date).first : undefined;
  for (const s of SCENARIOS) {
    const d = dates[s];
    // Started on the 20th, left in that month: the job ended on the 20th at the earliest.
    if (d.end && startFirst && d.end < startFirst) d.end = startFirst;
    // "Left in October", told on the 5th: the job ended by the 5th, not on the 15th.
    if (d.end && d.end > told) d.end = told;
    if (d.start && d.end && d.start > d.end) d.start = d.end;
    if (d.start && d.start > asOf) {
      d.start = d.end = undefined;
    }
  }
  if (known(a.start_date) && dates.likely.start === undefined) say('starts_after_as_of', { as_of: asOf });

  // Age: the oldest the answer allows (fewest child-labour protections) and the middle. An age
  // is the one the worker had on the day of the account: counted back from a later screening
  // date, it made them younger by the time between (a caseload screened a year on found
  // 16-year-olds under 15 at the start: a false s.44 finding and sign of child labour).
  const ageOn = a.interviewed_on ?? asOf;
  // The age from which a work date is plausible, as the checks judge it (else a wrong birth date).
  const plausibleAge = (on: string) => {
    const v = pack.params.at('plausible_min_work_age', on)?.value;
    return v === undefined ? undefined : Number(v);
  };
  if (known(a.birth_date)) dates.minimum.birth = dates.likely.birth = a.birth_date;
  else if (known(a.age)) {
    const oldest = addDays(addMonths(ageOn, -(a.age + 1) * 12), 1);
    // An age that puts the birth before any date a record may hold (99 at an interview dated
    // 1950) is left unknown, as an implausible birth date is: the checks needing it undetermined.
    if (Number(oldest.slice(0, 4)) >= YEAR_MIN) {
      dates.minimum.birth = oldest;
      dates.likely.birth = addMonths(ageOn, -(a.age * 12 + fig('age_only_likely_months')));
      // The middle birth date can put the start before the birthday from which a work date is
      // plausible (plausible_min_work_age): the likely reading then loses, as a wrong birth
      // date, the days of a child the older at-least reading keeps, and at least exceeded
      // likely. Likely is at the latest the birth that makes its start plausible, never older
      // than the at-least one: each day of the at-least reading stays in the likely one.
      const start = dates.likely.start;
      const age = start === undefined ? undefined : plausibleAge(start);
      if (start !== undefined && age !== undefined) {
        const youngest = addMonths(start, -age * 12);
        dates.likely.birth = latest(oldest, earliest(dates.likely.birth, youngest));
      }
      say('age_only', { age: a.age, minimum: dates.minimum.birth, likely: dates.likely.birth });
    }
  }

  // A start known to the month read before the birthday from which a work date is plausible
  // (a birth date 27 February, started "in February" read as the 15th): the likely reading
  // would lose that month as a wrong birth date, which the at-least reading, starting later,
  // keeps. Read from that birthday instead, when the month allows it.
  const l = dates.likely;
  const age = l.start === undefined ? undefined : plausibleAge(l.start);
  if (l.start && l.end && l.birth && known(a.start_date) && age !== undefined) {
    const from = birthdayOf(l.birth, age);
    if (from > l.start) l.start = earliest(from, earliest(dateRange(a.start_date).last, l.end));
  }
  // The at-least period lies inside the likely one. Started and left in March, the shortest
  // reading is one day, and taken on the 1st while the likely one is the 15th it could fall
  // before a 15th birthday the likely day is after: an s.44 finding at least, none likely.
  const least = dates.minimum;
  if (!l.start || !l.end) least.start = least.end = undefined;
  else if (least.start && least.end) {
    least.start = earliest(latest(least.start, l.start), l.end);
    least.end = earliest(latest(least.end, least.start), l.end);
  }
  for (const { said, at } of monthOnly) {
    const [minimum, likely] = [dates.minimum[at], dates.likely[at]];
    if (minimum !== undefined && likely !== undefined) Object.assign(said.data, { minimum, likely });
  }

  // Pregnancy: from the latest day the answer allows (minimum) and the middle (likely).
  if (a.pregnant === 'yes' && known(a.pregnant_since)) {
    const r = dateRange(a.pregnant_since);
    dates.minimum.pregnantFrom = r.last;
    dates.likely.pregnantFrom = midMonth(r);
    // "Pregnant since" has no end: the worker may have given birth and worked on. Every later day
    // of the job read as pregnant made s.39 and s.39/1 findings on them; a pregnancy ends at the
    // latest after the longest it lasts.
    const longest = fig('pregnancy_longest_days');
    for (const d of [dates.minimum, dates.likely])
      d.pregnantTo = addDays(d.pregnantFrom as string, longest - 1);
    say('pregnancy_end', { days: longest, to: dates.likely.pregnantTo as string });
  }

  if (known(a.break_minutes)) dates.minimum.breakMin = dates.likely.breakMin = a.break_minutes;
  else {
    dates.minimum.breakMin = fig('break_unknown_minimum');
    dates.likely.breakMin = fig('break_unknown_likely');
    say('break_unknown', { minimum: dates.minimum.breakMin, likely: dates.likely.breakMin });
  }

  const excluded: Plan['excluded'] = new Map();
  const atLeast = new Map<string, keyof Account>();
  for (const q of screen.questions) {
    if (!isAsked(q, a)) continue;
    for (const e of q.effects) {
      if (!answerMatches(a[q.id], e.when)) continue;
      for (const r of e.undetermined)
        if (!excluded.has(r)) excluded.set(r, { question: q.id, reason: e.reason });
      for (const r of e.at_least) if (!atLeast.has(r)) atLeast.set(r, q.id);
    }
  }

  const rest = restDays(a);
  if (rest.assumed) say('rest_days_assumed', { days: rest.days.join(', ') });
  if (known(a.days_per_week) && a.days_per_week === 7) say('seventh_day_ordinary');
  const records = {} as Record<Scenario, Records>;
  for (const s of SCENARIOS)
    records[s] = build(a, s, dates[s], rest.days, missingSpan, asOf, pack, screen, say);
  // With neither hours nor payroll there are no days worked: a check finding nothing then
  // says nothing (a 30-year-old's age says nothing about when they started work).
  const likely = records.likely;
  if (!likely.csv.hours && !likely.csv.payroll) {
    const question = [...(likely.missing.hours ?? []), ...(likely.missing.payroll ?? [])][0] ?? 'start_date';
    for (const r of pack.rules)
      if (!excluded.has(r.id)) excluded.set(r.id, { question, reason: 'no_records' });
  }
  say('usual_week');
  // Assumptions said once per scenario (the same words) are listed once.
  const seen = new Set<string>();
  const unique = assumptions.filter((x) => {
    const k = JSON.stringify(x);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return { records, assumptions: unique, excluded, atLeast };
}

function restDays(a: Account): { days: Weekday[]; assumed: boolean } {
  if (!known(a.days_per_week)) return { days: [], assumed: false };
  const off = 7 - a.days_per_week;
  if (off === 0) return { days: [], assumed: false };
  if (known(a.rest_days) && a.rest_days.length === off) return { days: a.rest_days, assumed: false };
  // Rest days not given: the last days of the week, Sunday first.
  return { days: WEEKDAYS.slice(7 - off), assumed: true };
}

function build(
  a: Account,
  scenario: Scenario,
  d: ScenarioDates,
  rest: Weekday[],
  missingSpan: (keyof Account)[],
  asOf: string,
  pack: RulePack,
  screen: ScreenData,
  say: (key: string, data?: Assumption['data']) => void,
): Records {
  const csv: Records['csv'] = {};
  const missing: Records['missing'] = {};
  const span = d.start && d.end ? { start: d.start, end: d.end } : undefined;
  const unknownOf = (ids: (keyof Account)[]) => ids.filter((id) => !known(a[id]));

  // employees.csv: always written; wage_type is required there, and a wage rate with it, so
  // an unknown wage type or amount is written as piece work (no rate), which no check that
  // runs without a payroll looks at; without both there is no payroll either.
  const wageKnown = known(a.wage_type) && known(a.wage_amount);
  const wageType = wageKnown ? (a.wage_type as string) : 'piece';
  const employee: Record<string, string | number | undefined> = {
    employee_id: WORKER_ID,
    birth_date: d.birth,
    hire_date: span?.start,
    termination_date: known(a.end_date) && a.end_date !== 'still_working' ? span?.end : undefined,
    province: known(a.province) ? a.province : undefined,
    district: freeText(a.district),
    sector: known(a.sector) && a.sector !== 'other' ? a.sector : undefined,
    job_title: freeText(a.job),
    wage_type: wageType,
    // The lowest wage of the job: rates worked out from it (s.68 overtime) are then a lower bound.
    wage_rate: wageType !== 'piece' && known(a.wage_amount) ? satangText(lowestWage(a)) : undefined,
    // Unknown answers leave their column empty: an empty column is an absent one, so the
    // checks that need it are undetermined, never passed.
    work_categories: known(a.work_categories) ? a.work_categories.join(';') : undefined,
    hazardous: known(a.hazardous) ? a.hazardous : undefined,
    sex: a.pregnant === 'yes' ? 'F' : undefined,
    pregnant_from: d.pregnantFrom,
    pregnant_to: d.pregnantTo,
    termination_reason: hasLeft(a) && known(a.termination_reason) ? a.termination_reason : undefined,
    notice_given_on: hasLeft(a) && known(a.notice_given_on) ? a.notice_given_on : undefined,
    annual_leave_days: hasLeft(a) && known(a.annual_leave_days) ? a.annual_leave_days : undefined,
    leave_taken_days: hasLeft(a) && known(a.leave_taken_days) ? a.leave_taken_days : undefined,
  };
  csv.employees = csvOf(Object.keys(employee), [Object.values(employee)]);
  const place = workplaceOf(a, pack);
  const shared = {
    ...employee,
    province: place.province?.en,
    district: place.district?.en,
    job_title: undefined,
  };

  // hours.csv: the usual day on every day of the week the worker works, over the period.
  const hoursNeed = unknownOf(['work_start', 'work_end', 'days_per_week']);
  if (!span || hoursNeed.length) missing.hours = [...missingSpan, ...hoursNeed];
  else {
    const start = a.work_start as number;
    const end = a.work_end as number;
    const spanMin = (end - start + 1440) % 1440;
    const breakMin = Math.min(d.breakMin ?? 0, Math.floor(spanMin / 2));
    // A break whose start is known, inside the day, splits the day into two stretches (s.27).
    const offset = known(a.break_start) ? (a.break_start - start + 1440) % 1440 : undefined;
    const split = offset !== undefined && offset > 0 && offset + breakMin < spanMin ? offset : undefined;
    const holidays = new Set(known(a.holidays_worked) ? a.holidays_worked : []);
    const short = known(a.short_days) && known(a.short_day_end) ? a.short_days : [];
    const nights = a.rotation === 'alternate_weeks' && known(a.night_start) && known(a.night_end);
    const firstWeek = day(span.start) - weekday(day(span.start));
    const rows: (string | number)[][] = [];
    for (let n = day(span.start); n <= day(span.end); n++) {
      const date = isoOf(n);
      const holiday = holidays.has(date);
      if (rest.includes(WEEKDAYS[weekday(n)]) && !holiday) continue;
      const type = holiday ? 'public_holiday' : 'work';
      // Every second calendar week of a rotation is on nights; a short day ends early.
      const onNights = nights && Math.floor((n - firstWeek) / 7) % 2 === 1;
      if (onNights || short.includes(WEEKDAYS[weekday(n)])) {
        const from = onNights ? (a.night_start as number) : start;
        const to = onNights ? (a.night_end as number) : (a.short_day_end as number);
        const len = (to - from + 1440) % 1440;
        // A break is owed after 5 hours of work (s.27): a shorter day is taken to have none.
        const pause = len > 300 ? Math.min(breakMin, Math.floor(len / 2)) : 0;
        if (len > 0) rows.push([WORKER_ID, date, hhmm(from), hhmm(to), pause, type]);
        continue;
      }
      if (split === undefined) rows.push([WORKER_ID, date, hhmm(start), hhmm(end), breakMin, type]);
      else {
        rows.push([WORKER_ID, date, hhmm(start), hhmm(start + split), 0, type]);
        rows.push([WORKER_ID, date, hhmm(start + split + breakMin), hhmm(end), 0, type]);
      }
    }
    if (short.length) say('short_days', { days: short.join(', '), end: hhmm(a.short_day_end as number) });
    if (nights) say('rotation', { start: hhmm(a.night_start as number), end: hhmm(a.night_end as number) });
    csv.hours = csvOf(['employee_id', 'date', 'start', 'end', 'break_minutes', 'day_type'], rows);
  }

  const warnings: Warning[] = [];
  const part = <K extends FileKind>(k: K) => {
    const text = csv[k];
    return text === undefined ? undefined : parseTable(tableOfText(`${k}.csv`, text), k, warnings);
  };
  const employees = part('employees');
  const hours = part('hours');
  const doubt = wageTypeDoubt(a, place, span?.end ?? asOf, pack, screen);
  if (doubt) warnings.push(doubt);

  // payroll.csv: one row per calendar month of the period, paid on the usual day after it.
  const payNeed = unknownOf(['wage_type', 'wage_amount']);
  if ((a.wage_type === 'daily' || a.wage_type === 'hourly') && !csv.hours)
    payNeed.push(...(missing.hours ?? []));
  if (!span || payNeed.length || !wageKnown) missing.payroll = [...new Set([...missingSpan, ...payNeed])];
  else {
    const e = employees!.records[0] as Employee;
    // Days with no parameter in force are left out here; the check reports them undetermined.
    const days = hours ? workDays(e, hours.records, pack.params, []) : [];
    const rows = payroll(a, scenario, span, days, asOf, screen, say);
    if (rows.length) csv.payroll = rows;
    else missing.payroll = [];
  }
  const data = assemble({ employees, hours, payroll: part('payroll') }, warnings);
  // Every pay date of the synthetic payroll is an answer: an empty one is wages the worker said
  // were not paid (withheld_months, final_pay_days: not_paid), never a date not known. A payroll
  // all of whose periods are unpaid has the column empty in every row, which a file read by
  // `check` counts as absent (pay dates unknown): here it is known, and every period is unpaid.
  const payInput = data.inputs.find((i) => i.kind === 'payroll');
  if (payInput && data.payroll.length && !payInput.columns.includes('pay_date'))
    payInput.columns = [...payInput.columns, 'pay_date'].sort();
  if (data.rejected.length) {
    // The records are written here: a rejected row is a bug in this file, not in the account.
    const r = data.rejected[0];
    throw new Error(`synthetic ${r.file} row ${r.row} rejected: ${r.column} ${r.reason}`);
  }
  return {
    scenario,
    csv,
    shared: { ...csv, employees: csvOf(Object.keys(shared), [Object.values(shared)]) },
    data,
    missing,
    span,
  };
}

/**
 * A typed answer as a cell of the synthetic records: a character the reader takes for a
 * mis-decoded file (U+FFFD, a control or private-use character) leaves the cell empty, as an
 * unknown answer does, rather than rejecting the worker's row.
 */
function freeText(v: string | Unknown | undefined): string | undefined {
  return known(v) && badCharacter(v, 'utf-8') === undefined ? v : undefined;
}

const DEDUCTION_COLUMNS = COLUMNS.payroll.optional.filter(
  (c) => c.startsWith('deduction_') && c !== 'deduction_consent',
);
const PAYROLL_HEADER = [
  'employee_id',
  'period_start',
  'period_end',
  'pay_date',
  'days_worked',
  'base_pay',
  'ot_pay',
  'holiday_pay',
  'severance_pay',
  'notice_pay',
  'leave_pay',
  ...DEDUCTION_COLUMNS,
];

/** The wage in force on a date: wage_amount, then each change from the first day it can be. */
function wageOn(a: Account, date: string): number {
  let wage = a.wage_amount as number;
  if (known(a.wage_changes))
    for (const c of a.wage_changes) if (dateRange(c.from).first <= date) wage = c.amount;
  return wage;
}

function lowestWage(a: Account): number {
  const all = [
    a.wage_amount as number,
    ...(known(a.wage_changes) ? a.wage_changes.map((c) => c.amount) : []),
  ];
  return Math.min(...all);
}

/** The pay periods over a span, whole (not cut at its ends): calendar months, halves of months or 7-day weeks. */
function payPeriods(
  span: { start: string; end: string },
  frequency: string,
): { start: string; end: string }[] {
  const out: { start: string; end: string }[] = [];
  if (frequency === 'weekly') {
    for (let n = day(span.start); n <= day(span.end); n += 7)
      out.push({ start: isoOf(n), end: isoOf(n + 6) });
    return out;
  }
  for (let m = `${span.start.slice(0, 7)}-01`; m <= span.end; m = addMonths(m, 1)) {
    const [y, mo] = m.split('-').map(Number);
    const monthEnd = `${m.slice(0, 8)}${String(daysInMonth(y, mo)).padStart(2, '0')}`;
    const halves =
      frequency === 'twice_monthly'
        ? [
            { start: m, end: `${m.slice(0, 8)}15` },
            { start: `${m.slice(0, 8)}16`, end: monthEnd },
          ]
        : [{ start: m, end: monthEnd }];
    for (const h of halves) if (h.end >= span.start && h.start <= span.end) out.push(h);
  }
  return out;
}

const hasLeft = (a: Account) => known(a.end_date) && a.end_date !== 'still_working';

/** An amount received in total, spread over `n` shares in satang (the remainder on the last). */
function shares(total: number, n: number): number[] {
  const each = Math.floor(total / n);
  return Array.from({ length: n }, (_, i) => (i === n - 1 ? total - each * (n - 1) : each));
}

function payroll(
  a: Account,
  scenario: Scenario,
  span: { start: string; end: string },
  days: ReturnType<typeof workDays>,
  asOf: string,
  screen: ScreenData,
  say: (key: string, data?: Assumption['data']) => void,
): string {
  const wage = a.wage_amount as number;
  const left = known(a.end_date) && a.end_date !== 'still_working';
  const delay = known(a.pay_delay_days) ? a.pay_delay_days : screen.assumptions.pay_delay_unknown.value;
  if (!known(a.pay_delay_days)) say('pay_delay_unknown', { days: delay });
  type Row = {
    start: string;
    end: string;
    pay?: string;
    fraction: Ratio;
    full: boolean;
    worked: typeof days;
  };
  const periods: Row[] = [];
  let notDue = 0;
  const frequency = known(a.pay_frequency) ? a.pay_frequency : 'monthly';
  for (const natural of payPeriods(span, frequency)) {
    const [, start] = [natural.start, span.start].sort();
    const [end] = [natural.end, span.end].sort();
    const isFinal = left && end === span.end;
    let pay: string | undefined = addDays(natural.end, delay);
    if (isFinal && known(a.final_pay_days))
      pay = a.final_pay_days === 'not_paid' ? undefined : addDays(end, a.final_pay_days);
    // Wages not yet due on the interview day are not counted (still working, current period).
    if (pay !== undefined && pay > asOf && !isFinal) {
      notDue++;
      continue;
    }
    if (pay !== undefined && pay > asOf) pay = undefined;
    // A month's amounts spread over its days: each day of the period carries 1 / days in its month.
    let fraction = new Ratio(0n);
    for (let n = day(start); n <= day(end); n++) {
      const [y, mo] = isoOf(n).split('-').map(Number);
      fraction = fraction.add(new Ratio(1n, BigInt(daysInMonth(y, mo))));
    }
    const full = start === natural.start && end === natural.end;
    periods.push({
      start,
      end,
      pay,
      fraction,
      full,
      worked: days.filter((x) => x.date >= start && x.date <= end),
    });
  }
  if (notDue) say(frequency === 'monthly' ? 'not_yet_due' : 'not_yet_due_periods', { months: notDue });
  // Wages withheld: those of the most recent months.
  const withheldMonths = known(a.withheld_months) ? a.withheld_months : 0;
  const lastMonth = periods.length ? `${periods[periods.length - 1].start.slice(0, 7)}-01` : '';
  const cutoff = withheldMonths > 0 ? addMonths(lastMonth, -(withheldMonths - 1)) : '9999-12-31';
  const withheldCount = periods.filter((p) => p.end >= cutoff).length;
  const monthsWithheld = new Set(periods.filter((p) => p.end >= cutoff).map((p) => p.end.slice(0, 7))).size;
  if (monthsWithheld) say('withheld_last', { months: Math.min(withheldMonths, monthsWithheld) });
  if (frequency !== 'monthly') say('pay_frequency', { frequency });
  if (periods.some((p) => frequency === 'monthly' && p.fraction.cmp(Ratio.of(1)) < 0)) say('prorated');
  if (known(a.deductions) && a.deductions.length) say('deductions_monthly');
  // An hourly wage is paid for the hours worked: "overtime pay" is then the extra the worker was
  // told of, and the wage itself may well have been paid for the overtime hours too. The likely
  // reading takes the wage as paid for the normal hours only (base_pay) and the overtime pay said
  // for the rest; the minimum takes every overtime hour as paid at the hourly wage, so that only
  // the premium above it is owed (s.61: 1.5 x, of which 1 x paid).
  const hourlyOvertime =
    a.wage_type === 'hourly' && known(a.overtime_pay_per_month) && days.some((x) => x.overtimeMin > 0);
  if (hourlyOvertime) say('hourly_overtime');
  const perMonth = (satang: number, f: Ratio) => f.mul(satang).roundHalfUp();
  // Holiday pay received, spread evenly over the holidays worked, each in the period holding it.
  const worked = known(a.holidays_worked)
    ? a.holidays_worked.filter((h) => h >= span.start && h <= span.end)
    : [];
  const holidayPay = new Map<string, number>();
  if (known(a.holiday_pay_received) && worked.length) {
    const parts = shares(a.holiday_pay_received, worked.length);
    for (const [i, h] of worked.entries()) holidayPay.set(h, parts[i]);
  }
  const rows = periods.map((p, i) => {
    const unpaid = i >= periods.length - withheldCount;
    const isFinal = hasLeft(a) && p.end === span.end;
    const received = (v: number | Unknown | undefined) =>
      known(v) ? satangText(isFinal ? v : 0) : undefined;
    const pay = unpaid ? undefined : p.pay;
    const workedDays = p.worked.filter((x) => x.workedMin > 0);
    let base: number;
    if (a.wage_type === 'daily') base = workedDays.reduce((t, x) => t + wageOn(a, x.date), 0);
    else if (a.wage_type === 'hourly')
      base = p.worked
        .reduce(
          (t, x) => t.add(Ratio.of(wageOn(a, x.date)).mul(new Ratio(BigInt(x.normalMin), 60n))),
          new Ratio(0n),
        )
        .roundHalfUp();
    else if (p.full && known(a.pay_received)) base = a.pay_received;
    else if (!known(a.wage_changes) || a.wage_changes.length === 0) base = perMonth(wage, p.fraction);
    else {
      // A monthly wage that changed within the period: each day at the wage in force that day.
      let sum = new Ratio(0n);
      for (let n = day(p.start); n <= day(p.end); n++) {
        const [y, mo] = isoOf(n).split('-').map(Number);
        sum = sum.add(new Ratio(BigInt(wageOn(a, isoOf(n))), BigInt(daysInMonth(y, mo))));
      }
      base = sum.roundHalfUp();
    }
    const cols: Record<string, number> = {};
    if (known(a.deductions) && !unpaid) {
      for (const x of a.deductions) {
        // Taken only in the months between its start and end, when the worker said them.
        if (x.from && dateRange(x.from).first > p.end) continue;
        if (x.to && dateRange(x.to).last < p.start) continue;
        const col = screen.purposes[x.purpose];
        cols[col] = (cols[col] ?? 0) + perMonth(x.amount, p.fraction);
      }
    }
    const money = (v: number | undefined) => (v === undefined ? undefined : satangText(v));
    return [
      WORKER_ID,
      p.start,
      p.end,
      pay,
      a.wage_type === 'daily' ? workedDays.length : undefined,
      satangText(base),
      known(a.overtime_pay_per_month)
        ? satangText(
            perMonth(a.overtime_pay_per_month, p.fraction) +
              (hourlyOvertime && scenario === 'minimum'
                ? p.worked
                    .reduce(
                      (t, x) => t.add(Ratio.of(wageOn(a, x.date)).mul(new Ratio(BigInt(x.overtimeMin), 60n))),
                      new Ratio(0n),
                    )
                    .roundHalfUp()
                : 0),
          )
        : undefined,
      known(a.holiday_pay_received)
        ? satangText(
            worked
              .filter((h) => h >= p.start && h <= p.end)
              .reduce((t, h) => t + (holidayPay.get(h) ?? 0), 0),
          )
        : undefined,
      hasLeft(a) ? received(a.severance_received) : undefined,
      hasLeft(a) ? received(a.notice_pay_received) : undefined,
      hasLeft(a) ? received(a.leave_pay_received) : undefined,
      // An answer of the deductions, "none" included, is each column's amount: nothing said is 0,
      // not a column left empty, which the check reads as deductions not known (s.76 undetermined).
      ...DEDUCTION_COLUMNS.map((c) => money(known(a.deductions) ? (cols[c] ?? 0) : undefined)),
    ];
  });
  return rows.length ? csvOf(PAYROLL_HEADER, rows) : '';
}

const PAID_BY = (unit: string, th: string) => ({
  hint: `if it is paid by the ${unit}, give that wage type`,
  hint_th: `ถ้าจ่ายเป็นราย${th} ให้ระบุประเภทค่าจ้างนั้น`,
});
const CHECK = { hint: 'check the amount', hint_th: 'ตรวจสอบจำนวนเงิน' };
/** The minimum for each wage type's unit from the daily minimum, and what a wage far from it may be. */
const UNITS = {
  daily: {
    per: 'a day',
    unit_th: 'วัน',
    // The daily minimum itself.
    divisor: undefined,
    times: undefined,
    high: PAID_BY('month', 'เดือน'),
    low: PAID_BY('hour', 'ชั่วโมง'),
  },
  monthly: {
    per: 'a month',
    unit_th: 'เดือน',
    // The daily minimum x the days a monthly wage is divided by (s.68).
    divisor: undefined,
    times: 'monthly_wage_divisor',
    high: CHECK,
    low: PAID_BY('day', 'วัน'),
  },
  hourly: {
    per: 'an hour',
    unit_th: 'ชั่วโมง',
    // The daily minimum / the normal hours of a day.
    divisor: 'normal_hours_per_day',
    times: undefined,
    high: PAID_BY('day', 'วัน'),
    low: CHECK,
  },
} as const;

/**
 * A wage far from the minimum for its unit: a month's wage given as a day's (9,000 a day made
 * an estimate of 2.6 million baht), or a day's as a month's. Said as a warning on the packet,
 * with the minimum it was set against; the estimate keeps the wage as given, since workers in
 * forced labour are at times paid this little.
 */
function wageTypeDoubt(
  a: Account,
  place: ReturnType<typeof workplaceOf>,
  date: string,
  pack: RulePack,
  screen: ScreenData,
): Warning | undefined {
  const type = a.wage_type as keyof typeof UNITS;
  if (!known(a.wage_amount) || !(type in UNITS) || !place.province || !pack.wages) return undefined;
  const w = pack.wages.on(date, { province: place.province.en, district: place.district?.en });
  if (!w.ok) return undefined;
  const u = UNITS[type];
  const factor = (name: string | undefined) => (name ? Number(pack.params.at(name, date)?.value) : 1);
  const minimum = Math.round((w.wage.dailySatang * factor(u.times)) / factor(u.divisor));
  if (!Number.isFinite(minimum) || minimum <= 0) return undefined;
  const wage = a.wage_amount as number;
  const times = screen.assumptions.wage_doubt_above_times.value;
  const share = screen.assumptions.wage_doubt_below_share.value;
  const high = wage > minimum * times;
  if (!high && wage * share >= minimum) return undefined;
  const why = reason(high ? 'wage_type_doubt_high' : 'wage_type_doubt_low', {
    wage: baht(wage),
    per: u.per,
    unit_th: u.unit_th,
    minimum: baht(minimum),
    times,
    share,
    ...(high ? u.high : u.low),
  });
  return { column: 'wage_amount', message: reasonText(why), why };
}
