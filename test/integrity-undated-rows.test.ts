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

// An hours row rejected because its date cannot be read at all (2025-08-34, 31/02/2025, an empty
// cell, text) names its employee but no day: no day can be marked lost, yet the row is work on
// some day. integrity-two-books must not read the employee's paid week as "paid with no hours",
// nor more days or overtime paid than the hours show as a sign, where those rows could be the
// difference: undetermined, naming the rows (hours_rows_undated). Whole file, streamed, spilled
// and with --jobs alike.

const only = ['integrity-two-books'];
const folder = tempFolders();
const AS_OF = '2025-10-31';
const twoBooks = (r: Result) => r.findings.filter((f) => f.rule === 'integrity-two-books');
const undetermined = (r: Result) => r.undetermined.filter((u) => u.rule === 'integrity-two-books');
const UNDATED = (rows: string, rows_th: string, start = '2025-08-04', end = '2025-08-10') => ({
  id: 'hours_rows_undated',
  params: { rows, rows_th },
  period: { start, end },
});

// The demo factory's layout (examples/demo-factory): E001 worked the week of 2025-08-04; E002's
// rows of that week are there, but not one of their dates can be read.
const HEAD =
  'employee_id,name,national_id,birth_date,hire_date,province,district,sector,job_title,wage_type,wage_rate,normal_hours_per_day,hazardous,sex,pregnant_from,pregnant_to,work_categories,night_work_permit,position_class';
const EMPLOYEES = [
  HEAD,
  'E001,Somchai Prasert,,1985-04-12,2019-06-01,Samut Prakan,,,line supervisor,daily,400,,,M,,,,,',
  'E002,Malee Wongsuwan,,1991-11-03,2021-02-15,Samut Prakan,,,machine operator,daily,400,,,F,,,,,',
].join('\n');
const E001_WEEK = [4, 5, 6, 7, 8].flatMap((d) => [
  `E001,2025-08-0${d},08:00,12:00,,work`,
  `E001,2025-08-0${d},13:00,17:00,,work`,
]);
const UNREADABLE = [
  'E002,2025-08-34,08:00,12:00,,work',
  'E002,31/02/2025,13:00,17:00,,work',
  'E002,,08:00,12:00,,work',
  'E002,Tuesday,13:00,17:00,,work',
];
const hours = (e002: string[]) =>
  ['employee_id,date,start,end,break_minutes,day_type', ...E001_WEEK, ...e002].join('\n');
const PAYROLL = [
  'employee_id,period_start,period_end,pay_date,base_pay,other_wages,ot_pay,holiday_pay,holiday_ot_pay,deduction_statutory,deduction_deposit,deduction_other,net_pay',
  'E001,2025-08-04,2025-08-10,2025-08-10,2000.00,0.00,0.00,0.00,0.00,0.00,,0.00,2000.00',
  'E002,2025-08-04,2025-08-10,2025-08-10,2000.00,0.00,0.00,0.00,0.00,0.00,,0.00,2000.00',
].join('\n');

