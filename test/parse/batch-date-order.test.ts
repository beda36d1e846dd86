import { describe, expect, it } from 'vitest';
import { DateOrderChanged, type DateOrderState, type Parsed, parseTable } from '../../src/parse/ingest.js';
import type { Stretch } from '../../src/parse/records.js';
import { tableOfText } from '../../src/read/table.js';

// A file parsed in batches (the streamed check) decides its date order on the first batch and
// holds it; the whole file decides on every row (month-first only when some date cannot be
// day-first and none says day-first). Where a later batch shows the whole file reads otherwise,
// the batches stop (DateOrderChanged) and the caller reads the file whole: a date is never read
// one way in one batch and another way in the next.

const HEADER = 'employee_id,date,start,end,break_minutes,day_type';
const row = (date: string) => `E1,${date},08:00,17:00,60,work`;
const text = (dates: string[]) => `${HEADER}\n${dates.map(row).join('\n')}\n`;

/** The rows parsed in batches of `size` with one date-order state, or the error that stopped them. */
function inBatches(dates: string[], size: number): Parsed<Stretch>[] | Error {
  const t = tableOfText('hours.csv', text(dates));
  const dateOrder: DateOrderState = {};
  const out: Parsed<Stretch>[] = [];
  try {
    for (let i = 0; i < t.rows.length; i += size)
      out.push(parseTable({ ...t, rows: t.rows.slice(i, i + size) }, 'hours', [], { dateOrder }));
  } catch (e) {
    return e as Error;
  }
  return out;
}

const whole = (dates: string[]) => parseTable(tableOfText('hours.csv', text(dates)), 'hours', []);
const datesOf = (p: Parsed<Stretch>[]) => p.flatMap((b) => b.records.map((r) => r.date));
const rejectedOf = (p: Parsed<Stretch>[]) => p.flatMap((b) => b.rejected.map((r) => r.row));

// Batches of two rows: each case's first batch is its first two dates.
const cases: { name: string; dates: string[]; falls: boolean }[] = [
  { name: 'ISO dates: nothing to decide', dates: ['2024-03-04', '2024-03-05', '2024-04-03'], falls: false },
  {
    name: 'day-first said in the first batch, month-first-only dates later are rejected as whole',
    dates: ['13/03/2024', '03/04/2024', '03/13/2024', '05/06/2024'],
    falls: false,
  },
  {
    name: 'month-first said first, day-first later: the whole file reads day-first',
    dates: ['03/13/2024', '03/04/2024', '05/06/2024', '13/03/2024'],
    falls: true,
  },
  {
    name: 'nothing said first (day-first by default), month-first only later: the whole file reads month-first',
    dates: ['03/04/2024', '05/06/2024', '07/08/2024', '03/13/2024'],
    falls: true,
  },
  {
    name: 'month-first said first and again later, never day-first',
    dates: ['03/13/2024', '03/04/2024', '05/06/2024', '04/14/2024'],
    falls: false,
  },
  {
    name: 'nothing said first, then both in one batch: day-first, as the whole file',
    dates: ['03/04/2024', '05/06/2024', '03/13/2024', '13/03/2024'],
    falls: false,
  },
];

describe('a file parsed in batches reads its dates in one order, the whole file`s', () => {
  it.each(cases)('$name', ({ dates, falls }) => {
    const batches = inBatches(dates, 2);
    if (falls) {
      expect(batches).toBeInstanceOf(DateOrderChanged);
      // The message names the line, never the date (a date may be a birth date).
      const message = (batches as Error).message;
      expect(message).toMatch(/^hours\.csv: a date on line \d+ reads only (day|month)-first/);
      for (const d of dates) expect(message).not.toContain(d);
      return;
    }
    expect(batches).not.toBeInstanceOf(Error);
    const w = whole(dates);
    expect(datesOf(batches as Parsed<Stretch>[])).toEqual(w.records.map((r) => r.date));
    expect(rejectedOf(batches as Parsed<Stretch>[])).toEqual(w.rejected.map((r) => r.row));
  });

  it('a profile`s date order is never second-guessed', () => {
    const t = tableOfText('hours.csv', text(['03/04/2024', '05/06/2024', '13/03/2024']));
    const dateOrder: DateOrderState = {};
    const profile = { hours: { date_order: 'month-first' as const } };
    const out = [0, 2].map((i) =>
      parseTable({ ...t, rows: t.rows.slice(i, i + 2) }, 'hours', [], { dateOrder, profile }),
    );
    expect(out.flatMap((b) => b.records.map((r) => r.date))).toEqual(['2024-03-04', '2024-05-06']);
    expect(out[1].rejected.map((r) => r.row)).toEqual([4]);
  });
});
