import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AS_OF, cli, FACTORY, tmp } from './helpers.js';

const parseLines = (text: string) => {
  expect(text.endsWith('\n')).toBe(true);
  return text
    .slice(0, -1)
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
};

describe('check --format jsonl', () => {
  for (const extra of [[], ['--redact-key', 'jsonl-test-key']]) {
    it(`one finding a line, the summary line last, the same content as --format json${extra.length ? ' (redacted)' : ''}`, async () => {
      const lines = await cli('check', FACTORY, '--as-of', AS_OF, '--format', 'jsonl', ...extra);
      const json = await cli('check', FACTORY, '--as-of', AS_OF, '--format', 'json', ...extra);
      expect(lines.code).toBe(json.code);
      const parsed = parseLines(lines.stdout);
      const report = JSON.parse(json.stdout);
      expect(report.findings.length).toBeGreaterThan(0);
      expect(parsed.map((l) => l.type)).toEqual([...report.findings.map(() => 'finding'), 'summary']);
      const findings = parsed.slice(0, -1).map(({ type, ...f }) => f);
      expect(findings).toEqual(report.findings);
      const { type, ...rest } = parsed.at(-1)!;
      expect({ ...rest, findings }).toEqual(report);
      expect(Object.keys(rest)).toEqual(Object.keys(report).filter((k) => k !== 'findings'));
    });
  }

  it('under --output-dir is report.jsonl, byte for byte what stdout gets', async () => {
    const out = tmp();
    const run = await cli(
      'check',
      FACTORY,
      '--as-of',
      AS_OF,
      '--format',
      'json,jsonl',
      '--output-dir',
      out,
      '-q',
    );
    const stdout = await cli('check', FACTORY, '--as-of', AS_OF, '--format', 'jsonl');
    expect(run.code).toBe(1);
    expect(readFileSync(join(out, 'report.jsonl'), 'utf8')).toBe(stdout.stdout);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    expect(parseLines(stdout.stdout).at(-1)).toMatchObject({ type: 'summary', summary: report.summary });
  });
});
