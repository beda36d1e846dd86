import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The tool's version, from package.json. Its own module so that `labour-check --version`
// loads nothing else (docs/speed.md: start-up within 100 ms of `node -e 0`).

const HERE = dirname(fileURLToPath(import.meta.url));
export function toolVersion(): string {
  for (const up of ['..', '../..']) {
    const f = join(HERE, up, 'package.json');
    if (existsSync(f)) return (JSON.parse(readFileSync(f, 'utf8')) as { version: string }).version;
  }
  return '0.0.0';
}
