import { basename } from 'node:path';
import { UserError } from '../errors.js';
import { allEmployeeFacts, type EmployeeFacts } from '../facts/employee.js';
import type { Finding, Undetermined } from '../findings/finding.js';
import { noFile, type Reason, reason, reasonText, said } from '../findings/reasons.js';
import type { Signals } from '../findings/result.js';
import type { DateSpan } from '../pack/amendments.js';
import type { LoadedRule, RulePack } from '../pack/load.js';
import { ParamNotInForce } from '../pack/params.js';
import type { DataSet, Warning } from '../parse/ingest.js';
import type { FileKind } from '../parse/records.js';
import { type AcrossOutcome, type CheckContext, type CheckFunction, MissingParam } from './check.js';
import { CHECKS } from './checks/index.js';
import { lostPayReasons } from './checks/lost-pay.js';
import { finish } from './finish.js';
import { decodeSeries, encodeSeries, type HoursSeries, hoursSeriesOf } from './hours.js';
import { packWarnings, sectorExcludes } from './pack-use.js';
import { ruleParams } from './rule-params.js';
import { SignalCollector, type SignalPart } from './signals/collect.js';
import { loadIndicators } from './signals/indicators.js';

export interface EvaluateOptions {
  asOf: string;
  /** s.9 para 2: add the wilful-default surcharge. */
  wilful: boolean;
  /** 0 = Monday ... 6 = Sunday. */
  weekStart: number;
  /** Evaluate only these rule ids. */
  only?: ReadonlySet<string>;
  /** Keep each employee's per-day hours series for the report charts (it grows with the input). */
  hoursSeries?: boolean;
}

export interface RuleRun {
  rule: string;
  section: string;
  employees_checked: number;
  employees_with_findings: number;
  undetermined_employees: string[];
}

export interface Evaluation {
  findings: Finding[];
  undetermined: Undetermined[];
  runs: RuleRun[];
  /** The first and last day of the work days and pay periods evaluated (none: no dates). */
  span?: DateSpan;
  /** Signs of forced labour read from the records (rules/indicators.yaml). */
  signals?: Signals;
  /** The first and last day the input speaks of (days worked, pay periods): the period a report covers. */
  period?: { start: string; end: string };
  /** What the pack could not apply as written: an unknown district, a stale minimum wage table. */
  warnings: Warning[];
  /** Per-employee hours series for charts, when asked for (those a sink took are not here). */
  hours?: HoursSeries[];
}

/** The check function behind each rule, validated against the rule file. */
export function bindChecks(pack: RulePack): Map<string, CheckFunction> {
  const bound = new Map<string, CheckFunction>();
  for (const r of pack.rules) {
    const fn = CHECKS.get(r.check);
    if (!fn) {
      throw new UserError(
        `${r.file}: invalid field "check": no check function "${r.check}" (known: ${[...CHECKS.keys()].join(', ')})`,
      );
    }
    if (fn.fact !== r.fact)
      throw new UserError(
        `${r.file}: invalid field "fact": check "${r.check}" looks at ${fn.fact}, not ${r.fact}`,
      );
    bound.set(r.id, fn);
  }
  return bound;
}

/** What the engine needs of a data set besides each employee's facts. */
export type EvaluationInput = Pick<
  DataSet,
  'employees' | 'present' | 'files' | 'inputs' | 'holidays' | 'holidaysLost'
>;

/** The reason a column is unknown, or undefined when the file has it (or was not given). */
export function absentColumn(data: EvaluationInput, kind: FileKind, column: string): Reason | undefined {
  const input = data.inputs.find((i) => i.kind === kind);
  if (!input || input.columns.includes(column)) return undefined;
  return reason('column_absent', { column, file: basename(input.file) });
}

/** What one rule said of one employee, before it is counted (plain data: it crosses threads). */
export interface RuleAssessment {
  /** The rule found something. */
  found: boolean;
  /** What a check across employees kept of this employee. */
  kept?: { value: unknown };
  /** Why the rule could not conclude: the reasons joined, and as message ids when all have one. */
  undetermined?: { text: string; reasons?: Reason[] };
}

/** One employee evaluated by every rule: what `Evaluator.record` counts. */
export interface Assessment {
  id: string;
  /** The first and last day of this employee's work days and pay periods. */
  span?: DateSpan;
  /** The hours chart series as one record (`encodeSeries`): bytes, not objects, cross threads. */
  hours?: Uint8Array;
  /** In the order of the evaluator's rules. */
  rules: RuleAssessment[];
  findings: Finding[];
  signals: SignalPart;
}

