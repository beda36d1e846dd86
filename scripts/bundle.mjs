// Bundles the built CLI (dist/src, from tsc) into dist/cli/ so a run loads a few files instead
// of a hundred-odd modules: start-up is most of a small check (docs/speed.md, "Start-up, fifth
// pass"). Two bundles:
// - main.cjs, the command, one CommonJS file: the bin compiles it with V8's code cache
//   (src/cli/code-cache.ts; docs/speed.md, "Start-up, seventh pass"), which Node 20 gives to
//   scripts only. Modules loaded on demand (`import()`) are in the file but run only when
//   called; packages stay in node_modules, loaded on demand as before.
// - worker.js and its chunks, ES modules: the worker threads of `--jobs`.
// Each module's `import.meta.url` is kept pointing at its own file in dist/src, so files found
// beside a module (the rule pack, the worker, schemas required on demand, package.json) are
// found as before.
import { readFile, rm } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist', 'cli');

// A worker thread of `--jobs` loads the bundle too (entry `worker`): from dist/src it loaded a
// hundred-odd modules, about a quarter of a second of CPU in a new thread at every check.
const WORKER = "new URL('./worker.js', import.meta.url)";
const BUNDLED_WORKER = 'new URL("./worker.js", BUNDLE_URL)';

// A package imported on demand: `import('name')`, not a module of dist/src ('./x.js').
const PACKAGE_IMPORT = /\bimport\((['"])(?![./])/g;

/** Rewrites dist/src's modules for a bundle whose own URL is the expression `bundleUrl`. */
const ownUrl = (bundleUrl, { commonjs }) => ({
  name: 'own-import-meta-url',
  setup(b) {
    b.onLoad({ filter: /[\\/]dist[\\/]src[\\/].*\.js$/ }, async (args) => {
      let text = await readFile(args.path, 'utf8');
      const jobs = args.path.endsWith(join('run', 'jobs.js'));
      if (jobs) {
        // The worker threads start from the bundle's own worker entry, beside the bundle's files:
        // that one URL is left relative to the bundle.
        if (!text.includes(WORKER)) throw new Error(`scripts/bundle.mjs: ${WORKER} not found in run/jobs.js`);
        text = text.replace(WORKER, BUNDLED_WORKER);
      }
      const rel = relative(outdir, args.path).split('\\').join('/');
      const own = `new URL(${JSON.stringify(rel)}, ${bundleUrl}).href`;
      text = text.replaceAll('import.meta.url', own);
      if (jobs) text = text.replace(BUNDLED_WORKER, WORKER.replace('import.meta.url', bundleUrl));
      // A script has no `import()` in Node 20: the code-cache loader passes one in.
      if (commonjs) text = text.replace(PACKAGE_IMPORT, '__importPackage($1');
      return { contents: text, loader: 'js' };
    });
  },
});

// commander and chalk load at every start-up: inside the bundle they load in about 20 ms, from
// node_modules in 40-60 (docs/speed.md, "Start-up, sixth pass"). The other packages load on
// demand and stay in node_modules. Bundled CommonJS (commander) calls `require`, which an ES
// module has not: the banner makes one.
const INLINE = ['commander', 'chalk'];
const { dependencies } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
const external = Object.keys(dependencies)
  .filter((d) => !INLINE.includes(d))
  .flatMap((d) => [d, `${d}/*`]);

// commander requires child_process as it loads (7-10 ms of a start-up, docs/speed.md, "Start-up,
// sixth pass"), only to run executable subcommands, which labour-check has none of: it is
// required when one would run instead.
const CHILD_PROCESS = "const childProcess = require('node:child_process');";
const lazyChildProcess = {
  name: 'commander-lazy-child-process',
  setup(b) {
    b.onLoad({ filter: /[\\/]commander[\\/]lib[\\/]command\.js$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      if (!text.includes(CHILD_PROCESS))
        throw new Error(`scripts/bundle.mjs: ${CHILD_PROCESS} not found in ${args.path}`);
      const lazy = "const childProcess = { spawn: (...a) => require('node:child_process').spawn(...a) };";
      return { contents: text.replace(CHILD_PROCESS, lazy), loader: 'js' };
    });
  },
};

const common = {
  outdir,
  bundle: true,
  platform: 'node',
  target: 'node20',
  external,
  logLevel: 'warning',
};

// Chunk names change with their content: clear the last build's.
await rm(outdir, { recursive: true, force: true });
await build({
  ...common,
  entryPoints: { worker: join(root, 'dist', 'src', 'run', 'worker.js') },
  splitting: true,
  format: 'esm',
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  plugins: [ownUrl('import.meta.url', { commonjs: false }), lazyChildProcess],
});
await build({
  ...common,
  entryPoints: { main: join(root, 'dist', 'src', 'cli', 'main.js') },
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [ownUrl('__bundleUrl', { commonjs: true }), lazyChildProcess],
});

// What the loader cannot run: an `import()` left in the script (a package imported another way).
const main = await readFile(join(outdir, 'main.cjs'), 'utf8');
const left = main.match(/\bimport\(\s*["'`][^"'`]*/);
if (left) throw new Error(`scripts/bundle.mjs: dist/cli/main.cjs still calls ${left[0]}`);
