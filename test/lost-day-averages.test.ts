import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type * as Api from '../src/api.js';
import { type CheckHooks, check, checkData, readDataSet, resolveInputs } from '../src/api.js';
import { publish } from '../src/findings/redact.js';
import type { Result } from '../src/findings/result.js';
import { json } from '../src/report/json.js';
import { cli, pack, ROOT, run, tempFolders } from './helpers.js';
import { pieceHolidayFiles } from './piece-holiday-files.js';

// Worker threads run the built JavaScript, which the test setup builds from src/.
const built = (await import(join(ROOT, 'dist', 'src', 'api.js'))) as typeof Api;

// A date whose hours rows were all rejected (a time that cannot be read) is missing from the
// days worked the hours show: an average of pay per day worked over a window holding it comes
// out too high, and the money owed from it too. As for rows without a readable date
// (integrity-undated-rows.test.ts): the piece-rate averages of s.56 and of the termination
// checks are undetermined, naming the dates (hours_rows_rejected), and a daily wage's fixed
// allowance per day worked is left out (the lower wage). A lost date outside the window, or
// one whose other rows still count it as worked, changes nothing.

const folder = tempFolders();
const lostOn = (date: string, reasonPeriod: { start: string; end: string }) => ({
  id: 'hours_rows_rejected',
  params: { dates: date, dates_th: date },
  period: reasonPeriod,
});
const outcome = (r: Result, rule: string) => ({
  owed: r.findings.filter((f) => f.rule === rule).map((f) => f.owed_satang),
  reasons: r.undetermined.filter((u) => u.rule === rule).flatMap((u) => u.reasons ?? []),
});

describe('holiday wage (s.56) of a piece-paid employee: the period average', () => {
  const RULE = 'lpa-56-holiday-wage';
  const files = pieceHolidayFiles;
  const check56 = (more: string[]) => outcome(run(files(more), '2025-07-31', [RULE]), RULE);

  it('1,500 baht over 3 days: 500 owed; a day of the period whose only row was rejected: undetermined', () => {
    expect(check56([])).toEqual({ owed: [50000], reasons: [] });
    // 2025-07-25 may be a fourth day worked: 375 a day, not 500.
    const r = run(files(['E1,2025-07-25,08:00,25:99']), '2025-07-31', [RULE]);
    expect(r.rejected.map((x) => [x.row, x.column])).toEqual([[5, 'end']]);
    expect(outcome(r, RULE)).toEqual({
      owed: [],
      reasons: [lostOn('2025-07-25', { start: '2025-07-16', end: '2025-07-31' })],
    });
  });

  it('a lost day before the period, or a day still counted as worked, changes nothing', () => {
    expect(check56(['E1,2025-07-10,08:00,25:99'])).toEqual({ owed: [50000], reasons: [] });
    // 2025-07-30 lost an evening row but its morning to afternoon is counted: still 3 days.
    expect(check56(['E1,2025-07-30,18:00,25:99'])).toEqual({ owed: [50000], reasons: [] });
  });

  it('through the CLI JSON, in Thai and redacted', () => {
    const f = files(['E1,2025-07-25,08:00,25:99']);
    const dir = folder({
      'employees.csv': f.employees,
      'hours.csv': f.hours,
      'payroll.csv': f.payroll,
      'holidays.csv': f.holidays,
    });
    const args = ['check', dir, '--as-of', '2025-07-31'];
    const r = cli([...args, '--format', 'json']);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as Result;
    expect(out.findings.filter((f) => f.rule === RULE)).toEqual([]);
    expect(out.undetermined.filter((u) => u.rule === RULE).map((u) => [u.employee_id, u.reason])).toEqual([
      [
        'E1',
        '2025-07-16..2025-07-31: hours rows of these days were rejected, so the days and hours worked are not all known: 2025-07-25',
      ],
    ]);
    expect(cli([...args, '--lang', 'th']).stdout).toContain(
      'บันทึกเวลาทำงานของวันเหล่านี้ถูกปฏิเสธ จึงไม่ทราบจำนวนวันและชั่วโมงทำงานทั้งหมด: 2025-07-25',
    );
    const redacted = cli([...args, '--format', 'json', '--redact']);
    expect(redacted.stdout).not.toContain('25:99');
  });
});

