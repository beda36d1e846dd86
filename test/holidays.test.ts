import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { check, resolveInputs } from '../src/api.js';
import { cli, HOLIDAYS_2025, tempDir } from './helpers.js';

// holidays.csv, the optional fourth input (semantics.md 8): read like the other files, picked
// up from a folder or named with --holidays, and checked by s.29 and s.56.

const EMPLOYEES = 'employee_id,birth_date,province,wage_type,wage_rate\nE1,1990-01-01,Bangkok,daily,400\n';
const HOURS =
  'employee_id,date,start,end\nE1,2025-07-29,08:00,17:00\nE1,2025-07-30,08:00,17:00\nE1,2025-07-31,08:00,17:00\n';
const PAYROLL =
  'employee_id,period_start,period_end,pay_date,base_pay,holiday_pay\nE1,2025-07-16,2025-07-31,2025-07-31,1200,0\n';

const folder = (holidays?: string | Buffer, name = 'holidays.csv') =>
  tempDir({
    'employees.csv': EMPLOYEES,
    'hours.csv': HOURS,
    'payroll.csv': PAYROLL,
    ...(holidays === undefined ? {} : { [name]: holidays }),
  });

const rules = (r: ReturnType<typeof check>, id: string) => r.findings.filter((f) => f.rule === id);

describe('reading holidays.csv', () => {
  it('is picked up from the folder and listed in inputs with rows used and rejected', () => {
    const dir = folder(
      `date,name\n${HOLIDAYS_2025.map((d) => `${d},x`).join('\n')}\n2025-07-28,again\nnot a date,y\n`,
    );
    const r = check({ dir, asOf: '2025-07-31' });
    const input = r.inputs.find((i) => i.kind === 'holidays');
    expect(input).toMatchObject({ rows_read: 15, rows_used: 13, rows_rejected: 2 });
    expect(r.rejected.filter((x) => x.file.endsWith('holidays.csv')).map((x) => x.reason)).toEqual([
      'duplicate holiday 2025-07-28 (first on row 11)',
      expect.stringContaining('not a date'),
    ]);
    expect(rules(r, 'lpa-29-traditional-holidays')).toEqual([]);
    expect(rules(r, 'lpa-56-holiday-wage').map((f) => f.owed_satang)).toEqual([40000]);
  });

  it('reads Thai headers, Buddhist-era dates and a Windows-874 file', () => {
    const text = `วันที่,ชื่อวันหยุด\n${HOLIDAYS_2025.map((d) => `${d.slice(8)}/${d.slice(5, 7)}/${Number(d.slice(0, 4)) + 543},วันหยุด`).join('\n')}\n`;
    const r = check({ dir: folder(iconv.encode(text, 'windows-874')), asOf: '2025-07-31' });
    expect(r.inputs.find((i) => i.kind === 'holidays')).toMatchObject({ rows_used: 13, rows_rejected: 0 });
    expect(rules(r, 'lpa-29-traditional-holidays')).toEqual([]);
    expect(rules(r, 'lpa-56-holiday-wage')).toHaveLength(1);
  });

  it('is named with holidays (API) over the folder’s own', () => {
    const dir = folder('date,name\n2025-07-28,King\n');
    const other = join(tempDir({ 'days-off.csv': 'date,name\n2025-07-01,x\n' }), 'days-off.csv');
    expect(resolveInputs({ dir }).holidays).toBe(join(dir, 'holidays.csv'));
    const r = check({ dir, holidays: other, asOf: '2025-07-31' });
    expect(r.inputs.find((i) => i.kind === 'holidays')?.file).toBe(other);
    // 2025-07-01 is outside the work week of 29-31 July: no s.56 wage.
    expect(rules(r, 'lpa-56-holiday-wage')).toEqual([]);
  });

  it('alone is not an input to check', () => {
    expect(() => check({ dir: tempDir({ 'holidays.csv': 'date,name\n2025-07-28,x\n' }) })).toThrow(
      /none of employees.csv/,
    );
  });
});

