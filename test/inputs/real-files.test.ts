import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { redact } from '../../src/findings/redact.js';
import { isTotalLabel } from '../../src/parse/footer.js';
import { inspectHeader, parseGrid, type Warning } from '../../src/parse/ingest.js';
import { dateClusters } from '../../src/parse/plausible.js';
import { parseProfile } from '../../src/parse/profile.js';
import { periodInTitle } from '../../src/parse/title.js';
import { gridOfText } from '../../src/read/table.js';
import { validate } from '../../src/validate.js';
import { pack, run } from '../helpers.js';

// Real files, piece by piece: absent columns are unknown, implausible dates are
// rejected, header and value traps, footer rows, title-row periods, place names
// (docs/inputs.md). The field corpus (field-records.test.ts) shows them together.

const parse = <K extends 'employees' | 'hours' | 'payroll'>(kind: K, text: string, profileYaml?: string) => {
  const warnings: Warning[] = [];
  const profile = profileYaml === undefined ? undefined : parseProfile(profileYaml, 'profile.yaml');
  return { ...parseGrid(gridOfText(`${kind}.csv`, text), kind, warnings, { profile }), warnings };
};

const EMP = 'employee_id,birth_date,province,wage_type,wage_rate\nE1,1990-01-01,Bangkok,monthly,20000\n';

