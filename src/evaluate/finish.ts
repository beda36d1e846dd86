// A check's draft made a finding: its message rendered, its evidence named by file and row, and
// the money owed rounded once, with s.9 interest (and the wilful surcharge) to the as-of date.
import { day } from '../base/calendar.js';
import type { Finding } from '../findings/finding.js';
import { Ratio } from '../findings/money.js';
import { type Reason, reasonText } from '../findings/reasons.js';
import type { LoadedRule, RulePack } from '../pack/load.js';
import type { DataSet } from '../parse/ingest.js';
import type { Draft } from './check.js';
import type { EvaluateOptions } from './engine.js';
import { englishPlurals, render, renderThai } from './messages.js';

const byFileAndRow = (a: Finding['evidence'][number], b: Finding['evidence'][number]) =>
  a.file < b.file ? -1 : a.file > b.file ? 1 : a.row - b.row;

/** A draft's evidence by file name and row; most drafts list it in that order already (no sort then). */
function evidenceOf(evidence: Draft['evidence'], files: DataSet['files']): Finding['evidence'] {
  const list: Finding['evidence'] = [];
  let ordered = true;
  for (let i = 0; i < evidence.length; i++) {
    const e = evidence[i];
    list.push({ file: files[e.kind] ?? e.kind, row: e.row });
    if (i > 0 && ordered && byFileAndRow(list[i - 1], list[i]) > 0) ordered = false;
  }
  return ordered ? list : list.sort(byFileAndRow);
}

export function finish(
  d: Draft,
  rule: LoadedRule,
  employeeId: string,
  files: DataSet['files'],
  pack: RulePack,
  o: EvaluateOptions,
  noPayDates?: Reason,
): Finding {
  const data = { employee: employeeId, ...d.data };
  const messages = (d.messageId && rule.message_ids?.[d.messageId]) || rule.messages;
  // Keys added in the order the report writes them, without an object spread in for each.
  const f = {
    rule: rule.id,
    section: rule.citation.section,
    severity: d.severity ?? rule.severity,
    employee_id: employeeId,
  } as Finding;
  if (d.date) f.date = d.date;
  if (d.period) f.period = d.period;
  f.message = englishPlurals(render(messages.en, data));
  f.message_th = renderThai(messages.th, data);
  f.evidence = evidenceOf(d.evidence, files);
  f.params = d.params;
  if (d.owed?.isPositive()) {
    // The one rounding: half up to the satang, per employee, period and entitlement.
    const owed = d.owed.roundHalfUp();
    f.owed_satang = owed;
    if (d.entitled) f.entitled_satang = d.entitled.roundHalfUp();
    if (d.paid !== undefined) f.paid_satang = d.paid;
    const late = d.due ? day(o.asOf) - day(d.due) : 0;
    f.interest_satang = 0;
    if (late > 0 && d.due) {
      const rate = pack.params.at('late_payment_interest_rate', d.due);
      const year = pack.params.at('interest_day_count', d.due);
      if (rate && year) {
        f.interest_satang = Ratio.of(owed)
          .mul(Ratio.decimal(String(rate.value)))
          .mul(late)
          .div(Number(year.value))
          .roundHalfUp();
        f.params.interest = { ...rate, days: late, day_count: year.value, due: d.due, as_of: o.asOf };
        // s.9 interest runs from the earliest day the wages were due when the pay date is unknown.
        if (noPayDates && d.period && d.due === d.period.end) {
          const why = reasonText(noPayDates);
          (f.params.interest as Record<string, unknown>).due_basis = `period end (${why})`;
          f.message += ` (interest from the period end ${d.due}: ${why})`;
          f.message_th += ` (ดอกเบี้ยนับจากวันสิ้นงวด ${d.due}: ${reasonText(noPayDates, 'th')})`;
        }
      }
      if (o.wilful) {
        const sr = pack.params.at('wilful_surcharge_rate', d.due);
        const per = pack.params.at('wilful_surcharge_period_days', d.due);
        if (sr && per) {
          const periods = Math.floor(late / Number(per.value));
          f.surcharge_satang = Ratio.of(owed)
            .mul(Ratio.decimal(String(sr.value)))
            .mul(periods)
            .roundHalfUp();
          f.params.surcharge = { rate: sr, period_days: per, periods };
        }
      }
    }
  }
  return f;
}
