import { cpSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { check, checkData, readDataSet, resolveInputs } from '../../src/api.js';
import { redact } from '../../src/findings/redact.js';
import { FORMATS } from '../../src/report/index.js';
import { loadScreenData, messagesFor } from '../../src/screen/data.js';
import { pack, ROOT } from '../helpers.js';
import { cli, tmp } from '../report/helpers.js';

// Redaction by sentinel: a name and an id that cannot occur by chance are written into every
// column that can identify a person (and into cells that are rejected, ids not in
// employees.csv, a province field holding a name). Every output a redacted run makes, in every
// format, the evidence bundle, the screen's packets and stderr, must hold neither.

const NAME = 'Zawzaw Sentinelname';
const ID = 'SENTID-4471';
const GHOST = 'SENTID-9999';
const NATIONAL_ID = '1101700123456';
/** What must not survive, each searched case-insensitively. */
const SECRETS = ['Sentinelname', 'Zawzaw', 'SENTID', NATIONAL_ID];

const EMPLOYEES = [
  'employee_id,name,national_id,birth_date,province,district,wage_type,wage_rate,job_title,sex',
  `${ID},${NAME},${NATIONAL_ID},1990-04-12,${NAME},${NAME},monthly,9000,operator,F`,
  `${ID}-2,"${NAME}, ${ID}",3100500678905,1995-01-20,Bangkok,,daily,300,operator,M`,
  `${ID},${NAME} again,3100500678905,1990-04-12,Bangkok,,monthly,15000,operator,F`,
  `${ID}-3,นาย${NAME},${NAME},${NAME},Bangkok,,daily,${NAME},operator,M`,
  '',
].join('\n');

const HOURS = [
  'employee_id,date,start,end,break_minutes,day_type',
  ...['04', '05', '06', '07', '08', '09', '10'].map((d) => `${ID},2025-08-${d},07:00,20:00,60,work`),
  `${ID}-2,2025-08-04,08:00,19:00,60,work`,
  `${GHOST},2025-08-04,08:00,17:00,60,work`,
  `${ID},${NAME},08:00,17:00,60,work`,
  `${ID}-2,2025-08-05,${NAME},17:00,60,work`,
  `${ID}-2,2025-08-06,08:00,17:00,"${NAME}""",work`,
  '',
].join('\n');

const PAYROLL = [
  'employee_id,period_start,period_end,pay_date,base_pay,ot_pay',
  `${ID},2025-08-01,2025-08-31,2025-08-31,4000,0`,
  `${ID}-2,2025-08-01,2025-08-31,2025-08-31,${NAME},0`,
  `${GHOST},2025-08-01,2025-08-31,2025-08-31,9000,0`,
  '',
].join('\n');

function assertClean(where: string, text: string): void {
  const lower = text.toLowerCase();
  for (const s of SECRETS) expect(lower.includes(s.toLowerCase()), `${where} holds "${s}"`).toBe(false);
}

/** Every file under a folder, by path. */
function filesUnder(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) for (const [k, v] of filesUnder(p)) out.set(k, v);
    else out.set(p, readFileSync(p, 'utf8'));
  }
  return out;
}

/**
 * A redacted check of `input` in every format (`lang`: in that language, else the default), with a
 * bundle: the run, its reports and the bundle's files, by path, and the JSON report read.
 */
async function redactedEverywhere(input: string, lang?: string) {
  const out = join(tmp(), 'reports');
  const bundle = join(tmp(), 'bundle');
  const run = await cli(
    'check',
    input,
    '--as-of',
    '2025-10-31',
    '--redact-key',
    'sentinel key 1',
    ...(lang ? ['--lang', lang] : []),
    '--format',
    FORMATS.join(','),
    '--output-dir',
    out,
    '--bundle',
    bundle,
  );
  expect(run.code, run.stderr).toBe(1);
  const reports = filesUnder(out);
  expect(reports.size).toBe(FORMATS.length - 1);
  const bundled = filesUnder(bundle);
  // The leak checks below read these: none would make them pass unread.
  expect(
    reportsIn(bundled)
      .map(([file]) => file.slice(file.lastIndexOf('/') + 1))
      .sort(),
  ).toEqual(['report.html', 'report.json']);
  return { run, reports, bundled, json: JSON.parse(reports.get(join(out, 'report.json'))!) };
}

/** The bundle's report files (its JSON and HTML). */
const reportsIn = (bundled: Map<string, string>) =>
  [...bundled].filter(([file]) => /report\.(json|html)$/.test(file));

