import { beforeEach, describe, expect, it } from 'vitest';
import { exitCode } from '../src/cli/check-command.js';
import { redact } from '../src/findings/redact.js';
import type { Result } from '../src/findings/result.js';
import { cli, run, tempDir } from './helpers.js';

// Signs of forced labour read from the records: each trigger on both sides of its threshold, an
// absent column undetermined (never raised), how many workers share a sign, exit codes, redaction.

const EMP = 'employee_id,birth_date,province,wage_type,wage_rate';
const monthly = (ids: string[]) =>
  [EMP, ...ids.map((id) => `${id},1990-01-01,Bangkok,monthly,20000`)].join('\n');
const months = ['2025-05', '2025-06', '2025-07', '2025-08'];
const ends: Record<string, string> = { '2025-05': '31', '2025-06': '30', '2025-07': '31', '2025-08': '31' };

/** Monthly payroll rows: `cols` names the extra columns, `cell(month index)` gives their values. */
function payroll(id: string, cols: string[], cell: (i: number) => string[], n = 4): string {
  const rows = months.slice(0, n).map((m, i) => `${id},${m}-01,${m}-${ends[m]},${[...cell(i)].join(',')}`);
  return [`employee_id,period_start,period_end,${cols.join(',')}`, ...rows].join('\n');
}

const signalsOf = (r: Result, indicator: string) =>
  r.signals!.raised.filter((s) => s.indicator === indicator);
const triggers = (r: Result, indicator: string) =>
  signalsOf(r, indicator).flatMap((s) => s.because.map((b) => b.trigger));
const gaps = (r: Result, trigger: string) => r.signals!.undetermined.filter((u) => u.trigger === trigger);

describe('withholding of wages', () => {
  const paidOn = (dates: string[]) => payroll('E1', ['pay_date', 'base_pay'], (i) => [dates[i], '20000']);

  it('is raised by two periods unpaid a month after they ended, not by one', () => {
    const two = run(
      { employees: monthly(['E1']), payroll: paidOn(['2025-05-31', '2025-06-30', '', '']) },
      '2025-10-31',
    );
    expect(triggers(two, 'withholding_of_wages')).toContain('unpaid-periods');
    const s = signalsOf(two, 'withholding_of_wages')[0];
    expect(s.findings.map((f) => f.rule)).toContain('lpa-70-pay-interval');
    expect(s.evidence.map((e) => e.row)).toEqual([4, 5]);
    const one = run(
      { employees: monthly(['E1']), payroll: paidOn(['2025-05-31', '2025-06-30', '2025-07-31', '']) },
      '2025-10-31',
    );
    expect(triggers(one, 'withholding_of_wages')).not.toContain('unpaid-periods');
  });

  it('is raised by pay more than a month late twice, not once', () => {
    const twice = run(
      {
        employees: monthly(['E1']),
        payroll: paidOn(['2025-07-05', '2025-07-31', '2025-08-31', '2025-10-02']),
      },
      '2025-10-31',
    );
    expect(triggers(twice, 'withholding_of_wages')).toContain('late-pay');
    const once = run(
      {
        employees: monthly(['E1']),
        payroll: paidOn(['2025-07-05', '2025-07-30', '2025-08-31', '2025-09-30']),
      },
      '2025-10-31',
    );
    expect(triggers(once, 'withholding_of_wages')).not.toContain('late-pay');
  });

  it('is undetermined, never raised, when the payroll has no pay_date column', () => {
    const r = run(
      { employees: monthly(['E1']), payroll: payroll('E1', ['base_pay'], () => ['20000']) },
      '2025-10-31',
    );
    expect(signalsOf(r, 'withholding_of_wages')).toEqual([]);
    expect(gaps(r, 'unpaid-periods')[0].reason).toMatch(/column pay_date not in payroll\.csv/);
    expect(gaps(r, 'late-pay')[0].employees).toBe(1);
  });

  it('is raised by a deposit kept in every period, the latest included; not when it stopped', () => {
    const cols = ['pay_date', 'base_pay', 'deduction_deposit'];
    const kept = run({
      employees: monthly(['E1']),
      payroll: payroll('E1', cols, (i) => [`${months[i]}-${ends[months[i]]}`, '20000', '500']),
    });
    expect(triggers(kept, 'withholding_of_wages')).toEqual(['deposit-retained']);
    const stopped = run({
      employees: monthly(['E1']),
      payroll: payroll('E1', cols, (i) => [`${months[i]}-${ends[months[i]]}`, '20000', i < 3 ? '500' : '0']),
    });
    expect(signalsOf(stopped, 'withholding_of_wages')).toEqual([]);
    const absent = run({
      employees: monthly(['E1']),
      payroll: payroll('E1', ['pay_date', 'base_pay'], (i) => [`${months[i]}-${ends[months[i]]}`, '20000']),
    });
    expect(gaps(absent, 'deposit-retained')[0].reason).toMatch(/deduction_deposit/);
  });
});