/**
 * Takes each employee's findings as they are made, so that the engine does not hold them; and,
 * when the hours series are asked for, each employee's series as its record (`encodeSeries`;
 * then not in `result().hours`).
 */
export type FindingSink = (employeeId: string, findings: Finding[], hours?: Uint8Array) => void;

/**
 * Runs every rule over one employee's facts at a time, so that a caller can hand employees
 * over as it reads them (run/stream.ts) or all at once (`evaluate`). The outcome does
 * not depend on the order employees come in.
 */
export class Evaluator {
  private readonly bound: Map<string, CheckFunction>;
  private readonly rules: LoadedRule[];
  private readonly findings: Finding[] = [];
  private readonly undetermined: Undetermined[] = [];
  private readonly runs: Map<string, RuleRun>;
  /** The same runs by rule index. */
  private readonly runList: RuleRun[];
  private span?: DateSpan;
  private readonly signals: SignalCollector;
  /** What checks across employees kept of each employee, by rule id. */
  private readonly kept = new Map<string, Map<string, unknown>>();
  private readonly hours?: HoursSeries[];
  /** For checks across employees: who already has a finding of the rule. */
  private readonly flagged = new Map<string, Set<string>>();
  /** By rule index: the rule's parameter look-ups, made once rather than for every employee. */
  private readonly params: Pick<CheckContext, 'param' | 'num'>[];

  constructor(
    private readonly data: EvaluationInput,
    private readonly pack: RulePack,
    private readonly o: EvaluateOptions,
    /** Where findings go as each employee is done; without it `result()` holds them all. */
    private readonly sink?: FindingSink,
  ) {
    this.bound = bindChecks(pack);
    if (o.hoursSeries) this.hours = [];
    this.rules = pack.rules.filter((r) => !o.only || o.only.has(r.id));
    this.fns = this.rules.map((r) => this.bound.get(r.id)!);
    this.params = this.rules.map((r) => ruleParams(r, pack));
    this.readsPay = this.fns.map((fn) => fn.needs.includes('payroll'));
    this.missing = this.fns.map((fn) => {
      const missing = fn.needs.filter((k) => !data.present[k]);
      return missing.length ? noFile(missing) : undefined;
    });
    this.runs = new Map<string, RuleRun>(
      this.rules.map((r) => [
        r.id,
        {
          rule: r.id,
          section: r.citation.section,
          employees_checked: 0,
          employees_with_findings: 0,
          undetermined_employees: [],
        },
      ]),
    );
    this.runList = this.rules.map((r) => this.runs.get(r.id)!);
    this.signals = new SignalCollector(loadIndicators(), {
      rules: new Set(this.rules.map((r) => r.id)),
      present: data.present,
      files: data.files,
      asOf: o.asOf,
      payrollFile: data.files.payroll ?? 'payroll file',
    });
  }

  employee(facts: EmployeeFacts): void {
    this.record(this.assess(facts));
  }

  /**
   * Every rule over one employee's facts, without counting it yet: the part a worker thread can
   * do (run/jobs.ts). `record` then counts assessments in the order employees came in.
   */
  assess(facts: EmployeeFacts): Assessment {
    const { data, pack, o } = this;
    // The first and last work day by day number (a date's order), not by comparing date texts.
    const days = facts.days;
    let early = 0;
    let late = 0;
    for (let k = 1; k < days.length; k++) {
      const n = days[k].day;
      if (n < days[early].day) early = k;
      else if (n > days[late].day) late = k;
    }
    let span: DateSpan | undefined = days.length
      ? { from: days[early].date, to: days[late].date }
      : undefined;
    const series = this.hours ? hoursSeriesOf(pack, facts) : undefined;
    const hours = series ? encodeSeries(series) : undefined;
    for (const p of facts.periods) {
      if (!span) span = { from: p.start, to: p.end };
      else {
        if (p.start < span.from) span.from = p.start;
        if (p.end > span.to) span.to = p.end;
      }
    }
    const id = facts.employee.employee_id;
    const mine: Finding[] = [];
    const rules: RuleAssessment[] = [];
    const undetermined = new Map<string, Reason>();
    const noPayDates = this.absent('payroll', 'pay_date');
    // Those days are missing from the facts: no rule can say it checked the whole record.
    const notChecked = skippedReason(facts.skippedDays);
    // Those payroll rows are missing from the facts: no rule that reads the payroll can say it
    // checked the employee's pay (checks/lost-pay.ts).
    const payLost = facts.lostPay.length ? lostPayReasons(facts, o.asOf) : NO_REASONS;
    const outOfScope = this.outOfScope(facts.employee.sector);
    const why: (Reason | string)[] = [];
    for (let i = 0; i < this.rules.length; i++) {
      const rule = this.rules[i];
      const done: RuleAssessment = { found: false };
      why.length = 0;
      if (notChecked) why.push(notChecked);
      const excluded = outOfScope?.[i];
      const missing = this.missing[i];
      if (excluded) {
        why.push(excluded);
      } else if (missing) {
        why.push(missing);
      } else {
        if (this.readsPay[i]) for (const r of payLost) why.push(r);
        this.keeping = NOTHING_KEPT;
        try {
          const res = this.fns[i].run(this.context(facts, i));
          for (const r of res.undetermined) why.push(r);
          for (const d of res.findings) mine.push(finish(d, rule, id, data.files, pack, o, noPayDates));
          done.found = res.findings.length > 0;
        } catch (e) {
          if (!(e instanceof ParamNotInForce)) throw e;
          why.push(e instanceof MissingParam ? e.reason : e.message);
        } finally {
          if (this.keeping !== NOTHING_KEPT) done.kept = { value: this.keeping };
          this.keeping = NOTHING_KEPT;
        }
      }
      if (why.length) {
        const u = this.undeterminedOf(i, why);
        done.undetermined = u.done;
        undetermined.set(rule.id, u.said);
      }
      rules.push(done);
    }
    const signals = this.signals.read(facts, mine, undetermined);
    return { id, span, ...(hours ? { hours } : {}), rules, findings: mine, signals };
  }

