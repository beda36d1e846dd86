import type { Printable } from '../findings/redact.js';
import type { ReportOptions } from './common.js';
import { csv } from './csv.js';
import type { Format } from './formats.js';
import { github } from './github.js';
import { html } from './html.js';
import { json } from './json.js';
import { jsonl } from './jsonl.js';
import { junit } from './junit.js';
import { markdown } from './markdown.js';
import { sarif } from './sarif.js';
import { text } from './text.js';

export type { ReportOptions } from './common.js';
export { FILE_NAME, FORMATS, type Format } from './formats.js';
export { jsonChunks } from './json.js';
export { jsonlLines } from './jsonl.js';
export { type RuleInfo, ruleInfo } from './rules.js';

/** Renders the result in one format. Every format is a pure function of the result and the options. */
export function render(format: Format, r: Printable, o: ReportOptions & { color?: boolean } = {}): string {
  switch (format) {
    case 'text':
      return text(r, o);
    case 'json':
      return json(r);
    case 'jsonl':
      return jsonl(r);
    case 'sarif':
      return sarif(r, o);
    case 'junit':
      return junit(r, o);
    case 'github':
      return github(r, o);
    case 'csv':
      return csv(r, o);
    case 'markdown':
      return markdown(r, o);
    case 'html':
      return html(r, o);
  }
}
