import { describe, expect, it } from 'vitest';
import { Evaluator } from '../src/evaluate/engine.js';
import { allEmployeeFacts } from '../src/facts/employee.js';
import { assemble, parseTable, type Warning } from '../src/parse/ingest.js';
import { tableOfText } from '../src/read/table.js';
import { pack, run } from './helpers.js';

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

// Checks make their reasons afresh for each employee: equal reasons give the outcome already
// made (one object, so that it is counted and handed over as one), different ones their own.
describe('undetermined outcomes reused while the reasons are equal', () => {
  const employees = [
    'employee_id,birth_date,province,wage_type,wage_rate',
    ...['E1', 'E2', 'E3', 'E4', 'E5'].map((id) => `${id},1970-01-01,Bangkok,daily,400`),
  ].join('\n');
  // E2, E3 and E4 each worked a day before the pack's parameters are in force: E2 and E3 the
  // same day, E4 another (same reason id, another date).
  const hours = [
    'employee_id,date,start,end,break_minutes,day_type',
    'E1,2025-09-01,08:00,20:00,60,work',
    'E2,1998-01-05,08:00,20:00,60,work',
    'E2,2025-09-01,08:00,20:00,60,work',
    'E3,1998-01-05,08:00,20:00,60,work',
    'E3,2025-09-01,08:00,20:00,60,work',
    'E4,1998-01-06,08:00,20:00,60,work',
    'E4,2025-09-01,08:00,20:00,60,work',
    'E5,2025-09-01,08:00,20:00,60,work',
  ].join('\n');
  const R = 'lpa-31-hazardous-overtime';

  it('the same outcome object for equal reasons; its own for a reason with other values', () => {
    const warnings: Warning[] = [];
    const data = assemble(
      {
        employees: parseTable(tableOfText('employees.csv', employees), 'employees', warnings),
        hours: parseTable(tableOfText('hours.csv', hours), 'hours', warnings),
      },
      warnings,
    );
    const p = pack();
    const ev = new Evaluator(data, p, {
      asOf: '2025-09-30',
      wilful: false,
      weekStart: 0,
      only: new Set([R]),
    });
    const out = new Map<string, { text: string; reasons?: unknown[] } | undefined>();
    for (const facts of allEmployeeFacts(data, { params: p.params, wages: p.wages, weekStart: 0 }))
      out.set(facts.employee.employee_id, ev.assess(facts).rules[0].undetermined);
    const [e1, e2, e3, e4, e5] = ['E1', 'E2', 'E3', 'E4', 'E5'].map((id) => out.get(id)!);
    expect(e1.text).toContain('column hazardous not in employees.csv');
    expect(e2.text).toContain('work on 1998-01-05 not checked');
    expect(e3).toBe(e2);
    expect(e4).not.toBe(e3);
    expect(e4.text).toContain('work on 1998-01-06 not checked');
    expect(e4.text).not.toContain('1998-01-05');
    expect(e5).not.toBe(e4);
    expect(e5).toEqual(e1);
    expect(e5.text).not.toContain('not checked');
  });
});
