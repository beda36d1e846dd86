import { type Command, Option } from 'commander';
import type { ScreenOptions } from './command.js';
import { catalogueLanguage, catalogueLanguages } from './languages.js';
import { PACKET_FORMATS } from './render.js';

// The options of `labour-check screen`; what it does is in command.ts.

/** Adds the options and action of `screen` to a command made by the CLI. */
export function screenCommand(cmd: Command): Command {
  return cmd
    .description(
      "screen a worker's own account (no payroll file) for likely violations, amounts owed and signs of forced labour",
    )
    .argument('[account]', 'the account as a YAML file (see examples/accounts/)')
    .option('-i, --interactive', 'ask the questions one by one')
    .option('--batch <accounts.csv>', 'screen a caseload: one account per row')
    .addOption(
      new Option(
        '--lang <code>',
        `language of questions and packets: ${catalogueLanguages().join(', ')} (the message files of rules/screen/lang)`,
      )
        .argParser(catalogueLanguage)
        .default('en'),
    )
    .addOption(
      new Option('--format <format>', 'packet format (markdown is md)')
        .choices([...PACKET_FORMATS, 'markdown'])
        .default('md'),
    )
    .option(
      '-o, --output <path>',
      'write the packet to a file (with --batch: a folder, one packet per worker and a summary)',
    )
    .option(
      '--as-of <date>',
      "screening date, YYYY-MM-DD (default: the account's interviewed_on, or today in Bangkok)",
    )
    .option('--no-redact', 'include names and notes in the packet (packets get shared: redacted by default)')
    .option(
      '--records <dir>',
      'also write the synthetic employees.csv, hours.csv, payroll.csv (likely estimate) for `labour-check check`',
    )
    .option(
      '--employer-records <dir>',
      "an employer's records (employees.csv, hours.csv, payroll.csv): add the signs of forced labour they show for this worker",
    )
    .option(
      '--worker <employee_id>',
      "with --employer-records: the worker's employee_id there (default: the employee with the account's name)",
    )
    .option('--save <file>', 'with --interactive: save the answers as an account YAML file')
    .addHelpText(
      'after',
      `
Examples:
  labour-check screen examples/accounts/bangkok-9000.yaml
  labour-check screen --interactive --lang th --save account.yaml
  labour-check screen --batch caseload.csv --format html -o packets/
  labour-check screen account.yaml --employer-records records/ --worker E011

Exit codes: 0 no likely violation, 1 likely violations found, 2 usage error or unreadable input.`,
    )
    .action(async (file: string | undefined, o: ScreenOptions) => {
      const format = (o.format as string) === 'markdown' ? 'md' : o.format;
      // The screen's modules are loaded only when it runs, not on every start of the CLI.
      const { runScreen } = await import('./command.js');
      process.exitCode = await runScreen(file, { ...o, format });
    });
}
