import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkAsync, readDataSetAsync } from '../../src/api.js';
import { hhmm } from '../../src/base/calendar.js';

// The clock part of the field corpus: each folder test/fixtures/field/{zk,hik,ivms,clock}-* holds
// a time-clock export built to the shape of a real one, its employees.csv and expected.json.
// `observe` is what field.test.ts compares with expected.json.

export const FIELD = join(import.meta.dirname, '..', 'fixtures', 'field');
export const AS_OF = '2025-09-30';

export const clockCases = (): string[] =>
  readdirSync(FIELD, { withFileTypes: true })
    .filter((d) => d.isDirectory() && /^(zk|hik|ivms|clock)-/.test(d.name))
    .map((d) => d.name)
    .sort();

export const hoursFile = (c: string): string =>
  readdirSync(join(FIELD, c)).find((f) => f !== 'employees.csv' && f !== 'expected.json') ?? '';

export interface Observed {
  hours: string;
  options?: { dayStarts?: number };
  rows: [number, number, number];
  /** Footer rows skipped (totals, signature lines), when there are any: read = used + rejected + skipped. */
  skipped?: number;
  layout: { format: string; punches: number; merged: number; stretches: number; direction: string };
  notes: string[];
  stretches: string[];
  rejected: [number, string, string][];
  warnings: string[];
  findings: [string, string, string][];
}

const clock = (m: number) => `${hhmm(m % 1440)}${m >= 1440 ? '+1' : ''}`;

export async function observe(c: string, options: Observed['options'] = {}): Promise<Observed> {
  const dir = join(FIELD, c);
  const hours = hoursFile(c);
  const files = { employees: join(dir, 'employees.csv'), hours: join(dir, hours) };
  const data = await readDataSetAsync(files, options);
  const layout = data.layouts.find((l) => l.kind === 'hours');
  const r = await checkAsync({ ...files, ...options, asOf: AS_OF });
  const stats = r.inputs.find((i) => i.file === files.hours);
  return {
    hours,
    ...(options.dayStarts !== undefined ? { options } : {}),
    rows: [stats?.rows_read ?? -1, stats?.rows_used ?? -1, stats?.rows_rejected ?? -1],
    ...(stats?.rows_skipped ? { skipped: stats.rows_skipped } : {}),
    layout: layout?.clock ?? { format: '', punches: 0, merged: 0, stretches: 0, direction: '' },
    notes: layout?.notes ?? [],
    stretches: data.stretches.map(
      (s) => `${s.employee_id} ${s.date} ${clock(s.start)}-${clock(s.end)}${s.inferred ? ' inferred' : ''}`,
    ),
    rejected: r.rejected.map((x) => [x.row, x.column, x.reason]),
    // Unpaired punches are in `rejected` already; ignored columns are not about the clock.
    warnings: r.warnings
      .filter((w) => !w.message.startsWith('unpaired punch') && !w.message.startsWith('ignored columns'))
      .map((w) => w.message),
    findings: r.findings.map((f) => [f.rule, f.employee_id, String(f.date ?? '')]),
  };
}
