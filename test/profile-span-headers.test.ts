import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../src/api.js';
import type { Result } from '../src/findings/result.js';
import { cli, tempFolders } from './helpers.js';

// A first-in/last-out record is a span whatever maps its headers. An HR export whose arrival and
// departure headers are outside the alias table (Punch In, Punch Out; In Time, Out Time; สแกนเข้า,
// สแกนออก), mapped to start and end by the user's profile, was read as continuous work: each
// 07:58-17:03 day a s.27 daily-break finding and its lunch hour overtime owed (s.61), where the
// same file with Check-in and Check-out gave neither. The span is now read from what the header
// says (src/parse/span-headers.ts); a header that names the work (Start, End, Shift start) is a
// stretch of work, as hours.csv says.

const folder = tempFolders();
const AS_OF = '2025-10-31';
const EMPLOYEES =
  'employee_id,name,birth_date,hire_date,province,wage_type,wage_rate\nE001,Somchai Jaidee,1985-04-12,2019-06-01,Samut Prakan,daily,400\n';
const PAYROLL =
  'employee_id,period_start,period_end,pay_date,base_pay,ot_pay\nE001,2025-08-04,2025-08-10,2025-08-10,2000,0\n';
const DAYS = ['04', '05', '06', '07', '08'];

/** An HR program's daily export: BOM, CRLF, dd/mm/yyyy, a name, the day's first in and last out. */
const hrExport = (arrive: string, leave: string) =>
  `\uFEFFEmp No,Employee Name,Work Date,${arrive},${leave},Department\r\n${DAYS.map(
    (d) => `E001,Somchai Jaidee,${d}/08/2025,07:58,17:03,Sewing`,
  ).join('\r\n')}\r\n`;

const profile = (arrive: string, leave: string) =>
  `version: 1\nhours:\n  columns:\n    employee_id: Emp No\n    date: Work Date\n    start: ${arrive}\n    end: ${leave}\n`;

function run(arrive: string, leave: string): Result {
  const dir = folder({
    'employees.csv': EMPLOYEES,
    'payroll.csv': PAYROLL,
    'hours.csv': hrExport(arrive, leave),
  });
  const map = join(dir, 'profile.yaml');
  writeFileSync(map, profile(arrive, leave));
  return check({ dir, map, asOf: AS_OF });
}

const found = (r: Result, rule: string) => r.findings.filter((f) => f.rule === rule);
const reasonIds = (r: Result, rule: string) =>
  (r.undetermined.find((u) => u.rule === rule)?.reasons ?? []).map((x) => x.id);
const spansWarned = (r: Result) => r.warnings.filter((w) => w.why?.id === 'spans_without_breaks').length;

describe('start and end mapped by a profile', () => {
  it.each([
    ['Punch In', 'Punch Out'],
    ['In Time', 'Out Time'],
    ['สแกนเข้า', 'สแกนออก'],
    ['เข้างาน', 'เลิกงาน'],
    ['Time of arrival', 'Time of departure'],
  ])('%s / %s: a span from first in to last out, no s.27 finding and no lunch hour overtime', (a, b) => {
    const r = run(a, b);
    expect(r.rejected).toEqual([]);
    expect(found(r, 'lpa-27-daily-break')).toEqual([]);
    expect(reasonIds(r, 'lpa-27-daily-break')).toEqual(['breaks_unrecorded']);
    expect(found(r, 'lpa-61-overtime-pay')).toEqual([]);
    expect(r.findings.filter((f) => (f.owed_satang ?? 0) > 0)).toEqual([]);
    expect(spansWarned(r)).toBe(1);
  });

  it('reads as the alias table reads Check-in and Check-out', () => {
    const strip = (r: Result) => ({
      findings: r.findings.map((f) => [f.rule, f.date ?? f.period?.start, f.owed_satang]),
      undetermined: r.undetermined.map((u) => [u.rule, u.reasons]),
    });
    const aliased = check({
      dir: folder({
        'employees.csv': EMPLOYEES,
        'payroll.csv': PAYROLL,
        'hours.csv': hrExport('Check-in', 'Check-out'),
      }),
      asOf: AS_OF,
    });
    expect(strip(run('Punch In', 'Punch Out'))).toEqual(strip(aliased));
  });

  it.each([
    ['Shift Start', 'Shift End'],
    ['Start', 'End'],
    ['เวลาเริ่มงาน', 'เวลาเลิกงาน'],
  ])('%s / %s name the work itself: one stretch, its s.27 finding stands', (a, b) => {
    const r = run(a, b);
    expect(found(r, 'lpa-27-daily-break').map((f) => f.date)).toEqual(DAYS.map((d) => `2025-08-${d}`));
    expect(spansWarned(r)).toBe(0);
  });

  it('the command line with --map: no s.27 finding, no overtime owed', () => {
    const dir = folder({
      'employees.csv': EMPLOYEES,
      'payroll.csv': PAYROLL,
      'hours.csv': hrExport('Punch In', 'Punch Out'),
    });
    const map = join(dir, 'profile.yaml');
    writeFileSync(map, profile('Punch In', 'Punch Out'));
    const r = cli(['check', dir, '--map', map, '--as-of', AS_OF, '--format', 'json']);
    expect(r.stderr).toBe('');
    const result = JSON.parse(r.stdout) as Result;
    expect(found(result, 'lpa-27-daily-break')).toEqual([]);
    expect(found(result, 'lpa-61-overtime-pay')).toEqual([]);
  });
});
