import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type * as Api from '../../src/api.js';
import { type CheckHooks, check, checkData, readDataSet, resolveInputs } from '../../src/api.js';
import { UserError } from '../../src/errors.js';
import { publish } from '../../src/findings/redact.js';
import { parseGrid, type Warning } from '../../src/parse/ingest.js';
import { gridOfText } from '../../src/read/table.js';
import { json } from '../../src/report/json.js';
import { pack, ROOT, tempFolders } from '../helpers.js';

// Worker threads run the built JavaScript, which the test setup builds from src/.
const built = (await import(join(ROOT, 'dist', 'src', 'api.js'))) as typeof Api;

// Daily attendance summaries with several in and out times on a row (เข้า1, ออก1, เข้า2, ออก2;
// a lunch break's two punches): each pair is a stretch, the time between pairs a break with its
// place known. Such files were refused whole ("missing required columns start, end"). A row is
// used or rejected whole, and counted once however many of its stretches a check rejects.

const parse = (header: string, rows: string[]) => {
  const warnings: Warning[] = [];
  const r = parseGrid(gridOfText('hours.csv', [header, ...rows].join('\n')), 'hours', warnings);
  return { ...r, warnings };
};
const times = (r: ReturnType<typeof parse>) =>
  (r.records as { date: string; start: number; end: number; row: number }[]).map(
    (s) => `${s.row} ${s.date} ${s.start}-${s.end}`,
  );

describe('the header of a row of several in and out times', () => {
  it.each([
    ['รหัส,วันที่,เข้า1,ออก1,เข้า2,ออก2', 'E1,2025-08-04,08:00,12:00,13:00,17:00'],
    ['รหัสพนักงาน,วันที่,เข้า ๑,ออก ๑,เข้า ๒,ออก ๒', 'E1,04/08/2568,08.00,12.00,13.00,17.00'],
    [
      'Emp No.,Date,Time In 1,Time Out 1,Time In 2,Time Out 2',
      // AM/PM times: a US export, whose dates are month-first when no date says otherwise.
      'E1,08/04/2025,8:00 AM,12:00 PM,1:00 PM,5:00 PM',
    ],
    ['employee_id,date,in1,out1,in2,out2,in3,out3', 'E1,2025-08-04,08:00,12:00,13:00,17:00,,'],
    [
      'employee_id,date,เข้างานครั้งที่ 1,ออกงานครั้งที่ 1,เข้างานครั้งที่ 2,ออกงานครั้งที่ 2',
      'E1,2025-08-04,08:00,12:00,13:00,17:00',
    ],
    ['รหัส,วันที่,เวลาเข้า,เวลาออก,เข้า2,ออก2', 'E1,2025-08-04,08:00,12:00,13:00,17:00'],
    ['รหัส,วันที่,เวลาเข้า,ออกพัก,กลับจากพัก,เวลาออก', 'E1,2025-08-04,08:00,12:00,13:00,17:00'],
    ['Employee ID,Date,Clock In,Break Out,Break In,Clock Out', 'E1,2025-08-04,08:00,12:00,13:00,17:00'],
  ])('%s: two stretches with the hour between them a break', (header, row) => {
    const r = parse(header, [row]);
    expect(r.rejected).toEqual([]);
    expect(times(r)).toEqual(['2 2025-08-04 480-720', '2 2025-08-04 780-1020']);
    expect(r.stats).toMatchObject({ rows_read: 1, rows_used: 1, rows_rejected: 0 });
    expect(r.layout.notes.join('\n')).toMatch(/in and out times read in pairs, a stretch of work each: /);
  });

  it('reads a third pair, for overtime, when it is filled', () => {
    const r = parse('employee_id,date,in1,out1,in2,out2,in3,out3', [
      'E1,2025-08-04,08:00,12:00,13:00,17:00,17:30,20:00',
      'E1,2025-08-05,08:00,12:00,13:00,17:00,,',
    ]);
    expect(times(r)).toEqual([
      '2 2025-08-04 480-720',
      '2 2025-08-04 780-1020',
      '2 2025-08-04 1050-1200',
      '3 2025-08-05 480-720',
      '3 2025-08-05 780-1020',
    ]);
  });

  it.each([
    [
      'รหัส,วันที่,เวลาเข้า,เวลาออก,เข้า OT,ออก OT',
      'E1,2025-08-04,08:00,17:00,17:30,20:00',
      ['2 2025-08-04 480-1020', '2 2025-08-04 1050-1200'],
    ],
    ['รหัส,วันที่,เวลาเข้า,เวลาออก,เข้า OT,ออก OT', 'E1,2025-08-04,08:00,17:00,,', ['2 2025-08-04 480-1020']],
    [
      'Employee ID,Date,Clock In,Break Out,Break In,Clock Out,OT In,OT Out',
      'E1,2025-08-04,08:00,12:00,13:00,17:00,17:30,19:30',
      ['2 2025-08-04 480-720', '2 2025-08-04 780-1020', '2 2025-08-04 1050-1170'],
    ],
  ])('%s: an overtime pair after the others (%s)', (header, row, stretches) => {
    const r = parse(header, [row]);
    expect(r.rejected).toEqual([]);
    expect(times(r)).toEqual(stretches);
  });

  it.each([
    // [header, the warning's ignored column]
    ['employee_id,date,start,end,OT In', 'OT In (an overtime time without the other one)'],
    ['employee_id,date,เข้า1,ออก1,เข้า2', 'เข้า2 (no out time 2 beside it)'],
    ['employee_id,date,เวลาเข้า,เวลาออก,ออกพัก', 'ออกพัก (a break punch without the other one)'],
  ])('%s: half a pair is not read, and said', (header, ignored) => {
    const r = parse(header, ['E1,2025-08-04,08:00,17:00,12:00']);
    expect(times(r)).toEqual(['2 2025-08-04 480-1020']);
    expect(r.warnings.map((w) => w.message).join('\n')).toContain(ignored);
  });

  it.each([
    ['employee_id,date,เวลาเข้า,เข้า1,ออก1,เข้า2,ออก2', /columns "เวลาเข้า" and "เข้า1" both map to start/],
    [
      'employee_id,date,in1,out1,in2,out2,break out,break in',
      /break punch column "break out" beside numbered/,
    ],
  ])('%s: refused in one line', (header, message) => {
    expect(() => parse(header, ['E1,2025-08-04,08:00,12:00,13:00,17:00,12:00,13:00'])).toThrow(UserError);
    expect(() => parse(header, ['E1,2025-08-04,08:00,12:00,13:00,17:00,12:00,13:00'])).toThrow(message);
  });

  it('refuses pairs without a date column, which their cells would have to give', () => {
    expect(() => parse('employee_id,in1,out1,in2,out2', ['E1,2025-08-04 08:00,12:00,13:00,17:00'])).toThrow(
      /several in and out columns \(in1-out1, in2-out2\) need a date column/,
    );
  });
});

