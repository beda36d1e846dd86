import { describe, expect, it } from 'vitest';
import { AS_OF, cli, DEMO, result } from './helpers.js';

// A rule is checked for an employee or undetermined for them, never both: an employee outside
// the rule's scope or without its file is undetermined only (the demo has no holidays.csv, so
// s.29 is undetermined for all 11, and one worker has no birth date).
describe('coverage counts', () => {
  const r = result(DEMO, AS_OF);
  const employees = r.summary.employees;

  it('checked plus undetermined is every employee, for every rule', () => {
    for (const x of r.coverage.rules)
      expect(x.employees_checked + x.undetermined_employees.length, x.rule).toBe(employees);
  });

  it('s.29 without holidays.csv: checked for none, undetermined for all', () => {
    const s29 = r.coverage.rules.find((x) => x.rule === 'lpa-29-traditional-holidays')!;
    expect(s29.employees_checked).toBe(0);
    expect(s29.undetermined_employees).toHaveLength(employees);
  });

  it('the text report prints the same counts, never a negative one', async () => {
    const run = await cli('check', DEMO, '--as-of', AS_OF, '--format', 'text');
    expect(run.stdout).toMatch(/lpa-29-traditional-holidays: checked 0, undetermined for /);
    expect(run.stdout).not.toMatch(/checked -\d/);
  });
});
