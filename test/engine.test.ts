import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

// The engine reuses a rule's undetermined outcome from one employee to the next while its
// reasons are the same: each employee must still get exactly its own reasons.
describe('undetermined reasons, employee after employee', () => {
  const employees = [
    'employee_id,birth_date,province,wage_type,wage_rate',
    'E1,1970-01-01,Bangkok,daily,400',
    'E2,1970-01-01,Bangkok,daily,400',
    'E3,1970-01-01,Bangkok,daily,400',
  ].join('\n');
  // 08:00-20:00 with an hour's break: 3 h of overtime, which s.31 asks about (no hazardous column).
  // E2 also worked on a day before the pack's parameters are in force: that day is not checked.
  const hours = [
    'employee_id,date,start,end,break_minutes,day_type',
    'E1,2025-09-01,08:00,20:00,60,work',
    'E2,1998-01-05,08:00,20:00,60,work',
    'E2,2025-09-01,08:00,20:00,60,work',
    'E3,2025-09-01,08:00,20:00,60,work',
  ].join('\n');
  const R = 'lpa-31-hazardous-overtime';

  it('the employee between two others with one reason has two, and the one after it one again', () => {
    const r = run({ employees, hours }, '2025-09-30', [R]);
    const by = (id: string) => r.undetermined.find((u) => u.rule === R && u.employee_id === id);
    const column = by('E1')!.reason;
    expect(column).toContain('column hazardous not in employees.csv');
    expect(by('E1')?.reasons?.map((x) => x.id)).toEqual(['hazardous_unknown']);
    expect(by('E2')?.reason).toBe(
      `work on 1998-01-05 not checked: rule pack parameter break_excess_counts_after_minutes has no number in force on 1998-01-05; ${column}`,
    );
    expect(by('E2')?.reasons?.map((x) => x.id)).toEqual(['day_not_checked', 'hazardous_unknown']);
    expect(by('E3')).toEqual({ ...by('E1'), employee_id: 'E3' });
    expect(r.coverage.rules.find((x) => x.rule === R)?.undetermined_employees).toEqual(['E1', 'E2', 'E3']);
  });
});
