import type { Printable } from '../findings/redact.js';
import type { ReportOptions } from './common.js';
import { csvParts } from './csv.js';
import type { Format } from './formats.js';
import { githubParts } from './github.js';
import { htmlParts } from './html.js';
import { render } from './index.js';
import { junitParts } from './junit.js';
import { markdownParts } from './markdown.js';
import { sarifParts } from './sarif.js';
import type { EachEmployee, TextStore } from './source.js';
import { textParts } from './text.js';

/** Where a report keeps text to write later: a temporary file in a large run (run/spool.ts). */
export type Keeper = () => TextStore & { remove(): void };

const inMemory: Keeper = () => Object.assign(new Map<string, string>(), { remove() {} });

/** Parts made with a store to keep text in, removed once they are all made (or given up). */
function* keeping(keep: Keeper, parts: (kept: TextStore) => Iterable<string>): Generator<string> {
  const kept = keep();
  try {
    yield* parts(kept);
  } finally {
    kept.remove();
  }
}

/**
 * A report in parts from a result without its findings (`head`) and the findings one employee at
 * a time: byte for byte what `render` writes of the whole result.
 */
export function reportParts(
  f: Format,
  head: Printable,
  each: EachEmployee,
  o: ReportOptions & { color?: boolean },
  keep: Keeper = inMemory,
  /** Each employee's hours chart series by printed id, when `head.hours` does not hold them. */
  hoursOf?: (id: string) => NonNullable<Printable['hours']>[number] | undefined,
): Iterable<string> {
  switch (f) {
    case 'sarif':
      return sarifParts(head, each, o);
    case 'csv':
      return csvParts(head, each, o);
    case 'text':
      return textParts(head, each, o);
    case 'markdown':
      return markdownParts(head, each, o);
    case 'github':
      return githubParts(head, each, o);
    case 'junit':
      return keeping(keep, (kept) => junitParts(head, each, o, kept));
    case 'html':
      return keeping(keep, (kept) => htmlParts(head, each, o, kept, hoursOf));
    default: {
      const findings = [...each()].flat();
      return [render(f, { ...head, findings } as Printable, o)];
    }
  }
}
