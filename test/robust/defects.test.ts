import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeDirectory } from '../../src/base/directory.js';
import { internalErrorLine } from '../../src/cli/main.js';
import { loadPack } from '../../src/pack/load.js';
import { BIN, ROOT } from '../helpers.js';
import { cli, readAll, tmp } from '../report/helpers.js';

// Regression tests: each defect found by trying the tool as a new user and by fuzzing it.

const DEMO = join(ROOT, 'examples', 'demo-factory');
const ACCOUNT = join(ROOT, 'examples', 'accounts', 'bangkok-9000.yaml');

/** Exit 2 with exactly one line on stderr, no stack trace and no warning block. */
function oneLineError(r: { code: number | null; stderr: string }): string {
  expect(r.code, r.stderr).toBe(2);
  const lines = r.stderr.split('\n').filter((l) => l !== '');
  expect(lines, r.stderr).toHaveLength(1);
  expect(r.stderr).not.toMatch(/\n\s+at |YAMLWarning|internal error/);
  return lines[0];
}

/** The built CLI in a child process, killed after `seconds`: a hang fails instead of blocking the suite. */
function spawnCli(args: string[], seconds = 20) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    cwd: ROOT,
    timeout: seconds * 1000,
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, signal: r.signal };
}

/** A copy of the demo factory in a folder whose path has a hyphen and a space. */
function demoCopy(): string {
  const dir = join(tmp('lc-robust-'), 'my-factory files');
  cpSync(DEMO, dir, { recursive: true });
  return dir;
}

describe('--redact with a "-" in paths, ids and names', () => {
  it('runs on the README example and on hyphenated paths, ids and names, in reports and bundle', async () => {
    const readme = await cli('check', 'examples/demo-factory', '--redact');
    expect(readme.code, readme.stderr).toBe(1);
    expect(readme.stdout).not.toMatch(/\bE0\d\d\b/);

    const dir = tmp('lc-robust-has-hyphen-');
    writeFileSync(
      join(dir, 'employees.csv'),
      'employee_id,name,wage_type,wage_rate,province\nE-01,Anne-Marie Dupont-Smith,daily,300,Bangkok\nE-02,Jean-Luc Picard-Ng,daily,500,Bangkok\n',
    );
    writeFileSync(
      join(dir, 'hours.csv'),
      'employee_id,date,start,end\nE-01,2025-08-04,08:00,19:00\nE-02,2025-08-04,08:00,17:00\nE-99,2025-08-04,08:00,17:00\n',
    );
    writeFileSync(
      join(dir, 'payroll.csv'),
      'employee_id,period_start,period_end,pay_date,base_pay,ot_pay\nE-01,2025-08-01,2025-08-31,2025-08-31,300,0\n',
    );
    const out = join(tmp(), 'out-dir');
    const bundle = join(tmp(), 'the-bundle');
    const r = await cli(
      'check',
      dir,
      '--as-of',
      '2025-10-31',
      '--redact-key',
      'a-key-with-dashes',
      '--format',
      'json,text,csv,html',
      '--output-dir',
      out,
      '--bundle',
      bundle,
    );
    expect(r.code, r.stderr).toBe(1);
    // The one line that says where the reports went, and nothing from a person.
    expect(r.stderr).toBe(
      `labour-check: wrote ${['report.json', 'report.txt', 'report.csv', 'report.html'].map((f) => join(out, f)).join(', ')}\n`,
    );
    const texts = [...readAll(out).values(), readFileSync(join(bundle, 'report.json'), 'utf8')];
    texts.push(readFileSync(join(bundle, 'report.html'), 'utf8'));
    for (const text of texts) {
      for (const secret of ['E-01', 'E-02', 'E-99', 'Anne-Marie', 'Dupont-Smith', 'Picard-Ng'])
        expect(text).not.toContain(secret);
    }
    const json = JSON.parse(readAll(out).get('report.json')!);
    expect(json.findings.length).toBeGreaterThan(0);
    expect(json.rejected.map((x: { reason: string }) => x.reason).join(' ')).toMatch(/emp-[0-9a-f]{12}/);
  });

  it('a file without its header row is one line that quotes none of its cells', async () => {
    const file = join(tmp(), 'employees.csv');
    writeFileSync(file, 'E-01,Anne-Marie Dupont-Smith,monthly,15000\nE-02,Jean-Luc Picard-Ng,daily,300\n');
    const line = oneLineError(await cli('check', '--employees', file, '--redact'));
    expect(line).toContain('none a known column name: is the header row missing?');
    expect(line).not.toMatch(/E-01|Anne|Dupont|15000/);
  });

  it('an error thrown outside the command (after it wrote its report) is exit 2, one line, no message', () => {
    // A preload that throws, asynchronously, once the CLI first writes to stdout.
    const preload = join(tmp(), 'throw-later.cjs');
    writeFileSync(
      preload,
      `const write = process.stdout.write.bind(process.stdout);
let armed = true;
process.stdout.write = (...a) => {
  if (armed) { armed = false; setImmediate(() => { throw new TypeError('E-01 Somchai Jaidee'); }); }
  return write(...a);
};\n`,
    );
    const r = spawnSync(
      process.execPath,
      ['--require', preload, BIN, 'check', DEMO, '--as-of', '2025-10-31'],
      {
        encoding: 'utf8',
        cwd: ROOT,
        timeout: 60_000,
      },
    );
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/^labour-check: internal error \(TypeError\): [^\n]*\n$/);
    expect(r.stderr).not.toMatch(/E-01|Somchai/);
  });

  it('an unforeseen error prints its kind, never its message (which may quote a cell)', () => {
    const line = internalErrorLine(new SyntaxError('Invalid regular expression: /E-01|Somchai/'));
    expect(line).toContain('SyntaxError');
    expect(line).not.toMatch(/E-01|Somchai|regular/);
    expect(line).not.toContain('\n');
  });
});

