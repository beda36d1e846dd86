import { compareIso, day, monthsLater } from '../../base/calendar.js';
import type { EmployeeFacts, PayPeriod } from '../../facts/employee.js';
import type { Finding } from '../../findings/finding.js';
import { noFile, type Reason, reason, reasonText, said } from '../../findings/reasons.js';
import type { FileKind, PayrollRow } from '../../parse/records.js';
import { CAPPED_DEDUCTIONS, gross } from '../checks/util.js';

// Record triggers of the forced-labour indicators: small pure functions over one employee's
// facts and the findings the rules raised for them. Thresholds come from rules/indicators.yaml.

export interface TriggerContext {
  facts: EmployeeFacts;
  /** This employee's findings. */
  findings: readonly Finding[];
  /** Why a rule was undetermined for this employee, by rule id. */
  undetermined: ReadonlyMap<string, Reason>;
  /** The rule ids of the pack being run. */
  rules: ReadonlySet<string>;
  present: Record<FileKind, boolean>;
  asOf: string;
  options: Record<string, unknown>;
  /** The input file of a kind, as findings name it in their evidence. */
  file(kind: FileKind): string;
  /** A threshold of the trigger in force on the employee's latest record date. */
  num(key: string): number;
}

export type Outcome =
  | {
      raised: true;
      data: Record<string, string | number>;
      findings: Finding[];
      evidence: { file: string; row: number }[];
      /** Payroll columns whose empty cells it read as "not paid": raised only if some row of the payroll has one. */
      needs?: PayrollColumn[];
    }
  /** Not raised. `needs`: payroll columns it read; when none of the payroll has one, it was undetermined. */
  | { raised: false; needs?: PayrollColumn[] }
  | { raised: false; undetermined: Reason };

export type PayrollColumn = keyof PayrollRow;

export interface RecordTriggerFn {
  name: string;
  run(ctx: TriggerContext): Outcome;
}

const not = (needs?: PayrollColumn[]): Outcome => ({ raised: false, ...(needs ? { needs } : {}) });
/** "lpa-26-overtime-cap: why", in both languages. */
const ruleUndetermined = (rule: string, why: Reason): Reason =>
  reason('rule_undetermined', { rule, reason: reasonText(why), reason_th: reasonText(why, 'th') });
const noPayroll: Outcome = { raised: false, undetermined: noFile(['payroll']) };
const noHours: Outcome = { raised: false, undetermined: noFile(['hours']) };
const listOf = (ps: PayPeriod[]) => ps.map((p) => `${p.start}..${p.end}`).join(', ');
const payRows = (ctx: TriggerContext, ps: PayPeriod[]) =>
  ps.flatMap((p) => (p.pay.rows ?? [p.pay.row]).map((row) => ({ file: ctx.file('payroll'), row })));
const findingRows = (fs: Finding[]) => fs.flatMap((f) => f.evidence);
const overlaps = (f: Finding, ps: PayPeriod[]) =>
  ps.some((p) =>
    f.period
      ? f.period.start <= p.end && f.period.end >= p.start
      : f.date && f.date >= p.start && f.date <= p.end,
  );
const findingsOf = (ctx: TriggerContext, rules: string[], ps: PayPeriod[]) =>
  ctx.findings.filter((f) => rules.includes(f.rule) && overlaps(f, ps));

/** More than one pay period with no pay date, a month (s.70) after it ended. */
const unpaidPeriods: RecordTriggerFn = {
  name: 'unpaid-periods',
  run(ctx) {
    if (!ctx.present.payroll) return noPayroll;
    const grace = ctx.num('grace_months');
    const unpaid = ctx.facts.periods.filter((p) => !p.pay.pay_date && monthsLater(p.end, grace) < ctx.asOf);
    if (unpaid.length < ctx.num('min_periods')) return not(['pay_date']);
    return {
      raised: true,
      data: { count: unpaid.length, grace_months: grace, periods: listOf(unpaid) },
      findings: findingsOf(ctx, ['lpa-70-pay-interval'], unpaid),
      evidence: payRows(ctx, unpaid),
      needs: ['pay_date'],
    };
  },
};

