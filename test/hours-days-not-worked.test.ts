import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type * as Api from '../src/api.js';
import { type CheckHooks, check, checkData, readDataSet, resolveInputs } from '../src/api.js';
import { publish } from '../src/findings/redact.js';
import type { Result } from '../src/findings/result.js';
import { json } from '../src/report/json.js';
import { cli, pack, ROOT, tempFolders } from './helpers.js';

// Worker threads run the built JavaScript, which the test setup builds from src/.
const built = (await import(join(ROOT, 'dist', 'src', 'api.js'))) as typeof Api;

// Attendance summaries print a row for every day of the roster, days off included: a Hikvision
// attendance record's Rest and Absent days, a Thai or ZKTeco summary's หยุด, ลา, ขาด, Leave,
// Holiday, Day off, each with its times blank. Each such row was rejected ("required value is
// missing"), so a clean export came out with rejected rows, its days unknown: s.28 undetermined
// for the weeks around them, validate exiting 1. Such a row is now skipped as a day not worked
// (counted, with one warning), never rejected; a day off with times keeps them (it was worked);
// a day not worked is not read as unpaid (leave and holidays are paid): the two books and the
// averages per day worked do not take its absence of work as a fact about pay.

const folder = tempFolders();
const AS_OF = '2025-10-31';
const employees = (...ids: string[]) =>
  `employee_id,name,birth_date,hire_date,province,wage_type,wage_rate\n${ids
    .map((id) => `${id},Somchai Jaidee,1985-04-12,2019-06-01,Samut Prakan,daily,400`)
    .join('\n')}\n`;

const dmy = (iso: string) => iso.split('-').reverse().join('/');
const be = (iso: string) => {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${Number(y) + 543}`;
};
const WEEKDAY = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const weekday = (iso: string) => WEEKDAY[new Date(`${iso}T00:00:00Z`).getUTCDay()];
const dates = (from: string, n: number) =>
  Array.from({ length: n }, (_, i) => {
    const d = new Date(`${from}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + i);
    return d.toISOString().slice(0, 10);
  });

/** A day of the roster: its date, the first in and last out ('' when blank), and its status. */
type Day = [date: string, arrive: string, leave: string, status: string];

/** A Hikvision terminal's attendance record: a title row, dd/mm/yyyy, weekday, Check-in, Check-out, status. */
const hikvision = (id: string, days: Day[]) =>
  `Attendance Record\r\nEmployee ID,Name,Department,Date,Weekday,Check-in,Check-out,Attendance Status\r\n${days
    .map(([d, a, b, s]) => `${id},Somchai,Factory,${dmy(d)},${weekday(d)},${a},${b},${s}`)
    .join('\r\n')}\r\n`;

/** A Thai HR program's daily summary: BOM, B.E. dates, a missing punch written "-", สถานะ. */
const thaiSummary = (id: string, days: Day[]) =>
  `\uFEFFรหัสพนักงาน,ชื่อ-สกุล,วันที่,เวลาเข้า,เวลาออก,สถานะ\r\n${days
    .map(([d, a, b, s]) => `${id},สมชาย ใจดี,${be(d)},${a || '-'},${b || '-'},${s}`)
    .join('\r\n')}\r\n`;

/** Two weeks from Monday 2025-08-04: Sundays off, the Wednesday of the first week absent. */
const TWO_WEEKS: Day[] = dates('2025-08-04', 14).map((d) => {
  if (weekday(d) === 'Sunday') return [d, '', '', 'Rest'];
  if (d === '2025-08-06') return [d, '', '', 'Absent'];
  return [d, '07:58', '17:03', d === '2025-08-05' ? 'Late' : 'Normal'];
});