describe('s.29 and s.56 with and without holidays.csv', () => {
  it('warns of a year with fewer than 13 days and of a missing 1 May', () => {
    const r = check({
      dir: folder('date,name\n2025-01-01,New Year\n2025-07-28,King\n2025-12-05,Father\n'),
      asOf: '2025-07-31',
    });
    expect(
      rules(r, 'lpa-29-traditional-holidays')
        .map((f) => f.message)
        .sort(),
    ).toEqual([
      "E1: National Labour Day (2025-05-01) is not among the employer's traditional holidays for 2025",
      'E1: the employer announced 3 traditional holidays for 2025, fewer than 13',
    ]);
  });

  it('without holidays.csv: s.29 undetermined, s.56 only from public_holiday days (none here)', () => {
    const r = check({ dir: folder(), asOf: '2025-07-31' });
    expect(r.undetermined.find((u) => u.rule === 'lpa-29-traditional-holidays')?.reason).toBe(
      'no holidays file',
    );
    expect(rules(r, 'lpa-56-holiday-wage')).toEqual([]);
  });

  it('a holiday on a weekly holiday, or before the hire date, owes no s.56 wage', () => {
    const weekly = tempDir({
      'employees.csv':
        'employee_id,birth_date,province,wage_type,wage_rate,hire_date\nE1,1990-01-01,Bangkok,daily,400,2025-07-29\n',
      'hours.csv': HOURS,
      'payroll.csv': PAYROLL,
      'holidays.csv': 'date,name\n2025-07-28,King\n',
    });
    expect(rules(check({ dir: weekly, asOf: '2025-07-31' }), 'lpa-56-holiday-wage')).toEqual([]);
    const off = tempDir({
      'employees.csv': EMPLOYEES,
      'hours.csv': `${HOURS}E1,2025-07-28,08:00,09:00\n`,
      'payroll.csv': PAYROLL,
      'holidays.csv': 'date,name\n2025-07-28,King\n',
    });
    // The same holiday worked as a work day counts (owed); marked as the weekly holiday it does not.
    expect(rules(check({ dir: off, asOf: '2025-07-31' }), 'lpa-56-holiday-wage')).toHaveLength(1);
    const marked = tempDir({
      'employees.csv': EMPLOYEES,
      'hours.csv': `employee_id,date,start,end,day_type\nE1,2025-07-28,08:00,09:00,weekly_holiday\n${HOURS.split(
        '\n',
      )
        .slice(1)
        .filter(Boolean)
        .map((l) => `${l},work`)
        .join('\n')}\n`,
      'payroll.csv': PAYROLL,
      'holidays.csv': 'date,name\n2025-07-28,King\n',
    });
    expect(rules(check({ dir: marked, asOf: '2025-07-31' }), 'lpa-56-holiday-wage')).toEqual([]);
  });
});

describe('the command line', () => {
  it('takes --holidays and validate reads a holidays file by its name', () => {
    const dir = folder();
    const h = join(tempDir({ 'holidays.csv': 'date,name\n2025-07-28,King\n' }), 'holidays.csv');
    const r = cli(['check', dir, '--holidays', h, '--as-of', '2025-07-31', '--format', 'json']);
    expect(r.code).toBe(1);
    const rep = JSON.parse(r.stdout);
    expect(rep.inputs.map((i: { kind: string }) => i.kind)).toContain('holidays');
    expect(rep.findings.some((f: { rule: string }) => f.rule === 'lpa-56-holiday-wage')).toBe(true);
    const v = cli(['validate', h]);
    expect(v.stdout).toContain('holidays');
    expect(v.code).toBe(0);
  });
});

describe('large files, streamed', () => {
  it('give the same s.29 and s.56 findings as read whole', async () => {
    const { checkAsync } = await import('../src/api.js');
    const dir = folder('date,name\n2025-07-28,King\n');
    const whole = check({ dir, asOf: '2025-07-31' });
    let path = '';
    const streamed = await checkAsync(
      { dir, asOf: '2025-07-31' },
      { minBytes: 0, onPath: (p) => (path = p.path) },
    );
    expect(path).toBe('stream');
    expect(streamed.findings).toEqual(whole.findings);
    expect(streamed.inputs.map((i) => i.kind)).toEqual(whole.inputs.map((i) => i.kind));
    expect(streamed.findings.some((f) => f.rule === 'lpa-56-holiday-wage')).toBe(true);
  });
});