  // Per run rather than per employee and rule: the files given, the columns absent, the
  // sectors' scopes do not change from one employee to the next.
  private readonly fns: CheckFunction[];
  /** By rule index: whether the rule reads the payroll (an employee's rejected payroll rows leave it undetermined). */
  private readonly readsPay: boolean[];
  /** By rule index: why the rule cannot run at all (a file it needs absent). */
  private readonly missing: (Reason | undefined)[];
  /** By file kind, then column: no key string is built for a look-up checks make per period. */
  private readonly absentColumns = new Map<FileKind, Map<string, Reason | undefined>>();
  private readonly scopes = new Map<string, (Reason | undefined)[] | undefined>();

  private absent(kind: FileKind, column: string): Reason | undefined {
    let columns = this.absentColumns.get(kind);
    if (columns === undefined) {
      columns = new Map();
      this.absentColumns.set(kind, columns);
    }
    const known = columns.get(column);
    if (known !== undefined || columns.has(column)) return known;
    const r = absentColumn(this.data, kind, column);
    columns.set(column, r);
    return r;
  }

  /** By rule index: why each rule does not apply as written to this sector (none: every rule applies). */
  private outOfScope(sector: string | undefined): (Reason | undefined)[] | undefined {
    if (!sector || !this.pack.sectorScope[sector]) return undefined;
    if (this.scopes.has(sector)) return this.scopes.get(sector);
    const list = this.rules.map((r) => sectorExcludes(this.pack, sector, r));
    this.scopes.set(sector, list);
    return list;
  }

  private context(facts: EmployeeFacts, i: number): CheckContext {
    const { data, pack, o } = this;
    const params = this.params[i];
    return {
      facts,
      peers: data.employees,
      param: params.param,
      num: params.num,
      pack: pack.params,
      wages: pack.wages,
      options: this.rules[i].options,
      asOf: o.asOf,
      present: data.present,
      absent: this.absentOf,
      holidays: data.holidays,
      holidaysLost: data.holidaysLost ?? NO_ROWS,
      keep: this.keep,
    };
  }

  /** What the running check kept of the employee (checks run one at a time). */
  private keeping: unknown = NOTHING_KEPT;
  private readonly keep = (v: unknown) => {
    this.keeping = v;
  };

  /**
   * Why rule `i` could not conclude, as the assessment and the signals see it. Most employees
   * are undetermined for the same reasons (a file or column absent): the last outcome of each
   * rule is reused while its reasons are equal, so that it is also the same object for `record`
   * and for the worker's handover (run/handover.ts).
   */
  private undeterminedOf(i: number, why: readonly (Reason | string)[]): UndeterminedOutcome {
    const last = this.lastUndetermined[i];
    if (last && sameReasons(last.of, why)) return last;
    // One line per distinct text, in the order first said (the last reason with that text kept).
    const reasons = new Map<string, Reason | string>();
    for (const r of why) reasons.set(typeof r === 'string' ? r : reasonText(r), r);
    const all = [...reasons.values()];
    const text = [...reasons.keys()].join('; ');
    const u: UndeterminedOutcome = {
      of: [...why],
      done: {
        text,
        // Message ids only when every reason has one: a plain-text reason keeps the English line.
        ...(all.every((r) => typeof r !== 'string') ? { reasons: all as Reason[] } : {}),
      },
      said: said(text, all.map((r) => (typeof r === 'string' ? r : reasonText(r, 'th'))).join('; ')),
    };
    this.lastUndetermined[i] = u;
    return u;
  }
  private readonly lastUndetermined: (UndeterminedOutcome | undefined)[] = [];

