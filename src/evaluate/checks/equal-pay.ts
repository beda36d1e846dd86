import { baht } from '../../findings/money.js';
import { type CheckFunction, out } from '../check.js';
import { employeeEvidence } from './util.js';

/**
 * Equal pay (s.53), a warning: an employee paid a lower rate than someone of the other sex
 * with the same job title and wage type. Work of equal value cannot be judged from the data.
 */
export const equalPay: CheckFunction = {
  name: 'equal-pay',
  fact: 'employee',
  needs: ['employees'],
  run(ctx) {
    const o = out();
    const e = ctx.facts.employee;
    const sex = e.sex?.toUpperCase();
    if (!sex || !['M', 'F'].includes(sex) || e.wage_rate === undefined || !e.wage_type) return o;
    if (!e.job_title) {
      o.undetermined.push('no job_title to compare with');
      return o;
    }
    const higher = ctx.peers.filter(
      (p) =>
        p.job_title === e.job_title &&
        p.wage_type === e.wage_type &&
        p.sex !== undefined &&
        ['M', 'F'].includes(p.sex.toUpperCase()) &&
        p.sex.toUpperCase() !== sex &&
        (p.wage_rate ?? 0) > e.wage_rate!,
    );
    if (higher.length === 0) return o;
    const top = higher.reduce((a, b) => ((b.wage_rate ?? 0) > (a.wage_rate ?? 0) ? b : a));
    o.findings.push({
      data: {
        job: e.job_title,
        rate: baht(e.wage_rate),
        other_rate: baht(top.wage_rate!),
        other: top.employee_id,
        wage_type: e.wage_type,
      },
      evidence: [...employeeEvidence(e), ...employeeEvidence(top)],
      params: { compared_with: higher.map((h) => h.employee_id) },
    });
    return o;
  },
};