const found = (r: Result, rule: string) => r.findings.filter((f) => f.rule === rule);
const undeterminedOf = (r: Result, rule: string) => r.undetermined.filter((u) => u.rule === rule);
const hoursInput = (r: Result) => r.inputs.find((i) => i.kind === 'hours')!;
const notWorkedWarnings = (r: Result) =>
  r.warnings.filter((w) => w.why?.id === 'not_worked_skipped' || w.why?.id === 'not_worked_skipped_one');

describe('a Hikvision attendance record with Rest and Absent days', () => {
  const dir = folder({ 'employees.csv': employees('0012'), 'hours.csv': hikvision('0012', TWO_WEEKS) });
  const r = check({ dir, asOf: AS_OF });

  it('skips the days not worked (counted, one warning naming the lines), rejects nothing', () => {
    expect(r.rejected).toEqual([]);
    const h = hoursInput(r);
    // 14 days on lines 3-16: Sundays 2025-08-10 (line 9) and 2025-08-17 (line 16), the absence on line 5.
    expect([h.rows_read, h.rows_used, h.rows_rejected, h.rows_skipped]).toEqual([14, 11, 0, 3]);
    expect(h.rows_read).toBe(h.rows_used + h.rows_rejected + h.rows_skipped);
    expect(h.columns).toContain('status');
    expect(notWorkedWarnings(r).map((w) => [w.why?.params, w.file])).toEqual([
      [{ n: 3, lines: '5, 9, 16' }, join(dir, 'hours.csv')],
    ]);
  });

  it('leaves no day unknown: s.28 and the checks of a day have nothing undetermined from them', () => {
    expect(found(r, 'lpa-28-weekly-holiday')).toEqual([]);
    expect(undeterminedOf(r, 'lpa-28-weekly-holiday')).toEqual([]);
    const reasons = r.undetermined.flatMap((u) => (u.reasons ?? []).map((x) => x.id));
    expect(reasons).not.toContain('hours_day_incomplete');
    expect(reasons).not.toContain('hours_day_uncounted');
  });

  it('validate exits 0: every row is used or skipped', () => {
    const v = cli(['validate', join(dir, 'hours.csv'), '--as-of', AS_OF]);
    expect(v.code).toBe(0);
    expect(v.stdout).toContain(
      '14 read, 11 used, 0 rejected, 3 skipped (not rows of data, or days not worked)',
    );
  });
});

describe('s.28 reads a day not worked as a day without work, and no more', () => {
  // Monday to Sunday: the Sunday is Rest; then seven days of work without one.
  const days: Day[] = [
    ...dates('2025-08-04', 6).map((d): Day => [d, '08:00', '12:00', 'Normal']),
    ['2025-08-10', '', '', 'Rest'],
    ...dates('2025-08-11', 7).map((d): Day => [d, '08:00', '12:00', 'Normal']),
  ];
  it('a Rest day breaks a run; seven days after it are found as they would be without the row', () => {
    const r = check({
      dir: folder({ 'employees.csv': employees('0012'), 'hours.csv': hikvision('0012', days) }),
      asOf: AS_OF,
    });
    expect(found(r, 'lpa-28-weekly-holiday').map((f) => f.date)).toEqual(['2025-08-17']);
    expect(undeterminedOf(r, 'lpa-28-weekly-holiday')).toEqual([]);
    // The same file without its Rest row: the same finding, nothing more.
    const without = check({
      dir: folder({
        'employees.csv': employees('0012'),
        'hours.csv': hikvision(
          '0012',
          days.filter(([, , , s]) => s !== 'Rest'),
        ),
      }),
      asOf: AS_OF,
    });
    expect(found(without, 'lpa-28-weekly-holiday').map((f) => f.date)).toEqual(['2025-08-17']);
  });

  it('a Rest day with times was worked: its times are kept, and with them s.28 finds 14 days', () => {
    const worked = days.map((d): Day => (d[3] === 'Rest' ? [d[0], '08:00', '12:00', 'Rest'] : d));
    const r = check({
      dir: folder({ 'employees.csv': employees('0012'), 'hours.csv': hikvision('0012', worked) }),
      asOf: AS_OF,
    });
    expect(hoursInput(r).rows_skipped).toBe(0);
    expect(hoursInput(r).rows_used).toBe(14);
    expect(found(r, 'lpa-28-weekly-holiday').map((f) => f.message)).toEqual([
      expect.stringContaining('14 consecutive work days from 2025-08-04 to 2025-08-17'),
    ]);
  });
});

