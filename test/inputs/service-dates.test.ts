import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../src/findings/result.js';
import { cli, tempDir } from '../helpers.js';

// A hire or termination date with its year typed wrong is implausible, never a finding
// (src/evaluate/checks/service-dates.ts). Hired `02/05/2466` for 2566 (read as 1923-05-02),
// T1 of the terminated-workers example (born 1992, closure on 2025-08-15 at 400 baht a day) was
// owed a severance of 400 days' wages, 160,000.00 baht, for 37,362 days of service: 90 days,
// 36,000.00, were due. A termination date before the hire date, and a hire date after the
// as-of date, made "days of hours outside the employment span" two-books warnings.

const EXAMPLES = join(import.meta.dirname, '..', '..', 'examples');

/** An example folder with one edit to its employees file. */
function edited(example: string, from: string, to: string): string {
  const dir = join(EXAMPLES, example);
  const files: Record<string, string> = {};
  for (const f of readdirSync(dir)) files[f] = readFileSync(join(dir, f), 'utf8');
  expect(files['employees.csv']).toContain(from);
  files['employees.csv'] = files['employees.csv']!.replace(from, to);
  return tempDir(files);
}

function check(dir: string, ...more: string[]): Result {
  const r = cli(['check', dir, '--as-of', '2025-10-31', '--format', 'json', ...more]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(1);
  return JSON.parse(r.stdout) as Result;
}

const of = (r: Result, id: string) => ({
  findings: r.findings.filter((f) => f.employee_id === id).map((f) => [f.rule, f.owed_satang]),
  undetermined: Object.fromEntries(
    r.undetermined.filter((u) => u.employee_id === id).map((u) => [u.rule, u.reasons?.map((x) => x.id)]),
  ),
});

describe('implausible service dates', () => {
  it('as written, T1 is owed 90 days of severance, 36,000.00 baht', () => {
    const t1 = of(check(join(EXAMPLES, 'terminated-workers')), 'T1');
    expect(t1.findings).toContainEqual(['lpa-118-severance', 3_600_000]);
  });

  it('a hire date before the 10th birthday: severance and unused leave undetermined, no 160,000.00 baht', () => {
    const t1 = of(check(edited('terminated-workers', ',2023-05-02,', ',1923-05-02,')), 'T1');
    expect(t1.findings.map(([rule]) => rule)).not.toContain('lpa-118-severance');
    expect(t1.undetermined['lpa-118-severance']).toEqual(['hire_before_work_age']);
    expect(t1.undetermined['lpa-67-unused-leave']).toEqual(['hire_before_work_age']);
    // The age checks ask the hire date too: before the 10th birthday, and before the pack's first
    // adult age, it is an implausible date, not a parameter missing for 1923.
    expect(t1.undetermined['lpa-49-50-prohibited-work']).toEqual(['implausible_birth_date']);
    // Notice pay does not need the service: 15 days short x 400.00 baht, still found.
    expect(t1.findings).toContainEqual(['lpa-17-1-notice-pay', 600_000]);
  });

  it('a termination date before the hire date: what is owed on termination, and the span, undetermined', () => {
    const dir = edited(
      'terminated-workers',
      ',2025-08-15,closure,2025-08-15',
      ',1925-08-15,closure,1925-08-15',
    );
    const t1 = of(check(dir), 'T1');
    expect(t1.findings.map(([rule]) => rule)).not.toContain('integrity-two-books');
    for (const rule of [
      'lpa-118-severance',
      'lpa-17-1-notice-pay',
      'lpa-67-unused-leave',
      'integrity-two-books',
    ])
      expect(t1.undetermined[rule], rule).toEqual(['termination_before_hire']);
  });

  it('a hire date after the as-of date: no two-books warning of days outside the span; the overtime still found', () => {
    const dir = edited('demo-factory', ',1992-11-03,2021-02-15,', ',1992-11-03,2121-02-15,');
    const e2 = of(check(dir), 'E002');
    expect(e2.findings.map(([rule]) => rule)).not.toContain('integrity-two-books');
    expect(e2.undetermined['integrity-two-books']).toEqual(['hire_after_as_of']);
    // 16 h of overtime in August 2025 at 62.50 baht/h x 1.5, none paid.
    expect(e2.findings).toContainEqual(['lpa-61-overtime-pay', 150_000]);
  });

  it('notice dated after the termination and the as-of date: notice pay undetermined, not 14,603,200.00 baht', () => {
    const dir = edited(
      'terminated-workers',
      ',2025-08-15,closure,2025-08-15',
      ',2025-08-15,closure,2125-07-15',
    );
    const t1 = of(check(dir), 'T1');
    expect(t1.findings.map(([rule]) => rule)).not.toContain('lpa-17-1-notice-pay');
    expect(t1.undetermined['lpa-17-1-notice-pay']).toEqual(['notice_after_as_of']);
    // The rest of what is owed on termination does not need the notice: 90 days x 400.00 baht.
    expect(t1.findings).toContainEqual(['lpa-118-severance', 3_600_000]);
  });

  it('a termination date a year before the work recorded: what is owed on termination undetermined', () => {
    // Closure typed 2024-08-15 for 2025-08-15, August 2025 worked: unused leave was owed as of 2024
    // (1,495.08 baht, with s.9 interest from then).
    const dir = edited(
      'terminated-workers',
      ',2025-08-15,closure,2025-08-15',
      ',2024-08-15,closure,2024-08-15',
    );
    const t1 = of(check(dir), 'T1');
    for (const rule of [
      'lpa-118-severance',
      'lpa-17-1-notice-pay',
      'lpa-67-unused-leave',
      'lpa-70-final-pay',
    ]) {
      expect(t1.findings.map(([r]) => r)).not.toContain(rule);
      expect(t1.undetermined[rule], rule).toEqual(['records_after_termination']);
    }
    // The days worked after it are the two-books sign of days outside the employment span.
    expect(t1.findings.map(([rule]) => rule)).toContain('integrity-two-books');
  });

  // The birth date is personal (a hire date is a date of the records, as work dates are).
  it('under --redact the birth date, and the birthday made from it, are in no format', () => {
    const dir = edited('terminated-workers', ',2023-05-02,', ',1923-05-02,');
    const key = join(EXAMPLES, 'redact-key.txt');
    for (const format of ['json', 'text', 'markdown', 'html', 'sarif', 'csv']) {
      const r = cli(['check', dir, '--as-of', '2025-10-31', '--format', format, '--redact-key-file', key]);
      expect(r.code, format).toBe(1);
      expect(r.stdout + r.stderr, format).not.toContain('1992-03-10');
      expect(r.stdout + r.stderr, format).not.toContain('2002-03-10');
    }
  });
});
