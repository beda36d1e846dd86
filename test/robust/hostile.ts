import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { ROOT } from '../helpers.js';

// Generators of hostile input sets for the fuzz test: the demo factory with its people replaced
// by sentinels and then damaged, and files made from scratch out of hostile cells.

export type Kind = 'employees' | 'hours' | 'payroll';
export const KINDS: Kind[] = ['employees', 'hours', 'payroll'];

/** A person in a generated set: values that cannot occur in a report by chance. */
export interface Person {
  id: string;
  name: string;
  nationalId: string;
}

export interface InputSet {
  files: Partial<Record<Kind, Buffer>>;
  people: Person[];
  /** How it was made, for the failure message. */
  recipe: string[];
}

const DEMO = join(ROOT, 'examples', 'demo-factory');
const demoText = (k: Kind) => readFileSync(join(DEMO, `${k}.csv`), 'utf8');
const DEMO_TEXT = Object.fromEntries(KINDS.map((k) => [k, demoText(k)])) as Record<Kind, string>;
const DEMO_IDS = [...DEMO_TEXT.employees.matchAll(/^(E\d{3}),([^,]*),(\d*)/gm)].map((m) => ({
  id: m[1],
  name: m[2],
  nationalId: m[3],
}));

const letters = (n: number) =>
  fc
    .array(fc.constantFrom(...'bcdfghjkmnpqrstvwxz'.split('')), { minLength: n, maxLength: n })
    .map((a) => a.join(''));

/** Sentinel people: ids and names no report text contains by chance. */
export const people = (n: number): fc.Arbitrary<Person[]> =>
  fc
    .tuple(
      fc.array(fc.tuple(letters(6), letters(6), letters(7)), { minLength: n, maxLength: n }),
      fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 12, maxLength: 12 }),
    )
    .map(([parts, digits]) => {
      const seen = new Set<string>();
      return parts.map(([a, b, c], i) => {
        let id = `Qx${a}${i}`;
        while (seen.has(id)) id += 'q';
        seen.add(id);
        // A valid 13-digit Thai ID: 12 digits and the checksum.
        const d = [...digits.slice(0, 11), i % 10];
        const sum = d.reduce((s, x, k) => s + x * (13 - k), 0);
        const nationalId = `${d.join('')}${(11 - (sum % 11)) % 10}`;
        return { id, name: `Zq${b[0].toUpperCase()}${b.slice(1)} Vw${c}`, nationalId };
      });
    });

/** The demo with its ten people replaced by sentinels, cut to `rows` data rows per file. */
export function demoSet(persons: Person[], rows: number): InputSet {
  const files: Partial<Record<Kind, Buffer>> = {};
  for (const k of KINDS) {
    let text = DEMO_TEXT[k];
    DEMO_IDS.forEach((p, i) => {
      const s = persons[i % persons.length];
      text = text.replace(new RegExp(`^${p.id},`, 'gm'), `${s.id},`);
      if (p.name) text = text.replaceAll(p.name, s.name);
      if (p.nationalId) text = text.replaceAll(p.nationalId, s.nationalId);
    });
    const lines = text.split('\n');
    files[k] = Buffer.from([...lines.slice(0, 1 + (k === 'hours' ? rows * 3 : rows)), ''].join('\n'));
  }
  return { files, people: persons, recipe: [`demo, ${rows} rows`] };
}

