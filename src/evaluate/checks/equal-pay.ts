import { baht } from '../../findings/money.js';
import { because, reason, WAGE_TYPE_TH } from '../../findings/reasons.js';
import type { Employee } from '../../parse/records.js';
import { type CheckFunction, out } from '../check.js';
import { employeeEvidence } from './util.js';

/**
 * Equal pay (s.53), a warning: an employee paid a lower rate than someone of the other sex
 * with the same job title and wage type. Work of equal value cannot be judged from the data.
 * Only rates that say the same thing are compared (`comparableKey`): of the same workplace
 * (province and district, whose minimum wages differ), of the same normal hours a day (a
 * part-time monthly wage is no lower pay for equal work), and of the same day: the
 * employees file holds each employee's last rate, so a rate of someone who left before the
 * as-of date is of the day they left, not comparable with today's rates.
 */
export const equalPay: CheckFunction = {
  name: 'equal-pay',
  fact: 'employee',
  needs: ['employees'],
  run(ctx) {
    const o = out();
    const e = ctx.facts.employee;
    const sex = e.sex?.toUpperCase();
    const noSex = ctx.absent('employees', 'sex');
    if (noSex && e.wage_rate !== undefined && e.wage_type) {
      o.undetermined.push(because(noSex, 'sex_unknown'));
      return o;
    }
    if (e.wage_rate === undefined || !e.wage_type) return o;
    // A sex not given, or one that could not be read (kept as unknown: docs/inputs.md, Cells read
    // as unknown), is no sex to compare with: undetermined, not passed.
    if (sex !== 'M' && sex !== 'F') {
      o.undetermined.push(e.unreadable?.includes('sex') ? reason('sex_unreadable') : reason('no_sex'));
      return o;
    }
    if (!e.job_title) {
      o.undetermined.push(ctx.absent('employees', 'job_title') ?? reason('no_job_title'));
      return o;
    }
    const group = sameJob(ctx.peers, e, ctx.asOf);
    const best = group.top.get(sex === 'M' ? 'F' : 'M') ?? 0;
    // Nobody of the other sex in the group is paid more: no need to look at each of them.
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, a shortcut: the loop below finds nobody either
    if (best <= e.wage_rate) return o;
    // A rate many times this one in the same job is a figure typed wrong (3,720 for 372), not a pay gap.
    const ratio = ctx.num('equal_pay_rate_ratio_max', ctx.asOf);
    const higher: Employee[] = [];
    let outlier: Employee | undefined;
    for (const { peer: p, sex: other } of group.peers)
      if ((other === 'M' || other === 'F') && other !== sex && (p.wage_rate ?? 0) > e.wage_rate!) {
        if ((p.wage_rate ?? 0) > e.wage_rate * ratio) outlier = p;
        else higher.push(p);
      }
    if (higher.length === 0) {
      if (outlier)
        o.undetermined.push(
          reason('equal_pay_rate_implausible', {
            rate: baht(e.wage_rate),
            other_rate: baht(outlier.wage_rate!),
            ratio,
          }),
        );
      return o;
    }
    const top = higher.reduce((a, b) => ((b.wage_rate ?? 0) > (a.wage_rate ?? 0) ? b : a));
    o.findings.push({
      data: {
        job: e.job_title,
        rate: baht(e.wage_rate),
        other_rate: baht(top.wage_rate!),
        other: top.employee_id,
        wage_type: e.wage_type,
        wage_type_th: WAGE_TYPE_TH[e.wage_type ?? ''] ?? e.wage_type,
      },
      evidence: [...employeeEvidence(e), ...employeeEvidence(top)],
      params: { compared_with: higher.map((h) => h.employee_id) },
    });
    return o;
  },
};

// Peers by job title and wage type, in their input order: comparing each employee with every
// other one grows with the square of the staff (20,000 employees: 400 million comparisons).
// Each peer's sex is upper-cased once, not once per employee it is compared with, and each
// group knows its highest rate by sex, so that an employee nobody out-earns is not compared.
interface Peer {
  peer: Employee;
  sex?: string;
}
interface JobGroup {
  peers: Peer[];
  /** The highest rate in the group by upper-cased sex (an absent rate counts as 0, as below). */
  top: Map<string | undefined, number>;
}
// Stryker disable next-line ObjectLiteral,ArrayDeclaration: equivalent, never used: an employee is in the group of its own job
const NO_GROUP: JobGroup = { peers: [], top: new Map() };
const byJob = new WeakMap<
  readonly Employee[],
  { size: number; asOf: string; groups: Map<string, JobGroup> }
>();

/**
 * What makes two rates comparable: the job title and wage type, the workplace (province and
 * district), the normal hours a day and hazardous work, and the day the rate is of (the
 * termination date of someone who left before `asOf`, the hire date of someone hired after it,
 * else the current rate).
 */
export function comparableKey(e: Employee, asOf: string): string {
  // A rate of someone hired after the as-of date is a rate of a later day, as one of someone gone is of an earlier.
  const left =
    e.termination_date && e.termination_date < asOf
      ? e.termination_date
      : e.hire_date && e.hire_date > asOf
        ? `hired ${e.hire_date}`
        : '';
  return [
    e.job_title,
    e.wage_type,
    e.province ?? '',
    e.district ?? '',
    e.normal_hours_per_day ?? '',
    e.hazardous ? 'hazardous' : '',
    left,
  ].join('\u0000');
}

function sameJob(peers: readonly Employee[], e: Employee, asOf: string): JobGroup {
  let index = byJob.get(peers);
  if (!index || index.size !== peers.length || index.asOf !== asOf) {
    const groups = new Map<string, JobGroup>();
    for (const p of peers) {
      const k = comparableKey(p, asOf);
      const entry = { peer: p, sex: p.sex?.toUpperCase() };
      let group = groups.get(k);
      if (!group) {
        group = { peers: [], top: new Map() };
        groups.set(k, group);
      }
      group.peers.push(entry);
      const rate = p.wage_rate ?? 0;
      // Stryker disable next-line EqualityOperator: equivalent, an equal rate leaves the highest as it is
      if (rate > (group.top.get(entry.sex) ?? 0)) group.top.set(entry.sex, rate);
    }
    index = { size: peers.length, asOf, groups };
    byJob.set(peers, index);
  }
  return index.groups.get(comparableKey(e, asOf)) ?? NO_GROUP;
}
