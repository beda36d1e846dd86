import { describe, expect, it } from 'vitest';
import type { Result } from '../../src/findings/result.js';
import { run } from '../helpers.js';

// Identity records (integrity-identity, a warning): one national id under two employees, an
// id failing the 13-digit mod-11 check digit, one person (name and birth date) under two
// employee ids. 1100700000001 and 3101200000009 pass the check digit; 1100700000002 fails it.

const R = 'integrity-identity';
const E = 'employee_id,name,national_id,birth_date,province,wage_type,wage_rate';
const people = (...rows: string[]) =>
  run({ employees: [E, ...rows.map((x) => `${x},Bangkok,daily,400`)].join('\n') }, '2025-09-30', [R]);
const mine = (r: Result) =>
  r.findings
    .filter((f) => f.rule === R)
    .map((f) => ({ id: f.employee_id, message: f.message, evidence: f.evidence }));
const rows = (...n: number[]) => n.map((row) => ({ file: 'employees.csv', row }));

describe('one national id under several employees', () => {
  it('three employees with one id: each names the other two, with the three rows', () => {
    const f = mine(
      people(
        'E1,Somchai Jaidee,1100700000001,1990-01-01',
        'E2,Malee Suk,1100700000001,1991-01-01',
        'E3,Anan Dee,1100700000001,1992-01-01',
      ),
    );
    expect(f).toEqual([
      { id: 'E1', message: 'E1: the same national id as E2, E3', evidence: rows(2, 3, 4) },
      { id: 'E2', message: 'E2: the same national id as E1, E3', evidence: rows(2, 3, 4) },
      { id: 'E3', message: 'E3: the same national id as E1, E2', evidence: rows(2, 3, 4) },
    ]);
  });

  it('the id written with dashes is the same id, and passes its check digit', () => {
    const f = mine(
      people('E1,Somchai Jaidee,1-1007-00000-00-1,1990-01-01', 'E2,Malee Suk,1100700000001,1991-01-01'),
    );
    expect(f.map((x) => x.message)).toEqual([
      'E1: the same national id as E2',
      'E2: the same national id as E1',
    ]);
  });

  it('employees without a national id are not one id, and fail no check digit', () => {
    expect(mine(people('E1,Somchai Jaidee,,1990-01-01', 'E2,Malee Suk,,1991-01-01'))).toEqual([]);
  });
});

describe('the check digit', () => {
  it('1100700000002 fails it: the message and the employee row, never the id', () => {
    const f = mine(
      people('E1,Somchai Jaidee,3101200000009,1990-01-01', 'E2,Malee Suk,1100700000002,1991-01-01'),
    );
    expect(f).toEqual([
      {
        id: 'E2',
        message: 'E2: the national id fails its check digit (13 digits, mod 11)',
        evidence: rows(3),
      },
    ]);
  });
});

describe('one person under two employee ids', () => {
  it('the same name in other case, spacing and Unicode form, the same birth date', () => {
    const f = mine(
      people(
        'E1,Jos\u00e9 Jaidee,1100700000001,1990-01-01',
        'E2,Malee Suk,3101200000009,1990-01-01',
        'E9,  jose\u0301   JAIDEE ,,1990-01-01',
      ),
    );
    expect(f).toEqual([
      {
        id: 'E1',
        message: 'E1: the same name and birth date ("1990-01-01") as E9: one worker under two employee ids?',
        evidence: rows(2, 4),
      },
      {
        id: 'E9',
        message: 'E9: the same name and birth date ("1990-01-01") as E1: one worker under two employee ids?',
        evidence: rows(2, 4),
      },
    ]);
  });

  it('three records of one person: each names the two others', () => {
    const f = mine(
      people(
        'E1,Somchai Jaidee,,1990-01-01',
        'E2,Somchai Jaidee,,1990-01-01',
        'E3,Somchai Jaidee,,1990-01-01',
      ),
    );
    expect(f.map((x) => x.message)).toEqual([
      'E1: the same name and birth date ("1990-01-01") as E2, E3: one worker under two employee ids?',
      'E2: the same name and birth date ("1990-01-01") as E1, E3: one worker under two employee ids?',
      'E3: the same name and birth date ("1990-01-01") as E1, E2: one worker under two employee ids?',
    ]);
  });

  it('case is folded as Unicode does: Straße is STRASSE, and final ς is σ', () => {
    const f = mine(
      people(
        'E1,Andreas Stra\u00dfe,,1990-01-01',
        'E2,ANDREAS STRASSE,,1990-01-01',
        'E3,Nikos Pappa\u03c2,,1991-01-01',
        'E4,Nikos Pappa\u03c3,,1991-01-01',
      ),
    );
    expect(f.map((x) => x.id)).toEqual(['E1', 'E2', 'E3', 'E4']);
  });

  it('spaces are kept as one: Ann Abel and Anna Bel are two people', () => {
    expect(mine(people('E1,Ann Abel,,1990-01-01', 'E2,Anna Bel,,1990-01-01'))).toEqual([]);
  });

  it('no name, or no birth date: nobody to compare', () => {
    expect(mine(people('E1,,1100700000001,1990-01-01', 'E2,,3101200000009,1990-01-01'))).toEqual([]);
    const noBirth = run(
      {
        employees: [
          'employee_id,name,national_id,province,wage_type,wage_rate',
          'E1,Somchai Jaidee,1100700000001,Bangkok,daily,400',
          'E2,Somchai Jaidee,3101200000009,Bangkok,daily,400',
        ].join('\n'),
      },
      '2025-09-30',
      [R],
    );
    expect(mine(noBirth)).toEqual([]);
  });
});

describe('what the rule needs', () => {
  it('no employees file: undetermined for each employee of the hours file', () => {
    const r = run({ hours: 'employee_id,date,start,end\nE1,2025-09-01,08:00,17:00' }, '2025-09-30', [R]);
    expect(mine(r)).toEqual([]);
    expect(r.undetermined.filter((u) => u.rule === R).map((u) => u.reason)).toEqual(['no employees file']);
  });
});