// Semi-monthly periods, Monday to Saturday, 1,000 baht a day: 2025-06-16..30 holds 13 days
// worked, 06-01..15 12 and 05-16..31 14, so the last 30 working days (piece_average_days) reach
// back to 16 May: 39 days averaged.
const PERIODS: [string, string, number][] = [
  ['2025-05-01', '2025-05-15', 13_000],
  ['2025-05-16', '2025-05-31', 14_000],
  ['2025-06-01', '2025-06-15', 12_000],
  ['2025-06-16', '2025-06-30', 13_000],
];
function workDays(from: string, to: string): string[] {
  const days: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
    if (new Date(t).getUTCDay() !== 0) days.push(new Date(t).toISOString().slice(0, 10));
  }
  return days;
}

describe('severance (s.118) of a piece-paid employee: the average of the last 30 working days', () => {
  const RULE = 'lpa-118-severance';
  const files = (lost: string[]) => ({
    employees:
      'employee_id,birth_date,province,wage_type,hire_date,termination_date,termination_reason\nE1,1980-01-01,Bangkok,piece,2024-01-01,2025-06-30,closure',
    hours: [
      'employee_id,date,start,end',
      ...workDays('2025-05-01', '2025-06-30')
        .filter((d) => !lost.includes(d))
        .map((d) => `E1,${d},08:00,17:00`),
      ...lost.map((d) => `E1,${d},08:00,25:99`),
    ].join('\n'),
    payroll: [
      'employee_id,period_start,period_end,pay_date,base_pay,severance_pay',
      ...PERIODS.map(([s, e, pay]) => `E1,${s},${e},${e},${pay},0`),
    ].join('\n'),
  });
  const check118 = (lost: string[]) => outcome(run(files(lost), '2025-06-30', [RULE]), RULE);

  it('(13,000 + 12,000 + 14,000) / 39 days = 1,000 a day x 90; a lost day in the window: undetermined', () => {
    expect(check118([])).toEqual({ owed: [9_000_000], reasons: [] });
    // Without 2025-05-20 counted: 39,000 / 38 days, too high. Undetermined, naming it.
    expect(check118(['2025-05-20'])).toEqual({
      owed: [],
      reasons: [lostOn('2025-05-20', { start: '2025-05-16', end: '2025-05-31' })],
    });
    expect(check118(['2025-06-24'])).toEqual({
      owed: [],
      reasons: [lostOn('2025-06-24', { start: '2025-06-16', end: '2025-06-30' })],
    });
  });

  it('a lost day in a period before the window changes nothing', () => {
    expect(check118(['2025-05-07'])).toEqual({ owed: [9_000_000], reasons: [] });
  });

  it('notice (s.17/1) and unused leave (s.67) take the same last wage', () => {
    const more = {
      employees:
        'employee_id,birth_date,province,wage_type,hire_date,termination_date,termination_reason,notice_given_on,annual_leave_days,leave_taken_days\nE1,1980-01-01,Bangkok,piece,2024-01-01,2025-06-30,closure,2025-06-30,6,0',
      payroll: files([]).payroll.replace('severance_pay', 'notice_pay,leave_pay').replace(/,0$/gm, ',0,0'),
    };
    for (const rule of ['lpa-17-1-notice-pay', 'lpa-67-unused-leave']) {
      const r = (lost: string[]) => outcome(run({ ...files(lost), ...more }, '2025-06-30', [rule]), rule);
      expect(r([]).owed).toHaveLength(1);
      expect(r(['2025-06-24'])).toEqual({
        owed: [],
        reasons: [lostOn('2025-06-24', { start: '2025-06-16', end: '2025-06-30' })],
      });
      expect(r(['2025-05-07'])).toEqual(r([]));
    }
  });

  it('daily-paid: the fixed allowance per day worked is left out of the last wage when a day of the period was lost', () => {
    const daily = (lost: string[]) => ({
      ...files(lost),
      employees:
        'employee_id,birth_date,province,wage_type,wage_rate,hire_date,termination_date,termination_reason\nE1,1980-01-01,Bangkok,daily,400,2024-01-01,2025-06-30,closure',
      payroll:
        'employee_id,period_start,period_end,pay_date,base_pay,other_wages,severance_pay\nE1,2025-06-16,2025-06-30,2025-06-30,5200,1300,0',
    });
    const owed = (lost: string[]) => outcome(run(daily(lost), '2025-06-30', [RULE]), RULE).owed;
    // (400 + 1,300 / 13) x 90; with 2025-06-24 lost, 400 x 90, not (400 + 1,300 / 12) x 90.
    expect(owed([])).toEqual([4_500_000]);
    expect(owed(['2025-06-24'])).toEqual([3_600_000]);
    expect(owed(['2025-06-07'])).toEqual([4_500_000]);
  });
});

