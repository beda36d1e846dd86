import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers.js';

// The bin runs the bundle in dist/cli/ (scripts/bundle.mjs) for a faster start, through the
// code cache's loader; the bundle must behave exactly as the modules in dist/src it was made from.
const BUNDLED = join(ROOT, 'dist', 'cli', 'main.cjs');
const MODULES = join(ROOT, 'dist', 'src', 'cli', 'main.js');
const LOADER = pathToFileURL(join(ROOT, 'dist', 'src', 'cli', 'code-cache.js')).href;

/** Code that gets `main` of one build of the CLI as the bin does. */
const mainOf = (entry: string): string =>
  entry === BUNDLED
    ? `const { main } = (await import(${JSON.stringify(LOADER)})).loadBundle(${JSON.stringify(entry)}, process.argv[1]);`
    : `const { main } = await import(${JSON.stringify(pathToFileURL(entry).href)});`;

/** Runs `main` of one build of the CLI in the examples' folder. */
function runWith(entry: string, args: string[]) {
  const code = `${mainOf(entry)} process.exitCode = await main([process.argv[0], 'labour-check', ...process.argv.slice(1)]);`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', code, '--', ...args], {
    encoding: 'utf8',
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the bundled CLI', () => {
  it('is what the bin loads, with its code cache', () => {
    expect(existsSync(BUNDLED)).toBe(true);
    const cache = mkdtempSync(join(tmpdir(), 'lc-bundle-'));
    try {
      const r = spawnSync(process.execPath, [BIN, 'rules', 'list'], {
        encoding: 'utf8',
        cwd: ROOT,
        env: { ...process.env, NODE_DEBUG: 'esm', LABOUR_CHECK_CACHE: cache },
      });
      expect(r.status).toBe(0);
      expect(r.stderr).toContain(LOADER);
      expect(r.stderr).not.toContain(pathToFileURL(MODULES).href);
      expect(readdirSync(cache).filter((f) => f.startsWith('code.'))).toEqual([
        expect.stringMatching(/^code\.[0-9a-f]{12}\.rules\.bin$/),
      ]);
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  });

  it.each([
    [['check', 'examples/demo-factory', '--as-of', '2025-10-31', '--format', 'json']],
    [['check', 'examples/thai-excel', '--as-of', '2025-10-31', '--format', 'sarif', '--lang', 'th']],
    // Too small to stream, so read whole on one thread: test/speed/jobs.test.ts starts the
    // bundle's worker threads on a file large enough.
    [['check', 'examples/time-clock', '--as-of', '2025-10-31', '--jobs', '2', '--format', 'text']],
    [['screen', 'examples/accounts/dismissed-daily.yaml', '--format', 'json']],
    [['rules', 'explain', 'lpa-90-minimum-wage', '--date', '2025-07-01']],
    [['wage', 'Bangkok', '--date', '2025-07-01']],
    [['check', 'examples/no-such-folder', '--as-of', '2025-10-31']],
  ])('gives the same output, messages and exit code as dist/src: %j', (args) => {
    const bundled = runWith(BUNDLED, args);
    const modules = runWith(MODULES, args);
    expect(bundled).toEqual(modules);
    // The command ran (not a usage error): each of these prints its result or its one line.
    expect(bundled.code === 2 ? bundled.stderr : bundled.stdout).not.toMatch(/unknown command|^$/);
  });

  // Start-up is most of a small check (docs/speed.md, "Start-up, sixth pass"): what only a batch
  // or an executable subcommand needs is not loaded by a check. The check's own packages are in
  // the bundle, not loaded from node_modules.
  it('loads neither child processes nor the batch runner, nor commander or chalk from node_modules, for a check', () => {
    const code = `${mainOf(BUNDLED)}
      process.exitCode = await main([process.argv[0], 'labour-check', 'check', 'examples/demo-factory', '--as-of', '2025-10-31']);
      process.stderr.write(JSON.stringify(process.moduleLoadList.filter((m) => m.includes('child_process'))));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], {
      encoding: 'utf8',
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1', NODE_DEBUG: 'esm' },
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('lpa-53-equal-pay');
    expect(r.stderr.slice(r.stderr.lastIndexOf('['))).toBe('[]');
    expect(r.stderr).not.toContain('node_modules/commander');
    expect(r.stderr).not.toContain('node_modules/chalk');
    // The same check of dist/src's modules (no bundle) loads both from node_modules, so the
    // names are as NODE_DEBUG prints them.
    const unbundled = spawnSync(
      process.execPath,
      ['--input-type=module', '-e', code.replace(mainOf(BUNDLED), mainOf(MODULES))],
      {
        encoding: 'utf8',
        cwd: ROOT,
        env: { ...process.env, NO_COLOR: '1', NODE_DEBUG: 'esm' },
      },
    );
    expect(unbundled.stderr).toContain('node_modules/chalk');
  });
});
