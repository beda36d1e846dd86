import type { Printable } from '../findings/redact.js';
import { findingLines } from './finding-lines.js';

// JSON Lines for huge runs: one finding per line, then one summary line with the rest of the
// result, so a reader can stream the findings and still has the whole JSON report's content.

type HoursSeries = NonNullable<Printable['hours']>[number];

/**
 * `JSON.stringify(o)` of a plain object, key by key and every list one entry at a time; `hours`
 * read one at a time in the place of `o.hours` (kept empty).
 */
function* compact(o: Record<string, unknown>, hours?: Iterable<HoursSeries>): Generator<string> {
  let first = true;
  for (const [key, value] of Object.entries(o)) {
    if (value === undefined) continue;
    yield `${first ? '{' : ','}${JSON.stringify(key)}:`;
    first = false;
    if (key === 'hours' && hours) {
      let none = true;
      for (const h of hours) {
        yield `${none ? '[' : ','}${JSON.stringify(h)}`;
        none = false;
      }
      yield none ? '[]' : ']';
      continue;
    }
    if (!Array.isArray(value)) {
      yield JSON.stringify(value);
      continue;
    }
    // JSON.stringify writes null for an undefined entry of a list.
    for (let i = 0; i < value.length; i++) yield `${i ? ',' : '['}${JSON.stringify(value[i]) ?? 'null'}`;
    yield value.length ? ']' : '[]';
  }
  yield first ? '{}' : '}';
}

/** The report's lines, each with its newline: findings first (given apart when spooled), the summary last. */
export function* jsonlLines(
  result: Printable,
  findings: Iterable<Printable['findings'][number]> = result.findings,
  hours?: Iterable<HoursSeries>,
): Generator<string> {
  for (const f of findings) yield `${JSON.stringify({ type: 'finding', ...f })}\n`;
  yield* summaryLine(result, hours);
}

/**
 * As `jsonlLines`, the findings given as each employee's JSON lines (run/spool.ts), in report
 * order: their bytes are written as they are, after the line's type.
 */
export function* jsonlLinesOfLines(
  result: Printable,
  employees: Iterable<Uint8Array>,
  hours?: Iterable<HoursSeries>,
): Generator<string | Uint8Array> {
  yield* findingLines(employees);
  yield* summaryLine(result, hours);
}

function* summaryLine(result: Printable, hours?: Iterable<HoursSeries>): Generator<string> {
  const { findings: _, ...rest } = result;
  // The summary line piece by piece: at 20,000 employees its undetermined list alone is tens of MB.
  yield* compact({ type: 'summary', ...rest }, hours);
  yield '\n';
}

export function jsonl(result: Printable): string {
  return [...jsonlLines(result)].join('');
}
