import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers.js';

// The bin compiles its bundle with V8's code cache (src/cli/code-cache.ts): a later run must
// start from what an earlier one compiled, and never from the code of another bundle. Each
// load runs in a process of its own, as the bin's do: within one process V8 keeps compiled
// scripts in memory and would not look at the cache at all.
const LOADER = pathToFileURL(join(ROOT, 'dist', 'src', 'cli', 'code-cache.js')).href;

/** Loads `file` as the bin does, runs its main, saves with its exit code. */
function load(file: string, command: string | undefined, env: Record<string, string>) {
  const code = `const b = (await import(${JSON.stringify(LOADER)})).loadBundle(${JSON.stringify(file)}, process.argv[1] || undefined);
    const code = await b.main([]); b.save(code); process.stdout.write(JSON.stringify({ cached: b.cached, code }));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', code, '--', command ?? ''], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as { cached: boolean; code: number };
}

let dir: string;
let cache: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lc-code-'));
  cache = join(dir, 'cache');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A bundle shaped as scripts/bundle.mjs makes it: CommonJS exporting `main`. */
function bundle(answer: string): string {
  const file = join(dir, 'main.cjs');
  writeFileSync(
    file,
    `exports.main = async (argv) => { const os = await __importPackage('node:os'); return ${answer} + argv.length * 0 + (typeof os.cpus === 'function' ? 0 : 99); };\n`,
  );
  return file;
}

const env = () => ({ LABOUR_CHECK_CACHE: cache });
const saved = () => (existsSync(cache) ? readdirSync(cache) : []);

describe('the code cache', () => {
  it('is written after a run without one, and used by the next run', () => {
    const file = bundle('1');
    expect(load(file, 'check', env())).toEqual({ cached: false, code: 1 });
    expect(saved()).toEqual([expect.stringMatching(/^code\.[0-9a-f]{12}\.check\.bin$/)]);
    expect(load(file, 'check', env())).toEqual({ cached: true, code: 1 });
  });

  it('is kept per command, and a word that is not a command is kept as "other"', () => {
    const file = bundle('0');
    load(file, 'screen', env());
    load(file, '../../etc', env());
    load(file, undefined, env());
    expect(
      saved()
        .map((f) => f.split('.')[2])
        .sort(),
    ).toEqual(['other', 'screen']);
    expect(load(file, '--help', env()).cached).toBe(true);
  });

  it('is not used for an edited bundle, even of the same length (V8 checks only the length)', () => {
    const file = bundle('1');
    load(file, 'check', env());
    bundle('0');
    // The same size and, at worst, the same modification time: the change time still differs.
    utimesSync(file, new Date(0), new Date(0));
    expect(load(file, 'check', env())).toEqual({ cached: false, code: 0 });
  });

  it('is not written after a run that failed (exit 2), which compiled little of the command', () => {
    load(bundle('2'), 'check', env());
    expect(saved()).toEqual([]);
  });

  it('is off with LABOUR_CHECK_CACHE=off, and ignored where it cannot be written', () => {
    const file = bundle('0');
    expect(load(file, 'check', { LABOUR_CHECK_CACHE: 'off' })).toEqual({ cached: false, code: 0 });
    expect(readdirSync(dir)).toEqual(['main.cjs']);
    writeFileSync(cache, 'a file where the folder should be');
    expect(load(file, 'check', env())).toEqual({ cached: false, code: 0 });
  });

  it('is not used when its file is damaged', () => {
    const file = bundle('1');
    load(file, 'check', env());
    const [name] = saved();
    const path = join(cache, name);
    const text = readFileSync(path);
    writeFileSync(path, Buffer.concat([text.subarray(0, text.indexOf(10) + 1), Buffer.from('not V8 data')]));
    expect(load(file, 'check', env())).toEqual({ cached: false, code: 1 });
    // and the run replaced it with a good one
    expect(load(file, 'check', env())).toEqual({ cached: true, code: 1 });
  });

  it("gives the bin's check the same report from a cold and a warm cache", () => {
    const run = () =>
      spawnSync(
        process.execPath,
        [BIN, 'check', 'examples/demo-factory', '--as-of', '2025-10-31', '--format', 'json'],
        {
          encoding: 'utf8',
          cwd: ROOT,
          env: { ...process.env, NO_COLOR: '1', LABOUR_CHECK_CACHE: cache },
        },
      );
    const cold = run();
    expect(saved().some((f) => f.endsWith('.check.bin'))).toBe(true);
    const warm = run();
    expect(cold.status).toBe(1);
    expect(warm.status).toBe(1);
    expect(warm.stdout).toBe(cold.stdout);
    expect(JSON.parse(warm.stdout).findings.length).toBeGreaterThan(0);
  });

  // The cache holds compiled code: the bundle's own functions and literals, never a value the
  // run read. Written after a check whose every employee's id and name are made distinctive.
  it('holds none of the values of the files the run read', () => {
    const folder = join(dir, 'employer');
    cpSync(join(ROOT, 'examples', 'demo-factory'), folder, { recursive: true });
    const tag = (i: string) => `Qz${i}Xw`;
    for (const f of ['employees.csv', 'hours.csv', 'payroll.csv']) {
      const path = join(folder, f);
      writeFileSync(
        path,
        readFileSync(path, 'utf8').replace(/\bE(\d{3})\b/g, (_, n) => tag(n)),
      );
    }
    const employees = join(folder, 'employees.csv');
    writeFileSync(
      employees,
      readFileSync(employees, 'utf8').replace('Somchai Prasert', 'Yvonne Qzkrzymanska'),
    );
    const r = spawnSync(process.execPath, [BIN, 'check', folder, '--as-of', '2025-10-31'], {
      encoding: 'utf8',
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1', LABOUR_CHECK_CACHE: cache },
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(tag('001'));
    const [name] = saved().filter((f) => f.startsWith('code.'));
    const bytes = readFileSync(join(cache, name));
    expect(bytes.length).toBeGreaterThan(10_000);
    // The search finds what is there: a column name, a literal of the bundle.
    expect(bytes.includes(Buffer.from('break_minutes', 'latin1'))).toBe(true);
    // V8 keeps one-byte strings as Latin-1 and others as UTF-16: both are searched.
    for (const value of [tag('001'), tag('002'), 'Qzkrzymanska', '1100700000001', folder]) {
      expect(bytes.includes(Buffer.from(value, 'latin1')), value).toBe(false);
      expect(bytes.includes(Buffer.from(value, 'utf16le')), value).toBe(false);
    }
  });
});
