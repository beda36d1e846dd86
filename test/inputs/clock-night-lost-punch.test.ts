import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, readDataSet, resolveInputs } from '../../src/api.js';
import { cli, tempFolders } from '../helpers.js';

// A night worker's ZKTeco log (test/fixtures/field/zk-night-*): nights of 4-9 Aug 2025, in
// 21:58, break out 02:00, break in 03:00, out 06:01. On the night of 6 Aug a punch is lost. The
// part of that night after midnight was dated 7 Aug, by its first punch, and merged with the
// evening shift of 7 Aug: the hours at home between (06:01 to 21:58) were a break counted as
// work, 17 or 18 hours of overtime owed that were never worked (s.61 1,276.25 and 1,351.25 baht,
// and s.27 on 7 Aug). The night keeps its own date, 6 Aug, whose work is unknown.

const FIELD = join(import.meta.dirname, '..', 'fixtures', 'field');
const folder = tempFolders();
const PAYROLL = (id: string) =>
  `employee_id,period_start,period_end,pay_date,base_pay,ot_pay,days_worked\n${id},2025-08-01,2025-08-15,2025-08-15,2400,0,6\n`;

/** A fixture's log and employees with the payroll of the report: six nights paid, no overtime. */
function withPayroll(fixture: string, id: string, log?: string): string {
  const at = (f: string) => readFileSync(join(FIELD, fixture, f));
  return folder({
    '1_attlog.dat': log ?? at('1_attlog.dat'),
    'employees.csv': at('employees.csv'),
    'payroll.csv': PAYROLL(id),
  });
}

const CASES: [string, string, string][] = [
  ['zk-night-lost-break-out', '31', 'device states: the 02:00 break-out lost, the 21:58 in rejected'],
  ['zk-night-lost-in', '31', 'device states: the 21:58 in lost'],
  ['zk-night-break-out-as-in', '31', 'device states: the 02:00 break-out recorded as an in (state 0)'],
  ['zk-night-255-lost-in', '36', 'no states (255): the 21:58 in lost'],
];

describe('a night shift whose evening punch was lost', () => {
  it.each(CASES)('%s (%s, %s): no finding, and the night of 6 Aug is unknown', (fixture, id) => {
    const dir = withPayroll(fixture, id);
    const r = check({ dir, asOf: '2025-10-31' });
    expect(r.findings).toEqual([]);
    const data = readDataSet(resolveInputs({ dir }));
    const nights = data.stretches.filter((s) => s.date >= '2025-08-06' && s.date <= '2025-08-07');
    // 6 Aug holds only work after midnight; 7 Aug only its own night, from 21:58.
    expect(nights.filter((s) => s.date === '2025-08-06').every((s) => s.start >= 1440)).toBe(true);
    expect(nights.filter((s) => s.date === '2025-08-07').map((s) => [s.start, s.end])).toEqual([
      [1318, 1560],
      [1620, 1801],
    ]);
    expect(data.lost?.get(id)?.map((l) => l.date)).toContain('2025-08-06');
  });

  it.each(CASES)('the CLI, as reported: %s exits 0 with no finding', (fixture, id) => {
    const r = cli(['check', withPayroll(fixture, id), '--as-of', '2025-10-31']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toContain('No findings.');
    expect(r.stdout).toContain('owed 0.00 baht');
    expect(r.stdout).not.toMatch(/min (of )?overtime/);
  });

  it('the same nights with every punch, one of them worked to 09:00: that overtime is still found, on its night', () => {
    // 21:58-02:00 and 03:00-09:00: 10 h 2 min, 2 h 2 min over 8, from 06:58 with no break before.
    const log = readFileSync(join(FIELD, 'zk-night-lost-in', '1_attlog.dat'), 'utf8')
      .replace('2025-08-07 02:00:00', '2025-08-06 21:58:00\t1\t0\t1\t0\r\n       31\t2025-08-07 02:00:00')
      .replace('2025-08-07 06:01:00', '2025-08-07 09:00:00');
    const r = check({ dir: withPayroll('zk-night-lost-in', '31', log), asOf: '2025-10-31' });
    expect(r.rejected).toEqual([]);
    expect(r.findings.map((f) => [f.rule, f.message])).toEqual([
      ['lpa-61-overtime-pay', expect.stringContaining('2 h 2 min overtime')],
      [
        'lpa-27-break-before-overtime',
        '31 on 2025-08-06: 2 h 2 min of overtime from 06:58 with a break of 0 min before it (at least 20 min)',
      ],
    ]);
  });
});