  private readonly absentOf = (kind: FileKind, column: string) => this.absent(kind, column);

  /** Counts an assessment of this evaluator's rules (made here or by a worker thread). */
  record(a: Assessment): void {
    const { id } = a;
    if (a.span) this.cover(a.span.from, a.span.to);
    if (this.hours && a.hours && !this.sink) this.hours.push(decodeSeries(id, a.hours));
    for (let i = 0; i < this.rules.length; i++) {
      const rule = this.rules[i];
      const done = a.rules[i];
      const run = this.runList[i];
      if (done.kept) {
        const m = this.kept.get(rule.id) ?? new Map<string, unknown>();
        m.set(id, done.kept.value);
        this.kept.set(rule.id, m);
      }
      if (done.found) {
        run.employees_with_findings++;
        if (this.fns[i].across) this.flag(rule.id, id);
      }
      if (done.undetermined) {
        const u = this.intern(done.undetermined);
        this.undetermined.push({
          rule: rule.id,
          employee_id: id,
          reason: u.text,
          ...(u.reasons ? { reasons: u.reasons } : {}),
        });
        run.undetermined_employees.push(id);
      } else {
        // Checked means the rule came to a conclusion; an undetermined employee is counted apart.
        run.employees_checked++;
      }
    }
    this.signals.add(a.signals);
    this.emit(id, a.findings, this.hours ? a.hours : undefined);
  }

  private emit(id: string, findings: Finding[], hours?: Uint8Array): void {
    if (this.sink) this.sink(id, findings, hours);
    else for (const f of findings) this.findings.push(f);
  }

  // Most employees are undetermined for the same reasons (a file or column absent): held for the
  // whole run, one copy of each reason and its message ids rather than one per employee
  // (reports copy them before changing anything: redaction).
  private readonly reasons = new Map<string, NonNullable<RuleAssessment['undetermined']>>();
  private intern(
    u: NonNullable<RuleAssessment['undetermined']>,
  ): NonNullable<RuleAssessment['undetermined']> {
    // The same object again (an assessment made in this thread reuses its outcomes): no key to build.
    const seen = this.interned.get(u);
    if (seen !== undefined) return seen;
    const key = u.reasons ? `${u.text}\u0000${JSON.stringify(u.reasons)}` : u.text;
    let known = this.reasons.get(key);
    if (known === undefined) {
      known = u;
      this.reasons.set(key, u);
    }
    this.interned.set(u, known);
    return known;
  }
  private readonly interned = new WeakMap<object, NonNullable<RuleAssessment['undetermined']>>();

  private flag(rule: string, id: string): void {
    const s = this.flagged.get(rule);
    if (s) s.add(id);
    else this.flagged.set(rule, new Set([id]));
  }

  private cover(from: string, to: string): void {
    if (!this.span) this.span = { from, to };
    else {
      if (from < this.span.from) this.span.from = from;
      if (to > this.span.to) this.span.to = to;
    }
  }

  result(): Evaluation {
    this.across();
    const runs = [...this.runs.values()];
    // In employee order whatever order employees were evaluated in.
    for (const r of runs) r.undetermined_employees.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return {
      findings: this.findings,
      undetermined: this.undetermined,
      runs,
      signals: this.signals.result(),
      ...(this.span ? { span: this.span, period: { start: this.span.from, end: this.span.to } } : {}),
      warnings: packWarnings(this.pack, this.data, this.o.asOf),
      ...(this.hours ? { hours: this.hours } : {}),
    };
  }

