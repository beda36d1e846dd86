// Every command in the README and docs/ is a test: run as written, with the built bin, from a
// folder whose path has a hyphen and a space and holds a copy of examples/ and rules/, in the
// order the pages give them (a later command may read what an earlier one wrote).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers.js';
import { commandsOf, documentedCommands } from './commands.js';

const commands = documentedCommands(ROOT);
const work = mkdtempSync(join(tmpdir(), 'labour-check docs run '));
cpSync(join(ROOT, 'examples'), join(work, 'examples'), { recursive: true });
cpSync(join(ROOT, 'rules'), join(work, 'rules'), { recursive: true });
afterAll(() => rmSync(work, { recursive: true, force: true }));

const quoted = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

describe('documented commands', () => {
  it('are found in the README and in docs/, each with an exit code or a reason not to run', () => {
    expect(commands.filter((c) => c.where.startsWith('README.md')).length).toBeGreaterThan(5);
    expect(new Set(commands.map((c) => c.where.split(':')[0])).size).toBeGreaterThan(5);
    const unmarked = commands.filter((c) => c.expectedExit === undefined && c.notRun === undefined);
    expect(unmarked.map((c) => `${c.where}: ${c.command}`)).toEqual([]);
  });

  it('lists the commands not run, each with its reason', () => {
    const skipped = commands.filter((c) => c.notRun !== undefined).map((c) => `${c.where}: ${c.notRun}`);
    console.log(`documented commands not run (${skipped.length}):\n  ${skipped.join('\n  ')}`);
    expect(skipped.length).toBeLessThan(commands.length / 4);
  });

  for (const c of commands.filter((d) => d.notRun === undefined)) {
    it(`${c.where}: ${c.command} exits ${c.expectedExit}`, () => {
      const line = c.command.replace(/^labour-check/, `${quoted(process.execPath)} ${quoted(BIN)}`);
      const r = spawnSync('bash', ['-c', line], {
        cwd: work,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', CI: '1' },
      });
      expect(r.status, `${c.command}\nstderr: ${r.stderr}`).toBe(c.expectedExit);
      expect(r.stderr, 'never a stack trace').not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
      if (r.status === 2) expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    }, 120_000);
  }
});

describe('reading commands from a page', () => {
  it('takes exit codes and reasons from the comment, joins continuation lines, skips other lines', () => {
    const page = [
      'labour-check check outside # exit 0',
      '```sh',
      'npm ci',
      'labour-check check examples/demo-factory   # findings; exit 1',
      '$ labour-check wage "Ko # Samui" --date 2025-07-01   # exit 0',
      '  labour-check check a/ \\',
      '    --fail-on error   # not run: a workflow step',
      'labour-check rules list',
      '```',
    ].join('\n');
    expect(commandsOf(page, 'p.md')).toEqual([
      {
        where: 'p.md:4',
        command: 'labour-check check examples/demo-factory',
        expectedExit: 1,
        notRun: undefined,
      },
      {
        where: 'p.md:5',
        command: 'labour-check wage "Ko # Samui" --date 2025-07-01',
        expectedExit: 0,
        notRun: undefined,
      },
      {
        where: 'p.md:6',
        command: 'labour-check check a/ --fail-on error',
        expectedExit: undefined,
        notRun: 'a workflow step',
      },
      { where: 'p.md:8', command: 'labour-check rules list', expectedExit: undefined, notRun: undefined },
    ]);
  });
});
