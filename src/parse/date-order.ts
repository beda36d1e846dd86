import { type Reason, reason } from '../findings/reasons.js';
import { StreamFallback } from '../read/fallback.js';
import { SpanRow } from '../read/span-row.js';
import type { RawRow } from '../read/table.js';
import type { Mapping } from './header.js';
import { dateOrderOf, type ProfileSection } from './profile.js';
import { DATE_COLUMNS } from './records.js';
import {
  BUDDHIST_YEAR,
  CLOCK_12H,
  clock12h,
  type DateOrder,
  dateCellEvidence,
  EITHER,
  ONLY_DMY,
  ONLY_MDY,
} from './values.js';

// Day-first or month-first, decided per file and never per cell, on everything its dates say
// (docs/inputs.md, Dates): a date whose first number cannot be a month proves day-first, one
// whose second cannot proves month-first. When nothing proves either, a Buddhist-era year says
// day-first (a Thai calendar) and AM/PM times say month-first (the US way of writing both, as
// ZKTime exports do); with nothing at all, day-first is the Thai norm, and a file with dates
// that read either way is warned of. A file whose dates prove both is read the way most of
// them prove, and the dates that prove the other way are rejected, never guessed.

type Evidence = { line: number; v: string };

/** What a file's date cells say about its date order. */
export interface DateEvidence {
  /** The first date that can only be read day-first, and how many can. */
  dmy?: Evidence;
  dmyCount: number;
  /** The first date that can only be read month-first, and how many can. */
  mdy?: Evidence;
  mdyCount: number;
  /** The first date that reads as two different dates, one each way (04/08/2025), and how many do. */
  either?: Evidence;
  eitherCount: number;
  /** The first numeric date with a Buddhist-era year. */
  buddhist?: Evidence;
  /** The first time written with AM/PM, in a date cell or beside a numeric date in its row. */
  clock12?: Evidence;
}

const noEvidence = (): DateEvidence => ({ dmyCount: 0, mdyCount: 0, eitherCount: 0 });

/** The columns whose cells speak of a file's date order: its dates, and the times beside them. */
export interface DateOrderColumns {
  dates: number[];
  times: number[];
}

/**
 * The date and time columns of a mapping. `datedTimes`: an hours file without a date column,
 * whose start and end cells carry their dates.
 */
export function dateOrderColumns(m: Mapping, datedTimes = false): DateOrderColumns {
  const dates: number[] = [];
  const times: number[] = [];
  for (const [c, i] of m.byColumn) {
    if (DATE_COLUMNS.has(c) || c === 'datetime' || (datedTimes && (c === 'start' || c === 'end')))
      dates.push(...i);
    else if (c === 'start' || c === 'end' || c === 'time') times.push(...i);
  }
  for (const pair of m.pairs ?? []) for (const i of pair) if (!times.includes(i)) times.push(i);
  return { dates, times };
}

/** Adds what `rows` say to `e`. */
export function dateEvidence(rows: RawRow[], cols: DateOrderColumns, e = noEvidence()): DateEvidence {
  for (const r of rows) {
    let numeric = false;
    for (const i of cols.dates) {
      // A cell that opens with a year says nothing of the order (dateCellEvidence): a row of
      // places is not made into strings to learn it.
      if (r instanceof SpanRow && (i >= r.count || yearFirst(r.text, r.from(i), r.to(i)))) continue;
      const v = r.cells[i];
      if (v === undefined) continue;
      const bits = dateCellEvidence(v);
      if (bits === 0) continue;
      numeric = true;
      if (bits & ONLY_DMY) {
        e.dmyCount++;
        e.dmy ??= { line: r.line, v };
      } else if (bits & ONLY_MDY) {
        e.mdyCount++;
        e.mdy ??= { line: r.line, v };
      } else if (bits & EITHER) {
        e.eitherCount++;
        e.either ??= { line: r.line, v };
      }
      if (bits & BUDDHIST_YEAR) e.buddhist ??= { line: r.line, v };
      if (bits & CLOCK_12H) e.clock12 ??= { line: r.line, v };
    }
    // A time on the 12-hour clock beside a numeric date in the row (a date column and a time column).
    if (numeric && !e.clock12) {
      for (const i of cols.times) {
        const v = r.cells[i];
        if (v !== undefined && clock12h(v)) {
          e.clock12 = { line: r.line, v };
          break;
        }
      }
    }
  }
  return e;
}

