import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../src/api.js';
import { UserError } from '../../src/errors.js';
import { FORMATS } from '../../src/report/index.js';
import { ROOT } from '../helpers.js';
import { cli, tmp } from '../report/helpers.js';
import { hostileCell, hostileYaml, type InputSet, inputSet, KINDS, type Person, people } from './hostile.js';

// The project's fuzz test: at least 500 generated hostile input sets (seeded, so a failure
// replays), each run through the CLI in-process. Whatever the input: exit 0, 1 or 2; exit 2
// is one line on stderr naming no person; every row read is used or rejected; under --redact
// no id, name or national ID of the input appears in any output; Node prints no warning.
// fast-check shrinks a failing case to a small one and prints its seed and path.

// FUZZ_SEED=n tries other inputs; CI runs the fixed seed, so a failure there replays.
const SEED = Number(process.env.FUZZ_SEED ?? 20261130);
// 540 in all.
const RUNS = { check: 330, validate: 60, yaml: 60, screen: 50, streamed: 40 };
const TIMEOUT = 600_000;

type Run = { code: number; stdout: string; stderr: string };

const warnings: string[] = [];
const onWarning = (w: Error) => warnings.push(`${w.name}: ${w.message}`);
beforeAll(() => {
  process.on('warning', onWarning);
});
afterAll(() => {
  process.off('warning', onWarning);
});

let n = 0;
/** A fresh folder whose path has a hyphen and a space. */
function folder(): string {
  const dir = join(tmp('lc-fuzz-'), `set-${n++} x`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

function writeSet(s: InputSet): string {
  const dir = folder();
  for (const k of KINDS) if (s.files[k]) writeFileSync(join(dir, `${k}.csv`), s.files[k]!);
  return dir;
}

/** Every file under a folder (none when it does not exist). */
function filesUnder(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of names) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) for (const [k, v] of filesUnder(p)) out.set(k, v);
    else out.set(p, readFileSync(p, 'utf8'));
  }
  return out;
}

const secretsOf = (ps: Person[]) => ps.flatMap((p) => [p.id, p.name, p.nationalId, ...p.name.split(' ')]);

function noSecrets(where: string, text: string, secrets: string[]): void {
  for (const s of secrets) expect(text.includes(s), `${where} holds "${s}"`).toBe(false);
}

/** The contract every run keeps, whatever its input. */
function contract(r: Run, secrets: string[]): void {
  expect([0, 1, 2], r.stderr).toContain(r.code);
  expect(r.stderr).not.toMatch(/internal error|\n\s+at |Warning/);
  if (r.code === 2) {
    expect(r.stderr.split('\n').filter(Boolean), r.stderr).toHaveLength(1);
    noSecrets('the error line', r.stderr, secrets);
  }
  expect(warnings, 'Node printed a warning').toEqual([]);
}

function rowsAddUp(json: {
  inputs?: { rows_read: number; rows_used: number; rows_rejected: number }[];
}): void {
  for (const i of json.inputs ?? []) expect(i.rows_read).toBe(i.rows_used + i.rows_rejected);
}

/** Mostly `usual`, now and then one of `odd`: most runs must get past the options to the data. */
const mostly = <T>(usual: T, ...odd: T[]) =>
  fc.oneof({ arbitrary: fc.constant(usual), weight: 12 }, { arbitrary: fc.constantFrom(...odd), weight: 1 });

const checkOptions = fc.record({
  redact: fc.boolean(),
  allFormats: fc.boolean(),
  format: fc.constantFrom(...FORMATS),
  asOf: mostly('2025-10-31', '1998-08-18', '9999-12-31', '2025-02-30', 'soon'),
  output: mostly<string>('stdout', 'dotdot', 'input', 'folder'),
  yaml: fc.oneof(
    { arbitrary: fc.constant(null), weight: 10 },
    { arbitrary: fc.tuple(fc.constantFrom('--map', '--waivers'), hostileYaml), weight: 1 },
  ),
  weekStart: mostly<string | undefined>(undefined, 'sunday', 'funday'),
  failOn: fc.constantFrom(undefined, 'critical', 'never'),
});