// Cells a hostile or careless file may hold.
const FORMULAS = [
  "=CMD|' /C calc'!A0",
  '+SUM(1,2)',
  '-2+3',
  '@SUM(A1)',
  '\t=1',
  '=HYPERLINK("http://x","y")',
  '＝1+1',
];
const SCRIPTS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '</textarea><svg onload=alert(1)>',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template payload, meant as plain text
  '${process.exit(3)}',
  '{{constructor.constructor("x")()}}',
  '::error file=x::pwned',
  '%0A::warning::x',
  '\r\n::set-output name=x::y',
  '](javascript:1)',
  '__proto__',
  'constructor',
];
const NUMBERS = [
  '1e308',
  '-1e308',
  '99999999999999999999999',
  '0.000000001',
  '-0',
  'NaN',
  'Infinity',
  '0x1F',
  '1,000,000.005',
  '(500)',
  '١٢٣',
  '๑๒๓',
  '9'.repeat(400),
  '',
  ' ',
];
const DATES = [
  '0000-00-00',
  '9999-12-31',
  '2025-02-30',
  '31/13/2568',
  '1998-08-18',
  '1900-01-01',
  '2400-01-01',
  '29/02/2567',
  '2025-13-01',
  '-2025-01-01',
  '2025-1-1',
  '31 ก.ค. 2568',
  '99/99/99',
];
const TIMES = ['24:00', '23:59', '00:00', '25:61', '8', '8:00 PM', '-01:00', '12:00:60', '99:99'];
const MARKS = ['\u200f', '\u202e', '\u200d', '\u200b', '\u0301', '\ufeff', '\u2066', '\u2069', '\u00a0'];

/** An id made hostile: a right-to-left mark, a confusable letter, a combining mark, full-width digits. */
const confusable = (id: string, how: number): string => {
  switch (how % 5) {
    case 0:
      return `${MARKS[how % MARKS.length]}${id}`;
    case 1:
      return id.replace('Q', '\u0051\u0301');
    case 2:
      return id.replace('x', '\u0445'); // Cyrillic ha
    case 3:
      return id.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    default:
      return `${id}${MARKS[how % MARKS.length]}`;
  }
};

export const hostileCell = fc.oneof(
  fc.constantFrom(...FORMULAS, ...SCRIPTS),
  fc.constantFrom(...NUMBERS),
  fc.constantFrom(...DATES),
  fc.constantFrom(...TIMES),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
);

const COLUMNS: Record<Kind, string[]> = {
  employees: [
    'employee_id',
    'name',
    'national_id',
    'birth_date',
    'province',
    'wage_type',
    'wage_rate',
    'sex',
    'job_title',
    'hazardous',
  ],
  hours: ['employee_id', 'date', 'start', 'end', 'break_minutes', 'day_type'],
  payroll: ['employee_id', 'period_start', 'period_end', 'pay_date', 'base_pay', 'ot_pay', 'net_pay'],
};

/** A plausible value for a column, for a sentinel person. */
function plausible(column: string, p: Person, n: number): string {
  const day = String(1 + (n % 28)).padStart(2, '0');
  switch (column) {
    case 'employee_id':
      return p.id;
    case 'name':
      return p.name;
    case 'national_id':
      return p.nationalId;
    case 'birth_date':
      return n % 7 === 0 ? '2010-05-01' : '1990-04-12';
    case 'province':
      return n % 5 === 0 ? p.name : 'Bangkok';
    case 'wage_type':
      return ['monthly', 'daily', 'hourly', 'piece'][n % 4];
    case 'wage_rate':
    case 'base_pay':
      return String(100 + n * 37);
    case 'sex':
      return n % 2 ? 'F' : 'M';
    case 'job_title':
      return 'operator';
    case 'hazardous':
      return n % 3 ? 'no' : 'yes';
    case 'date':
      return `2025-08-${day}`;
    case 'start':
      return `${String(6 + (n % 6)).padStart(2, '0')}:00`;
    case 'end':
      return `${String(14 + (n % 10)).padStart(2, '0')}:30`;
    case 'break_minutes':
      return String(n % 90);
    case 'day_type':
      return ['work', 'weekly_holiday', 'public_holiday'][n % 3];
    case 'period_start':
      return '2025-08-01';
    case 'period_end':
      return '2025-08-31';
    case 'pay_date':
      return n % 4 ? '2025-09-01' : '';
    default:
      return String(n % 500);
  }
}

