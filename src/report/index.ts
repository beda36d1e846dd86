import type { Printable } from '../findings/redact.js';
import type { ReportOptions } from './common.js';
import { csv } from './csv.js';
import { github } from './github.js';
import { html } from './html.js';
import { json } from './json.js';
import { jsonl } from './jsonl.js';
import { junit } from './junit.js';
import { markdown } from './markdown.js';
import { sarif } from './sarif.js';
import { text } from './text.js';

export const FORMATS = [
  'text',
  'json',
  'jsonl',
  'sarif',
  'junit',
  'github',
  'csv',
  'markdown',
  'html',
] as const;
export type Format = (typeof FORMATS)[number];

/** The file each format is written to under --output-dir (github annotations go to stdout, where the runner reads them). */
export const FILE_NAME: Record<Format, string | undefined> = {
  text: 'report.txt',
  json: 'report.json',
  jsonl: 'report.jsonl',
  sarif: 'report.sarif',
  junit: 'report.junit.xml',
  github: undefined,
  csv: 'report.csv',
  markdown: 'report.md',
  html: 'report.html',
};

export type { ReportOptions } from './common.js';
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
