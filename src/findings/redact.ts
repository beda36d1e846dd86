import { createHmac, randomBytes } from 'node:crypto';
import { basename } from 'node:path';
import { UserError } from '../errors.js';
import { isToolsHeaderWords } from '../parse/aliases.js';
import { readRegularText } from '../read/file.js';
import { PARAMS_FROM_CELLS } from './finding.js';
import { initialsOf } from './names.js';
import { cellKind, hasReason, type Reason, reasonText, saysHeaders } from './reasons.js';
import { type Result, sortFindings } from './result.js';

// --redact: a report an NGO can share without exposing workers. Names become initials, national
// IDs keep their last 4 digits, employee ids become keyed pseudonyms (HMAC-SHA256: the same key
// gives the same pseudonym, so two redacted reports stay comparable, and without the key the ids
// cannot be recovered by trying them all), and input paths become the file kind ("hours.csv").
// The whole result is rewritten, free text included, so every format built from it is redacted.

export interface RedactKey {
  key: Buffer;
  source: 'given' | 'random';
}

export function redactKey(o: { key?: string; keyFile?: string }): RedactKey {
  if (o.key !== undefined && o.keyFile !== undefined)
    throw new UserError('give --redact-key or --redact-key-file, not both');
  if (o.keyFile !== undefined) {
    const text = readRegularText(o.keyFile);
    const key = text.replace(/\r?\n$/, '');
    if (key.length < 8) throw new UserError(`${o.keyFile}: a redaction key needs at least 8 characters`);
    return { key: Buffer.from(key, 'utf8'), source: 'given' };
  }
  if (o.key !== undefined) {
    if (o.key.length < 8) throw new UserError('--redact-key: a redaction key needs at least 8 characters');
    return { key: Buffer.from(o.key, 'utf8'), source: 'given' };
  }
  return { key: randomBytes(32), source: 'random' };
}

/** The pseudonym of an employee id: "emp-" and 12 hex digits of HMAC-SHA256(key, id). */
export function pseudonym(key: Buffer, employeeId: string): string {
  return `emp-${createHmac('sha256', key).update(employeeId, 'utf8').digest('hex').slice(0, 12)}`;
}

/** "3101234567890" -> "*********7890"; dashes and spaces of a written-out ID go with the digits. */
export function maskNationalId(id: string): string {
  const digits = id.replace(/\D/g, '');
  return `${'*'.repeat(Math.max(0, digits.length - 4))}${digits.slice(-4)}`;
}

const NATIONAL_ID = /(?<!\d)(?:\d{13}|\d[- ]\d{4}[- ]\d{5}[- ]\d{2}[- ]\d)(?!\d)/g;
// An id is replaced where it stands as a token: not inside a word or a number ("E1" not in "E10",
// "1" not in "1.5" or "2025-08-01").
const BEFORE = String.raw`(?<![\p{L}\p{N}\p{M}_]|\p{N}[.,:/-])`;
const AFTER = String.raw`(?![\p{L}\p{N}\p{M}_]|[.,:/-]\p{N})`;
// Only syntax characters and "/" may be escaped under the u flag ("\-" is an error there); a lone
// surrogate is written as its code point so that it cannot pair with a neighbour in the pattern.
const escapeChar = (c: string) =>
  /^[.*+?^${}()|[\]\\/]$/.test(c)
    ? `\\${c}`
    : /^[\uD800-\uDFFF]$/.test(c)
      ? `\\u{${c.charCodeAt(0).toString(16)}}`
      : c;

/**
 * The code points that one literal matches under the i and u flags, as the regex engine itself
 * decides: each code point is named by the first one met of its class.
 */
function caseClasses(): (c: string) => string {
  const seen = new Map<string, string>();
  const firsts: string[] = [];
  return (c) => {
    let first = seen.get(c);
    if (first === undefined) {
      const re = new RegExp(`^${escapeChar(c)}$`, 'iu');
      first = firsts.find((f) => re.test(f)) ?? c;
      if (first === c) firsts.push(c);
      seen.set(c, first);
    }
    return first;
  };
}

