import type { Printable } from '../findings/redact.js';

type PrintedFinding = Printable['findings'][number];

/** The JSON contract (docs/reports.md, The JSON report): stable key order from the result object, 2-space indent. */
export function json(result: Printable): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}

const MARK = '\u0000findings\u0000';

/**
 * The same text as `json`, made piece by piece: the result without its findings around the
 * findings given one at a time (in report order), so that the report never sits whole in memory.
 */
export function* jsonChunks(head: Printable, findings: Iterable<PrintedFinding>): Generator<string> {
  const text = JSON.stringify({ ...head, findings: MARK }, null, 2);
  const at = text.indexOf(JSON.stringify(MARK));
  yield text.slice(0, at);
  let first = true;
  for (const f of findings) {
    // Pretty-printed at depth 2: each line indented by four more spaces (strings hold no raw newline).
    yield `${first ? '[\n' : ',\n'}    ${JSON.stringify(f, null, 2).replaceAll('\n', '\n    ')}`;
    first = false;
  }
  yield first ? '[]' : '\n  ]';
  yield `${text.slice(at + JSON.stringify(MARK).length)}\n`;
}
