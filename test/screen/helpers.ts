import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
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
