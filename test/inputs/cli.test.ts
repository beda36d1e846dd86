import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from '../helpers.js';

// The commands as a user runs them: check on real-world files, validate, map --init.

const IN = join(import.meta.dirname, '..', 'fixtures', 'inputs');
const BAD = join(import.meta.dirname, '..', 'fixtures', 'malformed');
const findings = (stdout: string) =>
  (
    JSON.parse(stdout) as { findings: { rule: string; employee_id: string; owed_satang?: number }[] }
  ).findings.map((f) => `${f.rule} ${f.employee_id} ${f.owed_satang ?? ''}`);

describe('check on real-world files', () => {
  it('xlsx, windows-874 and attlog inputs give the findings of the canonical CSVs', () => {
    const canonical = cli(['check', join(IN, 'canonical'), '--format', 'json', '--as-of', '2025-09-30']);
    expect(canonical.code).toBe(1);
    const x = (f: string) => join(IN, 'xlsx', f);
    const book = cli([
      'check',
      '--employees',
      x('employees.xlsx'),
      '--hours',
      x('hours.xlsx'),
      '--payroll',
      x('payroll.xlsx'),
      '--format',
      'json',
      '--as-of',
      '2025-09-30',
    ]);
    expect(book.stderr).toBe('');
    expect(findings(book.stdout)).toEqual(findings(canonical.stdout));
    const thai = cli(['check', join(IN, 'thai-874'), '--format', 'json', '--as-of', '2025-09-30']);
    // Its hours are เวลาเข้า and เวลาออก: E03's 9-hour night shifts are spans whose break is not
    // recorded, so their s.27 findings and their overtime are not found (test/inputs/equivalence.test.ts).
    const spans = (f: string) => !/^lpa-(27-daily-break|61-overtime-pay) E03 /.test(f);
    expect(findings(thai.stdout)).toEqual(findings(canonical.stdout).filter(spans));
  });

  it('a finding that rests on inferred punch directions says so in the text report', () => {
    const r = cli(['check', join(IN, 'attlog-255'), '--as-of', '2025-09-30']);
    expect(r.stdout).toContain('punch direction inferred');
  });

  it('a birth date after the pay period or at age 5 is no s.44 finding: undetermined, in English and Thai', () => {
    const dir = tempDir({
      'employees.csv':
        'รหัสพนักงาน,วันเกิด,จังหวัด,ประเภทค่าจ้าง,อัตราค่าจ้าง\nD01,01/01/2658,กรุงเทพมหานคร,รายวัน,400\nD04,01/01/2563,กรุงเทพมหานคร,รายวัน,400\n',
      'hours.csv':
        'employee_id,date,start,end\nD01,04/08/2568,08:00,12:00\nD01,04/08/2568,13:00,17:00\nD04,04/08/2568,08:00,12:00\nD04,04/08/2568,13:00,17:00\n',
      'payroll.csv':
        'รหัสพนักงาน,งวด,วันที่จ่าย,ค่าจ้าง\nD01,ส.ค. 2568,31/08/2568,400.00\nD04,ส.ค. 2568,31/08/2568,400.00\n',
    });
    const r = cli(['check', '.', '--as-of', '2025-10-31', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as {
      findings: unknown[];
      undetermined: { rule: string; employee_id: string; reason: string }[];
    };
    expect(out.findings).toEqual([]);
    const s44 = out.undetermined.filter((u) => u.rule === 'lpa-44-minimum-age');
    expect(s44.map((u) => [u.employee_id, u.reason])).toEqual([
      ['D01', expect.stringContaining('birth date "2115-01-01" is implausible (a wrong birth date)')],
      ['D04', expect.stringContaining('birth date "2020-01-01" is implausible (a wrong birth date)')],
    ]);
    const th = cli(['check', '.', '--as-of', '2025-10-31', '--lang', 'th'], { cwd: dir });
    expect(th.stdout).toContain('วันเกิด "2020-01-01" เป็นไปไม่ได้ (วันเกิดผิด)');
    expect(th.stdout).not.toContain('อายุ -90');
  });

  it('bad options are one-line usage errors (exit 2)', () => {
    for (const args of [
      ['--encoding', 'klingon'],
      ['--merge-minutes', 'soon'],
      ['--sheet', 'Nope'],
      ['--two-digit-years', 'maybe'],
    ]) {
      const r = cli(['check', '--payroll', join(IN, 'xlsx', 'payroll.xlsx'), ...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n').length, args.join(' ')).toBeLessThanOrEqual(2);
      expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/);
    }
    expect(cli(['check', '--payroll', join(IN, 'xlsx', 'payroll.xlsx'), '--sheet', 'Nope']).stderr).toContain(
      'no sheet named "Nope" (sheets: Payroll, Notes)',
    );
  });

  it('--two-digit-years and --encoding change how values are read', () => {
    const two = join(BAD, 'two-digit-years.employees.csv');
    // A birth date with a two-digit year is kept as unknown, said as a warning (docs/inputs.md).
    const unread = cli(['validate', two]);
    expect(unread.code).toBe(0);
    expect(unread.stdout).toContain('has a two-digit year');
    const read = cli(['validate', two, '--two-digit-years', 'be']);
    expect(read.code).toBe(0);
    expect(read.stdout).not.toContain('has a two-digit year');
    const forced = cli(['validate', join(BAD, 'utf8-forced-874.employees.csv'), '--encoding', 'windows-874']);
    expect(forced.code).toBe(1);
    expect(forced.stdout).toContain('U+008A');
  });
});

describe('validate', () => {
  it('prints how each file was read and mapped, and exits 0 when every row is used', () => {
    const r = cli(['validate', join(IN, 'thai-874')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('encoding:  windows-874');
    expect(r.stdout).toContain('layout:    CSV, comma-separated, header on line 3');
    expect(r.stdout).toContain('deduction_statutory  <- ประกันสังคม + ภาษีหัก ณ ที่จ่าย  (alias)');
    expect(r.stdout).toContain('rows:      31 read, 31 used, 0 rejected');
    expect(r.stdout).toMatch(/3 files: 0 rows rejected\n$/);
  });

  it('exits 1 with rejections, 2 with an unreadable file, and reads the rest', () => {
    expect(cli(['validate', join(BAD, 'negative-money.payroll.csv')]).code).toBe(1);
    const r = cli(['validate', join(BAD, 'empty.employees.csv'), join(BAD, 'negative-money.payroll.csv')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('negative-money.payroll.csv:2 base_pay: "-500" is negative');
  });

  it('--format json gives the report as data', () => {
    const r = cli(['validate', join(IN, 'attlog'), '--format', 'json']);
    const report = JSON.parse(r.stdout) as {
      exit_code: number;
      files: { kind: string; layout: { clock?: { format: string } } }[];
    };
    expect(report.exit_code).toBe(0);
    expect(report.files.map((f) => f.kind)).toEqual(['employees', 'hours', 'payroll']);
    expect(report.files[1].layout.clock?.format).toBe('ZKTeco attendance log (USB download)');
  });

  it('guesses the kind of an oddly named file from its header', () => {
    const dir = tempDir({
      'export-2025-08.csv': 'รหัสพนักงาน,งวดเริ่ม,งวดสิ้นสุด,เงินเดือน\nA1,1/8/2568,31/8/2568,15000\n',
      'notes.csv': 'a,b\n1,2\n',
    });
    const r = cli(['validate', join(dir, 'export-2025-08.csv'), join(dir, 'notes.csv')]);
    expect(r.stdout).toContain('kind:      payroll (from its header matches payroll columns)');
    expect(r.stdout).toContain('cannot tell whether this is an employees, hours, payroll or holidays file');
    expect(r.code).toBe(2);
  });
});

describe('map --init', () => {
  it('writes a profile that check --map then uses', () => {
    const dir = tempDir({
      'pay.csv':
        'Payroll Aug 2025\nCode,From,To,Paid on,Salary,OT,Uniform\nA1,01/08/2025,31/08/2025,31/08/2025,15000,0,500\n',
      'staff.csv': 'employee_id,wage_type,wage_rate,province\nA1,monthly,15000,Bangkok\n',
    });
    const init = cli([
      'map',
      '--init',
      join(dir, 'pay.csv'),
      '--kind',
      'payroll',
      '-o',
      join(dir, 'profile.yaml'),
    ]);
    expect(init.code).toBe(0);
    const yaml = readFileSync(join(dir, 'profile.yaml'), 'utf8');
    expect(yaml).toContain('skip_rows: 1');
    expect(yaml).toMatch(/Required but not found[^\n]*\n#?\s*#\s+employee_id/);
    // Without the employee column mapped the file is not a payroll file; the user fills it in.
    const edited = yaml.replace(
      '  columns:\n',
      '  columns:\n    employee_id: Code\n    deduction_other: Uniform\n',
    );
    const profile = join(dir, 'edited.yaml');
    writeFileSync(profile, edited);
    const r = cli([
      'check',
      '--employees',
      join(dir, 'staff.csv'),
      '--payroll',
      join(dir, 'pay.csv'),
      '--map',
      profile,
      '--format',
      'json',
      '--as-of',
      '2025-09-30',
    ]);
    expect(r.stderr).toBe('');
    expect(findings(r.stdout)).toContain('lpa-76-deductions A1 50000');
  });

  it('a profile with a mistake is a located one-line error', () => {
    const dir = tempDir({ 'p.yaml': 'payroll:\n  columns:\n    salary: Salary\n' });
    const r = cli(['check', join(IN, 'canonical'), '--map', join(dir, 'p.yaml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/p\.yaml:3:5: payroll\.columns\.salary: "salary" is not a column of payroll/);
  });
});