describe('hours rows whose date cannot be read', () => {
  it('through the CLI: no "paid with no hours" for E002, undetermined naming her rows instead', () => {
    const dir = folder({
      'employees.csv': EMPLOYEES,
      'hours.csv': hours(UNREADABLE),
      'payroll.csv': PAYROLL,
    });
    const r = cli(['check', dir, '--as-of', AS_OF, '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Result;
    expect(out.rejected.map((x) => [x.row, x.column, x.why?.id])).toEqual([
      [12, 'date', 'not_a_real_date'],
      [13, 'date', 'not_a_real_date'],
      [14, 'date', 'required_missing'],
      [15, 'date', 'not_a_date'],
    ]);
    expect(out.findings).toEqual([]);
    expect(undetermined(out).map((u) => [u.employee_id, u.reasons])).toEqual([
      ['E002', [UNDATED('rows 12-15', 'แถว 12-15')]],
    ]);
    expect(undetermined(out)[0].reason).toBe(
      '2025-08-04..2025-08-10: hours rows of the employee were rejected without a date that could be read (rows 12-15): they may hold work on any day, so the days and hours worked are not all known',
    );
    // In Thai, and under --redact (the reason names rows only: nothing of a cell).
    const th = cli(['check', dir, '--as-of', AS_OF, '--lang', 'th']);
    expect(th.stdout).toContain(
      'E002 integrity-two-books: 2025-08-04..2025-08-10: แถวบันทึกเวลาทำงานของลูกจ้างถูกปฏิเสธโดยอ่านวันที่ไม่ได้ (แถว 12-15)',
    );
    const redacted = cli(['check', dir, '--as-of', AS_OF, '--format', 'json', '--redact']);
    expect(redacted.stdout).toContain('"rows": "rows 12-15"');
    for (const cell of ['2025-08-34', '31/02/2025', 'Tuesday']) expect(redacted.stdout).not.toContain(cell);
    // Without those rows at all, her week is paid with no hours: the warning stands.
    const none = folder({ 'employees.csv': EMPLOYEES, 'hours.csv': hours([]), 'payroll.csv': PAYROLL });
    const without = JSON.parse(cli(['check', none, '--as-of', AS_OF, '--format', 'json']).stdout) as Result;
    expect(twoBooks(without).map((f) => f.message)).toEqual([
      "E002: paid for 2025-08-04 to 2025-08-10 with no hours in the hours file, which has other employees' hours on 5 days of it",
    ]);
    expect(undetermined(without)).toEqual([]);
  });

  it('a paid period no one has hours in is no sign either way: not undetermined for her rows', () => {
    // Both paid for a September week the hours file does not reach: no one's hours, no sign.
    const september = PAYROLL.split('\n')
      .slice(1)
      .map((l) => l.replaceAll('2025-08-04', '2025-09-01').replaceAll('2025-08-10', '2025-09-07'));
    const r = run(
      { employees: EMPLOYEES, hours: hours(UNREADABLE), payroll: [PAYROLL, ...september].join('\n') },
      AS_OF,
      only,
    );
    expect(twoBooks(r)).toEqual([]);
    // Only her August week, which E001's hours cover, is left undetermined.
    expect(undetermined(r).map((u) => [u.employee_id, u.reasons])).toEqual([
      ['E002', [UNDATED('rows 12-15', 'แถว 12-15')]],
    ]);
    // Without the August week, she is checked: nothing her rows could change.
    const alone = run(
      {
        employees: EMPLOYEES,
        hours: hours(UNREADABLE),
        payroll: [PAYROLL.split('\n')[0], ...september].join('\n'),
      },
      AS_OF,
      only,
    );
    expect(undetermined(alone)).toEqual([]);
    expect(alone.coverage.rules.find((x) => x.rule === only[0])).toMatchObject({
      employees_checked: 2,
      undetermined_employees: [],
    });
    expect(r.coverage.rules.find((x) => x.rule === only[0])).toMatchObject({
      employees_checked: 1,
      undetermined_employees: ['E002'],
    });
  });

  it('reasons found across employees join those found for the employee alone: one entry', () => {
    // E002: her week of 2025-08-04 dated (4 days) with two rows undated, paid 6 days (more than
    // counted, within what the undated rows could be); the week after paid with no hours of hers
    // while E001 worked it.
    const e002 = [4, 5, 6, 7].map((d) => `E002,2025-08-0${d},08:00,17:00,,work`);
    const e001Next = [11, 12].map((d) => `E001,2025-08-${d},08:00,17:00,,work`);
    const pay = [
      'employee_id,period_start,period_end,pay_date,base_pay,days_worked',
      'E002,2025-08-04,2025-08-10,2025-08-10,2400,6',
      'E002,2025-08-11,2025-08-17,2025-08-17,800,2',
    ].join('\n');
    const r = run(
      { employees: EMPLOYEES, hours: hours([...e001Next, ...e002, ...UNREADABLE.slice(0, 2)]), payroll: pay },
      AS_OF,
      only,
    );
    expect(twoBooks(r)).toEqual([]);
    const rows = ['rows 18-19', 'แถว 18-19'] as const;
    expect(undetermined(r).map((u) => [u.employee_id, u.reasons])).toEqual([
      ['E002', [UNDATED(...rows), UNDATED(...rows, '2025-08-11', '2025-08-17')]],
    ]);
    expect(undetermined(r)[0].reason).toMatch(/^2025-08-04\.\.2025-08-10: .*; 2025-08-11\.\.2025-08-17: /);
    expect(r.coverage.rules.find((x) => x.rule === only[0])?.undetermined_employees).toEqual(['E002']);
  });

  it.each(UNREADABLE)('one row %s: undetermined, naming it', (row) => {
    const r = run({ employees: EMPLOYEES, hours: hours([row]), payroll: PAYROLL }, AS_OF, only);
    expect(twoBooks(r)).toEqual([]);
    expect(undetermined(r)[0].reasons).toEqual([UNDATED('row 12', 'แถว 12')]);
  });

  it('a row with neither employee nor date names no one: the warning stands', () => {
    const r = run(
      { employees: EMPLOYEES, hours: hours([',2025-08-34,08:00,12:00,,work']), payroll: PAYROLL },
      AS_OF,
      only,
    );
    expect(twoBooks(r).map((f) => f.employee_id)).toEqual(['E002']);
  });

  it('days and overtime paid beyond the hours: undetermined where the undated rows could be the difference', () => {
    // E001: five days counted (1 h overtime each), two rows without a date.
    const week = (more: string[]) =>
      [
        'employee_id,date,start,end',
        ...[4, 5, 6, 7, 8].flatMap((d) => [
          `E001,2025-08-0${d},08:00,12:00`,
          `E001,2025-08-0${d},13:00,18:00`,
        ]),
        ...more,
      ].join('\n');
    const undated = ['E001,2025-08-34,08:00,12:00', 'E001,,13:00,18:00'];
    const pay = (cols: string, values: string) =>
      `employee_id,period_start,period_end,pay_date,base_pay,${cols}\nE001,2025-08-04,2025-08-10,2025-08-10,2800,${values}`;
    const days = (paid: number, more = undated) =>
      run({ employees: EMPLOYEES, hours: week(more), payroll: pay('days_worked', `${paid}`) }, AS_OF, only);
    // 5 counted + 2 that may be days: 8 is within 1 of 7, 9 is not.
    for (const paid of [7, 8]) {
      expect(twoBooks(days(paid))).toEqual([]);
      expect(undetermined(days(paid))[0].reasons).toEqual([UNDATED('rows 12-13', 'แถว 12-13')]);
    }
    expect(twoBooks(days(9)).map((f) => f.message)).toEqual([
      'E001: the payroll pays 9 days worked for 2025-08-04 to 2025-08-10, the hours file shows 5 (more than 1 apart): two sets of books?',
    ]);
    expect(twoBooks(days(7, []))).toHaveLength(1);
    // Overtime: more paid than the 5 h counted may be in the undated rows; less paid is named.
    const ot = (paid: string) =>
      run({ employees: EMPLOYEES, hours: week(undated), payroll: pay('ot_hours', paid) }, AS_OF, only);
    expect(twoBooks(ot('9'))).toEqual([]);
    expect(undetermined(ot('9'))[0].reasons).toEqual([UNDATED('rows 12-13', 'แถว 12-13')]);
    expect(twoBooks(ot('0'))).toHaveLength(1);
    expect(undetermined(ot('0'))).toEqual([]);
  });

  it('rows refused as more than a year before the file (a clock reset) are work on a day not known too', () => {
    const reset = ['E002,2023-08-04,08:00,12:00,,work', 'E002,2023-08-04,13:00,17:00,,work'];
    const r = run({ employees: EMPLOYEES, hours: hours(reset), payroll: PAYROLL }, AS_OF, only);
    expect(r.rejected.map((x) => [x.row, x.why?.id])).toEqual([
      [12, 'year_before_file'],
      [13, 'year_before_file'],
    ]);
    expect(twoBooks(r)).toEqual([]);
    expect(undetermined(r)[0].reasons).toEqual([UNDATED('rows 12-13', 'แถว 12-13')]);
  });

  it.each([
    ['whose dates cannot be read', '34/08/2568', 'not_a_real_date'],
    ['from a clock reset to 2000', '01/01/2543', 'clock_reset_punch'],
  ])('a punch list %s: no "paid with no hours" either', (_, date, why) => {
    const punches = [
      ...[4, 5, 6, 7, 8].flatMap((d) => [`E001,0${d}/08/2568,07:55`, `E001,0${d}/08/2568,17:05`]),
      `E002,${date},07:58`,
      `E002,${date},17:01`,
    ];
    const dir = folder({
      'employees.csv': EMPLOYEES,
      'punches.csv': `\uFEFFรหัสพนักงาน,วันที่,เวลา\r\n${punches.join('\r\n')}\r\n`,
      'payroll.csv': PAYROLL,
    });
    const files = {
      employees: join(dir, 'employees.csv'),
      hours: join(dir, 'punches.csv'),
      payroll: join(dir, 'payroll.csv'),
      asOf: AS_OF,
      only,
    };
    const r = check(files);
    expect(r.rejected.map((x) => [x.row, x.why?.id])).toEqual([
      [12, why],
      [13, why],
    ]);
    expect(twoBooks(r)).toEqual([]);
    expect(undetermined(r)[0].reasons).toEqual([UNDATED('rows 12-13', 'แถว 12-13')]);
  });
});

describe('streamed, spilled and with worker threads, as read whole', () => {
  const TINY: CheckHooks = { minBytes: 0, batchRows: 3, chunkBytes: 61, spillBytes: 200 };
  // E002 also worked the week after, dated: paid for both weeks.
  const nextWeek = [11, 12].map((d) => `E002,2025-08-${d},08:00,17:00,,work`);
  const payroll = `${PAYROLL}\nE002,2025-08-11,2025-08-17,2025-08-17,800.00,0.00,0.00,0.00,0.00,0.00,,0.00,800.00`;
  const head = 'employee_id,date,start,end,break_minutes,day_type';
  const cases: Record<string, [string[], string]> = {
    'grouped: her undated rows after her dated ones': [
      [head, ...E001_WEEK, ...nextWeek, ...UNREADABLE],
      'stream',
    ],
    "grouped: her undated rows before E001's": [[head, ...UNREADABLE, ...E001_WEEK, ...nextWeek], 'stream'],
    'her only rows, undated': [[head, ...E001_WEEK, ...UNREADABLE], 'stream'],
    "not grouped: an undated row of hers after E001's rows": [
      [head, ...nextWeek, ...UNREADABLE.slice(0, 2), ...E001_WEEK, ...UNREADABLE.slice(2)],
      'spill',
    ],
    'refused as more than a year before the file': [
      [head, ...E001_WEEK, ...nextWeek, 'E002,2023-08-04,08:00,12:00,,work'],
      'stream',
    ],
  };
  it.each(Object.entries(cases))('%s', async (_, [lines, path]) => {
    const dir = folder({
      'employees.csv': EMPLOYEES,
      'hours.csv': `${lines.join('\n')}\n`,
      'payroll.csv': payroll,
    });
    const o = { dir, asOf: AS_OF };
    const whole = json(publish(checkData(readDataSet(resolveInputs(o)), pack(), o)));
    const parsed = JSON.parse(whole) as Result;
    expect(twoBooks(parsed)).toEqual([]);
    expect(undetermined(parsed).flatMap((u) => u.reasons?.map((x) => [u.employee_id, x.id]))).toContainEqual([
      'E002',
      'hours_rows_undated',
    ]);
    let taken = '';
    expect(json(publish(check(o, { ...TINY, onPath: (p) => (taken = p.path) })))).toBe(whole);
    expect(taken).toBe(path);
    for (const jobs of [1, 2])
      expect(json(publish(await built.checkAsync({ ...o, jobs }, TINY)))).toBe(whole);
  });
});

describe('averages over the days worked', () => {
  // A piece-paid wage per day is the pay over the days the hours show: rows without a date may be
  // more days, and the average too high. Undetermined, naming them, rather than too much owed.
  const piece = (check: string, files: Record<string, string>, asOf: string) => {
    const r = run(files, asOf, [check]);
    return {
      owed: r.findings.map((f) => f.owed_satang),
      reasons: r.undetermined.flatMap((u) => u.reasons ?? []),
    };
  };

  it('holiday wage (s.56) of a piece-paid employee', () => {
    const files = pieceHolidayFiles;
    // 1,500 baht over 3 days: 500 a day owed for the holiday.
    expect(piece('lpa-56-holiday-wage', files([]), '2025-07-31')).toEqual({ owed: [50000], reasons: [] });
    expect(piece('lpa-56-holiday-wage', files(['E1,2025-07-34,08:00,17:00']), '2025-07-31')).toEqual({
      owed: [],
      reasons: [UNDATED('row 5', 'แถว 5', '2025-07-16', '2025-07-31')],
    });
  });

  it('severance (s.118) of a piece-paid employee', () => {
    const files = (more: string[]) => ({
      employees:
        'employee_id,birth_date,province,wage_type,hire_date,termination_date,termination_reason\nE1,1980-01-01,Bangkok,piece,2024-01-01,2025-06-30,closure',
      hours: [
        'employee_id,date,start,end',
        ...[2, 3, 4, 5, 6].map((d) => `E1,2025-06-0${d},08:00,17:00`),
        ...more,
      ].join('\n'),
      payroll:
        'employee_id,period_start,period_end,pay_date,base_pay,severance_pay\nE1,2025-06-01,2025-06-30,2025-06-30,5000,0',
    });
    // 5,000 baht over 5 days: 1,000 a day, x 90.
    expect(piece('lpa-118-severance', files([]), '2025-06-30')).toEqual({ owed: [9_000_000], reasons: [] });
    const r = piece('lpa-118-severance', files(['E1,31/06/2025,08:00,17:00']), '2025-06-30');
    expect(r.owed).toEqual([]);
    expect(r.reasons.map((x) => [x.id, x.params?.rows])).toEqual([['hours_rows_undated', 'row 7']]);
    // Daily-paid, fixed allowances per day worked: left out of the last wage (the lower one).
    const daily = (more: string[]) => ({
      ...files(more),
      employees:
        'employee_id,birth_date,province,wage_type,wage_rate,hire_date,termination_date,termination_reason\nE1,1980-01-01,Bangkok,daily,400,2024-01-01,2025-06-30,closure',
      payroll:
        'employee_id,period_start,period_end,pay_date,base_pay,other_wages,severance_pay\nE1,2025-06-01,2025-06-30,2025-06-30,2000,1000,0',
    });
    // (400 + 1,000 / 5) x 90; with a row that may be a sixth day, 400 x 90.
    expect(piece('lpa-118-severance', daily([]), '2025-06-30').owed).toEqual([5_400_000]);
    expect(piece('lpa-118-severance', daily(['E1,31/06/2025,08:00,17:00']), '2025-06-30').owed).toEqual([
      3_600_000,
    ]);
  });
});
