import { describe, expect, it } from 'vitest';
import { reasonText } from '../../src/findings/reasons.js';
import { parseGrid, type Warning } from '../../src/parse/ingest.js';
import type { Employee } from '../../src/parse/records.js';
import { gridOfText } from '../../src/read/table.js';
import { run } from '../helpers.js';

// A birth date that cannot be read (a year alone, `-`, ไม่ระบุ "not specified") rejected the whole
// employees row, and then every hours and payroll row of the employee as one of an unknown
// employee: nothing about them was checked. The cell is now unknown, as a blank one is, and said
// once as a warning; only the checks that need the age are undetermined for the employee. A sex
// that is neither male nor female is unknown the same way (equal pay undetermined), and the Thai
// abbreviations ช and ญ are read.

const HEADER = 'รหัสพนักงาน,ชื่อ-นามสกุล,วันเกิด,เพศ,จังหวัด,ตำแหน่ง,ประเภทค่าจ้าง,อัตราค่าจ้าง';

function employees(birth: string, sex = 'ช') {
  const warnings: Warning[] = [];
  const text = `${HEADER}\nA001,นายสมชาย ใจดี,${birth},${sex},กรุงเทพมหานคร,พนักงานผลิต,รายวัน,400\n`;
  const r = parseGrid(gridOfText('employees.csv', text), 'employees', warnings);
  return { records: r.records as Employee[], rejected: r.rejected, stats: r.stats, warnings };
}

describe('a birth date cell that cannot be read', () => {
  it.each([
    ['2550', 'a Buddhist-era year alone'],
    ['-', 'a dash'],
    ['ไม่ระบุ', '"not specified"'],
    ['31/02/2530', 'no calendar date'],
  ])('%s (%s): the employee is kept, the birth date unknown, and the cell said once', (birth) => {
    const r = employees(birth);
    expect(r.rejected).toEqual([]);
    expect(r.stats).toMatchObject({ rows_read: 1, rows_used: 1, rows_rejected: 0 });
    expect(r.records).toHaveLength(1);
    expect(r.records[0]).toMatchObject({ employee_id: 'A001', sex: 'M', wage_rate: 40000 });
    expect(r.records[0]!.birth_date).toBeUndefined();
    expect(r.records[0]!.unreadable).toEqual(['birth_date']);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatchObject({ file: 'employees.csv', row: 2, column: 'birth_date' });
    expect(r.warnings[0]!.why?.id).toBe('birth_date_unreadable_cell');
    expect(r.warnings[0]!.message).toContain(`"${birth}"`);
    expect(r.warnings[0]!.message).toContain('the checks that need the age are undetermined');
    expect(reasonText(r.warnings[0]!.why!, 'th')).toContain(`วันเกิด "${birth}"`);
  });

  it('a blank one is unknown without a warning; a readable one is read', () => {
    expect(employees('')).toMatchObject({ warnings: [], rejected: [] });
    expect(employees('').records[0]!.unreadable).toBeUndefined();
    const read = employees('12/04/2550');
    expect(read.records[0]!.birth_date).toBe('2007-04-12');
    expect(read.warnings).toEqual([]);
  });

  it('a row refused for another cell is rejected as before, with no warning for its birth date', () => {
    const warnings: Warning[] = [];
    const text = `${HEADER}\nA001,นายสมชาย ใจดี,2550,ช,กรุงเทพมหานคร,พนักงานผลิต,,400\n`;
    const r = parseGrid(gridOfText('employees.csv', text), 'employees', warnings);
    expect(r.rejected.map((x) => x.column)).toEqual(['wage_type']);
    expect(warnings.filter((w) => w.column === 'birth_date')).toEqual([]);
  });
});

describe('the sex column', () => {
  it.each([
    ['ช', 'M'],
    ['ญ', 'F'],
    ['ชาย', 'M'],
    ['หญิง', 'F'],
    ['M', 'M'],
    ['F', 'F'],
    ['m', 'M'],
    ['female', 'F'],
    ['นาย', 'M'],
    ['นางสาว', 'F'],
    ['น.ส.', 'F'],
    ['ด.ช.', 'M'],
    ['ด.ญ.', 'F'],
  ])('%s is read as %s', (cell, sex) => {
    const r = employees('12/04/2528', cell);
    expect(r.records[0]!.sex).toBe(sex);
    expect(r.warnings).toEqual([]);
  });

  it.each(['X', 'ไม่ระบุ', 'อื่นๆ'])(
    '%s: the employee is kept, the sex unknown, and the cell said once',
    (cell) => {
      const r = employees('12/04/2528', cell);
      expect(r.rejected).toEqual([]);
      expect(r.records[0]!.sex).toBeUndefined();
      expect(r.records[0]!.unreadable).toEqual(['sex']);
      expect(r.warnings).toHaveLength(1);
      expect(r.warnings[0]).toMatchObject({ file: 'employees.csv', row: 2, column: 'sex' });
      expect(r.warnings[0]!.why).toEqual({ id: 'sex_unreadable_cell', params: { value: cell } });
    },
  );
});

