import { hoursText } from '../../base/calendar.js';
import { daysPaid, type PayPeriod } from '../../facts/employee.js';
import { type Allowance, type HourlyRate, hourlyRate } from '../../facts/wage.js';
import type { WorkDay } from '../../facts/workday.js';
import { baht, bahtRate, Ratio, ZERO } from '../../findings/money.js';
import { because, inPeriod, type Reason, reason } from '../../findings/reasons.js';
import { ParamNotInForce } from '../../pack/params.js';
import { type CheckContext, type CheckFunction, out } from '../check.js';
import { daysWorkedUnknown, notCountedOn } from './incomplete.js';
import { type DayMinutes, mostOf, spanMore, uncountedReasons } from './spans.js';
import { countUnknown, dueDate, hoursEvidence, payEvidence, payUnknown, periodOf } from './util.js';
import { rateUnconfirmed, shownParams, type WageShown, wageShown } from './wage-shown.js';

export type Entitlement = 'overtime' | 'holiday' | 'holiday_overtime';
export const ORDER: Entitlement[] = ['overtime', 'holiday', 'holiday_overtime'];

/**
 * Overtime (s.61), holiday work (s.62) and holiday overtime (s.63) pay per pay period: the
 * hours x the s.68 hourly rate of each day x the multiplier, against what was paid for it.
 * When holiday_pay and holiday_ot_pay are both absent, ot_pay is taken to cover all three and
 * is set against overtime first, then holiday work, then holiday overtime. A day with a rejected
 * punch counts no hours of any of them: what is owed without it is owed whatever it held, a lower
 * bound, and the period says which days were left out. A day that is one span with its break not
 * recorded counts its least hours (spans.ts): a period that owes nothing on them but would with
 * the spans' breaks worked is undetermined, naming the spans.
 */
export const premiumPay: CheckFunction = {
  name: 'premium-pay',
  fact: 'pay_period',
  needs: ['employees', 'payroll'],
  options: { entitlement: 'overtime | holiday | holiday_overtime' },
  run(ctx) {
    const o = out();
    const which = ctx.options.entitlement as Entitlement;
    for (const p of ctx.facts.periods) {
      // The other entitlements only when pooled ot_pay is shared out (paidFor), not per period.
      const mine = entitled(ctx, p, which);
      if (!mine.ok) {
        if (mine.reason) o.undetermined.push(inPeriod(p, mine.reason));
        continue;
      }
      if (mine.uncounted.length) o.undetermined.push(inPeriod(p, notCountedOn(ctx, mine.uncounted)));
      // Nothing owed on the least, something could be on the most: not passed.
      const spans = mine.spans.length ? uncountedReasons(mine.spans) : undefined;
      if (mine.minutes === 0 && !spans) continue;
      const overlap = payUnknown(ctx, p);
      if (overlap) {
        o.undetermined.push(overlap);
        continue;
      }
      const unknown = unknownPaid(ctx, which);
      if (unknown) {
        o.undetermined.push(inPeriod(p, because(unknown, 'paid_unknown')));
        continue;
      }
      const paid = paidFor(ctx, p, which, mine);
      if (paid === undefined) {
        o.undetermined.push(inPeriod(p, reason('ot_pooled')));
        continue;
      }
      const owed = mine.amount.sub(Ratio.of(paid));
      // Owed is rounded once, to the satang: a shortfall that rounds to nothing is none (a pay
      // of 332.81 for 332.8125 due, or a pooled ot_pay whose share is the due rounded).
      if (owed.roundHalfUp() <= 0) {
        // Owed only at the employees file's wage_rate, which the period's pay does not show in force.
        if (mine.shown && (mine.atWageRate?.sub(Ratio.of(paid)).roundHalfUp() ?? 0) > 0) {
          o.undetermined.push(rateUnconfirmed(ctx, p, mine.shown));
        }
        const most = mine.most?.sub(Ratio.of(paid));
        if (spans && (most === undefined || most.isPositive()))
          for (const why of spans) o.undetermined.push(inPeriod(p, why));
        continue;
      }
      // Payroll systems round premiums to the baht: a shortfall under the threshold is info.
      const below = ctx.param('premium_shortfall_info_below', p.end);
      const small = owed.roundHalfUp() < Math.round(Number(below.value) * 100);
      o.findings.push({
        ...(small ? { severity: 'info' as const } : {}),
        period: periodOf(p),
        data: {
          hours: hoursText(mine.minutes),
          entitled: baht(mine.amount.roundHalfUp()),
          paid: baht(paid),
          rate: mine.rateText,
          start: p.start,
          end: p.end,
        },
        owed,
        due: dueDate(p),
        entitled: mine.amount,
        paid,
        evidence: [...payEvidence(p), ...hoursEvidence(mine.days)],
        params: {
          ...mine.params,
          ...(mine.shown ? shownParams(ctx, mine.shown) : {}),
          ...(small ? { premium_shortfall_info_below: below } : {}),
        },
      });
    }
    return o;
  },
};

