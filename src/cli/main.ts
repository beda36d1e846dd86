import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { inputOptions, resolveInputs, runCheck, validAsOf } from '../api.js';
import { WEEKDAYS } from '../base/calendar.js';
import { UserError } from '../errors.js';
import { applyBaseline, loadBaseline } from '../findings/baseline.js';
import { type Printable, pseudonym, publish, redactKey, redactor } from '../findings/redact.js';
import type { Result } from '../findings/result.js';
import { loadPack } from '../pack/load.js';
import { loadProfile, loadProfileSchema } from '../parse/profile.js';
import { FILE_KINDS, type FileKind } from '../parse/records.js';
import type { ReportOptions } from '../report/common.js';
import { FAIL_ON, type FailOn, failsOn, type Lang } from '../report/common.js';
import { FILE_NAME, FORMATS, type Format } from '../report/formats.js';
import { json, jsonChunksOfLines } from '../report/json.js';
import { jsonlLines, jsonlLinesOfLines } from '../report/jsonl.js';
import { ruleInfo } from '../report/rules.js';
import { materialize, type RunOutcome } from '../run/outcome.js';
import { catalogueLanguage, catalogueLanguages } from '../screen/languages.js';
import { screenCommand } from '../screen/options.js';
import { toolVersion } from '../version.js';
import { batchCommand } from './batch-command.js';
import { makeOutputDir, refuseOverwrite, writeLines, writeOutput } from './output.js';
import { progress } from './progress.js';

/**
 * The language of a check's reports: every language of the catalogue is accepted; one the
 * reports have no words in yet is shown in English, and said so.
 */
function reportLang(lang: string, quiet: boolean): Lang {
  if (lang === 'en' || lang === 'th') return lang;
  if (!quiet)
    process.stderr.write(
      `labour-check: --lang ${lang}: the check's reports are not yet in this language; English is used\n`,
    );
  return 'en';
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

function emit(out: string, file: string | undefined): void {
  if (file) writeOutput(file, out);
  else process.stdout.write(out);
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

/** `--lang`, one list of languages from the message catalogue for every command. */
function langOption(what: string): Option {
  return new Option('--lang <lang>', `${what}: ${catalogueLanguages().join(', ')}`)
    .argParser(catalogueLanguage)
    .default('en');
}

/** The examples and exit codes shown after a command's options in its --help. */
function examples(lines: string[], exits: string): string {
  return `\nExamples:\n${lines.map((l) => `  ${l}`).join('\n')}\n\nExit codes: ${exits}`;
}

/** The same format under the name another command uses (`screen --format md`). */
const FORMAT_ALIASES: Record<string, Format> = { md: 'markdown' };

/** "json,sarif,html" -> the formats, each known, none twice. */
export function parseFormats(list: string): Format[] {
  const names = list
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean)
    .map((n) => FORMAT_ALIASES[n] ?? n);
  if (names.length === 0) throw new UserError('--format: no format given');
  for (const n of names) {
    if (!(FORMATS as readonly string[]).includes(n))
      throw new UserError(
        `--format: unknown format "${n}" (one or more of ${FORMATS.join(', ')}; md is markdown)`,
      );
  }
  return [...new Set(names)] as Format[];
}

/** Options on how to read real-world files, shared by check and validate. */
function inputFlags(c: Command): Command {
  return c
    .option(
      '--map <profile>',
      'mapping profile (YAML) for files in other layouts (see labour-check map --init)',
    )
    .option(
      '--encoding <name>',
      'text encoding of the input files, overriding detection (e.g. windows-874, utf-8)',
    )
    .option('--sheet <name>', 'worksheet of an .xlsx file (default: the first)')
    .addOption(
      new Option('--two-digit-years <era>', 'read two-digit years as Buddhist era or C.E.').choices([
        'be',
        'ce',
      ]),
    )
    .option('--merge-minutes <n>', 'clock logs: merge punches this close as one re-read (default 3)', minutes)
    .option(
      '--day-starts <HH:MM>',
      "clock logs: the time a work day starts, for pairing punches without usable in/out states and for dating night shifts (default: each employee's longest daily gap between punches)",
      timeOfDay,
    );
}

function timeOfDay(v: string): number {
  const m = /^(\d{1,2}):(\d{2})$/.exec(v.trim());
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59)
    throw new UserError(`--day-starts: "${v}" is not a time of day HH:MM (00:00 to 23:59)`);
  return Number(m[1]) * 60 + Number(m[2]);
}

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

