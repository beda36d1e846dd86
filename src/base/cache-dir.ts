import { homedir } from 'node:os';
import { join } from 'node:path';

// Where a run keeps what only saves time (the validated rule files, the compiled CLI):
// LABOUR_CHECK_CACHE=DIR puts it elsewhere, LABOUR_CHECK_CACHE=off turns it off (undefined).
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const dir = env.LABOUR_CHECK_CACHE;
  if (dir === 'off') return undefined;
  return dir || join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'labour-check');
}