describe('YAML user files: one loader, no tags, limited aliases', () => {
  const BOMB = [
    'a: &a ["x","x","x","x","x","x","x","x","x"]',
    'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
    'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
    'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
    'e: [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
    '',
  ].join('\n');

  it('refuses an alias bomb in a --map profile, waivers and a screen account', async () => {
    const dir = tmp();
    const bomb = join(dir, 'bomb.yaml');
    writeFileSync(bomb, BOMB);
    for (const args of [
      ['check', DEMO, '--map', bomb],
      ['check', DEMO, '--waivers', bomb],
      ['screen', bomb],
    ]) {
      expect(oneLineError(await cli(...args))).toMatch(/bomb\.yaml: too many YAML aliases/);
    }
  });

  it('refuses an unknown tag in one line, without the yaml package warning block', async () => {
    const dir = tmp();
    const tagged = join(dir, 'tagged.yaml');
    writeFileSync(tagged, 'employees: !!js/function "function () {}"\n');
    const profile = await cli('check', DEMO, '--map', tagged);
    expect(oneLineError(profile)).toMatch(/tagged\.yaml:1:\d+: YAML tags are not accepted/);
    const waivers = join(dir, 'waivers.yaml');
    writeFileSync(waivers, 'waivers: !custom []\n');
    expect(oneLineError(await cli('check', DEMO, '--waivers', waivers))).toMatch(
      /YAML tags are not accepted/,
    );
    // The warning block came from a process warning: a real process shows whether it is printed.
    const spawned = spawnCli(['check', DEMO, '--map', tagged]);
    expect(oneLineError(spawned)).toMatch(/YAML tags are not accepted/);
  });

  it('refuses a tag in a rule pack file', async () => {
    const pack = tmp();
    cpSync(join(ROOT, 'rules', 'eti-base-code'), pack, { recursive: true });
    writeFileSync(
      join(pack, 'pack.yaml'),
      readFileSync(join(pack, 'pack.yaml'), 'utf8').replace(
        'base: ../th-lpa',
        `base: !!binary ${Buffer.from(join(ROOT, 'rules', 'th-lpa')).toString('base64')}`,
      ),
    );
    expect(oneLineError(await cli('check', DEMO, '--rules', pack))).toMatch(
      /YAML tags are not accepted \(!!binary\)/,
    );
  });
});