describe('absent is unknown', () => {
  it('lists the canonical columns a file has; a column empty in every row is absent', () => {
    const p = parse(
      'payroll',
      'employee_id,period_start,period_end,pay_date,base_pay,ot_pay\nE1,2025-08-01,2025-08-31,,15000,\n',
    );
    expect(p.stats.columns).toEqual(['base_pay', 'employee_id', 'period_end', 'period_start']);
  });

  it('a payroll without pay_date: s.70 timing undetermined naming the column, not "nothing paid"', () => {
    const r = run(
      {
        employees: EMP,
        payroll: 'employee_id,period_start,period_end,base_pay\nE1,2025-08-01,2025-08-31,20000\n',
      },
      '2025-12-31',
    );
    expect(r.findings.filter((f) => f.section === '70')).toEqual([]);
    expect(r.undetermined.find((u) => u.rule === 'lpa-70-pay-interval')?.reason).toContain(
      'column pay_date not in payroll.csv',
    );
    expect(r.inputs.find((i) => i.kind === 'payroll')?.columns).not.toContain('pay_date');
  });

  it('the same payroll with a pay date filled in another row: the empty cell is unpaid', () => {
    const r = run(
      {
        employees: EMP,
        payroll:
          'employee_id,period_start,period_end,pay_date,base_pay\nE1,2025-07-01,2025-07-31,2025-07-31,20000\nE1,2025-08-01,2025-08-31,,20000\n',
      },
      '2025-12-31',
    );
    expect(r.findings.filter((f) => f.rule === 'lpa-70-pay-interval').map((f) => f.owed_satang)).toEqual([
      2_000_000,
    ]);
  });

  it('s.9 interest without pay dates runs from the period end, and the finding says so', () => {
    const r = run(
      {
        employees: 'employee_id,province,wage_type,wage_rate\nE1,Bangkok,monthly,11000\n',
        payroll: 'employee_id,period_start,period_end,base_pay\nE1,2025-08-01,2025-08-31,11000\n',
      },
      '2025-09-30',
    );
    const f = r.findings.find((x) => x.rule === 'lpa-90-minimum-wage')!;
    expect(f.owed_satang).toBe(100_000);
    expect((f.params.interest as { due: string; due_basis: string }).due).toBe('2025-08-31');
    expect((f.params.interest as { due_basis: string }).due_basis).toContain(
      'column pay_date not in payroll.csv',
    );
    expect(f.message).toContain('interest from the period end 2025-08-31');
  });

  const OT_HOURS =
    'employee_id,date,start,end,break_minutes\nE1,2025-08-04,08:00,20:00,60\nE1,2025-08-05,08:00,20:00,60\n';
  it('overtime worked and no ot_pay column: s.61 undetermined, not "0 paid"', () => {
    const r = run({
      employees: EMP,
      hours: OT_HOURS,
      payroll:
        'employee_id,period_start,period_end,pay_date,base_pay\nE1,2025-08-01,2025-08-31,2025-08-31,20000\n',
    });
    expect(r.findings.filter((f) => f.section === '61')).toEqual([]);
    expect(r.undetermined.find((u) => u.rule === 'lpa-61-overtime-pay')?.reason).toContain(
      'column ot_pay not in payroll.csv',
    );
  });

  it('with an ot_pay column of zeros the same hours are owed', () => {
    const r = run({
      employees: EMP,
      hours: OT_HOURS,
      payroll:
        'employee_id,period_start,period_end,pay_date,base_pay,ot_pay\nE1,2025-08-01,2025-08-31,2025-08-31,20000,0\n',
    });
    expect(r.findings.filter((f) => f.section === '61').length).toBe(1);
  });

  it('a termination without pay dates: s.70 final pay undetermined', () => {
    const r = run(
      {
        employees:
          'employee_id,province,wage_type,wage_rate,termination_date\nE1,Bangkok,monthly,20000,2025-08-15\n',
        payroll: 'employee_id,period_start,period_end,base_pay\nE1,2025-08-01,2025-08-31,20000\n',
      },
      '2025-12-31',
    );
    expect(r.findings.filter((f) => f.rule === 'lpa-70-final-pay')).toEqual([]);
    expect(r.undetermined.find((u) => u.rule === 'lpa-70-final-pay')?.reason).toContain('column pay_date');
  });

  it('net pay above the amounts given while pay columns are absent: undetermined, no warning', () => {
    const r = run({
      employees: EMP,
      payroll:
        'employee_id,period_start,period_end,pay_date,base_pay,deduction_statutory,net_pay\nE1,2025-08-01,2025-08-31,2025-08-31,20000,750,20500\n',
    });
    expect(r.findings.filter((f) => f.rule === 'data-net-pay')).toEqual([]);
    expect(r.undetermined.find((u) => u.rule === 'data-net-pay')?.reason).toContain('other_wages, ot_pay');
  });

  it('a payroll with no deduction column: s.76 undetermined, not "none taken"', () => {
    const r = run({
      employees: EMP,
      payroll:
        'employee_id,period_start,period_end,pay_date,base_pay\nE1,2025-08-01,2025-08-31,2025-08-31,20000\n',
    });
    expect(r.undetermined.find((u) => u.rule === 'lpa-76-deductions')?.reason).toContain(
      'deductions unknown',
    );
    const withOne = run({
      employees: EMP,
      payroll:
        'employee_id,period_start,period_end,pay_date,base_pay,deduction_other\nE1,2025-08-01,2025-08-31,2025-08-31,20000,500\n',
    });
    expect(withOne.findings.map((f) => [f.rule, f.owed_satang])).toEqual([['lpa-76-deductions', 50_000]]);
  });

  it('no sex column: s.53 undetermined; no deduction_deposit column: s.51 undetermined for an under-18', () => {
    const r = run({
      employees:
        'employee_id,birth_date,job_title,province,wage_type,wage_rate\nY1,2009-01-01,packer,Bangkok,daily,400\n',
      payroll:
        'employee_id,period_start,period_end,pay_date,days_worked,base_pay,deduction_other\nY1,2025-08-01,2025-08-31,2025-08-31,10,4000,0\n',
    });
    const reason = (rule: string) => r.undetermined.find((u) => u.rule === rule)?.reason;
    expect(reason('lpa-53-equal-pay')).toContain('column sex not in employees.csv');
    expect(reason('lpa-51-child-deposit')).toContain('column deduction_deposit not in payroll.csv');
  });

  it('overtime by an employee of a file without a hazardous column: s.31 undetermined', () => {
    const r = run({ employees: EMP, hours: OT_HOURS });
    expect(r.undetermined.find((u) => u.rule === 'lpa-31-hazardous-overtime')?.reason).toContain(
      'column hazardous not in employees.csv',
    );
  });
});

