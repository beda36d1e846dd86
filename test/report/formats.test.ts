import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { publish } from '../../src/findings/redact.js';
import { reportJsonSchema } from '../../src/findings/schema.js';
import { csv } from '../../src/report/csv.js';
import { github } from '../../src/report/github.js';
import { html } from '../../src/report/html.js';
import { FORMATS, render } from '../../src/report/index.js';
import { junit } from '../../src/report/junit.js';
import { markdown } from '../../src/report/markdown.js';
import { SARIF_RESULT_LIMIT, sarif } from '../../src/report/sarif.js';
import { AS_OF, cli, DEMO, FACTORY, INJECTION, ROOT, readAll, result, rules, tmp } from './helpers.js';

const r = result();
const o = { rules };

function sarifValidator() {
  const schema = JSON.parse(
    readFileSync(join(ROOT, 'test', 'fixtures', 'schemas', 'sarif-schema-2.1.0.json'), 'utf8'),
  );
  // The OASIS schema is draft-04 ("id", not "$id"): Ajv's draft-04 class reads it as written.
  const ajv = new AjvDraft04.default({ allErrors: true, strict: false });
  addFormats.default(ajv);
  return ajv.compile(schema);
}

describe('json', () => {
  it('matches schemas/report.schema.json, which is the one ResultSchema generates', () => {
    const file = readFileSync(join(ROOT, 'schemas', 'report.schema.json'), 'utf8');
    expect(file).toBe(reportJsonSchema());
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(JSON.parse(file));
    const ok = validate(JSON.parse(render('json', r)));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });
});

describe('sarif', () => {
  const log = JSON.parse(sarif(r, o));
  const run = log.runs[0];

  it('is valid SARIF 2.1.0', () => {
    const validate = sarifValidator();
    validate(log);
    expect(validate.errors ?? []).toEqual([]);
    // The validator is live: a level SARIF does not know is refused.
    expect(
      validate({ ...log, runs: [{ ...run, results: [{ ...run.results[0], level: 'critical' }] }] }),
    ).toBe(false);
  });

  it('has one reportingDescriptor per rule, with a title, help link and level', () => {
    const ids = run.tool.driver.rules.map((d: { id: string }) => d.id);
    // The rules, then one descriptor per forced-labour indicator raised.
    const indicators = [...new Set(r.signals!.raised.map((x) => `forced-labour/${x.indicator}`))];
    expect(indicators.length).toBeGreaterThan(0);
    expect(ids).toEqual([...r.coverage.rules.map((x) => x.rule), ...indicators]);
    const ot = run.tool.driver.rules.find((d: { id: string }) => d.id === 'lpa-61-overtime-pay');
    expect(ot.shortDescription.text).toBe('Overtime paid at 1.5 times the hourly rate');
    expect(ot.helpUri).toMatch(/rules\/th-lpa\/lpa-61-overtime-pay\.yaml$/);
    expect(ot.defaultConfiguration.level).toBe('error');
    expect(ot.properties.section).toBe('61');
  });

  it('locates each result at its input file and row, one per rule and employee', () => {
    expect(run.properties.aggregation).toBe('per-rule-and-employee');
    const findings = run.results.filter((x: { properties: { signal?: boolean } }) => !x.properties.signal);
    expect(findings).toHaveLength(5);
    const signals = run.results.filter(
      (x: { level: string; properties: { signal?: boolean } }) => x.properties.signal,
    );
    expect(signals).toHaveLength(r.signals!.raised.length);
    for (const x of signals) expect(x.level).toBe('note');
    const ot = run.results.find((x: { ruleId: string }) => x.ruleId === 'lpa-61-overtime-pay');
    expect(ot.locations[0].physicalLocation.artifactLocation.uri).toBe(
      'test/fixtures/reports/factory/hours.csv',
    );
    expect(ot.locations[0].physicalLocation.region.startLine).toBe(16);
    expect(ot.properties).toMatchObject({ employee_id: 'E01', owed_satang: 37500, findings: 1 });
    const child = run.results.find((x: { ruleId: string }) => x.ruleId === 'lpa-44-minimum-age');
    expect(child.level).toBe('error');
    expect(child.locations[0].physicalLocation.region.startLine).toBe(5);
  });

  it('gives partialFingerprints that do not change with the as-of date', () => {
    const later = JSON.parse(sarif(result(FACTORY, '2026-03-31'), o)).runs[0];
    const prints = (x: { results: { partialFingerprints: object }[] }) =>
      x.results.map((y) => y.partialFingerprints);
    expect(prints(later)).toEqual(prints(run));
    expect(
      new Set(
        run.results.map(
          (x: { partialFingerprints: Record<string, string> }) =>
            x.partialFingerprints['labourCheckFinding/v1'],
        ),
      ).size,
    ).toBe(5 + r.signals!.raised.length);
  });

  it('aggregates per rule when rule-and-employee pairs exceed the result limit, and says so', () => {
    const base = r.findings.find((f) => f.rule === 'lpa-61-overtime-pay')!;
    const many = Array.from({ length: SARIF_RESULT_LIMIT + 1 }, (_, i) => ({
      ...base,
      employee_id: `X${String(i).padStart(5, '0')}`,
    }));
    const big = publish({
      ...r,
      findings: many,
      signals: undefined,
      summary: { ...r.summary, findings: many.length },
    });
    const log2 = JSON.parse(sarif(big, o));
    const run2 = log2.runs[0];
    expect(run2.properties.aggregation).toBe('per-rule');
    expect(run2.results).toHaveLength(1);
    expect(run2.results[0].properties.findings).toBe(SARIF_RESULT_LIMIT + 1);
    const validate = sarifValidator();
    validate(log2);
    expect(validate.errors ?? []).toEqual([]);
  });

  it('gives one note per indicator when the signals would pass the result limit', () => {
    const base = r.findings.find((f) => f.rule === 'lpa-61-overtime-pay')!;
    const findings = Array.from({ length: SARIF_RESULT_LIMIT }, (_, i) => ({
      ...base,
      employee_id: `X${i}`,
    }));
    const signal = r.signals!.raised[0];
    const raised = ['S1', 'S2', 'S3'].map((employee_id) => ({ ...signal, employee_id, shared_by: 3 }));
    const big = { ...r, findings, signals: { ...r.signals!, raised } };
    const notes = JSON.parse(sarif(big, o)).runs[0].results.filter(
      (x: { properties: { signal?: boolean } }) => x.properties.signal,
    );
    expect(notes).toHaveLength(1);
    expect(notes[0].properties.employees).toEqual(['S1', 'S2', 'S3']);
    const few = JSON.parse(sarif({ ...r, signals: { ...r.signals!, raised } }, o)).runs[0].results;
    expect(few.filter((x: { properties: { signal?: boolean } }) => x.properties.signal)).toHaveLength(3);
  });
});