export type Amount =
  | {
      ok: true;
      minutes: number;
      amount: Ratio;
      days: WorkDay[];
      /** Days whose record is incomplete, with hours of this kind left out of `minutes`. */
      uncounted: string[];
      /** Spans with their break not recorded (or days with a long gap) that would hold more hours of this kind with it worked. */
      spans: WorkDay[];
      /** `amount` with those breaks worked; undefined when a rate for it is not known. */
      most?: Ratio;
      rateText: string;
      params: Record<string, unknown>;
      /** The period's pay shows a rate below wage_rate: `amount` is priced at it (wage-shown.ts). */
      shown?: WageShown;
      /** With `shown`: the amount at the employees file's wage_rate, owed only if that rate was in force. */
      atWageRate?: Ratio;
    }
  | { ok: false; reason?: Reason };

function minutesOf(d: DayMinutes, k: Entitlement): number {
  return k === 'overtime' ? d.overtimeMin : k === 'holiday' ? d.holidayMin : d.holidayOvertimeMin;
}

/** Multiplier for a day: s.62 pays +1x to employees paid for that holiday, 2x to others. */
// Multipliers are pack parameters, not the rule's own: the pooled ot_pay (see above) needs
// all three entitlements whichever rule is being checked.
function multiplierKey(ctx: CheckContext, k: Entitlement, dayType: string): string {
  if (k === 'overtime') return 'overtime_multiplier';
  if (k === 'holiday_overtime') return 'holiday_overtime_multiplier';
  const paidHoliday = ctx.facts.employee.wage_type === 'monthly' || dayType === 'public_holiday';
  return paidHoliday ? 'holiday_multiplier_paid' : 'holiday_multiplier_unpaid';
}

/**
 * What a pay period's hours entitle the employee to under s.61, s.62 or s.63. Days whose record
 * is incomplete count no hours, so that the amount is a lower bound; `asRead` counts their hours
 * as read instead, for a check to which a larger amount due can only mean fewer findings (the
 * s.76 base).
 */
export function entitled(ctx: CheckContext, p: PayPeriod, k: Entitlement, asRead = false): Amount {
  // The s.76 base (asRead) takes wage_rate: a larger base can only mean fewer findings.
  const shown = asRead ? undefined : wageShown(ctx, p);
  const at = (rate?: Ratio) =>
    ctx.present.hours ? fromHours(ctx, p, k, asRead, rate) : fromPayroll(ctx, p, k, rate);
  const a = at(shown?.rate);
  if (!shown || !a.ok) return a;
  const c = at();
  return c.ok ? { ...a, shown, atWageRate: c.amount } : a;
}