describe('rule pack bases', () => {
  const packWithBase = (dir: string, id: string, base: string) => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'pack.yaml'),
      `id: ${id}\nversion: "1"\ntitle: { en: A pack, th: A pack }\nact: An act\nbase: ${base}\n`,
    );
  };

  it('a pack that is its own base is exit 2, one line', async () => {
    const dir = join(tmp(), 'self');
    packWithBase(dir, 'self', '.');
    expect(oneLineError(await cli('check', DEMO, '--rules', dir))).toMatch(
      /pack\.yaml: invalid field "base".*cycle/,
    );
    expect(oneLineError(await cli('rules', 'list', '--rules', dir))).toMatch(/cycle/);
  });

  it('two packs that name each other as base are exit 2, one line', async () => {
    const root = tmp();
    packWithBase(join(root, 'a'), 'a', '../b');
    packWithBase(join(root, 'b'), 'b', '../a');
    expect(oneLineError(await cli('check', DEMO, '--rules', join(root, 'a')))).toMatch(/cycle/);
  });
});

describe('rule packs loaded more than once in a process', () => {
  it('are parsed once, and read again when a file of the pack changes', () => {
    const dir = join(tmp(), 'th-lpa');
    cpSync(join(ROOT, 'rules', 'th-lpa'), dir, { recursive: true });
    const first = loadPack(dir);
    expect(loadPack(dir)).toBe(first);
    const rule = join(dir, 'lpa-90-minimum-wage.yaml');
    writeFileSync(rule, readFileSync(rule, 'utf8').replace(/^(\s+en: ).*$/m, '$1Edited title'));
    const edited = loadPack(dir);
    expect(edited).not.toBe(first);
    expect(edited.rules.find((r) => r.id === 'lpa-90-minimum-wage')!.title.en).toBe('Edited title');
    writeFileSync(join(dir, 'zz-extra.yaml'), 'not: a rule\n');
    expect(() => loadPack(dir)).toThrow(/zz-extra\.yaml/);
  });
});

describe('work before the rule pack has parameters', () => {
  it('check: a work date of 1998-08-18 (the day before the Act) is undetermined, not a crash', async () => {
    const dir = demoCopy();
    const hours = join(dir, 'hours.csv');
    const lines = readFileSync(hours, 'utf8').split('\n');
    lines[1] = lines[1].replace(/^(\w+),\d{4}-\d{2}-\d{2}/, '$1,1998-08-18');
    writeFileSync(hours, lines.join('\n'));
    const r = await cli('check', dir, '--format', 'json', '--as-of', '2025-10-31');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    const reasons = json.undetermined.filter((u: { reason: string }) => u.reason.includes('1998-08-18'));
    expect(reasons.length).toBeGreaterThan(0);
    expect(reasons[0].reason).toMatch(/work on 1998-08-18 not checked: .*no number in force on 1998-08-18/);
    const hoursInput = json.inputs.find((i: { kind: string }) => i.kind === 'hours');
    expect(hoursInput.rows_read).toBe(hoursInput.rows_used + hoursInput.rows_rejected);
  });

  it("screen: an account's start_date of 1998-08-18 is screened, the day before the Act undetermined", async () => {
    const dir = tmp();
    const account = join(dir, 'account.yaml');
    writeFileSync(
      account,
      // Aged 49 at the interview: an adult in 1998 (at 29, the start would be before the 5th birthday).
      readFileSync(ACCOUNT, 'utf8')
        .replace(/^start_date: .*$/m, 'start_date: 1998-08-18')
        .replace(/^age: .*$/m, 'age: 49'),
    );
    const r = await cli('screen', account, '--format', 'json', '--as-of', '2025-10-31');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('work on 1998-08-18 not checked');
  });
});

