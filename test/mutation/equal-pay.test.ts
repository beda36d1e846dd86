import { describe, expect, it } from 'vitest';
import type { Result } from '../../src/findings/result.js';
import { run } from '../helpers.js';

// s.53 equal pay (a warning): an employee paid a lower rate than someone of the other sex with
// the same job title and wage type, compared with the highest so paid.

const R = 'lpa-53-equal-pay';
const E = 'employee_id,birth_date,province,wage_type,wage_rate,sex,job_title';
const staff = (...rows: string[][]) =>
  run(
    {
      employees: [
        E,
        ...rows.map(([id, type, rate, sex, job]) => `${id},1990-01-01,Bangkok,${type},${rate},${sex},${job}`),
      ].join('\n'),
    },
    '2025-09-30',
    [R],
  );
const row = (id: string, type: string, rate: string, sex: string, job: string) => [id, type, rate, sex, job];
const mine = (r: Result) => r.findings.filter((f) => f.rule === R);
const reasons = (r: Result) =>
  r.undetermined.filter((u) => u.rule === R).map((u) => `${u.employee_id}: ${u.reason}`);

describe('compared with the highest rate of the other sex, same job and wage type', () => {
  const team = () =>
    staff(
      row('E1', 'daily', '400', 'F', 'packer'),
      row('E2', 'daily', '420', 'm', 'packer'),
      row('E3', 'daily', '450', 'M', 'packer'),
      row('E4', 'daily', '440', 'f', 'packer'),
      row('E5', 'daily', '600', 'M', 'driver'),
      row('E6', 'monthly', '30000', 'M', 'packer'),
      row('E7', 'daily', '450', 'M', 'packer'),
    );
  it('E1 (a woman at 400.00): E2, E3 and E7 are paid more; E3, first of the two at 450.00, is named', () => {
    const f = mine(team()).filter((x) => x.employee_id === 'E1');
    expect(f).toHaveLength(1);
    expect(f[0].message).toBe(
      'E1 (packer, daily) is paid 400.00 while E3 of the other sex in the same job is paid 450.00',
    );
    expect(f[0].message_th).toContain('รายวัน');
    expect(f[0].evidence).toEqual([
      { file: 'employees.csv', row: 2 },
      { file: 'employees.csv', row: 4 },
    ]);
    expect(f[0].params).toEqual({ compared_with: ['E2', 'E3', 'E7'] });
  });
  it('E2 (a man at 420.00) against E4 (a woman at 440.00), E4 against E3; nobody else', () => {
    const f = mine(team());
    expect(f.map((x) => x.employee_id)).toEqual(['E1', 'E2', 'E4']);
    expect(f[1].message).toBe(
      'E2 (packer, daily) is paid 420.00 while E4 of the other sex in the same job is paid 440.00',
    );
    expect(f[2].params).toEqual({ compared_with: ['E3', 'E7'] });
  });
  it('the first of a job compared too: a man at 500.00 listed before a woman at 400.00', () => {
    const f = mine(staff(row('E1', 'daily', '500', 'M', 'packer'), row('E2', 'daily', '400', 'F', 'packer')));
    expect(f.map((x) => [x.employee_id, x.params])).toEqual([['E2', { compared_with: ['E1'] }]]);
  });
  it('a colleague with no sex given is compared with nobody', () => {
    const f = mine(
      staff(
        row('E1', 'daily', '400', 'F', 'packer'),
        row('E2', 'daily', '500', '', 'packer'),
        row('E3', 'daily', '450', 'M', 'packer'),
      ),
    );
    expect(f.map((x) => [x.employee_id, x.params])).toEqual([['E1', { compared_with: ['E3'] }]]);
  });
  it('the same rate is no warning', () => {
    expect(
      mine(staff(row('E1', 'daily', '450', 'F', 'packer'), row('E2', 'daily', '450', 'M', 'packer'))),
    ).toEqual([]);
  });
  it('a sex other than M or F is compared with nobody, and is undetermined itself', () => {
    const r = staff(
      row('E1', 'daily', '400', 'X', 'packer'),
      row('E2', 'daily', '420', 'M', 'packer'),
      row('E3', 'daily', '300', 'F', 'packer'),
      row('E4', 'daily', '500', 'X', 'packer'),
    );
    expect(mine(r).map((f) => [f.employee_id, f.params])).toEqual([['E3', { compared_with: ['E2'] }]]);
    // Kept as unknown (said as a warning): undetermined, not passed.
    const unknown = r.undetermined
      .filter((u) => u.rule === R)
      .map((u) => [u.employee_id, u.reasons?.[0]?.id]);
    expect(unknown).toEqual([
      ['E1', 'sex_unreadable'],
      ['E4', 'sex_unreadable'],
    ]);
  });
});