describe('the rows', () => {
  const header = 'employee_id,date,เข้า1,ออก1,เข้า2,ออก2';
  it.each([
    // [the four times, the column rejected, its value, the reason's id]
    ['08:00,12:00,13:00,', 'end', '13:00', 'missing_out_punch'],
    ['08:00,12:00,,17:00', 'start', '17:00', 'missing_in_punch'],
    ['08:00,,13:00,17:00', 'end', '08:00', 'missing_out_punch'],
    ['08:00,12:00,13:00,-', 'end', '-', 'missing_out_punch'],
    ['08:00,12:00,13:00,ลืมสแกน', 'end', 'ลืมสแกน', 'missing_out_punch'],
    ['08:00,12:00,13:00,17:75', 'end', '17:75', 'not_a_time_of_day'],
    ['ลา,ลา,ลา,ลา', 'start', 'ลา', 'absence_mark'],
    ['08:00,12:00,ลาป่วย,', 'start', 'ลาป่วย', 'absence_mark'],
  ])("%s: the row is rejected whole, quoting the pair's value", (cells, column, value, id) => {
    const r = parse(header, [`E1,2025-08-04,${cells}`]);
    expect(r.records).toEqual([]);
    expect(r.rejected.map((x) => [x.row, x.column, x.value, x.why?.id])).toEqual([[2, column, value, id]]);
    expect(r.stats).toMatchObject({ rows_read: 1, rows_used: 0, rows_rejected: 1 });
    // The day is one whose work is unknown (integrity-two-books).
    expect(r.lost).toEqual([{ employee_id: 'E1', date: '2025-08-04', row: 2 }]);
  });

  it.each(['ลา', 'ขาดงาน', 'หยุด', 'OFF', 'Absent', 'Sick leave'])(
    'a leave or absence mark (%s) in a one-pair file is said as such, its day unknown',
    (mark) => {
      const r = parse('employee_id,date,start,end', [`E1,2025-08-04,${mark},${mark}`]);
      expect(r.rejected.map((x) => [x.column, x.value, x.why?.id])).toEqual([
        ['start', mark, 'absence_mark'],
      ]);
      expect(r.rejected[0].reason).toBe(
        `a leave or absence mark ("${mark}") where a time of work would be: no hours that day; not counted as work`,
      );
      expect(r.lost).toEqual([{ employee_id: 'E1', date: '2025-08-04', row: 2 }]);
    },
  );

  it('reads an afternoon alone (the first pair blank) and rejects a row with no time at all', () => {
    const r = parse(header, ['E1,2025-08-04,,,13:00,17:00', 'E1,2025-08-05,,,,']);
    expect(times(r)).toEqual(['2 2025-08-04 780-1020']);
    expect(r.rejected.map((x) => [x.row, x.column])).toEqual([[3, 'start']]);
  });

  it('gives a break_minutes column to the first stretch only', () => {
    const r = parse('employee_id,date,break_minutes,in1,out1,in2,out2', [
      'E1,2025-08-04,15,08:00,12:00,13:00,17:00',
    ]);
    expect((r.records as { break_minutes: number }[]).map((s) => s.break_minutes)).toEqual([15, 0]);
  });
});