describe('screen --lang with the names of object properties', () => {
  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])(
    '--lang %s is exit 2, one line',
    async (lang) => {
      const line = oneLineError(await cli('screen', ACCOUNT, '--lang', lang));
      expect(line).toContain(`no "${lang}" wording`);
    },
  );
});

describe('files that are not regular files', () => {
  const fifoDir = tmp();
  const fifo = join(fifoDir, 'hours.csv');
  spawnSync('mkfifo', [fifo]);

  it.each([
    ['a FIFO as --hours', ['check', '--hours', fifo]],
    ['a folder holding a FIFO', ['check', fifoDir]],
    ['/dev/zero as --employees', ['check', '--employees', '/dev/zero']],
    ['/dev/zero as --map', ['check', DEMO, '--map', '/dev/zero']],
    ['a FIFO as --waivers', ['check', DEMO, '--waivers', fifo]],
    ['/dev/zero as --baseline', ['check', DEMO, '--baseline', '/dev/zero']],
    ['/dev/zero as --redact-key-file', ['check', DEMO, '--redact-key-file', '/dev/zero']],
    ['/dev/zero as a screen account', ['screen', '/dev/zero']],
    ['a FIFO as a screen batch', ['screen', '--batch', fifo]],
    ['/dev/zero to validate', ['validate', '/dev/zero']],
    ['/dev/zero to map --init', ['map', '--init', '/dev/zero']],
  ])('%s is refused in one line, without hanging', (_what, args) => {
    const r = spawnCli(args as string[]);
    expect(r.signal, 'the command hung').toBeNull();
    expect(oneLineError(r)).toMatch(/not a regular file/);
  });

  it('a folder as an input file is refused in one line', async () => {
    expect(oneLineError(await cli('check', '--hours', tmp()))).toMatch(/is a directory, expected a file/);
  });
});

