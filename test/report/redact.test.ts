import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { initialsOf } from '../../src/findings/names.js';
import { maskNationalId, pseudonym, redact, redactor } from '../../src/findings/redact.js';
import { FORMATS, render } from '../../src/report/index.js';
import { AS_OF, cli, FACTORY, NAMES, NATIONAL_IDS, readAll, result, rules, tmp } from './helpers.js';

const KEY = 'correct horse battery staple';
const IDS = ['E01', 'E02', 'E03', 'E04', 'E05', 'E06'];

describe('initials', () => {
  it('takes the first letter of each word, a Thai consonant past a leading vowel, and drops titles', () => {
    expect(initialsOf('Somchai Jaidee')).toBe('S. J.');
    expect(initialsOf('นายสมชาย ใจดี')).toBe('ส. จ.');
    expect(initialsOf('นางสาว มาลี แก้วใส')).toBe('ม. ก.');
    expect(initialsOf('Mr Prasert Wongsa')).toBe('P. W.');
    expect(initialsOf('=HYPERLINK("x")<script>alert(1)</script>')).toBe('H.');
    expect(initialsOf('123')).toBe('?');
  });
});

describe('pseudonyms and masks', () => {
  it('gives the same pseudonym for the same key and id, another for another key', () => {
    const k = Buffer.from(KEY);
    expect(pseudonym(k, 'E01')).toBe(pseudonym(Buffer.from(KEY), 'E01'));
    expect(pseudonym(k, 'E01')).toMatch(/^emp-[0-9a-f]{12}$/);
    expect(pseudonym(k, 'E01')).not.toBe(pseudonym(k, 'E02'));
    expect(pseudonym(k, 'E01')).not.toBe(pseudonym(Buffer.from('another key!'), 'E01'));
  });
  it('masks a national ID but the last 4 digits', () => {
    expect(maskNationalId('1101700123456')).toBe('*********3456');
    expect(maskNationalId('1-1017-00123-45-6')).toBe('*********3456');
  });
});

describe('--redact', () => {
  it('leaves no name, national ID or employee id of the input in any format', async () => {
    const dir = tmp();
    const run = await cli(
      'check',
      FACTORY,
      '--as-of',
      AS_OF,
      '--format',
      FORMATS.join(','),
      '--output-dir',
      dir,
      '--redact-key',
      KEY,
    );
    expect(run.code).toBe(1);
    const outputs = [...readAll(dir).entries(), ['stdout', run.stdout] as const];
    expect(outputs).toHaveLength(FORMATS.length);
    for (const [name, text] of outputs) {
      for (const n of NAMES) expect(text.includes(n), `${name} has the name ${n}`).toBe(false);
      for (const id of NATIONAL_IDS) expect(text.includes(id), `${name} has the ID ${id}`).toBe(false);
      expect(text, name).not.toMatch(/(?<!\d)\d{13}(?!\d)/);
      for (const id of IDS)
        expect(text, `${name} has the employee id ${id}`).not.toMatch(new RegExp(`\\b${id}\\b`));
      // Input paths are reduced to the file kind.
      expect(text, name).not.toContain('test/fixtures');
    }
    const json = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
    const e01 = pseudonym(Buffer.from(KEY), 'E01');
    expect(json.redaction).toMatchObject({ pseudonyms: 'hmac-sha256', key: 'given' });
    expect(json.employees.find((e: { employee_id: string }) => e.employee_id === e01)).toEqual({
      employee_id: e01,
      initials: 'ส. จ.',
      national_id: '*********3456',
    });
    const ot = json.findings.find((f: { rule: string }) => f.rule === 'lpa-61-overtime-pay');
    expect(ot.employee_id).toBe(e01);
    expect(ot.message.startsWith(`${e01}: 4 h overtime`)).toBe(true);
    expect(ot.evidence).toEqual([
      { file: 'hours.csv', row: 16 },
      { file: 'hours.csv', row: 17 },
      { file: 'hours.csv', row: 18 },
      { file: 'payroll.csv', row: 2 },
    ]);
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toContain('<span class="name">ส. จ.</span>');
  });

  it('keeps pseudonyms stable under the same key file, so redacted reports stay comparable', async () => {
    const dir = tmp();
    const keyFile = join(dir, 'key.txt');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(keyFile, `${KEY}\n`);
    const a = await cli('check', FACTORY, '--as-of', AS_OF, '--format', 'json', '--redact-key-file', keyFile);
    const b = await cli(
      'check',
      FACTORY,
      '--as-of',
      AS_OF,
      '--format',
      'json',
      '--redact',
      '--redact-key',
      KEY,
    );
    expect(a.stdout).toBe(b.stdout);
  });

  it('without a key uses a one-time key and says so', async () => {
    const a = await cli('check', FACTORY, '--as-of', AS_OF, '--format', 'json', '--redact');
    const b = await cli('check', FACTORY, '--as-of', AS_OF, '--format', 'json', '--redact');
    expect(a.stderr).toContain('one-time random key');
    expect(JSON.parse(a.stdout).redaction.key).toBe('random');
    expect(a.stdout).not.toBe(b.stdout);
  });

  it('rewrites names, IDs and ids that reach free text, and quoted cells of rejected rows', () => {
    const r = result();
    const leaky = {
      ...r,
      warnings: [
        ...r.warnings,
        { message: `E02 (${NAMES[2]}, ${NATIONAL_IDS[2]}) and E10 and 2025-08-01 x 1.5` },
      ],
      rejected: [
        ...r.rejected,
        { file: r.inputs[0].file, row: 9, column: 'name', reason: `"${NAMES[4]}" is odd` },
      ],
    };
    const out = redact(leaky, { key: Buffer.from(KEY), source: 'given' });
    const p = (id: string) => pseudonym(Buffer.from(KEY), id);
    expect(out.warnings.at(-1)!.message).toBe(
      `${p('E02')} (M. K., *********2231) and E10 and 2025-08-01 x 1.5`,
    );
    expect(out.rejected.at(-1)).toEqual({
      file: 'employees.csv',
      row: 9,
      column: 'name',
      reason: '"…" is odd',
    });
    for (const f of FORMATS) expect(render(f, out, { rules })).not.toContain(NAMES[4]);
  });

  it('finds an id written with decomposed letters where a message composed them, in every format and a finding line', () => {
    const r = result();
    const nfd = 'E\u0301MILE-9';
    const nfc = nfd.normalize('NFC');
    expect(nfc).not.toBe(nfd);
    const f = {
      ...r.findings[0]!,
      employee_id: nfd,
      message: `${nfc}: the national id fails its check digit`,
    };
    const leaky = {
      ...r,
      employees: [...(r.employees ?? []), { employee_id: nfd, name: 'Emile N' }],
      findings: [...r.findings, f],
      warnings: [...r.warnings, { message: `${nfc} and ${nfd} on row 3` }],
    };
    const rk = { key: Buffer.from(KEY), source: 'given' as const };
    const out = redact(leaky, rk);
    const p = pseudonym(Buffer.from(KEY), nfd);
    expect(out.warnings.at(-1)!.message).toBe(`${p} and ${p} on row 3`);
    expect(out.findings.find((x) => x.employee_id === p)!.message).toBe(
      `${p}: the national id fails its check digit`,
    );
    for (const format of FORMATS)
      expect(render(format, out, { rules }).normalize('NFC')).not.toContain('MILE-9');
    const line = redactor(leaky, rk).line(JSON.stringify(f))!;
    expect(line.json.normalize('NFC')).not.toContain('MILE-9');
    expect(line.message).toBe(`${p}: the national id fails its check digit`);
  });
});
