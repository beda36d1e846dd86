import type { DataSet, LostDay, Parsed, Rejection, Warning } from './dataset.js';
import { payPeriods } from './pay-periods.js';
import {
  type Employee,
  type Holiday,
  nationalIdChecksumOk,
  type PayrollRow,
  SECTORS,
  type Stretch,
} from './records.js';
import {
  EN_PLURAL,
  lineList,
  lostByEmployee,
  lostPayByEmployee,
  notWorkedByEmployee,
  StretchRejections,
  said,
  undatedByEmployee,
  warned,
} from './rejections.js';
import { cmp, dropOverlaps, placeAfterMidnight, sortStretches } from './stretches.js';

// The files of one data set together: unknown employees, duplicate ids, overlapping stretches,
// payroll rows of one pay period and overlapping pay periods (pay-periods.ts).

/** Cross-file integrity: unknown employees, duplicate ids, overlapping stretches. Keeps counts reconciled. */
export function assemble(
  parts: Partial<{
    employees: Parsed<Employee>;
    hours: Parsed<Stretch>;
    payroll: Parsed<PayrollRow>;
    holidays: Parsed<Holiday>;
  }>,
  warnings: Warning[],
): DataSet {
  const rejected: Rejection[] = [];
  // A row is counted once however many of its stretches are rejected.
  const once = new StretchRejections();
  const reject = (p: Parsed<unknown>, r: Rejection) => {
    if (once.add(r)) rejected.push(r);
    if (!once.counted(r)) return;
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
          ...said('duplicate_employee', { id: e.employee_id, row: prior.row }),
          value: e.employee_id,
          employee_id: e.employee_id,
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
    warnUnknownSectors(parts.employees.records, parts.employees.stats.file, warnings);
  }
  const known = (p: Parsed<Stretch> | Parsed<PayrollRow>, id: string, rows: number[]): boolean => {
    if (!parts.employees) {
      if (!byId.has(id)) {
        const stub = stubEmployee(id);
        byId.set(id, stub);
        employees.push(stub);
      }
      return true;
    }
    if (byId.has(id)) return true;
    for (const row of rows) {
      reject(p as Parsed<unknown>, {
        file: p.stats.file,
        row,
        column: 'employee_id',
        ...said('unknown_employee', { id, file: parts.employees.stats.file }),
        value: id,
        employee_id: id,
      });
    }
    return false;
  };

  const stretches: Stretch[] = [];
  // The rejected rows' days whose work is unknown: the parse's, then the overlaps'.
  const lost: LostDay[] = [...(parts.hours?.lost ?? [])];
  if (parts.hours) {
    const h = parts.hours;
    const kept = sortStretches(
      placeAfterMidnight(h.records.filter((s) => known(h, s.employee_id, s.rows ?? [s.row]))),
    );
    const lose = (l: LostDay) => lost.push(l);
    for (const s of dropOverlaps(kept, h.stats.file, (r) => reject(h as Parsed<unknown>, r), lose))
      stretches.push(s);
  }
  let payroll: PayrollRow[] = [];
  if (parts.payroll) {
    const p = parts.payroll;
    for (const r of p.records) if (known(p, r.employee_id, [r.row])) payroll.push(r);
    payroll.sort(
      (a, b) => cmp(a.employee_id, b.employee_id) || cmp(a.period_start, b.period_start) || a.row - b.row,
    );
    // Rows of one period made one pay period, overlapping periods marked (every row stays used).
    payroll = payPeriods(payroll, p.stats.file, warnings);
  }
  const holidays: Holiday[] = [];
  let holidaysLost: number[] = [];
  if (parts.holidays) {
    const h = parts.holidays;
    // Rejected while read (the duplicates below are dates that were read).
    holidaysLost = [...new Set(h.rejected.map((r) => r.row))].sort((a, b) => a - b);
    const seen = new Map<string, number>();
    for (const d of h.records) {
      const first = seen.get(d.date);
      if (first !== undefined) {
        reject(h as Parsed<unknown>, {
          file: h.stats.file,
          row: d.row,
          column: 'date',
          reason: `duplicate holiday ${d.date} (first on row ${first})`,
        });
        continue;
      }
      seen.set(d.date, d.row);
      holidays.push(d);
    }
    holidays.sort((a, b) => cmp(a.date, b.date));
  }
  for (const p of [parts.employees, parts.hours, parts.payroll, parts.holidays])
    if (p) rejected.push(...p.rejected);
  rejected.sort((a, b) => cmp(a.file, b.file) || a.row - b.row || cmp(a.column, b.column));
  employees.sort((a, b) => cmp(a.employee_id, b.employee_id));
  const given = [parts.employees, parts.hours, parts.payroll, parts.holidays].filter((p) => p !== undefined);
  return {
    employees,
    stretches,
    payroll,
    holidays,
    present: {
      employees: !!parts.employees,
      hours: !!parts.hours,
      payroll: !!parts.payroll,
      holidays: !!parts.holidays,
    },
    files: {
      employees: parts.employees?.stats.file,
      hours: parts.hours?.stats.file,
      payroll: parts.payroll?.stats.file,
      holidays: parts.holidays?.stats.file,
    },
    inputs: given.map((p) => p.stats),
    rejected,
    warnings,
    layouts: given.map((p) => p.layout),
    ...(holidaysLost.length ? { holidaysLost } : {}),
    ...(lost.length ? { lost: lostByEmployee(lost) } : {}),
    ...(parts.hours?.undated?.length ? { undated: undatedByEmployee(parts.hours.undated) } : {}),
    ...(parts.payroll?.lostPay?.length ? { lostPay: lostPayByEmployee(parts.payroll.lostPay) } : {}),
    ...(parts.hours?.notWorked?.length ? { notWorked: notWorkedByEmployee(parts.hours.notWorked) } : {}),
  };
}

/** An unknown sector gets no overlay and no sector scope: one warning per value, naming it. */
function warnUnknownSectors(employees: Employee[], file: string, warnings: Warning[]): void {
  const unknown = new Map<string, number[]>();
  for (const e of employees) {
    if (!e.sector || (SECTORS as readonly string[]).includes(e.sector)) continue;
    const rows = unknown.get(e.sector) ?? [];
    rows.push(e.row);
    unknown.set(e.sector, rows);
  }
  for (const [sector, rows] of unknown) {
    warnings.push({
      file,
      row: rows[0],
      column: 'sector',
      ...warned(EN_PLURAL.select(rows.length) === 'one' ? 'unknown_sector_one' : 'unknown_sector', {
        sector,
        sectors: SECTORS.join(', '),
        rows: lineList(rows),
      }),
    });
  }
}

/** An employee known only from the hours or payroll, when there is no employees file. */
export function stubEmployee(id: string): Employee {
  return { employee_id: id, hazardous: false, work_categories: [], night_work_permit: false, row: 0 };
}
