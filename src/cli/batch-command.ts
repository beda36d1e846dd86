import { type Command, Option } from 'commander';
import { validAsOf } from '../api.js';
import { WEEKDAYS } from '../base/calendar.js';
import { UserError } from '../errors.js';
import { loadPack } from '../pack/load.js';
import { FAIL_ON } from '../report/common.js';
import { catalogueLanguage, catalogueLanguages } from '../screen/languages.js';
import { parseFormats } from './options.js';
import { parseShard } from './shard.js';

// `labour-check batch ROOT`: the check's options, handed on to each employer's check.

/** Check options that take a value, as `--name value`, and flags, as `--name`. */
const VALUED = [
  'rules',
  'failOn',
  'weekStart',
  'lang',
  'redactKey',
  'redactKeyFile',
  'waivers',
  'map',
  'encoding',
  'sheet',
  'twoDigitYears',
  'mergeMinutes',
  'dayStarts',
] as const;
const FLAGS = ['wilful', 'beDates', 'redact'] as const;
const dashed = (name: string) => `--${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
const clock = (min: number) =>
  `${String(Math.floor(min / 60)).padStart(2, '0')}:${String(min % 60).padStart(2, '0')}`;

function jobs(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new UserError(`--jobs: "${v}" is not a whole number of 1 or more`);
  return n;
}

export function batchCommand(c: Command): void {
  c.description(
    'check every employer folder under ROOT in parallel: one report per employer and a JSONL summary',
  )
    .argument('<root>', 'folder of employer folders (a folder holding an input file check would read)')
    .requiredOption('--output-dir <dir>', 'write OUT/<employer>/report.<ext> and OUT/summary.jsonl')
    .option('--format <formats>', 'report formats, joined by commas (not github)', 'json')
    .option('--jobs <n>', 'employers checked at once (default: the number of CPUs)', jobs)
    .option(
      '--shard <i/n>',
      'check only shard i of n (0-based), for a Kubernetes Indexed Job or Slurm array',
      parseShard,
    )
    .option('--force', 'check again employers a previous run finished')
    .option(
      '--as-of <date>',
      'date interest is counted to, YYYY-MM-DD (default: today in Bangkok, the same for all)',
    )
    .addOption(new Option('--fail-on <severity>', 'exit 1 when a finding is at or above').choices(FAIL_ON))
    .option('--rules <dir>', 'rule pack folder (default: the bundled th-lpa pack)')
    .option('--wilful', 'add the s.9 para 2 surcharge for wilful default')
    .addOption(new Option('--week-start <day>', 'first day of the work week').choices([...WEEKDAYS]))
    .addOption(
      new Option(
        '--lang <lang>',
        `language of the human-readable formats: ${catalogueLanguages().join(', ')}`,
      ).argParser(catalogueLanguage),
    )
    .option('--be-dates', 'show dates in Buddhist era (B.E.) in the human-readable formats')
    .option('--redact', 'redact every report, as check --redact')
    .option('--redact-key <key>', 'key for the pseudonyms (implies --redact)')
    .option('--redact-key-file <file>', 'read the pseudonym key from a file (implies --redact)')
    .option('--waivers <file>', 'waivers YAML applied to every employer')
    .option('-q, --quiet', 'no closing line on stderr')
    .addHelpText(
      'after',
      `
Examples:
  labour-check batch employers/ --output-dir out/ --as-of 2025-10-31
  labour-check batch employers/ --output-dir out/ --format json,html --jobs 4 --redact-key-file key.txt
  labour-check batch employers/ --output-dir /shared/out --shard "$JOB_COMPLETION_INDEX/16"

Exit codes: 0 every employer clean, 1 an employer with findings at or above --fail-on or one that could not be checked (its summary line says why), 2 usage error or an unreadable ROOT.`,
    )
    .action(async (root: string, o) => {
      const formats = parseFormats(o.format);
      if (formats.includes('github'))
        throw new UserError('batch --format github: annotations are for one check; use check');
      // Usage errors stop here once, not once per employer.
      const asOf = validAsOf(o.asOf);
      loadPack(o.rules);
      const checkArgs = ['--as-of', asOf];
      for (const k of VALUED) {
        if (o[k] === undefined) continue;
        checkArgs.push(dashed(k), k === 'dayStarts' ? clock(o[k]) : String(o[k]));
      }
      for (const k of FLAGS) if (o[k]) checkArgs.push(dashed(k));
      const { runBatch } = await import('./batch.js');
      const run = await runBatch({
        root,
        outputDir: o.outputDir,
        formats,
        checkArgs,
        jobs: o.jobs,
        shard: o.shard,
        force: !!o.force,
      });
      if (!o.quiet) {
        const errors = run.lines.filter((l) => l.status === 'error').length;
        process.stderr.write(
          `labour-check: batch: ${run.lines.length} employer(s), ${run.skipped} already done, ${errors} could not be checked; wrote ${run.summaryFile}\n`,
        );
      }
      process.exitCode = run.exitCode;
    });
}
