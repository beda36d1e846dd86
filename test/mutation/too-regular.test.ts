import { describe, expect, it } from 'vitest';
import { packWith, run } from '../helpers.js';

// Integrity warning: the same first start and last end minute on at least 90% of at least 20
// days worked. Real clocks scatter by minutes.

const RULE = 'integrity-too-regular';
const EMP = 'employee_id,birth_date,province,wage_type,wage_rate\nE1,1990-01-01,Bangkok,daily,400';

const dayOf = (i: number) => `2025-08-${String(i + 1).padStart(2, '0')}`;

/** `same` days 08:00-12:00 and 13:00-17:00, then `other` days starting a few minutes late. */
function days(same: number, other: number): string[] {
  const rows: string[] = [];
  for (let i = 0; i < same + other; i++) {
    const start = i < same ? '08:00' : `08:0${(i % 9) + 1}`;
    rows.push(`E1,${dayOf(i)},${start},12:00`, `E1,${dayOf(i)},13:00,17:00`);
  }
  return rows;
}

function check(rows: string[], rules = packWith({})) {
  const hours = `employee_id,date,start,end\n${rows.join('\n')}`;
  const r = run({ employees: EMP, hours }, '2025-09-30', [RULE], rules);
  return r.findings.filter((f) => f.rule === RULE);
}

describe('hours too regular to be clock records', () => {
  it('18 of 20 days the same (90%): the schedule, counts, span, rows and thresholds', () => {
    const findings = check(days(18, 2));
    expect(findings).toHaveLength(1);
    const f = findings[0];
    expect(f.date).toBe('2025-08-01');
    expect(f.message).toBe(
      'E1: the same start 08:00 and end 17:00 on 18 of 20 days worked (90%, 2025-08-01 to 2025-08-20): real clocks scatter by minutes; these records may have been written or generated',
    );
    expect(f.evidence).toHaveLength(36);
    expect(f.evidence).toContainEqual({ file: 'hours.csv', row: 2 });
    expect(f.evidence).toContainEqual({ file: 'hours.csv', row: 37 });
    expect(f.evidence).not.toContainEqual({ file: 'hours.csv', row: 38 });
    expect(f.params).toMatchObject({ min_days: { value: 20 }, min_share: { value: 0.9 } });
  });

  it('17 of 20 (85%) is below the share; 19 identical days are too few to tell', () => {
    expect(check(days(17, 3))).toEqual([]);
    expect(check(days(19, 0))).toEqual([]);
  });

  it('19 of 21 days (90.5%) is reported as 90%', () => {
    expect(check(days(19, 2)).map((f) => f.message)).toEqual([
      'E1: the same start 08:00 and end 17:00 on 19 of 21 days worked (90%, 2025-08-01 to 2025-08-21): real clocks scatter by minutes; these records may have been written or generated',
    ]);
  });

  it('the most common schedule is the one compared, wherever it starts; breaks do not matter', () => {
    // Two early days at another schedule, then 18 at 08:00-17:00 with the lunch hour moving.
    const rows = [
      'E1,2025-08-01,07:00,12:00',
      'E1,2025-08-01,13:00,16:00',
      'E1,2025-08-02,07:00,12:00',
      'E1,2025-08-02,13:00,16:00',
    ];
    for (let i = 2; i < 20; i++) {
      const lunch = i % 2 ? ['12:00', '13:00'] : ['11:30', '12:30'];
      rows.push(`E1,${dayOf(i)},08:00,${lunch[0]}`, `E1,${dayOf(i)},${lunch[1]},17:00`);
    }
    const findings = check(rows);
    expect(findings.map((f) => f.date)).toEqual(['2025-08-03']);
    expect(findings[0].message).toContain(
      'the same start 08:00 and end 17:00 on 18 of 20 days worked (90%, 2025-08-01 to 2025-08-20)',
    );
  });

  it('the last end of the day is compared, not the end of the second stretch', () => {
    const rows: string[] = [];
    for (let i = 0; i < 20; i++)
      rows.push(
        `E1,${dayOf(i)},08:00,10:00`,
        `E1,${dayOf(i)},10:30,12:00`,
        `E1,${dayOf(i)},13:00,17:0${i % 2}`,
      );
    expect(check(rows)).toEqual([]);
    const same = rows.map((r) => r.replace(',17:01', ',17:00'));
    expect(check(same).map((f) => f.message)).toEqual([
      'E1: the same start 08:00 and end 17:00 on 20 of 20 days worked (100%, 2025-08-01 to 2025-08-20): real clocks scatter by minutes; these records may have been written or generated',
    ]);
  });

  it('two schedules tied at half the days under a 50% share: the earlier start is named', () => {
    const rows: string[] = [];
    for (let i = 0; i < 20; i++) rows.push(`E1,${dayOf(i)},${i < 10 ? '08:00' : '07:30'},17:00`);
    const half = packWith({ 'integrity-too-regular.min_share': 0.5 }, '2018-01-01');
    expect(check(rows, half).map((f) => [f.date, f.message.slice(0, 52)])).toEqual([
      ['2025-08-11', 'E1: the same start 07:30 and end 17:00 on 10 of 20 d'],
    ]);
    // The same tie with the earlier start first in the file.
    const first = rows.map((r, i) =>
      r.replace(i < 10 ? ',08:00,' : ',07:30,', i < 10 ? ',07:30,' : ',08:00,'),
    );
    expect(check(first, half).map((f) => [f.date, f.message.slice(0, 52)])).toEqual([
      ['2025-08-01', 'E1: the same start 07:30 and end 17:00 on 10 of 20 d'],
    ]);
  });

  it('a tie of one start and two ends: the text "480-1020" sorts before "480-960", so 17:00 is named', () => {
    const rows: string[] = [];
    for (let i = 0; i < 20; i++) rows.push(`E1,${dayOf(i)},08:00,${i % 2 ? '16:00' : '17:00'}`);
    const half = packWith({ 'integrity-too-regular.min_share': 0.5 }, '2018-01-01');
    expect(check(rows, half).map((f) => [f.date, f.message.slice(0, 52)])).toEqual([
      ['2025-08-01', 'E1: the same start 08:00 and end 17:00 on 10 of 20 d'],
    ]);
    const swapped = rows.map((r) =>
      r.endsWith('16:00') ? r.replace('16:00', '17:00') : r.replace('17:00', '16:00'),
    );
    expect(check(swapped, half).map((f) => [f.date, f.message.slice(0, 52)])).toEqual([
      ['2025-08-02', 'E1: the same start 08:00 and end 17:00 on 10 of 20 d'],
    ]);
  });

  it('an employee with no days worked is skipped; without an hours file the rule is undetermined', () => {
    const r = run(
      {
        employees: `${EMP}\nE2,1990-01-01,Bangkok,daily,400`,
        hours: `employee_id,date,start,end\n${days(18, 2).join('\n')}`,
      },
      '2025-09-30',
      [RULE],
    );
    expect(r.findings.map((f) => f.employee_id)).toEqual(['E1']);
    expect(r.undetermined).toEqual([]);
    const none = run({ employees: EMP }, '2025-09-30', [RULE]);
    expect(none.undetermined.map((u) => u.reason)).toEqual(['no hours file']);
  });
});
