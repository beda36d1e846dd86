import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CheckHooks, check, checkData, readDataSet, resolveInputs } from '../../src/api.js';
import { UserError } from '../../src/errors.js';
import { publish } from '../../src/findings/redact.js';
import { parseGrid, type Warning } from '../../src/parse/ingest.js';
import { gridOfText } from '../../src/read/table.js';
import { json } from '../../src/report/json.js';
import { pack, tempDir } from '../helpers.js';

// Daily attendance exports that give each stretch's start and end as a date and time, with no
// date column ("04/08/2568 22:00" to "05/08/2568 06:00"): each row is a stretch of the start's
// date, as if the file had the date column; a row that cannot say its date or its length is
// rejected with its reason, and a file none of whose starts has a date is refused as before.

const hours = (rows: string[], header = 'employee_id,start,end') =>
  parseGrid(gridOfText('hours.csv', [header, ...rows].join('\n')), 'hours', [] as Warning[]);

describe('an hours file without a date column', () => {
  it.each([
    ['2025-08-04 08:00', '2025-08-04 17:00', '2025-08-04', 480, 1020],
    ['2025-08-04 22:00', '2025-08-05 06:00', '2025-08-04', 1320, 1800],
    ['04/08/2568 22:00', '05/08/2568 06:30', '2025-08-04', 1320, 1830],
    ['4 ส.ค. 2568 08.00 น.', '4 ส.ค. 2568 17.00 น.', '2025-08-04', 480, 1020],
    ['2025-08-04T22:00:00', '06:00', '2025-08-04', 1320, 1800], // an end as a time alone
    ['2025-08-04 01:00:00+00:00', '2025-08-04 17:00', '2025-08-04', 480, 1020], // UTC, read in Bangkok
  ])('%s to %s is a stretch of %s, %i to %i', (start, end, date, from, to) => {
    const r = hours([`E1,${start},${end}`]);
    expect(r.rejected).toEqual([]);
    expect(r.records).toEqual([
      { employee_id: 'E1', date, start: from, end: to, break_minutes: 0, day_type: 'work', row: 2 },
    ]);
  });

  it.each([
    // [start, end, column, reason, the day whose work is now unknown]
    ['2025-08-07 22:00', '2025-08-07 21:00', 'end', 'end_not_after_start', '2025-08-07'],
    ['2025-08-07 22:00', '2025-08-07 22:00', 'end', 'end_not_after_start', '2025-08-07'],
    ['2025-08-08 08:00', '2025-08-09 09:00', 'end', 'stretch_a_day_or_more', '2025-08-08'],
    ['2025-08-08 08:00', '2025-08-10 07:00', 'end', 'stretch_a_day_or_more', '2025-08-08'],
    ['2025-08-08 08:00', 'later', 'end', 'not_a_datetime', '2025-08-08'],
    ['22:00', '06:00', 'start', 'start_without_date', undefined],
    ['8.30 น.', '17.30 น.', 'start', 'start_without_date', undefined],
    ['31/02/2025 08:00', '17:00', 'start', 'not_a_real_date', undefined],
  ])('%s to %s is rejected: %s, %s', (start, end, column, id, lost) => {
    const r = hours(['E1,2025-08-04 08:00,2025-08-04 17:00', `E1,${start},${end}`]);
    expect(r.records).toHaveLength(1);
    expect(r.rejected.map((x) => [x.row, x.column, x.why?.id])).toEqual([[3, column, id]]);
    // Nothing is lost: the employee and date of the rejected row are known where its start has a date.
    expect((r.lost ?? []).map((l) => l.date)).toEqual(lost ? [lost] : []);
  });

  it('decides day-first or month-first from the start and end cells', () => {
    const r = hours(['E1,08/13/2025 08:00,08/13/2025 17:00', 'E1,08/04/2025 08:00,08/04/2025 17:00']);
    expect(r.layout.dateOrder).toMatch(/^month-first/);
    expect(r.records.map((s) => s.date)).toEqual(['2025-08-13', '2025-08-04']);
  });

  it('a file with a date column reads its start and end as times, as before', () => {
    const r = hours(['E1,2025-08-04,22:00,06:00'], 'employee_id,date,start,end');
    expect(r.records.map((s) => [s.date, s.start, s.end])).toEqual([['2025-08-04', 1320, 1800]]);
  });
});

describe('read whole and streamed alike', () => {
  const TINY: CheckHooks = { minBytes: 0, batchRows: 2, chunkBytes: 53, spillBytes: 200 };
  const employees =
    'employee_id,birth_date,province,wage_type,wage_rate\nE1,1990-01-01,Bangkok,daily,400\nE2,1990-01-01,Bangkok,daily,400\n';
  const outcome = (f: () => string) => {
    try {
      return f();
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      return `error: ${e.message}`;
    }
  };
  const both = (rows: string[]) => {
    const dir = tempDir({
      'employees.csv': employees,
      'hours.csv': `รหัสพนักงาน,เวลาเข้า,เวลาออก\n${rows.join('\n')}\n`,
    });
    const o = { dir, asOf: '2025-12-31' };
    const whole = outcome(() => json(publish(checkData(readDataSet(resolveInputs(o)), pack(), o))));
    expect(outcome(() => json(publish(check(o, TINY))))).toBe(whole);
    return { whole, dir };
  };

  it('dated starts: the same report, night shifts on their start date', () => {
    const { whole } = both([
      'E1,04/08/2568 22:00,05/08/2568 06:00',
      'E1,05/08/2568 22:00,06/08/2568 06:00',
      'E2,04/08/2568 08:00,04/08/2568 12:00',
      'E2,04/08/2568 13:00,04/08/2568 17:00',
      'E1,06/08/2568 22:00,06/08/2568 21:00',
    ]);
    const r = JSON.parse(whole);
    expect(r.inputs.find((i: { kind: string }) => i.kind === 'hours')).toMatchObject({
      rows_read: 5,
      rows_used: 4,
      rows_rejected: 1,
    });
    expect(r.rejected.map((x: { row: number; column: string }) => [x.row, x.column])).toEqual([[6, 'end']]);
  });

  it('no start with a date: refused in one line, as a header without a date column was', () => {
    const { whole, dir } = both(['E1,22:00,06:00', 'E2,08:00,17:00', 'E1,22:00,06:00']);
    expect(whole).toBe(
      `error: ${join(dir, 'hours.csv')}: not a hours file: missing required column date, and its start times have no dates; map it with a profile (labour-check map --init)`,
    );
  });
});
