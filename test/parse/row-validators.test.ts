import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { guessKind, parseGrid, type Warning } from '../../src/parse/ingest.js';
import {
  COLUMNS,
  EMPLOYEE_COLUMNS,
  FILE_KINDS,
  type FileKind,
  PAYROLL_COLUMNS,
  ROW_VALIDATORS,
  type RowResult,
  type RowValidator,
} from '../../src/parse/records.js';
import { type RawGrid, readGrid } from '../../src/read/table.js';
import { kindOfName } from '../../src/validate.js';
import { ROOT } from '../helpers.js';
import { ZOD_SCHEMAS } from './row-schemas.js';

// The hand-written row validators must give exactly what the zod schemas they were written
// from give (test/parse/row-schemas.ts): the same record with the same keys in the same order
// (a blank optional cell is a key holding undefined, an absent column no key), or the same
// problems in the same order, each with its column, message and message id.

type Cells = Record<string, string | undefined>;
/** The validators as src/ has them (the last test wraps them). */
const OWN = { ...ROW_VALIDATORS } as Record<FileKind, RowValidator<object>>;

/** What the zod schema makes of a row, in the validators' terms. */
function byZod(kind: FileKind, cells: Cells): RowResult<object> {
  const r = ZOD_SCHEMAS[kind].safeParse(cells);
  if (r.success) return { ok: true, record: r.data as object };
  return {
    ok: false,
    problems: r.error.issues.map((i) => {
      const why = (i as { params?: { why?: object } }).params?.why;
      return { column: i.path.join('.'), message: i.message, ...(why ? { why } : {}) } as never;
    }),
  };
}

/** Both results, with each record's keys listed so that their order is compared too. */
function compared(kind: FileKind, cells: Cells) {
  const shown = (r: RowResult<object>) => (r.ok ? { ...r, keys: Object.keys(r.record) } : r);
  return { ours: shown(OWN[kind]({ ...cells })), zod: shown(byZod(kind, cells)) };
}

const IDS = ['E001', ' E001 ', 'e-7', '', '   ', 'พนง1'];
const DATES = [
  '2025-01-31',
  '31/01/2568',
  '2025-02-30',
  '2568-01-31',
  '1/2/2025',
  '31 ก.ค. 2568',
  '๒๕๖๘-๐๘-๐๔',
  ' 2025-08-04 ',
  '1899-12-31',
  'yesterday',
  '',
];
const TIMES = ['08:00', '17:30', '8.30', '00:00', '23:59', '24:00', '25:61', '8:00 PM', '๐๘:๐๐', '-', ''];
const MONEY = ['350', '9,000.00', '1,500.-', '9000.505', '-5', '(100)', '฿9000', '0', 'abc', ''];
const NUMBERS = ['8', '0', '7.5', '24', '25', '366', '367', '-1', '1.5', '๒๖', 'ten', ''];
const YES_NO = ['yes', 'no', 'Y', 'n', 'ใช่', 'ไม่', 'maybe', '1', ''];
const ENUMS = [
  ' Monthly ',
  'piece',
  'daily',
  'HOURLY',
  'weekly',
  'work',
  'weekly_holiday',
  'Public_Holiday',
  'dismissed',
  'Resigned',
  'died',
  'fired',
  'executive',
  'Clerical',
  'boss',
  'hotel',
  ' Sea_Fishing ',
  'mining',
  '',
];
const TEXT = ['Somchai', '  Somchai  ', 'a;b|C', ' no ', 'No', 'ไม่มี', 'P-123', '0', '', ' '];
const NATIONAL_IDS = ['', '1101700230705', '1101700230706', '1-1017-00230-70-5', '12345', 'x', ''];

/** Values for a column: mostly good ones, then the awkward forms its parser meets, and any short text. */
function valuesOf(column: string): fc.Arbitrary<string> {
  const pool = poolOf(column);
  const good = pool.slice(0, 2);
  return fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...good) },
    { weight: 3, arbitrary: fc.constantFrom(...pool) },
    { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
  );
}

/** A column's values, the first two of them good. */
function poolOf(column: string): string[] {
  if (column === 'employee_id') return IDS;
  if (column === 'start' || column === 'end') return TIMES;
  if (column === 'national_id') return NATIONAL_IDS;
  if (column === 'hazardous' || column === 'deduction_consent') return YES_NO;
  if (column === 'wage_type') return ENUMS;
  if (/type|reason|class|sector/.test(column)) return ['', 'work', ...ENUMS];
  if (/date|_on$|_from$|_to$|^period_/.test(column)) return DATES;
  if (/pay$|wage_rate|^deduction_|_wages$/.test(column)) return MONEY;
  if (/days|hours|minutes/.test(column)) return NUMBERS;
  return TEXT;
}

/** A row of a file: each column absent, or present with a value; now and then a column no schema has. */
function rowsOf(kind: FileKind): fc.Arbitrary<Cells> {
  const columns = [...COLUMNS[kind].required, ...COLUMNS[kind].optional, 'remarks'];
  return fc.record(Object.fromEntries(columns.map((c) => [c, valuesOf(c)])), {
    requiredKeys: [],
  }) as fc.Arbitrary<Cells>;
}

