// labour-check is not on the npm registry: it is installed from a clone (`npm install --global .`
// or `npm link`) or from a packed tarball (`npm pack`), and the evidence bundle's replay.sh runs
// the labour-check that made the bundle. Installs go to a temporary prefix, never the machine's.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { replayScript } from '../src/cli/bundle.js';
import { BIN, ROOT } from './helpers.js';

const work = mkdtempSync(join(tmpdir(), 'labour-check install '));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version as string;
const demo = join(work, 'demo-factory');
cpSync(join(ROOT, 'examples', 'demo-factory'), demo, { recursive: true });

const which = (cmd: string) =>
  spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).stdout.trim();
/** A PATH holding only sh, node, npm and npx: no labour-check anywhere on it. */
function bareBin(): string {
  const dir = mkdtempSync(join(work, 'bin-'));
  symlinkSync(process.execPath, join(dir, 'node'));
  for (const tool of ['sh', 'npm', 'npx']) symlinkSync(which(tool), join(dir, tool));
  return dir;
}
const run = (file: string, args: string[], o: { cwd?: string; path?: string } = {}) =>
  spawnSync(file, args, {
    cwd: o.cwd ?? work,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...(o.path ? { PATH: o.path } : {}), npm_config_offline: 'true' },
  });
const npm = (args: string[], cwd = ROOT) =>
  run(which('npm'), [...args, '--no-audit', '--no-fund', '--ignore-scripts'], { cwd });

describe('npm install --global . (from a clone)', () => {
  it('puts a labour-check on PATH that runs from any folder', () => {
    const prefix = join(work, 'global prefix');
    const r = npm(['install', '--global', '--prefix', prefix, '.']);
    expect(r.status, r.stderr).toBe(0);
    const path = `${join(prefix, 'bin')}:${bareBin()}`;
    const v = run('labour-check', ['--version'], { path });
    expect(v.stdout).toBe(`${version}\n`);
    const check = run('labour-check', ['check', 'demo-factory', '--as-of', '2025-10-31', '-q'], { path });
    expect(check.status, check.stderr).toBe(1);
    expect(check.stdout).toContain('lpa-90-minimum-wage');
  }, 180_000);
});

describe('npm pack (a tarball for a machine without the clone)', () => {
  const dest = join(work, 'packed');
  mkdirSync(dest);
  const packed = npm(['pack', '--pack-destination', dest, '--json']);
  const files = (): string[] => JSON.parse(packed.stdout)[0].files.map((f: { path: string }) => f.path);

  it('holds the built command, the rule packs, the schema, the docs and the examples, and no sources or tests', () => {
    expect(packed.status, packed.stderr).toBe(0);
    const list = files();
    for (const f of [
      'bin/labour-check.js',
      'dist/src/cli/main.js',
      'dist/cli/main.cjs',
      'dist/src/version.js',
      'rules/th-lpa/pack.yaml',
      'rules/screen/lang/en.yaml',
      'schemas/report.schema.json',
      'README.md',
      'docs/rules.md',
      'examples/demo-factory/hours.csv',
      'package.json',
    ])
      expect(list, f).toContain(f);
    expect(list.filter((f) => /^(src|test|scripts)\//.test(f))).toEqual([]);
  });

  // A global install of the tarball resolves its dependencies on the registry (a tarball has
  // no lockfile), which an offline test cannot reach: the packed files run instead against the
  // project's installed dependencies, which are the ones the lockfile pins.
  it('its bin runs a check and a screen from the unpacked files', () => {
    const unpacked = join(work, 'un packed');
    mkdirSync(unpacked);
    const tgz = join(dest, `labour-check-${version}.tgz`);
    expect(spawnSync('tar', ['-xzf', tgz, '-C', unpacked]).status).toBe(0);
    const pkg = join(unpacked, 'package');
    symlinkSync(join(ROOT, 'node_modules'), join(pkg, 'node_modules'));
    const bin = join(pkg, 'bin', 'labour-check.js');
    const check = run(process.execPath, [bin, 'check', demo, '--as-of', '2025-10-31', '-q']);
    expect(check.status, check.stderr).toBe(1);
    const screen = run(process.execPath, [
      bin,
      'screen',
      join(pkg, 'examples', 'accounts', 'bangkok-9000.yaml'),
    ]);
    expect(screen.status, screen.stderr).toBe(1);
  });
});

describe("the evidence bundle's replay.sh", () => {
  it('runs the labour-check that made the bundle, with none on PATH, and replays to the same report', () => {
    const made = run(process.execPath, [
      BIN,
      'check',
      'demo-factory',
      '--as-of',
      '2025-10-31',
      '-q',
      '--bundle',
      'evidence',
    ]);
    expect(made.status, made.stderr).toBe(1);
    const replay = run('/bin/sh', [join(work, 'evidence', 'replay.sh')], {
      cwd: tmpdir(),
      path: '/nonexistent',
    });
    expect(replay.status, replay.stderr).toBe(1);
    expect(readFileSync(join(work, 'evidence-replay', 'report.json'), 'utf8')).toBe(
      readFileSync(join(work, 'evidence', 'report.json'), 'utf8'),
    );
    const manifest = JSON.parse(readFileSync(join(work, 'evidence', 'manifest.json'), 'utf8'));
    expect(manifest.command.runner).toEqual({ node: process.execPath, bin: BIN });
  });

  it('uses the node on PATH when the one that made the bundle is gone', () => {
    const script = join(work, 'node-gone.sh');
    writeFileSync(script, replayScript(work, ['--version'], { node: '/gone/node', bin: BIN, project: ROOT }));
    const r = run('/bin/sh', [script], { path: bareBin() });
    expect([r.status, r.stdout]).toEqual([0, `${version}\n`]);
  });

  it('uses npx from the project when the bin that made the bundle is gone', () => {
    const script = join(work, 'bin-gone.sh');
    const gone = { node: process.execPath, bin: '/gone/bin/labour-check.js', project: ROOT };
    writeFileSync(script, replayScript(work, ['check', 'demo-factory', '--as-of', '2025-10-31', '-q'], gone));
    const r = run('/bin/sh', [script], { path: bareBin() });
    expect(r.status, r.stderr).toBe(1);
    expect(r.stdout).toContain('lpa-90-minimum-wage');
  }, 120_000);
});