function minutes(v: string): number {
  const n = Number(v);
  if (v.trim() === '' || !Number.isFinite(n) || n < 0 || n > 60) {
    throw new UserError(`--merge-minutes: "${v}" is not a number of minutes from 0 to 60`);
  }
  return n;
}

const inputsOf = (o: Record<string, unknown>) => ({
  map: o.map as string | undefined,
  encoding: o.encoding as string | undefined,
  sheet: o.sheet as string | undefined,
  twoDigitYears: o.twoDigitYears as 'be' | 'ce' | undefined,
  mergeMinutes: o.mergeMinutes as number | undefined,
  dayStarts: o.dayStarts as number | undefined,
});

/**
 * The command line; `argv` (node, script, arguments) is recorded in an evidence bundle.
 * Commander's own error text goes to `usageError` rather than stderr, so that main can print
 * it as the one line an exit 2 allows.
 */
export function program(
  argv: readonly string[] = process.argv,
  usageError: (text: string) => void = () => {},
): Command {
  const p = new Command('labour-check')
    .description("Checks payroll and working-hours files against Thailand's Labour Protection Act B.E. 2541")
    .version(toolVersion(), '-V, --version')
    .configureOutput({ outputError: usageError, writeErr: usageError })
    .exitOverride()
    .addHelpText(
      'after',
      examples(
        [
          'labour-check check examples/demo-factory --as-of 2025-10-31',
          'labour-check validate examples/time-clock',
          'labour-check screen examples/accounts/bangkok-9000.yaml --format html -o packet.html',
          'labour-check rules list --lang th',
          'labour-check wage Bangkok --date 2025-07-01',
          "labour-check COMMAND --help      (each command's options, examples and exit codes)",
        ],
        '0 clean (check: no finding at or above --fail-on), 1 findings (validate: rejected rows), 2 usage error or unreadable input (one line on stderr).',
      ),
    );

  inputFlags(p.command('check'))
    .description(
      'check employees.csv, hours.csv and payroll.csv and report every violation and the money owed',
    )
    .argument('[dir]', 'folder with employees.csv, hours.csv, payroll.csv, holidays.csv (any may be absent)')
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
      new Option('--week-start <day>', 'first day of the work week').choices([...WEEKDAYS]).default('monday'),
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
            const color = !o.outputDir && !o.output && process.stdout.isTTY === true && !process.env.NO_COLOR;
            await writeLines(t.file, await streamedReport(t.f, printable, outcome, r, { ...ro, color }));
          }
          process.exitCode = exitCodeOf(printable, o.failOn);
        } else {
          let result = materialize(outcome);
          if (waivers) result = waiving!.applyWaivers(result, waivers, new Set(pack.rules.map((r) => r.id)));
          if (baseline)
            result = applyBaseline(result, baseline, rk ? (id) => pseudonym(rk.key, id) : undefined);
          // The one gate to the reporters: every format and the bundle print `printable`.
          printable = publish(result, rk);
          if (o.outputDir) makeOutputDir(o.outputDir);
          for (const t of targets) {
            const color = !o.outputDir && !o.output && process.stdout.isTTY === true && !process.env.NO_COLOR;
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
    });

  inputFlags(
    p
      .command('validate')
      .description(
        'read and map input files only: how each was read, its column mapping, rows read / used / rejected and every rejection',
      )
      .argument(
        '<paths...>',
        "a folder (as for check) or files; a file's kind comes from its name or its header",
      )
      .addOption(new Option('--kind <kind>', 'read every file named as this kind').choices(FILE_KINDS))
      .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
      .option(
        '--as-of <date>',
        'rows dated after it are rejected, as check rejects them, YYYY-MM-DD (default: today in Bangkok)',
      ),
  )
    .addHelpText(
      'after',
      examples(
        [
          'labour-check validate examples/thai-excel',
          'labour-check validate staff.xlsx 1_attlog.dat pay.csv --format json',
          'labour-check validate export.csv --kind hours --map profile.yaml',
          'labour-check validate submission/ --as-of 2025-10-31',
        ],
        '0 every row used, 1 some rows rejected, 2 a file that cannot be read or mapped.',
      ),
    )
    .action(async (paths: string[], o) => {
      // Commands other than check load their modules when they run (start-up, docs/speed.md).
      const { validate } = await import('../validate.js');
      const { validationText } = await import('./validate-text.js');
      const asOf = validAsOf(o.asOf);
      const report = await validate(paths, { ...inputsOf(o), kind: o.kind as FileKind | undefined, asOf });
      process.stdout.write(
        o.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : validationText(report),
      );
      const unreadable = report.files.filter((f) => f.error);
      if (unreadable.length) {
        // Exit 2 says why on stderr in one line, as every other command does; the report has them all.
        const more = unreadable.length > 1 ? ` (and ${unreadable.length - 1} other file(s))` : '';
        process.stderr.write(`labour-check: ${oneLine(unreadable[0].error!)}${more}\n`);
      }
      process.exitCode = report.exit_code;
    });

  p.command('map')
    .description("write a starting mapping profile (YAML) from a file's header, with the guesses made")
    .requiredOption('--init <file>', 'the file whose layout to map')
    .addOption(
      new Option('--kind <kind>', 'what the file is (default: from its name or header)').choices(FILE_KINDS),
    )
    .option('--encoding <name>', 'text encoding, overriding detection')
    .option('--sheet <name>', 'worksheet of an .xlsx file (default: the first)')
    .option('-o, --output <file>', 'write the profile to a file instead of stdout')
    .addHelpText(
      'after',
      examples(
        [
          'labour-check map --init examples/thai-excel/payroll.xlsx -o profile.yaml',
          'labour-check map --init export.csv --kind hours --encoding windows-874',
          'labour-check check submission/ --map profile.yaml',
        ],
        '0 profile written, 2 usage error, or a file that cannot be read or whose kind cannot be told.',
      ),
    )
    .action(async (o) => {
      const file = o.init as string;
      if (o.output) refuseOverwrite(o.output, [file]);
      const { readGrid } = await import('../read/table.js');
      const { kindOfName } = await import('../validate.js');
      const { guessKind, inspectHeader } = await import('../parse/ingest.js');
      const { initProfile } = await import('../parse/profile-init.js');
      const grid = await readGrid(file, { encoding: o.encoding, sheet: o.sheet });
      const kind = (o.kind as FileKind | undefined) ?? kindOfName(file) ?? guessKind(grid)?.kind;
      if (!kind)
        throw new UserError(
          `${file}: cannot tell whether this is an employees, hours, payroll or holidays file: give --kind`,
        );
      const command = `labour-check map --init ${file}${o.kind ? ` --kind ${o.kind}` : ''}`;
      emit(initProfile(grid, inspectHeader(grid, kind), command), o.output);
    });

  batchCommand(inputFlags(p.command('batch')));

  screenCommand(p.command('screen'));

  const rules = p
    .command('rules')
    .description('list, explain and test the rules of a rule pack')
    .addHelpText(
      'after',
      examples(
        [
          'labour-check rules list --lang th',
          'labour-check rules explain lpa-90-minimum-wage --date 2025-07-01',
          'labour-check rules test --rules rules/eti-base-code',
        ],
        '0 done (rules test: every case passes), 1 a case of rules test fails, 2 usage error, an unknown rule or an invalid rule pack.',
      ),
    );
  rules
    .command('list')
    .description('every rule: id, section, severity, title')
    .option('--rules <dir>', 'rule pack folder (default: the bundled th-lpa pack)')
    .addOption(langOption('language'))
    .addHelpText(
      'after',
      examples(
        ['labour-check rules list', 'labour-check rules list --lang th --rules rules/eti-base-code'],
        '0 listed, 2 usage error or an invalid rule pack.',
      ),
    )
    .action(async (o) => {
      const { listRules } = await import('./rules.js');
      emit(listRules(loadPack(o.rules), reportLang(o.lang, false)), undefined);
    });
  rules
    .command('explain')
    .description(
      'a rule: citation, parameters in force on a date with sources, interpretation notes, an example',
    )
    .argument('<id>', 'rule id or alias, or a pack parameter (its history)')
    .option('--date <date>', 'date the parameters are shown for (default: today)')
    .option('--rules <dir>', 'rule pack folder')
    .addOption(langOption('language'))
    .addHelpText(
      'after',
      examples(
        [
          'labour-check rules explain lpa-90-minimum-wage --date 2025-07-01',
          'labour-check rules explain lpa-61-overtime-pay --lang th',
        ],
        '0 explained, 2 usage error, a rule the pack does not have, or an invalid rule pack.',
      ),
    )
    .action(async (id: string, o) => {
      const { explainRule } = await import('./rules.js');
      emit(explainRule(loadPack(o.rules), id, o.date, reportLang(o.lang, false)), undefined);
    });
  rules
    .command('test')
    .description("run a rule pack's valid and invalid cases")
    .argument('[dir]', 'rule pack folder (default: the bundled th-lpa pack); the same as --rules')
    .option('--rules <dir>', 'rule pack folder, as for check')
    .addHelpText(
      'after',
      examples(
        [
          'labour-check rules test',
          'labour-check rules test --rules rules/eti-base-code',
          'labour-check rules test my-pack/',
        ],
        '0 every case passes, 1 a case fails, 2 usage error or an invalid rule pack.',
      ),
    )
    .action(async (dir: string | undefined, o) => {
      if (dir !== undefined && o.rules !== undefined && dir !== o.rules)
        throw new UserError(`rules test: two rule packs given (${dir} and --rules ${o.rules}): give one`);
      const { testRules } = await import('./rules.js');
      const r = testRules(loadPack(o.rules ?? dir));
      emit(r.text, undefined);
      process.exitCode = r.failed ? 1 : 0;
    });
  p.command('wage')
    .description('the minimum wage that applies on a date, and why')
    .argument('<province>', 'province: English or Thai name, or DOPA code')
    .option('--date <date>', 'YYYY-MM-DD (default: today)')
    .option('--district <name>', 'workplace district (district rates: Mueang Chiang Mai, Hat Yai, Ko Samui)')
    .option('--sector <sector>', 'hotel, hotel_4star_50plus, entertainment, ...')
    .option('--rules <dir>', 'rule pack folder')
    .addHelpText(
      'after',
      examples(
        [
          'labour-check wage Bangkok --date 2025-07-01',
          'labour-check wage เชียงใหม่ --district "Mueang Chiang Mai"',
          'labour-check wage 83 --sector hotel',
        ],
        '0 shown, 2 usage error, a province that is not known, or a date with no minimum wage in force.',
      ),
    )
    .action(async (province: string, o) => {
      const { explainWage } = await import('./rules.js');
      emit(explainWage(loadPack(o.rules), province, o), undefined);
    });
  return p;
}