const UNDETERMINED_AGE = [
  'lpa-44-minimum-age',
  'lpa-46-child-rest',
  'lpa-47-child-night-work',
  'lpa-48-child-overtime-holiday',
  'lpa-49-50-prohibited-work',
  'lpa-51-child-deposit',
];

describe('the checks of an employee whose birth date could not be read', () => {
  // A001: 12 h on Monday 4 August 2025 (3 h overtime), 400 baht a day, no overtime paid.
  const files = (birth: string, sex = 'ช', deposit = '', rate2 = 400) => ({
    employees: `${HEADER}\nA001,นายสมชาย ใจดี,${birth},${sex},กรุงเทพมหานคร,พนักงานผลิต,รายวัน,400\nA002,นางสาวมาลี ศรีสุข,03/11/2535,ญ,กรุงเทพมหานคร,พนักงานผลิต,รายวัน,${rate2}\n`,
    hours:
      'employee_id,date,start,end\nA001,2025-08-04,08:00,12:00\nA001,2025-08-04,13:00,17:00\nA001,2025-08-04,17:30,20:30\n',
    payroll: `employee_id,period_start,period_end,pay_date,days_worked,base_pay,ot_pay,deduction_deposit\nA001,2025-08-01,2025-08-31,2025-08-31,1,400,0,${deposit}\n`,
  });

  it('the overtime owed is found; every check that needs the age is undetermined, naming the cell', () => {
    const r = run(files('2550', 'ช', '100'), '2025-09-30');
    const ot = r.findings.filter((f) => f.rule === 'lpa-61-overtime-pay' && f.employee_id === 'A001');
    // 3 h x 50 baht/h (400 / 8) x 1.5.
    expect(ot.map((f) => f.owed_satang)).toEqual([22500]);
    for (const rule of UNDETERMINED_AGE) {
      const u = r.undetermined.find((x) => x.rule === rule && x.employee_id === 'A001');
      expect(
        u?.reasons?.map((x) => x.id),
        rule,
      ).toEqual(['birth_date_unreadable']);
    }
    expect(r.findings.filter((f) => UNDETERMINED_AGE.includes(f.rule))).toEqual([]);
    expect(r.rejected).toEqual([]);
    expect(r.warnings.filter((w) => w.column === 'birth_date').map((w) => w.row)).toEqual([2]);
  });

  it('a blank birth date says so as before', () => {
    const r = run(files(''), '2025-09-30');
    const u = r.undetermined.find((x) => x.rule === 'lpa-44-minimum-age' && x.employee_id === 'A001');
    expect(u?.reasons?.map((x) => x.id)).toEqual(['no_birth_date']);
  });

  it('a sex that cannot be read or is not given leaves equal pay undetermined, not passed', () => {
    const unread = run(files('12/04/2528', 'X'), '2025-09-30');
    const u = unread.undetermined.find((x) => x.rule === 'lpa-53-equal-pay' && x.employee_id === 'A001');
    expect(u?.reasons?.map((x) => x.id)).toEqual(['sex_unreadable']);
    const blank = run(files('12/04/2528', ''), '2025-09-30');
    const b = blank.undetermined.find((x) => x.rule === 'lpa-53-equal-pay' && x.employee_id === 'A001');
    expect(b?.reasons?.map((x) => x.id)).toEqual(['no_sex']);
    // ช is male and ญ female: A002 is paid 380 a day beside A001's 400 in the same job.
    const read = run(files('12/04/2528', 'ช', '', 380), '2025-09-30');
    expect(read.undetermined.filter((x) => x.rule === 'lpa-53-equal-pay')).toEqual([]);
    const equal = read.findings.filter((f) => f.rule === 'lpa-53-equal-pay');
    expect(equal.map((f) => [f.employee_id, f.params.compared_with])).toEqual([['A002', ['A001']]]);
  });
});