/** Columns where a stranger's name or id may be written (categories such as sex or job title are not personal). */
const STRANGER_COLUMNS = [
  'employee_id',
  'name',
  'national_id',
  'province',
  'birth_date',
  'wage_rate',
  'date',
  'start',
  'break_minutes',
  'period_start',
  'base_pay',
];

const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

/** Files made from scratch: shuffled columns, rows of sentinel people, some cells hostile. */
export const scratchSet = fc
  .record({
    persons: people(4),
    kinds: fc.subarray(KINDS, { minLength: 1 }),
    shuffle: fc.integer({ min: 0, max: 1000 }),
    rows: fc.integer({ min: 0, max: 25 }),
    hostile: fc.array(fc.tuple(fc.nat(), fc.nat(), hostileCell), { maxLength: 12 }),
    confuse: fc.array(fc.nat(), { maxLength: 3 }),
    ghost: fc.boolean(),
    stranger: people(1),
    // Cells that hold a person who is no employee: in a province, a date, a money or an id cell,
    // with a quote inside so that it cannot hide behind quoting.
    strangers: fc.array(fc.tuple(fc.nat(), fc.constantFrom(...STRANGER_COLUMNS), fc.nat({ max: 3 })), {
      maxLength: 3,
    }),
  })
  .map((c): InputSet => {
    const files: Partial<Record<Kind, Buffer>> = {};
    for (const k of c.kinds) {
      const cols = [...COLUMNS[k]].sort(
        (a, b) => ((a.length * c.shuffle) % 7) - ((b.length * c.shuffle) % 7),
      );
      const rows: string[][] = [];
      const count = k === 'employees' ? c.persons.length : c.rows;
      for (let i = 0; i < count; i++) {
        const p = c.persons[i % c.persons.length];
        rows.push(cols.map((col) => plausible(col, p, i + c.shuffle)));
      }
      if (c.ghost && k !== 'employees' && rows.length)
        rows[0][cols.indexOf('employee_id')] = `${c.persons[0].id}ghost`;
      for (const [r, col, v] of c.hostile) if (rows.length) rows[r % rows.length][col % cols.length] = v;
      const [x] = c.stranger;
      for (const [r, column, how] of c.strangers) {
        const i = cols.indexOf(column);
        if (!rows.length || i < 0) continue;
        rows[r % rows.length][i] = [x.name, x.id, `${x.name}"`, `x"${x.id} ${x.name}`][how];
      }
      for (const how of c.confuse) {
        if (!rows.length) continue;
        const r = rows[how % rows.length];
        const i = cols.indexOf('employee_id');
        r[i] = confusable(r[i], how);
      }
      files[k] = Buffer.from(`${[cols, ...rows].map((r) => r.map(quote).join(',')).join('\n')}\n`);
    }
    return { files, people: [...c.persons, ...c.stranger], recipe: ['scratch'] };
  });

/** One way to damage a file's bytes. */
export type Damage =
  | { kind: 'truncate'; at: number }
  | { kind: 'bytes'; at: number; bytes: number[] }
  | { kind: 'nul'; at: number }
  | { kind: 'invalid-utf8'; at: number; which: number }
  | { kind: 'quote'; at: number }
  | { kind: 'huge-cell'; at: number; size: number }
  | { kind: 'wide-row' }
  | { kind: 'crlf' }
  | { kind: 'bom-utf16' };

