import type { Evaluation } from '../evaluate/engine.js';
import type { HoursSeries } from '../evaluate/hours.js';
import type { Finding } from '../findings/finding.js';
import { assembleResult, type BuildOptions, type Result, sortFindings } from '../findings/result.js';
import type { RulePack } from '../pack/load.js';
import type { DataSet } from '../parse/ingest.js';
import type { SeriesSpool } from './series-spool.js';
import { type FindingSpool, joinedLines, type LineRedactor, redactedLine } from './spool.js';

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * What a check produced, for reporters that write as they go: the result without its findings
 * (`head.findings` is empty; the summary and ledger count them) and the findings in report
 * order, one employee at a time.
 */
export interface RunOutcome {
  head: Result;
  /**
   * Each employee's findings as `map` makes them (redaction), employees in the order of `key`
   * (their id unless given), each list in report order.
   */
  byEmployee<F extends Finding>(map: (f: Finding) => F, key?: (id: string) => string): Iterable<F[]>;
  /**
   * Each employee's findings as their JSON lines (`JSON.stringify` of each, a newline after
   * each), employees by id, each list in report order; a buffer is valid until the next.
   */
  lines(): Iterable<Uint8Array>;
  /**
   * As `lines`, each finding redacted by `r` (its JSON line that of `r.finding` of it), employees
   * by printed id: the redacted JSON and JSON Lines reports copy these.
   */
  redactedLines(r: LineRedactor): Iterable<Uint8Array>;
  /**
   * The hours chart series when they are kept outside `head` (a large run keeps them in a
   * temporary file): `head.hours` is then empty, keeping its place among the result's keys, and
   * the reports that print them read them here.
   */
  series?: ChartSeries;
  /** Frees what holds the findings (a temporary file). */
  dispose(): void;
}

/**
 * Hours chart series read back one employee at a time. `id` gives each employee's printed id (a
 * pseudonym under --redact): the series then carry it, in its order, as a redacted result has them.
 */
export interface ChartSeries {
  /** The series in the order a result's `hours` has them. */
  list(id?: (employeeId: string) => string): Iterable<HoursSeries>;
  /** One employee's series by its printed id. */
  lookup(id?: (employeeId: string) => string): (printedId: string) => HoursSeries | undefined;
}

/** The findings of an outcome in report order. */
export function* findingsOf(o: RunOutcome): Generator<Finding> {
  for (const list of o.byEmployee((f) => f)) yield* list;
}

/** The whole result, findings included. */
export function materialize(o: RunOutcome): Result {
  return {
    ...o.head,
    findings: [...findingsOf(o)],
    ...(o.series ? { hours: [...o.series.list()] } : {}),
  };
}

/** An outcome over a result already whole (a small input, read in memory). */
export function outcomeOf(result: Result): RunOutcome {
  /** Each employee's findings in the result's order, employees in the order of `key`. */
  function* groups(key: (id: string) => string): Generator<Finding[]> {
    const by = new Map<string, Finding[]>();
    for (const f of result.findings) {
      const list = by.get(f.employee_id);
      if (list) list.push(f);
      else by.set(f.employee_id, [f]);
    }
    const ids = [...by.keys()].map((id) => ({ id, key: key(id) }));
    ids.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    for (const { id } of ids) yield by.get(id)!;
  }
  return {
    head: { ...result, findings: [] },
    *byEmployee(map, key = (id) => id) {
      for (const list of groups(key)) yield sortFindings(list.map(map));
    },
    *lines() {
      for (const list of this.byEmployee((f) => f)) {
        let text = '';
        for (const f of list) text += `${JSON.stringify(f)}\n`;
        yield Buffer.from(text);
      }
    },
    *redactedLines(r) {
      // Sorted once redacted, from the result's order, as `byEmployee(r.finding, r.id)` sorts.
      for (const list of groups(r.id)) yield joinedLines(list.map((f) => redactedLine(r, JSON.stringify(f))));
    },
    dispose() {},
  };
}

/**
 * The hours series in the order the whole-file run makes them, the order of the employees list
 * (a streamed run evaluates employees in the order their hours come): the JSON report prints them.
 */
function chartOrder(ev: Evaluation, data: DataSet): Pick<Evaluation, 'hours'> {
  if (!ev.hours) return {};
  const at = new Map(data.employees.map((e, i) => [e.employee_id, i]));
  const place = (id: string) => at.get(id) ?? data.employees.length;
  return { hours: [...ev.hours].sort((a, b) => place(a.employee_id) - place(b.employee_id)) };
}

/** Spooled series in the order `chartOrder` gives them (the sort is stable, as there). */
function spooledSeries(series: SeriesSpool, data: DataSet): ChartSeries {
  const at = new Map(data.employees.map((e, i) => [e.employee_id, i]));
  const place = (id: string) => at.get(id) ?? data.employees.length;
  const ids = series.ids();
  const order = ids.map((_, i) => i).sort((a, b) => place(ids[a]) - place(ids[b]));
  // As redaction does: each series under its printed id, sorted by it.
  const printed = (id: (employeeId: string) => string) =>
    order.map((i) => ({ i, id: id(ids[i]) })).sort((a, b) => cmp(a.id, b.id));
  return {
    *list(id) {
      if (!id) for (const i of order) yield series.nth(i);
      else for (const p of printed(id)) yield series.nth(p.i, p.id);
    },
    lookup(id) {
      if (!id) return series.get;
      // The last of an id wins, as in a Map made from the list.
      const byPrinted = new Map(printed(id).map((p) => [p.id, p]));
      return (printedId) => {
        const p = byPrinted.get(printedId);
        return p ? series.nth(p.i, p.id) : undefined;
      };
    },
  };
}

/** The outcome of a run whose engine wrote its findings to a spool. */
export function spooledOutcome(
  tool: { name: string; version: string },
  pack: RulePack,
  data: DataSet,
  ev: Evaluation,
  o: BuildOptions,
  spool: FindingSpool,
): RunOutcome {
  // The summary and ledger come before the findings in every report: the spool counted them.
  // Series the spool took are read from it by the reports that print them, not held in `head`.
  const hours = spool.series ? { hours: [] } : chartOrder(ev, data);
  const head = assembleResult(tool, pack, data, { ...ev, ...hours }, o, {
    findings: [],
    totals: spool.totals,
    ledger: spool.ledger(),
  });
  return {
    head,
    ...(spool.series ? { series: spooledSeries(spool.series, data) } : {}),
    byEmployee: (map, key) => spool.byEmployee(map, sortFindings, key),
    lines: () => spool.lines(),
    redactedLines: (r) => spool.redactedLines(r),
    dispose: () => spool.remove(),
  };
}
