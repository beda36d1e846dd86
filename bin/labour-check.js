#!/usr/bin/env node
// The labour-check command: a thin shim over the built CLI in dist/.
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';

// Whatever escapes the CLI (a missing build, an error thrown after a stream closed) still ends
// as exit 2 with one line; the error's message is not printed, since it may quote an input cell.
const fail = (e) => {
  const name = e instanceof Error ? e.name : typeof e;
  const code = typeof e?.code === 'string' ? ` ${e.code}` : '';
  process.stderr.write(
    `labour-check: internal error (${name}${code}): the run could not finish; please report this with the command used\n`,
  );
  process.exit(2);
};
process.on('uncaughtException', fail);
process.on('unhandledRejection', fail);

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  // Start-up is the whole cost of --version: load nothing but the version (docs/speed.md).
  const { toolVersion } = await import('../dist/src/version.js');
  process.stdout.write(`${toolVersion()}\n`);
} else {
  // A check is one long batch: let the heap grow by half its live size between full
  // collections rather than V8's default (up to 4x). Peak RSS at 10 million hours rows goes
  // from about 650 MB to 350 MB for a few per cent more GC time (docs/speed.md).
  setFlagsFromString('--heap-growing-percent=50');
  if (bundled()) {
    // Compiled with V8's code cache of an earlier run (src/cli/code-cache.ts). V8 drops the
    // compiled code of functions unused for a while: after a long check, the start-up's would be
    // missing from the cache it writes (docs/speed.md, "Start-up, seventh pass").
    setFlagsFromString('--no-flush-bytecode');
    const { loadBundle } = await import('../dist/src/cli/code-cache.js');
    const bundle = loadBundle(fileURLToPath(new URL('../dist/cli/main.cjs', import.meta.url)), args[0]);
    process.exitCode = await bundle.main(process.argv);
    bundle.save(process.exitCode);
  } else {
    const { main } = await import('../dist/src/cli/main.js');
    process.exitCode = await main(process.argv);
  }
}

// The bundle (dist/cli/, `npm run build`) starts faster than dist/src's hundred-odd modules;
// a bare `tsc` leaves it older than dist/src, and then dist/src is what runs.
function bundled() {
  try {
    const at = (p) => statSync(new URL(p, import.meta.url)).mtimeMs;
    return at('../dist/cli/main.cjs') >= at('../dist/src/cli/main.js');
  } catch {
    return false;
  }
}
