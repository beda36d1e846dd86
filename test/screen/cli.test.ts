import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { check } from '../../src/api.js';
import { UserError } from '../../src/errors.js';
import { runScreen } from '../../src/screen/command.js';
import { EXAMPLE, runScreenCli } from './helpers.js';

// `labour-check screen` as a caseworker runs it: exit codes, one-line user errors, packets
// written where asked, and synthetic records that `check` reads back to the same findings.

const tmp = mkdtempSync(join(tmpdir(), 'screen-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

const run = runScreenCli;

describe('labour-check screen', () => {
  it('prints a Markdown packet and exits 1 when violations are likely', async () => {
    const r = await run(EXAMPLE);
    expect(r.code).toBe(1);
    expect(r.out).toContain("# Pre-screening of a worker's account: NGO-2025-0142");
    expect(r.out).toContain('Too much overtime (s.26)');
  });

  it('writes JSON, and synthetic records that `check` reads back to the same findings', async () => {
    const records = join(tmp, 'records');
    const file = join(tmp, 'packet.json');
    const r = await run(EXAMPLE, '--format', 'json', '-o', file, '--records', records);
    expect(r.code).toBe(1);
    const packet = JSON.parse(readFileSync(file, 'utf8'));
    expect(readdirSync(records).sort()).toEqual(['employees.csv', 'hours.csv', 'payroll.csv']);
    const direct = check({ dir: records, asOf: packet.as_of, only: undefined });
    const owed = direct.findings
      .filter((f) => !['lpa-62-holiday-work-pay', 'lpa-63-holiday-overtime-pay'].includes(f.rule))
      .reduce((x, f) => x + (f.owed_satang ?? 0), 0);
    expect(packet.totals.likely.owed_satang).toBe(owed);
  });

  it('rejects an invalid account with one line naming the field and its place, quoting no answer, exit 2', async () => {
    const bad = join(tmp, 'bad.yaml');
    const text = readFileSync(EXAMPLE, 'utf8')
      .replace('province: Bangkok', 'province: "Zzyzx Qwertyuiop"')
      .replace('work_end: "21:00"', 'work_end: "25:00"');
    writeFileSync(bad, `${text}Xanthippe Dumbledore: told by her\n`);
    const line = (key: string) => text.split('\n').findIndex((l) => l.startsWith(key)) + 1;
    for (const lang of ['en', 'th']) {
      const r = await run(bad, '--lang', lang);
      expect(r.code).toBe(2);
      expect(r.err.trim().split('\n')).toHaveLength(1);
      // The answers and the key a worker's words were written under can name a person.
      expect(r.err).not.toMatch(/Zzyzx|Qwertyuiop|Xanthippe|Dumbledore|told by/);
      expect(r.err).toContain(`province (line ${line('province:')}, column 11): "…"`);
      expect(r.err).toContain(`an unknown field (line ${text.split('\n').length}, column 1)`);
      expect(r.err).not.toContain('    at ');
    }
    const en = await run(bad);
    expect(en.err).toContain('"…" is not a Thai province');
    expect(en.err).toContain(`work_end (line ${line('work_end:')}, column 11): Give a time as HH:MM`);
    // --no-redact is for the packet: the error line quotes no answer either way.
    expect((await run(bad, '--no-redact')).err).not.toMatch(/Zzyzx|Xanthippe/);
  });

  it('refuses a start month whose year is a slip (1025 for 2025) as an answer, exit 2, not an internal error', async () => {
    const slip = join(tmp, 'slip.yaml');
    const text = readFileSync(EXAMPLE, 'utf8');
    for (const start of ['1025-01', '0202-05']) {
      writeFileSync(slip, text.replace('start_date: 2025-01', `start_date: "${start}"`));
      const r = await run(slip);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(
        /^labour-check: .*slip\.yaml: start_date \(line \d+, column \d+\): Give a date as YYYY-MM-DD/,
      );
      expect(r.err).not.toContain('internal error');
    }
    // In B.E., as a caseworker may write it: 2568-01 is January 2025.
    writeFileSync(slip, text.replace('start_date: 2025-01', 'start_date: "2568-01"'));
    expect((await run(slip)).code).toBe(1);
  });

  it('refuses --save without --interactive in one line, exit 2, rather than ignore it', async () => {
    const saved = join(tmp, 'saved.yaml');
    const r = await run(EXAMPLE, '--save', saved);
    expect(r.code).toBe(2);
    expect(r.err).toBe('labour-check: --save keeps the answers of an interview: it needs --interactive\n');
    expect(readdirSync(tmp)).not.toContain('saved.yaml');
  });

  it('takes a workplace given as an address ending in its province, as the province', async () => {
    const owed = async (province: string) => {
      const account = join(tmp, `at-${province.length}.yaml`);
      const packet = join(tmp, `at-${province.length}.json`);
      writeFileSync(
        account,
        readFileSync(EXAMPLE, 'utf8').replace('province: Bangkok', `province: ${province}`),
      );
      const r = await run(account, '--format', 'json', '-o', packet);
      expect(r.err).toBe('');
      return JSON.parse(readFileSync(packet, 'utf8')).totals.likely.owed_satang as number;
    };
    const byName = await owed('Samut Prakan');
    expect(await owed('"ต.บางพลีใหญ่ อ.บางพลี จ.สมุทรปราการ 10540"')).toBe(byName);
    // A different province's rate gives a different estimate: the address was read, not ignored.
    expect(await owed('Phayao')).not.toBe(byName);
  });

  it('refuses an unknown language, a missing file, and two ways in at once', async () => {
    expect((await run(EXAMPLE, '--lang', 'xx')).err).toContain('no "xx" wording');
    expect((await run(join(tmp, 'none.yaml'))).err).toContain('no such file');
    const both = await run(EXAMPLE, '--batch', 'x.csv');
    expect(both.code).toBe(2);
    expect(both.err).toContain('give one of');
  });

  it('screens a caseload into a folder: one packet per worker and a summary', async () => {
    const csv = join(tmp, 'caseload.csv');
    writeFileSync(
      csv,
      [
        'reference,province,start_date,end_date,wage_type,wage_amount,work_start,work_end,break_minutes,days_per_week,overtime_pay_per_month,holiday_work,deductions,pay_delay_days,withheld_months,interviewed_on',
        'A-1,Bangkok,2025-05-01,still_working,daily,300,08:00,17:00,60,6,0,no,none,0,0,2025-10-20',
        'A-2,เชียงใหม่,2025-02,2025-08-31,monthly,12000,08:00,17:00,60,5,0,no,"500 housing; 450 tax_social_security",3,2,2025-10-20',
      ].join('\n'),
    );
    const dir = join(tmp, 'packets');
    const r = await run('--batch', csv, '--format', 'html', '-o', dir, '--lang', 'th');
    expect(r.code).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(['row-0002-A-1.html', 'row-0003-A-2.html', 'summary.html']);
    const summary = readFileSync(join(dir, 'summary.html'), 'utf8');
    expect(summary).toContain('สรุปผลการคัดกรองรายกรณี');
    expect(summary).toContain('A-2');
    const a2 = readFileSync(join(dir, 'row-0003-A-2.html'), 'utf8');
    expect(a2).toContain('ค่าจ้างงวด'); // two months withheld: s.70 unpaid wages shown
  });

  it('ends an interview stopped half-way (Ctrl+C, input closed) with one line, not a stack', async () => {
    const stopped = Object.assign(new Error('User force closed the prompt'), { name: 'ExitPromptError' });
    const prompts = { input: () => Promise.reject(stopped), select: () => Promise.reject(stopped) };
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const run = runScreen(
      undefined,
      { interactive: true, lang: 'en', format: 'md', redact: true },
      { prompts },
    );
    await expect(run).rejects.toThrow(UserError);
    await expect(run).rejects.toThrow('the interview was stopped before the end');
  });
});