describe('implausible dates', () => {
  const EMP90 = 'employee_id,birth_date,province,wage_type,wage_rate\nE1,1990-05-01,Bangkok,daily,400\n';
  const week = ['04', '05', '06', '07', '08'].map(
    (d) => `E1,2025-08-${d},08:00,12:00,0\nE1,2025-08-${d},13:00,17:00,0`,
  );

  it('a clock reset to 2000-01-01 (age 9) is a rejected row with its reason, not an s.44 or s.47 finding', () => {
    const r = run({
      employees: EMP90,
      hours: `employee_id,date,start,end,break_minutes\n${week.join('\n')}\nE1,2000-01-01,22:00,06:00,0\n`,
    });
    expect(r.findings).toEqual([]);
    expect(r.rejected).toMatchObject([
      {
        row: 12,
        column: 'date',
        value: '2000-01-01',
        reason: expect.stringContaining('10th birthday ("2000-05-01")'),
      },
    ]);
    expect(r.warnings.some((w) => w.message.includes('more than a year before the rest of the file'))).toBe(
      true,
    );
  });

  it('a date before the rule pack has parameters is undetermined, not a crash nor a rejection', () => {
    const r = run({
      employees: 'employee_id,province,wage_type,wage_rate\nE1,Bangkok,daily,400\n',
      hours: 'employee_id,date,start,end\nE1,1995-03-01,08:00,17:00\n',
    });
    expect(r.findings).toEqual([]);
    expect(r.rejected).toEqual([]);
    expect(r.undetermined.some((u) => u.reason.includes('work on 1995-03-01 not checked'))).toBe(true);
  });

  it('a payroll period before the first parameter is undetermined, not a crash', () => {
    const r = run({
      employees: 'employee_id,province,wage_type,wage_rate\nE1,Bangkok,daily,400\n',
      payroll:
        'employee_id,period_start,period_end,pay_date,base_pay,ot_hours,ot_pay\nE1,1995-08-01,1995-08-31,1995-08-31,1200,10,0\n',
    });
    expect(r.findings).toEqual([]);
    expect(r.undetermined.find((u) => u.rule === 'lpa-61-overtime-pay')?.reason).toMatch(
      /no value of .* in force/,
    );
  });

  // A birth date after the pay period (age -90) or that makes the employee 5 is a wrong birth
  // date, not a child at work: the hours rows of those dates are rejected, and the pay period
  // the age checks would fall back on gives no s.44 finding and no sign of forced labour either.
  describe('a birth date that makes the employee under 10 on a date of the records', () => {
    const EMPLOYEES =
      'รหัสพนักงาน,วันเกิด,จังหวัด,ประเภทค่าจ้าง,อัตราค่าจ้าง\n' +
      'D01,01/01/2658,กรุงเทพมหานคร,รายวัน,400\n' +
      'D04,01/01/2563,กรุงเทพมหานคร,รายวัน,400\n' +
      'D14,01/03/2554,กรุงเทพมหานคร,รายวัน,400\n';
    const HOURS =
      'employee_id,date,start,end\n' +
      ['D01', 'D04', 'D14']
        .map((id) => `${id},04/08/2568,08:00,12:00\n${id},04/08/2568,13:00,17:00\n`)
        .join('');
    const PAYROLL =
      'รหัสพนักงาน,งวด,วันที่จ่าย,ค่าจ้าง\n' +
      ['D01', 'D04', 'D14'].map((id) => `${id},ส.ค. 2568,31/08/2568,400.00\n`).join('');
    const AGE_RULES = [
      'lpa-44-minimum-age',
      'lpa-46-child-rest',
      'lpa-47-child-night-work',
      'lpa-48-child-overtime-holiday',
      'lpa-49-50-prohibited-work',
      'lpa-51-child-deposit',
    ];
    // Without hours the work-day rules (ss.46-48) are undetermined for want of the file.
    const NOT_FROM_HOURS = ['lpa-44-minimum-age', 'lpa-49-50-prohibited-work', 'lpa-51-child-deposit'];

    it.each([
      [
        'with the hours file',
        { employees: EMPLOYEES, hours: HOURS, payroll: PAYROLL },
        AGE_RULES,
        '2025-08-04',
      ],
      ['without an hours file', { employees: EMPLOYEES, payroll: PAYROLL }, NOT_FROM_HOURS, '2025-08-01'],
    ])(
      '%s: no age finding and no signal from them; the 14-year-old is still found at critical',
      (_, files, judged, on) => {
        const r = run(files, '2025-10-31');
        const age = r.findings.filter((f) => AGE_RULES.includes(f.rule));
        expect(age.map((f) => [f.rule, f.employee_id, f.severity, f.date])).toEqual([
          ['lpa-44-minimum-age', 'D14', 'critical', on],
        ]);
        expect(age[0].message).toContain(`(age 14 on ${on})`);
        expect(r.signals?.raised.map((x) => [x.indicator, x.employee_id])).toEqual([
          ['abuse_of_vulnerability', 'D14'],
        ]);
        for (const [id, birth, birthday] of [
          ['D01', '2115-01-01', '2125-01-01'],
          ['D04', '2020-01-01', '2030-01-01'],
        ]) {
          const why = r.undetermined.filter((u) => u.employee_id === id && judged.includes(u.rule));
          expect(why.map((u) => u.rule).sort()).toEqual(judged);
          for (const u of why) {
            // The work-day rules (ss.46-48) also name the day whose rows were refused: its work is
            // unknown (a lost day), not absent.
            const lost = !NOT_FROM_HOURS.includes(u.rule) && 'hours' in files;
            expect(u.reason).toBe(
              `birth date "${birth}" is implausible (a wrong birth date): 2025-08-01, a date of the employee's records, is before their 10th birthday ("${birthday}"); dates before it are not judged by age${lost ? `; not checked on 2025-08-04 (rows ${id === 'D01' ? '2, 3' : '4, 5'}): a punch or hours row of the day was rejected or is in doubt (dated out of the file order, or a time read 12 hours wrong), so its work is not known in full` : ''}`,
            );
            expect(u.reasons?.map((x) => x.id)).toEqual([
              'implausible_birth_date',
              ...(lost ? ['hours_day_incomplete'] : []),
            ]);
          }
        }
        // A plausible birth date is judged as before: the 14-year-old's age checks are not undetermined for it.
        expect(
          r.undetermined.filter((u) => u.employee_id === 'D14' && u.reason.includes('birth date')),
        ).toEqual([]);
      },
    );
  });

  it('validate rejects them as check does', async () => {
    const dir = join(import.meta.dirname, '..', 'fixtures', 'field', 'hours-clock-reset');
    const r = await validate([join(dir, 'employees.csv'), join(dir, 'hours.csv')], {});
    const hours = r.files.find((f) => f.kind === 'hours')!;
    expect(hours.rejected.map((x) => [x.row, x.value])).toEqual([
      [5, '2000-01-01'],
      [14, '2000-01-01'],
    ]);
    expect([hours.stats?.rows_used, hours.stats?.rows_rejected]).toEqual([21, 2]);
  });

  it('the dominant range is the span of dates holding most rows; gaps over a year split it', () => {
    const { dominant, clusters } = dateClusters([
      '2000-01-01',
      '2025-08-01',
      '2025-08-02',
      '2025-09-30',
      '1990-01-01',
    ]);
    expect(dominant).toEqual({ first: '2025-08-01', last: '2025-09-30', rows: 3 });
    expect(clusters.length).toBe(3);
  });
});

