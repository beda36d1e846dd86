import { basename } from 'node:path';
import type { CheckHooks } from '../api.js';
import type { StreamPath } from '../run/stream.js';

// Progress on stderr while a large hours file is read (issue 7): a bar with rows/s and ETA
// on a terminal, nothing in a pipe, in CI or with --quiet. Which way the hours were read is
// said once on stderr when it is not the plain streaming pass.

const LABEL = { 1: '', 2: ' (not grouped: 2nd pass)', 3: ' (evaluating spilled parts)' };

/** Files smaller than this are read in well under a second: no bar. */
export const PROGRESS_MIN_BYTES = 4 << 20;

export interface Progress {
  hooks: CheckHooks;
  stop(): void;
  /** Notes on how the hours were read, said once the run has succeeded (an exit 2 is one line). */
  notes(): string[];
}

export async function progress(o: { quiet: boolean; redact?: boolean }): Promise<Progress> {
  const notes: string[] = [];
  const onPath = (p: StreamPath) => {
    if (p.path === 'spill') {
      // The reason names the employee whose rows came back: not under --redact.
      const why = o.redact
        ? `an employee's rows come back on line ${p.line} after other employees' rows`
        : p.reason;
      notes.push(`hours not grouped by employee (${why}): read again into ${p.partitions} temporary part(s)`);
    }
  };
  const interactive = !o.quiet && process.stderr.isTTY === true && !process.env.CI;
  if (!interactive) {
    return { hooks: { onPath }, stop: () => {}, notes: () => (o.quiet ? [] : notes) };
  }
  const { SingleBar, Presets } = (await import('cli-progress')).default;
  let bar: InstanceType<typeof SingleBar> | undefined;
  let pass = 0;
  let started = 0;
  return {
    hooks: {
      onPath,
      onProgress: (p) => {
        if (p.total < PROGRESS_MIN_BYTES) return;
        if (p.pass !== pass) {
          bar?.stop();
          pass = p.pass;
          started = performance.now();
          bar = new SingleBar(
            {
              format: `${basename(p.file)}${LABEL[p.pass]} [{bar}] {percentage}% | {rows} rows | {speed} rows/s | ETA {eta_formatted}`,
              stream: process.stderr,
              hideCursor: true,
              clearOnComplete: true,
              etaBuffer: 50,
            },
            Presets.shades_classic,
          );
          bar.start(p.total, 0, { rows: '0', speed: '-' });
        }
        const seconds = (performance.now() - started) / 1000;
        bar!.update(p.read, {
          rows: p.rows.toLocaleString('en'),
          speed: seconds > 0 ? Math.round(p.rows / seconds).toLocaleString('en') : '-',
        });
      },
    },
    stop: () => bar?.stop(),
    notes: () => notes,
  };
}
