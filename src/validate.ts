import { existsSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { type CheckOptions, inputOptions, resolveInputs, validAsOf } from './api.js';
import { UserError } from './errors.js';
import { plausibility } from './evaluate/pack-use.js';
import { loadPack } from './pack/load.js';
import {
  assemble,
  guessKind,
  type InputOptions,
  type InputStats,
  type LayoutInfo,
  type Parsed,
  parseGrid,
  type Rejection,
  type Warning,
} from './parse/ingest.js';
import { withoutImplausibleDates } from './parse/plausible.js';
import { FILE_KINDS, type FileKind } from './parse/records.js';
import { type RawGrid, readGrid } from './read/table.js';

// `labour-check validate`: read and map only. For every file: how it was read, how its columns
// were mapped, rows read / used / rejected and every rejection. Exit 0 clean, 1 rejections,
// 2 a file that cannot be read at all.

export interface FileReport {
  file: string;
  kind?: FileKind;
  /** Why this kind: the file's name, its header, or --kind. */
  kind_reason?: string;
  layout?: LayoutInfo;
  stats?: InputStats;
  rejected: Rejection[];
  warnings: Warning[];
  /** Set when the file could not be read or mapped at all. */
  error?: string;
}

export interface ValidationReport {
  files: FileReport[];
  /** Warnings not tied to one file. */
  warnings: Warning[];
  exit_code: 0 | 1 | 2;
}

export interface ValidateOptions
  extends Omit<CheckOptions, 'dir' | 'employees' | 'hours' | 'payroll' | 'holidays'> {
  /** Read every file named as this kind. */
  kind?: FileKind;
}

/** The kind a file's name says it is: employees / hours (or a clock log) / payroll / holidays, in English or Thai. */
export function kindOfName(file: string): FileKind | undefined {
  const b = basename(file).toLowerCase();
  if (/holiday|วันหยุด/.test(b)) return 'holidays';
  if (/employee|staff|worker|พนักงาน|ลูกจ้าง/.test(b)) return 'employees';
  if (/payroll|salary|wage|pay|เงินเดือน|ค่าจ้าง/.test(b)) return 'payroll';
  if (/hour|attlog|clock|punch|attendance|time|เวลา/.test(b)) return 'hours';
  return undefined;
}

interface Entry {
  file: string;
  kind?: FileKind;
  reason?: string;
}

function entries(paths: string[], o: ValidateOptions): Entry[] {
  if (paths.length === 0) throw new UserError('validate: name a folder or files');
  const out: Entry[] = [];
  for (const p of paths) {
    if (existsSync(p) && statSync(p).isDirectory()) {
      for (const [kind, file] of Object.entries(resolveInputs({ dir: p })))
        out.push({ file, kind: kind as FileKind, reason: 'its name' });
      continue;
    }
    if (o.kind) out.push({ file: p, kind: o.kind, reason: '--kind' });
    else {
      const kind = kindOfName(p);
      out.push(kind ? { file: p, kind, reason: 'its name' } : { file: p });
    }
  }
  return out;
}

export async function validate(paths: string[], o: ValidateOptions = {}): Promise<ValidationReport> {
  // The as-of date check takes (by default today in Bangkok): rows after it are rejected as check rejects them.
  const asOf = validAsOf(o.asOf);
  const inputs = inputOptions(o);
  const list = entries(paths, o);
  const reports: FileReport[] = [];
  const grids = new Map<FileReport, RawGrid>();
  for (const e of list) {
    const r: FileReport = { file: e.file, kind: e.kind, kind_reason: e.reason, rejected: [], warnings: [] };
    reports.push(r);
    try {
      const section = e.kind ? inputs.profile?.[e.kind] : undefined;
      const grid = await readGrid(e.file, {
        encoding: inputs.encoding ?? section?.encoding,
        sheet: inputs.sheet ?? section?.sheet,
      });
      if (!r.kind) {
        const g = guessKind(grid, inputs.profile);
        if (!g) {
          throw new UserError(
            `${e.file}: cannot tell whether this is an employees, hours, payroll or holidays file (name it so, or give --kind)`,
          );
        }
        r.kind = g.kind;
        r.kind_reason = g.reason;
      }
      grids.set(r, grid);
    } catch (err) {
      if (!(err instanceof UserError)) throw err;
      r.error = err.message;
    }
  }
  // Files that make one data set (at most one of each kind) are checked together, so that an
  // hours row of an employee missing from employees.csv is found; otherwise each on its own.
  const readable = reports.filter((r) => grids.has(r));
  const together = FILE_KINDS.every((k) => readable.filter((r) => r.kind === k).length <= 1);
  const groups = together ? [readable] : readable.map((r) => [r]);
  const loose: Warning[] = [];
  for (const group of groups) mapGroup(group, grids, inputs, asOf, loose);
  const exit_code = reports.some((r) => r.error) ? 2 : reports.some((r) => r.rejected.length) ? 1 : 0;
  return { files: reports, warnings: loose, exit_code };
}

function mapGroup(
  group: FileReport[],
  grids: Map<FileReport, RawGrid>,
  inputs: InputOptions,
  asOf: string,
  loose: Warning[],
): void {
  const warnings: Warning[] = [];
  const parts: Partial<Record<FileKind, Parsed<never>>> = {};
  for (const r of group) {
    try {
      parts[r.kind!] = parseGrid(grids.get(r)!, r.kind!, warnings, inputs) as Parsed<never>;
    } catch (err) {
      if (!(err instanceof UserError)) throw err;
      r.error = err.message;
    }
  }
  // Implausible work dates, and work and pay periods after the as-of date, are rejected here as
  // a check rejects them, so that the counts are check's.
  const data = withoutImplausibleDates(assemble(parts, warnings), { ...plausibility(loadPack()), asOf });
  for (const r of group) {
    const part = parts[r.kind!];
    if (!part || r.error) continue;
    r.layout = part.layout;
    r.stats = data.inputs.find((i) => i.file === r.file) ?? part.stats;
    r.rejected = data.rejected.filter((x) => x.file === r.file);
  }
  for (const w of data.warnings) {
    const r = group.find((g) => g.file === w.file);
    if (r) r.warnings.push(w);
    else loose.push(w);
  }
}
