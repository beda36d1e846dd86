import { writeFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { UserError } from '../errors.js';
import type { Result } from '../findings/result.js';
import { toolVersion } from '../version.js';

const FAIL_ON = ['critical', 'error', 'warning', 'never'] as const;
type FailOn = (typeof FAIL_ON)[number];
const RANK: Record<string, number> = { critical: 3, error: 2, warning: 1, info: 0 };

/** Exit code per semantics.md 6: 1 when a finding is at or above --fail-on. */
export function exitCode(r: Result, failOn: FailOn): 0 | 1 {
  if (failOn === 'never') return 0;
  return r.findings.some((f) => RANK[f.severity] >= RANK[failOn]) ? 1 : 0;
}

function emit(out: string, file: string | undefined): void {
  if (file) writeFileSync(file, out);
  else process.stdout.write(out);
}

export function program(): Command {
  const p = new Command('labour-check')
    .description("Checks payroll and working-hours files against Thailand's Labour Protection Act B.E. 2541")
    .version(toolVersion(), '-V, --version')
    .showHelpAfterError('(run labour-check --help for usage)')
    .exitOverride();

  p.command('check')
    .description(
      'check employees.csv, hours.csv and payroll.csv and report every violation and the money owed',
    )
    .argument('[dir]', 'folder with employees.csv, hours.csv, payroll.csv (any may be absent)')
    .option('--employees <file>', 'employees file')
    .option('--hours <file>', 'hours file (one row per stretch of work)')
    .option('--payroll <file>', 'payroll file (one row per pay period)')
    .addOption(new Option('--format <format>', 'report format').choices(['text', 'json']).default('text'))
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('--as-of <date>', 'date interest is counted to, YYYY-MM-DD (default: today in Bangkok)')
    .addOption(
      new Option('--fail-on <severity>', 'exit 1 when a finding is at or above')
        .choices(FAIL_ON)
        .default('error'),
    )
    .option('--rules <dir>', 'rule pack folder (default: the bundled th-lpa pack)')
    .option('--wilful', 'add the s.9 para 2 surcharge for wilful default (15% per 7 days)')
    .addOption(
      new Option('--week-start <day>', 'first day of the work week')
        .choices(['monday', 'sunday', 'saturday'])
        .default('monday'),
    )
    .addOption(new Option('--lang <lang>', 'language of the text report').choices(['en', 'th']).default('en'))
    .option('-q, --quiet', 'no progress bar or notes on stderr')
    .addHelpText(
      'after',
      `
Examples:
  labour-check check examples/demo-factory
  labour-check check submission/ --format json --as-of 2025-10-31 -o report.json
  labour-check check --employees staff.csv --payroll pay.csv --fail-on critical

Exit codes: 0 no finding at or above --fail-on, 1 such findings, 2 usage error or unreadable input.`,
    )
    .action(async (dir: string | undefined, o) => {
      const weekStart = { monday: 0, saturday: 5, sunday: 6 }[o.weekStart as string] ?? 0;
      // Loaded here, not at the top: `--version` and `--help` stay as quick as node itself.
      const [{ check }, { json }, { text }, { progress }] = await Promise.all([
        import('../api.js'),
        import('../report/json.js'),
        import('../report/text.js'),
        import('./progress.js'),
      ]);
      const bar = await progress({ quiet: !!o.quiet });
      let result: Result;
      try {
        result = check(
          {
            dir,
            employees: o.employees,
            hours: o.hours,
            payroll: o.payroll,
            asOf: o.asOf,
            rules: o.rules,
            wilful: !!o.wilful,
            weekStart,
          },
          bar.hooks,
        );
      } finally {
        bar.stop();
      }
      const color = !o.output && process.stdout.isTTY === true && !process.env.NO_COLOR;
      emit(o.format === 'json' ? json(result) : text(result, { color, lang: o.lang }), o.output);
      process.exitCode = exitCode(result, o.failOn);
    });
  return p;
}

export async function main(argv: string[]): Promise<number> {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  try {
    await program().parseAsync(argv);
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