describe('header and value traps', () => {
  it('an employment-type column is never the wage type: ignored, and the wage type read from the salary header', () => {
    const p = parse('employees', 'รหัสพนักงาน,ประเภทพนักงาน,เงินเดือน\nA1,ประจำ,15000\nA2,ชั่วคราว,12000\n');
    expect(p.records.map((e) => [e.employee_id, e.wage_type])).toEqual([
      ['A1', 'monthly'],
      ['A2', 'monthly'],
    ]);
    expect(p.warnings.map((w) => w.message)).toContain(
      'no wage type column: every employee read as monthly-paid from the wage column\'s header "เงินเดือน"',
    );
  });

  it('wage-type values that are not wage types: from the header ค่าแรงรายวัน, with a warning quoting one', () => {
    const p = parse('employees', 'รหัสพนักงาน,ประเภทการจ้าง,ค่าแรงรายวัน\nA1,ประจำ,400\n');
    expect(p.records[0].wage_type).toBe('daily');
    expect(p.warnings.some((w) => w.message.includes('(such as "ประจำ")'))).toBe(true);
  });

  it('without a telling header, the row is rejected quoting the value in the reason and beside it', () => {
    const p = parse('employees', 'รหัสพนักงาน,ประเภทการจ้าง,อัตราค่าจ้าง\nA1,รายวัน,400\nA2,Permanent,400\n');
    expect(p.records.map((e) => e.wage_type)).toEqual(['daily']);
    expect(p.rejected).toEqual([
      {
        file: 'employees.csv',
        row: 3,
        column: 'wage_type',
        reason: '"Permanent": expected one of monthly, daily, hourly, piece',
        value: 'Permanent',
        why: {
          id: 'quoted',
          params: {
            value: 'Permanent',
            reason: 'expected one of monthly, daily, hourly, piece',
            reason_th: 'ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: monthly, daily, hourly, piece',
          },
        },
      },
    ]);
  });

  it('Thai wage types, DOJ, ค่าแรงพื้นฐาน, and first + last names joined', () => {
    const p = parse(
      'employees',
      'Emp Code,คำนำหน้า,ชื่อ,นามสกุล,ประเภทค่าจ้าง,ค่าแรงพื้นฐาน,DOJ\nA1,นาย,สมชาย,ใจดี,รายชั่วโมง,60,01/02/2020\nA2,นาง,มาลี,ดีมาก,ตามผลงาน,,2020-03-01\n',
    );
    expect(p.records.map((e) => [e.name, e.wage_type, e.wage_rate, e.hire_date])).toEqual([
      ['นาย สมชาย ใจดี', 'hourly', 6000, '2020-02-01'],
      ['นาง มาลี ดีมาก', 'piece', undefined, '2020-03-01'],
    ]);
    const pay = parse('payroll', 'รหัส,งวดเริ่ม,งวดสิ้นสุด,ค่าแรงพื้นฐาน\nA1,2025-08-01,2025-08-31,9000\n');
    expect(pay.records[0].base_pay).toBe(900_000);
  });

  it('under --redact the value beside a rejection is dropped with the one in its reason', () => {
    const r = run({
      employees: 'employee_id,province,wage_type,wage_rate\nE1,Bangkok,Permanent,400\nE2,Bangkok,daily,400\n',
    });
    expect(r.rejected[0].value).toBe('Permanent');
    const red = redact(r, { key: Buffer.from('a-test-key-of-16'), source: 'given' });
    expect(red.rejected[0].value).toBeUndefined();
    expect(JSON.stringify(red.rejected)).not.toContain('Permanent');
  });

  it('map --init names every required column it could not map, wage_rate included', () => {
    const h = inspectHeader(
      gridOfText('employees.csv', 'EmpCode,Name,EmploymentType,DOJ\nA1,X,Permanent,2020-01-01\n'),
      'employees',
    );
    expect(h.missingRequired).toEqual(['wage_type', 'wage_rate (unless every employee is piece-rated)']);
  });
});

