// The report formats and their file names, apart from the reporters themselves, so that a
// command loads only the reporters it writes with (docs/speed.md, start-up).

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
