import { type Command, Option } from 'commander';
import { UserError } from '../errors.js';
import type { Lang } from '../report/common.js';
import { FORMATS, type Format } from '../report/formats.js';
import { catalogueLanguage, catalogueLanguages } from '../screen/languages.js';
import { writeOutput } from './output.js';

// What more than one command shares: the input flags, --lang, --format lists, help examples.

/**
 * The language of a check's reports: every language of the catalogue is accepted; one the
 * reports have no words in yet is shown in English, and said so.
 */
export function reportLang(lang: string, quiet: boolean): Lang {
  if (lang === 'en' || lang === 'th') return lang;
  if (!quiet)
    process.stderr.write(
      `labour-check: --lang ${lang}: the check's reports are not yet in this language; English is used\n`,
    );
  return 'en';
}

/** `--lang`, one list of languages from the message catalogue for every command. */
export function langOption(what: string): Option {
  return new Option('--lang <lang>', `${what}: ${catalogueLanguages().join(', ')}`)
    .argParser(catalogueLanguage)
    .default('en');
}

/** The examples and exit codes shown after a command's options in its --help. */
export function examples(lines: string[], exits: string): string {
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
export function inputFlags(c: Command): Command {
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

function minutes(v: string): number {
  const n = Number(v);
  if (v.trim() === '' || !Number.isFinite(n) || n < 0 || n > 60) {
    throw new UserError(`--merge-minutes: "${v}" is not a number of minutes from 0 to 60`);
  }
  return n;
}

/** The input flags' values, as the API takes them. */
export const inputsOf = (o: Record<string, unknown>) => ({
  map: o.map as string | undefined,
  encoding: o.encoding as string | undefined,
  sheet: o.sheet as string | undefined,
  twoDigitYears: o.twoDigitYears as 'be' | 'ce' | undefined,
  mergeMinutes: o.mergeMinutes as number | undefined,
  dayStarts: o.dayStarts as number | undefined,
});

/** Text to a file, or to stdout. */
export function emit(out: string, file: string | undefined): void {
  if (file) writeOutput(file, out);
  else process.stdout.write(out);
}
