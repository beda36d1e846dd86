import type { Assessment, RuleAssessment } from '../evaluate/engine.js';
import type { Stretch } from '../parse/records.js';

// An employee's stretches cross to a worker thread as one Float64Array and a short list of
// strings, not as objects: the structured clone of some 500 objects per employee was most of
// the reading thread's time with --jobs (docs/speed.md, Worker threads for one check). The
// array's buffer is transferred, not copied. Float64 holds any number a stretch carries
// (fractional minutes, -0 alike), so the worker's objects equal the originals.

/** Numbers per stretch: start, end, break, row, the three strings' indexes, flags, rows count. */
const WIDTH = 9;
const HAS_ROWS = 1;
const HAS_INFERRED = 2;
const INFERRED = 4;
const BREAKS_UNRECORDED = 8;
/** The tail holds, after the stretch's rows, how many twins it has and their lines (`Stretch.twins`). */
const HAS_TWINS = 16;

export interface PackedStretches {
  count: number;
  /** Employee ids, dates and day types, as they change from one stretch to the next. */
  strings: string[];
  /** WIDTH numbers per stretch, then every stretch's `rows` (and twins) one after another. */
  numbers: Float64Array<ArrayBuffer>;
}

export function packStretches(stretches: readonly Stretch[]): PackedStretches {
  // A string is added when it differs from the stretch before's: one employee, and runs of one
  // day and day type, so a string seldom comes twice (a map to keep each once cost more).
  const strings: string[] = [];
  const add = (s: string) => strings.push(s) - 1;
  let extra = 0;
  for (const s of stretches) {
    if (s.rows) extra += s.rows.length;
    if (s.twins) extra += 1 + s.twins.length;
  }
  const numbers = new Float64Array(stretches.length * WIDTH + extra);
  let tail = stretches.length * WIDTH;
  // The indexes of the stretch before's strings.
  let id = -1;
  let date = -1;
  let type = -1;
  for (let i = 0, at = 0; i < stretches.length; i++, at += WIDTH) {
    const s = stretches[i];
    numbers[at] = s.start;
    numbers[at + 1] = s.end;
    numbers[at + 2] = s.break_minutes;
    numbers[at + 3] = s.row;
    if (id < 0 || strings[id] !== s.employee_id) id = add(s.employee_id);
    if (date < 0 || strings[date] !== s.date) date = add(s.date);
    if (type < 0 || strings[type] !== s.day_type) type = add(s.day_type);
    numbers[at + 4] = id;
    numbers[at + 5] = date;
    numbers[at + 6] = type;
    let flags = 0;
    if (s.rows) {
      flags |= HAS_ROWS;
      numbers[at + 8] = s.rows.length;
      numbers.set(s.rows, tail);
      tail += s.rows.length;
    }
    if (s.inferred !== undefined) flags |= HAS_INFERRED | (s.inferred ? INFERRED : 0);
    if (s.breaksUnrecorded) flags |= BREAKS_UNRECORDED;
    if (s.twins) {
      flags |= HAS_TWINS;
      numbers[tail++] = s.twins.length;
      numbers.set(s.twins, tail);
      tail += s.twins.length;
    }
    numbers[at + 7] = flags;
  }
  return { count: stretches.length, strings, numbers };
}

/** The stretches `packStretches` was given, as equal objects with their keys in the parser's order. */
export function unpackStretches({ count: n, strings, numbers }: PackedStretches): Stretch[] {
  const out: Stretch[] = new Array(n);
  let tail = n * WIDTH;
  for (let i = 0, at = 0; i < n; i++, at += WIDTH) {
    const s: Stretch = {
      employee_id: strings[numbers[at + 4]],
      date: strings[numbers[at + 5]],
      start: numbers[at],
      end: numbers[at + 1],
      break_minutes: numbers[at + 2],
      day_type: strings[numbers[at + 6]] as Stretch['day_type'],
      row: numbers[at + 3],
    };
    const flags = numbers[at + 7];
    if (flags & HAS_ROWS) {
      const count = numbers[at + 8];
      s.rows = Array.from(numbers.subarray(tail, tail + count));
      tail += count;
    }
    if (flags & HAS_INFERRED) s.inferred = (flags & INFERRED) !== 0;
    if (flags & BREAKS_UNRECORDED) s.breaksUnrecorded = true;
    if (flags & HAS_TWINS) {
      const count = numbers[tail++];
      s.twins = Array.from(numbers.subarray(tail, tail + count));
      tail += count;
    }
    out[i] = s;
  }
  return out;
}

type Outcome = NonNullable<RuleAssessment['undetermined']>;

/** A rule's flags in an assessment's `rules` string: one character per rule. */
const FOUND = 1;
const KEPT = 2;
/** Undetermined by the outcome sent last for this rule. */
const SAME = 4;
/** Undetermined by the next of `outcomes`. */
const NEW = 8;

/**
 * An assessment as it crosses back. Its rules are one character each rather than an object
 * each: forty objects an employee were most of what the worker cloned and this thread rebuilt.
 */
export interface PackedAssessment extends Omit<Assessment, 'rules'> {
  /** Each rule's flags as a character, in the order of the evaluator's rules. */
  rules: string;
  /** The kept values of the rules flagged KEPT, in rule order. */
  kept?: unknown[];
  /** The outcomes of the rules flagged NEW, in rule order. */
  outcomes?: Outcome[];
}

// Most employees are undetermined by a rule for the same reasons (a file or column absent), and
// the engine gives the same outcome object again while they are: it crosses once, not once per
// employee (a tenth of what came back from the worker, 1M finding-light rows). One outcome per
// rule is remembered on each side, so nothing grows with the run.

/** The worker's side: the last outcome sent for each rule. */
export function assessmentPacker(): (a: Assessment) => PackedAssessment {
  const last: (Outcome | undefined)[] = [];
  const codes: number[] = [];
  return ({ rules, ...rest }) => {
    let kept: unknown[] | undefined;
    let outcomes: Outcome[] | undefined;
    codes.length = rules.length;
    for (let i = 0; i < rules.length; i++) {
      const r = rules[i];
      let flags = r.found ? FOUND : 0;
      if (r.kept) {
        flags |= KEPT;
        kept ??= [];
        kept.push(r.kept.value);
      }
      const u = r.undetermined;
      if (u && u === last[i]) flags |= SAME;
      else if (u) {
        flags |= NEW;
        outcomes ??= [];
        outcomes.push(u);
        last[i] = u;
      }
      codes[i] = flags;
    }
    return {
      ...rest,
      rules: String.fromCharCode.apply(null, codes),
      ...(kept ? { kept } : {}),
      ...(outcomes ? { outcomes } : {}),
    };
  };
}

/** This thread's side, one per worker: the assessment the worker made, with each outcome as it was sent. */
export function assessmentUnpacker(): (p: PackedAssessment) => Assessment {
  const last: (Outcome | undefined)[] = [];
  return ({ rules: flags, kept, outcomes, ...rest }) => {
    const rules: RuleAssessment[] = new Array(flags.length);
    let k = 0;
    let o = 0;
    for (let i = 0; i < flags.length; i++) {
      const f = flags.charCodeAt(i);
      const done: RuleAssessment = { found: (f & FOUND) !== 0 };
      if (f & KEPT) done.kept = { value: kept![k++] };
      if (f & NEW) last[i] = outcomes![o++];
      if (f & (NEW | SAME)) done.undetermined = last[i];
      rules[i] = done;
    }
    return { ...rest, rules };
  };
}
