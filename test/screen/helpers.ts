import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { vi } from 'vitest';
import { parse } from 'yaml';
import { main } from '../../src/cli/main.js';
import { loadPack } from '../../src/pack/load.js';
import type { Account } from '../../src/screen/account.js';
import { answerContext, readAccount } from '../../src/screen/command.js';
import { loadScreenData, messagesFor } from '../../src/screen/data.js';

export const pack = loadPack();
export const data = loadScreenData();
export const en = messagesFor(data, 'en');
export const th = messagesFor(data, 'th');
export const ctx = answerContext(pack, data);
export const EXAMPLE = fileURLToPath(new URL('../../examples/accounts/bangkok-9000.yaml', import.meta.url));
export const exampleAccount = (): Account => readAccount(EXAMPLE, ctx, en);
export const exampleRaw = (): Record<string, unknown> => parse(readFileSync(EXAMPLE, 'utf8'));

/** `labour-check screen ARGS` in this process, with what it wrote to stdout and stderr. */
export async function runScreenCli(...args: string[]) {
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((c) => {
    out += String(c);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((c) => {
    err += String(c);
    return true;
  });
  const code = await main(['node', 'labour-check', 'screen', ...args]);
  vi.restoreAllMocks();
  process.exitCode = undefined;
  return { code, out, err };
}
