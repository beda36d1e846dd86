import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { checkData } from '../src/api.js';
import type { Result } from '../src/findings/result.js';
import { loadPack, type RulePack } from '../src/pack/load.js';
import { ParamStore } from '../src/pack/params.js';
import { assemble, parseTable, type Warning } from '../src/parse/ingest.js';
import type { Employee, FileKind } from '../src/parse/records.js';
import { tableOfText } from '../src/read/table.js';

export const ROOT = join(import.meta.dirname, '..');

/**
 * A value computed inside the first test that asks for it, then kept. Work done while the tests
 * are collected (or in beforeAll) runs outside every test: Stryker cannot tell which tests
 * reach the code it mutates there, and runs the whole suite for each such mutant.
 */
export function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => {
    made ??= { value: make() };
    return made.value;
  };
}
export const BIN = join(ROOT, 'bin', 'labour-check.js');

let cached: RulePack | undefined;
export const pack = (): RulePack => {
  cached ??= loadPack();
  return cached;
};

/** Runs the engine on CSV text blocks, as the rule tester does. */
export function run(
  files: Partial<Record<FileKind, string>>,
  asOf = '2025-09-30',
  only?: string[],
  rules: RulePack = pack(),
): Result {
  const warnings: Warning[] = [];
  const part = <K extends FileKind>(k: K) =>
    files[k] === undefined ? undefined : parseTable(tableOfText(`${k}.csv`, files[k]!), k, warnings);
  const data = assemble(
    {
      employees: part('employees'),
      hours: part('hours'),
      payroll: part('payroll'),
      holidays: part('holidays'),
    },
    warnings,
  );
  return checkData(data, rules, { asOf, only });
}

/** A dated value of a parameter, for a series that changes inside a test's dates. */
export interface Dated {
  from: string;
  value: number;
}

// A list of dated values, not a parameter whose one value is a list (severance tiers are).
const isSeries = (v: unknown): v is Dated[] =>
  Array.isArray(v) &&
  v.length > 0 &&
  v.every((x) => typeof x === 'object' && x !== null && 'from' in x && 'value' in x);

/**
 * A copy of the bundled pack with some parameters replaced by one value in force from `from`,
 * or by a series of dated values (an array of `Dated`).
 */
export function packWith(params: Record<string, unknown>, from = '1998-08-19'): RulePack {
  const base = pack();
  const store = new ParamStore();
  for (const n of base.params.names()) store.set(n, base.params.get(n)!);
  for (const [n, value] of Object.entries(params)) {
    const values = isSeries(value) ? value : [{ from, value: value as number }];
    store.set(n, { values: values.map((v) => ({ ...v, source: '[PACK]' })) });
  }
  // Rules hold their referenced series: point them at the changed ones.
  const rules = base.rules.map((r) => ({
    ...r,
    resolved: Object.fromEntries(
      Object.entries(r.resolved).map(([k, v]) => [k, { ...v, series: store.get(v.name) ?? v.series }]),
    ),
  }));
  return { ...base, params: store, rules };
}

/** The engine on CSV blocks with a pack whose parameters are changed. */
export function runWith(
  params: Record<string, unknown>,
  files: Partial<Record<FileKind, string>>,
  asOf: string,
  only: string[],
): Result {
  return run(files, asOf, only, packWith(params));
}

/** The built CLI, as a user runs it. */
export function cli(args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    cwd: opts.cwd ?? ROOT,
    env: { ...process.env, NO_COLOR: '1', ...opts.env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function tempDir(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'lc-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

/** `tempDir` for the tests of one file: each folder it makes is removed after them. */
export function tempFolders(): (files: Record<string, string | Buffer>) => string {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });
  return (files) => {
    const d = tempDir(files);
    dirs.push(d);
    return d;
  };
}

/** An employees record as the parser gives it: a daily-paid worker in Bangkok unless told otherwise. */
export const employeeRecord = (o: Partial<Employee> = {}): Employee => ({
  employee_id: 'E1',
  wage_type: 'daily',
  wage_rate: 40_000,
  province: 'Bangkok',
  hazardous: false,
  work_categories: [],
  night_work_permit: false,
  row: 2,
  ...o,
});

/** The 13 traditional holidays of 2025 with 1 May, as the Cabinet announced them for private employers. */
export const HOLIDAYS_2025 = [
  '2025-01-01',
  '2025-02-12',
  '2025-04-07',
  '2025-04-14',
  '2025-04-15',
  '2025-04-16',
  '2025-05-01',
  '2025-05-12',
  '2025-06-03',
  '2025-07-28',
  '2025-08-12',
  '2025-10-13',
  '2025-12-05',
];