export const damage: fc.Arbitrary<Damage> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('bytes' as const),
    at: fc.nat(),
    bytes: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 40 }),
  }),
  fc.record({ kind: fc.constant('nul' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('invalid-utf8' as const), at: fc.nat(), which: fc.nat() }),
  fc.record({ kind: fc.constant('quote' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('huge-cell' as const),
    at: fc.nat(),
    size: fc.integer({ min: 10_000, max: 200_000 }),
  }),
  fc.constant({ kind: 'wide-row' as const }),
  fc.constant({ kind: 'crlf' as const }),
  fc.constant({ kind: 'bom-utf16' as const }),
);

const INVALID_UTF8 = [
  [0xc3, 0x28],
  [0xff],
  [0x80],
  [0xe2, 0x82],
  [0xf0, 0x28, 0x8c, 0x28],
  [0xed, 0xa0, 0x80],
];

export function applyDamage(b: Buffer, d: Damage): Buffer {
  const at = b.length
    ? d.kind === 'wide-row' || d.kind === 'crlf' || d.kind === 'bom-utf16'
      ? 0
      : d.at % b.length
    : 0;
  const splice = (insert: Buffer) => Buffer.concat([b.subarray(0, at), insert, b.subarray(at)]);
  switch (d.kind) {
    case 'truncate':
      return b.subarray(0, at);
    case 'bytes':
      return splice(Buffer.from(d.bytes));
    case 'nul':
      return splice(Buffer.from([0, 0, 0]));
    case 'invalid-utf8':
      return splice(Buffer.from(INVALID_UTF8[d.which % INVALID_UTF8.length]));
    case 'quote':
      return splice(Buffer.from('"'));
    case 'huge-cell':
      return splice(Buffer.from('x'.repeat(d.size)));
    case 'wide-row':
      return Buffer.concat([b, Buffer.from(`${Array(5000).fill('1').join(',')}\n`)]);
    case 'crlf':
      return Buffer.from(b.toString('latin1').replace(/\n/g, '\r\n'), 'latin1');
    case 'bom-utf16':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(b.toString('utf8'), 'utf16le')]);
  }
}

/** A data set, from the demo or from scratch, with some of its files damaged. */
export const inputSet: fc.Arbitrary<InputSet> = fc
  .record({
    base: fc.oneof(
      fc
        .record({ persons: people(10), rows: fc.integer({ min: 1, max: 40 }) })
        .map((x) => demoSet(x.persons, x.rows)),
      scratchSet,
    ),
    damages: fc.array(fc.tuple(fc.constantFrom(...KINDS), damage), { maxLength: 3 }),
    // One set in five leaves a file out.
    drop: fc.oneof(
      { arbitrary: fc.constant(null), weight: 4 },
      { arbitrary: fc.constantFrom(...KINDS), weight: 1 },
    ),
  })
  .map(({ base, damages, drop }) => {
    const files = { ...base.files };
    const recipe = [...base.recipe];
    for (const [k, d] of damages) {
      if (!files[k]) continue;
      files[k] = applyDamage(files[k], d);
      recipe.push(`${k}: ${d.kind}`);
    }
    if (drop && Object.keys(files).length > 1) {
      delete files[drop];
      recipe.push(`no ${drop}`);
    }
    return { files, people: base.people, recipe };
  });

// YAML a user may give as --map or --waivers: bombs, tags, and well-formed files with odd values.
export const hostileYaml = fc.oneof(
  fc.constant(
    'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n',
  ),
  fc.constantFrom(
    'employees: !!js/function "function () { return 1 }"\n',
    'hours: !custom { columns: {} }\n',
    'waivers: !!set { a, b }\n',
    '!!binary aGVsbG8=\n',
    'employees: { columns: { employee_id: &x id } }\nhours: { columns: { employee_id: *x } }\n',
    '<<: { a: 1 }\n',
    '__proto__: { polluted: true }\n',
    'constructor: { prototype: { polluted: true } }\n',
    'waivers:\n  - { id: W1, rule: lpa-61-overtime-pay, employees: all, reason: r, reference: x, expires: 2099-01-01 }\n',
    'waivers: []\n',
    'version: 1\nhours: { skip_rows: 99999999 }\n',
    'employees: { values: { wage_type: { "=1+1": monthly } } }\n',
    '',
    '\u0000\u0000',
    'key: "unterminated\n',
    'a: 1\na: 2\n',
    '- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -\n',
  ),
  fc.string({ maxLength: 60 }),
);