interface TrieNode {
  /** The literal written for this step (any member of its case class matches the same text). */
  char: string;
  next: Map<string, TrieNode>;
  /** A key ends here. */
  end: boolean;
}

/**
 * The keys as one trie-shaped alternation over code points: at each position the engine follows
 * only the branch whose next code point matches, instead of trying every key. The keys that
 * match at one position are prefixes of one another, and at each node the longer continuation is
 * tried before ending there, so the match is the longest key followed by AFTER, as with an
 * alternation of the keys longest first.
 */
function triePattern(keys: Iterable<string>, fold: boolean): string {
  const classOf = fold ? caseClasses() : (c: string) => c;
  const root: TrieNode = { char: '', next: new Map(), end: false };
  for (const k of keys) {
    let n = root;
    for (const c of k) {
      const step = classOf(c);
      let m = n.next.get(step);
      if (!m) {
        m = { char: c, next: new Map(), end: false };
        n.next.set(step, m);
      }
      n = m;
    }
    n.end = true;
  }
  // Written children first, without recursion: a key may be thousands of code points long.
  const written = new Map<TrieNode, string>();
  const stack: [TrieNode, boolean][] = [[root, false]];
  while (stack.length > 0) {
    const [n, childrenDone] = stack.pop() as [TrieNode, boolean];
    if (!childrenDone) {
      stack.push([n, true]);
      for (const m of n.next.values()) stack.push([m, false]);
      continue;
    }
    const alts = [...n.next.values()].map((m) => escapeChar(m.char) + (written.get(m) as string));
    for (const m of n.next.values()) written.delete(m);
    if (alts.length > 0 && n.end) alts.push('');
    written.set(n, alts.length === 1 ? (alts[0] as string) : alts.length > 1 ? `(?:${alts.join('|')})` : '');
  }
  return written.get(root) as string;
}

/** A text rewriter that replaces whole tokens from a table, longest first. */
export function replacer(table: Map<string, string>, flags: string): (s: string) => string {
  if (table.size === 0) return (s) => s;
  const re = new RegExp(`${BEFORE}(?:${triePattern(table.keys(), flags.includes('i'))})${AFTER}`, flags);
  const folded = flags.includes('i')
    ? new Map([...table].map(([k, v]) => [k.toLocaleLowerCase(), v]))
    : table;
  return (s) =>
    s.replace(re, (m) => (flags.includes('i') ? folded.get(m.toLocaleLowerCase()) : table.get(m)) ?? m);
}

const TEXTS_KEPT = 4096;

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** What a dropped cell becomes, in a reason's params as in its words (`"…"`). */
const DROPPED = '…';

/** A message id with its values (findings/reasons.ts), wherever it stands in a result. */
function isReason(v: object): v is Reason {
  const r = v as Partial<Reason>;
  return (
    typeof r.id === 'string' &&
    hasReason(r.id) &&
    Object.keys(v).every((k) => k === 'id' || k === 'params' || k === 'period')
  );
}

/**
 * Header cells as a redacted report says them: as the tool's own words (a position, `column 7`,
 * or the column a header was read as: a run under --redact writes them so, parse/grid.ts), else
 * dropped, since a header may be a person's name.
 */
const headerSaid = (v: string): string => (v === '' || isToolsHeaderWords(v) ? v : DROPPED);

/**
 * A reason with the values it copied from cells redacted, as its words are: a cell's text dropped,
 * an employee id pseudonymised, header cells kept only as the tool's words (the reason says which
 * values are which); its other values are the tool's own words, rewritten as free text, which
 * drops the quoted cell of a reason said inside it.
 */
function reasonRedacted(r: Reason, text: (s: string) => string, id: (s: string) => string): Reason {
  if (!r.params) return r;
  const params = Object.fromEntries(
    Object.entries(r.params).map(([k, v]) => {
      const kind = cellKind(r.id, k);
      if (kind === 'text') return [k, DROPPED];
      if (typeof v !== 'string') return [k, v];
      if (kind === 'header') return [k, headerSaid(v)];
      return [k, kind === 'id' ? id(v) : text(v)];
    }),
  );
  return { ...r, params };
}

