import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aliasTableMarkdown } from '../../scripts/alias-table.js';
import { UserError } from '../../src/errors.js';
import {
  ALIASES,
  aliasIndex,
  CLOCK_ALIASES,
  normaliseHeader,
  VALUE_ALIASES,
} from '../../src/parse/aliases.js';
import { inspectHeader, parseGrid, type Warning } from '../../src/parse/ingest.js';
import { parseProfile } from '../../src/parse/profile.js';
import { initProfile } from '../../src/parse/profile-init.js';
import { COLUMNS, FILE_KINDS, READ_INTO } from '../../src/parse/records.js';
import { gridOfText } from '../../src/read/table.js';

// Headers onto canonical columns: the alias table, header-row detection, profiles (issue 4).

const ROOT = join(import.meta.dirname, '..', '..');
const parse = <K extends 'employees' | 'hours' | 'payroll'>(kind: K, text: string, profileYaml?: string) => {
  const warnings: Warning[] = [];
  const profile = profileYaml === undefined ? undefined : parseProfile(profileYaml, 'profile.yaml');
  return { ...parseGrid(gridOfText(`${kind}.csv`, text), kind, warnings, { profile }), warnings };
};

describe('the alias table', () => {
  it('names only canonical columns, and no header means two columns of one file', () => {
    for (const kind of FILE_KINDS) {
      const canonical = [...COLUMNS[kind].required, ...COLUMNS[kind].optional, ...READ_INTO[kind]];
      const seen = new Map<string, string>();
      for (const [column, aliases] of Object.entries(ALIASES[kind])) {
        expect(canonical).toContain(column);
        for (const a of aliases) {
          const k = normaliseHeader(a);
          expect(k, `${kind}: "${a}"`).not.toBe('');
          const prior = seen.get(k);
          expect(
            prior === undefined || prior === column,
            `${kind}: "${a}" is an alias of ${prior} and ${column}`,
          ).toBe(true);
          seen.set(k, column);
        }
      }
      // Every canonical column of the file has aliases (Thai and English headers exist for each).
      for (const c of canonical) expect(ALIASES[kind][c]?.length ?? 0, `${kind}.${c}`).toBeGreaterThan(0);
    }
  });
  it('covers the headers the issue names', () => {
    const payroll = aliasIndex(ALIASES.payroll);
    const hours = aliasIndex(ALIASES.hours);
    expect(hours.get(normaliseHeader('รหัสพนักงาน'))).toBe('employee_id');
    expect(hours.get(normaliseHeader('วันที่'))).toBe('date');
    expect(hours.get(normaliseHeader('เวลาเข้า'))).toBe('start');
    expect(hours.get(normaliseHeader('เวลาออก'))).toBe('end');
    expect(payroll.get(normaliseHeader('เงินเดือน'))).toBe('base_pay');
    expect(payroll.get(normaliseHeader('ค่าล่วงเวลา'))).toBe('ot_pay');
    expect(payroll.get(normaliseHeader('ประกันสังคม'))).toBe('deduction_statutory');
    expect(payroll.get(normaliseHeader('หักอื่นๆ'))).toBe('deduction_other');
    expect(payroll.get(normaliseHeader('รับสุทธิ'))).toBe('net_pay');
  });
  it('reads a payroll export whose pay column is headed for salaried and daily staff at once', () => {
    for (const header of ['เงินเดือน/ค่าแรง', 'ค่าจ้าง/เงินเดือน', 'ค่าแรง / เงินเดือน']) {
      const r = parse(
        'payroll',
        `รหัสพนักงาน,งวดเริ่ม,งวดสิ้นสุด,วันจ่าย,${header},หักประกันสังคม,รับสุทธิ\nA01,01/01/2567,15/01/2567,16/01/2567,"5,550.00",277.50,"5,272.50"\nรวม,,,,"5,550.00",277.50,"5,272.50"\n`,
      );
      expect(r.rejected, header).toEqual([]);
      expect(r.records, header).toEqual([
        expect.objectContaining({
          employee_id: 'A01',
          period_start: '2024-01-01',
          period_end: '2024-01-15',
          pay_date: '2024-01-16',
          base_pay: 555_000,
          deduction_statutory: 27_750,
          net_pay: 527_250,
        }),
      ]);
      expect(r.stats.rows_skipped, header).toBe(1);
    }
  });
  it('matches after normalising case, spaces, dots and tone marks', () => {
    expect(normaliseHeader('  Employee  ID ')).toBe(normaliseHeader('employee_id'));
    expect(normaliseHeader('O.T. Pay')).toBe(normaliseHeader('ot pay'));
    expect(normaliseHeader('หักอื่น ๆ')).toBe(normaliseHeader('หักอื่นๆ'));
    expect(normaliseHeader('ชื่อ')).toBe(normaliseHeader('ชือ'));
  });
  it('the clock aliases know ZKTeco, ZKBio Time and Hikvision headers', () => {
    const clock = aliasIndex(CLOCK_ALIASES);
    for (const [h, c] of [
      ['Person ID', 'employee_id'],
      ['emp_code', 'employee_id'],
      ['No.', 'employee_id'],
      ['punch_time', 'datetime'],
      ['Date/Time', 'datetime'],
      ['Attendance Status', 'state'],
      ['punch_state', 'state'],
      ['Attendance Check Point', 'device'],
    ]) {
      expect(clock.get(normaliseHeader(h)), h).toBe(c);
    }
  });
  it('value aliases map onto canonical values', () => {
    expect(VALUE_ALIASES.wage_type['รายเดือน']).toBe('monthly');
    expect(VALUE_ALIASES.day_type['วันหยุดนักขัตฤกษ์']).toBe('public_holiday');
  });
  it('is printed in docs/inputs.md as the data says', () => {
    const page = readFileSync(join(ROOT, 'docs', 'inputs.md'), 'utf8');
    expect(page).toContain(aliasTableMarkdown());
  });
});