describe('junit', () => {
  const text = junit(r, o);
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(text);
  const suites = doc.testsuites.testsuite as {
    name: string;
    tests: string;
    failures: string;
    skipped: string;
    testcase: unknown[];
  }[];

  it('is well-formed XML', () => {
    expect(XMLValidator.validate(text)).toBe(true);
  });

  it('has one testsuite per rule and one testcase per employee checked', () => {
    const ruleSuites = suites.slice(0, -1);
    expect(ruleSuites.map((s) => s.name.split(':')[0])).toEqual(r.coverage.rules.map((x) => x.rule));
    for (const s of ruleSuites) expect(s.testcase).toHaveLength(6);
    // The last suite lists the signs of forced labour, none of them a failure.
    const signals = suites.at(-1)!;
    expect(signals.name).toBe('Signs of forced labour (need corroboration)');
    expect(signals.failures).toBe('0');
    const raised = r.signals!.raised.length;
    expect([signals.testcase].flat()).toHaveLength(raised);
    expect(Number(doc.testsuites.tests)).toBe(6 * r.coverage.rules.length + raised);
  });

  it('fails a testcase with its findings and skips an undetermined one', () => {
    expect(Number(doc.testsuites.failures)).toBe(5);
    const age = suites.find((s) => s.name.startsWith('lpa-44-minimum-age'))!;
    expect(age.failures).toBe('1');
    expect(age.skipped).toBe('1');
    const cases = age.testcase as {
      name: string;
      failure?: { message: string; type: string };
      skipped?: { message: string };
    }[];
    expect(cases.find((c) => c.name === 'E04')!.failure!.type).toBe('critical');
    expect(cases.find((c) => c.name === 'E06')!.skipped!.message).toBe('undetermined: no birth date');
    expect(cases.find((c) => c.name === 'E05')!.failure).toBeUndefined();
  });
});

