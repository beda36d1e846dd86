import { UserError } from '../errors.js';
import { day } from '../facts/calendar.js';
import type { RawTable } from '../read/table.js';
import {
  COLUMNS,
  type Employee,
  type FileKind,
  nationalIdChecksumOk,
  type PayrollRow,
  SCHEMAS,
  type Stretch,
} from './records.js';

export interface Rejection {
  file: string;
  row: number;
  column: string;
  reason: string;
}

export interface InputStats {
  file: string;
  kind: FileKind;
  encoding: string;
  rows_read: number;
  rows_used: number;
  rows_rejected: number;
  sha256: string;
}

export interface Warning {
  file?: string;
  row?: number;
  column?: string;
  message: string;
}

/** Everything the engine works on, with what was rejected on the way. */
export interface DataSet {
  employees: Employee[];
  stretches: Stretch[];
  payroll: PayrollRow[];
  /** Which of the three files were given. */
  present: Record<FileKind, boolean>;
  files: Partial<Record<FileKind, string>>;
  inputs: InputStats[];
  rejected: Rejection[];
  warnings: Warning[];
}

const normHeader = (h: string) => h.trim().toLowerCase().replace(/\s+/g, '_');

/** Row objects keyed by canonical column, with the columns the file lacks reported. */
function columnsOf(table: RawTable, kind: FileKind, warnings: Warning[]): Map<string, number> {
  const index = new Map<string, number>();
  const known = new Set([...COLUMNS[kind].required, ...COLUMNS[kind].optional]);
  const unknown: string[] = [];
  table.header.forEach((h, i) => {
    const name = normHeader(h);
    if (known.has(name)) {
      if (index.has(name)) throw new UserError(`${table.file}: column "${name}" appears twice in the header`);
      index.set(name, i);
    } else if (name !== '') unknown.push(h);
  });
  const missing = COLUMNS[kind].required.filter((c) => !index.has(c));
  if (missing.length) {
    throw new UserError(
      `${table.file}: not a ${kind} file: missing required column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`,
    );
  }
  if (unknown.length)
    warnings.push({ file: table.file, message: `ignored unknown columns: ${unknown.join(', ')}` });
  return index;
}

export interface Parsed<T> {
  records: T[];
  rejected: Rejection[];
  stats: InputStats;
}

export function parseTable<K extends FileKind>(
  table: RawTable,
  kind: K,
  warnings: Warning[],
): Parsed<K extends 'employees' ? Employee : K extends 'hours' ? Stretch : PayrollRow> {
  const index = columnsOf(table, kind, warnings);
  const schema = SCHEMAS[kind];
  const records: unknown[] = [];
  const rejected: Rejection[] = [];
  for (const row of table.rows) {
    if (row.cells.every((c) => c.trim() === '')) {
      rejected.push({ file: table.file, row: row.line, column: '', reason: 'empty row' });
      continue;
    }
    if (row.cells.length > table.header.length) {
      rejected.push({
        file: table.file,
        row: row.line,
        column: '',
        reason: `${row.cells.length} cells but the header has ${table.header.length} columns`,
      });
      continue;
    }
    const obj: Record<string, string> = {};
    for (const [name, i] of index) obj[name] = row.cells[i] ?? '';
    const r = schema.safeParse(obj);
    if (!r.success) {
      const issues = r.error.issues;
      const first = issues[0];
      const more =
        issues.length > 1
          ? ` (also: ${issues
              .slice(1)
              .map((i) => i.path.join('.'))
              .join(', ')})`
          : '';
      rejected.push({
        file: table.file,
        row: row.line,
        column: first.path.join('.'),
        reason: first.message + more,
      });
      continue;
    }
    records.push({ ...r.data, row: row.line });
  }
  return {
    records: records as never[],
    rejected,
    stats: {
      file: table.file,
      kind,
      encoding: table.encoding,
      rows_read: table.rows.length,
      rows_used: records.length,
      rows_rejected: rejected.length,
      sha256: table.sha256,
    },
  };
}