describe('a Thai summary with หยุด, ลา, ขาด and "-" for the times', () => {
  const days: Day[] = [
    ['2025-08-04', '07:58', '17:03', 'ปกติ'],
    ['2025-08-05', '', '', 'ลาป่วย'],
    ['2025-08-06', '', '', 'ขาดงาน'],
    ['2025-08-07', '07:58', '17:03', 'สาย'],
    ['2025-08-08', '', '', 'ลา'],
    ['2025-08-09', '', '', 'หยุด'],
    ['2025-08-10', '', '', 'วันหยุด'],
  ];
  it('skips the five days not worked; a blank time with another status is still rejected', () => {
    const late: Day = ['2025-08-11', '', '', 'สาย'];
    const r = check({
      dir: folder({ 'employees.csv': employees('E001'), 'hours.csv': thaiSummary('E001', [...days, late]) }),
      asOf: AS_OF,
    });
    const h = hoursInput(r);
    expect([h.rows_read, h.rows_used, h.rows_rejected, h.rows_skipped]).toEqual([8, 2, 1, 5]);
    // "สาย" (late) says the day was worked: its missing punches are missing, as before.
    expect(r.rejected.map((x) => [x.row, x.column])).toEqual([[9, 'start']]);
    expect(notWorkedWarnings(r).map((w) => w.why?.params)).toEqual([{ n: 5, lines: '3-4, 6-8' }]);
  });

  it('a payroll of 6 days for 2 worked, 3 of leave, an absence and a day off: no two-books finding', () => {
    const payroll =
      'employee_id,period_start,period_end,pay_date,base_pay,ot_pay,days_worked\nE001,2025-08-04,2025-08-10,2025-08-10,2400,0,6\n';
    const r = check({
      dir: folder({
        'employees.csv': employees('E001'),
        'payroll.csv': payroll,
        'hours.csv': thaiSummary('E001', days),
      }),
      asOf: AS_OF,
    });
    expect(found(r, 'integrity-two-books')).toEqual([]);
    expect(undeterminedOf(r, 'integrity-two-books').flatMap((u) => u.reasons)).toEqual([
      {
        id: 'days_marked_not_worked',
        params: {
          dates: '2025-08-05, 2025-08-06, 2025-08-08 and 2 more days',
          dates_th: '2025-08-05, 2025-08-06, 2025-08-08 และอีก 2 วัน',
        },
        period: { start: '2025-08-04', end: '2025-08-10' },
      },
    ]);
  });

  it('a month of maternity leave (ลาคลอด) paid is no period "paid with no hours"', () => {
    const leave = dates('2025-08-01', 31).map((d): Day => [d, '', '', 'ลาคลอด']);
    const work = dates('2025-08-01', 31).map((d): Day => [d, '08:00', '16:00', 'ปกติ']);
    const payroll =
      'employee_id,period_start,period_end,pay_date,base_pay\nE001,2025-08-01,2025-08-31,2025-08-31,12000\nE002,2025-08-01,2025-08-31,2025-08-31,12000\n';
    const hours = thaiSummary('E001', leave) + thaiSummary('E002', work).replace(/^\uFEFF[^\n]*\n/, '');
    const r = check({
      dir: folder({ 'employees.csv': employees('E001', 'E002'), 'payroll.csv': payroll, 'hours.csv': hours }),
      asOf: AS_OF,
    });
    expect(hoursInput(r).rows_skipped).toBe(31);
    expect(found(r, 'integrity-two-books').filter((f) => f.employee_id === 'E001')).toEqual([]);
  });
});