/** Wages paid more than a month after the period ended, repeatedly. */
const latePay: RecordTriggerFn = {
  name: 'late-pay',
  run(ctx) {
    if (!ctx.present.payroll) return noPayroll;
    const months = ctx.num('late_months');
    // A period paid in rows on different dates is late only when its first payment is.
    const late = ctx.facts.periods.filter((p) => {
      const paid = p.pay.pay_dates ? p.pay.pay_dates.filter((d) => d !== '').sort()[0] : p.pay.pay_date;
      // Late by the as-of date, not by a pay date after it.
      return paid !== undefined && paid > monthsLater(p.end, months) && monthsLater(p.end, months) < ctx.asOf;
    });
    if (late.length < ctx.num('min_periods')) return not(['pay_date']);
    return {
      raised: true,
      data: { count: late.length, late_months: months, periods: listOf(late) },
      findings: findingsOf(ctx, ['lpa-70-pay-interval'], late),
      evidence: payRows(ctx, late),
    };
  },
};

/**
 * Wages kept as "savings": a deposit deducted in several periods and still in the latest. The
 * payroll has no column for a deposit given back, so one still taken has not been returned.
 */
const depositRetained: RecordTriggerFn = {
  name: 'deposit-retained',
  run(ctx) {
    if (!ctx.present.payroll) return noPayroll;
    const periods = [...ctx.facts.periods].sort((a, b) => compareIso(a.end, b.end));
    const taken = periods.filter((p) => (p.pay.deduction_deposit ?? 0) > 0);
    const latest = periods.at(-1);
    if (!latest || taken.length < ctx.num('min_periods') || !taken.includes(latest))
      return not(['deduction_deposit']);
    return {
      raised: true,
      data: { count: taken.length, total: periods.length, periods: listOf(taken) },
      findings: findingsOf(ctx, ['lpa-76-deductions', 'lpa-51-child-deposit'], taken),
      evidence: payRows(ctx, taken),
    };
  },
};

/** A deduction for purposes the Act does not permit (recruitment, loans, other) in most periods. */
const debtDeductions: RecordTriggerFn = {
  name: 'debt-deductions',
  run(ctx) {
    if (!ctx.present.payroll) return noPayroll;
    const periods = ctx.facts.periods;
    const hit = periods.filter((p) => (p.pay.deduction_other ?? 0) > 0);
    if (hit.length < ctx.num('min_periods') || hit.length <= periods.length * ctx.num('min_share'))
      return not(['deduction_other']);
    return {
      raised: true,
      data: { count: hit.length, total: periods.length, periods: listOf(hit) },
      findings: findingsOf(ctx, ['lpa-76-deductions'], hit),
      evidence: payRows(ctx, hit),
    };
  },
};

/**
 * Deductions that stay near the s.76 cap of 20%. The base is the gross paid, not the money due
 * (which the s.76 check computes): a signal asks for corroboration, it states no shortfall.
 */
const deductionsNearCap: RecordTriggerFn = {
  name: 'deductions-near-cap',
  run(ctx) {
    if (!ctx.present.payroll) return noPayroll;
    const share = ctx.num('near_cap_share');
    const periods = ctx.facts.periods;
    const hit = periods.filter((p) => {
      const base = gross(p);
      const taken = CAPPED_DEDUCTIONS.reduce((s, c) => s + ((p.pay[c] as number | undefined) ?? 0), 0);
      return base > 0 && taken >= base * share;
    });
    if (hit.length < ctx.num('min_periods') || hit.length <= periods.length * ctx.num('min_share'))
      return not([...CAPPED_DEDUCTIONS]);
    return {
      raised: true,
      data: {
        count: hit.length,
        total: periods.length,
        share: Math.round(share * 100),
        periods: listOf(hit),
      },
      findings: findingsOf(ctx, ['lpa-76-deductions'], hit),
      evidence: payRows(ctx, hit),
    };
  },
};

