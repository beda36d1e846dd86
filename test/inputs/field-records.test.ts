import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkAsync, readDataSetAsync, resolveInputs } from '../../src/api.js';
import { birthdayOf, day } from '../../src/base/calendar.js';
import { plausibility } from '../../src/evaluate/pack-use.js';
import type { Result } from '../../src/findings/result.js';
import { loadPack } from '../../src/pack/load.js';
import { dateClusters } from '../../src/parse/plausible.js';

// The field corpus (test/fixtures/field/): files built to the shape of real employer and
// time-clock exports, each folder with an expected.json. The payroll, employee and hours
// folders are checked here against their expectations; then every folder of the corpus
// (clock logs too) is held to the rule of docs/inputs.md: no finding comes from an
// absent column or an implausible date.

const FIELD = join(import.meta.dirname, '..', 'fixtures', 'field');
const pack = loadPack();

interface Expected {
  about: string;
  as_of: string;
  /** Per file kind: rows read, used, rejected, skipped. */
  inputs: Record<string, [number, number, number, number]>;
  /** Columns that must be reported absent, per file kind. */
  absent?: Record<string, string[]>;
  /** "rule employee period-or-date owed" for every finding, in report order. */
  findings: string[];
  messages_contain?: Record<string, string>;
  /** [rule, employee, part of the reason]: each must be among the undetermined checks. */
  undetermined: [string, string, string][];
  /** [row, column, value] of every rejected row. */
  rejected: [number, string, string][];
  warnings_contain: string[];
  /** employee -> [name, wage type, hire date, province (English)]. */
  employees?: Record<string, [string, string, string, string]>;
}