describe('header rows', () => {
  const thai = 'รหัสพนักงาน,วันที่,เวลาเข้า,เวลาออก\nA1,04/08/2568,08.00 น.,17.00 น.\n';
  it('Thai headers map by alias, and rows are read with Thai values', () => {
    const r = parse('hours', thai);
    expect(r.rejected).toEqual([]);
    expect(r.records).toMatchObject([
      { employee_id: 'A1', date: '2025-08-04', start: 480, end: 1020, row: 2 },
    ]);
    expect(r.layout.columns.map((c) => [c.column, c.how])).toEqual([
      ['employee_id', 'alias'],
      ['date', 'alias'],
      ['start', 'alias'],
      ['end', 'alias'],
    ]);
  });
  it('title rows above the header are skipped and said so; row numbers stay those of the file', () => {
    const r = parse('hours', `บริษัท ตัวอย่าง จำกัด\nรายงานเวลาทำงาน สิงหาคม 2568,,,\n${thai}`);
    expect(r.layout.headerLine).toBe(3);
    expect(r.layout.notes).toContain('lines 1-2 above the header skipped (title rows)');
    expect(r.records[0].row).toBe(4);
  });
  it('a bracketed unit does not stop a match', () => {
    const r = parse('payroll', 'รหัส,งวดเริ่ม,งวดสิ้นสุด,เงินเดือน (บาท)\nA1,1/8/2568,31/8/2568,"15,000"\n');
    expect(r.records[0]).toMatchObject({ base_pay: 1_500_000 });
  });
  it('a canonical name beats an alias for the same column', () => {
    const r = parse('hours', 'employee_id,date,start,เวลาเข้า,end\nA1,2025-08-04,08:00,09:00,17:00\n');
    expect(r.records[0]).toMatchObject({ start: 480 });
    expect(r.layout.ignored).toEqual(['เวลาเข้า (also looks like start)']);
  });
  it('deductions split over alias columns are summed; other duplicates are an error', () => {
    const r = parse(
      'payroll',
      'รหัส,งวดเริ่ม,งวดสิ้นสุด,เงินเดือน,ประกันสังคม,ภาษี\nA1,1/8/2568,31/8/2568,15000,750,120.50\n',
    );
    expect(r.records[0]).toMatchObject({ deduction_statutory: 87_050 });
    // A tax refund printed in brackets rejects the row, quoting the cell as any rejection does.
    const refund = parse(
      'payroll',
      'รหัส,งวดเริ่ม,งวดสิ้นสุด,เงินเดือน,ประกันสังคม,ภาษี\nA1,1/8/2568,31/8/2568,15000,750,(200.00)\n',
    );
    expect(refund.rejected).toMatchObject([{ row: 2, column: 'deduction_statutory', value: '(200.00)' }]);
    expect(() => parse('employees', 'employee_id,wage_type,อัตราค่าจ้าง,ค่าจ้าง\nA1,monthly,1,2\n')).toThrow(
      /both map to wage_rate/,
    );
  });
  it('unknown columns are listed once as a warning', () => {
    const r = parse('hours', 'employee_id,date,start,end,note,remark\nA1,2025-08-04,08:00,17:00,x,y\n');
    expect(r.warnings).toEqual([
      {
        file: 'hours.csv',
        message: 'ignored columns: note, remark',
        why: { id: 'ignored_columns', params: { columns: 'note, remark' } },
      },
    ]);
  });
  it('day-first unless the whole file is month-first, and the decision is reported', () => {
    const us = parse(
      'hours',
      'employee_id,date,start,end\nA1,08/13/2025,08:00,17:00\nA1,08/04/2025,08:00,17:00\n',
    );
    expect(us.records.map((r) => r.date)).toEqual(['2025-08-13', '2025-08-04']);
    expect(us.layout.dateOrder).toContain('month-first');
    const th = parse(
      'hours',
      'employee_id,date,start,end\nA1,13/08/2025,08:00,17:00\nA1,08/04/2025,08:00,17:00\n',
    );
    expect(th.records.map((r) => r.date)).toEqual(['2025-08-13', '2025-04-08']);
    expect(th.layout.dateOrder).toContain('day-first');
  });
});