describe('footer and totals rows', () => {
  const PAY = 'employee_id,period_start,period_end,pay_date,base_pay\n';
  const rows = 'A1,2025-08-01,2025-08-31,2025-08-31,15000\nA2,2025-08-01,2025-08-31,2025-08-31,12000\n';

  it('a totals row and signature lines after a blank row are skipped, counted and said once', () => {
    const p = parse('payroll', `${PAY}${rows}รวม,,,,27000\n\nลงชื่อ ...........,,,,\n`);
    expect([p.stats.rows_read, p.stats.rows_used, p.stats.rows_rejected, p.stats.rows_skipped]).toEqual([
      4, 2, 0, 2,
    ]);
    expect(p.warnings.map((w) => w.message)).toContain(
      '2 footer or totals rows under the table skipped (lines 4, 6)',
    );
  });

  it('an employee row after a blank row is still an employee', () => {
    const p = parse('payroll', `${PAY}${rows}\nA3,2025-08-01,2025-08-31,2025-08-31,9000\n`);
    expect(p.records.map((r) => r.employee_id)).toEqual(['A1', 'A2', 'A3']);
  });

  it('profiles: skip_footer: false rejects the totals row; stop_at_blank skips all below a blank row', () => {
    const text = `${PAY}${rows}Total,,,,27000\n\nA3,2025-08-01,2025-08-31,2025-08-31,9000\n`;
    const off = parse('payroll', text, 'payroll: { skip_footer: false }');
    expect(off.rejected.map((r) => r.row)).toEqual([4]);
    const stop = parse('payroll', text, 'payroll: { stop_at_blank: true }');
    expect(stop.records.map((r) => r.employee_id)).toEqual(['A1', 'A2']);
    expect(stop.stats.rows_skipped).toBe(2);
  });

  // A totals row of a Thai export: ลำดับ first, the head count where the id goes. With numeric
  // ids the count is also an employee's id, and was read as that employee's row (a false
  // 31,200 baht s.70 finding for employee 3).
  describe('a head count in the id column, equal to an employee id, in every kind of file', () => {
    const cases = {
      employees: [
        'ลำดับ,รหัสพนักงาน,ชื่อ-นามสกุล,วันเกิด,จังหวัด,ประเภทค่าจ้าง,อัตราค่าจ้าง',
        '1,1,สมชาย ใจดี,01/01/2530,กทม.,รายวัน,400',
        '2,2,รวมพล ใจดี,01/01/2530,กทม.,รายวัน,400',
        '3,3,มานพ ขยัน,01/01/2530,กทม.,รายวัน,400',
        'รวม,3,,,,,1200',
      ],
      payroll: [
        'ลำดับ,รหัสพนักงาน,ชื่อ,งวด,วันที่จ่าย,จำนวนวันทำงาน,ค่าจ้าง',
        '1,1,สมชาย ใจดี,ส.ค. 2568,31/08/2568,26,"10,400"',
        '2,2,รวมพล ใจดี,ส.ค. 2568,31/08/2568,26,"10,400"',
        '3,3,มานพ ขยัน,ส.ค. 2568,31/08/2568,26,"10,400"',
        'รวม,3,,ส.ค. 2568,,78,"31,200"',
      ],
      hours: [
        'ลำดับ,รหัสพนักงาน,ชื่อ,วันที่,เข้า,ออก',
        '1,1,สมชาย ใจดี,04/08/2568,08:00,17:00',
        '2,2,รวมพล ใจดี,04/08/2568,08:00,17:00',
        '3,3,มานพ ขยัน,04/08/2568,08:00,17:00',
        'รวมทั้งสิ้น 3 คน,3,,04/08/2568,08:00,17:00',
      ],
    } as const;
    it.each(Object.keys(cases) as (keyof typeof cases)[])('%s', (kind) => {
      const p = parse(kind, `${cases[kind].join('\n')}\n`);
      expect([p.stats.rows_read, p.stats.rows_used, p.stats.rows_rejected, p.stats.rows_skipped]).toEqual([
        4, 3, 0, 1,
      ]);
      expect(p.records.map((r) => r.employee_id)).toEqual(['1', '2', '3']);
      expect(p.warnings.map((w) => w.message)).toContain(
        '1 footer or totals row under the table skipped (line 5)',
      );
    });

    it('the label in the name column and nothing before the id; the id first', () => {
      const payroll = [
        'รหัสพนักงาน,ชื่อ,งวด,วันที่จ่าย,ค่าจ้าง',
        '1,สมชาย ใจดี,ส.ค. 2568,31/08/2568,"10,400"',
        '2,รวมพล,ส.ค. 2568,31/08/2568,"10,400"',
        '3,Grand total,ส.ค. 2568,,"20,800"',
      ].join('\n');
      const p = parse('payroll', `${payroll}\n`);
      expect(p.records.map((r) => r.employee_id)).toEqual(['1', '2']);
      expect(p.stats.rows_skipped).toBe(1);
    });

    it('skip_footer: false keeps the rule off (the row is read)', () => {
      const p = parse('payroll', `${cases.payroll.join('\n')}\n`, 'payroll: { skip_footer: false }');
      expect(p.stats.rows_skipped).toBe(0);
      expect(p.records.map((r) => r.employee_id)).toEqual(['1', '2', '3', '3']);
    });

    it('the check: no finding for employee 3, the row counted as skipped', () => {
      const r = run(
        { employees: `${cases.employees.join('\n')}\n`, payroll: `${cases.payroll.join('\n')}\n` },
        '2025-10-31',
      );
      expect(r.findings.map((f) => `${f.rule} ${f.employee_id}`)).toEqual([]);
      const pay = r.inputs.find((i) => i.kind === 'payroll')!;
      expect([pay.rows_read, pay.rows_used, pay.rows_skipped]).toEqual([4, 3, 1]);
    });
  });

  it('knows the labels', () => {
    for (const l of ['รวม', 'รวมทั้งสิ้น', 'สรุป', 'สรุปยอดรวม', 'Total', 'GRAND TOTAL', 'ยอดรวม'])
      expect(isTotalLabel(l), l).toBe(true);
    for (const l of ['A001', 'สมชาย', 'ราม', '']) expect(isTotalLabel(l), l).toBe(false);
  });
});

