import { day, isoOf } from '../../base/calendar.js';
import { type PayPeriod, zeroDaysPaid } from '../../facts/employee.js';
import type { WorkDay } from '../../facts/workday.js';
import { inPeriod as ofPeriod, type Reason, reason } from '../../findings/reasons.js';
import { type AcrossOutcome, type CheckFunction, type Draft, out } from '../check.js';
import { breaksUnrecorded } from './daily-break.js';
import { DayReader, packDays } from './day-records.js';
import { completeDays, notCheckedOn, undatedRowsReason } from './incomplete.js';
import { spanImplausible } from './service-dates.js';
import { mostOf, shiftsUnknown, spanMore } from './spans.js';
import {
  countUnknown,
  datesParam,
  hoursEvidence,
  pastAsOf,
  payEvidence,
  payUnknown,
  periodOf,
  periodRows,
} from './util.js';

// Two sets of books: the payroll and the hours file tell different stories of the same work.
// Days and overtime paid are compared only for a period the employee's hours cover from its
// first week to its last, so that an hours file that starts or ends inside a period is no
// sign of anything. Days whose hours rows the tool rejected (`lostDays`) may hold work it could
// not count: a difference they could explain is undetermined, not a sign. Rows rejected without
// a readable date (`undatedRows`) may hold work on any day: a period paid with no hours that
// others' hours cover (`across`), or more days or overtime paid than the hours show where the
// rows could be the difference, is then undetermined, naming them.

interface Kept {
  /** Periods with pay and no hours of this employee: [start day, end day, its payroll rows...]. */
  empty: [number, number, ...number[]][];
  /** Why those periods may have hours after all (rows of the employee without a readable date). */
  undated?: Reason;
  /** Days this employee has hours on: their count, and the days packed (`day-records.ts`, a byte a day). */
  days: number;
  packed: Uint8Array;
}

