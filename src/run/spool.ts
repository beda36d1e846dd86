import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Finding } from '../findings/finding.js';
import type { RedactedLine, redactor } from '../findings/redact.js';
import {
  addTotals,
  type LedgerSource,
  ledger,
  type Result,
  sortFindings,
  type Totals,
  totals,
} from '../findings/result.js';
import { SeriesSpool } from './series-spool.js';
import { TempFile } from './temp-file.js';

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const NEWLINE = 0x0a;

/** What writes a redacted finding's line: from its JSON line, else from the finding parsed. */
export type LineRedactor = Pick<ReturnType<typeof redactor>, 'line' | 'finding' | 'id'>;

/** A finding's JSON line redacted, with what orders it. */
export function redactedLine(r: LineRedactor, json: string): RedactedLine {
  const line = r.line(json);
  if (line) return line;
  const f = r.finding(JSON.parse(json) as Finding);
  return { ...f, json: JSON.stringify(f) };
}

/** A list of redacted lines in report order, as one employee's lines are handed on. */
export function joinedLines(lines: RedactedLine[]): Uint8Array {
  let text = '';
  for (const l of sortFindings(lines)) text += `${l.json}\n`;
  return Buffer.from(text);
}

/** What the ledger reads of a finding: not its Thai message, evidence or parameters. */
const ledgerSource = (f: Finding): LedgerSource => ({
  rule: f.rule,
  section: f.section,
  employee_id: f.employee_id,
  ...(f.date ? { date: f.date } : {}),
  ...(f.period ? { period: f.period } : {}),
  message: f.message,
  owed_satang: f.owed_satang,
  interest_satang: f.interest_satang,
  surcharge_satang: f.surcharge_satang,
  entitled_satang: f.entitled_satang,
  paid_satang: f.paid_satang,
});

/** An employee's findings as the spool keeps them, made where they were found (a worker thread). */
export interface EncodedFindings {
  /** Their JSON lines in report order (`JSON.stringify` of each, a newline after each), UTF-8. */
  lines: Uint8Array<ArrayBuffer>;
  totals: Totals;
  /** What the ledger needs of those that owe money, in the same order. */
  owed: LedgerSource[];
}

/**
 * The bytes and counts `FindingSpool.add` makes of one employee's findings, made apart: a worker
 * thread hands over these (the bytes' buffer transferred, not copied) instead of the findings,
 * whose structured clone cost both threads more than writing their lines.
 */
export function encodeFindings(findings: Finding[]): EncodedFindings {
  let text = '';
  const owed: LedgerSource[] = [];
  for (const f of sortFindings([...findings])) {
    text += `${JSON.stringify(f)}\n`;
    if (f.owed_satang) owed.push(ledgerSource(f));
  }
  // A buffer of its own (not a slice of Node's shared pool): it is transferred.
  return { lines: new TextEncoder().encode(text) as Uint8Array<ArrayBuffer>, totals: totals(findings), owed };
}

/**
 * Findings written to a temporary file as each employee is evaluated, one JSON line each, and
 * read back one employee at a time in report order: the report's findings never sit in the
 * heap together, only where each employee's lines are. Each finding is serialised once: the
 * summary's totals and the ledger are counted while it is at hand, and the JSON and JSON Lines
 * reports are made from its line.
 */
export class FindingSpool {
  private readonly dir: string;
  private fd: number | undefined;
  private at = 0;
  /** Lines not yet written, encoded once, as they will be read back. */
  private pending = Buffer.allocUnsafe(1 << 20);
  private pendingBytes = 0;
  /** One read buffer for every employee, grown as needed: not one allocation per employee. */
  private buf = Buffer.alloc(0);
  /**
   * Byte ranges of each employee's lines (run findings, then those of checks across employees);
   * the lines of one range are in report order.
   */
  private readonly chunks = new Map<string, { at: number; bytes: number }[]>();
  private counted: Totals = totals([]);
  /** Per employee, what the ledger needs of the findings that owe money. */
  private readonly owed = new Map<string, LedgerSource[]>();
  /** The hours chart series, when the run makes them: in a file of their own. */
  series?: SeriesSpool;

  constructor() {
    this.dir = mkdtempSync(join(tmpdir(), 'labour-check-findings-'));
    this.fd = openSync(join(this.dir, 'findings.jsonl'), 'w+');
  }

  /** `hours`: the employee's hours chart series as its record (`encodeSeries`). */
  readonly add = (employeeId: string, findings: Finding[], hours?: Uint8Array): void => {
    if (hours) {
      this.series ??= new SeriesSpool();
      this.series.add(employeeId, hours);
    }
    if (findings.length === 0) return;
    const at = this.at;
    const owed: LedgerSource[] = [];
    for (const f of sortFindings([...findings])) {
      const line = JSON.stringify(f);
      // Encoded straight into the write buffer: a UTF-16 code unit takes at most 3 bytes of UTF-8.
      const most = 3 * line.length + 1;
      this.room(most);
      const bytes = this.pending.write(line, this.pendingBytes);
      this.pending[this.pendingBytes + bytes] = NEWLINE;
      this.pendingBytes += bytes + 1;
      this.at += bytes + 1;
      if (f.owed_satang) owed.push(ledgerSource(f));
    }
    this.counted = addTotals(this.counted, totals(findings));
    this.kept(employeeId, at, owed);
  };

  /** An employee's findings as `encodeFindings` made them (in a worker thread): the same bytes and counts as `add`. */
  addEncoded(employeeId: string, e: EncodedFindings): void {
    const at = this.at;
    this.room(e.lines.length);
    this.pending.set(e.lines, this.pendingBytes);
    this.pendingBytes += e.lines.length;
    this.at += e.lines.length;
    this.counted = addTotals(this.counted, e.totals);
    this.kept(employeeId, at, e.owed);
  }

