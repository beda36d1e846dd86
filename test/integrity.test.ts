import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, checkData, readDataSet, resolveInputs } from '../src/api.js';
import type { Result } from '../src/findings/result.js';
import { pack, ROOT, run, tempDir } from './helpers.js';

// Signs that records were made for the inspector (integrity-* rules), each on generated data on
// both sides of its threshold; a clean ordinary employer raises none.

const EMP = 'employee_id,birth_date,province,wage_type,wage_rate';
const daily = (ids: string[]) => [EMP, ...ids.map((id) => `${id},1990-01-01,Bangkok,daily,400`)].join('\n');
const date = (i: number) => {
  const d = new Date(Date.UTC(2025, 7, 1 + i));
  return d.toISOString().slice(0, 10);
};
const mm = (n: number) => String(n).padStart(2, '0');

/** Hours of `ids` on `days` days; `offset(employee index, day)` moves the day's punches by minutes. */
function hours(ids: string[], days: number, offset: (e: number, d: number) => number): string {
  const rows = ['employee_id,date,start,end'];
  ids.forEach((id, e) => {
    for (let d = 0; d < days; d++) {
      const o = offset(e, d);
      rows.push(`${id},${date(d)},08:${mm(o)},12:00`, `${id},${date(d)},13:00,17:${mm(o)}`);
    }
  });
  return rows.join('\n');
}

const warnings = (r: Result, rule: string) => r.findings.filter((f) => f.rule === rule);

describe('integrity-too-regular', () => {
  const only = ['integrity-too-regular'];
  it('names 18 of 20 days with the same minutes (90%), not 17 (85%), not 19 days of 19', () => {
    const at = (same: number, days: number) =>
      warnings(
        run(
          { employees: daily(['E1']), hours: hours(['E1'], days, (_, d) => (d < same ? 0 : 3 + (d % 5))) },
          '2025-09-30',
          only,
        ),
        'integrity-too-regular',
      );
    const hit = at(18, 20);
    expect(hit).toHaveLength(1);
    expect(hit[0].severity).toBe('warning');
    expect(hit[0].evidence).toHaveLength(36);
    expect(hit[0].message).toContain('18 of 20 days');
    expect(at(17, 20)).toEqual([]);
    expect(at(19, 19)).toEqual([]);
  });
});

describe('integrity-copied-punches', () => {
  const only = ['integrity-copied-punches'];
  const ids = (n: number) => Array.from({ length: n }, (_, i) => `E${i + 1}`);
  const copied = (n: number, shared: number) =>
    run(
      { employees: daily(ids(n)), hours: hours(ids(n), 10, (e, d) => (d < shared ? 0 : 10 + e)) },
      '2025-09-30',
      only,
    );
  it('names five employees the same on 8 of 10 days (80%), not on 7, not four employees', () => {
    expect(warnings(copied(5, 8), 'integrity-copied-punches').map((f) => f.employee_id)).toEqual(ids(5));
    expect(warnings(copied(5, 7), 'integrity-copied-punches')).toEqual([]);
    expect(warnings(copied(4, 10), 'integrity-copied-punches')).toEqual([]);
  });
  it('gives the same warnings when the hours file is streamed', () => {
    const dir = tempDir({
      'employees.csv': daily(ids(6)),
      'hours.csv': hours(ids(6), 12, (e, d) => (e === 5 ? d % 7 : d < 10 ? 0 : 10 + e)),
    });
    const whole = checkData(readDataSet(resolveInputs({ dir })), pack(), { asOf: '2025-09-30' });
    let path = '';
    const streamed = check(
      { dir, asOf: '2025-09-30' },
      { minBytes: 0, batchRows: 3, onPath: (p) => (path = p.path) },
    );
    expect(path).not.toBe('memory');
    expect(warnings(streamed, 'integrity-copied-punches').map((f) => f.employee_id)).toEqual(ids(5));
    expect(streamed.findings).toEqual(whole.findings);
  });
});