/** The one line of an exit 2: a user error or commander's usage text, folded onto one line. */
export function oneLine(text: string): string {
  return text
    .replace(/^error:\s*/i, '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .join(' ');
}

/**
 * An error nobody foresaw still ends with exit 2 and one line. Its message is not printed: it
 * can quote an input cell or a path (a regular expression built from employee ids did once).
 */
export function internalErrorLine(e: unknown): string {
  const name = e instanceof Error ? e.name : typeof e;
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  return `internal error (${name}${typeof code === 'string' ? ` ${code}` : ''}): the input could not be processed; please report this with the command used`;
}

/** A reader that stops early (`| head`) ends the run quietly with the code so far. */
function onStdoutError(e: NodeJS.ErrnoException): void {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
}

export async function main(argv: string[]): Promise<number> {
  // Once per process, however often main runs (the tests run it in-process).
  if (!process.stdout.listeners('error').includes(onStdoutError)) process.stdout.on('error', onStdoutError);
  let usage = '';
  try {
    await program(argv, (text) => {
      usage += text;
    }).parseAsync(argv);
    return Number(process.exitCode ?? 0);
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end here with code 0.
      if (e.exitCode === 0) return 0;
      // Help asked for by a missing command is usage too: one line, not the whole help.
      const line =
        e.code === 'commander.help' || e.code === 'commander.executeSubCommandAsync'
          ? 'no command given'
          : oneLine(usage || e.message);
      process.stderr.write(`labour-check: ${line} (run labour-check --help for usage)\n`);
      return 2;
    }
    if (e instanceof UserError) {
      process.stderr.write(`labour-check: ${oneLine(e.message)}\n`);
      return 2;
    }
    process.stderr.write(`labour-check: ${internalErrorLine(e)}\n`);
    return 2;
  }
}