describe('debt bondage', () => {
  const cols = ['pay_date', 'base_pay', 'deduction_other'];
  it('is raised by deduction_other in most periods (3 of 4), not in half (2 of 4)', () => {
    const most = run({
      employees: monthly(['E1']),
      payroll: payroll('E1', cols, (i) => [`${months[i]}-${ends[months[i]]}`, '20000', i < 3 ? '1000' : '0']),
    });
    expect(triggers(most, 'debt_bondage')).toContain('debt-deductions');
    expect(signalsOf(most, 'debt_bondage')[0].findings.every((f) => f.rule === 'lpa-76-deductions')).toBe(
      true,
    );
    const half = run({
      employees: monthly(['E1']),
      payroll: payroll('E1', cols, (i) => [`${months[i]}-${ends[months[i]]}`, '20000', i < 2 ? '1000' : '0']),
    });
    expect(triggers(half, 'debt_bondage')).not.toContain('debt-deductions');
  });

  it('is raised by deductions at 18% or more of gross in most periods, not at 17%', () => {
    const c = ['pay_date', 'base_pay', 'deduction_coop', 'deduction_provident'];
    const near = run({
      employees: monthly(['E1']),
      payroll: payroll('E1', c, (i) => [`${months[i]}-${ends[months[i]]}`, '20000', '1800', '1800']),
    });
    expect(triggers(near, 'debt_bondage')).toEqual(['deductions-near-cap']);
    const below = run({
      employees: monthly(['E1']),
      payroll: payroll('E1', c, (i) => [`${months[i]}-${ends[months[i]]}`, '20000', '1700', '1700']),
    });
    expect(signalsOf(below, 'debt_bondage')).toEqual([]);
  });
});

describe('excessive overtime and abuse of vulnerability', () => {
  const everyDay = (n: number) =>
    [
      'employee_id,date,start,end',
      ...Array.from({ length: n }, (_, i) => {
        const d = `2025-08-${String(i + 1).padStart(2, '0')}`;
        return `E1,${d},08:00,12:00\nE1,${d},13:00,17:00`;
      }),
    ].join('\n');

  it('is raised by 28 days of work in a row, not by 27', () => {
    const e = `${EMP}\nE1,1990-01-01,Bangkok,daily,400`;
    expect(triggers(run({ employees: e, hours: everyDay(28) }), 'excessive_overtime')).toEqual([
      'seven-day-weeks',
    ]);
    expect(signalsOf(run({ employees: e, hours: everyDay(27) }), 'excessive_overtime')).toEqual([]);
  });

  it('is raised by the weekly overtime cap broken in most weeks, from the s.26 findings', () => {
    const e = `${EMP}\nE1,1990-01-01,Bangkok,daily,400`;
    // Two weeks of 6 days 07:00-12:00, 13:00-22:00 (6 h overtime a day = 36 h) plus one long day: 42 h.
    const rows = ['employee_id,date,start,end'];
    for (const week of ['2025-08-04', '2025-08-11']) {
      for (let i = 0; i < 6; i++) {
        const d = `2025-08-${String(Number(week.slice(8)) + i).padStart(2, '0')}`;
        rows.push(`E1,${d},07:00,12:00`, `E1,${d},13:00,${i === 0 ? '23:00' : '22:00'}`);
      }
    }
    const over = run({ employees: e, hours: rows.join('\n') });
    expect(over.findings.filter((f) => f.rule === 'lpa-26-weekly-overtime-cap')).toHaveLength(2);
    expect(triggers(over, 'excessive_overtime')).toContain('overtime-cap-most-weeks');
  });

  it('is raised for an under-15, and undetermined without a birth date', () => {
    const hours = 'employee_id,date,start,end\nE1,2025-08-04,08:00,12:00';
    const child = run({ employees: `${EMP}\nE1,2012-01-01,Bangkok,daily,400`, hours });
    const s = signalsOf(child, 'abuse_of_vulnerability')[0];
    expect(s.findings.map((f) => f.rule)).toContain('lpa-44-minimum-age');
    const unknown = run({ employees: `${EMP}\nE1,,Bangkok,daily,400`, hours });
    expect(signalsOf(unknown, 'abuse_of_vulnerability')).toEqual([]);
    expect(gaps(unknown, 'child-findings')[0].reason).toMatch(/no birth date/);
  });
});

