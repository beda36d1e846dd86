import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';
import type { Document, LineCounter } from 'yaml';
import { UserError } from '../errors.js';
import { readRegularText } from './file.js';

// The one way a file a user gives (mapping profile, waivers, screen account, rule pack) is read
// as YAML: data only. No tags: a tag asks the parser to build something other than text,
// numbers, lists and maps, and an unknown one made the yaml package print a warning block.
// Aliases are limited, so a "billion laughs" file is refused instead of filling memory.

let yaml: typeof Yaml | undefined;
/**
 * The yaml package, loaded on first use: a check whose rule files come from the cache parses no
 * YAML, and loading the parser is a noticeable part of start-up (docs/speed.md).
 */
export function yamlLib(): typeof Yaml {
  yaml ??= createRequire(import.meta.url)('yaml') as typeof Yaml;
  return yaml;
}

/** Aliases a file may expand: a hand-written file needs a few, an attack needs thousands. */
export const MAX_ALIASES = 100;

/** Tags a file may carry: the YAML core types, which say what plain YAML says anyway. */
const CORE_TAGS = new Set(
  ['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`),
);

export interface YamlFile {
  data: unknown;
  doc: Document;
  lines: LineCounter;
}

/** Parses `text` read from `file`; any problem is one UserError line with the line and column. */
export function parseUserYaml(text: string, file: string): YamlFile {
  const { LineCounter, parseDocument, visit, isScalar, isCollection } = yamlLib();
  const lines = new LineCounter();
  // logLevel 'error': warnings are not printed by the yaml package; the tag check below refuses them.
  const doc = parseDocument(text, {
    lineCounter: lines,
    uniqueKeys: true,
    prettyErrors: false,
    logLevel: 'error',
    schema: 'core',
    merge: false,
  });
  const at = (pos: number) => {
    const p = lines.linePos(pos);
    return `${file}:${p.line}:${p.col}`;
  };
  if (doc.errors.length) {
    const e = doc.errors[0];
    throw new UserError(`${at(e.pos[0])}: not valid YAML: ${e.message.split('\n')[0]}`);
  }
  visit(doc, (_key, node) => {
    if ((isScalar(node) || isCollection(node)) && node.tag && !CORE_TAGS.has(node.tag)) {
      throw new UserError(
        `${at(node.range?.[0] ?? 0)}: YAML tags are not accepted (${node.tag.replace(/^tag:yaml\.org,2002:/, '!!')}): write plain values`,
      );
    }
    return undefined;
  });
  let data: unknown;
  try {
    // The yaml package counts every expansion, nested ones included, and throws past the limit.
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch {
    throw new UserError(
      `${file}: too many YAML aliases (more than ${MAX_ALIASES} expansions): write the values out`,
    );
  }
  return { data, doc, lines };
}

/**
 * Where a value of the file is, as `line L, column C`: the value at `path`, or with `key` the key
 * of that name in the map at `path`; undefined when the path leads nowhere. For a message that
 * must say where without quoting what is there (a worker's answers are personal).
 */
export function placeIn(y: YamlFile, path: readonly PropertyKey[], key?: string): string | undefined {
  const { isMap, isScalar } = yamlLib();
  const node = path.length === 0 ? y.doc.contents : y.doc.getIn(path as unknown[], true);
  let at: number | undefined;
  if (key === undefined) at = (node as { range?: [number, number, number] } | null)?.range?.[0];
  else if (isMap(node)) {
    const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
    at = isScalar(pair?.key) ? pair.key.range?.[0] : undefined;
  }
  if (at === undefined) return undefined;
  const p = y.lines.linePos(at);
  return `line ${p.line}, column ${p.col}`;
}

/** Reads a YAML file a user gave; see parseUserYaml. */
export function readUserYaml(file: string): YamlFile {
  return parseUserYaml(readRegularText(file), file);
}
