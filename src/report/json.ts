import type { Printable } from '../findings/redact.js';

/** The JSON contract (semantics.md 6): stable key order from the result object, 2-space indent. */
export function json(result: Printable): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}