/** A redacted `batch` of one employer, a copy of `input`: the run and its output folder. */
async function redactedBatch(input: string, ...options: string[]) {
  const root = tmp('lc-sentinel-batch-');
  cpSync(input, join(root, 'employer-a'), { recursive: true });
  const all = join(tmp(), 'all');
  const b = await cli('batch', root, '--output-dir', all, '--as-of', '2025-10-31', '--redact', ...options);
  expect(b.code, b.stderr).toBe(1);
  // Its summary at least, read by the leak checks.
  expect(readdirSync(all)).toContain('summary.jsonl');
  return { b, all };
}

describe('sentinel: no personal value survives --redact', () => {
  it('in every check format, the bundle and stderr', async () => {
    const input = tmp('lc-sentinel-');
    writeFileSync(join(input, 'employees.csv'), EMPLOYEES);
    writeFileSync(join(input, 'hours.csv'), HOURS);
    writeFileSync(join(input, 'payroll.csv'), PAYROLL);
    // github annotations go to stdout; the seven others to files.
    const { run, reports, bundled, json } = await redactedEverywhere(input);
    for (const [file, text] of reports) assertClean(file, text);
    assertClean('stdout', run.stdout);
    assertClean('stderr', run.stderr);
    expect([...bundled.keys()].some((f) => f.endsWith('report.html'))).toBe(true);
    for (const [file, text] of bundled) assertClean(file, text);

    // The run met every case the sentinel stands in: rejected rows of every kind, an id not in
    // employees.csv, a province that is a name, findings about the sentinel employee.
    const reasons = json.rejected.map((r: { reason: string }) => r.reason).join('\n');
    expect(reasons).toMatch(/duplicate employee_id emp-[0-9a-f]{12}/);
    expect(reasons).toMatch(/employee emp-[0-9a-f]{12} is not in employees\.csv/);
    expect(json.rejected.length).toBeGreaterThanOrEqual(8);
    expect(json.undetermined.map((u: { reason: string }) => u.reason).join('\n')).toMatch(
      /province "…" is not a Thai province/,
    );
    expect(json.findings.length).toBeGreaterThan(0);
    for (const i of json.inputs) expect(i.rows_read).toBe(i.rows_used + i.rows_rejected);

    // The same run unredacted does show them: the test would catch a leak.
    const plain = await cli('check', input, '--as-of', '2025-10-31', '--format', 'json');
    for (const s of SECRETS) expect(plain.stdout).toContain(s);
  });

  it('in cells that name no employee (places, sector, title row, wage type, birth date) and ids in NFD, in English and Thai', async () => {
    // Values a reason or a finding copies from a cell: each shows in the report unredacted, as a
    // reason's param (rendered in Thai from it), a warning's, a finding's param or message.
    const PLANTED = [
      'Zzyzx', // a province that is no province
      'Xanthippe', // a district the tool does not know
      'Quokkasector', // a sector the tool does not know
      'Blorbtitle', // the title row a pay period is read from
      'Blorbtype', // a wage-type cell that is no wage type
      'Qwfpgjluy', // an end time that is no time
      '2016-03-17', // a birth date that makes a day of work implausible
      '2026-03-17', // the 10th birthday before which a day of work is implausible
      '2013-03-17', // a child's birth date
      '2028-03-17', // the child's 15th birthday, from which the minimum age is met
      'MILE-9', // an employee id with a decomposed É (E + U+0301), messages composing it
    ];
    const ID = 'E\u0301MILE-9';
    const input = tmp('lc-sentinel-cells-');
    writeFileSync(
      join(input, 'employees.csv'),
      [
        'employee_id,name,national_id,birth_date,province,district,sector,wage_type,ค่าแรงรายวัน',
        'E1,Somchai Jaidee,,1990-01-01,Zzyzx Qwertyuiop,,,Blorbtype,400',
        'E2,Malee Dee,,1990-01-01,Bangkok,Xanthippe Dumbledore,Quokkasector,Blorbtype,400',
        `${ID},Emile N,3601234567895,2013-03-17,Bangkok,,,Blorbtype,400`,
        'E3,Nine Y,,2016-03-17,Bangkok,,,Blorbtype,400',
        '',
      ].join('\n'),
    );
    writeFileSync(
      join(input, 'hours.csv'),
      [
        'employee_id,date,start,end,break_minutes',
        'E1,2025-08-04,08:00,17:00,60',
        'E2,2025-08-04,08:00,17:00,60',
        `${ID},2025-08-05,08:00,17:00,60`,
        'E3,2025-08-05,08:00,17:00,60',
        'E2,2025-08-06,08:00,Qwfpgjluy,60',
        '',
      ].join('\n'),
    );
    writeFileSync(
      join(input, 'payroll.csv'),
      [
        'Payroll of Zzyzx Blorbtitle period: 2025-08-01 to 2025-08-31',
        'employee_id,pay_date,base_pay',
        'E1,2025-08-31,400',
        'E2,2025-08-31,800',
        `${ID},2025-08-31,400`,
        'E3,2025-08-31,400',
        '',
      ].join('\n'),
    );
    const clean = (where: string, text: string) => {
      const lower = text.normalize('NFC').toLowerCase();
      for (const s of PLANTED) expect(lower.includes(s.toLowerCase()), `${where} holds "${s}"`).toBe(false);
      expect(text.includes(ID), `${where} holds the id`).toBe(false);
    };
    const plain = (
      await cli('check', input, '--as-of', '2025-10-31', '--format', 'json')
    ).stdout.toLowerCase();
    for (const s of PLANTED) expect(plain, s).toContain(s.toLowerCase());
    for (const lang of ['en', 'th']) {
      const { run, reports, bundled, json } = await redactedEverywhere(input, lang);
      for (const [file, text] of reports) clean(`${lang} ${file}`, text);
      clean(`${lang} stdout`, run.stdout);
      clean(`${lang} stderr`, run.stderr);
      for (const [file, text] of reportsIn(bundled)) clean(`${lang} ${file}`, text);
      // The run met each case: the reasons hold their placeholders, not nothing.
      const ids = [...json.warnings, ...json.rejected].map((w: { why?: { id: string } }) => w.why?.id);
      for (const id of [
        'unknown_district',
        'unknown_sector_one',
        'period_from_title',
        'wage_type_values_from_header',
      ])
        expect(ids).toContain(id);
      expect(ids).toContain('before_min_work_age');
      expect(JSON.stringify(json.undetermined)).toContain('"province":"…"');
    }
    // A batch of employers, redacted: every report and the summary.
    const { b, all } = await redactedBatch(input, '--lang', 'th', '--format', 'json,html');
    for (const [file, text] of filesUnder(all)) clean(file, text);
    clean('batch stderr', b.stderr);
  });

  it('in the screen packet of an account, in every packet format, and in a batch', async () => {
    const dir = tmp('lc-sentinel-screen-');
    const account = join(dir, 'account.yaml');
    const example = readFileSync(join(ROOT, 'examples', 'accounts', 'bangkok-9000.yaml'), 'utf8');
    writeFileSync(
      account,
      example
        .replace(/^name: .*$/m, `name: ${NAME}`)
        .replace(/^employer: .*$/m, `employer: ${NAME} Co.`)
        .replace(/^notes: .*$/m, `notes: told by ${NAME}, id ${ID}`),
    );
    for (const format of ['md', 'html', 'json']) {
      const r = await cli('screen', account, '--format', format, '--as-of', '2025-10-31');
      expect(r.code, r.stderr).toBe(1);
      assertClean(`packet.${format}`, r.stdout);
      assertClean('stderr', r.stderr);
    }
    const shown = await cli('screen', account, '--no-redact', '--as-of', '2025-10-31');
    expect(shown.stdout).toContain(NAME);

    const batch = join(dir, 'caseload.csv');
    writeFileSync(
      batch,
      [
        'reference,name,employer,notes,province,start_date,wage_type,wage_amount,work_start,work_end,days_per_week,interviewed_on',
        `NGO-1,${NAME},${NAME} Co.,${ID},Bangkok,2025-01-01,monthly,9000,06:00,21:00,7,2025-10-20`,
        `NGO-2,${NAME},${NAME} Co.,${ID},${NAME},2025-01-01,monthly,nine thousand,06:00,21:00,7,2025-10-20`,
        '',
      ].join('\n'),
    );
    const packets = join(dir, 'packets');
    const b = await cli(
      'screen',
      '--batch',
      batch,
      '--format',
      'html',
      '-o',
      packets,
      '--as-of',
      '2025-10-31',
    );
    expect([0, 1]).toContain(b.code);
    assertClean('batch stderr', b.stderr);
    const written = filesUnder(packets);
    expect(written.size).toBeGreaterThanOrEqual(2);
    for (const [file, text] of written) assertClean(file, text);

    // A caseload without its header row: its first worker's answers are its column names.
    const headless = join(dir, 'headless.csv');
    writeFileSync(headless, readFileSync(batch, 'utf8').split('\n').slice(1).join('\n'));
    const refused = await cli('screen', '--batch', headless, '--as-of', '2025-10-31');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('unknown columns: column 1, column 2, column 3, column 4, column 5');
    assertClean('headless batch stderr', refused.stderr);
    const named = await cli('screen', '--batch', headless, '--no-redact', '--as-of', '2025-10-31');
    expect(named.stderr).toContain(NAME.toLowerCase());
  });

  it('in the free-text answers of an account (documents held, a deduction note), every format, en and th', async () => {
    // What caseworkers write there: a passport number, a broker's name and phone number.
    const DOCS = 'passport MX7781234 and work permit';
    const NOTE = 'broker Ko Brokersentinel 081-555-0199';
    const FREE = ['MX7781234', 'Brokersentinel', '081-555-0199'];
    const clean = (where: string, text: string) => {
      const lower = text.toLowerCase();
      for (const s of FREE) expect(lower.includes(s.toLowerCase()), `${where} holds "${s}"`).toBe(false);
    };
    const WITHHELD = { en: '[redacted]', th: '[ปิดบัง]' };
    const dir = tmp('lc-sentinel-screen-text-');
    const account = join(dir, 'account.yaml');
    const example = readFileSync(join(ROOT, 'examples', 'accounts', 'bangkok-9000.yaml'), 'utf8');
    const planted = example
      .replace(/^documents_held_which: .*$/m, `documents_held_which: ${DOCS}`)
      .replace('note: broker }', `note: "${NOTE}" }`);
    expect(planted).toContain(DOCS);
    expect(planted).toContain(NOTE);
    writeFileSync(account, planted);
    for (const lang of ['en', 'th'] as const) {
      for (const format of ['md', 'html', 'json']) {
        const r = await cli('screen', account, '--lang', lang, '--format', format, '--as-of', '2025-10-31');
        expect(r.code, r.stderr).toBe(1);
        clean(`packet.${lang}.${format}`, r.stdout);
        clean('stderr', r.stderr);
        if (format !== 'json') continue;
        // The sign is still raised from the yes/no answer; its line says the answer was withheld.
        const packet = JSON.parse(r.stdout);
        const docs = packet.signals.find((x: { id: string }) => x.id === 'retention_of_identity_documents');
        expect(docs.because.join(' ')).toContain(WITHHELD[lang]);
        const facts = packet.facts.flatMap((x: { items: { answer: string }[] }) =>
          x.items.map((i) => i.answer),
        );
        expect(facts.filter((x: string) => x.includes(WITHHELD[lang])).length).toBeGreaterThanOrEqual(5);
      }
      const shown = await cli('screen', account, '--lang', lang, '--no-redact', '--as-of', '2025-10-31');
      for (const text of [DOCS, NOTE]) expect(shown.stdout).toContain(text);
    }

    // Refused: free text where a purpose or a single answer goes. The exit-2 line quotes neither.
    const refusedFile = join(dir, 'refused.yaml');
    writeFileSync(
      refusedFile,
      planted
        .replace(/^documents_held_which: .*$/m, 'documents_held_which: [MX7781234]')
        .replace('purpose: recruitment_fee,', 'purpose: "Ko Brokersentinel 081-555-0199",'),
    );
    for (const options of [[], ['--no-redact'], ['--lang', 'th']]) {
      const r = await cli('screen', refusedFile, '--as-of', '2025-10-31', ...options);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/deductions .*documents_held_which /s);
      clean('refused stderr', r.stderr + r.stdout);
    }

    // A caseload: a worker screened, and a row refused for a deduction whose purpose is a name.
    const batch = join(dir, 'caseload.csv');
    writeFileSync(
      batch,
      [
        'reference,province,start_date,wage_type,wage_amount,work_start,work_end,days_per_week,documents_held,documents_held_which,deductions,interviewed_on',
        `NGO-1,Bangkok,2025-01-01,monthly,9000,06:00,21:00,7,yes,${DOCS},2000 recruitment_fee ${NOTE},2025-10-20`,
        `NGO-2,Bangkok,2025-01-01,monthly,9000,06:00,21:00,7,yes,${DOCS},2000 Brokersentinel 081-555-0199,2025-10-20`,
        '',
      ].join('\n'),
    );
    for (const lang of ['en', 'th'] as const) {
      for (const format of ['md', 'html', 'json']) {
        const packets = join(dir, `packets-${lang}-${format}`);
        const b = await cli('screen', '--batch', batch, '--lang', lang, '--format', format, '-o', packets);
        expect([0, 1], b.stderr).toContain(b.code);
        clean('batch stderr', b.stderr);
        const written = filesUnder(packets);
        expect(written.size).toBe(2);
        for (const [file, text] of written) clean(file, text);
        const summary = written.get(join(packets, `summary.${format}`))!;
        expect(summary).toContain('deductions');
      }
      const all = await cli('screen', '--batch', batch, '--lang', lang, '--format', 'json');
      clean('batch stdout', all.stdout);
      const one = JSON.parse(all.stdout);
      expect(one.summary.rejected).toHaveLength(1);
      expect(one.packets[0].signals.map((x: { id: string }) => x.id)).toContain(
        'retention_of_identity_documents',
      );
    }
    const open = await cli('screen', '--batch', batch, '--no-redact', '--format', 'md');
    for (const text of [DOCS, NOTE]) expect(open.stdout).toContain(text);
  });

  it('in the job and the workplace as written (a name, a village, an address), every format and language, batch and --records', async () => {
    // What a worker says there: whose house, which village. The packet shows what the tool made
    // of it: the type of workplace, the province and a district the wage tables know.
    const JOB = "maid at Khun Somsentinel's house, Soi 5";
    const VILLAGE = 'Ban Nongsentinelvillage';
    const ADDRESS = 'บ้านหนองSentinelvillage อ.แม่สอด จ.ตาก';
    const FREE = ['Somsentinel', 'Nongsentinelvillage', 'หนองSentinelvillage', 'Soi 5'];
    const clean = (where: string, text: string) => {
      const lower = text.toLowerCase();
      for (const x of FREE) expect(lower.includes(x.toLowerCase()), `${where} holds "${x}"`).toBe(false);
    };
    const LANGS = ['en', 'th', 'my', 'km', 'lo'] as const;
    const WITHHELD = { en: '[redacted]', th: '[ปิดบัง]', my: '[ဖုံးကွယ်ထား]', km: '[បិទបាំង]', lo: '[ປິດບັງ]' };
    const dir = tmp('lc-sentinel-screen-place-');
    const example = readFileSync(join(ROOT, 'examples', 'accounts', 'bangkok-9000.yaml'), 'utf8');
    const planted = example
      .replace(/^province: .*$/m, 'province: Chiang Mai')
      .replace(/^district: .*$/m, `district: ${VILLAGE}`)
      .replace(/^sector: .*$/m, 'sector: domestic')
      .replace(/^job: .*$/m, `job: "${JOB}"`);
    expect(planted).toContain(VILLAGE);
    expect(planted).toContain(JOB);
    const account = join(dir, 'account.yaml');
    writeFileSync(account, planted);
    // The province answered as an address with a village in it, no district.
    const addressed = join(dir, 'address.yaml');
    writeFileSync(
      addressed,
      planted.replace(/^province: .*$/m, `province: "${ADDRESS}"`).replace(/^district: .*$/m, ''),
    );
    for (const lang of LANGS) {
      for (const format of ['md', 'html', 'json']) {
        for (const file of [account, addressed]) {
          const records = join(dir, `records-${lang}-${format}-${file === account ? 'a' : 'b'}`);
          const r = await cli(
            'screen',
            file,
            '--lang',
            lang,
            '--format',
            format,
            '--records',
            records,
            '--as-of',
            '2025-10-31',
          );
          expect(r.code, r.stderr).toBe(1);
          clean(`packet.${lang}.${format}`, r.stdout);
          clean('stderr', r.stderr);
          const written = filesUnder(records);
          expect(written.size).toBe(3);
          for (const [path, text] of written) clean(path, text);
          if (format !== 'json') continue;
          const answers = Object.fromEntries(
            JSON.parse(r.stdout).facts.flatMap((x: { items: { question: string; answer: string }[] }) =>
              x.items.map((i) => [i.question, i.answer]),
            ),
          );
          const m = messagesFor(loadScreenData(), lang);
          const said = (id: string) => answers[m.t(`questions.${id}.label`)];
          // The job as its type of workplace; the village withheld; the address as its province.
          expect(said('job')).toBe(m.t('choices.sector.domestic'));
          expect(said('province')).toBe(
            file === account ? (lang === 'th' ? 'เชียงใหม่' : 'Chiang Mai') : lang === 'th' ? 'ตาก' : 'Tak',
          );
          if (file === account) expect(said('district')).toBe(WITHHELD[lang]);
        }
      }
    }
    // A district the wage tables know is said by their name for it, and written so in --records.
    const known = join(dir, 'known.yaml');
    writeFileSync(known, planted.replace(/^district: .*$/m, 'district: อำเภอเมืองเชียงใหม่'));
    const records = join(dir, 'records-known');
    const k = await cli('screen', known, '--format', 'json', '--records', records, '--as-of', '2025-10-31');
    expect(k.stdout).toContain('"answer": "Mueang Chiang Mai"');
    expect(readFileSync(join(records, 'employees.csv'), 'utf8')).toContain(
      ',Chiang Mai,Mueang Chiang Mai,domestic,,',
    );

    // A caseload: one packet per worker and the summary, and all in one document.
    const batch = join(dir, 'caseload.csv');
    writeFileSync(
      batch,
      [
        'reference,province,district,sector,job,start_date,wage_type,wage_amount,work_start,work_end,days_per_week,interviewed_on',
        `NGO-1,Chiang Mai,${VILLAGE},domestic,"${JOB}",2025-01-01,monthly,9000,06:00,21:00,7,2025-10-20`,
        `NGO-2,"${ADDRESS}",,unknown,"${JOB}",2025-01-01,monthly,9000,06:00,21:00,7,2025-10-20`,
        '',
      ].join('\n'),
    );
    for (const lang of LANGS) {
      const packets = join(dir, `packets-${lang}`);
      const b = await cli(
        'screen',
        '--batch',
        batch,
        '--lang',
        lang,
        '--format',
        'html',
        '-o',
        packets,
        '--as-of',
        '2025-10-31',
      );
      expect([0, 1], b.stderr).toContain(b.code);
      clean('batch stderr', b.stderr);
      const written = filesUnder(packets);
      expect(written.size).toBe(3);
      for (const [file, text] of written) clean(file, text);
      const all = await cli(
        'screen',
        '--batch',
        batch,
        '--lang',
        lang,
        '--format',
        'json',
        '--as-of',
        '2025-10-31',
      );
      clean('batch stdout', all.stdout);
      // The second worker's type of workplace is not known: the job is withheld, not shown.
      const second = JSON.parse(all.stdout).packets[1].facts.flatMap((x: { items: { answer: string }[] }) =>
        x.items.map((i) => i.answer),
      );
      expect(second).toContain(WITHHELD[lang]);
    }

    // Without --redact, the words as the worker said them.
    const open = await cli(
      'screen',
      account,
      '--no-redact',
      '--as-of',
      '2025-10-31',
      '--records',
      join(dir, 'open'),
    );
    for (const text of [JOB, VILLAGE]) expect(open.stdout).toContain(text);
    expect(readFileSync(join(dir, 'open', 'employees.csv'), 'utf8')).toContain(VILLAGE);
    const openBatch = await cli(
      'screen',
      '--batch',
      batch,
      '--no-redact',
      '--format',
      'md',
      '--as-of',
      '2025-10-31',
    );
    for (const text of [JOB, VILLAGE, ADDRESS]) expect(openBatch.stdout).toContain(text);
  }, 180_000);
});

