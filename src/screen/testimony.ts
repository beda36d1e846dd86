import { addDays, addMonths, birthdayOf } from '../base/calendar.js';
import type { Reason } from '../findings/reasons.js';
import type { RulePack } from '../pack/load.js';
import { ParamStore } from '../pack/params.js';
import { type Account, dateRange, known } from './account.js';
import type { ScreenData } from './data.js';

// A worker's account is their own word, not a clock. The rule pack's `plausible_min_work_age`
// (a work date before the 10th birthday is a clock reset or a mistyped birth date, its rows
// rejected) guards payroll files; applied to an account it dropped the days of a child who
// started at 9, left s.44 undetermined and spoke of rejected rows the worker never wrote. The
// screen runs the pack with that parameter set to the youngest age an account takes
// (`youngest_work_age` in rules/screen/questions.yaml); a start before it is an invalid
// answer (`startTooYoung`), said to the caseworker rather than dropped in silence.

const PARAM = 'plausible_min_work_age';

/** The youngest age at which an account may have the worker start (rules/screen/questions.yaml). */
export const youngestWorkAge = (data: Pick<ScreenData, 'assumptions'>): number =>
  data.assumptions.youngest_work_age.value;

const screenPacks = new WeakMap<RulePack, RulePack>();

/** The rule pack as the screen runs it: the same, but for the age below which work is implausible. */
export function screenPack(pack: RulePack, data: Pick<ScreenData, 'assumptions'>): RulePack {
  const had = screenPacks.get(pack);
  if (had) return had;
  const params = new ParamStore();
  for (const n of pack.params.names()) params.set(n, pack.params.get(n)!);
  const series = pack.params.get(PARAM);
  const youngest = data.assumptions.youngest_work_age;
  if (series)
    params.set(PARAM, {
      ...series,
      values: series.values.map((v) => ({ ...v, value: youngest.value, source: youngest.source })),
    });
  const out: RulePack = { ...pack, params };
  screenPacks.set(pack, out);
  return out;
}

/**
 * Whether every reading of the account has the job start before the worker's `youngest`
 * birthday: with a birth date, the last day the start can be; with an age told on a known
 * interview day, the oldest birth that age allows.
 */
export function startTooYoung(a: Account, youngest: number): boolean {
  if (!known(a.start_date)) return false;
  const start = dateRange(a.start_date).last;
  let birth: string | undefined;
  if (known(a.birth_date)) birth = a.birth_date;
  else if (known(a.age) && a.interviewed_on !== undefined)
    birth = addDays(addMonths(a.interviewed_on, -(a.age + 1) * 12), 1);
  return birth !== undefined && birth < start && start < birthdayOf(birth, youngest);
}

// Why a check was undetermined, as the records of a payroll say it: the days of work rejected
// as before the `plausible_min_work_age` birthday ("a punch or hours row of the day was
// rejected", "birth date ... is implausible", quoting the birth date). An account has no rows:
// the screen says instead that the account puts work before the youngest age it takes.
const BEFORE_YOUNGEST = new Set(['implausible_birth_date', 'hours_day_incomplete', 'hours_day_uncounted']);

/** The reasons of an undetermined check that speak of rows rejected as before the youngest age, and the others. */
export function splitBeforeYoungest(reasons: readonly Reason[] | undefined): {
  before: boolean;
  others: Reason[];
} {
  const all = reasons ?? [];
  return {
    before: all.some((r) => BEFORE_YOUNGEST.has(r.id)),
    others: all.filter((r) => !BEFORE_YOUNGEST.has(r.id)),
  };
}
