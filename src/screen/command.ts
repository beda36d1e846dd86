import { join } from 'node:path';
import { type Command, Option } from 'commander';
import { stringify } from 'yaml';
import { todayInBangkok, validAsOf } from '../api.js';
import { makeOutputDir, refuseOverwrite, writeOutput } from '../cli/output.js';
import { UserError } from '../errors.js';
import { loadPack, type RulePack } from '../pack/load.js';
import { readTable } from '../read/table.js';
import { readUserYaml } from '../read/yaml.js';
import { type Account, type AnswerContext, accountFile, accountSchema } from './account.js';
import { issueText, packetFileName, renderBatch, renderSummary, screenBatch } from './batch.js';
import {
  catalogueLanguage,
  catalogueLanguages,
  loadScreenData,
  type Messages,
  messagesFor,
  type ScreenData,
} from './data.js';
import { inquirerPrompts, interview, type PromptContext, type Prompts } from './interview.js';
import { buildPacket } from './packet.js';
import { PACKET_FORMATS, type PacketFormat, renderPacket } from './render.js';
import { type Screen, screenAccount } from './screen.js';

// `labour-check screen`: a worker's account (a YAML file, an interview, or a caseload CSV)
// screened against the rule pack, written as claim packets.

export interface ScreenOptions {
  interactive?: boolean;
  batch?: string;
  lang: string;
  format: PacketFormat;
  output?: string;
  asOf?: string;
  redact: boolean;
  records?: string;
  save?: string;
}

export function answerContext(pack: RulePack, data: ScreenData): AnswerContext {
  return {
    unknownWords: data.unknownWords,
    purposes: Object.keys(data.purposes),
    isProvince: (t) => pack.wages?.province(t) !== undefined,
  };
}

/** Reads one account file (YAML or JSON), every answer checked; problems in the chosen language. */
export function readAccount(file: string, ctx: AnswerContext, m: Messages): Account {
  const raw = readUserYaml(file).data;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new UserError(`${file}: expected the answers of one account (field: value lines)`);
  const r = accountSchema(ctx).safeParse(raw);
  if (!r.success) {
    const lines = r.error.issues.map((i) => {
      const t =
        i.code === 'unrecognized_keys'
          ? { field: (i as { keys: string[] }).keys.join(', '), reason: 'unknown field' }
          : issueText(i, m);
      return `${t.field}: ${t.reason}`;
    });
    throw new UserError(`${file}: ${lines.join('; ')}`);
  }
  return r.data;
}

/** An account as its file: the same fields, units and notation `readAccount` reads. */
export function saveText(account: Account): string {
  return stringify(accountFile(account));
}

/** Exit code: 1 when a screen found a likely violation, as `check` does for findings. */
const exitFor = (screens: Screen[]) => (screens.some((s) => s.results.likely.findings.length > 0) ? 1 : 0);

export async function runScreen(
  file: string | undefined,
  o: ScreenOptions,
  io: { prompts?: Prompts; context?: PromptContext } = {},
): Promise<number> {
  const ways = [file !== undefined, !!o.interactive, o.batch !== undefined].filter(Boolean).length;
  if (ways !== 1)
    throw new UserError('screen: give one of an account file, --interactive, or --batch <accounts.csv>');
  const asOf = o.asOf === undefined ? undefined : validAsOf(o.asOf);
  const pack = loadPack();
  const data = loadScreenData();
  const m = messagesFor(data, o.lang);
  const ctx = answerContext(pack, data);
  const emit = (text: string) => (o.output ? writeOutput(o.output, text) : process.stdout.write(text));
  for (const out of [o.output, o.save]) if (out !== undefined) refuseOverwrite(out, [file, o.batch]);

  if (o.batch !== undefined) {
    const b = screenBatch(readTable(o.batch), pack, data, m, ctx, { asOf, redact: o.redact });
    if (o.output) {
      makeOutputDir(o.output);
      for (const r of b.rows)
        writeOutput(join(o.output, packetFileName(r, o.format)), renderPacket(r.packet, o.format));
      writeOutput(join(o.output, `summary.${o.format}`), renderSummary(b, m, o.format));
    } else process.stdout.write(renderBatch(b, m, o.format));
    // Said once everything is written: a run that fails with exit 2 prints only its error line.
    if (b.rejected.length)
      process.stderr.write(
        `labour-check: ${o.batch}: ${b.rejected.length} problem(s) in rows not screened (listed in the summary)\n`,
      );
    return exitFor(b.rows.map((r) => r.screen));
  }

  let account: Account;
  if (o.interactive) {
    try {
      account = await interview(data, m, ctx, io.prompts ?? (await inquirerPrompts()), io.context);
    } catch (e) {
      // Ctrl+C, or the input closed: @inquirer/prompts rejects with ExitPromptError.
      if ((e as Error).name === 'ExitPromptError' || (e as Error).name === 'AbortPromptError') {
        throw new UserError(
          'screen --interactive: the interview was stopped before the end; nothing was screened',
        );
      }
      throw e;
    }
    account.interviewed_on = asOf ?? todayInBangkok();
    if (o.save) writeOutput(o.save, saveText(account));
  } else account = readAccount(file!, ctx, m);
  const s = screenAccount(account, pack, data, { asOf });
  if (o.records) {
    makeOutputDir(o.records);
    for (const [kind, text] of Object.entries(s.plan.records.likely.csv))
      writeOutput(join(o.records, `${kind}.csv`), text);
  }
  emit(renderPacket(buildPacket(s, pack, data, m, { redact: o.redact }), o.format));
  return exitFor([s]);
}

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
    .option('--save <file>', 'with --interactive: save the answers as an account YAML file')
    .addHelpText(
      'after',
      `
Examples:
  labour-check screen examples/accounts/bangkok-9000.yaml
  labour-check screen --interactive --lang th --save account.yaml
  labour-check screen --batch caseload.csv --format html -o packets/

Exit codes: 0 no likely violation, 1 likely violations found, 2 usage error or unreadable input.`,
    )
    .action(async (file: string | undefined, o: ScreenOptions) => {
      const format = (o.format as string) === 'markdown' ? 'md' : o.format;
      process.exitCode = await runScreen(file, { ...o, format });
    });
}