describe('whole, streamed and on worker threads', () => {
  it('gives the same report, and under --redact says no cell of the skipped rows', async () => {
    const payroll =
      'employee_id,period_start,period_end,pay_date,base_pay,ot_pay,days_worked\n0012,2025-08-04,2025-08-17,2025-08-17,4800,0,13\n0013,2025-08-04,2025-08-17,2025-08-17,4800,0,12\n';
    const hours =
      hikvision('0012', TWO_WEEKS) + hikvision('0013', TWO_WEEKS).split('\r\n').slice(2).join('\r\n');
    const dir = folder({
      'employees.csv': employees('0012', '0013'),
      'payroll.csv': payroll,
      'hours.csv': hours,
    });
    const o = { dir, asOf: AS_OF };
    const whole = json(publish(checkData(readDataSet(resolveInputs(o)), pack(), o)));
    const TINY: CheckHooks = { minBytes: 0, batchRows: 3, chunkBytes: 61, spillBytes: 100_000 };
    expect(json(publish(check(o, TINY)))).toBe(whole);
    for (const jobs of [1, 2])
      expect(json(publish(await built.checkAsync({ ...o, jobs }, TINY)))).toBe(whole);
    const r = JSON.parse(whole) as Result;
    expect(hoursInput(r).rows_skipped).toBe(6);
    expect(notWorkedWarnings(r)).toHaveLength(1);
    // 13 days paid for 11 worked and 3 not: undetermined, not a finding.
    expect(found(r, 'integrity-two-books')).toEqual([]);
    expect(undeterminedOf(r, 'integrity-two-books').map((u) => u.employee_id)).toEqual(['0012']);

    const redacted = cli(['check', dir, '--as-of', AS_OF, '--redact', '--format', 'json']);
    const warning = (JSON.parse(redacted.stdout) as Result).warnings.find(
      (w) => w.why?.id === 'not_worked_skipped',
    );
    expect(warning?.message).toBe(
      '6 hours rows whose status says the day was not worked (leave, a holiday, a day off or an absence) and whose times are blank skipped as days not worked (lines 5, 9, 16, 19, 23, 30): no work is counted on them, and they are not read as unpaid',
    );
    expect(redacted.stdout).not.toMatch(/Somchai|Absent|"Rest"|0012/);
  });
});

describe('a status column mapped by a profile', () => {
  it("a remark column (หมายเหตุ) mapped to status, with the export's own word in values.status", () => {
    // A Thai summary whose remarks say ลาป่วย or, in the HR program's own shorthand, "OFF-W".
    const hours =
      '\uFEFFรหัสพนักงาน,วันที่,เวลาเข้า,เวลาออก,หมายเหตุ\r\nE001,04/08/2568,07:58,17:03,\r\nE001,05/08/2568,,,ลาป่วย\r\nE001,06/08/2568,,,OFF-W\r\nE001,07/08/2568,,,ลืมสแกน\r\n';
    const dir = folder({ 'employees.csv': employees('E001'), 'hours.csv': hours });
    const map = join(dir, 'profile.yaml');
    writeFileSync(
      map,
      'version: 1\nhours:\n  columns:\n    status: หมายเหตุ\n  values:\n    status: { OFF-W: day off }\n',
    );
    const r = check({ dir, map, asOf: AS_OF });
    const h = hoursInput(r);
    expect([h.rows_read, h.rows_used, h.rows_rejected, h.rows_skipped]).toEqual([4, 1, 1, 2]);
    // A forgotten scan is no day off: rejected, its day unknown, as before.
    expect(r.rejected.map((x) => x.row)).toEqual([5]);
    expect(notWorkedWarnings(r).map((w) => w.why?.params)).toEqual([{ n: 2, lines: '3-4' }]);
  });
});
