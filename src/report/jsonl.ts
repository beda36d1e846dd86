import type { Printable } from '../findings/redact.js';

// JSON Lines for huge runs: one finding per line, then one summary line with the rest of the
// result, so a reader can stream the findings and still has the whole JSON report's content.

/** The report's lines, each with its newline: findings first (given apart when spooled), the summary last. */
export function* jsonlLines(
  result: Printable,
  findings: Iterable<Printable['findings'][number]> = result.findings,
): Generator<string> {
  const { findings: _, ...rest } = result;
  for (const f of findings) yield `${JSON.stringify({ type: 'finding', ...f })}\n`;
  yield `${JSON.stringify({ type: 'summary', ...rest })}\n`;
}

export function jsonl(result: Printable): string {
  return [...jsonlLines(result)].join('');
}
