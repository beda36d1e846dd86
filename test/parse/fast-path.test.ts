import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CellContext } from '../../src/parse/cells.js';
import {
  compileFastReader,
  plainDate,
  plainMinutes,
  plainMoney,
  plainNumber,
  plainText,
  plainTime,
} from '../../src/parse/fast-rows.js';
import { chooseHeader } from '../../src/parse/header.js';
import { guessKind, parseGrid, type Warning } from '../../src/parse/ingest.js';
import type { FileKind } from '../../src/parse/records.js';
import { SpanRow } from '../../src/read/span-row.js';
import { gridOfText, type RawGrid, readGrid } from '../../src/read/table.js';
import { kindOfName } from '../../src/validate.js';
import { ROOT } from '../helpers.js';

// The fast path for plain cells must give exactly what the full path gives: the same records,
// the same rejections with the same messages, the same counts, layout notes and warnings.
// Both paths run over every input file of the fixtures and the examples, and over generated
// hours rows mixing plain and awkward cells.

/**
 * The grid with its rows as the stream reader hands plain rows on: places in one text they all
 * share (read/span-row.ts), each cell between characters that are not part of it. Rows with a
 * problem stay as they are (the reader never hands such a row on as places).
 */
function asSpans(grid: RawGrid): RawGrid {
  const copy = structuredClone(grid);
  let text = '>';
  const places: number[] = [];
  const at: number[] = [];
  for (const row of copy.rows) {
    at.push(places.length);
    for (const cell of row.cells) {
      places.push(text.length, text.length + cell.length);
      text += `${cell}|`;
    }
  }
  const spans = Int32Array.from(places);
  return {
    ...copy,
    rows: copy.rows.map((row, i) =>
      row.problem ? row : new SpanRow(row.line, text, spans, at[i], row.cells.length),
    ),
  };
}

/**
 * Both paths over one grid: what each returns, or the one-line error each throws; `spans`
 * is the fast path over the grid's rows as places.
 */
function bothPaths(grid: RawGrid, kind: FileKind) {
  const run = (fullPathOnly: boolean, spans = false) => {
    const warnings: Warning[] = [];
    try {
      const g = spans ? asSpans(grid) : structuredClone(grid);
      return { parsed: parseGrid(g, kind, warnings, { fullPathOnly }), warnings };
    } catch (e) {
      return { error: (e as Error).message };
    }
  };
  return { fast: run(false), full: run(true), spans: run(false, true) };
}

const INPUT = /\.(csv|txt|dat|xls|xlsx|html?)$/i;
function inputFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => INPUT.test(f))
    .map((f) => join(dir, f))
    .sort();
}

