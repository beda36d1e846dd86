import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../src/findings/result.js';
import { cli } from '../helpers.js';

// A Thai HR export whose birth date cells hold a year alone (2550), ไม่ระบุ and a dash
// (test/fixtures/field/employees-thai-birth-unknown). Those employees' rows were rejected, then
// every hours and payroll row of theirs as rows of unknown employees: A001's unpaid overtime was
// never found. The built CLI keeps them, birth dates unknown: the overtime is found with its baht,
// the age checks are undetermined with the reason, and the cells are said once as warnings.

const DIR = join(import.meta.dirname, '..', 'fixtures', 'field', 'employees-thai-birth-unknown');
const AGE_RULES = [
  'lpa-44-minimum-age',
  'lpa-46-child-rest',
  'lpa-47-child-night-work',
  'lpa-48-child-overtime-holiday',
  'lpa-49-50-prohibited-work',
];

describe('check: an employees file with birth dates that cannot be read', () => {
  it('reports the overtime owed and leaves the age checks undetermined, naming why', () => {
    const r = cli(['check', DIR, '--as-of', '2025-10-31', '--format', 'json']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as Result;
    const ot = out.findings.find((f) => f.rule === 'lpa-61-overtime-pay' && f.employee_id === 'A001');
    expect(ot).toMatchObject({ owed_satang: 22500, entitled_satang: 22500, paid_satang: 0 });
    expect(ot?.message).toContain('3 h overtime');
    for (const id of ['A001', 'A002', 'A003'])
      for (const rule of AGE_RULES) {
        const u = out.undetermined.find((x) => x.rule === rule && x.employee_id === id);
        expect(
          u?.reasons?.map((x) => x.id),
          `${rule} ${id}`,
        ).toEqual(['birth_date_unreadable']);
      }
    // A004's birth date is read: her age checks ran.
    expect(out.undetermined.filter((x) => x.employee_id === 'A004' && AGE_RULES.includes(x.rule))).toEqual(
      [],
    );
    expect(out.findings.filter((f) => AGE_RULES.includes(f.rule))).toEqual([]);
    expect(out.rejected).toEqual([]);
    for (const i of out.inputs)
      expect(i.rows_read, i.kind).toBe(i.rows_used + i.rows_rejected + i.rows_skipped);
    expect(out.warnings.filter((w) => w.column === 'birth_date').map((w) => [w.row, w.why?.id])).toEqual([
      [2, 'birth_date_unreadable_cell'],
      [3, 'birth_date_unreadable_cell'],
      [4, 'birth_date_unreadable_cell'],
    ]);
    // ช and ญ are read: A004 (ญ, 450 a day) beside A003 (ช, 500) in the same job.
    const equal = out.findings.filter((f) => f.rule === 'lpa-53-equal-pay');
    expect(equal.map((f) => [f.employee_id, f.params.compared_with])).toEqual([['A004', ['A003']]]);
  });

  it('under --redact the cells are not in the report, the warnings still are', () => {
    const r = cli([
      'check',
      DIR,
      '--as-of',
      '2025-10-31',
      '--format',
      'json',
      '--redact-key',
      'correct horse battery',
    ]);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as Result;
    const notes = out.warnings.filter((w) => w.column === 'birth_date');
    expect(notes.map((w) => w.row)).toEqual([2, 3, 4]);
    for (const w of notes) expect(w.message).toContain('is not a date');
    const said = JSON.stringify(out.warnings);
    for (const cell of ['"2550"', 'ไม่ระบุ', '"-"', 'สมชาย']) expect(said).not.toContain(cell);
    expect(r.stdout).not.toContain('ไม่ระบุ');
  });
});