describe('fuzz: hostile input sets through the CLI', () => {
  it(
    `check: ${RUNS.check} generated input sets`,
    async () => {
      let checked = 0;
      await fc.assert(
        fc.asyncProperty(inputSet, checkOptions, async (set, o) => {
          const dir = writeSet(set);
          const out = join(folder(), 'out');
          const args = ['check', dir, '--as-of', o.asOf];
          if (o.redact) args.push('--redact-key', 'fuzz key 0001');
          const dirOutput = o.redact && o.allFormats;
          if (dirOutput) args.push('--format', FORMATS.join(','), '--output-dir', out);
          else {
            args.push('--format', o.output === 'stdout' ? o.format : 'json');
            const existing = Object.keys(set.files)[0];
            // Written as typed: path.join would resolve the "..".
            if (o.output === 'dotdot') args.push('-o', `${dir}/../report.out`);
            if (o.output === 'input') args.push('-o', join(dir, `${existing}.csv`));
            if (o.output === 'folder') args.push('-o', dir);
          }
          if (o.yaml) {
            const f = join(folder(), 'user.yaml');
            writeFileSync(f, o.yaml[1]);
            args.push(o.yaml[0], f);
          }
          if (o.weekStart) args.push('--week-start', o.weekStart);
          if (o.failOn) args.push('--fail-on', o.failOn);
          const r = await cli(...args);
          const secrets = secretsOf(set.people);
          contract(r, secrets);
          if (r.code !== 2) checked++;
          if (!dirOutput && (o.output === 'input' || o.output === 'folder')) expect(r.code).toBe(2);
          if (r.code === 2) return;
          const written = filesUnder(out);
          if (!dirOutput && o.output === 'dotdot')
            written.set('report.out', readFileSync(join(dir, '..', 'report.out'), 'utf8'));
          if (o.redact) {
            noSecrets('stdout', r.stdout, secrets);
            noSecrets('stderr', r.stderr, secrets);
            for (const [f, text] of written) noSecrets(f, text, secrets);
          }
          const json = dirOutput
            ? written.get(join(out, 'report.json'))
            : o.output === 'stdout'
              ? o.format === 'json'
                ? r.stdout
                : undefined
              : written.get('report.out');
          if (json !== undefined) rowsAddUp(JSON.parse(json));
        }),
        { seed: SEED, numRuns: RUNS.check, endOnFailure: true },
      );
      // The fuzz is worth its runs only if most of them reach the data, not an option error.
      expect(checked / RUNS.check).toBeGreaterThan(0.5);
    },
    TIMEOUT,
  );

  it(
    `streamed: ${RUNS.streamed} generated input sets read by the streaming engine, as large files are`,
    async () => {
      // The CLI streams only files of 8 MB and more; the library is told to stream these, in
      // tiny chunks and batches, with a spill to disk, so that every path of it meets them.
      let streamedRuns = 0;
      const hooks = {
        minBytes: 0,
        batchRows: 3,
        chunkBytes: 61,
        spillBytes: 200,
        onPath: (p: { path: string }) => {
          if (p.path !== 'memory') streamedRuns++;
        },
      };
      await fc.assert(
        fc.asyncProperty(inputSet, async (set) => {
          const dir = writeSet(set);
          let result: ReturnType<typeof check> | undefined;
          try {
            result = check({ dir, asOf: '2025-10-31' }, hooks);
          } catch (e) {
            expect(e, String(e)).toBeInstanceOf(UserError);
            expect((e as Error).message).not.toContain('\n');
            return;
          }
          rowsAddUp(result);
        }),
        { seed: SEED + 4, numRuns: RUNS.streamed, endOnFailure: true },
      );
      expect(warnings, 'Node printed a warning').toEqual([]);
      // Damaged files fall back to the whole-file reader; a fair share must still stream.
      expect(streamedRuns / RUNS.streamed).toBeGreaterThan(0.2);
    },
    TIMEOUT,
  );

  it(
    `validate: ${RUNS.validate} generated input sets`,
    async () => {
      await fc.assert(
        fc.asyncProperty(inputSet, async (set) => {
          const dir = writeSet(set);
          const r = await cli('validate', dir, '--format', 'json');
          contract(r, secretsOf(set.people));
          if (r.stdout) {
            const report = JSON.parse(r.stdout);
            for (const f of report.files) if (f.stats) rowsAddUp({ inputs: [f.stats] });
          }
        }),
        { seed: SEED + 1, numRuns: RUNS.validate, endOnFailure: true },
      );
    },
    TIMEOUT,
  );

  it(
    `user YAML: ${RUNS.yaml} hostile profiles, waivers, rule pack files and accounts`,
    async () => {
      const demo = join(ROOT, 'examples', 'demo-factory');
      await fc.assert(
        fc.asyncProperty(
          hostileYaml,
          fc.constantFrom('map', 'waivers', 'pack', 'account'),
          async (text, role) => {
            const dir = folder();
            const file = join(dir, role === 'pack' ? 'pack.yaml' : 'user.yaml');
            writeFileSync(file, text);
            const args =
              role === 'map'
                ? ['check', demo, '--map', file, '--format', 'json', '--as-of', '2025-10-31']
                : role === 'waivers'
                  ? ['check', demo, '--waivers', file, '--format', 'json', '--as-of', '2025-10-31']
                  : role === 'pack'
                    ? ['rules', 'list', '--rules', dir]
                    : ['screen', file];
            const r = await cli(...args);
            contract(r, []);
            if (role === 'pack' || role === 'account') expect(r.code).toBe(2);
          },
        ),
        { seed: SEED + 2, numRuns: RUNS.yaml, endOnFailure: true },
      );
    },
    TIMEOUT,
  );

  it(
    `screen: ${RUNS.screen} hostile accounts and caseloads`,
    async () => {
      const example = readFileSync(join(ROOT, 'examples', 'accounts', 'bangkok-9000.yaml'), 'utf8');
      const fields = [...example.matchAll(/^([a-z_]+):/gm)].map((m) => m[1]);
      await fc.assert(
        fc.asyncProperty(
          people(1),
          fc.array(fc.tuple(fc.constantFrom(...fields), hostileCell), { maxLength: 4 }),
          fc.boolean(),
          async ([p], edits, batch) => {
            const dir = folder();
            let r: Run;
            if (batch) {
              const cells = new Map<string, string>([
                ['reference', 'NGO-1'],
                ['name', p.name],
                ['employer', `${p.name} Co.`],
                ['notes', p.id],
                ['province', 'Bangkok'],
                ['start_date', '2025-01-01'],
                ['wage_type', 'monthly'],
                ['wage_amount', '9000'],
                ['work_start', '06:00'],
                ['work_end', '21:00'],
                ['days_per_week', '7'],
                ['interviewed_on', '2025-10-20'],
              ]);
              for (const [f, v] of edits) cells.set(f, v);
              const q = (c: string) => `"${c.replace(/"/g, '""')}"`;
              const file = join(dir, 'caseload.csv');
              writeFileSync(
                file,
                `${[...cells.keys()].join(',')}\n${[...cells.values()].map(q).join(',')}\n`,
              );
              r = await cli('screen', '--batch', file, '--format', 'json', '--as-of', '2025-10-31');
            } else {
              let text = example
                .replace(/^name: .*$/m, `name: ${JSON.stringify(p.name)}`)
                .replace(/^employer: .*$/m, `employer: ${JSON.stringify(`${p.name} Co.`)}`)
                .replace(/^notes: .*$/m, `notes: ${JSON.stringify(`about ${p.id}`)}`);
              for (const [f, v] of edits)
                text = text.replace(new RegExp(`^${f}: .*$`, 'm'), `${f}: ${JSON.stringify(v)}`);
              const file = join(dir, 'account.yaml');
              writeFileSync(file, text);
              r = await cli('screen', file, '--format', 'json', '--as-of', '2025-10-31');
            }
            // Packets are redacted by default: the name, employer and notes are not in them.
            const secrets = [p.name, p.id, ...p.name.split(' ')];
            contract(r, secrets);
            noSecrets('packet', r.stdout, secrets);
          },
        ),
        { seed: SEED + 3, numRuns: RUNS.screen, endOnFailure: true },
      );
    },
    TIMEOUT,
  );
});
