import { describe, expect, it } from 'vitest';
import { check } from '../../src/api.js';
import { publish } from '../../src/findings/redact.js';
import { json, jsonChunks } from '../../src/report/json.js';
import { jsonl, jsonlLines } from '../../src/report/jsonl.js';

// The JSON and JSON Lines writers of a large run write the result key by key and every list
// entry by entry; the text must be JSON.stringify's, byte for byte, whatever the result holds
// (test/speed/spool.test.ts holds the same for spooled and redacted runs).

const demo = publish(check({ dir: 'examples/demo-factory', asOf: '2025-10-31' }));
const head = (r: typeof demo) => ({ ...r, findings: [] });

describe('JSON written piece by piece', () => {
  it('is the whole report, on the demo factory', () => {
    expect(demo.findings.length).toBeGreaterThan(5);
    expect(demo.undetermined.length).toBeGreaterThan(0);
    expect([...jsonChunks(head(demo), demo.findings)].join('')).toBe(json(demo));
    expect([...jsonlLines(head(demo), demo.findings)].join('')).toBe(jsonl(demo));
  });

  it('is the whole report with empty lists, absent keys and entries that stringify to null', () => {
    const odd = {
      ...demo,
      findings: [],
      undetermined: [],
      period: undefined,
      employees: undefined,
      warnings: [undefined, { message: 'x "y"\n' }],
    } as unknown as typeof demo;
    expect([...jsonChunks(odd, [])].join('')).toBe(json(odd));
    expect([...jsonlLines(odd, [])].join('')).toBe(jsonl(odd));
    expect(json(odd)).toContain('"findings": [],');
    expect(json(odd)).not.toContain('\n  "period":');
  });
});
