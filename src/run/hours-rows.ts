import { UserError } from '../errors.js';
import { stubEmployee } from '../parse/assemble.js';
import type { FooterState } from '../parse/footer.js';
import type { HeaderChoice } from '../parse/header.js';
import {
  batchHeader,
  type DateOrderState,
  type LayoutInfo,
  type LostDate,
  type LostDay,
  type NotWorkedDay,
  type Parsed,
  parseTable,
  type Rejection,
  type UndatedRow,
  type Warning,
} from '../parse/ingest.js';
import type { Employee, Stretch } from '../parse/records.js';
import {
  addLine,
  addLost,
  inOrder,
  type LostByDate,
  lostDates,
  StretchRejections,
  said,
} from '../parse/rejections.js';
import { StreamFallback } from '../read/fallback.js';
import type { RawTable } from '../read/table.js';
import type { Spill } from './spill.js';

// The hours rows of one pass of a streamed run (run/stream.ts): the header, then batch by
// batch each row parsed as the whole-file path parses it, each record checked against the
// employees as `assemble` does, and the records handed on, one employee's group at a time
// or to the spill. What was rejected and skipped is counted here for the file's statistics.

/**
 * Hours not grouped by employee. Without a stack trace: the error lives through the second pass
 * (the catch that starts it), and a trace's call sites would hold the first pass's closures and
 * all they reach (its evaluator, its payroll, its worker's state) until the run ends.
 */
export class NotGrouped extends Error {
  /** The line of the row that came back: said without the employee's id under --redact. */
  readonly line: number;

  constructor(message: string, line: number) {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
      super(message);
    } finally {
      Error.stackTraceLimit = limit;
    }
    this.line = line;
  }
}

/** What the hours rows are checked against; stub employees join it when there is no employees file. */
export interface HoursContext {
  /** The hours file and the employees file (undefined: none, every employee is a stub). */
  file: string;
  employeesFile?: string;
  byId: Map<string, Employee>;
  employees: Employee[];
  /** The hours file's warnings (its layout's). */
  warnings: Warning[];
  /** --redact: headers said by position (`InputOptions.redact`). */
  redact?: boolean;
}

export class HoursRows {
  readonly rejected: Rejection[] = [];
  rowsRejected = 0;
  rowsSkipped = 0;
  readonly columns = new Set<string>();
  readonly footer: FooterState = { previous: 0, broken: false, skipped: [] };
  /** Lines of the rows skipped as days not worked, said in one warning at the file's end. */
  readonly notWorkedLines: number[] = [];
  layout?: LayoutInfo;
  /** A header the hours cannot be read with: the pass ends with it once the file is read. */
  headerError?: UserError;
  #header?: RawTable;
  #choice?: HeaderChoice;
  #current?: string;
  #group: Stretch[] = [];
  /** Per employee, the dates of rejected rows whose employee and date could be read, with their lines. */
  readonly #lost: LostByDate = new Map();
  /** Per employee, the lines of rejected rows whose employee could be read and whose date could not. */
  readonly #undated = new Map<string, Set<number>>();
  /** Per employee, the dates of rows skipped as days not worked (`NotWorkedDay`). */
  readonly #notWorked = new Map<string, Set<string>>();
  readonly #once = new StretchRejections();
  /** The date order, decided on the first batch for every batch (a later batch that reads otherwise has the file read whole). */
  readonly dateOrder: DateOrderState = {};

  /**
   * `group` takes each employee's records (in file order) when the next employee starts, or at
   * the end; `done` says whom it has taken. With a spill, every record goes to it instead.
   */
  constructor(
    private readonly context: HoursContext,
    private readonly group: (id: string, records: Stretch[]) => void,
    private readonly done: ReadonlySet<string>,
    private readonly spill?: Spill,
  ) {}

  header(h: { header: string[]; headerLine: number }): void {
    const file = this.context.file;
    this.#header = { file, encoding: '', sha256: '', header: h.header, headerLine: h.headerLine, rows: [] };
    this.footer.previous = h.headerLine;
    try {
      this.layout = parseTable(this.#header, 'hours', this.context.warnings, {
        redact: this.context.redact,
      }).layout;
      this.#choice = batchHeader(this.#header, 'hours');
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      this.headerError = e;
    }
    // A time-clock log's punches pair into stretches across rows (an in-punch at the end of one
    // batch, its out-punch at the start of the next), and its warnings and day starts are
    // decided on every punch: it is read whole.
    if (this.#choice?.isClock)
      throw new StreamFallback(`${file}: a time-clock log (punches are paired over the whole file)`);
  }

