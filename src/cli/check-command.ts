import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { type Command, Option } from 'commander';
import { inputOptions, resolveInputs, runCheck, validAsOf } from '../api.js';
import { WEEKDAYS } from '../base/calendar.js';
import { UserError } from '../errors.js';
import { applyBaseline, loadBaseline } from '../findings/baseline.js';
import { type Printable, pseudonym, publish, redactKey, redactor } from '../findings/redact.js';
import type { Result } from '../findings/result.js';
import { loadPack } from '../pack/load.js';
import { loadProfile, loadProfileSchema } from '../parse/profile.js';
import type { ReportOptions } from '../report/common.js';
import { FAIL_ON, type FailOn, failsOn } from '../report/common.js';
import { FILE_NAME, FORMATS, type Format } from '../report/formats.js';
import { json, jsonChunksOfLines } from '../report/json.js';
import { jsonlLines, jsonlLinesOfLines } from '../report/jsonl.js';
import { ruleInfo } from '../report/rules.js';
import { materialize, type RunOutcome } from '../run/outcome.js';
import { emit, examples, inputsOf, langOption, parseFormats, reportLang } from './options.js';
import { makeOutputDir, refuseOverwrite, writeLines, writeOutput } from './output.js';
import { progress } from './progress.js';

// `labour-check check`: its options, and the reports it writes.

const MAX_JOBS = 64;

/** `--jobs auto`: a thread for each CPU the machine lets this process use. */
const autoJobs = () => Math.min(MAX_JOBS, availableParallelism());

function jobCount(v: string): number {
  if (v.trim() === 'auto') return autoJobs();
  const n = Number(v);
  if (!/^\d+$/.test(v.trim()) || n < 1 || n > MAX_JOBS)
    throw new UserError(`--jobs: "${v}" is not auto or a whole number of threads from 1 to ${MAX_JOBS}`);
  return n;
}

/**
 * Exit code: 1 when a finding is at or above --fail-on. Signs of forced labour count only with
 * `--fail-on signal`, which also keeps the default (error and above).
 */
export function exitCode(r: Result, failOn: FailOn): 0 | 1 {
  if (failOn === 'signal' && (r.signals?.raised.length ?? 0) > 0) return 1;
  return r.findings.some((f) => failsOn(f.severity, failOn)) ? 1 : 0;
}

/** The same from the summary's counts, for a run whose findings were written as they came. */
function exitCodeOf(r: Result, failOn: FailOn): 0 | 1 {
  if (failOn === 'signal' && (r.signals?.raised.length ?? 0) > 0) return 1;
  const by = r.summary.by_severity;
  return (Object.keys(by) as (keyof typeof by)[]).some((s) => by[s] > 0 && failsOn(s, failOn)) ? 1 : 0;
}

/** A report in one format; JSON Lines are written line by line as they are made. */
async function emitReport(
  f: Format,
  r: Printable,
  o: ReportOptions & { color?: boolean },
  file: string | undefined,
): Promise<void> {
  if (f === 'jsonl') await writeLines(file, jsonlLines(r));
  // The other reporters are loaded only when one is asked for.
  else if (f === 'json') emit(json(r), file);
  else emit((await import('../report/index.js')).render(f, r, o), file);
}

/**
 * A report of an outcome, one employee's findings at a time: JSON and JSON Lines as the run
 * wrote them (or redacted one by one), every other format from the findings read back one
 * employee at a time.
 */
async function streamedReport(
  f: Format,
  printable: Printable,
  outcome: RunOutcome,
  r: ReturnType<typeof redactor> | undefined,
  o: ReportOptions & { color?: boolean },
): Promise<Iterable<string | Uint8Array>> {
  // Hours series kept outside the result (a large run's) are read back one employee at a time.
  const hours = outcome.series?.list(r?.id);
  if (f === 'json' || f === 'jsonl') {
    const lines = r ? outcome.redactedLines(r) : outcome.lines();
    return f === 'json'
      ? jsonChunksOfLines(printable, lines, hours)
      : jsonlLinesOfLines(printable, lines, hours);
  }
  const each = (outline?: boolean) =>
    r ? outcome.byEmployee(outline ? r.outline : r.finding, r.id) : outcome.byEmployee((x) => x);
  // Text a format keeps to write later (JUnit's testcases) goes to a temporary file.
  const { TextSpool } = await import('../run/spool.js');
  const hoursOf = f === 'html' ? outcome.series?.lookup(r?.id) : undefined;
  return (await import('../report/streamed.js')).reportParts(
    f,
    printable,
    each,
    o,
    () => new TextSpool(),
    hoursOf,
  );
}

