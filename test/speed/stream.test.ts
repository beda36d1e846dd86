import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../scripts/bench/generate.js';
import {
  type CheckHooks,
  type CheckOptions,
  check,
  checkData,
  readDataSet,
  resolveInputs,
} from '../../src/api.js';
import { publish } from '../../src/findings/redact.js';
import type { Result } from '../../src/findings/result.js';
import { loadPack } from '../../src/pack/load.js';
import { json } from '../../src/report/json.js';
import type { StreamPath } from '../../src/run/stream.js';

// The streaming engine must give, byte for byte, what the in-memory path (readDataSet +
// checkData, the foundation's pipeline) gives for the same files, whatever the order of the
// hours rows; reads and parse batches are made tiny here so that every boundary is crossed.

const pack = loadPack();
const CONFORMANCE = join(import.meta.dirname, '..', 'fixtures', 'stream', 'conformance');
const tmp = mkdtempSync(join(tmpdir(), 'labour-check-stream-test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const TINY: CheckHooks = { minBytes: 0, batchRows: 3, chunkBytes: 61, spillBytes: 200 };

function inMemory(o: CheckOptions): string {
  return json(publish(checkData(readDataSet(resolveInputs(o)), pack, o)));
}

function streamed(
  o: CheckOptions,
  hooks: CheckHooks = TINY,
): { out: string; path?: StreamPath; result: Result } {
  let path: StreamPath | undefined;
  const result = check(o, { ...hooks, onPath: (p) => (path = p) });
  return { out: json(publish(result)), path, result };
}

/** Either the JSON text, or the UserError message the check ends in. */
function outcome(f: () => string): string {
  try {
    return f();
  } catch (e) {
    return `error: ${(e as Error).message}`;
  }
}

/** A copy of `dir` whose hours rows are in another order (header first), returning the new folder. */
function reorder(dir: string, name: string, order: (lines: string[]) => string[]): string {
  const out = join(tmp, name);
  mkdirSync(out, { recursive: true });
  for (const f of readdirSync(dir)) {
    if (!f.endsWith('.csv')) continue;
    if (f !== 'hours.csv') copyFileSync(join(dir, f), join(out, f));
  }
  const text = readFileSync(join(dir, 'hours.csv'), 'utf8');
  const [head, ...rows] = text.split('\n').filter((l) => l !== '');
  writeFileSync(join(out, 'hours.csv'), `${[head, ...order(rows)].join('\n')}\n`);
  return out;
}

/** Deterministic shuffle (so a failure can be replayed). */
function shuffle<T>(xs: T[], seed = 7): T[] {
  const out = [...xs];
  let a = seed;
  const rnd = () => {
    a = (a * 1103515245 + 12345) % 2147483648;
    return a / 2147483648;
  };
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

describe('streaming engine equals the in-memory path on the conformance cases', () => {
  const cases = readdirSync(CONFORMANCE);
  it.each(cases)('%s', (name) => {
    const dir = join(CONFORMANCE, name);
    const asOf = (JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as { as_of: string }).as_of;
    const o = { dir, asOf };
    expect(streamed(o).out).toBe(inMemory(o));
    // The same rows shuffled: not grouped by employee when there are two or more employees.
    const hasHours = readdirSync(dir).includes('hours.csv');
    if (hasHours) {
      const shuffled = reorder(dir, `${name}-shuffled`, (rows) => shuffle(rows));
      const s = streamed({ dir: shuffled, asOf });
      expect(s.out).toBe(inMemory({ dir: shuffled, asOf }));
    }
  });
});

/** The result without what depends on the order of the hours rows (their row numbers, the file hash) or the folder. */
function orderFree(r: Result, dir: string): unknown {
  const free = {
    ...r,
    inputs: r.inputs.map((i) => ({ ...i, sha256: i.kind === 'hours' ? '' : i.sha256 })),
    findings: r.findings.map((f) => ({
      ...f,
      evidence: f.evidence.filter((e) => !e.file.endsWith('hours.csv')),
    })),
  };
  return JSON.parse(JSON.stringify(free).replaceAll(dir, 'DIR'));
}

describe('sorted and unsorted hours give the same findings', () => {
  const grouped = generate(join(tmp, 'grouped'), { rows: 3000, employees: 12 });
  const byDate = generate(join(tmp, 'by-date'), { rows: 3000, employees: 12, order: 'by-date' });
  const shuffled = generate(join(tmp, 'shuffled'), { rows: 3000, employees: 12, order: 'shuffled' });
  const asOf = '2025-12-31';

  it('streams grouped hours in one pass and spills the others, each equal to the in-memory path', () => {
    const g = streamed({ dir: grouped.dir, asOf });
    expect(g.path).toEqual({ path: 'stream' });
    expect(g.out).toBe(inMemory({ dir: grouped.dir, asOf }));
    for (const d of [byDate.dir, shuffled.dir]) {
      const s = streamed({ dir: d, asOf });
      expect(s.path?.path).toBe('spill');
      expect(s.out).toBe(inMemory({ dir: d, asOf }));
    }
  });

  it('finds the same violations and money owed in every order', () => {
    const g = streamed({ dir: grouped.dir, asOf }, {});
    expect(g.result.findings.length).toBeGreaterThan(0);
    for (const d of [byDate.dir, shuffled.dir]) {
      expect(orderFree(streamed({ dir: d, asOf }, {}).result, d)).toEqual(orderFree(g.result, grouped.dir));
    }
  });

  it('gives the same output with default and tiny read sizes', () => {
    expect(streamed({ dir: shuffled.dir, asOf }, {}).out).toBe(streamed({ dir: shuffled.dir, asOf }).out);
  });
});

describe('rejections, missing files and errors are those of the in-memory path', () => {
  const write = (name: string, files: Record<string, string | Buffer>) => {
    const dir = join(tmp, name);
    mkdirSync(dir, { recursive: true });
    for (const [f, text] of Object.entries(files)) writeFileSync(join(dir, f), text);
    return dir;
  };
  const employees =
    'employee_id,wage_type,wage_rate,birth_date,province\nA1,daily,450,1990-01-01,Bangkok\nB2,monthly,15000,2010-05-01,Rayong\n';
  const payroll =
    'employee_id,period_start,period_end,pay_date,base_pay\nA1,2025-08-01,2025-08-31,2025-09-01,9000\nB2,2025-08-01,2025-08-31,2025-09-01,15000\n';
  const hours = [
    'employee_id,date,start,end,break_minutes,day_type,site',
    'A1,2025-08-04,08:00,12:00,0,work,x',
    'A1,2025-08-04,11:00,17:00,0,work,x', // overlaps the row before
    'A1,2025-08-05,08:00,20:00,,work,x',
    'Z9,2025-08-05,08:00,17:00,0,work,x', // not in employees.csv
    'B2,2025-08-04,22:00,06:00,30,work,x',
    'B2,2025-08-05,8:00,bad,0,work,x', // not a time
    ',2025-08-05,08:00,12:00,0,work,x', // no employee
    'B2,2025-08-06,08:00,12:00,0,holiday,x,extra', // too many cells
    '',
    'A1,2025-08-06,08:00,17:00,90,work,x', // A1 comes back: not grouped
  ].join('\n');
  const cases: Record<string, Record<string, string | Buffer>> = {
    'mixed rows': { 'employees.csv': employees, 'hours.csv': `${hours}\n`, 'payroll.csv': payroll },
    'no employees file': { 'hours.csv': `${hours}\n`, 'payroll.csv': payroll },
    'hours only': { 'hours.csv': `${hours}\n` },
    'empty hours': { 'employees.csv': employees, 'hours.csv': '\n \n' },
    'header only, semicolons, CRLF': {
      'employees.csv': employees,
      'hours.csv': 'employee_id;date;start;end\r\n',
    },
    'missing hours column': {
      'employees.csv': employees,
      'hours.csv': 'employee_id,date,start\nA1,2025-08-04,08:00\n',
    },
    'unclosed quote': {
      'employees.csv': employees,
      'hours.csv': 'employee_id,date,start,end\nA1,"2025-08-04,08:00,12:00\n',
    },
    'quote inside a cell, and a bad payroll': {
      'employees.csv': employees,
      'hours.csv': 'employee_id,date,start,end\nA1,2025-08-04,08:00,12:00\nA1,2025-08-05,08"00,12:00\n',
      'payroll.csv': 'employee_id,period_start\nA1,2025-08-01\n',
    },
    'bad payroll only': {
      'employees.csv': employees,
      'hours.csv': 'employee_id,date,start,end\nA1,2025-08-04,08:00,12:00\n',
      'payroll.csv': 'employee_id,period_start\nA1,2025-08-01\n',
    },
    'bad rows in employees and payroll': {
      'employees.csv': `${employees}A1,daily,460,1991-01-01,Bangkok\nC3,weekly,1,1990-01-01,Bangkok\n`,
      'hours.csv': 'employee_id,date,start,end\nA1,2025-08-04,08:00,12:00\n',
      'payroll.csv': `${payroll}A1,2025-09-01,2025-08-31,,100\nQ7,2025-08-01,2025-08-31,,100\n`,
    },
    'employees file without wage_type': {
      'employees.csv': 'employee_id,name\nA1,x\n',
      'hours.csv': 'employee_id,date,start\nA1,2025-08-04,08:00\n',
    },
    'windows-874 with a BOM-less Thai day type': {
      'employees.csv': employees,
      'hours.csv': Buffer.concat([
        Buffer.from('employee_id,date,start,end,note\nA1,2025-08-04,08:00,12:00,'),
        Buffer.from([0xca, 0xc1, 0xb4, 0xd5]),
        Buffer.from('\nA1,2025-08-05,08:00,12:00,x\n'),
      ]),
    },
    'totals and signature rows under every table': {
      'employees.csv': `${employees}รวม 2 คน,,,,\n\nลงชื่อ ....,,,,\n`,
      'hours.csv':
        'employee_id,date,start,end\nA1,2025-08-04,08:00,12:00\nA1,2025-08-05,08:00,12:00\nA1,2025-08-06,08:00,12:00\nรวม,,,\n\nผู้จัดทำ ....,,,\nผู้อนุมัติ ....,,,\n',
      'payroll.csv': `${payroll}Total,,,,\n`,
    },
    'UTF-8 with a BOM and Thai text': {
      'employees.csv': employees,
      'hours.csv': `\ufeffemployee_id,date,start,end,หมายเหตุ\nA1,2025-08-04,08:00,12:00,กะเช้า\nA1,2025-08-05,๐๘:๐๐,12:00,กะเช้า\n`,
    },
  };
  it.each(Object.keys(cases))('%s', (name) => {
    const dir = write(name.replace(/\W+/g, '-'), cases[name]);
    const o = { dir, asOf: '2025-12-31' };
    const expected = outcome(() => inMemory(o));
    expect(outcome(() => streamed(o).out)).toBe(expected);
    expect(outcome(() => streamed(o, {}).out)).toBe(expected);
  });
});

describe('the spill path keeps each employee payroll on disk with the hours', () => {
  const dir = join(tmp, 'spilled-payroll');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'employees.csv'),
    'employee_id,wage_type,wage_rate,birth_date,province\nA1,daily,450,1990-01-01,Bangkok\nB2,monthly,15000,1991-05-01,Rayong\nC3,monthly,9000,1992-03-01,Bangkok\n',
  );
  // By date: A1 comes back after B2, so the hours are spilled.
  const days = ['2025-08-04', '2025-08-05', '2025-08-06', '2025-08-07'];
  writeFileSync(
    join(dir, 'hours.csv'),
    `employee_id,date,start,end,break_minutes\n${days
      .flatMap((d) => [`A1,${d},08:00,19:00,60`, `B2,${d},08:00,17:00,60`])
      .join('\n')}\n`,
  );
  // C3 has payroll and no hours: its rows come back from their bucket and are evaluated last.
  const payroll = [
    'employee_id,period_start,period_end,pay_date,base_pay,ot_pay,deduction_other,net_pay',
    'A1,2025-08-01,2025-08-31,2025-09-01,1800,,,1800',
    'B2,2025-08-01,2025-08-31,2025-09-01,15000,0,500,14500',
    'C3,2025-07-01,2025-07-31,2025-08-01,9000,,,9000',
    'C3,2025-08-01,2025-08-31,2025-09-01,9000,,1200,7800',
  ];
  const o = { dir, asOf: '2025-12-31' };

  it('gives what the in-memory path gives, with one bucket and with many', () => {
    writeFileSync(join(dir, 'payroll.csv'), `${payroll.join('\n')}\n`);
    const expected = inMemory(o);
    for (const hooks of [TINY, { ...TINY, spillBytes: 1 << 20 }]) {
      const s = streamed(o, hooks);
      expect(s.path?.path).toBe('spill');
      expect(s.out).toBe(expected);
    }
    // The payroll-only employee's rows count: without them the report differs.
    writeFileSync(join(dir, 'payroll.csv'), `${payroll.slice(0, 3).join('\n')}\n`);
    expect(streamed(o).out).not.toBe(expected);
  });
});

describe('a streamed file reads its dates in the order the whole file gives', () => {
  // Dates decided on the first batch of rows and held: a later batch that says otherwise has the
  // file read whole, so that "03/04/2024" is never 3 April in one batch and 4 March in the next
  // (test/parse/batch-date-order.test.ts holds the batches to it).
  const dir = join(tmp, 'date-order');
  mkdirSync(dir, { recursive: true });
  const o = { dir, asOf: '2025-12-31' };
  const hoursOf = (dates: string[]) =>
    `employee_id,date,start,end,break_minutes,day_type\n${dates
      .map((d, i) => `E${1 + (i >> 4)},${d},08:00,${i % 5 === 0 ? '20:00' : '17:00'},60,work`)
      .join('\n')}\n`;
  // Ambiguous dates (both parts up to 12), in the first batches of three rows.
  const ambiguous = Array.from({ length: 30 }, (_, i) => `0${1 + (i % 9)}/0${1 + ((i * 7) % 9)}/2024`);

  it.each([
    ['month-first only later', [...ambiguous, '03/13/2024'], 'memory'],
    ['day-first after month-first', ['03/13/2024', ...ambiguous, '13/03/2024'], 'memory'],
    [
      'day-first first, month-first-only dates later (rejected)',
      ['13/03/2024', ...ambiguous, '03/13/2024'],
      'stream',
    ],
  ])('hours: %s', (_name, dates, path) => {
    writeFileSync(join(dir, 'hours.csv'), hoursOf(dates as string[]));
    const s = streamed(o);
    expect(s.path?.path).toBe(path);
    expect(s.out).toBe(inMemory(o));
  });

  it('employees: a birth date that reads only month-first after 4,096 rows of ambiguous ones', () => {
    const n = 4200;
    const lines = ['employee_id,name,birth_date,hire_date,province,wage_type,wage_rate'];
    // E1 was born on 08/07/2010: 7 August (14 on the day worked) month-first, 8 July (15) day-first.
    lines.push('E1,Worker 1,08/07/2010,2025-01-01,Bangkok,daily,400');
    for (let i = 2; i <= n; i++) {
      const birth = i === n ? '05/13/1990' : `0${1 + (i % 9)}/0${1 + ((i * 5) % 9)}/1990`;
      lines.push(`E${i},Worker ${i},${birth},2020-01-01,Bangkok,daily,400`);
    }
    writeFileSync(join(dir, 'employees.csv'), `${lines.join('\n')}\n`);
    writeFileSync(join(dir, 'hours.csv'), hoursOf(['2025-08-04']));
    const s = streamed(o);
    expect(s.path?.path).toBe('stream');
    // Some 26 MB of report each (4,200 employees): compared whole, without a diff of their text.
    expect(s.out === inMemory(o), 'the streamed report equals the in-memory one').toBe(true);
    // The whole file reads month-first: E1 was 14, and the finding says so.
    expect(s.result.findings.some((f) => f.employee_id === 'E1' && f.severity === 'critical')).toBe(true);
    expect(s.result.summary.rows_rejected).toBe(0);
  });

  it.each([
    ['no row holds a wage type', 'permanent'],
    ['the last row holds one', 'monthly'],
  ])('employees: wage types from the wage column`s header when %s', (_name, last) => {
    // Read from the header only when no row in the whole file holds a wage type, its warning
    // quoting the first value: 4,200 rows are more than a batch.
    const lines = ['employee_id,name,birth_date,hire_date,province,wage_type,ค่าจ้างรายวัน'];
    for (let i = 1; i <= 4200; i++)
      lines.push(`E${i},Worker ${i},1990-01-01,2020-01-01,Bangkok,${i === 4200 ? last : 'permanent'},400`);
    writeFileSync(join(dir, 'employees.csv'), `${lines.join('\n')}\n`);
    writeFileSync(join(dir, 'hours.csv'), hoursOf(['2025-08-04']));
    expect(streamed(o).out === inMemory(o), 'the streamed report equals the in-memory one').toBe(true);
  });
});

describe('a streamed hours file refuses dates long before its dominant range, as read whole', () => {
  // The dominant range needs every row: a pass that finds dates more than a year before it
  // reads the file again, refusing them (a clock that was reset). Without that, a clock reset
  // to 2000-01-01 gave a 2000 work day to an employee born in 1989: a child's work day, a
  // critical finding the whole-file path never gave.
  const FIELD = join(import.meta.dirname, '..', 'fixtures', 'field');
  const INPUTS = join(import.meta.dirname, '..', 'fixtures', 'inputs');
  const reset = join(FIELD, 'hours-clock-reset');
  const byEmployee = (rows: string[]) =>
    [...rows].sort((a, b) =>
      a.split(',')[0] < b.split(',')[0] ? -1 : a.split(',')[0] > b.split(',')[0] ? 1 : 0,
    );

  const withoutReset = (rows: string[]) => rows.filter((r) => !r.includes(',2000-01-01,'));
  it.each([
    ['as the fixture has them (not grouped: the spill path)', (rows: string[]) => rows, 'spill', 'before'],
    ['grouped by employee (one pass, then one more)', byEmployee, 'stream', 'before'],
    [
      'grouped, with a date long after the range and none before (a warning, one pass)',
      (rows: string[]) => [...byEmployee(withoutReset(rows)), 'C2,2027-03-01,08:00,12:00,0,work'],
      'stream',
      'after',
    ],
  ])('%s', (name, order, path, long) => {
    const dir = reorder(reset, `reset-${name.length}`, order as (rows: string[]) => string[]);
    const o = { dir, asOf: '2025-12-31' };
    const expected = inMemory(o);
    expect(expected).toContain(`stretches_long_${long}`);
    const s = streamed(o);
    expect(s.path?.path).toBe(path);
    expect(s.out).toBe(expected);
    expect(s.result.findings.filter((f) => f.severity === 'critical')).toEqual([]);
  });

  it('every field and input fixture with an hours CSV streams to what it gives read whole', () => {
    let compared = 0;
    for (const root of [FIELD, INPUTS]) {
      for (const name of readdirSync(root)) {
        const dir = join(root, name);
        if (!readdirSync(dir).includes('hours.csv')) continue;
        const o = { dir, asOf: '2025-12-31' };
        expect(
          outcome(() => streamed(o).out),
          name,
        ).toBe(outcome(() => inMemory(o)));
        compared++;
      }
    }
    expect(compared).toBeGreaterThanOrEqual(3);
  });
});

describe('a time-clock log in CSV is read whole', () => {
  // Its punches pair into stretches across rows, and its missing-punch warnings are said over
  // the whole file: read in batches, an in-punch at the end of one batch lost its out-punch at
  // the start of the next, and the warnings were lost with the batch.
  const FIELD = join(import.meta.dirname, '..', 'fixtures', 'field');
  it.each([
    ['ivms-csv', 'AttendanceRecord.csv'],
    ['clock-missing', 'เวลาทำงาน.csv'],
  ])('%s', (name, hoursFile) => {
    const o = {
      hours: join(FIELD, name, hoursFile),
      employees: join(FIELD, name, 'employees.csv'),
      asOf: '2025-12-31',
    };
    for (const batchRows of [3, 4096]) {
      const s = streamed(o, { ...TINY, batchRows });
      expect(s.path).toEqual({ path: 'memory', reason: expect.stringContaining('a time-clock log') });
      expect(s.out).toBe(inMemory(o));
    }
  });
});
