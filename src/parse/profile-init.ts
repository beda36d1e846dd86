import { Document, isMap, isSeq, type YAMLMap } from 'yaml';
import type { RawGrid } from '../read/table.js';
import { CLOCK_DEFAULTS } from './clock.js';
import type { HeaderInspection } from './header.js';
import { COLUMNS } from './records.js';

// `labour-check map --init FILE`: a starting profile from a file's header, with the guesses
// made (which row is the header, which header is which column) written next to each line so
// that a person can check them. The output is a valid profile as it stands.

const HOW: Record<string, string> = {
  canonical: 'canonical name',
  alias: 'guess: alias table',
  profile: 'from the profile',
  constant: 'constant',
};

export function initProfile(grid: RawGrid, h: HeaderInspection, command: string): string {
  const section: Record<string, unknown> = {};
  if (h.skipRows > 0) section.skip_rows = h.skipRows;
  if (grid.sheet) section.sheet = grid.sheet;
  if (grid.layout !== 'xlsx') section.encoding = grid.encoding.replace(/-bom$/, '');
  section.date_order = h.dateOrder.startsWith('month-first') ? 'month-first' : 'day-first';
  const columns: Record<string, string | string[]> = {};
  for (const c of h.columns) columns[c.column] = c.headers.length === 1 ? c.headers[0] : c.headers;
  section.columns = columns;
  const title = h.titlePeriod && !columns.period_start && !columns.period_end ? h.titlePeriod : undefined;
  if (title) section.constants = { period_start: title.start, period_end: title.end };
  if (h.isClock)
    section.clock = {
      merge_minutes: CLOCK_DEFAULTS.mergeMinutes,
      max_shift_hours: CLOCK_DEFAULTS.maxShiftHours,
      direction: 'auto',
    };

  const doc = new Document({ version: 1, [h.kind]: section });
  doc.commentBefore = [
    ` labour-check mapping profile, started by: ${command}`,
    ` from the header on ${h.headerLine ? `line ${h.headerLine}` : 'the fixed layout'} of ${grid.file} (${grid.description}).`,
    ' Check every line marked "guess". Use it with: labour-check check --map THIS_FILE ...',
    ' Fields: skip_rows, sheet, encoding, date_order (day-first | month-first) or date_format (DD/MM/YYYY),',
    ' two_digit_years (be | ce), skip_footer, stop_at_blank, columns, constants, values; hours also: clock.',
  ].join('\n');
  const kind = doc.get(h.kind, true) as YAMLMap;
  const note = (key: string, text: string) => {
    const pair = kind.items.find((p) => String((p.key as { value?: unknown }).value) === key);
    if (pair?.value && typeof pair.value === 'object')
      (pair.value as { comment?: string }).comment = ` ${text}`;
  };
  if (h.skipRows > 0) note('skip_rows', `guess: title rows above the header on line ${h.headerLine}`);
  if (title)
    note('constants', `guess: the pay period in the title row on line ${title.line}: "${title.text}"`);
  if (section.encoding) note('encoding', 'detected');
  note('date_order', h.dateOrder);
  const cols = kind.get('columns', true);
  if (isMap(cols)) {
    for (const p of cols.items) {
      const name = String((p.key as { value?: unknown }).value);
      const use = h.columns.find((c) => c.column === name);
      if (isSeq(p.value)) p.value.flow = true;
      const summed = use && use.headers.length > 1 ? (name === 'name' ? ', joined' : ', summed') : '';
      if (use && p.value && typeof p.value === 'object')
        (p.value as { comment?: string }).comment = ` ${HOW[use.how] ?? use.how}${summed}`;
    }
    const tail: string[] = [];
    const required = h.isClock ? ['employee_id', 'datetime (or date and time)'] : COLUMNS[h.kind].required;
    const missing = h.isClock ? [] : h.missingRequired;
    if (missing.length) {
      tail.push(' Required but not found: write "COLUMN: header" for each of');
      for (const m of missing) tail.push(`   ${m}`);
    } else tail.push(` Required columns (${required.join(', ')}) are all mapped.`);
    if (h.ignored.length) {
      tail.push(' Not recognised (map any that matter, e.g. "ot_pay: <header>"):');
      for (const i of h.ignored) tail.push(`   ${i}`);
    }
    if (!h.isClock) {
      tail.push(' Constants for the whole file, e.g.  constants: { province: Chon Buri }');
      tail.push(' Value maps, e.g.  values: { wage_type: { รายเดือน: monthly, รายวัน: daily } }');
    }
    cols.comment = tail.join('\n');
  }
  return doc.toString({ lineWidth: 0 });
}