describe('a pay period in a title row', () => {
  it('reads the Thai, numeric and English forms', () => {
    const row = (t: string) => [{ line: 1, cells: [t] }];
    expect(periodInTitle(row('ช่วงเวลา: 1 สิงหาคม 2568 - 31 สิงหาคม 2568'))).toMatchObject({
      start: '2025-08-01',
      end: '2025-08-31',
    });
    expect(periodInTitle(row('งวดวันที่ 01/08/2568 ถึง 15/08/2568'))).toMatchObject({
      start: '2025-08-01',
      end: '2025-08-15',
    });
    expect(periodInTitle(row('Pay period: 2025-08-01 to 2025-08-31'))).toMatchObject({ end: '2025-08-31' });
    expect(periodInTitle(row('บริษัท ตัวอย่าง จำกัด'))).toBeUndefined();
    expect(periodInTitle(row('ช่วงเวลา: 31 สิงหาคม 2568 - 1 สิงหาคม 2568'))).toBeUndefined();
  });

  it('a payroll without period columns takes it, with a warning; with them it is not used', () => {
    const title = 'ช่วงเวลา: 1 สิงหาคม 2568 - 31 สิงหาคม 2568\n';
    const p = parse('payroll', `${title}รหัสพนักงาน,เงินเดือน\nA1,15000\n`);
    expect(p.records.map((r) => [r.period_start, r.period_end])).toEqual([['2025-08-01', '2025-08-31']]);
    expect(p.warnings.some((w) => w.message.includes('taken from the title row on line 1'))).toBe(true);
    const q = parse('payroll', `${title}รหัสพนักงาน,งวดเริ่ม,งวดสิ้นสุด,เงินเดือน\nA1,2025-07-01,2025-07-31,15000\n`);
    expect(q.records[0].period_start).toBe('2025-07-01');
  });
});

