import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeDirectory } from '../base/directory.js';
import { UserError } from '../errors.js';
import type { Printable } from '../findings/redact.js';
import type { RulePack } from '../pack/load.js';
import type { ReportOptions } from '../report/common.js';
import { html } from '../report/html.js';
import { json } from '../report/json.js';

// --bundle DIR: what an inspector files with a report so that anyone can check it later: the
// report (JSON and HTML), the sha256 of every input, the rule pack's version with the hash of
// each of its files and a snapshot of the parameters, the tool version, and the command line
// that replays it. Nothing in it depends on the clock, so a replay gives the same bundle.

export interface BundleInput {
  result: Printable;
  pack: RulePack;
  report: ReportOptions;
  /** The arguments after `labour-check`. */
  argv: readonly string[];
  /** Whether --as-of was given; if not, the replay line adds the date used. */
  asOfGiven: boolean;
  /** The input files as named on the command line (a redacted result names only their kind). */
  paths: Partial<Record<string, string>>;
  /** Other files the run read (waivers, baseline). */
  files: { role: string; file: string }[];
  weekStart?: string;
}

const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

/** A word as a POSIX shell reads it back. */
export function shellQuote(s: string): string {
  return /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

/** The command line with the value of --redact-key hidden: a key must not be filed with the report. */
export function scrubArgs(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--redact-key') {
      out.push(a, '<key>');
      i++;
    } else if (a.startsWith('--redact-key=')) out.push('--redact-key=<key>');
    else out.push(a);
  }
  return out;
}

function packFiles(dir: string): { file: string; sha256: string }[] {
  const out: { file: string; sha256: string }[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push({ file: relative(dir, p).replace(/\\/g, '/'), sha256: sha256(readFileSync(p)) });
    }
  };
  walk(dir);
  return out;
}

/**
 * The labour-check that is running: its project (or installed package) folder and bin. The
 * bin is found from this module's own file, so a global install, a link to a clone and a run
 * from the clone each name themselves.
 */
export function runningTool(): { node: string; project: string; bin: string } {
  let d = dirname(realpathSync(fileURLToPath(import.meta.url)));
  while (!existsSync(join(d, 'bin', 'labour-check.js')) && dirname(d) !== d) d = dirname(d);
  return { node: process.execPath, project: d, bin: join(d, 'bin', 'labour-check.js') };
}

/**
 * replay.sh: the replay line run by the tool that made the bundle (the same node and bin);
 * with a newer node when that one is gone; with `labour-check` on PATH, or else npx from the
 * project, when the bin is gone.
 */
export function replayScript(cwd: string, args: readonly string[], tool = runningTool()): string {
  const words = args.map(shellQuote).join(' ');
  const q = shellQuote;
  return [
    '#!/bin/sh',
    '# Replays the check that made this bundle, with the labour-check that made it.',
    `cd ${q(cwd)} || exit 2`,
    `node=${q(tool.node)}`,
    `bin=${q(tool.bin)}`,
    '[ -x "$node" ] || node=node',
    `if [ -f "$bin" ]; then exec "$node" "$bin" ${words}; fi`,
    `if command -v labour-check >/dev/null 2>&1; then exec labour-check ${words}; fi`,
    `exec npx --prefix ${q(tool.project)} labour-check ${words}`,
    '',
  ].join('\n');
}

export function writeBundle(dir: string, b: BundleInput): void {
  const r = b.result;
  const reportJson = json(r);
  const reportHtml = html(r, b.report);
  const args = scrubArgs(b.argv);
  // The replay writes its bundle beside this one, so that the two can be compared and this one is kept.
  const replayArgs = args.map((a, i) =>
    args[i - 1] === '--bundle'
      ? `${a.replace(/\/+$/, '')}-replay`
      : a.startsWith('--bundle=')
        ? `${a.replace(/\/+$/, '')}-replay`
        : a,
  );
  const replayTail = [...replayArgs, ...(b.asOfGiven ? [] : ['--as-of', r.as_of])];
  const replay = ['labour-check', ...replayTail];
  const tool = runningTool();
  const inputs = r.inputs.map((i) => ({
    kind: i.kind,
    file: b.paths[i.kind] ?? i.file,
    encoding: i.encoding,
    rows_read: i.rows_read,
    sha256: i.sha256,
  }));
  const parameters = {
    ruleset: { id: b.pack.id, version: b.pack.version, title: b.pack.title },
    parameters: Object.fromEntries(b.pack.params.names().map((n) => [n, b.pack.params.get(n)])),
    rules: Object.fromEntries(
      b.pack.rules.map((rule) => [
        rule.id,
        {
          title: rule.title,
          citation: rule.citation,
          severity: rule.severity,
          check: rule.check,
          options: rule.options,
          params: Object.fromEntries(
            Object.entries(rule.resolved).map(([k, p]) => [k, { name: p.name, ...p.series }]),
          ),
        },
      ]),
    ),
    minimum_wage: b.pack.wages
      ? { notifications: b.pack.wages.notifications, overlays: b.pack.wages.overlays }
      : undefined,
  };
  const manifest = {
    tool: { ...r.tool, node: process.version },
    ruleset: { id: b.pack.id, version: b.pack.version, files: packFiles(b.pack.dir) },
    as_of: r.as_of,
    wilful: r.wilful,
    week_start: b.weekStart ?? 'monday',
    redacted: r.redaction !== undefined,
    command: {
      cwd: process.cwd(),
      argv: args,
      line: args.map(shellQuote).join(' '),
      replay: replay.map(shellQuote).join(' '),
      // replay.sh runs this node and bin; the replay line above is the same run for any install.
      runner: { node: tool.node, bin: tool.bin },
      ...(args.some((a) => a.includes('<key>'))
        ? { note: 'the --redact-key value is not recorded: give the same key to replay' }
        : {}),
    },
    inputs,
    other_files: b.files.map((f) => ({ role: f.role, file: f.file, sha256: sha256(readFileSync(f.file)) })),
    reports: [
      { file: 'report.json', sha256: sha256(reportJson) },
      { file: 'report.html', sha256: sha256(reportHtml) },
    ],
    summary: r.summary,
  };
  const files: [string, string][] = [
    ['report.json', reportJson],
    ['report.html', reportHtml],
    ['parameters.json', `${JSON.stringify(parameters, null, 2)}\n`],
    ['manifest.json', `${JSON.stringify(manifest, null, 2)}\n`],
    // `sha256sum -c inputs.sha256`, run where the command was, checks the inputs are unchanged.
    ['inputs.sha256', inputs.map((i) => `${i.sha256}  ${i.file}\n`).join('')],
    ['replay.sh', replayScript(process.cwd(), replayTail, tool)],
  ];
  try {
    makeDirectory(dir);
    for (const [name, text] of files)
      writeFileSync(join(dir, name), text, name.endsWith('.sh') ? { mode: 0o755 } : undefined);
  } catch (e) {
    throw new UserError(`${dir}: cannot write the bundle (${(e as NodeJS.ErrnoException).code ?? e})`);
  }
}
