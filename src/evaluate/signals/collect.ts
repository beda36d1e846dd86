import { compareIso } from '../../base/calendar.js';
import type { EmployeeFacts } from '../../facts/employee.js';
import type { Finding } from '../../findings/finding.js';
import { type Reason, reason, reasonText } from '../../findings/reasons.js';
import type { Signals } from '../../findings/result.js';
import { inForceAt } from '../../pack/params.js';
import type { ParamSeries } from '../../pack/schema.js';
import type { FileKind } from '../../parse/records.js';
import { lineRuns } from '../../parse/rejections.js';
import { render } from '../messages.js';
import type { Indicators } from './indicators.js';
import { type PayrollColumn, RECORD_TRIGGERS } from './triggers.js';

// Signs of forced labour read from the records, employee by employee as the engine hands them
// over; how many workers share each indicator, and which triggers could not be read, once all
// employees are in. A signal needs corroboration: it is never a finding and never money.

export const SIGNALS_NOTE = {
  en: 'Signs of forced labour (ILO indicators) read from the records. Each needs corroboration (an interview, documents, a visit): it is not a finding of law and does not change the exit code unless --fail-on signal is given.',
  th: 'สัญญาณของแรงงานบังคับ (ตัวชี้วัดของ ILO) ที่อ่านได้จากเอกสาร ต้องมีการยืนยันเพิ่มเติม (สัมภาษณ์ เอกสาร หรือการตรวจสถานที่) ไม่ใช่ข้อสรุปทางกฎหมาย และไม่เปลี่ยนรหัสออกของโปรแกรม เว้นแต่ระบุ --fail-on signal',
};

type Raised = Signals['raised'][number];

/** One trigger that held for one employee. */
interface Hit {
  indicator: string;
  employee_id: string;
  trigger: string;
  message: string;
  message_th: string;
  findings: Raised['findings'];
  evidence: Raised['evidence'];
  params: Record<string, unknown>;
  needs?: PayrollColumn[];
}

/** Triggers not read, counted as they come so that memory does not grow with the employees. */
interface Pending {
  indicator: string;
  trigger: string;
  needs?: PayrollColumn[];
  reason?: Reason;
  employees: number;
}