const folders = readdirSync(FIELD, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();
const mine = folders.filter((f) => /^(payroll|employees|hours)-/.test(f));
const expectedOf = (f: string) =>
  JSON.parse(readFileSync(join(FIELD, f, 'expected.json'), 'utf8')) as Expected;
const asOfOf = (f: string) =>
  existsSync(join(FIELD, f, 'expected.json')) ? (expectedOf(f).as_of ?? '2025-10-31') : '2025-10-31';

const results = new Map<string, Promise<Result>>();
const resultOf = (f: string) => {
  if (!results.has(f)) results.set(f, checkAsync({ dir: join(FIELD, f), asOf: asOfOf(f) }));
  return results.get(f)!;
};

// A finding of the employee (equal pay) has no date or period.
const when = (f: Result['findings'][number]) =>
  f.date ?? (f.period ? `${f.period.start}..${f.period.end}` : 'employee');
const line = (f: Result['findings'][number]) =>
  `${f.rule} ${f.employee_id} ${when(f)}${f.owed_satang ? ` ${f.owed_satang}` : ''}`;

describe('field corpus: payroll, employee and hours exports', () => {
  it('has the six kinds of export, each with its expectation', () => {
    for (const prefix of ['payroll-', 'employees-', 'hours-'])
      expect(mine.some((f) => f.startsWith(prefix))).toBe(true);
    expect(mine.length).toBeGreaterThanOrEqual(6);
    for (const f of mine) expect(existsSync(join(FIELD, f, 'expected.json')), f).toBe(true);
  });

  describe.each(mine)('%s', (folder) => {
    const e = expectedOf(folder);

    it('reads, uses, rejects and skips the rows it should', async () => {
      const r = await resultOf(folder);
      const counts = Object.fromEntries(
        r.inputs.map((i) => [i.kind, [i.rows_read, i.rows_used, i.rows_rejected, i.rows_skipped]]),
      );
      expect(counts).toEqual(e.inputs);
      for (const i of r.inputs) expect(i.rows_read).toBe(i.rows_used + i.rows_rejected + i.rows_skipped);
      for (const [kind, columns] of Object.entries(e.absent ?? {})) {
        const input = r.inputs.find((i) => i.kind === kind)!;
        for (const c of columns) expect(input.columns).not.toContain(c);
      }
      expect(r.rejected.map((x) => [x.row, x.column, x.value])).toEqual(e.rejected);
      // Every rejection quotes the value it could not take, beside the reason (redaction drops it there).
      for (const x of r.rejected) expect(x.value, x.reason).toBeDefined();
    });

    it('gives the findings and undetermined checks the data shows', async () => {
      const r = await resultOf(folder);
      expect(r.findings.map(line)).toEqual(e.findings);
      for (const [key, text] of Object.entries(e.messages_contain ?? {})) {
        const f = r.findings.find((x) => `${x.rule} ${x.employee_id}` === key);
        expect(f?.message).toContain(text);
      }
      for (const [rule, employee, reason] of e.undetermined) {
        const u = r.undetermined.find((x) => x.rule === rule && x.employee_id === employee);
        expect(u?.reason, `${rule} ${employee}`).toContain(reason);
      }
    });

    it('says what it skipped, guessed or did not know', async () => {
      const r = await resultOf(folder);
      const messages = r.warnings.map((w) => w.message);
      for (const w of e.warnings_contain)
        expect(
          messages.some((m) => m.includes(w)),
          w,
        ).toBe(true);
    });

    if (e.employees)
      it('maps names, wage types, hire dates and provinces', async () => {
        const data = await readDataSetAsync(resolveInputs({ dir: join(FIELD, folder) }));
        for (const [id, [name, wageType, hired, province]] of Object.entries(e.employees ?? {})) {
          const emp = data.employees.find((x) => x.employee_id === id)!;
          expect([
            emp.name,
            emp.wage_type,
            emp.hire_date,
            pack.wages?.province(emp.province ?? '')?.en,
          ]).toEqual([name, wageType, hired, province]);
        }
      });
  });
});

// Payroll columns a finding sets the amount paid (or the pay date) against: a finding of the
// rule needs the column in the file.
const PAID_FROM: Record<string, (cols: string[]) => string[]> = {
  'lpa-61-overtime-pay': () => ['ot_pay'],
  'lpa-62-holiday-work-pay': (c) =>
    c.includes('holiday_pay') || c.includes('holiday_ot_pay') ? ['holiday_pay'] : ['ot_pay'],
  'lpa-63-holiday-overtime-pay': (c) =>
    c.includes('holiday_pay') || c.includes('holiday_ot_pay') ? ['holiday_ot_pay'] : ['ot_pay'],
  'lpa-70-final-pay': () => ['pay_date'],
};

describe('field corpus, every folder: no finding from an absent column or an implausible date', () => {
  const plausible = plausibility(pack);

  it.each(folders)('%s', async (folder) => {
    const r = await resultOf(folder);
    const data = await readDataSetAsync(resolveInputs({ dir: join(FIELD, folder) }));
    const payroll = r.inputs.find((i) => i.kind === 'payroll');
    const hours = r.inputs.find((i) => i.kind === 'hours');
    const rejectedRows = new Set(r.rejected.map((x) => `${x.file}:${x.row}`));
    const hoursDates = data.stretches.map((s) => s.date);
    const { dominant } = dateClusters(hoursDates);
    for (const f of r.findings) {
      // Not from a rejected (implausible or unreadable) row.
      for (const ev of f.evidence) expect(rejectedRows.has(`${ev.file}:${ev.row}`), line(f)).toBe(false);
      // Not from a column the file does not have.
      const need = PAID_FROM[f.rule]?.(payroll?.columns ?? []) ?? [];
      for (const c of need) expect(payroll?.columns, `${line(f)} needs ${c}`).toContain(c);
      if (f.rule === 'lpa-70-pay-interval' && f.owed_satang !== undefined)
        expect(payroll?.columns, `${line(f)}: unpaid needs pay dates`).toContain('pay_date');
      if (f.rule === 'lpa-31-hazardous-overtime')
        expect(r.inputs.find((i) => i.kind === 'employees')?.columns).toContain('hazardous');
      // Not on an implausible date.
      const emp = data.employees.find((x) => x.employee_id === f.employee_id);
      const dates = [f.date, f.period?.start].filter((d): d is string => d !== undefined);
      for (const d of dates) {
        expect(d >= plausible.earliest, line(f)).toBe(true);
        if (emp?.birth_date && plausible.minWorkAge !== undefined && f.date)
          expect(d >= birthdayOf(emp.birth_date, plausible.minWorkAge), line(f)).toBe(true);
        if (hours && dominant && f.date) expect(day(d) + 366 >= day(dominant.first), line(f)).toBe(true);
      }
    }
  });
});
