import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyBaseline, parseBaseline } from '../../src/findings/baseline.js';
import { pseudonym, publish, redact } from '../../src/findings/redact.js';
import { applyWaivers, parseWaivers } from '../../src/findings/waivers.js';
import { json } from '../../src/report/json.js';
import { AS_OF, cli, FACTORY, result, tmp } from './helpers.js';

const WAIVERS = `
waivers:
  - id: W-stocktake
    rule: lpa-28-weekly-holiday
    employees: [E03]
    from: 2025-08-01
    to: 2025-08-31
    reason: stock-take week agreed with the workers' committee
    reference: DLPW Chon Buri letter 123/2568
    expires: 2025-12-31
  - id: W-old
    rule: lpa-61-overtime-pay
    employees: all
    reason: overtime settled in cash
    reference: settlement 2025-01
    expires: 2025-09-30
  - id: W-none
    rule: lpa-90-minimum-wage
    employees: [E05]
    reason: apprentice scheme
    reference: DSD permit 77/2568
    expires: 2026-06-30
`;

describe('waivers', () => {
  const r = result();
  const w = applyWaivers(r, parseWaivers(WAIVERS, 'waivers.yaml'));

  it('moves an active waiver’s findings to `waived`, counted and shown, not dropped', () => {
    expect(w.findings).toHaveLength(r.findings.length - 1);
    expect(w.waived).toHaveLength(1);
    expect(w.waived![0]).toMatchObject({
      rule: 'lpa-28-weekly-holiday',
      employee_id: 'E03',
      waiver: 'W-stocktake',
    });
    expect(w.summary.waived).toBe(1);
    expect(w.summary.findings).toBe(r.summary.findings - 1);
    expect(w.summary.by_severity.error).toBe(r.summary.by_severity.error - 1);
  });

  it('reports each waiver as active, expired or unused, with warnings for the last two', () => {
    expect(w.waivers!.map((x) => [x.id, x.status, x.matched])).toEqual([
      ['W-stocktake', 'active', 1],
      ['W-old', 'expired', 1],
      ['W-none', 'unused', 0],
    ]);
    const messages = w.warnings.map((x) => x.message);
    expect(messages).toContain(
      'waiver W-old (lpa-61-overtime-pay, settlement 2025-01) expired on 2025-09-30, before the as-of date 2025-10-31: it waives nothing; the 1 finding it covered is reported',
    );
    expect(messages).toContain('waiver W-none (lpa-90-minimum-wage) matched no finding');
    // The expired waiver waived nothing: the overtime finding and its money are still reported.
    expect(w.findings.some((f) => f.rule === 'lpa-61-overtime-pay')).toBe(true);
    expect(w.summary.owed_satang).toBe(r.summary.owed_satang);
  });

  it('covers a finding only when its whole date or period lies in the waiver’s span', () => {
    const partial = parseWaivers(
      'waivers:\n  - {id: W1, rule: lpa-61-overtime-pay, employees: [E01], from: 2025-08-10, to: 2025-12-31, reason: r, reference: x, expires: 2026-01-01}\n',
      'w.yaml',
    );
    expect(applyWaivers(r, partial).waived).toHaveLength(0);
  });

  it('refuses a waivers file with a missing field, naming the field', () => {
    expect(() =>
      parseWaivers(
        'waivers:\n  - {id: W1, rule: x, employees: all, reason: r, expires: 2026-01-01}\n',
        'w.yaml',
      ),
    ).toThrow('w.yaml: invalid field "waivers.0.reference"');
    expect(() =>
      parseWaivers(
        'waivers:\n  - {id: W1, rule: x, employees: all, reason: r, reference: y, expires: 31/12/2026}\n',
        'w.yaml',
      ),
    ).toThrow('invalid field "waivers.0.expires"');
  });

  it('lets the exit code follow the findings left: waiving every error gives 0', async () => {
    const dir = tmp();
    const file = join(dir, 'all.yaml');
    const rulesWithErrors = [...new Set(r.findings.map((f) => f.rule))];
    writeFileSync(
      file,
      `waivers:\n${rulesWithErrors.map((id, i) => `  - {id: W${i}, rule: ${id}, employees: all, reason: test, reference: test, expires: 2099-12-31}\n`).join('')}`,
    );
    const run = await cli('check', FACTORY, '--as-of', AS_OF, '--format', 'json', '--waivers', file);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.findings).toEqual([]);
    expect(out.waived).toHaveLength(r.findings.length);
    const bad = await cli('check', FACTORY, '--waivers', join(dir, 'missing.yaml'));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^labour-check: .*missing\.yaml: cannot read \(no such file\)\n$/);
  });
});

describe('--baseline', () => {
  const r = result();

  it('reports only findings the baseline does not record, and counts those still present', () => {
    const all = parseBaseline(Buffer.from(json(r)), 'base.json');
    const same = applyBaseline(r, all);
    expect(same.findings).toEqual([]);
    expect(same.baseline).toMatchObject({ findings: 5, still_present: 5, resolved: 0, new: 0 });
    expect(same.summary.findings).toBe(0);
    expect(same.summary.owed_satang).toBe(0);

    const older = { ...r, findings: r.findings.filter((f) => f.rule !== 'lpa-44-minimum-age') };
    const one = applyBaseline(r, parseBaseline(Buffer.from(json(publish(older))), 'base.json'));
    expect(one.findings.map((f) => f.rule)).toEqual(['lpa-44-minimum-age']);
    expect(one.baseline).toMatchObject({ findings: 4, still_present: 4, resolved: 0, new: 1 });
  });

  it('matches across as-of dates (messages and interest change, the finding does not)', () => {
    const earlier = result(FACTORY, '2025-09-30');
    const out = applyBaseline(r, parseBaseline(Buffer.from(json(earlier)), 'base.json'));
    expect(out.findings).toEqual([]);
  });

  it('matches a redacted baseline made with the same key', () => {
    const key = Buffer.from('a redaction key');
    const base = redact(r, { key, source: 'given' });
    const out = applyBaseline(r, parseBaseline(Buffer.from(json(base)), 'base.json'), (id) =>
      pseudonym(key, id),
    );
    expect(out.baseline!.still_present).toBe(5);
  });

  it('refuses a file that is not a JSON report, in one line with exit 2', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'x.json'), '{"nope": 1}');
    const run = await cli('check', FACTORY, '--baseline', join(dir, 'x.json'));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/x\.json: not a labour-check JSON report: no "findings" list\n$/);
  });

  it('works end to end: a CI run against its own earlier report exits 0', async () => {
    const dir = tmp();
    const first = await cli(
      'check',
      FACTORY,
      '--as-of',
      AS_OF,
      '--format',
      'json',
      '-o',
      join(dir, 'base.json'),
    );
    expect(first.code).toBe(1);
    const second = await cli(
      'check',
      FACTORY,
      '--as-of',
      AS_OF,
      '--format',
      'text',
      '--baseline',
      join(dir, 'base.json'),
    );
    expect(second.code).toBe(0);
    expect(second.stdout).toContain(
      '0 new findings reported; 5 of the 5 findings in the baseline still present (not repeated), 0 no longer found.',
    );
  });
});
