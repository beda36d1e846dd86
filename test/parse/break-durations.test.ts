import { describe, expect, it } from 'vitest';
import { parseGrid, type Warning } from '../../src/parse/ingest.js';
import { gridOfText } from '../../src/read/table.js';

// Time-attendance exports write a break as a duration (1:00, 01:30:00) even under a header that
// says minutes: read as hours and minutes, on the full path (the fast path hands such a cell on).

const hours = (breakCell: string) => {
  const warnings: Warning[] = [];
  return parseGrid(
    gridOfText(
      'hours.csv',
      `รหัสพนักงาน,วันที่,เวลาเข้า,เวลาออก,พัก (นาที)\nA01,02/01/2567,08:00,17:00,${breakCell}\n`,
    ),
    'hours',
    warnings,
  );
};

describe('a break written as hours and minutes', () => {
  it.each([
    ['60', 60],
    ['1:00', 60],
    ['0:45', 45],
    ['01:30', 90],
    ['01:30:00', 90],
    ['๑:๐๐', 60],
    [' 1:00 ', 60],
  ])('"%s" is %i minutes', (cell, minutes) => {
    const r = hours(cell);
    expect(r.rejected).toEqual([]);
    expect(r.records).toEqual([
      expect.objectContaining({ employee_id: 'A01', date: '2024-01-02', break_minutes: minutes }),
    ]);
  });

  it.each([['1:75'], ['1:00:30'], ['1 ชม.'], ['1.5'], ['-0:30']])(
    '"%s" is rejected with its value',
    (cell) => {
      const r = hours(cell);
      expect(r.records).toEqual([]);
      expect(r.rejected).toEqual([expect.objectContaining({ row: 2, column: 'break_minutes' })]);
      expect(r.rejected[0].reason).toContain(cell.trim());
    },
  );

  it('a break as long as the stretch is rejected, quoted in minutes as every canonical value is', () => {
    const r = hours('9:00');
    expect(r.records).toEqual([]);
    expect(r.rejected).toEqual([
      expect.objectContaining({
        row: 2,
        column: 'break_minutes',
        value: '540',
        reason: expect.stringContaining('"540": break is as long as the stretch itself'),
      }),
    ]);
  });
});