function fromHours(
  ctx: CheckContext,
  p: PayPeriod,
  k: Entitlement,
  asRead: boolean,
  wageRate: Ratio | undefined,
): Amount {
  const params: Record<string, unknown> = {};
  const rates = new Set<string>();
  let amount = ZERO;
  let minutes = 0;
  const days: WorkDay[] = [];
  const uncounted: string[] = [];
  const spans: WorkDay[] = [];
  // What the spans' breaks would add, worked (none when asRead: a larger amount means fewer findings).
  let more: Ratio | undefined = ZERO;
  const incomplete = asRead ? NO_DAYS : ctx.facts.incomplete;
  let allowance: Allowance | undefined;
  // Days in a row at one rate and multiplier are summed in minutes and priced once: the same
  // exact fraction as day by day.
  let runRate: Ratio | undefined;
  let runMult: unknown;
  let runMin = 0;
  // The rate of the day before: most days of a period share it, and its uses are in params already.
  let lastRate: HourlyRate | undefined;
  for (const d of p.days) {
    const m = minutesOf(d, k);
    // A span's unrecorded break, or a long gap that may be a break (spans.ts), worked.
    const extra = !asRead && spanMore(d) > 0 ? minutesOf(mostOf(d), k) - m : 0;
    if (m === 0 && extra === 0) continue;
    if (incomplete.size && incomplete.has(d.date)) {
      if (m > 0) uncounted.push(d.date);
      continue;
    }
    allowance ??= allowanceOf(ctx, p, wageRate);
    const r = rateOn(ctx, d, allowance);
    if (!r.ok && m === 0) {
      // Only the span's break would be owed for, at a rate not known.
      spans.push(d);
      more = undefined;
      continue;
    }
    if (!r.ok) return { ok: false, reason: r.reason };
    const key = multiplierKey(ctx, k, d.day_type);
    const mult = ctx.param(key, d.date);
    if (extra > 0) {
      spans.push(d);
      if (more) more = more.add(priced(r.value.rate, extra, mult.value));
    }
    if (m === 0) continue;
    params[key] = mult;
    if (r.value !== lastRate) {
      Object.assign(params, r.value.uses);
      rates.add(r.text);
      lastRate = r.value;
    }
    if (runRate && sameRatio(runRate, r.value.rate) && runMult === mult.value) runMin += m;
    else {
      if (runRate) amount = amount.add(priced(runRate, runMin, runMult));
      runRate = r.value.rate;
      runMult = mult.value;
      runMin = m;
    }
    minutes += m;
    days.push(d);
  }
  if (runRate) amount = amount.add(priced(runRate, runMin, runMult));
  const rateText = [...rates].join(', ');
  params.hourly_rate = rateText;
  return {
    ok: true,
    minutes,
    amount,
    days,
    uncounted,
    spans,
    most: more && amount.add(more),
    rateText,
    params,
  };
}

function fromPayroll(ctx: CheckContext, p: PayPeriod, k: Entitlement, wageRate: Ratio | undefined): Amount {
  const e = ctx.facts.employee;
  // Without hours.csv, the hours as paid on the payroll row.
  const hours =
    k === 'overtime' ? p.pay.ot_hours : k === 'holiday' ? p.pay.holiday_hours : p.pay.holiday_ot_hours;
  if (hours === undefined) {
    return {
      ok: false,
      reason:
        countUnknown(
          p,
          k === 'overtime' ? 'ot_hours' : k === 'holiday' ? 'holiday_hours' : 'holiday_ot_hours',
        ) ?? (k === 'overtime' ? reason('no_hours_no_ot_hours') : undefined),
    };
  }
  if (k === 'holiday' && e.wage_type !== 'monthly') {
    return {
      ok: false,
      reason: reason('holiday_hours_unknown'),
    };
  }
  const limit = ctx.facts.days[0]?.limitMin;
  const r = hourlyRate(
    e,
    p.end,
    limit ?? limitFallback(ctx, p.end),
    ctx.pack,
    ctx.wages,
    allowanceOf(ctx, p, wageRate),
  );
  if (!r.ok) return { ok: false, reason: r.reason };
  const key = multiplierKey(ctx, k, 'weekly_holiday');
  const mult = ctx.param(key, p.end);
  const minutes = Math.round(hours * 60);
  // Hours given in whole minutes (12:30, or 12:20 = 12.333... h) are priced by the minute, exactly;
  // other decimals as written.
  const whole = Math.abs(hours * 60 - minutes) < 1e-9;
  const amount = whole
    ? priced(r.value.rate, minutes, mult.value)
    : r.value.rate.mul(Ratio.decimal(String(hours))).mul(Ratio.of(mult.value as number));
  return {
    ok: true,
    minutes,
    amount,
    days: [],
    uncounted: [],
    spans: [],
    most: amount,
    rateText: bahtRate(r.value.rate),
    params: { ...r.value.uses, [key]: mult, hourly_rate: bahtRate(r.value.rate), hours_source: 'payroll' },
  };
}

const NO_DAYS: ReadonlyMap<string, unknown> = new Map();

const priced = (rate: Ratio, minutes: number, multiplier: unknown): Ratio =>
  rate.mul(new Ratio(BigInt(minutes), 60n)).mul(Ratio.of(multiplier as number));

// Stryker disable next-line ArrowFunction: equivalent, days never merged are priced one by one, the same exact sum
const sameRatio = (a: Ratio, b: Ratio) => a.num === b.num && a.den === b.den;

