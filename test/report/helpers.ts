import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { vi } from 'vitest';
import { checkData, readDataSet, resolveInputs } from '../../src/api.js';
import { main } from '../../src/cli/main.js';
import { type Printable, publish } from '../../src/findings/redact.js';
import { loadPack } from '../../src/pack/load.js';
import { ruleInfo } from '../../src/report/rules.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
// Relative paths, as a user types them (vitest runs in the repository root): reports show them as given.
export const FACTORY = relative(process.cwd(), join(ROOT, 'test', 'fixtures', 'reports', 'factory'));
export const DEMO = relative(process.cwd(), join(ROOT, 'examples', 'demo-factory'));
export const AS_OF = '2025-10-31';
export const pack = loadPack();
export const rules = ruleInfo(pack);

/** The fixture's people: nothing of these may survive --redact. */
export const NAMES = [
  'นายสมชาย ใจดี',
  '=HYPERLINK("x")<script>alert(1)</script>',
  'Malee Kaewsai',
  'เด็กหญิง แก้วใจ มั่นคง',
  'Prasert Wongsa',
  'Somsri Boonmee',
];
export const NATIONAL_IDS = [
  '1101700123456',
  '3100500678905',
  '1509900112231',
  '1900100445560',
  '3501000778894',
  '2100600990015',
];
export const INJECTION = '=HYPERLINK("x")<script>alert(1)</script>';

/** The fixture's result, through the gate the reporters require (not redacted). */
export function result(dir = FACTORY, asOf = AS_OF): Printable {
  return publish(checkData(readDataSet(resolveInputs({ dir })), pack, { asOf, hoursSeries: true }));
}

export const tmp = (prefix = 'lc-report-') => mkdtempSync(join(tmpdir(), prefix));

/** Runs the CLI in-process: exit code, stdout and stderr. */
export async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  try {
    const code = await main(['node', 'labour-check', ...args]);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
    process.exitCode = undefined;
  }
}

/** Every file in a folder, name -> text. */
export function readAll(dir: string): Map<string, string> {
  return new Map(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}