/** A file's date order, why, and what to say of it. */
export interface DateOrderDecision {
  order: DateOrder;
  /** The decision in words, quoting the cells it rests on (validate prints it). */
  text: string;
  /** The dates that can only be read in `order`: the first one's line (`DateOptions.proofLine`) and how many. */
  proof?: { line: number; count: number };
  /** A file read day-first for want of any evidence, or one that contradicts itself: said once, at this line. */
  warning?: { line: number; why: Reason };
}

/** Per file, never per cell: decided on every row (`batchDateOrder` for a file read in batches). */
export function decideDateOrder(
  rows: RawRow[],
  cols: DateOrderColumns,
  section?: ProfileSection,
): DateOrderDecision {
  return profileOrder(section) ?? orderOf(dateEvidence(rows, cols));
}

function profileOrder(section?: ProfileSection): DateOrderDecision | undefined {
  const fixed = section ? dateOrderOf(section) : undefined;
  if (fixed) return { order: fixed === 'month-first' ? 'mdy' : 'dmy', text: `${fixed} (from the profile)` };
  return undefined;
}

const WORDS = {
  dmy: { en: 'day-first', th: 'วันก่อนเดือน' },
  mdy: { en: 'month-first', th: 'เดือนก่อนวัน' },
} as const;

/** The order the evidence gives, in the precedence the file comment sets out. */
export function orderOf(e: DateEvidence): DateOrderDecision {
  const dates = (n: number) => `${n} date${n > 1 ? 's' : ''}`;
  const proven = (o: DateOrder) => {
    const first = (o === 'dmy' ? e.dmy : e.mdy)!;
    const n = o === 'dmy' ? e.dmyCount : e.mdyCount;
    return `${dates(n)} can only be ${WORDS[o].en} (the first "${first.v}" on line ${first.line})`;
  };
  // Weak evidence, for when no date proves an order or as many prove each.
  const weak = (): { order: DateOrder; text: string } =>
    e.buddhist
      ? {
          order: 'dmy',
          text: `Buddhist-era years ("${e.buddhist.v}" on line ${e.buddhist.line}), as Thai calendars write day-first`,
        }
      : e.clock12
        ? {
            order: 'mdy',
            text: `times written with AM/PM ("${e.clock12.v}" on line ${e.clock12.line}), as US exports write month-first`,
          }
        : { order: 'dmy', text: 'the Thai norm' };
  let order: DateOrder;
  let text: string;
  if (e.dmyCount === 0 && e.mdyCount === 0) {
    const w = weak();
    order = w.order;
    if (w.order === 'mdy') text = `month-first (US): no date says which; ${w.text}`;
    else if (e.buddhist) text = `day-first: no date says which; ${w.text}`;
    else if (e.either)
      text = `day-first (the Thai norm), but no date says which: ${dates(e.eitherCount)} read either way (the first "${e.either.v}" on line ${e.either.line})`;
    else text = 'day-first (the Thai norm; no date in the file says otherwise)';
  } else if (e.dmyCount === 0 || e.mdyCount === 0) {
    order = e.dmyCount ? 'dmy' : 'mdy';
    text = order === 'dmy' ? `day-first: ${proven('dmy')}` : `month-first (US): ${proven('mdy')}`;
  } else {
    order = e.dmyCount > e.mdyCount ? 'dmy' : e.mdyCount > e.dmyCount ? 'mdy' : weak().order;
    const other: DateOrder = order === 'dmy' ? 'mdy' : 'dmy';
    const why = e.dmyCount === e.mdyCount ? `as many each way, so ${weak().text}` : 'most of them';
    text = `${WORDS[order].en}, though the file contradicts itself: ${proven(order)} and ${proven(other)}; read ${WORDS[order].en} (${why}), and the dates that can only be ${WORDS[other].en} are rejected`;
  }
  const d: DateOrderDecision = { order, text };
  const first = order === 'dmy' ? e.dmy : e.mdy;
  if (first) d.proof = { line: first.line, count: order === 'dmy' ? e.dmyCount : e.mdyCount };
  const against = order === 'dmy' ? e.mdy : e.dmy;
  if (first && against) {
    d.warning = {
      line: against.line,
      why: reason('date_order_contradicted', {
        ...counted(order === 'dmy' ? e.mdyCount : e.dmyCount),
        line: against.line,
        other: WORDS[order === 'dmy' ? 'mdy' : 'dmy'].en,
        other_th: WORDS[order === 'dmy' ? 'mdy' : 'dmy'].th,
        m: d.proof!.count,
        first: first.line,
        order: WORDS[order].en,
        order_th: WORDS[order].th,
      }),
    };
  } else if (!first && order === 'dmy' && !e.buddhist && e.either) {
    d.warning = {
      line: e.either.line,
      why: reason('date_order_guessed', {
        ...counted(e.eitherCount),
        line: e.either.line,
        value: e.either.v,
      }),
    };
  }
  return d;
}