describe('exit 2 is exactly one line on stderr', () => {
  it.each([
    [[]],
    [['chek']],
    [['check', '--bogus']],
    [['check', '--redcat']],
    [['check', 'a', 'b']],
    [['check', '--format']],
    [['check', DEMO, '--fail-on', 'sometimes']],
    [['wage']],
    [['rules']],
    [['screen', '--format', 'pdf', ACCOUNT]],
  ])('labour-check %j', async (args) => {
    const line = oneLineError(await cli(...(args as string[])));
    expect(line).toMatch(/^labour-check: .* \(run labour-check --help for usage\)$/);
  });

  it('a bad --date names --date, not --as-of', async () => {
    expect(oneLineError(await cli('wage', 'Bangkok', '--date', '99999-01-01'))).toMatch(
      /^labour-check: --date: /,
    );
  });

  it('a note said before a failure does not make a second line (--redact without a key, then bad waivers)', async () => {
    const bad = join(tmp(), 'w.yaml');
    writeFileSync(bad, 'waivers: [1, 2]\n');
    expect(oneLineError(await cli('check', DEMO, '--redact', '--waivers', bad))).toMatch(/w\.yaml/);
  });

  it('an output path that is a folder, or an input file, is one line and leaves the input alone', async () => {
    const dir = demoCopy();
    const before = readFileSync(join(dir, 'hours.csv'), 'utf8');
    expect(oneLineError(await cli('check', dir, '-o', tmp()))).toMatch(/cannot write \(EISDIR\)/);
    expect(oneLineError(await cli('check', dir, '-o', join(dir, 'hours.csv')))).toMatch(/is an input/);
    expect(oneLineError(await cli('screen', ACCOUNT, '-o', tmp()))).toMatch(/cannot write/);
    expect(readFileSync(join(dir, 'hours.csv'), 'utf8')).toBe(before);
  });

  it('a row that cannot be read names the file, line, column and the kind of problem, never its text, redacted or not', async () => {
    const dir = tmp();
    const file = join(dir, 'employees.csv');
    const cases: [string, RegExp][] = [
      [
        'E1,Zzyzx "Tom" Qwertyuiop,3601234567894,daily,400\n',
        /:1: the header row cannot be read: a quote inside an unquoted cell \(column 2\)$/,
      ],
      [
        '"Zzyzx Qwertyuiop" Tom,3601234567894\n',
        /:1: the header row cannot be read: text after a closing quote \(column 1\)$/,
      ],
      [
        '"Zzyzx Qwertyuiop,3601234567894\n',
        /:1: the header row cannot be read: a quote opened on line 1 is never closed \(column 1\)$/,
      ],
    ];
    for (const [text, expected] of cases) {
      writeFileSync(file, text);
      for (const redact of [['--redact'], []]) {
        const r = await cli('check', '--employees', file, '--as-of', '2025-10-31', ...redact);
        const line = oneLineError(r);
        expect(line).toMatch(expected);
        expect(line).not.toMatch(/Zzyzx|Qwertyuiop|Tom|3601234567894/);
      }
    }
    // Bytes that are no text, named .csv: not echoed back, nor their control characters.
    const bytes = Buffer.from(Array.from({ length: 300 }, (_, i) => (i * 151 + 7) % 256));
    writeFileSync(file, Buffer.concat([Buffer.from('"'), bytes]));
    const line = oneLineError(await cli('check', '--employees', file, '--as-of', '2025-10-31'));
    expect(line).toMatch(/^labour-check: \S*employees\.csv/);
    const control = [...line].filter((c) => {
      const n = c.codePointAt(0)!;
      return n < 0x20 || (n >= 0x7f && n <= 0x9f) || n === 0xfffd;
    });
    expect(control).toEqual([]);
    expect(line.length).toBeLessThan(300);
  });

  it('an output folder that cannot be made is one line, not a hang (Node 20 loops on /proc paths)', () => {
    for (const args of [
      ['--output-dir', '/proc/labour-check-forbidden'],
      ['--output-dir', '/proc/labour-check-forbidden/a/b'],
      ['-o', '/dev/null', '--bundle', '/proc/labour-check-forbidden'],
    ]) {
      const r = spawnCli(['check', DEMO, '--as-of', '2025-10-31', ...args], 20);
      expect(r.signal, 'timed out').toBeNull();
      expect(oneLineError(r)).toMatch(/labour-check-forbidden.*: cannot (create|write the bundle)/);
    }
  });

  it('a cache folder that cannot be made is skipped, not a hang', () => {
    const r = spawnSync(process.execPath, [BIN, 'rules', 'list'], {
      encoding: 'utf8',
      cwd: ROOT,
      timeout: 20_000,
      env: { ...process.env, LABOUR_CHECK_CACHE: '/proc/labour-check-forbidden' },
    });
    expect(r.signal, 'timed out').toBeNull();
    expect(r.status, r.stderr).toBe(0);
  });

  it('folders are made level by level: nested, existing, and refused where a file is in the way', () => {
    const dir = tmp();
    makeDirectory(join(dir, 'a', 'b', 'c'));
    makeDirectory(join(dir, 'a', 'b', 'c'));
    expect(statSync(join(dir, 'a', 'b', 'c')).isDirectory()).toBe(true);
    writeFileSync(join(dir, 'f'), '');
    expect(() => makeDirectory(join(dir, 'f'))).toThrow(expect.objectContaining({ code: 'EEXIST' }));
    expect(() => makeDirectory(join(dir, 'f', 'g'))).toThrow(expect.objectContaining({ code: 'ENOTDIR' }));
  });
});