describe('place names', () => {
  const wages = pack().wages!;
  it('provinces: Thai with or without จังหวัด, abbreviations, codes', () => {
    for (const [text, en] of [
      ['กทม.', 'Bangkok'],
      ['กรุงเทพฯ', 'Bangkok'],
      ['กรุงเทพ', 'Bangkok'],
      ['จังหวัดเชียงใหม่', 'Chiang Mai'],
      ['จ.เชียงใหม่', 'Chiang Mai'],
      ['50', 'Chiang Mai'],
      ['Korat', 'Nakhon Ratchasima'],
      ['Chiang Mai Province', 'Chiang Mai'],
    ])
      expect(wages.province(text)?.en, text).toBe(en);
  });

  it('district=เมืองเชียงใหม่ gets the 380 district rate, and a worker paid 360 an s.90 finding', () => {
    for (const d of [
      'เมืองเชียงใหม่',
      'อำเภอเมืองเชียงใหม่',
      'อ.เมือง',
      '5001',
      'Muang Chiang Mai',
      'Amphoe Mueang Chiang Mai',
    ]) {
      const w = wages.on('2025-08-01', { province: 'เชียงใหม่', district: d });
      expect(w.ok && w.wage.dailySatang, d).toBe(38_000);
    }
    const r = run({
      employees: 'employee_id,province,district,wage_type,wage_rate\nE1,เชียงใหม่,เมืองเชียงใหม่,daily,360\n',
      payroll:
        'employee_id,period_start,period_end,pay_date,days_worked,base_pay\nE1,2025-08-01,2025-08-31,2025-08-31,10,3600\n',
    });
    expect(r.findings.map((f) => [f.rule, f.owed_satang])).toEqual([['lpa-90-minimum-wage', 20_000]]);
  });

  it('a province cell holding an address gives its province, and its district when the district cell is empty', () => {
    const cases: [string, string | undefined, string | undefined, number | undefined][] = [
      // [province cell, district cell, district read, daily rate in satang]
      ['ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่ 50200', undefined, 'อ.เมืองเชียงใหม่', 38_000],
      ['อ.แม่ริม จ.เชียงใหม่', undefined, 'อ.แม่ริม', 35_700],
      ['อำเภอ เมืองเชียงใหม่ จังหวัด เชียงใหม่', undefined, 'อำเภอเมืองเชียงใหม่', 38_000],
      ['Mueang Chiang Mai, Chiang Mai 50000', undefined, 'Mueang Chiang Mai', 38_000],
      ['Hat Yai, Songkhla 90110', undefined, 'Hat Yai', 38_000],
      ['หาดใหญ่ (สงขลา)', undefined, 'หาดใหญ่', 38_000],
      // The district cell, when given, is the district: the address does not override it.
      ['อ.เมือง จ.เชียงใหม่', 'แม่ริม', 'แม่ริม', 35_700],
      ['123 ถ.พระราม 4 แขวงปทุมวัน เขตปทุมวัน กรุงเทพฯ 10330', undefined, 'เขตปทุมวัน', 40_000],
      // No province in it: left as it is, and undetermined.
      ['สาขาบางนา', undefined, undefined, undefined],
      ['Branch 2, Building A', undefined, undefined, undefined],
    ];
    for (const [province, district, read, rate] of cases) {
      expect(wages.placeOf({ province, district }).district, province).toBe(read);
      const w = wages.on('2025-08-01', { province, district });
      expect(w.ok ? w.wage.dailySatang : undefined, province).toBe(rate);
    }
    // A province name alone is not an address: nothing changes.
    expect(wages.placeOf({ province: 'เชียงใหม่' })).toEqual({ province: 'เชียงใหม่' });
  });

  it('an unknown district or sector is a warning naming it, and the province rate is said to be used', () => {
    const r = run({
      employees:
        'employee_id,province,district,sector,wage_type,wage_rate\nE1,เชียงใหม่,ไม่มีอำเภอนี้,,daily,357\nE2,Bangkok,,bakery,daily,400\n',
    });
    const messages = r.warnings.map((w) => w.message);
    expect(messages).toContain(
      'district "ไม่มีอำเภอนี้" is not one the tool knows in Chiang Mai: its rate is taken as the province\'s (1 employee)',
    );
    expect(messages.some((m) => m.startsWith('sector "bakery" is not one the tool knows'))).toBe(true);
  });

  it('every district of a province named for the hotel rate is known: no warning for a real one', () => {
    // Bang Khun Thian (the README's own account), Si Racha, Pluak Daeng, Pran Buri, Ko Lanta and
    // Khura Buri are real districts of Bangkok, Chon Buri, Rayong, Prachuap, Krabi and Phang Nga.
    const r = run({
      employees: [
        'employee_id,province,district,wage_type,wage_rate',
        'E1,Bangkok,Bang Khun Thian,daily,400',
        'E2,กรุงเทพมหานคร,เขตบางขุนเทียน,daily,400',
        'E3,Chon Buri,Si Racha,daily,400',
        'E4,ระยอง,อ.ปลวกแดง,daily,400',
        'E5,Prachuap Khiri Khan,Pran Buri,daily,400',
        'E6,Krabi,Ko Lanta,daily,400',
        'E7,พังงา,คุระบุรี,daily,400',
        'E8,Bangkok,Sathon District,daily,400',
        'E9,Bangkok,Khet Chatuchak,daily,400',
        'E10,Bangkok,Not A District,daily,400',
      ].join('\n'),
    });
    const unknown = r.warnings.filter((w) => w.message.includes('is not one the tool knows'));
    expect(unknown.map((w) => w.message)).toEqual([
      'district "Not A District" is not one the tool knows in Bangkok: its rate is taken as the province\'s (1 employee)',
    ]);
  });

  it('Thai sector names are read: โรงแรม is a hotel (the No.14 rate), สถานบันเทิง an entertainment venue', () => {
    const p = parse(
      'employees',
      'employee_id,province,district,sector,wage_type,wage_rate\nS1,สงขลา,อำเภอหาดใหญ่,โรงแรม,daily,390\nS2,Bangkok,,สถานบันเทิง,daily,400\n',
    );
    expect(p.records.map((e) => e.sector)).toEqual(['hotel', 'entertainment']);
    const w = wages.on('2025-08-01', p.records[0]);
    expect(w.ok && [w.wage.dailySatang, w.wage.basis]).toEqual([40_000, 'sector']);
  });

  it('sector overlays only where in force for the area: the 2024 four-star rate in its listed districts', () => {
    const at = (district: string) =>
      wages.on('2024-06-01', { province: 'กทม.', district, sector: 'hotel_4star_50plus' });
    const inArea = at('เขตปทุมวัน');
    const outside = at('บางรัก');
    expect(inArea.ok && inArea.wage.basis).toBe('sector');
    expect(outside.ok && outside.wage.basis).toBe('province');
  });
});