describe('integrity-two-books', () => {
  const only = ['integrity-two-books'];
  const week = (end = '17:00') =>
    [
      'employee_id,date,start,end',
      ...[4, 5, 6, 7, 8].flatMap((d) => [`E1,2025-08-0${d},08:00,12:00`, `E1,2025-08-0${d},13:00,${end}`]),
    ].join('\n');
  const pay = (cols: string, vals: string) =>
    `employee_id,period_start,period_end,pay_date,base_pay,${cols}\nE1,2025-08-04,2025-08-10,2025-08-10,2000,${vals}`;
  it('names days paid 2 apart from the hours, not 1 apart', () => {
    expect(
      warnings(
        run(
          { employees: daily(['E1']), hours: week(), payroll: pay('days_worked', '7') },
          '2025-09-30',
          only,
        ),
        'integrity-two-books',
      ),
    ).toHaveLength(1);
    expect(
      warnings(
        run(
          { employees: daily(['E1']), hours: week(), payroll: pay('days_worked', '6') },
          '2025-09-30',
          only,
        ),
        'integrity-two-books',
      ),
    ).toEqual([]);
  });
  it('names overtime paid 2.5 h apart from the hours, not 2 h apart', () => {
    // 5 days of 1 h overtime = 5 h in the hours file.
    expect(
      warnings(
        run(
          { employees: daily(['E1']), hours: week('18:00'), payroll: pay('ot_hours', '2.5') },
          '2025-09-30',
          only,
        ),
        'integrity-two-books',
      ),
    ).toHaveLength(1);
    expect(
      warnings(
        run(
          { employees: daily(['E1']), hours: week('18:00'), payroll: pay('ot_hours', '3') },
          '2025-09-30',
          only,
        ),
        'integrity-two-books',
      ),
    ).toEqual([]);
  });
  it('names hours after the termination date, not hours up to it', () => {
    const emp = (end: string) => `${EMP},termination_date\nE1,1990-01-01,Bangkok,daily,400,${end}`;
    const p = pay('other_wages', '0');
    expect(
      warnings(
        run({ employees: emp('2025-08-07'), hours: week(), payroll: p }, '2025-09-30', only),
        'integrity-two-books',
      ),
    ).toHaveLength(1);
    expect(
      warnings(
        run({ employees: emp('2025-08-08'), hours: week(), payroll: p }, '2025-09-30', only),
        'integrity-two-books',
      ),
    ).toEqual([]);
  });
  it('names a paid week without hours only when others have hours in it', () => {
    const h = (others: string) =>
      ['employee_id,date,start,end', 'E1,2025-08-04,08:00,17:00', `E2,${others},08:00,17:00`].join('\n');
    const p = [
      'employee_id,period_start,period_end,pay_date,base_pay',
      'E1,2025-08-04,2025-08-10,2025-08-10,2000',
      'E1,2025-08-11,2025-08-17,2025-08-17,2000',
    ].join('\n');
    const covered = run(
      { employees: daily(['E1', 'E2']), hours: h('2025-08-12'), payroll: p },
      '2025-09-30',
      only,
    );
    expect(warnings(covered, 'integrity-two-books').map((f) => f.period?.end)).toEqual(['2025-08-17']);
    const none = run(
      { employees: daily(['E1', 'E2']), hours: h('2025-08-05'), payroll: p },
      '2025-09-30',
      only,
    );
    expect(warnings(none, 'integrity-two-books')).toEqual([]);
  });
  it('compares nothing where the payroll does not state days or overtime', () => {
    expect(
      warnings(
        run(
          { employees: daily(['E1']), hours: week('18:00'), payroll: pay('other_wages', '0') },
          '2025-09-30',
          only,
        ),
        'integrity-two-books',
      ),
    ).toEqual([]);
  });
});

describe('integrity-paid-floor', () => {
  const only = ['integrity-paid-floor'];
  const weeks = ['2025-08-04', '2025-08-11', '2025-08-18'];
  const hoursOf = (overtime: boolean[]) =>
    [
      'employee_id,date,start,end',
      ...weeks.flatMap((w, i) =>
        [0, 1, 2, 3, 4].flatMap((k) => {
          const d = `2025-08-${mm(Number(w.slice(8)) + k)}`;
          return [`E1,${d},08:00,12:00`, `E1,${d},13:00,${overtime[i] ? '19:00' : '17:00'}`];
        }),
      ),
    ].join('\n');
  const payOf = (base: string[]) =>
    [
      'employee_id,period_start,period_end,pay_date,base_pay,ot_pay',
      ...weeks.map(
        (w, i) =>
          `E1,${w},2025-08-${mm(Number(w.slice(8)) + 6)},2025-08-${mm(Number(w.slice(8)) + 6)},${base[i]},0`,
      ),
    ].join('\n');
  it('names most periods (2 of 3) at exactly 400 x 5 with unpaid overtime, not 1 of 3', () => {
    const most = run(
      {
        employees: daily(['E1']),
        hours: hoursOf([true, true, true]),
        payroll: payOf(['2000', '2000', '2100']),
      },
      '2025-09-30',
      only,
    );
    expect(warnings(most, 'integrity-paid-floor')).toHaveLength(1);
    const one = run(
      {
        employees: daily(['E1']),
        hours: hoursOf([true, true, true]),
        payroll: payOf(['2000', '2100', '2100']),
      },
      '2025-09-30',
      only,
    );
    expect(warnings(one, 'integrity-paid-floor')).toEqual([]);
  });
  it('does not name a floor wage when the hours show no overtime', () => {
    const none = run(
      {
        employees: daily(['E1']),
        hours: hoursOf([false, false, false]),
        payroll: payOf(['2000', '2000', '2000']),
      },
      '2025-09-30',
      only,
    );
    expect(warnings(none, 'integrity-paid-floor')).toEqual([]);
  });
});

describe('integrity-identity', () => {
  const only = ['integrity-identity'];
  const E = 'employee_id,name,national_id,birth_date,province,wage_type,wage_rate';
  it('names a failed check digit and a shared id, and never quotes the id', () => {
    const r = run(
      {
        employees: `${E}\nE1,A B,1100700000002,1990-01-01,Bangkok,daily,400\nE2,C D,1100700000001,1990-01-01,Bangkok,daily,400\nE3,E F,1100700000001,1991-01-01,Bangkok,daily,400`,
      },
      '2025-09-30',
      only,
    );
    const found = warnings(r, 'integrity-identity');
    expect(found.map((f) => f.employee_id)).toEqual(['E1', 'E2', 'E3']);
    expect(JSON.stringify(found)).not.toMatch(/110070000000[12]/);
  });
});

describe('a clean ordinary employer', () => {
  const integrity = (r: Result) => r.findings.filter((f) => f.rule.startsWith('integrity-'));
  it('raises no integrity warning in the demo', () => {
    expect(integrity(check({ dir: join(ROOT, 'examples', 'demo-factory'), asOf: '2025-10-31' }))).toEqual([]);
  });
  it('raises no integrity warning in any conformance case', () => {
    const base = join(ROOT, 'test', 'fixtures', 'conformance');
    for (const c of readdirSync(base))
      expect(integrity(check({ dir: join(base, c), asOf: '2025-10-31' })), c).toEqual([]);
  });
});
