import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFiles, resolveInputs } from '../../src/api.js';
import { publish } from '../../src/findings/redact.js';
import { COLUMNS } from '../../src/parse/records.js';
import { render } from '../../src/report/index.js';
import { AS_OF, cli, DEMO, FACTORY, pack, ROOT, rules } from './helpers.js';

// `--lang th` is Thai throughout: every human-readable format, over the demo and the test
// fixtures, shows no run of ASCII letters except ids, codes, file names, format keywords and
// words quoted from the input itself (names, job titles as the employer typed them).

const HUMAN = ['text', 'markdown', 'html', 'junit', 'github'] as const;
const INPUTS = [
  DEMO,
  FACTORY,
  join(ROOT, 'test', 'fixtures', 'inputs', 'canonical'),
  join(ROOT, 'test', 'fixtures', 'inputs', 'thai-874'),
  join(ROOT, 'examples', 'terminated-workers'),
];
const ACCOUNT = join(ROOT, 'examples', 'accounts', 'bangkok-9000.yaml');

/** Words a format may carry in any language: its own syntax and the patterns the Thai text names. */
const KEYWORDS = new Set([
  // GitHub workflow commands
  'error',
  'warning',
  'notice',
  'file',
  'line',
  'title',
  // encodings and formats named in the inputs table and in reasons
  'xlsx',
  'HH',
  'MM',
  'YYYY',
  'DD',
  'HH:MM',
  'HH:MM:SS',
  // values of an option a text names (--two-digit-years be|ce, --fail-on signal)
  'be',
  'ce',
  'signal',
  // the multiplication sign of the rule pack's formulas ("62.50 บาท/ชม. x 1.5")
  'x',
  // names of apps and bodies a packet tells the worker about
  'LINE',
  'Facebook',
  'SMS',
  'ILO',
  // the canonical column names a rejection or a reason names, as codes
  ...Object.values(COLUMNS).flatMap((c) => [...c.required, ...c.optional]),
]);

/** An id, a code, a file name or a path: lpa-90-minimum-wage, th-lpa, E01, sha256, hours.csv, deduction_other. */
const CODE = [
  /^[a-z0-9]+(?:[-_][a-z0-9]+)+$/i,
  /^[A-Za-z]{1,4}\d+$/,
  /^[0-9a-f]{16,}$/,
  /^[\w.-]+\.(?:csv|xlsx|xls|dat|txt|json|yaml|yml|html|xml|sarif)(?::[\d,-]+)?$/i,
  /\//,
];

/** The words of the input's data rows (not its header): the report may quote them. */
function inputWords(dir: string): Set<string> {
  const words = new Set<string>();
  for (const f of readdirSync(dir)) {
    const text = readFileSync(join(dir, f), f.includes('874') ? 'latin1' : 'utf8');
    for (const line of text.split(/\r?\n/).slice(1))
      for (const w of line.match(/[A-Za-z]+/g) ?? []) words.add(w);
  }
  return words;
}

/** What a reader sees: no markup, no style sheet, no attribute but the messages a CI view shows. */
function visible(format: string, out: string): string {
  if (format === 'html') {
    return out
      .replace(/<style>[\s\S]*?<\/style>/g, ' ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&[a-z]+;|&#\d+;/g, ' ');
  }
  if (format === 'junit') {
    const attrs = [
      ...out.matchAll(/\bmessage="([^"]*)"/g),
      ...out.matchAll(/<(?:testsuites|testsuite|testcase)\b[^>]*?\bname="([^"]*)"/g),
    ].map((m) => m[1]);
    const texts = out.replace(/<[^>]+>/g, ' ');
    return [...attrs, texts].join('\n').replace(/&[a-z]+;/g, ' ');
  }
  if (format === 'markdown')
    return (
      out
        .replace(/<br>/g, ' ')
        .replace(/&[a-z]+;/g, ' ')
        // _emphasis_ around a line
        .replace(/^_|_$/gm, ' ')
        .replace(/\\(.)/g, '$1')
    );
  if (format === 'github') {
    // "::error file=…,line=…,title=T::M": what the runner shows is the title and the message.
    const dec = (x: string) =>
      x
        .replace(/%0A/g, '\n')
        .replace(/%0D/g, '\r')
        .replace(/%3A/g, ':')
        .replace(/%2C/g, ',')
        .replace(/%25/g, '%');
    return out
      .split('\n')
      .map((l) => {
        const m = /^::\w+ (.*?)::(.*)$/.exec(l);
        return m ? `${dec(/title=([^,]*)/.exec(m[1])?.[1] ?? '')}\n${dec(m[2])}` : l;
      })
      .join('\n');
  }
  return out;
}

