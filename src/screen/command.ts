import { join } from 'node:path';
import { stringify } from 'yaml';
import { checkAsync, todayInBangkok, validAsOf } from '../api.js';
import { makeOutputDir, refuseOverwrite, writeOutput } from '../cli/output.js';
import { UserError } from '../errors.js';
import { loadPack, type RulePack } from '../pack/load.js';
import { readTable } from '../read/table.js';
import { placeIn, readUserYaml } from '../read/yaml.js';
import { type Account, type AnswerContext, accountFile, accountSchema } from './account.js';
import { issueText, packetFileName, renderBatch, renderSummary, screenBatch } from './batch.js';
import { loadScreenData, type Messages, messagesFor, type ScreenData } from './data.js';
import { inquirerPrompts, interview, type PromptContext, type Prompts } from './interview.js';
import { buildPacket } from './packet.js';
import { type PacketFormat, renderPacket } from './render.js';
import { type RecordSignals, type Screen, screenAccount } from './screen.js';
import { youngestWorkAge } from './testimony.js';

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
  /** An employer's records to read this worker's signs of forced labour from. */
  employerRecords?: string;
  /** The worker's employee_id in those records (default: the employee whose name is the account's). */
  worker?: string;
  save?: string;
}

/**
 * The signs of forced labour that `check` reads from an employer's records, for the worker of the
 * account: the employee named by --worker, else the one whose name is the account's name.
 */
export async function recordSignals(dir: string, account: Account, o: ScreenOptions): Promise<RecordSignals> {
  const r = await checkAsync({
    dir,
    asOf: o.asOf ?? (typeof account.interviewed_on === 'string' ? account.interviewed_on : undefined),
  });
  const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
  const id =
    o.worker ??
    (account.name
      ? r.employees?.find((e) => e.name && norm(e.name) === norm(account.name!))?.employee_id
      : undefined);
  if (id === undefined)
    throw new UserError(
      `--employer-records ${dir}: no employee there has the account's name; name the worker with --worker EMPLOYEE_ID`,
    );
  if (!r.employees?.some((e) => e.employee_id === id))
    throw new UserError(`--worker ${id}: no such employee in ${dir}`);
  return (r.signals?.raised ?? []).filter((s) => s.employee_id === id);
}

export function answerContext(pack: RulePack, data: ScreenData): AnswerContext {
  return {
    unknownWords: data.unknownWords,
    purposes: Object.keys(data.purposes),
    youngestWorkAge: youngestWorkAge(data),
    // A province, or an address ending in one (อ.แม่สอด จ.ตาก), as a worker may give it.
    isProvince: (t) => {
      const w = pack.wages;
      return w !== undefined && w.province(w.placeOf({ province: t }).province ?? t) !== undefined;
    },
  };
}

/**
 * Reads one account file (YAML or JSON), every answer checked; problems in the chosen language.
 * The exit-2 line says where each problem is and what kind it is, but quotes no answer: an
 * answer, and even a key the worker's words were written under, can name a person.
 */
export function readAccount(file: string, ctx: AnswerContext, m: Messages): Account {
  const y = readUserYaml(file);
  const raw = y.data;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new UserError(`${file}: expected the answers of one account (field: value lines)`);
  const r = accountSchema(ctx).safeParse(raw);
  if (!r.success) {
    const at = (place: string | undefined) => (place ? ` (${place})` : '');
    const lines = r.error.issues.flatMap((i) => {
      if (i.code === 'unrecognized_keys')
        return i.keys.map((k) => `an unknown field${at(placeIn(y, i.path, k))}`);
      const t = issueText(i, m, { dropAnswer: true });
      return [`${t.field}${at(placeIn(y, i.path))}: ${t.reason}`];
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
  // Said rather than ignored: an account file or a batch is already saved.
  if (o.save !== undefined && !o.interactive)
    throw new UserError('--save keeps the answers of an interview: it needs --interactive');
  const asOf = o.asOf === undefined ? undefined : validAsOf(o.asOf);
  const pack = loadPack();
  const data = loadScreenData();
  const m = messagesFor(data, o.lang);
  const ctx = answerContext(pack, data);
  const emit = (text: string) => (o.output ? writeOutput(o.output, text) : process.stdout.write(text));
  for (const out of [o.output, o.save]) if (out !== undefined) refuseOverwrite(out, [file, o.batch]);

  if (o.batch !== undefined && o.employerRecords !== undefined)
    throw new UserError('--employer-records reads one worker of the records: give one account, not --batch');
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
  if (o.worker !== undefined && o.employerRecords === undefined)
    throw new UserError('--worker needs --employer-records DIR');
  const records =
    o.employerRecords === undefined ? undefined : await recordSignals(o.employerRecords, account, o);
  const s = screenAccount(account, pack, data, { asOf, records });
  if (o.records) {
    makeOutputDir(o.records);
    const likely = s.plan.records.likely;
    for (const [kind, text] of Object.entries(o.redact ? likely.shared : likely.csv))
      writeOutput(join(o.records, `${kind}.csv`), text);
  }
  emit(renderPacket(buildPacket(s, pack, data, m, { redact: o.redact }), o.format));
  return exitFor([s]);
}