describe('profiles', () => {
  const layout = 'No,Staff,Pay type,Monthly (THB)\n1,P-01,รายเดือน,"18,500"\n2,P-02,เหมา,\n';
  it('rename columns, set constants, map values', () => {
    const r = parse(
      'employees',
      layout,
      `employees:
  columns:
    employee_id: Staff
    wage_type: Pay type
    wage_rate: Monthly (THB)
  constants:
    province: Chon Buri
  values:
    wage_type:
      เหมา: piece
`,
    );
    expect(r.rejected).toEqual([]);
    expect(r.records).toMatchObject([
      { employee_id: 'P-01', wage_type: 'monthly', wage_rate: 1_850_000, province: 'Chon Buri' },
      { employee_id: 'P-02', wage_type: 'piece', province: 'Chon Buri' },
    ]);
    expect(r.layout.columns.find((c) => c.column === 'employee_id')?.how).toBe('profile');
  });
  it('skip_rows fixes the header row', () => {
    const r = parse(
      'hours',
      'employee_id,date,start,end\nx,y,z,w\nemployee_id,date,start,end\nA1,2025-08-04,08:00,17:00\n',
      'hours:\n  skip_rows: 2\n',
    );
    expect(r.layout.headerLine).toBe(3);
    expect(r.records).toHaveLength(1);
  });
  it('a date order and two-digit years from the profile', () => {
    const r = parse(
      'hours',
      'employee_id,date,start,end\nA1,08/04/68,08:00,17:00\n',
      'hours:\n  date_order: month-first\n  two_digit_years: be\n',
    );
    expect(r.records[0].date).toBe('2025-08-04');
  });
  it('a date format pattern says the same as a date order', () => {
    const r = parse(
      'hours',
      'employee_id,date,start,end\nA1,08/04/2025,08:00,17:00\n',
      'hours:\n  date_format: MM/DD/YYYY\n',
    );
    expect(r.records[0].date).toBe('2025-08-04');
    expect(() =>
      parseProfile('hours:\n  date_format: MM/DD/YYYY\n  date_order: day-first\n', 'p.yaml'),
    ).toThrow('p.yaml:2:3: hours.date_format: says otherwise than date_order: day-first');
    expect(() => parseProfile('hours:\n  date_format: DD.MM\n', 'p.yaml')).toThrow(
      /expected a pattern such as DD\/MM\/YYYY/,
    );
  });
  it('a header the profile names that the file lacks is an error naming both', () => {
    expect(() => parse('employees', layout, 'employees:\n  columns:\n    employee_id: Code\n')).toThrow(
      /employee_id: "Code"/,
    );
  });
  it('the example in docs/inputs.md is a valid profile', () => {
    const page = readFileSync(join(ROOT, 'docs', 'inputs.md'), 'utf8');
    const section = page.slice(page.indexOf('### Mapping profiles'));
    const yaml = /```yaml\n([\s\S]*?)```/.exec(section)?.[1];
    expect(yaml).toBeDefined();
    const p = parseProfile(yaml!, 'docs/inputs.md');
    expect(p.payroll?.columns?.deduction_statutory).toEqual(['SSO 5%', 'W/H Tax']);
    expect(p.hours?.clock?.day_types).toEqual({ sunday: 'weekly_holiday', '2025-08-12': 'public_holiday' });
  });
  it('errors give the profile file, line and column', () => {
    const bad = (yaml: string) => {
      try {
        parseProfile(yaml, 'p.yaml');
      } catch (e) {
        expect(e).toBeInstanceOf(UserError);
        return (e as Error).message;
      }
      throw new Error('no error');
    };
    expect(bad('payroll:\n  columns:\n    basepay: Salary\n')).toBe(
      `invalid profile: p.yaml:3:5: payroll.columns.basepay: "basepay" is not a column of payroll (columns: ${[
        ...COLUMNS.payroll.required,
        ...COLUMNS.payroll.optional,
        'pay_period',
      ].join(', ')})`,
    );
    expect(bad('hours:\n  skip_rows: -1\n')).toMatch(/^invalid profile: p\.yaml:2:3: hours\.skip_rows: /);
    expect(bad('hours:\n  clock:\n    merge_minute: 5\n')).toBe(
      'invalid profile: p.yaml:3:5: hours.clock.merge_minute: unknown field "merge_minute"',
    );
    expect(bad('employees:\n  date_order: sideways\n')).toMatch(
      /^invalid profile: p\.yaml:2:3: employees\.date_order: /,
    );
    expect(bad('hours: [1, 2\n')).toMatch(/^p\.yaml:\d+:\d+: not valid YAML: /);
    expect(bad('hours:\n  clock:\n    day_types: { someday: work }\n')).toContain(
      '"someday" is neither a date',
    );
  });
});