/** The weekly overtime cap (s.26) exceeded in most weeks worked: read off the cap rule's findings. */
const overtimeCapMostWeeks: RecordTriggerFn = {
  name: 'overtime-cap-most-weeks',
  run(ctx) {
    const rule = String(ctx.options.rule ?? '');
    if (!ctx.rules.has(rule)) return { raised: false, undetermined: reason('rule_not_in_pack', { rule }) };
    if (!ctx.present.hours) return noHours;
    const why = ctx.undetermined.get(rule);
    const over = ctx.findings.filter((f) => f.rule === rule);
    const worked = ctx.facts.weeks.filter((w) => w.workedMin > 0).length;
    if (over.length < ctx.num('min_weeks') || over.length <= worked * ctx.num('min_share'))
      return why ? { raised: false, undetermined: ruleUndetermined(rule, why) } : not();
    return {
      raised: true,
      data: { count: over.length, total: worked },
      findings: over,
      evidence: findingRows(over),
    };
  },
};

/** Work on every calendar day for a month or more. */
const sevenDayWeeks: RecordTriggerFn = {
  name: 'seven-day-weeks',
  run(ctx) {
    if (!ctx.present.hours) return noHours;
    // The first longest run of days worked on consecutive calendar days, found in place: a year
    // of days is not copied for every employee, only the run when it is long enough.
    const all = ctx.facts.days;
    let bestAt = 0;
    let bestLength = 0;
    let at = 0;
    let length = 0;
    let last = 0;
    for (let i = 0; i < all.length; i++) {
      const d = all[i];
      if (!(d.workedMin > 0)) continue;
      if (length > 0 && d.day === last + 1) length++;
      else {
        if (length > bestLength) {
          bestAt = at;
          bestLength = length;
        }
        at = i;
        length = 1;
      }
      last = d.day;
    }
    if (length > bestLength) {
      bestAt = at;
      bestLength = length;
    }
    if (bestLength < ctx.num('min_run_days') || bestLength === 0) return not();
    const run: typeof all = [];
    for (let i = bestAt; run.length < bestLength; i++) if (all[i].workedMin > 0) run.push(all[i]);
    const start = run[0].date;
    const end = run.at(-1)!.date;
    return {
      raised: true,
      data: { days: day(end) - day(start) + 1, start, end },
      findings: ctx.findings.filter(
        (f) => f.rule.startsWith('lpa-28') && f.date !== undefined && f.date >= start && f.date <= end,
      ),
      evidence: run.flatMap((d) => d.rows.map((row) => ({ file: ctx.file('hours'), row }))),
    };
  },
};

/** An under-15, or an under-18 in prohibited work, night work or sea fishing: the age rules' findings. */
const childFindings: RecordTriggerFn = {
  name: 'child-findings',
  run(ctx) {
    const rules = ((ctx.options.rules as string[] | undefined) ?? []).filter((r) => ctx.rules.has(r));
    if (!rules.length) return { raised: false, undetermined: reason('no_age_rules') };
    const hit = ctx.findings.filter((f) => rules.includes(f.rule));
    if (!hit.length) {
      const why = rules
        .filter((r) => ctx.undetermined.has(r))
        .map((r) => ruleUndetermined(r, ctx.undetermined.get(r)!));
      const text = (lang: 'en' | 'th') => why.map((x) => reasonText(x, lang)).join('; ');
      return why.length ? { raised: false, undetermined: said(text('en'), text('th')) } : not();
    }
    return {
      raised: true,
      data: { rules: [...new Set(hit.map((f) => f.rule))].join(', ') },
      findings: hit,
      evidence: findingRows(hit),
    };
  },
};

export const RECORD_TRIGGERS: ReadonlyMap<string, RecordTriggerFn> = new Map(
  [
    unpaidPeriods,
    latePay,
    depositRetained,
    debtDeductions,
    deductionsNearCap,
    overtimeCapMostWeeks,
    sevenDayWeeks,
    childFindings,
  ].map((t) => [t.name, t]),
);
