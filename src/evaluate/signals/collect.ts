import type { EmployeeFacts } from '../../facts/employee.js';
import type { Finding } from '../../findings/finding.js';
import type { Signals } from '../../findings/result.js';
import type { ParamSeries } from '../../pack/schema.js';
import type { FileKind } from '../../parse/records.js';
import { render } from '../engine.js';
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

interface Pending {
  indicator: string;
  trigger: string;
  employee_id: string;
  needs?: PayrollColumn[];
  reason?: string;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export class SignalCollector {
  private readonly raised: Raised[] = [];
  private readonly pending: Pending[] = [];
  /** Payroll columns with a value in at least one row: a column empty everywhere counts as absent. */
  private readonly seen = new Set<string>();

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
    undetermined: ReadonlyMap<string, string>,
  ): void {
    const id = facts.employee.employee_id;
    for (const p of facts.periods)
      for (const [k, v] of Object.entries(p.pay)) if (v !== undefined) this.seen.add(k);
    const latest = [facts.days.at(-1)?.date, ...facts.periods.map((p) => p.end)]
      .filter((d): d is string => d !== undefined)
      .sort()
      .at(-1);
    const on = latest && latest < this.o.asOf ? latest : this.o.asOf;
    for (const ind of this.defs.indicators) {
      let signal: Raised | undefined;
      for (const t of ind.records) {
        const fn = RECORD_TRIGGERS.get(t.trigger);
        if (!fn) {
          this.pending.push({
            indicator: ind.id,
            trigger: t.trigger,
            employee_id: id,
            reason: 'no such trigger',
          });
          continue;
        }
        const params: Record<string, unknown> = {};
        let missing: string | undefined;
        const num = (key: string): number => {
          const v = valueOn(t.params[key], on);
          if (typeof v?.value !== 'number') {
            missing = `no value of ${key} in force on ${on}`;
            throw new Error(missing);
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
            this.pending.push({
              indicator: ind.id,
              trigger: t.trigger,
              employee_id: id,
              reason: res.undetermined,
            });
          else if (res.needs?.length)
            this.pending.push({ indicator: ind.id, trigger: t.trigger, employee_id: id, needs: res.needs });
          continue;
        }
        signal ??= {
          indicator: ind.id,
          title: ind.title.en,
          title_th: ind.title.th,
          employee_id: id,
          because: [],
          findings: [],
          evidence: [],
          shared_by: 0,
          params: {},
        };
        signal.because.push({
          trigger: t.trigger,
          message: render(t.message.en, res.data),
          message_th: render(t.message.th, res.data),
        });
        for (const f of res.findings) {
          if (
            signal.findings.some(
              (x) => x.rule === f.rule && x.date === f.date && x.period?.end === f.period?.end,
            )
          )
            continue;
          signal.findings.push({
            rule: f.rule,
            section: f.section,
            ...(f.date ? { date: f.date } : {}),
            ...(f.period ? { period: f.period } : {}),
          });
        }
        for (const e of res.evidence)
          if (!signal.evidence.some((x) => x.file === e.file && x.row === e.row)) signal.evidence.push(e);
        signal.params[t.trigger] = params;
      }
      if (signal) this.raised.push(signal);
    }
  }

  result(): Signals {
    const shared = new Map<string, number>();
    for (const s of this.raised) shared.set(s.indicator, (shared.get(s.indicator) ?? 0) + 1);
    const order = new Map(this.defs.indicators.map((d, i) => [d.id, i]));
    const raised = this.raised
      .map((s) => ({
        ...s,
        shared_by: shared.get(s.indicator) ?? 1,
        evidence: [...s.evidence].sort((a, b) => cmp(a.file, b.file) || a.row - b.row),
      }))
      .sort((a, b) => cmp(a.employee_id, b.employee_id) || order.get(a.indicator)! - order.get(b.indicator)!);
    const counts = new Map<string, Signals['undetermined'][number]>();
    for (const p of this.pending) {
      let reason = p.reason;
      if (reason === undefined) {
        // Not raised because a column was empty for this employee; undetermined only when no
        // row of the payroll has it at all (an absent column is unknown, never zero).
        if (p.needs!.some((c) => this.seen.has(c))) continue;
        reason = `column ${p.needs!.join(' or ')} not in ${this.o.payrollFile}`;
      }
      const key = `${p.indicator}\u0000${p.trigger}\u0000${reason}`;
      const u = counts.get(key) ?? { indicator: p.indicator, trigger: p.trigger, reason, employees: 0 };
      u.employees++;
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
  let hit: { value: unknown; from: string; source: string } | undefined;
  for (const v of [...(series?.values ?? [])].sort((a, b) => a.from.localeCompare(b.from)))
    if (v.from <= date) hit = { value: v.value, from: v.from, source: v.source };
  return hit;
}