describe('github', () => {
  const lines = github(r, o).trimEnd().split('\n');
  it('writes a notice with the totals, then one annotation per rule and employee at file and line', () => {
    expect(lines[0]).toMatch(/^::notice title=labour-check summary::.*5 findings.*owed 1,375\.00 baht/);
    expect(lines).toContain(
      '::error file=test/fixtures/reports/factory/hours.csv,line=16,title=lpa-61-overtime-pay (s.61) E01%3A Overtime paid at 1.5 times the hourly rate::E01: 4 h overtime in 2025-08-01 to 2025-08-31 at 62.50 baht/h x 1.5 = 375.00 baht; 0.00 baht paid%0Aowed 375.00 baht',
    );
    expect(lines.filter((l) => l.startsWith('::error '))).toHaveLength(5);
  });
  it('escapes line breaks and % so a message cannot start a workflow command of its own', () => {
    const f = { ...r.findings[0], message: '50%\n::set-env name=X::1' };
    const out = github(publish({ ...r, findings: [f] }), o);
    expect(out).toContain('50%25%0A::set-env');
    expect(out.split('\n').some((l) => l.startsWith('::set-env'))).toBe(false);
  });
});

describe('csv', () => {
  const text = csv(r, o);
  const rows = parseCsv(text, { bom: true, columns: true }) as Record<string, string>[];

  it('starts with a UTF-8 BOM and has one row per finding with every field', () => {
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(rows.filter((x) => x.status === 'finding')).toHaveLength(r.findings.length);
    expect(rows.filter((x) => x.status === 'signal')).toHaveLength(r.signals!.raised.length);
    const ot = rows.find((x) => x.rule === 'lpa-61-overtime-pay')!;
    expect(ot).toMatchObject({
      status: 'finding',
      employee_id: 'E01',
      employee_name: 'นายสมชาย ใจดี',
      period_start: '2025-08-01',
      period_end: '2025-08-31',
      owed_satang: '37500',
      interest_satang: '940',
      'params.overtime_multiplier.value': '1.5',
    });
    expect(ot.message_th).toContain('ทำงานล่วงเวลา');
    expect(ot.evidence).toBe(
      'test/fixtures/reports/factory/hours.csv:16;test/fixtures/reports/factory/hours.csv:17;test/fixtures/reports/factory/hours.csv:18;test/fixtures/reports/factory/payroll.csv:2',
    );
  });

  it('neutralises cells a spreadsheet would run as a formula', () => {
    expect(rows.find((x) => x.employee_id === 'E02')!.employee_name).toBe(`'${INJECTION}`);
    const evil = ['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1', '＝1'];
    const findings = evil.map((m) => ({ ...r.findings[0], message: m }));
    const back = parseCsv(csv(publish({ ...r, findings, signals: undefined }), o), {
      bom: true,
      columns: true,
    }) as Record<string, string>[];
    expect(back.map((x) => x.message)).toEqual(evil.map((m) => `'${m}`));
  });
});

describe('markdown', () => {
  const text = markdown(r, o);
  it('has the summary, a table per employee and the owed ledger with its total', () => {
    expect(text).toContain('## Summary');
    expect(text).toContain('### Employee E01 นายสมชาย ใจดี');
    expect(text).toContain('| **Total** | **4,375.00** | **3,000.00** | **1,375.00** | **34.47** |');
    expect(text).toContain('hours.csv:16-18 payroll.csv:2');
  });
  it('leaves no live HTML or table break from the data', () => {
    expect(text).not.toContain('<script>');
    expect(text).toContain('=HYPERLINK("x")&lt;script&gt;alert(1)&lt;/script&gt;');
    const f = { ...r.findings[0], message: 'a | b [x](javascript:1)' };
    expect(markdown(publish({ ...r, findings: [f] }), o)).toContain('a \\| b \\[x\\](javascript:1)');
  });
});