describe('a signal', () => {
  const cols = ['pay_date', 'base_pay', 'deduction_deposit'];
  // Run before each test, not while collecting: Stryker sees which tests reach the code.
  let both: Result;
  beforeEach(() => {
    both = run({
      employees: monthly(['E1', 'E2', 'E3']),
      payroll: [
        payroll('E1', cols, (i) => [`${months[i]}-${ends[months[i]]}`, '20000', '500']),
        payroll('E2', cols, (i) => [`${months[i]}-${ends[months[i]]}`, '20000', '500'])
          .split('\n')
          .slice(1)
          .join('\n'),
        payroll('E3', cols, (i) => [`${months[i]}-${ends[months[i]]}`, '20000', '0'])
          .split('\n')
          .slice(1)
          .join('\n'),
      ].join('\n'),
    });
  });

  it('says how many of the employer’s workers share it', () => {
    const s = signalsOf(both, 'withholding_of_wages');
    expect(s.map((x) => x.employee_id)).toEqual(['E1', 'E2']);
    expect(s.map((x) => x.shared_by)).toEqual([2, 2]);
    expect(s[0].params['deposit-retained']).toMatchObject({ min_periods: { value: 2, from: '2018-01-01' } });
  });

  it('changes the exit code only with --fail-on signal', () => {
    expect(both.findings.filter((f) => f.severity === 'error' || f.severity === 'critical')).toEqual([]);
    expect(exitCode(both, 'error')).toBe(0);
    expect(exitCode(both, 'signal')).toBe(1);
    const clean = run({
      employees: monthly(['E1']),
      payroll: payroll('E1', cols, (i) => [`${months[i]}-${ends[months[i]]}`, '20000', '0']),
    });
    expect(exitCode(clean, 'signal')).toBe(0);
  });

  it('makes the command exit 1 with --fail-on signal, 0 without', () => {
    const dir = tempDir({
      'employees.csv': monthly(['E1']),
      'payroll.csv': payroll('E1', cols, (i) => [`${months[i]}-${ends[months[i]]}`, '20000', '500']),
    });
    expect(cli(['check', dir, '--as-of', '2025-10-31']).code).toBe(0);
    const failing = cli(['check', dir, '--as-of', '2025-10-31', '--fail-on', 'signal']);
    expect(failing.code).toBe(1);
    expect(failing.stdout).toContain('Withholding of wages (withholding_of_wages) E1');
  });

  it('names the employee by pseudonym under --redact', () => {
    const red = redact(both, { key: Buffer.from('a key of signals'), source: 'given' });
    const ids = red.signals!.raised.map((x) => x.employee_id);
    for (const id of ids) expect(id).toMatch(/^emp-[0-9a-f]{12}$/);
    expect(JSON.stringify(red.signals)).not.toMatch(/\bE[123]\b/);
    expect(red.signals!.raised[0].evidence[0].file).toBe('payroll.csv');
  });
});

describe('screen --employer-records', () => {
  const account = 'examples/accounts/bangkok-9000.yaml';
  const demo = 'examples/demo-factory';
  it('lists the indicators from the account and from the records in one section', () => {
    const r = cli([
      'screen',
      account,
      '--employer-records',
      demo,
      '--worker',
      'E011',
      '--as-of',
      '2025-10-31',
    ]);
    const section = r.stdout.slice(r.stdout.indexOf('## Signs of forced labour'));
    expect(section).toContain('Retention of identity documents');
    expect(section).toContain(
      "From the employer's records: 2 pay periods paid more than 1 month after they ended",
    );
    const alone = cli(['screen', account, '--as-of', '2025-10-31']);
    expect(alone.stdout).not.toContain("From the employer's records");
  });
  it('stops with one line when the worker is not in the records', () => {
    const r = cli([
      'screen',
      account,
      '--employer-records',
      demo,
      '--worker',
      'E999',
      '--as-of',
      '2025-10-31',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([
      'labour-check: --worker E999: no such employee in examples/demo-factory',
    ]);
  });
});

describe('check --redact on the demo', () => {
  it('pseudonymises the employee of every signal, whatever the input path holds', () => {
    const r = cli([
      'check',
      'examples/demo-factory',
      '--as-of',
      '2025-10-31',
      '--redact-key',
      'a key of signals',
      '--format',
      'json',
    ]);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.signals.raised.length).toBeGreaterThan(0);
    for (const s of report.signals.raised) expect(s.employee_id).toMatch(/^emp-[0-9a-f]{12}$/);
    expect(r.stdout).not.toMatch(/\bE0(04|11)\b|Thida|demo-factory/);
  });
});