  /** The checks that compare employees, over what their `run` kept. */
  private across(): void {
    const { data, pack, o } = this;
    for (const rule of this.rules) {
      const fn = this.bound.get(rule.id)!;
      const kept = this.kept.get(rule.id);
      if (!fn.across || !kept) continue;
      const params = ruleParams(rule, pack);
      const run = this.runs.get(rule.id)!;
      const had = this.flagged.get(rule.id);
      const ctx = { ...params, asOf: o.asOf, present: data.present, peers: data.employees };
      let drafts: Iterator<AcrossOutcome> | undefined;
      for (;;) {
        let next: IteratorResult<AcrossOutcome>;
        try {
          drafts ??= fn.across(kept, ctx)[Symbol.iterator]();
          next = drafts.next();
        } catch (e) {
          if (!(e instanceof MissingParam)) throw e;
          for (const id of kept.keys()) this.notConcluded(run, id, [e.reason]);
          break;
        }
        if (next.done) break;
        // Each employee's findings written as the check gives them, not held for the whole rule.
        const [id, list, why] = next.value;
        if (why?.length) this.notConcluded(run, id, why);
        if (list.length && !had?.has(id)) run.employees_with_findings++;
        this.emit(
          id,
          list.map((d) => finish(d, rule, id, data.files, pack, o)),
        );
      }
      // What the rule kept is not needed again: let it go before the next rule and the report.
      this.kept.delete(rule.id);
    }
  }

  private entries?: { rule: string; at: Map<string, number> };

  /**
   * A rule found, once every employee was in, that it could not conclude for an employee: the
   * reasons join the employee's entry of the rule (one entry an employee and rule, as `record`
   * makes them), or make one, and the employee is no longer counted as checked.
   */
  private notConcluded(run: RuleRun, id: string, why: readonly Reason[]): void {
    // Where each employee's entry of the rule is, found once for the rule.
    if (this.entries?.rule !== run.rule) {
      const at = new Map<string, number>();
      this.undetermined.forEach((u, i) => {
        if (u.rule === run.rule) at.set(u.employee_id, i);
      });
      this.entries = { rule: run.rule, at };
    }
    const at = this.entries.at.get(id) ?? -1;
    const had = at < 0 ? undefined : this.undetermined[at];
    const texts = new Map<string, Reason | undefined>();
    if (had) {
      if (had.reasons) for (const r of had.reasons) texts.set(reasonText(r), r);
      else texts.set(had.reason, undefined);
    }
    for (const r of why) texts.set(reasonText(r), r);
    const reasons = [...texts.values()];
    const u: Undetermined = {
      rule: run.rule,
      employee_id: id,
      reason: [...texts.keys()].join('; '),
      ...(reasons.every((r) => r !== undefined) ? { reasons: reasons as Reason[] } : {}),
    };
    if (had) this.undetermined[at] = u;
    else {
      this.entries.at.set(id, this.undetermined.push(u) - 1);
      run.undetermined_employees.push(id);
      run.employees_checked--;
    }
  }
}

/** A holidays file with no row rejected (most). */
const NO_ROWS: readonly number[] = [];

/** An employee with no rejected payroll rows (most): no list made. */
const NO_REASONS: readonly Reason[] = [];

/** No value kept yet: `undefined` is a value a check may keep. */
const NOTHING_KEPT: unique symbol = Symbol('nothing kept');

/** Why a rule could not conclude for an employee, and the reasons it was made of. */
interface UndeterminedOutcome {
  of: readonly (Reason | string)[];
  done: NonNullable<RuleAssessment['undetermined']>;
  /** Both languages, for the signals that read a rule's outcome. */
  said: Reason;
}

// Checks make their reasons afresh for each employee ("column hazardous not in employees.csv"):
// equal reasons are the same outcome, found without rendering either language or a key.
const sameReasons = (a: readonly (Reason | string)[], b: readonly (Reason | string)[]): boolean => {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!samePlain(a[i], b[i])) return false;
  return true;
};

/** Equal as JSON writes them: the same values under the same keys in the same order. */
function samePlain(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (let i = 0; i < ka.length; i++) {
    const k = ka[i];
    if (k !== kb[i] || !samePlain((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
      return false;
  }
  return true;
}

export function evaluate(data: DataSet, pack: RulePack, o: EvaluateOptions): Evaluation {
  const ev = new Evaluator(data, pack, o);
  for (const facts of allEmployeeFacts(data, {
    params: pack.params,
    wages: pack.wages,
    weekStart: o.weekStart,
  })) {
    ev.employee(facts);
  }
  return ev.result();
}

/** Why an employee's rules cannot say they checked the whole record: days left out of the facts. */
function skippedReason(skipped: EmployeeFacts['skippedDays']): Reason | undefined {
  if (!skipped.length) return undefined;
  const { date, reason: why } = skipped[0];
  const others = skipped.length - 1;
  return others
    ? reason('days_not_checked', { date, others, reason: why })
    : reason('day_not_checked', { date, reason: why });
}
