import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { checkFiles, inputOptions, resolveInputs, validAsOf } from '../api.js';
import { UserError } from '../errors.js';
import { WEEKDAYS } from '../facts/calendar.js';
import { applyBaseline, loadBaseline } from '../findings/baseline.js';
import { pseudonym, redact, redactKey } from '../findings/redact.js';
import type { Result } from '../findings/result.js';
import { applyWaivers, loadWaivers } from '../findings/waivers.js';
import { loadPack } from '../pack/load.js';
import { guessKind, inspectHeader } from '../parse/ingest.js';
import { loadProfile } from '../parse/profile.js';
import { initProfile } from '../parse/profile-init.js';
import { FILE_KINDS, type FileKind } from '../parse/records.js';
import { readGrid } from '../read/table.js';
import { FILE_NAME, FORMATS, type Format, render, ruleInfo } from '../report/index.js';
import { screenCommand } from '../screen/command.js';
import { kindOfName, validate } from '../validate.js';
import { toolVersion } from '../version.js';
import { writeBundle } from './bundle.js';
import { progress } from './progress.js';
import { explainRule, explainWage, listRules, testRules } from './rules.js';
import { validationText } from './validate-text.js';

const FAIL_ON = ['critical', 'error', 'warning', 'never'] as const;
type FailOn = (typeof FAIL_ON)[number];
const RANK: Record<string, number> = { critical: 3, error: 2, warning: 1, info: 0 };

/** Exit code per semantics.md 6: 1 when a finding is at or above --fail-on. */
export function exitCode(r: Result, failOn: FailOn): 0 | 1 {
  if (failOn === 'never') return 0;
  return r.findings.some((f) => RANK[f.severity] >= RANK[failOn]) ? 1 : 0;
}

function emit(out: string, file: string | undefined): void {
  if (file) {
    try {
      writeFileSync(file, out);
    } catch (e) {
      throw new UserError(`${file}: cannot write (${(e as NodeJS.ErrnoException).code ?? e})`);
    }
  } else process.stdout.write(out);
}

/** "json,sarif,html" -> the formats, each known, none twice. */
export function parseFormats(list: string): Format[] {
  const names = list
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  if (names.length === 0) throw new UserError('--format: no format given');
  for (const n of names) {
    if (!(FORMATS as readonly string[]).includes(n))
      throw new UserError(`--format: unknown format "${n}" (one or more of ${FORMATS.join(', ')})`);
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
    .option(
      '--merge-minutes <n>',
      'clock logs: merge punches this close as one re-read (default 3)',
      minutes,
    );
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
});