// ---- the checks' rejections, whole, streamed and on worker threads ----

const folder = tempFolders();
const EMPLOYEES =
  'employee_id,birth_date,province,wage_type,wage_rate\nE1,1990-01-01,Bangkok,daily,400\nE2,1991-01-01,Bangkok,daily,400\n';
const HOURS = [
  'employee_id,date,in1,out1,in2,out2,in3,out3',
  'E1,2025-08-04,08:00,12:00,13:00,17:00,17:00,20:00', // 3 h of overtime with no break before it
  'E1,2025-08-05,08:00,12:00,11:00,17:00,,', // the second pair overlaps the first
  'E1,2000-01-01,08:00,12:00,13:00,17:00,,', // a clock reset: implausible, a year before the file
  'E9,2025-08-05,08:00,12:00,13:00,17:00,,', // not in the employees file
  'E2,2025-08-04,08:00,12:00,13:00,17:00,,',
  'E2,2025-08-05,08:00,12:00,13:00,17:00,,',
].join('\n');

describe('rows of several stretches in the checks', () => {
  const dir = folder({ 'employees.csv': EMPLOYEES, 'hours.csv': `${HOURS}\n` });
  const o = { dir, asOf: '2025-09-30' };
  const whole = checkData(readDataSet(resolveInputs(o)), pack(), o);

  it('uses no stretch of a rejected row: its pairs go with it', () => {
    const rows = readDataSet(resolveInputs(o)).stretches.map((s) => `${s.employee_id} ${s.row}`);
    // Row 3's pairs overlap: neither is used. (Row 4's date is refused later, by the checks.)
    expect(rows).toEqual(['E1 4', 'E1 4', 'E1 2', 'E1 2', 'E1 2', 'E2 6', 'E2 6', 'E2 7', 'E2 7']);
  });

  it('counts each row once, used or rejected', () => {
    const hours = whole.inputs.find((i) => i.kind === 'hours')!;
    expect(hours).toMatchObject({ rows_read: 6, rows_used: 3, rows_rejected: 3 });
    expect(whole.rejected.map((r) => [r.row, r.column, r.why?.id])).toEqual([
      [3, 'start', 'overlapping_stretch'],
      [4, 'date', 'year_before_file'],
      [5, 'employee_id', 'unknown_employee'],
    ]);
  });

  it('lists a row once as the evidence of a finding on its day', () => {
    const f = whole.findings.filter((x) => x.rule === 'lpa-27-break-before-overtime');
    expect(f.map((x) => [x.employee_id, x.date, x.evidence.map((e) => e.row)])).toEqual([
      ['E1', '2025-08-04', [2]],
    ]);
  });

  const TINY: CheckHooks = { minBytes: 0, batchRows: 2, chunkBytes: 61, spillBytes: 200 };
  it.each([
    ['grouped', HOURS],
    ['not grouped', [...HOURS.split('\n'), 'E1,2025-08-06,08:00,12:00,13:00,17:00,,'].join('\n')],
  ])('gives the same report streamed (%s) and on worker threads as read whole', async (_, hours) => {
    const d = folder({ 'employees.csv': EMPLOYEES, 'hours.csv': `${hours}\n` });
    const p = { dir: d, asOf: '2025-09-30' };
    const read = json(publish(checkData(readDataSet(resolveInputs(p)), pack(), p)));
    let path = '';
    expect(json(publish(check(p, { ...TINY, onPath: (x) => (path = x.path) })))).toBe(read);
    expect(path).toBe(_ === 'grouped' ? 'stream' : 'spill');
    for (const jobs of [1, 2]) expect(json(publish(await built.checkAsync({ ...p, jobs }, TINY)))).toBe(read);
  });
});
