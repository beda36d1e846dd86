import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkData, readDataSet } from '../../src/api.js';
import { pack, ROOT } from '../helpers.js';

// A ZKTime 5.0 export (ZKTeco's old desktop software) on a US-locale PC: `Department, Name,
// No., Date/Time, Status, Location ID`, times `MM/DD/YYYY hh:mm AM/PM` (formats.md A1.4). Its
// first twelve days of November have no date whose day is over 12, so no date proves the order;
// read day-first, 3 November was 11 March and the two weeks' work spread over March to December,
// some of it after the as-of date, and nothing said so. The AM/PM times say month-first.

const DIR = join(ROOT, 'test', 'fixtures', 'us-dates', 'zktime-november');
const files = { hours: join(DIR, 'AttendanceRecord.csv'), employees: join(DIR, 'employees.csv') };
describe('a ZKTime export with US dates and AM/PM times', () => {
  it('reads its dates month-first: 11/03/2025 is 3 November, and every work day is in the two weeks exported', () => {
    const data = readDataSet(files);
    expect(data.layouts.find((l) => l.kind === 'hours')?.dateOrder).toBe(
      'month-first (US): no date says which; times written with AM/PM ("11/03/2025 07:58 AM" on line 2), as US exports write month-first',
    );
    expect(data.rejected).toEqual([]);
    const dates = [...new Set(data.stretches.map((s) => s.date))].sort();
    expect(dates).toEqual([
      '2025-11-03',
      '2025-11-04',
      '2025-11-05',
      '2025-11-06',
      '2025-11-07',
      '2025-11-08',
      '2025-11-10',
      '2025-11-11',
      '2025-11-12',
    ]);
    // Row 2 is 31's first in-punch, at 07:58 on 3 November; 12:00 PM is noon.
    expect(data.stretches[0]).toMatchObject({
      employee_id: '31',
      date: '2025-11-03',
      start: 7 * 60 + 58,
      end: 12 * 60,
    });
  });

  it('its one finding is the short break it holds, on 5 November; none lands outside the period', () => {
    const r = checkData(readDataSet(files), pack(), { asOf: '2025-11-30' });
    expect(r.findings.map((f) => [f.rule, f.employee_id, f.date])).toEqual([
      ['lpa-27-daily-break', '31', '2025-11-05'],
    ]);
    for (const f of r.findings) expect(f.date! >= '2025-11-03' && f.date! <= '2025-11-12').toBe(true);
    expect(r.rejected).toEqual([]);
  });
});