const counted = (n: number) => ({ n_dates: `${n} date${n > 1 ? 's' : ''}`, n_dates_th: n });

/** A file parsed in batches: the date order its first batch decided, and what every batch so far says. */
export interface DateOrderState {
  decided?: DateOrderDecision;
  /** Fixed by the profile: no batch changes it. */
  settled?: boolean;
  evidence?: DateEvidence;
}

/**
 * A batch's rows show that the order decided on the rows before is not the one the whole file
 * gives (`decideDateOrder` over every row): the file is read whole instead. The message quotes
 * no cell, since a date may be a birth date.
 */
export class DateOrderChanged extends StreamFallback {}

/**
 * `decideDateOrder` for a file parsed in batches: decided on the first batch, then held, unless
 * the rows read so far give another order (DateOrderChanged): the file is then read whole, so
 * that `03/04/2025` is never 3 April in one part of a file and 4 March in another. Each batch is
 * parsed with what the rows so far prove (`proof`), as the whole file's first proof is theirs.
 */
export function batchDateOrder(
  file: string,
  rows: RawRow[],
  cols: DateOrderColumns,
  section: ProfileSection | undefined,
  state: DateOrderState,
): DateOrderDecision {
  if (state.settled) return state.decided!;
  if (!state.decided) {
    const fixed = profileOrder(section);
    if (fixed) {
      state.settled = true;
      state.decided = fixed;
      return fixed;
    }
  }
  state.evidence = dateEvidence(rows, cols, state.evidence);
  const now = orderOf(state.evidence);
  state.decided ??= now;
  const order = state.decided.order;
  if (now.order !== order) {
    const e = state.evidence;
    const line = (now.order === 'dmy' ? e.dmy : now.order === 'mdy' ? e.mdy : undefined)?.line;
    throw new DateOrderChanged(
      `${file}: ${line ? `a date on line ${line} reads only ${WORDS[now.order].en}` : `the dates read so far read ${WORDS[now.order].en}`}, unlike the rows before it: the file's date order is decided on the whole file`,
    );
  }
  return now;
}

/** What the whole file read in batches says of its date order, once read (as `decideDateOrder`'s `warning`). */
export function batchDateOrderWarning(state: DateOrderState): DateOrderDecision['warning'] {
  return state.settled || !state.evidence ? undefined : orderOf(state.evidence).warning;
}

/** Three ASCII digits open s[from, to). */
function yearFirst(s: string, from: number, to: number): boolean {
  if (to - from < 3) return false;
  for (let i = from; i < from + 3; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