// A value quoted in free text ("31/02/2025" is not a real calendar date, province "…" is not a
// Thai province) came from a cell and may be anything a person typed: it is dropped. The span
// runs from the first quote to the last, so a quote inside the cell cannot end it early.
const QUOTED = /"[\s\S]*"/;
export const dropQuoted = (s: string): string => s.replace(QUOTED, `"${DROPPED}"`);

declare const PRINTABLE: unique symbol;
/**
 * A result that has passed the redaction gate (`publish`): the only kind the reporters take, so
 * no report can be printed from a result that skipped it.
 */
export type Printable = Result & { readonly [PRINTABLE]: true };

/** The gate between the engine and the reporters: redacted under a key, else as it is. */
export function publish(result: Result, rk?: RedactKey): Printable {
  return rk ? redact(result, rk) : (result as Printable);
}

export function redact(result: Result, rk: RedactKey): Printable {
  return redactor(result, rk).result;
}

/**
 * Redaction of a result, and of findings read later one at a time (a run whose findings are
 * spooled: its result's own findings are empty; every employee id is in its other parts).
 */
export function redactor(
  result: Result,
  rk: RedactKey,
): {
  result: Printable;
  finding: <F extends Result['findings'][number]>(f: F) => F;
  /**
   * A finding's JSON line (`JSON.stringify` of it) as the JSON line of `finding` of it, with what
   * orders it; undefined for a line not of the shape `findingLine` reads (the caller parses it).
   */
  line: (json: string) => RedactedLine | undefined;
  /** A finding with only its employee, rule and section redacted, for a pass that reads no more. */
  outline: <F extends Result['findings'][number]>(f: F) => F;
  id: (employeeId: string) => string;
} {
  const ids = new Set<string>();
  // Ids of rows rejected for their employee (one not in employees.csv, a duplicate) are personal too.
  for (const r of result.rejected) if (r.employee_id !== undefined) ids.add(r.employee_id);
  for (const e of result.employees ?? []) ids.add(e.employee_id);
  for (const f of [...result.findings, ...(result.waived ?? [])]) ids.add(f.employee_id);
  for (const u of result.undetermined) ids.add(u.employee_id);
  for (const l of result.ledger) ids.add(l.employee_id);
  for (const h of result.hours ?? []) ids.add(h.employee_id);
  for (const x of result.signals?.raised ?? []) ids.add(x.employee_id);
  for (const r of result.coverage.rules) for (const id of r.undetermined_employees) ids.add(id);
  for (const w of result.waivers ?? []) if (w.employees !== 'all') for (const id of w.employees) ids.add(id);
  const pseudo = new Map([...ids].map((id) => [id, pseudonym(rk.key, id)]));

  // Free text is matched in NFC (`text` below), so ids and paths are too: an id written with
  // decomposed letters (E + U+0301) is found where a message composed it (É). Two ids that differ
  // only so are one text: the first one's pseudonym stands for both there.
  const tokens = new Map<string, string>();
  const token = (k: string, v: string) => {
    const nfc = k.normalize('NFC');
    if (!tokens.has(nfc)) tokens.set(nfc, v);
  };
  for (const [i, p] of pseudo) token(i, p);
  // Input paths name the file kind only: a path can carry an employer's or a worker's name.
  const kindOf = new Map(result.inputs.map((i) => [i.file, `${i.kind}.csv`]));
  for (const [file, kind] of kindOf) token(file, kind);
  const names = new Map<string, string>();
  for (const e of result.employees ?? []) if (e.name) names.set(e.name.normalize('NFC'), initialsOf(e.name));
  const byToken = replacer(tokens, 'gu');
  const byName = replacer(names, 'giu');
  // Ids and names first (a quote inside an id must not open a quoted span), then quoted cells.
  // The same texts come back in finding after finding (rule ids, sections, parameter sources):
  // each is rewritten once while it is among the last few thousand met.
  const seen = new Map<string, string>();
  const text = (s: string) => {
    let out = seen.get(s);
    if (out === undefined) {
      out = dropQuoted(byName(byToken(s.normalize('NFC')))).replace(NATIONAL_ID, maskNationalId);
      if (seen.size >= TEXTS_KEPT) seen.clear();
      seen.set(s, out);
    }
    return out;
  };
  const file = (f: string) => kindOf.get(f) ?? basename(f);
  const id = (i: string) => pseudo.get(i) ?? text(i);

  // A reason is known by its shape wherever it stands (undetermined checks, rejected rows,
  // warnings, signals not read), so that its cells are dropped by what it says of its params.
  const deep = (v: unknown): unknown => {
    if (typeof v === 'string') return text(v);
    if (Array.isArray(v)) return v.map(deep);
    if (v && typeof v === 'object') {
      if (isReason(v)) return reasonRedacted(v, text, id);
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, deep(x)]));
    }
    return v;
  };
  const finding = <F extends Result['findings'][number]>(f: F): F => ({
    // Its employee and evidence are rewritten below, not as free text.
    ...(deep({ ...f, employee_id: '', evidence: [] }) as F),
    employee_id: id(f.employee_id),
    evidence: f.evidence.map((e) => ({ file: file(e.file), row: e.row })),
    params: Object.fromEntries(
      Object.entries(deep(f.params) as F['params']).map(([k, v]) => [
        k,
        PARAMS_FROM_CELLS.has(k) ? DROPPED : v,
      ]),
    ),
  });

  const out: Result = {
    ...result,
    inputs: result.inputs.map((i) => ({ ...i, file: file(i.file) })),
    findings: sortFindings(result.findings.map(finding)),
    undetermined: result.undetermined
      .map((u) => ({
        rule: u.rule,
        employee_id: id(u.employee_id),
        reason: text(u.reason),
        ...(u.reasons ? { reasons: deep(u.reasons) as Reason[] } : {}),
      }))
      .sort((a, b) => cmp(a.employee_id, b.employee_id) || cmp(a.rule, b.rule)),
    // A rejected row's reason may quote the cell it could not read: the value is dropped.
    // The column of a cell that could not be read is its header when the tool did not map it.
    rejected: result.rejected.map((r) => ({
      file: file(r.file),
      row: r.row,
      column: headerSaid(r.column),
      reason: text(r.reason),
      ...(r.why ? { why: deep(r.why) as Reason } : {}),
      ...(r.employee_id !== undefined ? { employee_id: id(r.employee_id) } : {}),
    })),
    warnings: result.warnings.map((w) => {
      const why = w.why && (deep(w.why) as Reason);
      return {
        ...w,
        ...(w.file ? { file: file(w.file) } : {}),
        ...(w.column !== undefined ? { column: headerSaid(w.column) } : {}),
        // Header cells are not quoted in the words (`ignored columns: …`): said again from the reason.
        message: text(why && saysHeaders(why.id) ? reasonText(why) : w.message),
        ...(why ? { why } : {}),
      };
    }),
    ledger: result.ledger
      .map((l) => ({ ...(deep(l) as typeof l), employee_id: id(l.employee_id) }))
      .sort((a, b) => cmp(a.employee_id, b.employee_id)),
    coverage: {
      ...result.coverage,
      rules: result.coverage.rules.map((r) => ({
        ...r,
        undetermined_employees: r.undetermined_employees.map(id).sort(),
      })),
    },
  };
  if (result.employees) {
    out.employees = result.employees
      .map((e) => ({
        employee_id: id(e.employee_id),
        ...(e.name ? { initials: initialsOf(e.name) } : {}),
        ...(e.national_id ? { national_id: maskNationalId(e.national_id) } : {}),
      }))
      .sort((a, b) => cmp(a.employee_id, b.employee_id));
  }
  if (result.hours) {
    out.hours = result.hours
      .map((h) => ({ ...h, employee_id: id(h.employee_id) }))
      .sort((a, b) => cmp(a.employee_id, b.employee_id));
  }
  if (result.signals) {
    out.signals = {
      ...(deep(result.signals) as NonNullable<Result['signals']>),
      raised: result.signals.raised
        .map((x) => ({
          ...(deep(x) as typeof x),
          employee_id: id(x.employee_id),
          evidence: x.evidence.map((e) => ({ file: file(e.file), row: e.row })),
        }))
        .sort((a, b) => cmp(a.employee_id, b.employee_id) || cmp(a.indicator, b.indicator)),
    };
  }
  if (result.waived) out.waived = sortFindings(result.waived.map(finding));
  if (result.waivers) {
    out.waivers = result.waivers.map((w) => ({
      ...w,
      employees: w.employees === 'all' ? 'all' : w.employees.map(id).sort(),
      reason: text(w.reason),
      reference: text(w.reference),
    }));
  }
  if (result.baseline) out.baseline = { ...result.baseline, file: basename(result.baseline.file) };
  out.redaction = {
    pseudonyms: 'hmac-sha256',
    key: rk.source,
    note:
      rk.source === 'given'
        ? 'Employee ids are keyed pseudonyms: the same key gives the same pseudonyms in other reports.'
        : 'Employee ids are pseudonyms under a one-time random key: they differ from those of any other report.',
  };
  const outline = <F extends Result['findings'][number]>(f: F): F => ({
    ...f,
    employee_id: id(f.employee_id),
    rule: text(f.rule),
    section: text(f.section),
  });
  return {
    result: out as Printable,
    finding,
    line: (json) => findingLine(json, text, id, file),
    outline,
    id,
  };
}