export const twoBooks: CheckFunction = {
  name: 'two-books',
  fact: 'pay_period',
  needs: ['hours', 'payroll'],
  run(ctx) {
    const o = out();
    const e = ctx.facts.employee;
    // Stryker disable next-line MethodExpression,EqualityOperator,ConditionalExpression: equivalent, no work day has zero minutes
    const worked = ctx.facts.days.filter((d) => d.workedMin > 0);
    // Not `daysWorkedUnknown`: days paid beyond days worked are a finding unless the rows that
    // may be days worked (lost dates not counted, holidays, undated rows) make up the difference,
    // so they are counted in turn below, not taken as one reason to leave the period unchecked.
    const undated = undatedRowsReason(ctx);
    // The periods undetermined for the rows without a date, each said once.
    const undatedIn = new Set<PayPeriod>();
    const notKnownIn = (p: PayPeriod) => {
      if (!undated || undatedIn.has(p)) return;
      o.undetermined.push(ofPeriod(p, undated));
      undatedIn.add(p);
    };
    for (const p of ctx.facts.periods) {
      // Stryker disable next-line MethodExpression,EqualityOperator,ConditionalExpression: equivalent, no work day has zero minutes
      const inPeriod = p.days.filter((d) => d.workedMin > 0);
      const covered =
        worked.length > 0 &&
        worked[0].day <= day(p.start) + 6 &&
        worked[worked.length - 1].day >= day(p.end) - 6;
      if (!covered) continue;
      // Days and hours paid for a period that overlaps another are not known to be the period's;
      // one that ends after the as-of date has hours after it rejected, not missing.
      const overlap = payUnknown(ctx, p);
      if (overlap) {
        if (p.pay.days_worked !== undefined || p.pay.ot_hours !== undefined) o.undetermined.push(overlap);
        continue;
      }
      for (const c of ['days_worked', 'ot_hours']) {
        const split = countUnknown(p, c);
        if (split) o.undetermined.push(split);
      }
      const lost = ctx.facts.lostDays.length
        ? ctx.facts.lostDays.filter((d) => d >= p.start && d <= p.end)
        : ctx.facts.lostDays;
      // At most this many more work days: those of rejected rows not already counted.
      const uncounted = lost.filter((d) => !inPeriod.some((w) => w.date === d)).length;
      // Days a payroll may count beside days worked: announced holidays not worked (paid to daily staff, s.56).
      const holidays = ctx.holidays.filter(
        (h) => h.date >= p.start && h.date <= p.end && !inPeriod.some((w) => w.date === h.date),
      ).length;
      // Days the hours file marks as not worked (leave, a holiday, a day off, an absence): a
      // payroll may count them as days paid, and they are not known to be unpaid.
      const marked = ctx.facts.notWorkedDays.filter(
        (d) => d >= p.start && d <= p.end && !inPeriod.some((w) => w.date === d),
      );
      let said = false;
      const unknown = (dates: readonly string[] = lost) => {
        if (!said) o.undetermined.push(ofPeriod(p, reason('hours_rows_rejected', datesParam(dates))));
        said = true;
      };
      const tolDays = ctx.num('days_tolerance', p.end);
      const paidDays = p.pay.days_worked;
      const counted = inPeriod.length;
      // Why more days paid than worked need not be a sign: rejected rows, paid holidays, a month's wage.
      const explained = (paid: number) => {
        if (paid - (counted + uncounted) <= tolDays) return 'lost';
        if (paid - (counted + uncounted + holidays) <= tolDays) return 'holidays';
        if (paid - (counted + uncounted + holidays + marked.length) <= tolDays) return 'marked';
        // A monthly wage pays every day of the month: its "days" are the month's, not days worked.
        if (e.wage_type === 'monthly' && paid >= Math.min(day(p.end) - day(p.start) + 1, 30)) return 'month';
        // Each row without a readable date may be a day worked the count misses.
        if (paid - (counted + uncounted + holidays + ctx.facts.undatedRows.length) <= tolDays)
          return 'undated';
        return undefined;
      };
      // Stryker disable next-line ConditionalExpression: equivalent, an absent column gives NaN, never over the tolerance
      if (paidDays !== undefined && Math.abs(paidDays - counted) > tolDays) {
        const why = paidDays > counted ? explained(paidDays) : undefined;
        // Fewer days paid than worked by the days of holiday work (a day typed as a holiday, or an
        // announced holiday of holidays.csv): a payroll may pay those as holiday work (s.62, s.63)
        // and count the other days only, as Thai payrolls' วันทำงาน do.
        const onHolidays = inPeriod.filter(
          (d) => d.day_type !== 'work' || ctx.holidays.some((h) => h.date === d.date),
        );
        const holidayWork =
          paidDays < counted && onHolidays.length > 0 && counted - onHolidays.length - paidDays <= tolDays;
        // Wages paid for 0 days: the export leaves the column at 0 where it counts no days
        // (monthly staff; the accounting dash), not a payroll that paid for none.
        if (zeroDaysPaid(p)) o.undetermined.push(ofPeriod(p, reason('days_paid_zero')));
        else if (holidayWork)
          o.undetermined.push(
            ofPeriod(p, reason('days_holiday_work', datesParam(onHolidays.map((d) => d.date)))),
          );
        else if (why === 'lost') unknown();
        else if (why === 'marked')
          o.undetermined.push(ofPeriod(p, reason('days_marked_not_worked', datesParam(marked))));
        else if (why === 'undated') notKnownIn(p);
        else if (why === 'month')
          o.undetermined.push(ofPeriod(p, reason('days_paid_not_worked', { days: paidDays })));
        else if (why === undefined)
          o.findings.push({
            period: periodOf(p),
            messageId: 'days',
            data: {
              paid: paidDays,
              hours: counted,
              start: p.start,
              end: p.end,
              tolerance: tolDays,
            },
            evidence: [...payEvidence(p), ...hoursEvidence(inPeriod)],
            params: { days_tolerance: ctx.param('days_tolerance', p.end) },
          });
      }
      const tolHours = ctx.num('ot_hours_tolerance', p.end);
      const spans = inPeriod.filter((d) => spanMore(d) > 0 && d.day_type === 'work');
      const otMin = inPeriod.reduce((s, d) => s + d.overtimeMin, 0);
      // Overtime on days whose record is complete: a day with a rejected punch may have held less
      // overtime than the reading left of it, or more.
      const known = completeDays(ctx, inPeriod);
      const knownMin =
        known.length === inPeriod.length ? otMin : known.reduce((s, d) => s + d.overtimeMin, 0);
      // Stryker disable next-line ConditionalExpression: equivalent, an absent column gives NaN, never over the tolerance
      if (p.pay.ot_hours !== undefined && Math.abs(p.pay.ot_hours * 60 - otMin) > tolHours * 60) {
        // A rejected row may have held any amount of overtime.
        const partial = inPeriod.filter((d) => !known.includes(d)).map((d) => d.date);
        if ((lost.length || partial.length) && p.pay.ot_hours * 60 > otMin)
          unknown(lost.length ? lost : partial);
        // A row without a readable date may have held any amount of overtime too.
        else if (undated && p.pay.ot_hours * 60 > otMin) notKnownIn(p);
        // Spans whose break is not recorded hold at least `otMin` of overtime, and up to what the
        // whole spans would hold, days whose long gap may be a break up to what it would add as
        // one: paid within that is no sign.
        else if (spans.length && p.pay.ot_hours * 60 - (otMin + spanRoom(spans)) <= tolHours * 60) {
          const unrecorded = spans.filter((d) => d.breakUnrecorded).map((d) => d.date);
          if (unrecorded.length) o.undetermined.push(ofPeriod(p, breaksUnrecorded(unrecorded)));
          const gaps = spans.filter((d) => d.gapMoreMin).map((d) => d.date);
          if (gaps.length) o.undetermined.push(ofPeriod(p, shiftsUnknown(gaps)));
        } else if (partial.length && knownMin - p.pay.ot_hours * 60 <= tolHours * 60) unknown(partial);
        else
          o.findings.push({
            period: periodOf(p),
            messageId: 'ot_hours',
            data: {
              paid: Math.round(p.pay.ot_hours * 100) / 100,
              hours: Math.round((knownMin / 60) * 100) / 100,
              start: p.start,
              end: p.end,
              tolerance: tolHours,
            },
            evidence: [...payEvidence(p), ...hoursEvidence(known.filter((d) => d.overtimeMin > 0))],
            params: { ot_hours_tolerance: ctx.param('ot_hours_tolerance', p.end) },
          });
      }
    }
    const beyond = worked.filter(
      (d) => (e.hire_date && d.date < e.hire_date) || (e.termination_date && d.date > e.termination_date),
    );
    // A day whose record is incomplete may be a row dated out of the file order (2024-08-01 typed
    // for 2025-08-01): its work is not known to be outside the span.
    const outside = ctx.facts.incomplete.size
      ? beyond.filter((d) => !ctx.facts.incomplete.has(d.date))
      : beyond;
    // Outside a span whose dates are typed wrong, the days say nothing of two sets of books.
    const span = outside.length ? spanImplausible(ctx) : undefined;
    if (span) o.undetermined.push(span);
    else if (outside.length === 0 && beyond.length)
      o.undetermined.push(
        notCheckedOn(
          ctx,
          beyond.map((d) => d.date),
        ),
      );
    else if (outside.length) {
      o.findings.push({
        date: outside[0].date,
        messageId: 'outside_span',
        data: {
          count: outside.length,
          first: outside[0].date,
          hire: e.hire_date ?? '-',
          termination: e.termination_date ?? '-',
        },
        evidence: [
          // Stryker disable next-line all: equivalent, a hire or termination date comes from an employees row (row 2 on)
          ...(e.row > 0 ? [{ kind: 'employees' as const, row: e.row }] : []),
          ...hoursEvidence(outside),
        ],
        params: {},
      });
    }
    // A period whose only hours rows were rejected is not one without hours; nor is one whose rows
    // say its days were not worked (a month of leave is paid, not worked).
    const lostIn = (p: { start: string; end: string }) =>
      ctx.facts.lostDays.some((d) => d >= p.start && d <= p.end) ||
      ctx.facts.notWorkedDays.some((d) => d >= p.start && d <= p.end);
    // Nor is one that ends after the as-of date: its hours after it were rejected.
    const paidEmpty = ctx.facts.periods.filter(
      (p) =>
        p.days.length === 0 &&
        p.pay.base_pay + (p.pay.other_wages ?? 0) > 0 &&
        !lostIn(p) &&
        !pastAsOf(ctx, p),
    );
    // Nor is one of an employee whose rows without a readable date may be its hours: where others'
    // hours would have made it a sign, it is undetermined (`across`); where they would not, nothing.
    const empty = paidEmpty.map((p): [number, number, ...number[]] => [
      day(p.start),
      day(p.end),
      ...periodRows(p),
    ]);
    const packed = packDays(worked.length, 1, (i) => worked[i].day | 0);
    ctx.keep({ empty, days: worked.length, packed, ...(undated ? { undated } : {}) } satisfies Kept);
    return o;
  },
  across(kept) {
    // Paid periods with no hours for the employee while others' hours cover them.
    const found: AcrossOutcome[] = [];
    const all = [...kept] as [string, Kept][];
    const others = new Set<number>();
    for (const [, k] of all) {
      const r = new DayReader(k.packed, 1);
      // Stryker disable next-line EqualityOperator: equivalent, a read past the last day gives NaN, which no day matches
      for (let i = 0; i < k.days; i++) {
        r.next();
        others.add(r.fields[0]);
      }
    }
    for (const [id, k] of all) {
      const drafts: Draft[] = [];
      const unknown: Reason[] = [];
      for (const [from, to, ...rows] of k.empty) {
        let withHours = 0;
        for (let d = from; d <= to; d++) if (others.has(d)) withHours++;
        if (withHours === 0) continue;
        const [start, end] = [isoOf(from), isoOf(to)];
        if (k.undated) {
          unknown.push(ofPeriod({ start, end }, k.undated));
          continue;
        }
        drafts.push({
          period: { start, end },
          messageId: 'no_hours',
          data: { start, end, days: withHours },
          evidence: rows.map((row) => ({ kind: 'payroll' as const, row })),
          params: {},
        });
      }
      // Stryker disable next-line ConditionalExpression: equivalent, the engine emits nothing for an empty list
      if (drafts.length || unknown.length) found.push([id, drafts, unknown]);
    }
    return found;
  },
};

/** The overtime the spans' unrecorded breaks may hide: what each would hold with no break, beyond what it does. */
const spanRoom = (days: readonly WorkDay[]): number =>
  days.reduce((n, d) => n + mostOf(d).overtimeMin - d.overtimeMin, 0);