// The s.68 rate of a work day, with its text. hourlyRate gives the day before's rate again while
// nothing it stands on changes (most days of a period): its text is not made again.
type DayRateAnswer = { ok: true; value: HourlyRate; text: string } | { ok: false; reason: Reason };
let lastAnswer: DayRateAnswer | undefined;
function rateOn(ctx: CheckContext, d: WorkDay, allowance: Allowance): DayRateAnswer {
  const r = hourlyRate(ctx.facts.employee, d.date, d.limitMin, ctx.pack, ctx.wages, allowance);
  if (!r.ok) return r;
  // Stryker disable next-line ConditionalExpression,EqualityOperator,OptionalChaining: equivalent, the same text made again
  if (lastAnswer?.ok && lastAnswer.value === r.value) return lastAnswer;
  lastAnswer = { ok: true, value: r.value, text: bahtRate(r.value.rate) };
  return lastAnswer;
}

/**
 * The period's fixed allowances and days worked (payroll's days_worked, else work days in
 * hours.csv). Work days counted from hours.csv are unknown when rows of the employee without a
 * readable date, or a date of the period whose rows were all rejected, may be more of them: the
 * allowance per day would be too high, so it is left out (the lower rate), as for the last wage.
 */
function allowanceOf(ctx: CheckContext, p: PayPeriod, wageRate: Ratio | undefined): Allowance {
  const otherWages = p.pay.other_wages ?? 0;
  const rate = wageRate ? { wageRate } : {};
  const paid = daysPaid(p);
  if (paid !== undefined) return { otherWages, daysWorked: paid, ...rate };
  if (otherWages > 0 && daysWorkedUnknown(ctx, p)) return { otherWages, ...rate };
  let worked = 0;
  for (const d of p.days) if (d.day_type === 'work' && d.workedMin > 0) worked++;
  return { otherWages, daysWorked: worked || undefined, ...rate };
}

function limitFallback(ctx: CheckContext, date: string): number {
  const e = ctx.facts.employee;
  const key = e.hazardous ? 'hazardous_hours_per_day' : 'normal_hours_per_day';
  const use = ctx.pack.at(key, date);
  if (!use) throw new ParamNotInForce(`no value of ${key} in force on ${date}`);
  const ceiling = use.value as number;
  return Math.round(Math.min(e.normal_hours_per_day ?? ceiling, ceiling) * 60);
}

const PAY_COLUMN: Record<Entitlement, 'ot_pay' | 'holiday_pay' | 'holiday_ot_pay'> = {
  overtime: 'ot_pay',
  holiday: 'holiday_pay',
  holiday_overtime: 'holiday_ot_pay',
};

/** ot_pay covers all three premiums when the holiday pay columns are both absent from the file. */
const pooledPay = (ctx: CheckContext) =>
  ctx.absent('payroll', 'holiday_pay') !== undefined && ctx.absent('payroll', 'holiday_ot_pay') !== undefined;

/** Why the amount paid for entitlement k is unknown: its pay column is not in the file. */
function unknownPaid(ctx: CheckContext, k: Entitlement): Reason | undefined {
  return ctx.absent('payroll', pooledPay(ctx) ? 'ot_pay' : PAY_COLUMN[k]);
}

/**
 * What was paid for entitlement k, with ot_pay pooled over all three when the others are absent:
 * shared out in ORDER, so only the entitlements before k are worked out besides k's own.
 */
function paidFor(ctx: CheckContext, p: PayPeriod, k: Entitlement, mine: Amount): number | undefined {
  const x = p.pay;
  // The file's columns decide pooling; a row's empty cell in a present column is 0 paid.
  const pooled = pooledPay(ctx);
  if (!pooled) return (k === 'overtime' ? x.ot_pay : k === 'holiday' ? x.holiday_pay : x.holiday_ot_pay) ?? 0;
  let pool = x.ot_pay ?? 0;
  for (let i = 0; i < ORDER.length; i++) {
    const a = ORDER[i] === k ? mine : entitled(ctx, p, ORDER[i]);
    if (!a.ok && a.reason) return undefined;
    const due = a.ok ? a.amount.roundHalfUp() : 0;
    const take = Math.min(pool, due);
    if (ORDER[i] === k) return take;
    pool -= take;
  }
  return 0;
}