/** A redacted finding's JSON line and the fields that order it in a report (`sortFindings`), redacted. */
export interface RedactedLine {
  json: string;
  employee_id: string;
  date?: string;
  period?: { start: string; end: string };
  rule: string;
  message: string;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** Where the string literal starting at `at` (its opening quote) ends, past its closing quote. */
function literalEnd(src: string, at: number): number {
  for (let q = src.indexOf('"', at + 1); q > 0; q = src.indexOf('"', q + 1)) {
    let slashes = 0;
    while (src.charCodeAt(q - 1 - slashes) === BACKSLASH) slashes++;
    if (slashes % 2 === 0) return q + 1;
  }
  throw new LineShape();
}

/** A line this reader does not take as it is: the caller parses it instead. */
class LineShape extends Error {}

const NOT_A_VALUE = /[,\]}]/g;

/**
 * `finding` of a finding, worked on its JSON line rather than on the parsed object, so that a
 * spooled finding is not parsed, copied and written again: every string value rewritten as free
 * text, the employee id as an id, each evidence's file as a file, keys, numbers and literals as
 * they are, in their order. The line must be as `JSON.stringify` writes a finding (the top-level
 * `employee_id` a string, `evidence` a list of `{"file":...,"row":...}` and nothing else), since
 * `finding` rebuilds those two: anything else is left to the parse. Only the strings that change
 * are written; the rest of the line is copied in spans.
 */