describe('html', () => {
  const page = html(r, o);
  it('is one self-contained file: no script, no external resource, a CSP that forbids both', () => {
    expect(page).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
    expect(page).not.toMatch(/<script|<link|<img|<iframe|url\(|@import/i);
    expect(page).not.toMatch(/(src|href)="(?!#)/);
  });
  it('escapes every datum', () => {
    expect(page).not.toContain(INJECTION);
    expect(page).toContain('=HYPERLINK(&quot;x&quot;)&lt;script&gt;alert(1)&lt;/script&gt;');
  });
  it('has summary cards, totals, both groupings, the coverage and the undetermined list', () => {
    expect(page).toContain('<div class="value" id="total-owed">1,375.00</div>');
    expect(page).toContain('<div class="value" id="total-interest">34.47</div>');
    expect(page).toContain('id="by-section"');
    expect(page).toContain('s.61 · Overtime paid at 1.5 times the hourly rate');
    expect(page).toContain('<article class="employee" id="emp-1">');
    expect(page).toContain(r.coverage.note);
    expect(page).toContain(
      `<section id="undetermined"><h2>Undetermined (not checked) (${r.undetermined.length})</h2>`,
    );
    expect(r.undetermined.length).toBeGreaterThan(0);
    expect(page).toContain('@media print');
    expect(page).toMatch(/font-family: "Sarabun".*"Loma"/);
  });
  it('charts each employee’s daily hours against the normal limit, and weekly overtime against the cap', () => {
    expect(page.match(/<svg class="chart"/g)).toHaveLength(6);
    expect(page).toContain('class="limit"');
    const capped = {
      ...r,
      hours: r.hours!.map((h) => ({ ...h, weeks: h.weeks.map((w) => ({ ...w, cap_min: 36 * 60 })) })),
    };
    const withCap = html(publish(capped), o);
    expect(withCap).toContain('class="cap"');
    expect(withCap).toContain('36 h/week');
  });
  it('speaks Thai with B.E. dates when asked', () => {
    const th = html(r, { ...o, lang: 'th', beDates: true });
    expect(th).toContain('<html lang="th">');
    expect(th).toContain('ค่าล่วงเวลาในวันทำงานไม่น้อยกว่าหนึ่งเท่าครึ่งของอัตราค่าจ้างต่อชั่วโมง');
    expect(th).toContain(
      'E01: ทำงานล่วงเวลา 4 ชม. งวด <span class="nw">1 ส.ค. 2568</span> ถึง <span class="nw">31 ส.ค. 2568</span>',
    );
    expect(th).toContain('<span id="as-of" class="nw">31 ต.ค. 2568</span>');
    // Sections as the Thai Act writes them; no English section marks.
    expect(th).toContain('ม.61');
    expect(th).not.toMatch(/>s\.\d/);
  });
});

describe('every format', () => {
  it('is byte-identical across two runs with the same --as-of', async () => {
    const a = tmp();
    const b = tmp();
    const args = [
      'check',
      FACTORY,
      '--as-of',
      AS_OF,
      '--format',
      FORMATS.join(','),
      '--lang',
      'th',
      '--be-dates',
    ];
    const ra = await cli(...args, '--output-dir', a);
    const rb = await cli(...args, '--output-dir', b);
    expect(ra.code).toBe(1);
    expect(rb.stdout).toBe(ra.stdout);
    const fa = readAll(a);
    expect([...fa.keys()].sort()).toEqual([
      'report.csv',
      'report.html',
      'report.json',
      'report.jsonl',
      'report.junit.xml',
      'report.md',
      'report.sarif',
      'report.txt',
    ]);
    expect(readAll(b)).toEqual(fa);
    expect(ra.stdout).toMatch(/^::notice /);
  });

  it('is produced for examples/demo-factory and checks out', async () => {
    const dir = tmp();
    const run = await cli(
      'check',
      DEMO,
      '--as-of',
      AS_OF,
      '--format',
      FORMATS.join(','),
      '--output-dir',
      dir,
    );
    expect(run.code === 0 || run.code === 1).toBe(true);
    const files = readAll(dir);
    const validate = sarifValidator();
    validate(JSON.parse(files.get('report.sarif')!));
    expect(validate.errors ?? []).toEqual([]);
    expect(XMLValidator.validate(files.get('report.junit.xml')!)).toBe(true);
    const json = JSON.parse(files.get('report.json')!);
    expect(parseCsv(files.get('report.csv')!, { bom: true, columns: true })).toHaveLength(
      json.findings.length + json.signals.raised.length,
    );
    const ajv = new Ajv2020({ strict: false });
    expect(ajv.validate(JSON.parse(reportJsonSchema()), json)).toBe(true);
  });
});