  /** One batch of rows; `broken`: a file is known to be unreadable, so rows are only read past. */
  rows(rows: RawTable['rows'], broken: boolean): void {
    if (broken || this.headerError || !this.#header) return;
    const parsed: Parsed<Stretch> = parseTable({ ...this.#header, rows }, 'hours', [], {
      footer: this.footer,
      notWorkedLines: this.notWorkedLines,
      header: this.#choice,
      dateOrder: this.dateOrder,
      redact: this.context.redact,
    });
    for (const r of parsed.rejected) this.rejected.push(r);
    this.rowsRejected += parsed.rejected.length;
    for (const l of parsed.lost ?? []) this.lose(this.#inTime(l));
    for (const u of parsed.undated ?? []) this.undate(this.#inTime(u));
    for (const d of parsed.notWorked ?? []) this.#offDay(this.#inTime(d));
    this.rowsSkipped += parsed.stats.rows_skipped;
    for (const c of parsed.stats.columns) this.columns.add(c);
    for (const s of parsed.records) {
      // The employee of the record before was known: rows of one employee come together.
      if (s.employee_id !== this.#current && !this.#known(s)) continue;
      if (this.spill) {
        this.spill.add(s);
        continue;
      }
      if (s.employee_id !== this.#current) {
        if (this.#current !== undefined) this.group(this.#current, this.#group);
        if (this.done.has(s.employee_id)) {
          throw new NotGrouped(
            `employee ${s.employee_id} comes back on line ${s.row} after other employees' rows`,
            s.row,
          );
        }
        this.#current = s.employee_id;
        this.#group = [];
      }
      this.#group.push(s);
    }
  }

  /** The file is read: the last employee's group is handed on. */
  end(): void {
    if (this.#current !== undefined) this.group(this.#current, this.#group);
    this.#current = undefined;
    this.#group = [];
  }

  /**
   * A rejected row of an employee already evaluated came too late for the checks (of its day, or
   * those that read the employee's absences): the hours are not grouped. Else the row itself.
   */
  #inTime<R extends { employee_id: string; row: number }>(r: R): R {
    if (!this.spill && this.done.has(r.employee_id)) {
      throw new NotGrouped(
        `employee ${r.employee_id} comes back on line ${r.row} (a rejected row) after other employees' rows`,
        r.row,
      );
    }
    return r;
  }

  /** A rejected row's day, whose work is unknown: its employee is handed on with it (`lostDays`). */
  lose(l: LostDay): void {
    addLost(this.#lost, l);
  }

  /** The dates of an employee's rejected rows, with their lines (`EmployeeFacts.lost`), let go of once asked for. */
  lostDays(id: string): LostDate[] | undefined {
    const dates = this.#lost.get(id);
    this.#lost.delete(id);
    return dates && lostDates(dates);
  }

  /** A rejected row whose work is on a day not known: its employee is handed on with it (`undatedRows`). */
  undate(u: UndatedRow): void {
    addLine(this.#undated, u.employee_id, u.row);
  }

  /** The lines of an employee's rejected rows without a readable date (`EmployeeFacts.undatedRows`), let go of once asked for. */
  undatedRows(id: string): number[] | undefined {
    // In order, once each, as the whole file gives them: a refused row may come after the parse's.
    const rows = this.#undated.get(id);
    this.#undated.delete(id);
    return rows && inOrder(rows);
  }

  /** A row skipped as a day not worked: its employee is handed on with the date (`notWorkedDays`). */
  #offDay(d: NotWorkedDay): void {
    const dates = this.#notWorked.get(d.employee_id);
    if (dates) dates.add(d.date);
    else this.#notWorked.set(d.employee_id, new Set([d.date]));
  }

  /** The dates of an employee's days not worked (`EmployeeFacts.notWorkedDays`), in order, let go of once asked for. */
  notWorkedDays(id: string): string[] | undefined {
    const dates = this.#notWorked.get(id);
    this.#notWorked.delete(id);
    return dates && [...dates].sort();
  }

  /** Lists `r` unless it repeats the last rejection listed; whether it was listed. */
  reject(r: Rejection): boolean {
    const listed = this.#once.add(r);
    if (listed) this.rejected.push(r);
    if (this.#once.counted(r)) this.rowsRejected++;
    return listed;
  }

  // The cross-file check of `assemble` for one hours record: a known employee, or a stub one
  // when there is no employees file.
  #known(s: Stretch): boolean {
    const { byId, employees, employeesFile } = this.context;
    if (byId.has(s.employee_id)) return true;
    if (employeesFile === undefined) {
      const stub = stubEmployee(s.employee_id);
      byId.set(s.employee_id, stub);
      employees.push(stub);
      return true;
    }
    this.reject({
      file: this.context.file,
      row: s.row,
      column: 'employee_id',
      ...said('unknown_employee', { id: s.employee_id, file: employeesFile }),
      value: s.employee_id,
      employee_id: s.employee_id,
    });
    return false;
  }
}
