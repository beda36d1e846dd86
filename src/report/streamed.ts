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
import type { EachEmployee } from './source.js';
import { textParts } from './text.js';

/**
 * A report in parts from a result without its findings (`head`) and the findings one employee at
 * a time: byte for byte what `render` writes of the whole result.
 */
export function reportParts(
  f: Format,
  head: Printable,
  each: EachEmployee,
  o: ReportOptions & { color?: boolean },
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
      return junitParts(head, each, o);
    case 'html':
      // The HTML report's hours charts need the run read whole, findings with it.
      return htmlParts({ ...head, findings: [...each()].flat() } as Printable, o);
    default: {
      const findings = [...each()].flat();
      return [render(f, { ...head, findings } as Printable, o)];
    }
  }
}
