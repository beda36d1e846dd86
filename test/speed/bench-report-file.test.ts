import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findingsOf, sameBytes } from '../../scripts/bench/report-file.js';

// The bench reads reports too large for one string (10M finding-heavy rows) in chunks.

const dir = mkdtempSync(join(tmpdir(), 'bench-report-'));
const write = (name: string, text: string | Buffer) => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
};
const report = (pad: number, findings: number) =>
  `{\n  "inputs": "${'x'.repeat(pad)}",\n  "summary": {\n    "employees": 3,\n    "findings": ${findings},\n    "by_severity": {}\n  },\n  "findings": []\n}\n`;

describe('bench report files', () => {
  it('reads the finding count from the summary, wherever the chunk boundary falls', () => {
    for (const pad of [0, (1 << 20) - 40, (1 << 20) - 10, (1 << 20) + 5, 3 << 20]) {
      expect(findingsOf(write(`r${pad}.json`, report(pad, 104488)))).toBe(104488);
    }
  });

  it('says so when a report has no summary', () => {
    expect(() => findingsOf(write('none.json', '{"findings": []}'))).toThrow(/no summary/);
  });

  it('compares files byte for byte across chunks', () => {
    const big = Buffer.alloc((1 << 20) * 2 + 7, 97);
    const a = write('a', big);
    const b = write('b', Buffer.from(big));
    const changed = Buffer.from(big);
    changed[(1 << 20) + 3] = 98;
    const c = write('c', changed);
    const d = write('d', big.subarray(0, big.length - 1));
    expect(sameBytes(a, b)).toBe(true);
    expect(sameBytes(a, c)).toBe(false);
    expect(sameBytes(a, d)).toBe(false);
    expect(sameBytes(d, a)).toBe(false);
  });
});