describe('the highest rate of the other sex, looked up once per group', () => {
  it('the best-paid man, paid less than a woman, is compared too; so is each below the best', () => {
    const f = mine(
      staff(
        row('E1', 'daily', '400', 'M', 'packer'),
        row('E2', 'daily', '450', 'F', 'packer'),
        row('E3', 'daily', '300', 'F', 'packer'),
        row('E4', 'daily', '380', 'M', 'packer'),
      ),
    );
    expect(f.map((x) => [x.employee_id, x.params])).toEqual([
      ['E1', { compared_with: ['E2'] }],
      ['E3', { compared_with: ['E1', 'E4'] }],
      ['E4', { compared_with: ['E2'] }],
    ]);
  });
  it('a colleague paid the same is not among those paid more', () => {
    const f = mine(
      staff(
        row('E1', 'daily', '400', 'F', 'packer'),
        row('E2', 'daily', '400', 'M', 'packer'),
        row('E3', 'daily', '450', 'M', 'packer'),
      ),
    );
    expect(f.map((x) => [x.employee_id, x.params])).toEqual([['E1', { compared_with: ['E3'] }]]);
  });
  it('a job title that reads "undefined" is not matched with a colleague who has none', () => {
    const r = staff(row('E1', 'daily', '400', 'F', 'undefined'), row('E2', 'daily', '500', 'M', ''));
    expect(mine(r)).toEqual([]);
    expect(reasons(r)).toEqual(['E2: no job_title to compare with']);
  });
});

describe('what cannot be compared', () => {
  it('no sex column: undetermined for each employee with a rate, not for a piece-rate one', () => {
    const r = run(
      {
        employees: [
          'employee_id,birth_date,province,wage_type,wage_rate,job_title',
          'E1,1990-01-01,Bangkok,daily,400,packer',
          'E2,1990-01-01,Bangkok,piece,,packer',
        ].join('\n'),
      },
      '2025-09-30',
      [R],
    );
    expect(mine(r)).toEqual([]);
    expect(reasons(r)).toEqual([
      'E1: column sex not in employees.csv: pay cannot be compared between the sexes',
    ]);
  });
  it('no job title column: undetermined, the column named', () => {
    const r = run(
      {
        employees: [
          'employee_id,birth_date,province,wage_type,wage_rate,sex',
          'E1,1990-01-01,Bangkok,daily,400,F',
          'E2,1990-01-01,Bangkok,daily,420,M',
        ].join('\n'),
      },
      '2025-09-30',
      [R],
    );
    expect(mine(r)).toEqual([]);
    expect(reasons(r)).toEqual([
      'E1: column job_title not in employees.csv',
      'E2: column job_title not in employees.csv',
    ]);
  });
  it('an empty job title: undetermined for that employee alone', () => {
    const r = staff(row('E1', 'daily', '400', 'F', ''), row('E2', 'daily', '420', 'M', 'packer'));
    expect(mine(r)).toEqual([]);
    expect(reasons(r)).toEqual(['E1: no job_title to compare with']);
  });
});

describe('what the rule needs', () => {
  it('no employees file: undetermined as such', () => {
    const r = run({ hours: 'employee_id,date,start,end\nE1,2025-09-01,08:00,17:00' }, '2025-09-30', [R]);
    expect(mine(r)).toEqual([]);
    expect(reasons(r)).toEqual(['E1: no employees file']);
  });
});
