// The documented commands: every `labour-check …` line of the fenced code blocks of README.md
// and docs/*.md, with the exit code written beside it (`# … exit N`) or the reason it cannot
// run in a test (`# not run: REASON`).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface DocCommand {
  /** Page and line, e.g. `docs/ci.md:52`. */
  where: string;
  /** The command as written, continuation lines joined, without its comment. */
  command: string;
  expectedExit?: number;
  notRun?: string;
}

/** README.md, then docs/*.md in name order. */
export function docPages(root: string): string[] {
  const docs = readdirSync(join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => join(root, 'docs', f));
  return [join(root, 'README.md'), ...docs];
}

/** Splits `cmd   # comment` at the first ` #` outside quotes. */
function splitComment(line: string): [string, string] {
  let quote = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(line[i - 1]!)))
      return [line.slice(0, i).trim(), line.slice(i + 1).trim()];
  }
  return [line.trim(), ''];
}

export function commandsOf(text: string, where: string): DocCommand[] {
  const out: DocCommand[] = [];
  const lines = text.split('\n');
  let inFence = false;
  for (let i = 0; i < lines.length; i++) {
    const trimmed = lines[i]!.trim();
    if (trimmed.startsWith('```')) {
      inFence = !inFence;
      continue;
    }
    if (!inFence) continue;
    const start = trimmed.replace(/^\$\s+/, '');
    if (!/^labour-check(\s|$)/.test(start)) continue;
    const at = `${where}:${i + 1}`;
    let joined = start;
    // A line ending in a backslash continues on the next (shell line continuation).
    while (joined.endsWith('\\') && i + 1 < lines.length)
      joined = `${joined.slice(0, -1)} ${lines[++i]!.trim()}`;
    const [command, comment] = splitComment(joined);
    const notRun = /not run:\s*(.+)$/.exec(comment)?.[1];
    const exit = /\bexit (\d+)\s*$/.exec(comment)?.[1];
    out.push({
      where: at,
      command: command.replace(/\s+/g, ' '),
      expectedExit: exit === undefined ? undefined : Number(exit),
      notRun,
    });
  }
  return out;
}

export function documentedCommands(root: string): DocCommand[] {
  return docPages(root).flatMap((p) => commandsOf(readFileSync(p, 'utf8'), relative(root, p)));
}