/** The command line; `argv` (node, script, arguments) is recorded in an evidence bundle. */
export function program(argv: readonly string[] = process.argv): Command {
  const p = new Command('labour-check')
    .description("Checks payroll and working-hours files against Thailand's Labour Protection Act B.E. 2541")
    .version(toolVersion(), '-V, --version')
    .showHelpAfterError('(run labour-check --help for usage)')
    .exitOverride();

  inputFlags(p.command('check'))
    .description(
      'check employees.csv, hours.csv and payroll.csv and report every violation and the money owed',
    )
    .argument('[dir]', 'folder with employees.csv, hours.csv, payroll.csv (any may be absent)')
    .option('--employees <file>', 'employees file')
    .option('--hours <file>', 'hours file (one row per stretch of work)')
    .option('--payroll <file>', 'payroll file (one row per pay period)')
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
      new Option('--fail-on <severity>', 'exit 1 when a finding is at or above')
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
    .addOption(
      new Option('--lang <lang>', 'language of the human-readable formats')
        .choices(['en', 'th'])
        .default('en'),
    )
    .option('--be-dates', 'show dates in Buddhist era (B.E.) in the human-readable formats')
    .option(
      '--establishment <name>',
      "the establishment checked, named in the header of the HTML report (default: the --map profile's establishment)",
    )
    .option('-q, --quiet', 'no progress bar or notes on stderr')
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
    .addHelpText(
      'after',
      `
Examples:
  labour-check check examples/demo-factory
  labour-check check submission/ --format json --as-of 2025-10-31 -o report.json
  labour-check check --employees staff.csv --payroll pay.csv --fail-on critical
  labour-check check --employees staff.xlsx --hours 1_attlog.dat --payroll pay.csv --map profile.yaml
  labour-check check submission/ --format json,sarif,html --output-dir out/ --lang th --be-dates
  labour-check check submission/ --redact --redact-key-file key.txt --format csv -o shared.csv

Exit codes: 0 no finding at or above --fail-on, 1 such findings, 2 usage error or unreadable input.`,
    )
    .action(async (dir: string | undefined, o) => {
      const formats = parseFormats(o.format);
      if (o.output && o.outputDir) throw new UserError('give --output or --output-dir, not both');
      if (formats.length > 1 && !o.outputDir)
        throw new UserError(`--format ${formats.join(',')}: several formats need --output-dir`);
      const weekStart = WEEKDAYS.indexOf(o.weekStart);
      const asOf = validAsOf(o.asOf);
      // Everything the user named is read before the check runs, so a typo fails fast.
      const files = resolveInputs({ dir, employees: o.employees, hours: o.hours, payroll: o.payroll });
      const pack = loadPack(o.rules);
      inputOptions(inputsOf(o)); // a bad --map or --encoding fails before anything is read
      const waivers = o.waivers ? loadWaivers(o.waivers) : undefined;
      const baseline = o.baseline ? loadBaseline(o.baseline) : undefined;
      const redacting = !!(o.redact || o.redactKey !== undefined || o.redactKeyFile !== undefined);
      const rk = redacting ? redactKey({ key: o.redactKey, keyFile: o.redactKeyFile }) : undefined;
      if (rk?.source === 'random') {
        process.stderr.write(
          'labour-check: --redact without --redact-key(-file): pseudonyms use a one-time random key and will differ from any other report\n',
        );
      }

      const bar = await progress({ quiet: !!o.quiet });
      let result: Result;
      try {
        result = await checkFiles(
          files,
          pack,
          {
            ...inputsOf(o),
            asOf,
            wilful: !!o.wilful,
            weekStart,
            hoursSeries: formats.includes('html') || o.bundle !== undefined,
          },
          bar.hooks,
        );
      } finally {
        bar.stop();
      }
      if (waivers) result = applyWaivers(result, waivers, new Set(pack.rules.map((r) => r.id)));
      if (baseline) result = applyBaseline(result, baseline, rk ? (id) => pseudonym(rk.key, id) : undefined);
      if (rk) result = redact(result, rk);

      const establishment: string | undefined =
        o.establishment ?? (o.map ? loadProfile(o.map).establishment : undefined);
      const ro = { lang: o.lang as 'en' | 'th', beDates: !!o.beDates, rules: ruleInfo(pack), establishment };
      if (o.outputDir) {
        try {
          mkdirSync(o.outputDir, { recursive: true });
        } catch (e) {
          throw new UserError(`${o.outputDir}: cannot create (${(e as NodeJS.ErrnoException).code ?? e})`);
        }
        for (const f of formats) {
          const name = FILE_NAME[f];
          emit(render(f, result, ro), name ? join(o.outputDir, name) : undefined);
        }
      } else {
        const color = !o.output && process.stdout.isTTY === true && !process.env.NO_COLOR;
        emit(render(formats[0], result, { ...ro, color }), o.output);
      }
      if (o.bundle !== undefined) {
        writeBundle(o.bundle, {
          result,
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
      .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text')),
  )
    .addHelpText(
      'after',
      '\nExit codes: 0 every row used, 1 some rows rejected, 2 a file that cannot be read or mapped.',
    )
    .action(async (paths: string[], o) => {
      const report = await validate(paths, { ...inputsOf(o), kind: o.kind as FileKind | undefined });
      process.stdout.write(
        o.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : validationText(report),
      );
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
    .action(async (o) => {
      const file = o.init as string;
      const grid = await readGrid(file, { encoding: o.encoding, sheet: o.sheet });
      const kind = (o.kind as FileKind | undefined) ?? kindOfName(file) ?? guessKind(grid)?.kind;
      if (!kind)
        throw new UserError(
          `${file}: cannot tell whether this is an employees, hours or payroll file: give --kind`,
        );
      const command = `labour-check map --init ${file}${o.kind ? ` --kind ${o.kind}` : ''}`;
      emit(initProfile(grid, inspectHeader(grid, kind), command), o.output);
    });

  screenCommand(p.command('screen'));

  const rules = p.command('rules').description('list, explain and test the rules of a rule pack');
  rules
    .command('list')
    .description('every rule: id, section, severity, title')
    .option('--rules <dir>', 'rule pack folder (default: the bundled th-lpa pack)')
    .addOption(new Option('--lang <lang>', 'language').choices(['en', 'th']).default('en'))
    .action((o) => emit(listRules(loadPack(o.rules), o.lang), undefined));
  rules
    .command('explain')
    .description(
      'a rule: citation, parameters in force on a date with sources, interpretation notes, an example',
    )
    .argument('<id>', 'rule id or alias')
    .option('--date <date>', 'date the parameters are shown for (default: today)')
    .option('--rules <dir>', 'rule pack folder')
    .addOption(new Option('--lang <lang>', 'language').choices(['en', 'th']).default('en'))
    .action((id: string, o) => emit(explainRule(loadPack(o.rules), id, o.date, o.lang), undefined));
  rules
    .command('test')
    .description("run a rule pack's valid and invalid cases")
    .argument('[dir]', 'rule pack folder (default: the bundled th-lpa pack)')
    .action((dir: string | undefined) => {
      const r = testRules(loadPack(dir));
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
      '\nExamples:\n  labour-check wage Bangkok --date 2025-07-01\n  labour-check wage เชียงใหม่ --district "Mueang Chiang Mai"\n  labour-check wage 83 --sector hotel',
    )
    .action((province: string, o) => emit(explainWage(loadPack(o.rules), province, o), undefined));
  return p;
}

export async function main(argv: string[]): Promise<number> {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  try {
    await program(argv).parseAsync(argv);
    return Number(process.exitCode ?? 0);
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end here with code 0; usage errors were printed by commander.
      return e.exitCode === 0 ? 0 : 2;
    }
    if (e instanceof UserError) {
      process.stderr.write(`labour-check: ${e.message}\n`);
      return 2;
    }
    process.stderr.write(`labour-check: internal error: ${(e as Error).stack ?? e}\n`);
    return 3;
  }
}