describe('a position allowance (ค่าตำแหน่ง) is wages', () => {
  // Minimum wage in Bangkok for a monthly worker, August 2025: 400 x 30 = 12,000. A salary of
  // 11,000 with a fixed position allowance of 1,000 is paid it; the allowance was an ignored
  // column, so s.90 found 1,000 short.
  const employees =
    'employee_id,birth_date,province,wage_type,wage_rate\nE1,1990-01-01,Bangkok,monthly,11000\n';
  const s90 = (payroll: string) =>
    run({ employees, payroll }, '2025-10-31', ['lpa-90-minimum-wage']).findings.map((f) => f.owed_satang);
  it.each([
    ['ค่าตำแหน่ง', []],
    ['เงินประจำตำแหน่ง', []],
    ['Position allowance', []],
    ['เบี้ยขยัน', [100_000]], // a column not known as wages (a diligence allowance) is not counted
  ])('%s 1,000 beside a salary of 11,000: owed %j', (column, owed) => {
    const payroll = `รหัสพนักงาน,งวดเริ่ม,งวดสิ้นสุด,วันจ่าย,เงินเดือน,${column}\nE1,2025-08-01,2025-08-31,2025-08-31,11000,1000\n`;
    expect(s90(payroll)).toEqual(owed);
  });
});
