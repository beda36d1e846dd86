import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { reportJsonSchema } from '../src/findings/schema.js';
import { cli, ROOT, tempDir } from './helpers.js';

const DEMO = 'examples/demo-factory';
const EMP = 'employee_id,birth_date,province,wage_type,wage_rate\nE1,1990-01-01,Bangkok,monthly,20000\n';
const noStack = (s: string) => expect(s).not.toMatch(/\n\s+at .+:\d+:\d+/);

describe('labour-check check', () => {
  it('prints findings for the demo factory and exits 1', () => {
    const r = cli(['check', DEMO, '--as-of', '2025-10-31']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('s.61 lpa-61-overtime-pay');
    expect(r.stdout).toContain('Money owed');
    expect(r.stdout).toMatch(/11 employees, \d+ findings/);
    // The demo shows signs of forced labour after the findings (a worker paid late, a deposit kept).
    expect(r.stdout).toContain('Signs of forced labour (need corroboration)');
    expect(r.stdout.indexOf('Signs of forced labour')).toBeGreaterThan(
      r.stdout.indexOf('lpa-61-overtime-pay'),
    );
  });
  it('writes JSON that validates against the committed schema, identical across runs', () => {
    const a = cli(['check', DEMO, '--format', 'json', '--as-of', '2025-10-31']);
    const b = cli(['check', DEMO, '--format', 'json', '--as-of', '2025-10-31']);
    expect(a.stdout).toBe(b.stdout);
    const committed = JSON.parse(readFileSync(join(ROOT, 'schemas', 'report.schema.json'), 'utf8'));
    expect(committed).toEqual(JSON.parse(reportJsonSchema()));
    const validate = new Ajv2020({ strict: false }).compile(committed);
    const report = JSON.parse(a.stdout);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    for (const i of report.inputs) expect(i.rows_read).toBe(i.rows_used + i.rows_rejected + i.rows_skipped);
    expect(report.summary.owed_satang).toBe(
      report.findings.reduce((s: number, f: { owed_satang?: number }) => s + (f.owed_satang ?? 0), 0),
    );
  });
  it('exits 0 with --fail-on critical when nothing critical is found', () => {
    expect(cli(['check', DEMO, '--as-of', '2025-10-31', '--fail-on', 'critical']).code).toBe(0);
    expect(cli(['check', DEMO, '--as-of', '2025-10-31', '--fail-on', 'never']).code).toBe(0);
  });
  it('exits 0 on a clean shop', () => {
    expect(cli(['check', 'test/fixtures/conformance/compliant-shop', '--as-of', '2025-09-30']).code).toBe(0);
  });
  it('writes to --output and keeps stdout empty', () => {
    const dir = tempDir({});
    const r = cli([
      'check',
      DEMO,
      '--as-of',
      '2025-10-31',
      '--format',
      'json',
      '--output',
      join(dir, 'r.json'),
    ]);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')).as_of).toBe('2025-10-31');
  });
  it('adds the wilful surcharge only with --wilful', () => {
    const plain = JSON.parse(cli(['check', DEMO, '--format', 'json', '--as-of', '2025-10-31']).stdout);
    const wilful = JSON.parse(
      cli(['check', DEMO, '--format', 'json', '--as-of', '2025-10-31', '--wilful']).stdout,
    );
    expect(plain.summary.surcharge_satang).toBe(0);
    // E002's 1,500 overtime due 2025-08-31, 61 days late on 2025-10-31: 8 full weeks x 15% = 1,800.
    const f = wilful.findings.find(
      (x: { rule: string; employee_id: string }) =>
        x.rule === 'lpa-61-overtime-pay' && x.employee_id === 'E002',
    );
    expect(f.surcharge_satang).toBe(180000);
  });
  it('prints --version and --help with examples', () => {
    expect(cli(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const h = cli(['check', '--help']);
    expect(h.code).toBe(0);
    expect(h.stdout).toContain('Examples:');
  });
});

describe('bad input as a new user tries it', () => {
  it.each([
    ['a folder that does not exist', ['check', 'no/such/dir'], /no such folder/],
    ['a folder without the files', ['check', 'src'], /none of employees.csv/],
    ['a bad --as-of', ['check', DEMO, '--as-of', '2025-02-30'], /--as-of/],
    ['an unknown format', ['check', DEMO, '--format', 'pdf'], /format/],
    ['a missing rule pack', ['check', DEMO, '--rules', 'nowhere'], /no such rule pack/],
  ])('%s: exit 2, one line, no stack', (_what, args, msg) => {
    const r = cli(args as string[]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(msg as RegExp);
    noStack(r.stderr);
  });
  it('a file without the required columns names the file and the columns', () => {
    const dir = tempDir({ 'employees.csv': 'employee_id,name\nE1,A\n' });
    const r = cli(['check', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/employees\.csv: not a employees file: missing required column wage_type/);
  });
  it('an empty file is a one-line error', () => {
    const dir = tempDir({ 'employees.csv': '' });
    const r = cli(['check', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/employees\.csv: the file is empty/);
  });
  it('a letter in a money cell and an impossible date reject their rows, located', () => {
    const dir = tempDir({
      'employees.csv': EMP,
      'payroll.csv':
        'employee_id,period_start,period_end,pay_date,base_pay\nE1,2025-08-01,2025-08-31,2025-08-31,20OOO\nE1,2025-09-01,2025-09-31,2025-09-30,20000\nE1,2025-10-01,2025-10-31,2025-10-31,20000\n',
    });
    const r = cli(['check', dir, '--format', 'json', '--as-of', '2025-11-30']);
    expect(r.code).toBe(0);
    const rep = JSON.parse(r.stdout);
    expect(rep.rejected).toEqual([
      {
        file: join(dir, 'payroll.csv'),
        row: 2,
        column: 'base_pay',
        reason: '"20OOO" is not an amount of baht',
        value: '20OOO',
        why: { id: 'not_money', params: { value: '20OOO' } },
      },
      {
        file: join(dir, 'payroll.csv'),
        row: 3,
        column: 'period_end',
        reason: '"2025-09-31" is not a real calendar date',
        value: '2025-09-31',
        why: { id: 'not_a_real_date', params: { value: '2025-09-31' } },
      },
    ]);
    const payroll = rep.inputs.find((i: { kind: string }) => i.kind === 'payroll');
    expect([payroll.rows_read, payroll.rows_used, payroll.rows_rejected]).toEqual([3, 1, 2]);
  });
  it('rows for unknown employees and overlapping stretches are rejected, never dropped', () => {
    const dir = tempDir({
      'employees.csv': EMP,
      'hours.csv':
        'employee_id,date,start,end\nE1,2025-08-04,08:00,12:00\nE1,2025-08-04,11:00,13:00\nE9,2025-08-04,08:00,12:00\n',
    });
    const rep = JSON.parse(cli(['check', dir, '--format', 'json', '--as-of', '2025-09-30']).stdout);
    expect(rep.rejected.map((x: { row: number; column: string }) => [x.row, x.column])).toEqual([
      [3, 'start'],
      [4, 'employee_id'],
    ]);
    const hours = rep.inputs.find((i: { kind: string }) => i.kind === 'hours');
    expect([hours.rows_read, hours.rows_used, hours.rows_rejected]).toEqual([3, 1, 2]);
  });
  it('a missing file is undetermined, not an error', () => {
    const dir = tempDir({ 'employees.csv': EMP });
    const rep = JSON.parse(cli(['check', dir, '--format', 'json', '--as-of', '2025-09-30']).stdout);
    expect(
      rep.undetermined.some(
        (u: { rule: string; reason: string }) =>
          u.rule === 'lpa-61-overtime-pay' && /no payroll file/.test(u.reason),
      ),
    ).toBe(true);
  });
  it('an invalid rule file is exit 2 naming the file and the field', () => {
    const dir = tempDir({});
    const pack = join(dir, 'pack');
    cpSync(join(ROOT, 'rules', 'th-lpa'), pack, { recursive: true });
    writeFileSync(
      join(pack, 'lpa-44-minimum-age.yaml'),
      readFileSync(join(pack, 'lpa-44-minimum-age.yaml'), 'utf8').replace(
        'severity: critical',
        'severity: dreadful',
      ),
    );
    const r = cli(['check', DEMO, '--rules', pack]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/lpa-44-minimum-age\.yaml: invalid field "severity"/);
    noStack(r.stderr);
  });
});

describe('rules and wage commands', () => {
  it('wage Bangkok shows 372 before and 400 from 2025-07-01 with their notifications', () => {
    const before = cli(['wage', 'Bangkok', '--date', '2025-06-30']).stdout;
    const after = cli(['wage', 'Bangkok', '--date', '2025-07-01']).stdout;
    expect(before).toMatch(/372\.00 baht a day/);
    expect(before).toMatch(/No\.13 B\.E\. 2567/);
    expect(after).toMatch(/400\.00 baht a day/);
    expect(after).toMatch(/No\.14 B\.E\. 2568/);
    expect(
      cli(['wage', 'เชียงใหม่', '--district', 'Mueang Chiang Mai', '--date', '2025-07-01']).stdout,
    ).toMatch(/380\.00/);
    expect(cli(['wage', 'Atlantis']).code).toBe(2);
  });
  it('rules explain lpa-90-minimum-wage --date 2025-07-01 shows 400 with notification No.14', () => {
    const r = cli(['rules', 'explain', 'lpa-90-minimum-wage', '--date', '2025-07-01']);
    expect(r.stdout).toMatch(/400\.00 baht a day \(from 2025-07-01; notification No\.14 B\.E\. 2568/);
    expect(r.stdout).toContain('Interpretation notes');
  });
  it('rules list in Thai', () => {
    expect(cli(['rules', 'list', '--lang', 'th']).stdout).toContain('ห้ามจ้างเด็กอายุต่ำกว่า 15 ปี');
  });
  it('rules test runs a custom pack', () => {
    const r = cli(['rules', 'test', 'rules/eti-base-code']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/4 passed, 0 failed/);
  });
  it('a custom pack checks the same data', () => {
    const r = cli([
      'check',
      'test/fixtures/conformance/no-weekly-holiday',
      '--rules',
      'rules/eti-base-code',
      '--format',
      'json',
      '--as-of',
      '2025-09-30',
    ]);
    expect(
      JSON.parse(r.stdout).findings.map((f: { rule: string; date: string }) => [f.rule, f.date]),
    ).toEqual([['eti-6-day-off', '2025-09-07']]);
  });
});
