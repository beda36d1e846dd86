import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Reading and validating the rule pack's YAML is most of a small check's start-up. What a
// rule file validated to is kept on disk, keyed by the file's size and change times and by
// the schema module's, so a later run reuses it and any edit of either reads the file again.
// LABOUR_CHECK_CACHE=off turns it off; LABOUR_CHECK_CACHE=DIR puts it elsewhere. A cache that
// cannot be read or written is ignored: it only ever saves time.

const SCHEMA = join(dirname(fileURLToPath(import.meta.url)), 'schema.js');

function stamp(file: string): string | undefined {
  try {
    const st = statSync(file);
    return `${st.size}:${st.mtimeMs}:${st.ctimeMs}`;
  } catch {
    return undefined;
  }
}

function cacheFile(): string | undefined {
  const env = process.env.LABOUR_CHECK_CACHE;
  if (env === 'off') return undefined;
  const dir = env || join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'labour-check');
  return join(dir, 'rule-files.json');
}

type Entries = Record<string, { stamp: string; data: unknown }>;
let entries: Entries | undefined;
let dirty = false;
const schemaStamp = stamp(SCHEMA) ?? stamp(SCHEMA.replace(/\.js$/, '.ts')) ?? 'none';

function load(): Entries {
  if (entries) return entries;
  entries = {};
  const file = cacheFile();
  if (!file) return entries;
  try {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { schema: string; entries: Entries };
    if (saved.schema === schemaStamp) entries = saved.entries;
  } catch {
    // No cache yet, or one that cannot be read: start empty.
  }
  return entries;
}

/** What `read` validates `file` to, from the cache when the file is unchanged. */
export function cachedRead<T>(file: string, read: () => T): T {
  const s = stamp(file);
  const e = load();
  const hit = s !== undefined ? e[file] : undefined;
  if (hit && hit.stamp === s) return hit.data as T;
  const data = read();
  if (s !== undefined) {
    e[file] = { stamp: s, data };
    dirty = true;
  }
  return data;
}

/** Writes what this process added (by rename, so a concurrent run never reads half a file). */
export function saveCache(): void {
  const file = cacheFile();
  if (!dirty || !file) return;
  dirty = false;
  try {
    // Files gone or changed since (a temporary pack, an edited rule) are dropped, so the cache stays small.
    const kept: Entries = {};
    for (const [f, e] of Object.entries(entries ?? {})) if (stamp(f) === e.stamp) kept[f] = e;
    mkdirSync(dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify({ schema: schemaStamp, entries: kept }));
    renameSync(tmp, file);
  } catch {
    // A read-only home or a full disk: the next run reads the YAML again.
  }
}
