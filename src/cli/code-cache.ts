import { createHash } from 'node:crypto';
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { cacheDir } from '../base/cache-dir.js';
import { makeDirectory } from '../base/directory.js';

// The bin runs the CLI's bundle (dist/cli/main.cjs, scripts/bundle.mjs) through V8's code
// cache: what V8 compiled in one run is kept on disk and the next run starts from it instead
// of parsing and compiling the bundle again, about 50 ms of a small check (docs/speed.md,
// "Start-up, seventh pass"). Node 20 gives a code cache only to scripts, hence a CommonJS
// bundle compiled here. The cache is keyed by the bundle's size and change times, Node's
// version and the command (each compiles its own functions), and only ever saves time: it is
// skipped when it cannot be read or written, and LABOUR_CHECK_CACHE=off turns it off.

type Main = (argv: string[]) => Promise<number>;

export interface Bundle {
  main: Main;
  /** Whether V8 took this run's code from the cache. */
  cached: boolean;
  /** Keeps what this run compiled, when it had no cache to use and ended normally (0 or 1). */
  save(exitCode: number): void;
}

/** The bundle's stamp: an edit, a copy or a rebuild changes it (V8 itself checks only the length). */
function stampOf(file: string): string {
  const st = statSync(file);
  return `${st.size}:${st.mtimeMs}:${st.ctimeMs}|${process.version}|${process.arch}`;
}

function cacheFile(file: string, command: string | undefined, env: NodeJS.ProcessEnv): string | undefined {
  const dir = cacheDir(env);
  if (!dir) return undefined;
  const install = createHash('sha256').update(file).digest('hex').slice(0, 12);
  const word = command && /^[a-z][a-z-]{0,20}$/.test(command) ? command : 'other';
  return join(dir, `code.${install}.${word}.bin`);
}

/** The cached code for `stamp`: the file holds the stamp's line, then V8's data. */
function readCache(path: string | undefined, stamp: string): Buffer | undefined {
  if (!path) return undefined;
  try {
    const saved = readFileSync(path);
    const end = saved.indexOf(10);
    return end > 0 && saved.toString('utf8', 0, end) === stamp ? saved.subarray(end + 1) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Compiles and runs the CommonJS bundle `file` and returns its `main`. `command` (the first
 * argument) names the cache entry. Packages the bundle imports on demand come through
 * `__importPackage`, since a script compiled here cannot use `import()` in Node 20.
 */
export function loadBundle(file: string, command?: string, env: NodeJS.ProcessEnv = process.env): Bundle {
  const source = readFileSync(file, 'utf8');
  const stamp = stampOf(file);
  const path = cacheFile(file, command, env);
  const cachedData = readCache(path, stamp);
  const script = new Script(
    `(function (exports, require, module, __filename, __dirname, __importPackage) {${source}\n})`,
    { filename: file, cachedData },
  );
  const cached = cachedData !== undefined && !script.cachedDataRejected;
  const module = { exports: {} as { main?: Main } };
  const importPackage = (name: string): Promise<unknown> => import(name);
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file), importPackage);
  const main = module.exports.main;
  if (typeof main !== 'function') throw new Error(`${file} exports no main`);
  return {
    main,
    cached,
    save(exitCode) {
      if (cached || !path || (exitCode !== 0 && exitCode !== 1)) return;
      try {
        // After the run, so the functions it compiled lazily are in the cache too.
        const data = script.createCachedData();
        makeDirectory(dirname(path));
        const tmp = `${path}.${process.pid}.tmp`;
        writeFileSync(tmp, Buffer.concat([Buffer.from(`${stamp}\n`), data]));
        renameSync(tmp, path);
      } catch {
        // A read-only home or a full disk: the next run compiles the bundle again.
      }
    },
  };
}