describe('the row validators give what the zod schemas give', () => {
  for (const kind of FILE_KINDS) {
    it(`on generated ${kind} rows`, () => {
      let records = 0;
      let refused = 0;
      fc.assert(
        fc.property(rowsOf(kind), (cells) => {
          const { ours, zod } = compared(kind, cells);
          expect(ours).toStrictEqual(zod);
          if (ours.ok) records++;
          else refused++;
        }),
        // A fixed seed: the same 3,000 rows on every run, so the counts below cannot flake.
        { numRuns: 3000, seed: 20261130 },
      );
      // Both outcomes are met often enough to mean something.
      expect(records).toBeGreaterThan(30);
      expect(refused).toBeGreaterThan(300);
    });
  }

  it('on rows that pass every column, with each single column spoiled in turn', () => {
    const good: Record<FileKind, Cells> = {
      employees: { employee_id: 'E1', wage_type: 'daily', wage_rate: '400', annual_leave_days: '6' },
      hours: { employee_id: 'E1', date: '2025-08-04', start: '08:00', end: '17:00', break_minutes: '60' },
      payroll: { employee_id: 'E1', period_start: '2025-08-01', period_end: '2025-08-31', base_pay: '9000' },
      holidays: { date: '2025-08-12', name: 'วันแม่' },
    };
    const spoil = ['', ' ', 'x', '-1', '400', '7.5', 'piece', 'PIECE', '2025-07-01', '08:00', '09:00'];
    let compared_ = 0;
    for (const kind of FILE_KINDS) {
      expect(compared(kind, good[kind]).ours.ok).toBe(true);
      for (const column of [...COLUMNS[kind].required, ...COLUMNS[kind].optional])
        for (const v of spoil) {
          const { ours, zod } = compared(kind, { ...good[kind], [column]: v });
          expect(ours, `${kind}.${column} = "${v}"`).toStrictEqual(zod);
          compared_++;
        }
    }
    expect(compared_).toBeGreaterThan(500);
  });

  it('on values that are not text (from a library caller, or looked up on a prototype)', () => {
    const odd: unknown[] = [
      Object,
      5,
      Number.NaN,
      -Infinity,
      true,
      null,
      {},
      Object.create(null),
      [],
      new Date(0),
      new Map(),
    ];
    let compared_ = 0;
    for (const kind of FILE_KINDS)
      for (const column of [...COLUMNS[kind].required, ...COLUMNS[kind].optional])
        for (const v of odd) {
          const cells = { employee_id: 'E1', wage_type: 'daily', date: '2025-08-04', [column]: v } as Cells;
          const { ours, zod } = compared(kind, cells);
          expect(ours, `${kind}.${column} = odd value ${odd.indexOf(v)}`).toStrictEqual(zod);
          expect(ours.ok).toBe(false);
          compared_++;
        }
    expect(compared_).toBeGreaterThan(300);
  });

  it('list the columns in the order of the schemas', () => {
    expect(EMPLOYEE_COLUMNS).toEqual(Object.keys(ZOD_SCHEMAS.employees.in.shape));
    expect(PAYROLL_COLUMNS).toEqual(Object.keys(ZOD_SCHEMAS.payroll.in.shape));
    for (const kind of FILE_KINDS)
      expect([...COLUMNS[kind].required, ...COLUMNS[kind].optional].sort()).toEqual(
        Object.keys(ZOD_SCHEMAS[kind].in.shape).sort(),
      );
  });
});

describe('on every input file under test/fixtures and examples', () => {
  afterEach(() => Object.assign(ROW_VALIDATORS, OWN));

  it('every row the full path validates is what zod makes of it', async () => {
    const seen: Record<FileKind, number> = { employees: 0, hours: 0, payroll: 0, holidays: 0 };
    const differ: string[] = [];
    for (const kind of FILE_KINDS) {
      (ROW_VALIDATORS as Record<FileKind, RowValidator<object>>)[kind] = (cells) => {
        const { ours, zod } = compared(kind, cells as Cells);
        seen[kind]++;
        try {
          expect(ours).toStrictEqual(zod);
        } catch {
          differ.push(`${kind}: ${JSON.stringify(cells)}`);
        }
        return OWN[kind](cells);
      };
    }
    const INPUT = /\.(csv|txt|dat|xls|xlsx|html?)$/i;
    const files = [join(ROOT, 'test', 'fixtures'), join(ROOT, 'examples')].flatMap((dir) =>
      readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((f) => INPUT.test(f))
        .map((f) => join(dir, f))
        .sort(),
    );
    for (const file of files) {
      let grid: RawGrid;
      try {
        grid = await readGrid(file);
      } catch {
        continue; // unreadable input: a read error, before any row is validated
      }
      const kind = kindOfName(file) ?? guessKind(grid)?.kind;
      if (!kind) continue;
      try {
        parseGrid(grid, kind, [] as Warning[], { fullPathOnly: true });
      } catch (e) {
        // A file refused whole (no header, a column missing): no row of it reached a validator.
        if (!(e instanceof UserError)) throw e;
      }
    }
    expect(differ).toEqual([]);
    expect(seen.employees).toBeGreaterThan(100);
    expect(seen.hours).toBeGreaterThan(900);
    expect(seen.payroll).toBeGreaterThan(100);
    expect(seen.holidays).toBeGreaterThan(10);
  }, 120_000);
});