describe('the fast path gives what the full path gives', () => {
  it('on every input file under test/fixtures and examples', async () => {
    const files = [...inputFiles(join(ROOT, 'test', 'fixtures')), ...inputFiles(join(ROOT, 'examples'))];
    expect(files.length).toBeGreaterThan(100);
    let compared = 0;
    let hoursRecords = 0;
    for (const file of files) {
      let grid: RawGrid;
      try {
        grid = await readGrid(file);
      } catch {
        continue; // unreadable input: a read error, before either path
      }
      const kind = kindOfName(file) ?? guessKind(grid)?.kind;
      if (!kind) continue;
      const { fast, full, spans } = bothPaths(grid, kind);
      expect(fast, file).toStrictEqual(full);
      expect(spans, file).toStrictEqual(full);
      compared++;
      if (kind === 'hours' && fast.parsed) hoursRecords += fast.parsed.records.length;
    }
    expect(compared).toBeGreaterThan(100);
    expect(hoursRecords).toBeGreaterThan(1000);
  }, 120_000);

  // Cells as real exports write them, next to the canonical ones.
  const ids = fc.constantFrom('E001', 'E-7', 'e001', ' E001', 'E001 ', "'E001", 'E 001', '', 'พนง1', 'E๐๐1');
  const dates = fc.oneof(
    fc
      .date({ min: new Date('1890-01-01'), max: new Date('2210-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
    fc.constantFrom(
      '2025-02-29',
      '2024-02-29',
      '2025-13-01',
      '2025-00-10',
      '2025-04-31',
      '2568-08-04',
      '04/08/2568',
      '4/8/2025',
      '2025-8-4',
      '๒๕๖๘-๐๘-๐๔',
      '2025-08-04 00:00:00',
      ' 2025-08-04',
      '',
      '1899-12-31',
      '2200-01-01',
    ),
  );
  const times = fc.oneof(
    fc
      .tuple(fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 61 }))
      .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
    fc.constantFrom(
      '8:00',
      '8.30',
      '08.30',
      '๐๘:๐๐',
      '24:00',
      '8:00 PM',
      '17:00 น.',
      '',
      '-',
      'ไม่ได้สแกน',
      '0.5',
    ),
  );
  const breaks = fc.oneof(
    fc.integer({ min: 0, max: 1500 }).map(String),
    fc.constantFrom(
      '',
      '060',
      '1.5',
      '-5',
      '๖๐',
      ' 60',
      '60 ',
      '99999',
      'sixty',
      '1:00',
      '0:45',
      '01:30:00',
      '1:75',
    ),
  );
  const dayTypes = fc.constantFrom(
    '',
    'work',
    'weekly_holiday',
    'public_holiday',
    'Work',
    'holiday',
    'วันทำงาน',
    'weekly holiday',
    'weeklyholiday',
  );
  // Breaks around the length of the stretch itself, where a row turns into a rejection.
  const clock = fc.integer({ min: 0, max: 1439 });
  const hhmm = (m: number) =>
    `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  const edge = fc
    .tuple(ids, dates, clock, clock, fc.integer({ min: -2, max: 2 }), dayTypes)
    .map(([id, d, s, e, delta, t]) => {
      const length = e > s ? e - s : e + 1440 - s;
      return [id, d, hhmm(s), hhmm(e), String(Math.max(0, length + delta)), t] as const;
    });
  const row = fc.oneof(fc.tuple(ids, dates, times, times, breaks, dayTypes), edge);
  const headers = fc.constantFrom(
    'employee_id,date,start,end,break_minutes,day_type',
    'date,employee_id,end,start,day_type,break_minutes',
    'employee_id,date,start,end',
    'รหัสพนักงาน,วันที่,เวลาเข้า,เวลาออก,พัก (นาที),ประเภทวัน',
  );

  it('a blank or awkward id or date after a row read with the same column: the full path reads it', () => {
    const text = [
      'employee_id,date,start,end,break_minutes,day_type',
      'E001,2025-08-04,08:00,17:00,60,work',
      ',2025-08-04,08:00,17:00,60,work',
      'E001,,08:00,17:00,60,work',
      'E001,2025-08-05,08:00,17:00,60,work',
      'E001 ,2025-08-05,18:00,19:00,0,work',
      'E001,2568-08-05,18:00,19:00,0,work',
      'E001,2025-08-05,20:00,21:00,0,work',
    ].join('\n');
    const { fast, full, spans } = bothPaths(gridOfText('hours.csv', text), 'hours');
    expect(fast).toStrictEqual(full);
    expect(spans).toStrictEqual(full);
    const parsed = 'parsed' in fast ? fast.parsed : undefined;
    expect(parsed?.records.map((r) => (r as { row: number }).row)).toEqual([2, 5, 6, 7, 8]);
    expect(parsed?.rejected.map((r) => [r.row, r.column])).toEqual([
      [3, 'employee_id'],
      [4, 'date'],
    ]);
  });

  it('on generated hours rows, plain and awkward', () => {
    fc.assert(
      fc.property(headers, fc.array(row, { minLength: 1, maxLength: 30 }), (header, rows) => {
        const names = header.split(',');
        const order = ['employee_id', 'date', 'start', 'end', 'break_minutes', 'day_type'];
        const canonical = names.map((n) => order.indexOf(n));
        // A header in Thai keeps the canonical order; a short one drops the optional cells.
        const pick = (r: string[]) =>
          (canonical.every((i) => i >= 0) ? canonical.map((i) => r[i]) : r).slice(0, names.length);
        const text = [header, ...rows.map((r) => pick([...r]).join(','))].join('\n');
        const { fast, full, spans } = bothPaths(gridOfText('hours.csv', text), 'hours');
        expect(fast).toStrictEqual(full);
        expect(spans).toStrictEqual(full);
      }),
      { numRuns: 300 },
    );
  });

  const money = fc.oneof(
    fc.integer({ min: 0, max: 5_000_000 }).map((n) => (n / 100).toFixed(2)),
    fc.integer({ min: 0, max: 99_999 }).map(String),
    fc.constantFrom(
      '',
      '9000.5',
      '9,000.00',
      '9000.505',
      '-',
      '(100)',
      '-5',
      '฿9000',
      '๙๐๐๐',
      ' 9000',
      '.5',
      '5.',
    ),
  );
  const numbers = fc.oneof(
    fc.integer({ min: 0, max: 400 }).map(String),
    fc.constantFrom('', '12.5', '0.25', '1.', '.5', '-1', '๒๖', 'ten'),
  );
  const consent = fc.constantFrom('', 'yes', 'no', 'Yes', 'y', 'ยินยอม', 'maybe', '1');
  const payrollRow = fc.tuple(ids, dates, dates, dates, numbers, money, money, numbers, consent, money);
  const payrollHeaders = fc.constantFrom(
    'employee_id,period_start,period_end,pay_date,days_worked,base_pay,ot_pay,ot_hours,deduction_consent,net_pay',
    'employee_id,period_start,period_end,pay_date,days_worked,base_pay,ot_pay,ot_hours',
    'net_pay,deduction_consent,ot_hours,ot_pay,base_pay,days_worked,pay_date,period_end,period_start,employee_id',
  );

  it('on generated payroll rows, plain and awkward', () => {
    fc.assert(
      fc.property(payrollHeaders, fc.array(payrollRow, { minLength: 1, maxLength: 20 }), (header, rows) => {
        const n = header.split(',').length;
        const reversed = header.startsWith('net_pay');
        const text = [
          header,
          ...rows.map((r) => (reversed ? [...r].reverse() : [...r].slice(0, n)).join(',')),
        ].join('\n');
        const { fast, full, spans } = bothPaths(gridOfText('payroll.csv', text), 'payroll');
        expect(fast).toStrictEqual(full);
        expect(spans).toStrictEqual(full);
      }),
      { numRuns: 300 },
    );
  });
});

describe('columns the fast path reads blank', () => {
  it('are not counted as given: a blank consent column stays absent, as on the full path', () => {
    const text = [
      'employee_id,period_start,period_end,base_pay,deduction_consent,ot_pay',
      'E1,2025-08-01,2025-08-31,9000.00,,',
      'E2,2025-08-01,2025-08-31,9500,,',
    ].join('\n');
    const { fast, full } = bothPaths(gridOfText('payroll.csv', text), 'payroll');
    expect(fast).toStrictEqual(full);
    expect(fast.parsed?.stats.columns).toEqual(['base_pay', 'employee_id', 'period_end', 'period_start']);
    expect(fast.parsed?.records[0]).toMatchObject({ base_pay: 900000, deduction_consent: false, row: 2 });
  });
});

describe('the typed parsers of the fast path', () => {
  it('take only the plain forms, and read them as the full path does', () => {
    expect(plainDate('2025-08-04')).toBe('2025-08-04');
    expect(plainDate('2024-02-29')).toBe('2024-02-29');
    for (const d of ['2025-02-29', '2568-08-04', '2025-8-4', '1899-12-31', '2025-13-01', '๒๕๖๘-๐๘-๐๔'])
      expect(plainDate(d), d).toBeUndefined();
    expect(plainTime('00:00')).toBe(0);
    expect(plainTime('23:59')).toBe(1439);
    for (const t of ['24:00', '8:00', '08.30', '12:60', ' 8:00']) expect(plainTime(t), t).toBeUndefined();
    expect(plainMinutes('060')).toBe(60);
    for (const m of ['', '1.5', '-5', '12345', '๖๐']) expect(plainMinutes(m), m).toBeUndefined();
    expect(plainMoney('9000')).toBe(900000);
    expect(plainMoney('9000.5')).toBe(900050);
    expect(plainMoney('0.05')).toBe(5);
    for (const m of ['', '9,000', '9000.505', '-5', '.5', '5.', '฿9000'])
      expect(plainMoney(m), m).toBeUndefined();
    expect(plainNumber('12.5')).toBe(12.5);
    for (const m of ['', '1.', '.5', '-1', '1.2.3', '๒๖']) expect(plainNumber(m), m).toBeUndefined();
    expect(plainText('E-001')).toBe(true);
    for (const t of ['', ' E1', 'E1 ', "'E1", 'พนง', 'E\u00a01']) expect(plainText(t), t).toBe(false);
  });

  it('reads the plain rows of a canonical hours file itself and hands the others on', () => {
    const grid = gridOfText(
      'hours.csv',
      [
        'employee_id,date,start,end,break_minutes,day_type',
        'E1,2025-08-04,08:00,17:00,60,work',
        'E1,2025-08-05,22:00,06:00,,',
        'E1,04/08/2568,08:00,17:00,60,work',
        'E1,2025-08-06,08:00,09:00,60,work',
      ].join('\n'),
    );
    const mapping = chooseHeader(grid, 'hours', undefined).table;
    const ctx: CellContext = {
      date: { order: 'dmy' },
      xlsx: false,
      counters: { be: 0, rounded: new Set(), beDateCells: 0 },
    };
    const reader = compileFastReader('hours', mapping, ctx, 6, {});
    expect(reader).toBeDefined();
    const [, plain, night, be, longBreak] = grid.rows;
    expect(reader!.read(plain)).toEqual({
      employee_id: 'E1',
      date: '2025-08-04',
      start: 480,
      end: 1020,
      break_minutes: 60,
      day_type: 'work',
      row: plain.line,
    });
    expect(reader!.read(night)).toMatchObject({ start: 1320, end: 1800, break_minutes: 0, day_type: 'work' });
    expect(reader!.read(be)).toBeUndefined();
    expect(reader!.read(longBreak)).toBeUndefined();
    // The same rows as places in a shared text: the same records, the same rows handed on.
    const spanned = asSpans(grid).rows;
    expect(spanned[1]).toBeInstanceOf(SpanRow);
    for (let i = 1; i < grid.rows.length; i++)
      expect(reader!.read(spanned[i])).toEqual(reader!.read(grid.rows[i]));
    expect(reader!.read(spanned[1])).toMatchObject({
      employee_id: 'E1',
      break_minutes: 60,
      day_type: 'work',
    });
    expect(compileFastReader('payroll', mapping, ctx, 6, {})).toBeUndefined();
    expect(compileFastReader('hours', mapping, ctx, 6, { day_type: 'work' })).toBeUndefined();
  });
});