describe('sentinel: no header cell or sheet name survives --redact', () => {
  // A header cell or a sheet can be a person's name: a column over one employee's times, a data
  // row taken for the header of a file without one, a workbook with a sheet for each employee
  // named after them. Under --redact a header is said by its position or the column the tool read
  // it as, a sheet by its number.
  const HEADERS = [
    'Zzheadername', // an employees column the tool does not know, a row unreadable in it
    'Zzhoursheader', // an hours column the tool does not know
    'Zzwagetypecol', // a wage-type column read by its bracketless name, holding no wage type
    'Zzwageheader', // the wage column, read as monthly by its bracketless name
    'Zzpayheader', // a payroll column the tool does not know
  ];
  const SHEETS = ['Zzsheetname', 'Zzsheettwo', 'Zzxlsxheader'];
  const DATA_ROW = 'Zzdatarowname';

  const clean = (where: string, text: string, secrets: readonly string[]) => {
    const lower = text.toLowerCase();
    for (const s of secrets) expect(lower.includes(s.toLowerCase()), `${where} holds "${s}"`).toBe(false);
  };
  const shows = (text: string, secrets: readonly string[]) => {
    for (const s of secrets) expect(text, s).toContain(s);
  };

  /** `unreadable`: a row of each file that cannot be read in the column no header names. */
  function csvInput(unreadable = true): string {
    const input = tmp('lc-sentinel-headers-');
    writeFileSync(
      join(input, 'employees.csv'),
      [
        'employee_id,name,birth_date,province,wage_type (Zzwagetypecol),เงินเดือน (Zzwageheader),Zzheadername',
        'E1,Somchai Jaidee,1990-01-01,Bangkok,ประจำ,9000,x',
        `E2,Malee Dee,1990-01-01,Bangkok,ประจำ,9000,${unreadable ? '"y"z' : 'y'}`,
        '',
      ].join('\n'),
    );
    writeFileSync(
      join(input, 'hours.csv'),
      [
        'employee_id,date,start,end,break_minutes,Zzhoursheader',
        ...['04', '05', '06', '07', '08', '09', '10'].map((d) => `E1,2025-08-${d},07:00,20:00,60,a`),
        `E1,2025-08-11,08:00,17:00,60,${unreadable ? '"b"c' : 'b'}`,
        '',
      ].join('\n'),
    );
    writeFileSync(
      join(input, 'payroll.csv'),
      [
        'employee_id,period_start,period_end,pay_date,base_pay,Zzpayheader',
        'E1,2025-08-01,2025-08-31,2025-08-31,9000,q',
        'E2,2025-08-01,2025-08-31,2025-08-31,9000,q',
        '',
      ].join('\n'),
    );
    return input;
  }

  it('in every check format, in English and Thai, the bundle and a batch: by position or column', async () => {
    const input = csvInput();
    const plain = await cli('check', input, '--as-of', '2025-10-31', '--format', 'json');
    shows(plain.stdout, HEADERS);
    for (const lang of ['en', 'th']) {
      const { run, reports, bundled, json } = await redactedEverywhere(input, lang);
      for (const [file, text] of reports) clean(`${lang} ${file}`, text, HEADERS);
      clean(`${lang} stdout`, run.stdout, HEADERS);
      clean(`${lang} stderr`, run.stderr, HEADERS);
      for (const [file, text] of reportsIn(bundled)) clean(`${lang} ${file}`, text, HEADERS);
      // Said by position, or by the column and the alias the tool read them as.
      const params = (id: string) => json.warnings.filter((w: { why?: { id: string } }) => w.why?.id === id);
      expect(params('ignored_columns').map((w: { message: string }) => w.message)).toEqual([
        'ignored columns: column 7',
        'ignored columns: column 6',
        'ignored columns: column 6',
      ]);
      expect(params('wage_type_values_from_header')[0].why.params).toMatchObject({
        columns: 'wage_type',
        header: 'เงินเดือน',
      });
      expect(
        json.rejected.map((r: { file: string; row: number; column: string }) => [r.file, r.row, r.column]),
      ).toEqual(
        expect.arrayContaining([
          ['employees.csv', 3, 'column 7'],
          ['hours.csv', 9, 'column 6'],
        ]),
      );
    }
    const { b, all } = await redactedBatch(input, '--format', 'json,md');
    for (const [file, text] of filesUnder(all)) clean(file, text, HEADERS);
    clean('batch stderr', b.stderr, HEADERS);
  });

  it('when the hours are streamed, and from a result read without --redact (dropped)', () => {
    // A file with an unreadable row is read whole, and the hours with it.
    const dir = csvInput(false);
    let path = '';
    const streamed = check(
      { dir, asOf: '2025-10-31', redact: true },
      { minBytes: 0, batchRows: 2, onPath: (p) => (path = p.path) },
    );
    expect(path).not.toBe('memory');
    const out = JSON.stringify(redact(streamed, { key: Buffer.from('sentinel key 1'), source: 'given' }));
    clean('streamed', out, HEADERS);
    expect(out.match(/ignored columns: column \d/g)).toEqual([
      'ignored columns: column 7',
      'ignored columns: column 6',
      'ignored columns: column 6',
    ]);
    // A library reading the files without `redact`: the redaction gate drops what is not the tool's words.
    const read = checkData(readDataSet(resolveInputs({ dir })), pack(), { asOf: '2025-10-31' });
    shows(JSON.stringify(read), HEADERS);
    const gated = JSON.stringify(redact(read, { key: Buffer.from('sentinel key 1'), source: 'given' }));
    clean('gated', gated, HEADERS);
    expect(gated).toContain('ignored columns: …');
  });

  it('in the one error line of a data row read as the header, in every format', async () => {
    // A time clock's export without its header row: its first row, a person's punch, is the
    // best header there is (its เข้า is a start column's name), and names no employee column.
    const input = tmp('lc-sentinel-datarow-');
    writeFileSync(
      join(input, 'hours.csv'),
      [`1001,${DATA_ROW},2025-08-04 08:00,เข้า`, `1001,${DATA_ROW},2025-08-04 17:00,ออก`, ''].join('\n'),
    );
    const plain = await cli('check', input, '--as-of', '2025-10-31');
    expect(plain.code).toBe(2);
    expect(plain.stderr).toContain(DATA_ROW);
    for (const format of FORMATS) {
      const run = await cli('check', input, '--as-of', '2025-10-31', '--redact', '--format', format);
      expect(run.code, format).toBe(2);
      expect(run.stderr, format).toContain('the header on line 1 is: column 1, column 2, column 3, start');
      clean(`${format} stdout`, run.stdout, [DATA_ROW]);
      clean(`${format} stderr`, run.stderr, [DATA_ROW, '2025-08-04']);
    }
  });

  it('in the error of two headers read as one column', async () => {
    // Both read as wage_rate without their brackets: a header the tool reads may hold a name.
    const input = tmp('lc-sentinel-conflict-');
    writeFileSync(
      join(input, 'employees.csv'),
      'employee_id,name,wage_type,ค่าจ้าง (Zzonename),เงินเดือน (Zztwoname)\nE1,A B,monthly,9000,9000\n',
    );
    const plain = await cli('check', input, '--as-of', '2025-10-31');
    expect(plain.code).toBe(2);
    shows(plain.stderr, ['Zzonename', 'Zztwoname']);
    const run = await cli('check', input, '--as-of', '2025-10-31', '--redact');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('columns 4 and 5 both map to wage_rate');
    clean('stderr', run.stderr, ['Zzonename', 'Zztwoname']);
  });

  it('in sheet names and the headers of a workbook, and the error of a sheet not there', async () => {
    const input = tmp('lc-sentinel-sheets-');
    const wb = new ExcelJS.Workbook();
    const first = wb.addWorksheet('Zzsheetname');
    first.addRow(['employee_id', 'period_start', 'period_end', 'pay_date', 'base_pay', 'Zzxlsxheader']);
    first.addRow(['E1', '2025-08-01', '2025-08-31', '2025-08-31', 4000, 'x']);
    wb.addWorksheet('นาย Zzsheettwo').addRow(['x']);
    await wb.xlsx.writeFile(join(input, 'payroll.xlsx'));
    writeFileSync(
      join(input, 'employees.csv'),
      'employee_id,name,province,wage_type,wage_rate\nE1,Somchai Jaidee,Bangkok,monthly,9000\n',
    );
    const plain = await cli('check', input, '--as-of', '2025-10-31', '--format', 'json', '--sheet', 'nope');
    expect(plain.code).toBe(2);
    shows(plain.stderr, ['Zzsheetname', 'Zzsheettwo']);
    const read = await cli('check', input, '--as-of', '2025-10-31', '--format', 'json');
    shows(read.stdout, ['Zzxlsxheader']);

    const out = join(tmp(), 'reports');
    const run = await cli(
      'check',
      input,
      '--as-of',
      '2025-10-31',
      '--redact',
      '--format',
      FORMATS.join(','),
      '--output-dir',
      out,
    );
    expect(run.code, run.stderr).toBe(1);
    for (const [file, text] of filesUnder(out)) clean(file, text, SHEETS);
    clean('stdout', run.stdout, SHEETS);
    clean('stderr', run.stderr, SHEETS);
    for (const format of FORMATS) {
      const missing = await cli(
        'check',
        input,
        '--as-of',
        '2025-10-31',
        '--redact',
        '--format',
        format,
        '--sheet',
        'nope',
      );
      expect(missing.code, format).toBe(2);
      expect(missing.stderr).toContain('no sheet of the name asked for (the workbook has 2 sheet(s)');
      clean(`${format} stdout`, missing.stdout, SHEETS);
      clean(`${format} stderr`, missing.stderr, SHEETS);
    }
    // A batch says an employer's error in its summary: the same line.
    const { b, all } = await redactedBatch(input, '--sheet', 'nope');
    const summary = readFileSync(join(all, 'summary.jsonl'), 'utf8');
    expect(summary).toContain('no sheet of the name asked for');
    for (const [file, text] of filesUnder(all)) clean(file, text, SHEETS);
    clean('batch stderr', b.stderr, SHEETS);
  });
});
