import type { Printable } from '../findings/redact.js';
import { findingsArray } from './finding-lines.js';

type PrintedFinding = Printable['findings'][number];
type HoursSeries = NonNullable<Printable['hours']>[number];

/** The JSON contract (docs/reports.md, The JSON report): stable key order from the result object, 2-space indent. */
export function json(result: Printable): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}

/**
 * `JSON.stringify(value, null, 2)` of an array at depth 1, one element at a time: each element's
 * lines indented by four more spaces (strings hold no raw newline).
 */
function* arrayAtDepth1(items: Iterable<unknown>): Generator<string> {
  let first = true;
  for (const item of items) {
    yield `${first ? '[\n' : ',\n'}    ${(JSON.stringify(item, null, 2) ?? 'null').replaceAll('\n', '\n    ')}`;
    first = false;
  }
  yield first ? '[]' : '\n  ]';
}

/**
 * The same text as `json`, made piece by piece: the result without its findings, key by key and
 * every list one entry at a time, around the findings given one at a time (in report order), so
 * that neither the report nor its summary parts (undetermined, coverage) sit whole in memory as text.
 */
export function jsonChunks(
  head: Printable,
  findings: Iterable<PrintedFinding>,
  hours?: Iterable<HoursSeries>,
): Generator<string> {
  return around(head, () => arrayAtDepth1(findings), hours) as Generator<string>;
}

/**
 * As `jsonChunks`, the findings given as each employee's JSON lines (run/spool.ts), in report
 * order: their bytes are written as they are, with the report's whitespace added.
 */
export function jsonChunksOfLines(
  head: Printable,
  employees: Iterable<Uint8Array>,
  hours?: Iterable<HoursSeries>,
): Generator<string | Uint8Array> {
  return around(head, () => findingsArray(employees), hours);
}

/** `hours`: the hours series, read one at a time, in the place of `head.hours` (kept empty). */
function* around(
  head: Printable,
  findings: () => Iterable<string | Uint8Array>,
  hours?: Iterable<HoursSeries>,
): Generator<string | Uint8Array> {
  let first = true;
  for (const [key, value] of Object.entries({ ...head, findings: [] })) {
    // As JSON.stringify: a key whose value is undefined is left out.
    if (value === undefined) continue;
    yield `${first ? '{\n' : ',\n'}  ${JSON.stringify(key)}: `;
    first = false;
    if (key === 'findings') yield* findings();
    else if (key === 'hours' && hours) yield* arrayAtDepth1(hours);
    else if (Array.isArray(value)) yield* arrayAtDepth1(value);
    else yield JSON.stringify(value, null, 2).replaceAll('\n', '\n  ');
  }
  yield first ? '{}\n' : '\n}\n';
}