function findingLine(
  src: string,
  text: (s: string) => string,
  id: (s: string) => string,
  file: (s: string) => string,
): RedactedLine | undefined {
  let at = 0;
  let out = '';
  /** Where the line is copied up to. */
  let copied = 0;
  // The evidence mostly names one or two files again and again.
  let lastFile = '';
  let lastFileWritten = '';
  /** The string value at `at`, rewritten by `as`, written in its place when it changed: its text after. */
  /** Inside a value that is written whole as dropped: nothing in it is written. */
  let dropping = false;
  const str = (as: (s: string) => string): string => {
    if (src.charCodeAt(at) !== QUOTE) throw new LineShape();
    const from = at;
    const end = literalEnd(src, at);
    at = end;
    const raw = src.slice(from + 1, end - 1);
    const escaped = raw.includes('\\');
    const decoded = escaped ? (JSON.parse(src.slice(from, end)) as string) : raw;
    const after = as(decoded);
    if (!dropping && (escaped || after !== decoded)) {
      out += src.slice(copied, from) + JSON.stringify(after);
      copied = end;
    }
    return after;
  };
  const key = (): string => {
    if (src.charCodeAt(at) !== QUOTE) throw new LineShape();
    const k = at;
    at = literalEnd(src, at);
    return src.slice(k, at);
  };
  const expect = (c: string): void => {
    if (src[at] !== c) throw new LineShape();
    at++;
  };
  /** Any value at `at`, every string in it rewritten as free text. */
  const value = (depth: number): void => {
    if (depth > 64) throw new LineShape();
    const c = src[at];
    if (c === '"') {
      str(text);
      return;
    }
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      at++;
      for (let first = true; src[at] !== close; first = false) {
        if (!first) expect(',');
        if (c === '{') {
          key();
          expect(':');
        }
        value(depth + 1);
      }
      at++;
      return;
    }
    NOT_A_VALUE.lastIndex = at;
    const end = NOT_A_VALUE.exec(src)?.index ?? src.length;
    if (end === at) throw new LineShape();
    at = end;
  };
  /** `[{"file":...,"row":...},...]`, each file named as `file` names it. */
  const evidence = (): void => {
    expect('[');
    for (let first = true; src[at] !== ']'; first = false) {
      if (!first) expect(',');
      if (!src.startsWith('{"file":"', at)) throw new LineShape();
      at += 8;
      if (lastFile !== '' && src.startsWith(lastFile, at)) {
        out += src.slice(copied, at) + lastFileWritten;
        at += lastFile.length;
        copied = at;
      } else {
        const from = at;
        str(file);
        lastFile = src.slice(from, at);
        lastFileWritten = JSON.stringify(file(JSON.parse(lastFile) as string));
      }
      if (!src.startsWith(',"row":', at)) throw new LineShape();
      at += 7;
      const row = at;
      value(2);
      if (!/^-?\d/.test(src.slice(row, at))) throw new LineShape();
      expect('}');
    }
    at++;
  };
  /** The period object, its start and end kept for the order. */
  const period = (line: RedactedLine): void => {
    expect('{');
    let start: string | undefined;
    let end: string | undefined;
    for (let first = true; src[at] !== '}'; first = false) {
      if (!first) expect(',');
      const name = key();
      expect(':');
      if (name === '"start"') start = str(text);
      else if (name === '"end"') end = str(text);
      else value(2);
    }
    at++;
    if (start === undefined || end === undefined) throw new LineShape();
    line.period = { start, end };
  };
  /** The params object, a param that holds a cell dropped as `finding` drops it. */
  const params = (): void => {
    expect('{');
    for (let first = true; src[at] !== '}'; first = false) {
      if (!first) expect(',');
      const k = key();
      expect(':');
      if (!PARAMS_FROM_CELLS.has(JSON.parse(k) as string)) {
        value(2);
        continue;
      }
      // A param that holds a cell: its whole value is written as the dropped cell.
      const from = at;
      dropping = true;
      value(2);
      dropping = false;
      out += src.slice(copied, from) + JSON.stringify(DROPPED);
      copied = at;
    }
    at++;
  };
  try {
    const line: RedactedLine = { json: '', employee_id: '', rule: '', message: '' };
    const seen = new Set<string>();
    expect('{');
    for (let first = true; src[at] !== '}'; first = false) {
      if (!first) expect(',');
      const name = key();
      expect(':');
      seen.add(name);
      if (name === '"employee_id"') line.employee_id = str(id);
      else if (name === '"evidence"') evidence();
      else if (name === '"date"') line.date = str(text);
      else if (name === '"rule"') line.rule = str(text);
      else if (name === '"message"') line.message = str(text);
      else if (name === '"period"') period(line);
      else if (name === '"params"') params();
      else value(1);
    }
    at++;
    // What orders a finding is all there, as it is in every finding the engine makes.
    for (const k of ['"employee_id"', '"evidence"', '"rule"', '"message"'])
      if (!seen.has(k)) throw new LineShape();
    if (at !== src.length) throw new LineShape();
    line.json = copied === 0 ? src : out + src.slice(copied);
    return line;
  } catch (e) {
    if (e instanceof LineShape) return undefined;
    throw e;
  }
}