/** Cross-file integrity: unknown employees, duplicate ids, overlapping stretches. Keeps counts reconciled. */
export function assemble(
  parts: Partial<{ employees: Parsed<Employee>; hours: Parsed<Stretch>; payroll: Parsed<PayrollRow> }>,
  warnings: Warning[],
): DataSet {
  const rejected: Rejection[] = [];
  const reject = (p: Parsed<unknown>, r: Rejection) => {
    rejected.push(r);
    p.stats.rows_used--;
    p.stats.rows_rejected++;
  };
  const employees: Employee[] = [];
  const byId = new Map<string, Employee>();
  if (parts.employees) {
    for (const e of parts.employees.records) {
      const prior = byId.get(e.employee_id);
      if (prior) {
        reject(parts.employees, {
          file: parts.employees.stats.file,
          row: e.row,
          column: 'employee_id',
          reason: `duplicate employee_id ${e.employee_id} (first on row ${prior.row})`,
        });
        continue;
      }
      if (e.national_id && !nationalIdChecksumOk(e.national_id)) {
        warnings.push({
          file: parts.employees.stats.file,
          row: e.row,
          column: 'national_id',
          message: 'national ID checksum does not match (kept as given)',
        });
      }
      byId.set(e.employee_id, e);
      employees.push(e);
    }
  }
  const known = (p: Parsed<Stretch> | Parsed<PayrollRow>, id: string, row: number): boolean => {
    if (!parts.employees) {
      if (!byId.has(id)) {
        const stub: Employee = {
          employee_id: id,
          hazardous: false,
          work_categories: [],
          night_work_permit: false,
          row: 0,
        };
        byId.set(id, stub);
        employees.push(stub);
      }
      return true;
    }
    if (byId.has(id)) return true;
    reject(p as Parsed<unknown>, {
      file: p.stats.file,
      row,
      column: 'employee_id',
      reason: `employee ${id} is not in ${parts.employees.stats.file}`,
    });
    return false;
  };

  const stretches: Stretch[] = [];
  if (parts.hours) {
    const h = parts.hours;
    const kept = h.records.filter((s) => known(h, s.employee_id, s.row));
    kept.sort(stretchOrder);
    for (const s of dropOverlaps(kept, h.stats.file, (r) => reject(h as Parsed<unknown>, r)))
      stretches.push(s);
  }
  const payroll: PayrollRow[] = [];
  if (parts.payroll) {
    const p = parts.payroll;
    for (const r of p.records) if (known(p, r.employee_id, r.row)) payroll.push(r);
    payroll.sort(
      (a, b) => cmp(a.employee_id, b.employee_id) || cmp(a.period_start, b.period_start) || a.row - b.row,
    );
  }
  for (const p of [parts.employees, parts.hours, parts.payroll]) if (p) rejected.push(...p.rejected);
  rejected.sort((a, b) => cmp(a.file, b.file) || a.row - b.row || cmp(a.column, b.column));
  employees.sort((a, b) => cmp(a.employee_id, b.employee_id));
  return {
    employees,
    stretches,
    payroll,
    present: { employees: !!parts.employees, hours: !!parts.hours, payroll: !!parts.payroll },
    files: {
      employees: parts.employees?.stats.file,
      hours: parts.hours?.stats.file,
      payroll: parts.payroll?.stats.file,
    },
    inputs: [parts.employees, parts.hours, parts.payroll].filter((p) => p !== undefined).map((p) => p.stats),
    rejected,
    warnings,
  };
}

/** The order of stretches in a data set: employee, date, start, then row. */
export const stretchOrder = (a: Stretch, b: Stretch): number =>
  cmp(a.employee_id, b.employee_id) || cmp(a.date, b.date) || a.start - b.start || a.row - b.row;

/**
 * Overlapping stretches of one employee cannot both be true: the later row is rejected.
 * `sorted` is in `stretchOrder`; returns the stretches kept. Shared with evaluate/stream.ts.
 */
export function dropOverlaps(sorted: Stretch[], file: string, reject: (r: Rejection) => void): Stretch[] {
  const kept: Stretch[] = [];
  let prev: Stretch | undefined;
  let prevEnd = 0;
  for (const s of sorted) {
    const at = absolute(s);
    if (prev && prev.employee_id === s.employee_id && prevEnd > at.start) {
      reject({ file, row: s.row, column: 'start', reason: `overlaps the stretch on row ${prev.row}` });
      continue;
    }
    kept.push(s);
    prev = s;
    prevEnd = at.end;
  }
  return kept;
}

function absolute(s: Stretch): { start: number; end: number } {
  const base = day(s.date) * 1440;
  return { start: base + s.start, end: base + s.end };
}
export const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
