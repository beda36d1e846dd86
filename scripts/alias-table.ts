// Prints the header alias table (src/parse/aliases.ts) as the Markdown the README shows.
// Run: npx tsx scripts/alias-table.ts
import { pathToFileURL } from 'node:url';
import { ALIASES, CLOCK_ALIASES } from '../src/parse/aliases.js';

export function aliasTableMarkdown(): string {
  const lines: string[] = [];
  const table = (title: string, t: Record<string, readonly string[]>) => {
    lines.push(`**${title}**`, '', '| column | also accepted as |', '|---|---|');
    for (const [column, aliases] of Object.entries(t))
      lines.push(`| \`${column}\` | ${aliases.join(', ')} |`);
    lines.push('');
  };
  table('employees', ALIASES.employees);
  table('hours', ALIASES.hours);
  table('payroll', ALIASES.payroll);
  table('holidays', ALIASES.holidays);
  table('time-clock exports (one row per punch)', CLOCK_ALIASES);
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  process.stdout.write(aliasTableMarkdown());
