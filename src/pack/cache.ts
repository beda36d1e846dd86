import { createHash } from 'node:crypto';
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheDir } from '../base/cache-dir.js';
import { makeDirectory } from '../base/directory.js';

// Reading and validating the rule pack's YAML is most of a small check's start-up. What a
// rule file validated to is kept on disk, keyed by the file's size and change times and by
// the schema module's, so a later run reuses it and any edit of either reads the file again.
// LABOUR_CHECK_CACHE=off turns it off; LABOUR_CHECK_CACHE=DIR puts it elsewhere. A cache that
// cannot be read or written is ignored: it only ever saves time. Each installation has its own
// file (named by where its schema module is), so two installations sharing a home do not keep
// discarding each other's entries.

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
  const dir = cacheDir();
  if (!dir) return undefined;
  const install = createHash('sha256').update(SCHEMA).digest('hex').slice(0, 12);
  return join(dir, `rule-files.${install}.json`);
}

// Between a file and its validator in an entry's key: a character no path holds.
const SEP = '\0';

/** An entry's stamp: its file's, and its validator module's when it has one. */
function stampOfKey(key: string): string | undefined {
  const [file, validator] = key.split(SEP);
  const s = stamp(file);
  return s !== undefined && validator !== undefined ? `${s}|${stamp(validator) ?? 'none'}` : s;
}

type Entries = Record<string, { stamp: string; data: unknown }>;
let entries: Entries | undefined;
let dirty = false;
const schemaStamp = stamp(SCHEMA) ?? stamp(SCHEMA.replace(/\.js$/, '.ts')) ?? 'none';

/** The entries saved in `file` for this schema; none when it is absent, unreadable or of another schema. */
function saved(file: string): Entries {
  try {
    const s = JSON.parse(readFileSync(file, 'utf8')) as { schema: string; entries: Entries };
    if (s.schema === schemaStamp && s.entries && typeof s.entries === 'object') return s.entries;
  } catch {
    // No cache yet, or one that cannot be read: start empty.
  }
  return {};
}

function load(): Entries {
  if (entries) return entries;
  const file = cacheFile();
  entries = file ? saved(file) : {};
  return entries;
}

/**
 * What `read` validates `file` to, from the cache when the file is unchanged. `validator`: the
 * URL of a module other than the pack's schema whose rules `read` applies; an entry is then
 * kept under its own key and goes stale when that module changes too.
 */
export function cachedRead<T>(file: string, read: () => T, validator?: string): T {
  const key = validator ? `${file}${SEP}${fileURLToPath(validator)}` : file;
  const s = stampOfKey(key);
  const e = load();
  const hit = s !== undefined ? e[key] : undefined;
  if (hit && hit.stamp === s) return hit.data as T;
  const data = read();
  if (s !== undefined) {
    e[key] = { stamp: s, data };
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
    for (const [f, e] of Object.entries(entries ?? {})) if (stampOfKey(f) === e.stamp) kept[f] = e;
    // What another thread or process saved since this one loaded (a check's worker reads the
    // indicator files the reading thread never does): kept, or each run would drop the other's.
    for (const [f, e] of Object.entries(saved(file))) if (!kept[f] && stampOfKey(f) === e.stamp) kept[f] = e;
    makeDirectory(dirname(file));
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify({ schema: schemaStamp, entries: kept }));
    renameSync(tmp, file);
  } catch {
    // A read-only home or a full disk: the next run reads the YAML again.
  }
}
