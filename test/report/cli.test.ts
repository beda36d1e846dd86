import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scrubArgs, shellQuote } from '../../src/cli/bundle.js';
import { AS_OF, cli, FACTORY, readAll, tmp } from './helpers.js';

const sha256 = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

describe('check --format', () => {
  it('writes one format to stdout or to --output', async () => {
    const dir = tmp();
    const run = await cli(
      'check',
      FACTORY,
      '--as-of',
      AS_OF,
      '--format',
      'sarif',
      '-o',
      join(dir, 'x.sarif'),
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(JSON.parse(readFileSync(join(dir, 'x.sarif'), 'utf8')).version).toBe('2.1.0');
  });

  it('refuses several formats without --output-dir, an unknown format, and -o with --output-dir: exit 2, one line', async () => {
    for (const [args, message] of [
      [['--format', 'json,html'], '--format json,html: several formats need --output-dir'],
      [
        ['--format', 'pdf'],
        '--format: unknown format "pdf" (one or more of text, json, jsonl, sarif, junit, github, csv, markdown, html; md is markdown)',
      ],
      [['--format', 'json', '-o', 'a', '--output-dir', 'b'], 'give --output or --output-dir, not both'],
      [['--redact-key', 'short'], '--redact-key: a redaction key needs at least 8 characters'],
    ] as const) {
      const run = await cli('check', FACTORY, ...args);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(`labour-check: ${message}\n`);
    }
  });

  it('exit codes stay 0/1/2 with --fail-on', async () => {
    expect(
      (await cli('check', FACTORY, '--as-of', AS_OF, '--format', 'github', '--fail-on', 'never')).code,
    ).toBe(0);
    expect(
      (await cli('check', FACTORY, '--as-of', AS_OF, '--format', 'junit', '--fail-on', 'critical')).code,
    ).toBe(1);
    expect((await cli('check', 'no/such/folder', '--format', 'html')).code).toBe(2);
  });
});

describe('--bundle', () => {
  it('writes the reports, input hashes, rule-pack version, parameters, tool version and the command to replay', async () => {
    const dir = join(tmp(), 'evidence');
    const run = await cli(
      'check',
      FACTORY,
      '--format',
      'text',
      '--bundle',
      dir,
      '--redact-key',
      'a secret key',
      '--lang',
      'th',
    );
    expect(run.code).toBe(1);
    const files = readAll(dir);
    expect([...files.keys()].sort()).toEqual([
      'inputs.sha256',
      'manifest.json',
      'parameters.json',
      'replay.sh',
      'report.html',
      'report.json',
    ]);
    const manifest = JSON.parse(files.get('manifest.json')!);
    const report = JSON.parse(files.get('report.json')!);
    expect(manifest.tool.name).toBe('labour-check');
    expect(manifest.ruleset).toMatchObject({ id: 'th-lpa', version: report.ruleset.version });
    expect(manifest.ruleset.files.map((f: { file: string }) => f.file)).toContain('parameters.yaml');
    for (const i of manifest.inputs) expect(i.sha256).toBe(sha256(readFileSync(i.file)));
    expect(files.get('inputs.sha256')).toContain(
      `${sha256(readFileSync(join(FACTORY, 'hours.csv')))}  ${join(FACTORY, 'hours.csv')}\n`,
    );
    expect(manifest.reports[0]).toEqual({ file: 'report.json', sha256: sha256(files.get('report.json')!) });
    // The key is never filed; the replay line pins the as-of date the run used.
    expect(JSON.stringify(manifest)).not.toContain('a secret key');
    expect(manifest.command.argv).toContain('<key>');
    expect(manifest.command.replay).toBe(
      `labour-check check ${FACTORY} --format text --bundle ${dir}-replay --redact-key '<key>' --lang th --as-of ${report.as_of}`,
    );
    // replay.sh runs the same arguments with the node and bin that made the bundle.
    const replayArgs = manifest.command.replay.replace(/^labour-check /, '');
    expect(files.get('replay.sh')).toContain(`exec "$node" "$bin" ${replayArgs}`);
    expect(files.get('replay.sh')).toContain(`bin=${shellQuote(manifest.command.runner.bin)}`);
    const params = JSON.parse(files.get('parameters.json')!);
    expect(params.parameters.late_payment_interest_rate.values[0].value).toBe(0.15);
    expect(params.rules['lpa-61-overtime-pay'].params.overtime_multiplier.values[0].value).toBe(1.5);
    expect(files.get('report.html')).toContain('<html lang="th">');
    expect(report.redaction.key).toBe('given');
    expect(report.hours.length).toBeGreaterThan(0);
  });

  it('quotes for the shell and hides --redact-key values', () => {
    expect(shellQuote('a b')).toBe("'a b'");
    expect(shellQuote("it's")).toBe("'it'\\''s'");
    expect(shellQuote('out/report.json')).toBe('out/report.json');
    expect(scrubArgs(['--redact-key', 'k', '--redact-key=k2', '--lang', 'th'])).toEqual([
      '--redact-key',
      '<key>',
      '--redact-key=<key>',
      '--lang',
      'th',
    ]);
  });
});
