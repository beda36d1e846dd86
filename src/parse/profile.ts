import { createRequire } from 'node:module';
import type { Document, LineCounter } from 'yaml';
import type { z } from 'zod';
import { UserError } from '../errors.js';
import { readRegularText } from '../read/file.js';
import { parseUserYaml, yamlLib } from '../read/yaml.js';
import type { FileKind } from './records.js';

// A mapping profile (--map profile.yaml) says how one employer's files map onto the canonical
// ones: which header is which column, constants for the whole file, value maps, rows to skip
// above the header, date order. `labour-check map --init FILE` writes a first one.

// The schema (and zod with it) is loaded only when a profile is read: a check without --map
// does without it (docs/speed.md, Start-up).
type Schemas = typeof import('./profile-schema.js');
let schemas: Schemas | undefined;

/** Loads the profile schema ahead of a synchronous read of a profile. */
export async function loadProfileSchema(): Promise<void> {
  schemas ??= await import('./profile-schema.js');
}

function profileSchema(): Schemas['ProfileSchema'] {
  // A synchronous read not preceded by loadProfileSchema: require() of an ES module (Node 20.19+).
  schemas ??= createRequire(import.meta.url)('./profile-schema.js') as Schemas;
  return schemas.ProfileSchema;
}

/** The date order a section fixes, by `date_order` or by the pattern of `date_format`. */
export function dateOrderOf(s: {
  date_order?: string;
  date_format?: string;
}): 'day-first' | 'month-first' | undefined {
  if (s.date_format) return s.date_format.startsWith('M') ? 'month-first' : 'day-first';
  return s.date_order as 'day-first' | 'month-first' | undefined;
}

export type Profile = z.infer<Schemas['ProfileSchema']>;
export type ProfileSection = NonNullable<Profile['employees']>;
export type ClockProfile = NonNullable<NonNullable<Profile['hours']>['clock']>;
export const profileSection = (
  p: Profile | undefined,
  kind: FileKind,
): (ProfileSection & { clock?: ClockProfile }) | undefined => p?.[kind];

export function loadProfile(file: string): Profile {
  return parseProfile(readRegularText(file), file);
}

/** Parses and validates a profile; every error names the file, line and column. */
export function parseProfile(src: string, file: string): Profile {
  const { data: raw, doc, lines: lc } = parseUserYaml(src, file);
  const data = raw ?? {};
  const r = profileSchema().safeParse(data);
  if (r.success) return r.data;
  const msgs = r.error.issues.slice(0, 3).map((i) => {
    const keys = (i as { keys?: string[] }).keys;
    const path = i.path.map(String);
    const at = locate(doc, lc, path, keys?.[0]);
    const where = keys?.length ? [...path, keys[0]].join('.') : path.join('.');
    const message = keys?.length ? `unknown field "${keys[0]}"` : i.message;
    return `${file}:${at.line}:${at.col}: ${where || '(top)'}: ${message}`;
  });
  const more = r.error.issues.length > 3 ? ` (and ${r.error.issues.length - 3} more)` : '';
  throw new UserError(`invalid profile: ${msgs.join('; ')}${more}`);
}

/** Line and column of the node at `path` (or of the key `key` inside it). */
function locate(doc: Document, lc: LineCounter, path: string[], key?: string): { line: number; col: number } {
  const { isMap, isScalar } = yamlLib();
  let node: unknown = doc.contents;
  let pos = (doc.contents as { range?: number[] } | null)?.range?.[0] ?? 0;
  for (const seg of key === undefined ? path : [...path, key]) {
    if (!isMap(node)) break;
    const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === seg);
    if (!pair) break;
    pos = (pair.key as { range?: number[] }).range?.[0] ?? pos;
    node = pair.value;
  }
  return lc.linePos(pos);
}