  /** Room for `bytes` more in the write buffer, written out first when it is full. */
  private room(bytes: number): void {
    if (this.pendingBytes + bytes <= this.pending.length) return;
    this.flush();
    if (bytes > this.pending.length) this.pending = Buffer.allocUnsafe(bytes);
  }

  /** Where an employee's lines from `at` on are, and what the ledger needs of them. */
  private kept(employeeId: string, at: number, owed: LedgerSource[]): void {
    if (owed.length > 0) {
      const list = this.owed.get(employeeId);
      if (list) for (const x of owed) list.push(x);
      else this.owed.set(employeeId, owed);
    }
    const chunk = { at, bytes: this.at - at };
    const list = this.chunks.get(employeeId);
    if (list) list.push(chunk);
    else this.chunks.set(employeeId, [chunk]);
  }

  private flush(): void {
    if (this.fd === undefined) return;
    for (let at = 0; at < this.pendingBytes; )
      at += writeSync(this.fd, this.pending, at, this.pendingBytes - at);
    this.pendingBytes = 0;
  }

  /** Employees with findings. */
  get employees(): number {
    return this.chunks.size;
  }

  /** The summary's counts and money totals of every finding added. */
  get totals(): Totals {
    return this.counted;
  }

  /** The ledger of every finding added: employees by id, each one's items in report order. */
  ledger(): Result['ledger'] {
    const ids = [...this.owed.keys()].sort(cmp);
    // The owed findings in report order are the report's order kept to them (the sort is stable).
    return ledger(ids.flatMap((id) => sortFindings(this.owed.get(id)!)));
  }

  /** Employees by id, or in the order of their `key`. */
  private order(key?: (id: string) => string): string[] {
    if (!key) return [...this.chunks.keys()].sort(cmp);
    const order = [...this.chunks.keys()].map((id) => ({ id, key: key(id) }));
    order.sort((a, b) => cmp(a.key, b.key));
    return order.map((o) => o.id);
  }

  /** The bytes of one range, in the read buffer (valid until the next read). */
  private read(c: { at: number; bytes: number }): Buffer {
    if (this.buf.length < c.bytes) this.buf = Buffer.alloc(Math.max(c.bytes, 2 * this.buf.length));
    readSync(this.fd!, this.buf, 0, c.bytes, c.at);
    return this.buf.subarray(0, c.bytes);
  }

  /** An employee's findings as objects, in the order they were added. */
  private parsed(id: string): Finding[] {
    const list: Finding[] = [];
    for (const c of this.chunks.get(id)!) {
      const text = this.read(c).toString('utf8');
      for (let a = 0; a < text.length; ) {
        const b = text.indexOf('\n', a);
        list.push(JSON.parse(text.slice(a, b)) as Finding);
        a = b + 1;
      }
    }
    return list;
  }

  /**
   * Each employee's findings, employees in the order of `key` (their id unless given), each
   * employee's list as `arrange` leaves it.
   */
  *byEmployee<F>(
    map: (f: Finding) => F,
    arrange: (fs: F[]) => F[],
    key?: (id: string) => string,
  ): Generator<F[]> {
    this.flush();
    for (const id of this.order(key)) yield arrange(this.parsed(id).map(map));
  }

  /**
   * Each employee's findings as their JSON lines (`JSON.stringify` of each, a newline after
   * each), employees by id, each list in report order: no finding parsed and written again, but
   * for an employee who also has findings of checks across employees. A buffer is valid until
   * the next one is asked for.
   */
  *lines(): Generator<Uint8Array> {
    this.flush();
    for (const id of this.order()) {
      const list = this.chunks.get(id)!;
      if (list.length === 1) {
        yield this.read(list[0]);
        continue;
      }
      let text = '';
      for (const f of sortFindings(this.parsed(id))) text += `${JSON.stringify(f)}\n`;
      yield Buffer.from(text);
    }
  }

  /**
   * As `lines`, each finding redacted (`redactedLine`), employees in the order of their printed
   * ids and each list in report order again (redaction may change what orders it): no finding
   * parsed and written again when its line is of the usual shape.
   */
  *redactedLines(r: LineRedactor): Generator<Uint8Array> {
    this.flush();
    for (const id of this.order(r.id)) {
      const lines: RedactedLine[] = [];
      for (const c of this.chunks.get(id)!) {
        const text = this.read(c).toString('utf8');
        for (let a = 0; a < text.length; ) {
          const b = text.indexOf('\n', a);
          lines.push(redactedLine(r, text.slice(a, b)));
          a = b + 1;
        }
      }
      yield joinedLines(lines);
    }
  }

  remove(): void {
    this.series?.remove();
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/**
 * Text kept by key in a temporary file, for a reporter that writes in another order than the
 * findings come (JUnit's suites go rule by rule): only where each text is stays in the heap.
 */
export class TextSpool {
  private readonly file = new TempFile('labour-check-report-', 'kept.txt');
  private readonly where = new Map<string, { at: number; bytes: number }>();

  readonly set = (key: string, text: string): void => {
    this.where.set(key, this.file.append(Buffer.from(text)));
  };

  readonly has = (key: string): boolean => this.where.has(key);

  readonly get = (key: string): string | undefined => {
    const w = this.where.get(key);
    return w ? this.file.read(w).toString('utf8') : undefined;
  };

  remove(): void {
    this.file.remove();
  }
}
