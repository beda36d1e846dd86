import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { badRowsCsv } from './bench/bad-rows.js';
import { caseload } from './bench/caseload.js';
import { generate } from './bench/generate.js';
import { printSummary, summarise } from './bench/profile.js';
import { findingsOf, sameBytes } from './bench/report-file.js';

// `npm run bench`: generates canonical data, finding-light and finding-heavy
// (scripts/bench/generate.ts), then measures in one harness, each command as its own process,
// the full check of each against Miller's single filter and DuckDB's per-day group-by over
// the same hours file, the spill path (heavy rows by date), the parse-only baseline and the
// small commands, and reports medians of wall, CPU and peak RSS with the ratios and targets.
// Absolute times move 10-20 % from run to run on shared machines; the ratios measured in one
// run are what docs/speed.md quotes.
//
//   npm run bench                1,000,000 hours rows, 2,000 employees (each data set)
//   npm run bench -- --large     10,000,000 rows, 20,000 employees
//   options: --runs N (default 3), --rows N, --keep (keep the data), --no-spill, --no-profile

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin', 'labour-check.js');
const AS_OF = '2025-12-31';

interface Sample {
  wall: number;
  cpu: number;
  rssMb?: number;
  status: number | null;
  stderr: string;
}

interface Row {
  name: string;
  command: string;
  runs: number;
  wall: number;
  cpu?: number;
  rssMb?: number;
  note?: string;
}

const args = process.argv.slice(2);
const flag = (f: string) => args.includes(f);
const value = (f: string) => {
  const i = args.indexOf(f);
  return i >= 0 ? args[i + 1] : undefined;
};
const large = flag('--large');
const runs = Number(value('--runs') ?? 3);
const TIME = '/usr/bin/time';
const haveTime = existsSync(TIME);
const haveMlr = spawnSync('mlr', ['--version'], { encoding: 'utf8' }).status === 0;