describe('map --init', () => {
  it('writes a valid profile with its guesses, which maps the file as the guesses did', () => {
    const text =
      'รายงานเงินเดือน\nรหัสพนักงาน,งวดเริ่ม,งวดสิ้นสุด,เงินเดือน,ประกันสังคม,ภาษี,ค่าครองชีพ\nA1,1/8/2568,31/8/2568,15000,750,100,500\n';
    const grid = gridOfText('pay.csv', text);
    const h = inspectHeader(grid, 'payroll');
    const yaml = initProfile(grid, h, 'labour-check map --init pay.csv');
    expect(yaml).toContain('skip_rows: 1 # guess: title rows above the header on line 2');
    expect(yaml).toContain('base_pay: เงินเดือน # guess: alias table');
    expect(yaml).toContain('deduction_statutory: [ ประกันสังคม, ภาษี ] # guess: alias table, summed');
    expect(yaml).toMatch(/Not recognised[^\n]*\n\s*#\s+ค่าครองชีพ/);
    const profile = parseProfile(yaml, 'profile.yaml');
    const withProfile = parseGrid(gridOfText('pay.csv', text), 'payroll', [], { profile });
    const without = parseGrid(gridOfText('pay.csv', text), 'payroll', []);
    expect(withProfile.records).toEqual(without.records);
    expect(withProfile.records[0]).toMatchObject({ base_pay: 1_500_000, deduction_statutory: 85_000 });
  });
  it('lists required columns it could not find', () => {
    const grid = gridOfText('pay.csv', 'Code,Salary month\nA1,15000\n');
    const yaml = initProfile(grid, inspectHeader(grid, 'payroll'), 'x');
    expect(yaml).toMatch(/Required but not found[^\n]*\n\s*#\s+employee_id\n\s*#\s+period_start/);
    expect(() => parseProfile(yaml, 'p.yaml')).not.toThrow();
  });
});
