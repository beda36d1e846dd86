import { Command, CommanderError, Option } from 'commander';
import { validAsOf } from '../api.js';
import { UserError } from '../errors.js';
import { loadPack } from '../pack/load.js';
import { FILE_KINDS, type FileKind } from '../parse/records.js';
import { screenCommand } from '../screen/options.js';
import { toolVersion } from '../version.js';
import { batchCommand } from './batch-command.js';
import { checkCommand } from './check-command.js';
import { emit, examples, inputFlags, inputsOf, langOption, reportLang } from './options.js';
import { refuseOverwrite } from './output.js';

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

  checkCommand(inputFlags(p.command('check')), argv);

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