/** Runs a command once with stdout to /dev/null: wall clock here, CPU and peak RSS from GNU time. */
function once(cmd: string, argv: string[]): Sample {
  const out = join(tmpdir(), `labour-check-time-${process.pid}.txt`);
  const t = performance.now();
  const r = haveTime
    ? spawnSync(TIME, ['-f', '%U %S %M', '-o', out, cmd, ...argv], {
        stdio: ['ignore', 'ignore', 'pipe'],
        encoding: 'utf8',
      })
    : spawnSync(cmd, argv, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const wall = (performance.now() - t) / 1000;
  if (!haveTime) return { wall, cpu: Number.NaN, status: r.status, stderr: r.stderr };
  const [user, sys, kb] = readFileSync(out, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
  rmSync(out, { force: true });
  return { wall, cpu: user + sys, rssMb: Math.round(kb / 1024), status: r.status, stderr: r.stderr };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function measure(name: string, cmd: string, argv: string[], n = runs, ok = [0]): Row {
  const samples: Sample[] = [];
  for (let i = 0; i < n; i++) {
    const s = once(cmd, argv);
    if (!ok.includes(s.status ?? -1)) throw new Error(`${name}: exit ${s.status}\n${s.stderr}`);
    samples.push(s);
  }
  process.stderr.write(`  ${name}: ${samples.map((s) => s.wall.toFixed(2)).join(', ')} s\n`);
  return {
    name,
    command: [cmd, ...argv].join(' '),
    runs: n,
    wall: median(samples.map((s) => s.wall)),
    cpu: haveTime ? median(samples.map((s) => s.cpu)) : undefined,
    rssMb: haveTime ? Math.max(...samples.map((s) => s.rssMb ?? 0)) : undefined,
    note: samples[0].stderr.trim() || undefined,
  };
}

/** A SARIF file against the SARIF 2.1.0 schema the tests use: valid, or why not. */
function sarifCheck(file: string): string {
  // A 10M-row report is more than one string can hold: validated at 1M, only produced at 10M.
  const bytes = statSync(file).size;
  if (bytes > 256 * 1024 * 1024) return `not validated (${(bytes / 1e6).toFixed(0)} MB)`;
  const require = createRequire(import.meta.url);
  const Ajv = require('ajv-draft-04') as typeof import('ajv-draft-04').default;
  const addFormats = require('ajv-formats') as typeof import('ajv-formats').default;
  const schema = JSON.parse(
    readFileSync(join(ROOT, 'test', 'fixtures', 'schemas', 'sarif-schema-2.1.0.json'), 'utf8'),
  );
  const ajv = new Ajv({ allErrors: false, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  if (validate(JSON.parse(readFileSync(file, 'utf8')))) return 'valid SARIF 2.1.0';
  const e = validate.errors?.[0];
  return `not valid SARIF 2.1.0: ${e?.instancePath} ${e?.message}`;
}

/** DuckDB, when `@duckdb/node-api` (a devDependency) loads on this machine. */
function duckdbAvailable(): string | undefined {
  const r = spawnSync(process.execPath, ['-e', "import('@duckdb/node-api').then(() => 0)"], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (r.status === 0) return undefined;
  // Node's first stderr line is a source position; the error's own line says what failed.
  const lines = r.stderr.trim().split('\n');
  return lines.find((l) => /^\w*Error\b|^Error \[/.test(l.trim()))?.trim() ?? lines[0] ?? 'import failed';
}

interface DataRun {
  set: 'light' | 'heavy';
  full: Row;
  mlr?: Row;
  duckdb?: Row;
  /** The same full check on one thread (`--jobs 1`; the full check runs the default, `--jobs auto`). */
  jobs?: Row;
  /** The same full check with `--format sarif` (finding-heavy only). */
  sarif?: Row;
  /** That report against the SARIF schema: valid, or why not. */
  sarifValid?: string;
  /** The same full check with `--format html` (finding-heavy only): the printable report. */
  html?: Row;
  findings?: number;
}

function main(): void {
  if (!existsSync(join(ROOT, 'dist', 'src', 'cli', 'main.js'))) {
    console.error('bench: build first (npm run build)');
    process.exit(2);
  }
  // --rows N: a smaller or larger run (one employee per 500 rows), to try the bench itself.
  const rows = Number(value('--rows') ?? (large ? 10_000_000 : 1_000_000));
  const employees = Math.max(10, Math.round(rows / 500));
  const base = mkdtempSync(join(tmpdir(), 'labour-check-bench-'));
  const results: Row[] = [];
  const node = process.execPath;
  const noDuckdb = duckdbAvailable();
  const sets: DataRun[] = [];
  try {
    // The small commands first, as a user meets them, before the 1M runs: measured after those,
    // the demo check took 0.30-0.43 s in the bench and 0.25-0.29 s run alone just after
    // (docs/speed.md, latest results).
    const small: Row[] = [];
    const demo = existsSync(join(ROOT, 'examples', 'demo-factory'))
      ? join(ROOT, 'examples', 'demo-factory')
      : generate(join(base, 'demo'), { rows: 600, employees: 12 }).dir;
    const demoRow = measure(
      `demo check (${demo.includes('examples') ? 'examples/demo-factory' : '600 generated rows'})`,
      node,
      [BIN, 'check', demo, '--as-of', AS_OF],
      5,
      [0, 1],
    );
    small.push(demoRow);
    // Issue 6: an NGO's caseload of 20 accounts through `screen --batch` (target: under 5 s).
    const cases = join(base, 'caseload.csv');
    writeFileSync(cases, caseload(20));
    small.push(
      measure(
        'screen --batch, 20 accounts',
        node,
        [BIN, 'screen', '--batch', cases, '--format', 'json', '-o', join(base, 'packets')],
        5,
        [0, 1],
      ),
    );
    // Error recovery: 1.2 MB where nine rows in ten have an unbalanced quote (target: under 2 s).
    const bad = join(base, 'bad-rows.hours.csv');
    writeFileSync(bad, badRowsCsv(1_200_000));
    small.push(
      measure(
        'validate, 1.2 MB of rows with unbalanced quotes',
        node,
        [BIN, 'validate', '--kind', 'hours', bad],
        5,
        [0, 1],
      ),
    );
    const version = measure('labour-check --version', node, [BIN, '--version'], 7);
    const bare = measure('node -e 0', node, ['-e', '0'], 7);
    small.push(version, bare);
    let light: ReturnType<typeof generate> | undefined;
    for (const set of ['light', 'heavy'] as const) {
      process.stderr.write(
        `generating ${rows.toLocaleString('en')} finding-${set} hours rows for ${employees.toLocaleString('en')} employees in ${base}\n`,
      );
      const data = generate(join(base, set), { rows, employees, findings: set });
      if (set === 'light') light = data;
      const hours = join(data.dir, 'hours.csv');
      const report = join(base, `${set}.json`);
      const full = measure(
        `full check --format json, finding-${set}`,
        node,
        [BIN, 'check', data.dir, '--format', 'json', '--as-of', AS_OF, '-o', report],
        runs,
        [0, 1],
      );
      const findings = findingsOf(report);
      results.push(full);
      const run: DataRun = { set, full, findings };
      // The full check above runs the default, a thread per core (docs/speed.md, worker threads
      // for one check); the same command on one thread, its report held to the default's.
      const jobsReport = join(base, `${set}-jobs.json`);
      run.jobs = measure(
        `full check --format json --jobs 1, finding-${set}`,
        node,
        [BIN, 'check', data.dir, '--format', 'json', '--as-of', AS_OF, '--jobs', '1', '-o', jobsReport],
        runs,
        [0, 1],
      );
      if (!sameBytes(jobsReport, report))
        run.jobs.note = 'its report differs from the one of the default (--jobs auto)';
      rmSync(jobsReport);
      results.push(run.jobs);
      if (set === 'heavy') {
        // Every report format is written from the spool one employee at a time: SARIF, the one
        // that goes to code scanning, measured and checked against its schema.
        const sarifReport = join(base, `${set}.sarif`);
        run.sarif = measure(
          `full check --format sarif, finding-${set}`,
          node,
          [BIN, 'check', data.dir, '--format', 'sarif', '--as-of', AS_OF, '-o', sarifReport],
          runs,
          [0, 1],
        );
        run.sarifValid = sarifCheck(sarifReport);
        rmSync(sarifReport);
        results.push(run.sarif);
        // The page an inspector prints: written in parts from the spool, the hours chart series
        // from a temporary file, so it too is held to the memory target.
        const htmlReport = join(base, `${set}.html`);
        run.html = measure(
          `full check --format html, finding-${set}`,
          node,
          [BIN, 'check', data.dir, '--format', 'html', '--as-of', AS_OF, '-o', htmlReport],
          large ? 1 : runs,
          [0, 1],
        );
        rmSync(htmlReport);
        results.push(run.html);
      }
      rmSync(report);
      if (haveMlr) {
        // The single filter closest to one rule: stretches that end after 18:00 (overtime candidates).
        run.mlr = measure(`Miller filter, finding-${set}`, 'mlr', [
          '--icsv',
          '--ocsv',
          'filter',
          '$end > "18:00"',
          hours,
        ]);
        results.push(run.mlr);
      }
      if (noDuckdb === undefined) {
        run.duckdb = measure(`DuckDB per-day sum HAVING h > 8, finding-${set}`, node, [
          join(ROOT, 'scripts/bench/duckdb.mjs'),
          hours,
        ]);
        results.push(run.duckdb);
      }
      sets.push(run);
      if (set === 'heavy' && !flag('--no-spill')) {
        process.stderr.write('generating the finding-heavy rows ordered by date (not grouped by employee)\n');
        const byDate = generate(join(base, 'heavy-by-date'), {
          rows,
          employees,
          findings: set,
          order: 'by-date',
        });
        rmSync(data.dir, { recursive: true, force: true });
        results.push(
          measure(
            'full check, finding-heavy hours by date (spill path)',
            node,
            [BIN, 'check', byDate.dir, '--format', 'json', '--as-of', AS_OF],
            large ? 1 : runs,
            [0, 1],
          ),
        );
        rmSync(byDate.dir, { recursive: true, force: true });
      }
    }
    const data = light!;

    results.push(
      measure('read only (CSV rows, project reader), finding-light', node, [
        join(ROOT, 'scripts/bench/parse-only.mjs'),
        'read',
        data.dir,
      ]),
    );
    const parseOnly = measure('parse only (reader + row schemas), finding-light', node, [
      join(ROOT, 'scripts/bench/parse-only.mjs'),
      'parse',
      data.dir,
    ]);
    results.push(parseOnly);
    results.push(
      measure('parse only, full path for every row (no fast path)', node, [
        join(ROOT, 'scripts/bench/parse-only.mjs'),
        'parse-full',
        data.dir,
      ]),
    );
    results.push(...small);

    let profile: ReturnType<typeof summarise> | undefined;
    if (!flag('--no-profile') && !large) {
      const dir = join(base, 'profile');
      spawnSync(
        node,
        // One thread: where the check's work goes, not a reading thread waiting for workers;
        // dist/src's modules, not the bundle, so that each sample names its stage's file.
        [
          '--cpu-prof',
          '--cpu-prof-dir',
          dir,
          join(ROOT, 'scripts', 'bench', 'modules.mjs'),
          'check',
          data.dir,
          '--format',
          'json',
          '--as-of',
          AS_OF,
          '--jobs',
          '1',
        ],
        {
          stdio: 'ignore',
        },
      );
      const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
      if (file) profile = summarise(join(dir, file), 12);
    }

    const lightRun = sets.find((r) => r.set === 'light')!;
    const ratio = (a: Row, b?: Row) => (b ? a.wall / b.wall : undefined);
    // On a shared machine wall time waits for the CPU: the CPU ratio is the steadier one.
    const cpuRatio = (a: Row, b?: Row) => (b?.cpu && a.cpu ? a.cpu / b.cpu : undefined);
    const ratios = {
      full_over_parse_only: lightRun.full.wall / parseOnly.wall,
      ...Object.fromEntries(
        sets.flatMap((r) => [
          [`${r.set}_full_over_miller`, ratio(r.full, r.mlr)],
          [`${r.set}_full_over_duckdb`, ratio(r.full, r.duckdb)],
          ...(r.jobs
            ? [
                [`${r.set}_jobs1_over_miller`, ratio(r.jobs, r.mlr)],
                [`${r.set}_jobs1_over_duckdb`, ratio(r.jobs, r.duckdb)],
              ]
            : []),
        ]),
      ),
      version_minus_node_ms: (version.wall - bare.wall) * 1000,
    };
    const machine = {
      cpus: cpus().length,
      cpu: cpus()[0]?.model,
      node: process.version,
      load: loadavg().map((l) => Number(l.toFixed(2))),
      miller: haveMlr ? spawnSync('mlr', ['--version'], { encoding: 'utf8' }).stdout.trim() : 'not installed',
      duckdb: noDuckdb === undefined ? '@duckdb/node-api' : `not available: ${noDuckdb}`,
    };
    const report = {
      date: new Date().toISOString(),
      size: {
        hours_rows: data.hoursRows,
        payroll_rows: data.payrollRows,
        employees,
        hours_bytes: data.bytes,
        findings: Object.fromEntries(sets.map((r) => [r.set, r.findings])),
      },
      machine,
      results,
      ratios,
      profile,
    };

    const fmt = (x: number | undefined, d = 2) => (x === undefined || Number.isNaN(x) ? '-' : x.toFixed(d));
    const rssTarget = 400;
    const targets = sets.flatMap((r) => [
      `| finding-${r.set} (${r.findings?.toLocaleString('en')} findings): full / Miller < 1.0 | ${fmt(ratio(r.full, r.mlr))} (CPU ${fmt(cpuRatio(r.full, r.mlr))}) | ${r.mlr ? (r.full.wall < r.mlr.wall ? 'met' : 'missed') : 'mlr not installed'} |`,
      `| finding-${r.set}: full / DuckDB <= 2.0 | ${fmt(ratio(r.full, r.duckdb))} (CPU ${fmt(cpuRatio(r.full, r.duckdb))}) | ${r.duckdb ? (r.full.wall <= 2 * r.duckdb.wall ? 'met' : 'missed') : `DuckDB ${machine.duckdb}`} |`,
      `| finding-${r.set}: peak RSS < ${rssTarget} MB | ${r.full.rssMb ?? '-'} MB | ${r.full.rssMb === undefined ? '-' : r.full.rssMb < rssTarget ? 'met' : 'missed'} |`,
      ...(r.jobs
        ? [
            `| finding-${r.set}, --jobs 1: full / Miller < 1.0 | ${fmt(ratio(r.jobs, r.mlr))} (CPU ${fmt(cpuRatio(r.jobs, r.mlr))}) | ${r.mlr ? (r.jobs.wall < r.mlr.wall ? 'met' : 'missed') : 'mlr not installed'} |`,
            `| finding-${r.set}, --jobs 1: full / DuckDB <= 2.0 | ${fmt(ratio(r.jobs, r.duckdb))} (CPU ${fmt(cpuRatio(r.jobs, r.duckdb))}) | ${r.duckdb ? (r.jobs.wall <= 2 * r.duckdb.wall ? 'met' : 'missed') : `DuckDB ${machine.duckdb}`} |`,
            `| finding-${r.set}, --jobs 1: peak RSS < ${rssTarget} MB | ${r.jobs.rssMb ?? '-'} MB | ${r.jobs.rssMb === undefined ? '-' : r.jobs.rssMb < rssTarget ? 'met' : 'missed'} |`,
          ]
        : []),
      ...(r.sarif
        ? [
            `| finding-${r.set}, --format sarif: peak RSS < ${rssTarget} MB | ${r.sarif.rssMb ?? '-'} MB, ${r.sarifValid} | ${r.sarif.rssMb === undefined ? '-' : r.sarif.rssMb < rssTarget && !r.sarifValid?.startsWith('not valid') ? 'met' : 'missed'} |`,
          ]
        : []),
      ...(r.html
        ? [
            `| finding-${r.set}, --format html: peak RSS < ${rssTarget} MB | ${r.html.rssMb ?? '-'} MB | ${r.html.rssMb === undefined ? '-' : r.html.rssMb < rssTarget ? 'met' : 'missed'} |`,
          ]
        : []),
    ]);
    const spill = results.find((r) => r.name.includes('spill'));
    if (spill?.rssMb !== undefined)
      targets.push(
        `| finding-heavy by date (spill path): peak RSS < ${rssTarget} MB | ${spill.rssMb} MB | ${spill.rssMb < rssTarget ? 'met' : 'missed'} |`,
      );
    targets.push(
      `| demo check < 0.35 s | ${fmt(demoRow.wall)} s | ${demoRow.wall < 0.35 ? 'met' : 'missed'} |`,
    );
    const lines = [
      `labour-check bench ${report.date}: ${data.hoursRows.toLocaleString('en')} hours rows, ${employees.toLocaleString('en')} employees, ${(data.bytes / 1e6).toFixed(0)} MB a data set; ${machine.cpus} cores (${machine.cpu}), load ${machine.load.join(' ')}, ${machine.node}; medians of ${runs} runs`,
      '',
      '| what | wall s | cpu s | peak RSS MB |',
      '|---|---|---|---|',
      ...results.map((r) => `| ${r.name} | ${fmt(r.wall)} | ${fmt(r.cpu)} | ${r.rssMb ?? '-'} |`),
      '',
      '| target | measured | |',
      '|---|---|---|',
      ...targets,
      '',
      `full / parse-only (finding-light): ${fmt(ratios.full_over_parse_only)}`,
      `--version minus node -e 0: ${fmt(ratios.version_minus_node_ms, 0)} ms`,
    ];
    if (!haveMlr) lines.push('Miller: not installed (apt-get install -y miller)');
    if (noDuckdb !== undefined)
      lines.push(`DuckDB: not available (${noDuckdb}): npm ci installs @duckdb/node-api`);
    if (spill?.note) lines.push(`spill path: ${spill.note}`);
    for (const r of sets) if (r.jobs?.note) lines.push(`--jobs 1, finding-${r.set}: ${r.jobs.note}`);
    if (!haveTime) lines.push('(CPU and RSS need GNU time: apt-get install -y time)');
    if (profile)
      lines.push(
        '',
        'profile of the full check on one thread, finding-light (node --cpu-prof):',
        printSummary(profile),
      );
    console.log(lines.join('\n'));
    const outDir = join(ROOT, '.bench');
    mkdirSync(outDir, { recursive: true });
    const outFile = join(
      outDir,
      `latest-${rows === 1_000_000 ? '1m' : rows === 10_000_000 ? '10m' : `${rows}-rows`}.json`,
    );
    writeFileSync(outFile, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`\nwritten: ${outFile}`);
  } finally {
    if (!flag('--keep')) rmSync(base, { recursive: true, force: true });
    else process.stderr.write(`data kept in ${base}\n`);
  }
}

main();