/** One employee's signals, read but not yet added (plain data: it crosses from a worker thread). */
export interface SignalPart {
  /** Payroll columns with a value in this employee's periods. */
  seen: string[];
  /** Lines of this employee's payroll rows rejected (of periods begun by the as-of date, or undated). */
  lost: number[];
  hits: Hit[];
  notRead: { indicator: string; trigger: string; why: { reason?: Reason; needs?: PayrollColumn[] } }[];
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export class SignalCollector {
  private readonly hits: Hit[] = [];
  private readonly pending = new Map<string, Pending>();
  /** Payroll columns with a value in at least one row: a column empty everywhere counts as absent. */
  private readonly seen = new Set<string>();
  /** Lines of payroll rows rejected: with no row read, a column's absence from the rows read says nothing. */
  private readonly lost: number[] = [];

  constructor(
    private readonly defs: Indicators,
    private readonly o: {
      rules: ReadonlySet<string>;
      present: Record<FileKind, boolean>;
      files: Partial<Record<FileKind, string>>;
      asOf: string;
      payrollFile: string;
    },
  ) {}

  employee(
    facts: EmployeeFacts,
    findings: readonly Finding[],
    undetermined: ReadonlyMap<string, Reason>,
  ): void {
    this.add(this.read(facts, findings, undetermined));
  }

  /**
   * What one employee's records say, without adding it yet: a worker thread reads it, and the
   * run adds the parts in the order employees came in (`add`), so --jobs changes nothing.
   */
  read(
    facts: EmployeeFacts,
    findings: readonly Finding[],
    undetermined: ReadonlyMap<string, Reason>,
  ): SignalPart {
    const part: SignalPart = { seen: [], lost: [], hits: [], notRead: [] };
    for (const l of facts.lostPay)
      if (l.start === undefined || l.start <= this.o.asOf) part.lost.push(...l.rows);
    const id = facts.employee.employee_id;
    // Each column once: the periods of one employee mostly have the same columns.
    for (const p of facts.periods) {
      const pay = p.pay as unknown as Record<string, unknown>;
      for (const k in pay) if (pay[k] !== undefined && !part.seen.includes(k)) part.seen.push(k);
    }
    let latest = facts.days.at(-1)?.date;
    for (const p of facts.periods) if (latest === undefined || p.end > latest) latest = p.end;
    const on = latest && latest < this.o.asOf ? latest : this.o.asOf;
    for (const ind of this.defs.indicators) {
      for (const t of ind.records) {
        const fn = RECORD_TRIGGERS.get(t.trigger);
        const base = { indicator: ind.id, trigger: t.trigger, employee_id: id };
        if (!fn) {
          part.notRead.push({
            indicator: ind.id,
            trigger: t.trigger,
            why: { reason: reason('no_such_trigger', { trigger: t.trigger }) },
          });
          continue;
        }
        const params: Record<string, unknown> = {};
        let missing: Reason | undefined;
        const num = (key: string): number => {
          const v = valueOn(t.params[key], on);
          if (typeof v?.value !== 'number') {
            missing = reason('param_no_value', { name: key, date: on });
            throw new Error(reasonText(missing));
          }
          params[key] = v;
          return v.value;
        };
        let res: ReturnType<typeof fn.run>;
        try {
          res = fn.run({
            facts,
            findings,
            undetermined,
            rules: this.o.rules,
            present: this.o.present,
            asOf: this.o.asOf,
            options: t.options,
            file: (kind) => this.o.files[kind] ?? kind,
            num,
          });
        } catch (e) {
          if (missing === undefined) throw e;
          res = { raised: false, undetermined: missing };
        }
        if (!res.raised) {
          if ('undetermined' in res)
            part.notRead.push({ indicator: ind.id, trigger: t.trigger, why: { reason: res.undetermined } });
          else if (res.needs?.length)
            part.notRead.push({ indicator: ind.id, trigger: t.trigger, why: { needs: res.needs } });
          continue;
        }
        part.hits.push({
          ...base,
          message: render(t.message.en, res.data),
          message_th: render(t.message.th, res.data),
          findings: res.findings.map((f) => ({
            rule: f.rule,
            section: f.section,
            ...(f.date ? { date: f.date } : {}),
            ...(f.period ? { period: f.period } : {}),
          })),
          evidence: res.evidence,
          params,
          ...(res.needs ? { needs: res.needs } : {}),
        });
      }
    }
    return part;
  }

  add(part: SignalPart): void {
    for (const k of part.seen) this.seen.add(k);
    for (const line of part.lost) this.lost.push(line);
    for (const n of part.notRead) this.notRead(n.indicator, n.trigger, n.why);
    for (const h of part.hits) this.hits.push(h);
  }

  private notRead(
    indicator: string,
    trigger: string,
    why: { reason?: Reason; needs?: PayrollColumn[] },
  ): void {
    const key = `${indicator}\u0000${trigger}\u0000${why.reason ? reasonText(why.reason) : ''}\u0000${why.needs?.join(',') ?? ''}`;
    const p = this.pending.get(key) ?? { indicator, trigger, ...why, employees: 0 };
    p.employees++;
    this.pending.set(key, p);
  }

  result(): Signals {
    // A column no row of the payroll has is unknown: what was read from its empty cells is undetermined.
    const absent = (needs?: PayrollColumn[]) => needs !== undefined && !needs.some((c) => this.seen.has(c));
    // No payroll row read and some rejected (every pay_date unreadable): the column may be there.
    const lostRows =
      this.seen.size === 0 && this.lost.length > 0
        ? lineRuns(
            [...this.lost].sort((a, b) => a - b),
            3,
          )
        : undefined;
    const columnReason = (needs: PayrollColumn[]) =>
      lostRows
        ? reason('signal_pay_rows_rejected', {
            columns: needs.join(' or '),
            columns_th: needs.join(' หรือ '),
            file: this.o.payrollFile,
            rows: `${this.lost.length > 1 ? 'rows' : 'row'} ${lostRows.list}${lostRows.more ? ` and ${lostRows.more} more` : ''}`,
            rows_th: `แถว ${lostRows.list}${lostRows.more ? ` และอีก ${lostRows.more} แถว` : ''}`,
          })
        : reason('signal_columns_absent', {
            columns: needs.join(' or '),
            columns_th: needs.join(' หรือ '),
            file: this.o.payrollFile,
          });
    const order = new Map(this.defs.indicators.map((d, i) => [d.id, i]));
    const bySignal = new Map<string, Raised>();
    const pending = [...this.pending.values()];
    for (const h of this.hits) {
      if (absent(h.needs)) {
        pending.push({ indicator: h.indicator, trigger: h.trigger, needs: h.needs, employees: 1 });
        continue;
      }
      const key = `${h.employee_id}\u0000${h.indicator}`;
      const ind = this.defs.indicators[order.get(h.indicator)!];
      const s = bySignal.get(key) ?? {
        indicator: h.indicator,
        title: ind.title.en,
        title_th: ind.title.th,
        employee_id: h.employee_id,
        because: [],
        findings: [],
        evidence: [],
        shared_by: 0,
        params: {},
      };
      s.because.push({ trigger: h.trigger, message: h.message, message_th: h.message_th });
      for (const f of h.findings)
        if (
          !s.findings.some((x) => x.rule === f.rule && x.date === f.date && x.period?.end === f.period?.end)
        )
          s.findings.push(f);
      for (const e of h.evidence)
        if (!s.evidence.some((x) => x.file === e.file && x.row === e.row)) s.evidence.push(e);
      s.params[h.trigger] = h.params;
      bySignal.set(key, s);
    }
    const shared = new Map<string, number>();
    for (const s of bySignal.values()) shared.set(s.indicator, (shared.get(s.indicator) ?? 0) + 1);
    const raised = [...bySignal.values()]
      .map((s) => ({
        ...s,
        shared_by: shared.get(s.indicator)!,
        evidence: [...s.evidence].sort((a, b) => cmp(a.file, b.file) || a.row - b.row),
      }))
      .sort((a, b) => cmp(a.employee_id, b.employee_id) || order.get(a.indicator)! - order.get(b.indicator)!);
    const counts = new Map<string, Signals['undetermined'][number]>();
    for (const p of pending) {
      // Not raised because this employee's cells were empty: undetermined only when the column is absent.
      if (p.reason === undefined && !absent(p.needs)) continue;
      const why = p.reason ?? columnReason(p.needs!);
      const text = reasonText(why);
      const key = `${p.indicator}\u0000${p.trigger}\u0000${text}`;
      const u = counts.get(key) ?? {
        indicator: p.indicator,
        trigger: p.trigger,
        reason: text,
        why,
        employees: 0,
      };
      u.employees += p.employees;
      counts.set(key, u);
    }
    const undetermined = [...counts.values()].sort(
      (a, b) =>
        order.get(a.indicator)! - order.get(b.indicator)! ||
        cmp(a.trigger, b.trigger) ||
        cmp(a.reason, b.reason),
    );
    return {
      note: SIGNALS_NOTE.en,
      note_th: SIGNALS_NOTE.th,
      source: this.defs.source,
      raised,
      undetermined,
    };
  }
}

function valueOn(series: ParamSeries | undefined, date: string) {
  if (!series) return undefined;
  const values = byDate(series);
  const i = inForceAt(values, date, 0);
  if (i < 0) return undefined;
  const v = values[i];
  return { value: v.value, from: v.from, source: v.source };
}

// A trigger's series in date order, sorted once rather than for every employee.
const sorted = new WeakMap<ParamSeries, ParamSeries['values']>();
function byDate(series: ParamSeries): ParamSeries['values'] {
  let v = sorted.get(series);
  if (!v) {
    v = [...series.values].sort((a, b) => compareIso(a.from, b.from));
    sorted.set(series, v);
  }
  return v;
}