describe('a payroll without holiday_pay', () => {
  it('leaves s.56 undetermined for the period holding the holiday, never unpaid', () => {
    const dir = tempDir({
      'employees.csv': EMPLOYEES,
      'hours.csv': HOURS,
      'payroll.csv':
        'employee_id,period_start,period_end,pay_date,base_pay\nE1,2025-07-16,2025-07-31,2025-07-31,1200\n',
      'holidays.csv': `date,name\n${HOLIDAYS_2025.map((d) => `${d},x`).join('\n')}\n`,
    });
    const r = check({ dir, asOf: '2025-07-31' });
    expect(rules(r, 'lpa-56-holiday-wage')).toEqual([]);
    expect(r.undetermined.filter((u) => u.rule === 'lpa-56-holiday-wage').map((u) => u.reason)).toEqual([
      '2025-07-16..2025-07-31: column holiday_pay not in the payroll file',
    ]);
  });
});

describe('a holidays row that could not be read', () => {
  // An employer's list of 13 days with Songkran written as one range row ("14-16 เม.ย. 2568"):
  // the row is rejected, and the 10 days left are not the days announced.
  const LIST = [
    'วันที่,ชื่อวันหยุด',
    '1 ม.ค. 2568,ปีใหม่',
    '12 ก.พ. 2568,มาฆบูชา',
    '7 เม.ย. 2568,ชดเชยวันจักรี',
    '14-16 เม.ย. 2568,สงกรานต์',
    '1 พ.ค. 2568,วันแรงงาน',
    '12 พ.ค. 2568,ชดเชยวันวิสาขบูชา',
    '3 มิ.ย. 2568,วันเฉลิมฯ พระราชินี',
    '28 ก.ค. 2568,วันเฉลิมฯ ร.10',
    '12 ส.ค. 2568,วันแม่',
    '13 ต.ค. 2568,วันนวมินทรมหาราช',
    '5 ธ.ค. 2568,วันพ่อ',
  ];
  const undetermined = (r: ReturnType<typeof check>) =>
    r.undetermined.filter((u) => u.rule === 'lpa-29-traditional-holidays').map((u) => u.reason);

  it('leaves s.29 undetermined, never "fewer than 13", whole and streamed', async () => {
    const dir = folder(`${LIST.join('\n')}\n`);
    const r = check({ dir, asOf: '2025-10-31' });
    expect(r.rejected.filter((x) => x.file.endsWith('holidays.csv')).map((x) => x.row)).toEqual([5]);
    expect(rules(r, 'lpa-29-traditional-holidays')).toEqual([]);
    expect(undetermined(r)).toEqual([
      'rows of the holidays file rejected (row 5): the days they announce are not known, so how many traditional holidays the employer announced in a year, and whether 1 May is among them, is not known',
    ]);
    const { checkAsync } = await import('../src/api.js');
    const streamed = await checkAsync({ dir, asOf: '2025-10-31' }, { minBytes: 0 });
    expect(rules(streamed, 'lpa-29-traditional-holidays')).toEqual([]);
    expect(undetermined(streamed)).toEqual(undetermined(r));
  });

  it('without 1 May among the rows read: undetermined too; with none rejected the findings stand', () => {
    const noMay = LIST.filter((l) => !l.startsWith('1 พ.ค.'));
    const r = check({ dir: folder(`${noMay.join('\n')}\n`), asOf: '2025-10-31' });
    expect(rules(r, 'lpa-29-traditional-holidays')).toEqual([]);
    expect(undetermined(r)).toHaveLength(1);
    const read = noMay.filter((l) => !l.startsWith('14-16'));
    const found = check({ dir: folder(`${read.join('\n')}\n`), asOf: '2025-10-31' });
    expect(
      rules(found, 'lpa-29-traditional-holidays')
        .map((f) => f.message)
        .sort(),
    ).toEqual([
      "E1: National Labour Day (2025-05-01) is not among the employer's traditional holidays for 2025",
      'E1: the employer announced 9 traditional holidays for 2025, fewer than 13',
    ]);
  });

  it('every row rejected: undetermined, not passed', () => {
    const r = check({ dir: folder('วันที่,ชื่อวันหยุด\n14-16 เม.ย. 2568,สงกรานต์\n'), asOf: '2025-10-31' });
    expect(rules(r, 'lpa-29-traditional-holidays')).toEqual([]);
    expect(undetermined(r)).toHaveLength(1);
  });
});