/** The English left in a text: ASCII words that are none of the above. */
function english(text: string, allowed: Set<string>): string[] {
  const left = new Set<string>();
  for (const token of text.match(/[A-Za-z0-9_./:-]*[A-Za-z][A-Za-z0-9_./:-]*/g) ?? []) {
    const t = token.replace(/^[.:/-]+|[.:/-]+$/g, '');
    if (t === '' || KEYWORDS.has(t) || allowed.has(t)) continue;
    if (CODE.some((re) => re.test(t))) continue;
    left.add(t);
  }
  return [...left].sort();
}

describe('--lang th is Thai throughout', () => {
  for (const dir of INPUTS) {
    it(`every human-readable format of ${dir.replace(/^.*\/(?=[^/]+\/[^/]+$)/, '')}`, {
      timeout: 60_000,
    }, async () => {
      const result = publish(
        await checkFiles(resolveInputs({ dir }), pack, { asOf: AS_OF, hoursSeries: true }),
      );
      const allowed = inputWords(dir);
      for (const beDates of [false, true]) {
        for (const format of HUMAN) {
          const out = render(format, result, { lang: 'th', beDates, rules, establishment: 'โรงงานทดสอบ' });
          const left = english(visible(format, out), allowed);
          expect(left, `${format}${beDates ? ' --be-dates' : ''}: ${left.join(' ')}`).toEqual([]);
        }
      }
    });
  }

  it('the Thai claim packet, in Markdown and HTML', { timeout: 60_000 }, async () => {
    const allowed = new Set<string>();
    for (const w of readFileSync(ACCOUNT, 'utf8').match(/:\s*(.*)$/gm) ?? [])
      for (const x of w.match(/[A-Za-z]+/g) ?? []) allowed.add(x);
    for (const format of ['md', 'html']) {
      const run = await cli('screen', ACCOUNT, '--lang', 'th', '--format', format);
      expect(run.code).toBe(1);
      // The province by its Thai name from the pack's province table; no synthetic worker id.
      expect(run.stdout).toContain('กรุงเทพมหานคร');
      expect(run.stdout).not.toMatch(/\bworker:/);
      // Sources are cited as published (the act and the source, in brackets after "ที่มา").
      const body = run.stdout.replace(/\([^()]*(?:\([^()]*\)[^()]*)*ที่มา:[^\n]*?\)(?=\s*(?:<|$))/gm, ' ');
      const left = english(visible(format === 'md' ? 'markdown' : 'html', body), allowed);
      expect(left, `${format}: ${left.join(' ')}`).toEqual([]);
    }
  });

  it('says why each malformed row was not used, in Thai', { timeout: 60_000 }, async () => {
    const dir = join(ROOT, 'test', 'fixtures', 'malformed');
    // A birth date that cannot be read (implausible-years, two-digit-years) no longer rejects the
    // row: the employee is kept and the cell said as a warning (test/parse/unknown-cells.test.ts).
    for (const f of [
      'impossible-dates.hours.csv',
      'impossible-times.hours.csv',
      'money-garbage.payroll.csv',
      'negative-money.payroll.csv',
      'bad-national-ids.employees.csv',
      'duplicate-employee.employees.csv',
      'overlapping-stretches.hours.csv',
      'ragged-long.payroll.csv',
      'missing-ids.payroll.csv',
      'period-backwards.payroll.csv',
      'bad-enums.employees.csv',
    ]) {
      const kind = f.split('.')[1] as 'employees' | 'hours' | 'payroll';
      const result = publish(await checkFiles({ [kind]: join(dir, f) }, pack, { asOf: AS_OF }));
      expect(result.rejected.length, f).toBeGreaterThan(0);
      const out = render('text', result, { lang: 'th', rules });
      const rejected = out.slice(out.indexOf('แถวที่ไม่ได้ใช้'), out.indexOf('\n\n', out.indexOf('แถวที่ไม่ได้ใช้')));
      // The quoted cells are the input's own, the values a column takes are codes; the rest is Thai.
      const said = rejected.replace(/"[^"]*"/g, ' ').replace(/ต่อไปนี้: [a-z0-9_, ]+/g, ' ');
      const left = english(said, new Set(['Excel']));
      expect(left, `${f}: ${left.join(' ')}`).toEqual([]);
    }
  });

  it('finds English where it is left (the test can fail)', () => {
    expect(english('ลูกจ้าง 10 employees, s.53 ม.53 lpa-53-equal-pay E01 hours.csv:3', new Set())).toEqual([
      'employees',
      's.53',
    ]);
  });
});
