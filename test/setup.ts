import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

// CLI tests run the built bin: build once when dist/ is missing or older than src/, or the
// bundle the bin loads (dist/cli/) is missing or older than the modules it is made from.
export default function setup(): void {
  const root = join(import.meta.dirname, '..');
  const built = join(root, 'dist', 'src', 'cli', 'main.js');
  const bundle = join(root, 'dist', 'cli', 'main.cjs');
  const stale =
    !existsSync(built) ||
    statSync(built).mtimeMs < newest(join(root, 'src')) ||
    !existsSync(bundle) ||
    statSync(bundle).mtimeMs < statSync(built).mtimeMs;
  if (stale) {
    execSync('npm run build', { cwd: root, stdio: 'inherit' });
  }
}

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}