describe('overtime (s.61) of a daily-paid employee: the s.68 rate spreads the allowance over the days worked', () => {
  const RULE = 'lpa-61-overtime-pay';
  // Daily 400 + 600 allowance; three days worked, one with 2 h overtime.
  const files = (more: string[]) => ({
    employees: 'employee_id,birth_date,province,wage_type,wage_rate\nE1,1990-01-01,Bangkok,daily,400',
    hours: [
      'employee_id,date,start,end,break_minutes,day_type',
      'E1,2025-09-10,08:00,19:00,60,work',
      'E1,2025-09-11,08:00,17:00,60,work',
      'E1,2025-09-12,08:00,17:00,60,work',
      ...more,
    ].join('\n'),
    payroll:
      'employee_id,period_start,period_end,pay_date,base_pay,other_wages,ot_pay\nE1,2025-09-01,2025-09-30,2025-09-30,12000,600,0',
  });
  const owed = (more: string[]) => outcome(run(files(more), '2025-09-30', [RULE]), RULE).owed;

  it('(400 + 600 / 3) / 8 x 1.5 x 2 h = 225; a lost day of the period: the allowance left out, 150', () => {
    expect(owed([])).toEqual([22500]);
    expect(owed(['E1,2025-09-15,08:00,25:99,60,work'])).toEqual([15000]);
    // Rows without a readable date may be days of the period too.
    expect(owed(['E1,2025-09-31,08:00,17:00,60,work'])).toEqual([15000]);
    // A lost day of another month changes nothing.
    expect(owed(['E1,2025-08-15,08:00,25:99,60,work'])).toEqual([22500]);
  });
});

describe('streamed, spilled and with worker threads, as read whole', () => {
  const TINY: CheckHooks = { minBytes: 0, batchRows: 3, chunkBytes: 61, spillBytes: 200 };
  const EMPLOYEES = [
    'employee_id,birth_date,province,wage_type,hire_date,termination_date,termination_reason',
    'E1,1980-01-01,Bangkok,piece,2024-01-01,2025-06-30,closure',
    'E2,1985-01-01,Bangkok,piece,2024-01-01,2025-06-30,closure',
  ].join('\n');
  const rows = (id: string, lost: string[]) => [
    ...workDays('2025-05-01', '2025-06-30')
      .filter((d) => !lost.includes(d))
      .map((d) => `${id},${d},08:00,17:00`),
    ...lost.map((d) => `${id},${d},08:00,25:99`),
  ];
  const payroll = [
    'employee_id,period_start,period_end,pay_date,base_pay,severance_pay',
    ...['E1', 'E2'].flatMap((id) => PERIODS.map(([s, e, pay]) => `${id},${s},${e},${e},${pay},0`)),
  ].join('\n');
  const cases: Record<string, [string[], string]> = {
    grouped: [[...rows('E1', ['2025-06-24']), ...rows('E2', ['2025-05-07'])], 'stream'],
    "not grouped: E1's lost row after E2's rows": [
      [
        ...rows('E1', []).filter((r) => !r.includes('2025-06-24')),
        ...rows('E2', ['2025-05-07']),
        'E1,2025-06-24,08:00,25:99',
      ],
      'spill',
    ],
  };
  it.each(Object.entries(cases))('%s', async (_, [lines, path]) => {
    const dir = folder({
      'employees.csv': EMPLOYEES,
      'hours.csv': `${['employee_id,date,start,end', ...lines].join('\n')}\n`,
      'payroll.csv': payroll,
    });
    const o = { dir, asOf: '2025-06-30', only: ['lpa-118-severance'] };
    const whole = json(publish(checkData(readDataSet(resolveInputs(o)), pack(), o)));
    const parsed = JSON.parse(whole) as Result;
    // E1's lost day is in the window: undetermined; E2's is before it: owed as without it.
    expect(parsed.findings.map((f) => [f.employee_id, f.owed_satang])).toEqual([['E2', 9_000_000]]);
    expect(parsed.undetermined.map((u) => [u.employee_id, u.reasons?.map((x) => x.id)])).toEqual([
      ['E1', ['hours_rows_rejected']],
    ]);
    let taken = '';
    expect(json(publish(check(o, { ...TINY, onPath: (p) => (taken = p.path) })))).toBe(whole);
    expect(taken).toBe(path);
    for (const jobs of [1, 2])
      expect(json(publish(await built.checkAsync({ ...o, jobs }, TINY)))).toBe(whole);
  });
});