/** `check`: the options, and the action that runs the check and writes its reports. */
export function checkCommand(c: Command, argv: readonly string[]): Command {
  return (
    c
      .description(
        'check employees.csv, hours.csv and payroll.csv and report every violation and the money owed',
      )
      .argument(
        '[dir]',
        'folder with employees.csv, hours.csv, payroll.csv, holidays.csv (any may be absent)',
      )
      .option('--employees <file>', 'employees file')
      .option('--hours <file>', 'hours file (one row per stretch of work)')
      .option('--payroll <file>', 'payroll file (one row per pay period)')
      .option('--holidays <file>', "the employer's announced traditional holidays (date, name; s.29)")
      .option(
        '--format <formats>',
        `report format, or several joined by commas with --output-dir: ${FORMATS.join(', ')}`,
        'text',
      )
      .option('-o, --output <file>', 'write the report to a file instead of stdout')
      .option(
        '--output-dir <dir>',
        'write each format to DIR/report.<ext> (github annotations still go to stdout)',
      )
      .option('--as-of <date>', 'date interest is counted to, YYYY-MM-DD (default: today in Bangkok)')
      .addOption(
        new Option(
          '--fail-on <severity>',
          'exit 1 when a finding is at or above (signal: also when a sign of forced labour is raised)',
        )
          .choices(FAIL_ON)
          .default('error'),
      )
      .option('--rules <dir>', 'rule pack folder (default: the bundled th-lpa pack)')
      .option(
        '--wilful',
        'add the s.9 para 2 surcharge for wilful default (rate and period from the rule pack)',
      )
      .addOption(
        new Option('--week-start <day>', 'first day of the work week')
          .choices([...WEEKDAYS])
          .default('monday'),
      )
      .addOption(langOption('language of the human-readable formats'))
      .option('--be-dates', 'show dates in Buddhist era (B.E.) in the human-readable formats')
      .option(
        '--establishment <name>',
        "the establishment checked, named in the header of the HTML report (default: the --map profile's establishment)",
      )
      .option('-q, --quiet', 'no progress bar or notes on stderr')
      .option(
        '--jobs <n>',
        'threads for a large hours file: one reads and parses it, the others evaluate employees; auto (the default) is one per CPU, 1 does all on one thread (docs/speed.md)',
        jobCount,
      )
      .option(
        '--redact',
        'names to initials, national IDs masked but the last 4 digits, employee ids to keyed pseudonyms',
      )
      .option(
        '--redact-key <key>',
        'key for the pseudonyms (implies --redact; the same key gives the same pseudonyms)',
      )
      .option('--redact-key-file <file>', 'read the pseudonym key from a file (implies --redact)')
      .option(
        '--waivers <file>',
        'waivers YAML: findings to set aside, each with a reason, legal reference and expiry',
      )
      .option('--baseline <file>', 'an earlier JSON report: report only findings it does not record')
      .option(
        '--bundle <dir>',
        'write an evidence bundle: report.json, report.html, input hashes, parameters, command line',
      )
      // batch reads each employer's totals from here (counts and sums only, nothing from a cell).
      .addOption(new Option('--totals-file <file>').hideHelp())
      .addHelpText(
        'after',
        examples(
          [
            'labour-check check examples/demo-factory',
            'labour-check check submission/ --format json --as-of 2025-10-31 -o report.json',
            'labour-check check --employees staff.csv --payroll pay.csv --fail-on critical',
            'labour-check check --employees staff.xlsx --hours 1_attlog.dat --payroll pay.csv --map profile.yaml',
            'labour-check check submission/ --format json,sarif,html --output-dir out/ --lang th --be-dates',
            'labour-check check submission/ --redact --redact-key-file key.txt --format csv -o shared.csv',
            'labour-check check submission/ --rules rules/eti-base-code --waivers waivers.yaml',
          ],
          '0 no finding at or above --fail-on, 1 such findings, 2 usage error or unreadable input.',
        ),
      )
      .action(async (dir: string | undefined, o) => {
        const formats = parseFormats(o.format);
        if (o.output && o.outputDir) throw new UserError('give --output or --output-dir, not both');
        if (formats.length > 1 && !o.outputDir)
          throw new UserError(`--format ${formats.join(',')}: several formats need --output-dir`);
        const weekStart = WEEKDAYS.indexOf(o.weekStart);
        const asOf = validAsOf(o.asOf);
        // Everything the user named is read before the check runs, so a typo fails fast.
        const files = resolveInputs({
          dir,
          employees: o.employees,
          hours: o.hours,
          payroll: o.payroll,
          holidays: o.holidays,
        });
        const pack = loadPack(o.rules);
        // A profile's schema and the waivers (zod, both) are loaded only when asked for.
        if (o.map) await loadProfileSchema();
        inputOptions(inputsOf(o)); // a bad --map or --encoding fails before anything is read
        const waiving = o.waivers ? await import('../findings/waivers.js') : undefined;
        const waivers = waiving?.loadWaivers(o.waivers);
        if (waivers) waiving!.checkWaiverRules(waivers, pack.id, new Set(pack.rules.map((r) => r.id)));
        const baseline = o.baseline ? loadBaseline(o.baseline) : undefined;
        const read = [...Object.values(files), o.map, o.waivers, o.baseline, o.redactKeyFile];
        if (o.output) refuseOverwrite(o.output, read);
        if (o.outputDir)
          for (const f of formats) if (FILE_NAME[f]) refuseOverwrite(join(o.outputDir, FILE_NAME[f]!), read);
        const redacting = !!(o.redact || o.redactKey !== undefined || o.redactKeyFile !== undefined);
        const rk = redacting ? redactKey({ key: o.redactKey, keyFile: o.redactKeyFile }) : undefined;

        const bar = await progress({ quiet: !!o.quiet, redact: redacting });
        let outcome: RunOutcome;
        try {
          outcome = await runCheck(
            files,
            pack,
            {
              ...inputsOf(o),
              // Headers and sheets in warnings, rejections and errors said by position.
              redact: redacting,
              asOf,
              wilful: !!o.wilful,
              weekStart,
              hoursSeries: formats.includes('html') || o.bundle !== undefined,
              jobs: o.jobs ?? autoJobs(),
            },
            bar.hooks,
          );
        } finally {
          bar.stop();
        }
        const establishment: string | undefined =
          o.establishment ?? (o.map ? loadProfile(o.map).establishment : undefined);
        const ro = {
          lang: reportLang(o.lang, !!o.quiet),
          beDates: !!o.beDates,
          rules: ruleInfo(pack),
          failOn: o.failOn as FailOn,
          establishment,
        };
        const targets = o.outputDir
          ? formats.map((f) => ({ f, file: FILE_NAME[f] ? join(o.outputDir, FILE_NAME[f]!) : undefined }))
          : [{ f: formats[0], file: o.output as string | undefined }];
        let printable: Printable;
        try {
          // Every report is written one employee's findings at a time, straight from the run;
          // waivers, a baseline and a bundle need the findings whole.
          if (!waivers && !baseline && o.bundle === undefined) {
            const r = rk ? redactor(outcome.head, rk) : undefined;
            printable = r ? r.result : publish(outcome.head);
            if (o.outputDir) makeOutputDir(o.outputDir);
            for (const t of targets) {
              const color =
                !o.outputDir && !o.output && process.stdout.isTTY === true && !process.env.NO_COLOR;
              await writeLines(t.file, await streamedReport(t.f, printable, outcome, r, { ...ro, color }));
            }
            process.exitCode = exitCodeOf(printable, o.failOn);
          } else {
            let result = materialize(outcome);
            if (waivers)
              result = waiving!.applyWaivers(result, waivers, new Set(pack.rules.map((r) => r.id)));
            if (baseline)
              result = applyBaseline(result, baseline, rk ? (id) => pseudonym(rk.key, id) : undefined);
            // The one gate to the reporters: every format and the bundle print `printable`.
            printable = publish(result, rk);
            if (o.outputDir) makeOutputDir(o.outputDir);
            for (const t of targets) {
              const color =
                !o.outputDir && !o.output && process.stdout.isTTY === true && !process.env.NO_COLOR;
              await emitReport(t.f, printable, { ...ro, color }, t.file);
            }
            if (o.bundle !== undefined) {
              const { writeBundle } = await import('./bundle.js');
              writeBundle(o.bundle, {
                result: printable,
                pack,
                report: ro,
                argv: argv.slice(2),
                asOfGiven: o.asOf !== undefined,
                paths: files,
                files: [
                  ...(waivers ? [{ role: 'waivers', file: waivers.file }] : []),
                  ...(baseline ? [{ role: 'baseline', file: baseline.file }] : []),
                ],
                weekStart: o.weekStart,
              });
            }
            process.exitCode = exitCode(result, o.failOn);
          }
        } finally {
          outcome.dispose();
        }
        // Say where the reports went: nothing else tells a user of --output-dir.
        const written = targets.flatMap((t) => (t.file ? [t.file] : []));
        if (o.outputDir && !o.quiet && written.length)
          process.stderr.write(`labour-check: wrote ${written.join(', ')}\n`);
        if (o.totalsFile !== undefined) writeOutput(o.totalsFile, `${JSON.stringify(printable.summary)}\n`);
        // Said last: a run that fails with exit 2 prints its one error line and nothing else.
        for (const n of bar.notes()) process.stderr.write(`labour-check: ${n}\n`);
        if (rk?.source === 'random') {
          process.stderr.write(
            'labour-check: --redact without --redact-key(-file): pseudonyms use a one-time random key and will differ from any other report\n',
          );
        }
      })
  );
}
