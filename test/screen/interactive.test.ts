import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { Account } from '../../src/screen/account.js';
import { runScreen } from '../../src/screen/command.js';
import { inquirerPrompts, interview } from '../../src/screen/interview.js';
import { buildPacket } from '../../src/screen/packet.js';
import { screenAccount } from '../../src/screen/screen.js';
import { ctx, data, en, pack, th } from './helpers.js';

// Issue 6, done-when: the interactive flow tested end to end by feeding answers, including
// "don't know" and an invalid answer re-asked. The real @inquirer/prompts run on streams:
// the test types keys as a caseworker would, once each question is on the screen.

const DOWN = '\u001b[B';
const ENTER = '\r';
const down = (n: number) => DOWN.repeat(n) + ENTER;

/** A terminal for the prompts: what they print is collected; keys are typed when a text appears. */
function terminal() {
  const input = new PassThrough();
  let screen = '';
  let seen = 0;
  const output = new Writable({
    write(chunk, _enc, done) {
      screen += chunk.toString();
      done();
    },
  });
  // Each prompt pipes into the output and ends it when done: keep it open for the next one.
  output.end = function end() {
    return this;
  };
  // Without ANSI codes, so that texts are found whole.
  const ansi = new RegExp(`${String.fromCharCode(27)}\\[[0-9;?]*[A-Za-z]`, 'g');
  const plain = () => screen.replace(ansi, '');
  const waitFor = async (text: string) => {
    for (let i = 0; i < 400; i++) {
      const at = plain().indexOf(text, seen);
      if (at >= 0) {
        seen = at + text.length;
        return;
      }
      await new Promise((r) => setTimeout(r, 5));
    }
    throw new Error(`"${text}" never appeared; screen ends with: ${plain().slice(-400)}`);
  };
  const type = async (expect: string, keys: string) => {
    await waitFor(expect);
    input.write(keys);
  };
  return { context: { input, output }, type, waitFor, plain };
}

/** The first words of a question in a language, enough to know it is on the screen. */
const q = (id: string, m = en) => m.t(`questions.${id}.ask`).slice(0, 24);

describe('screen --interactive', () => {
  it('asks every question, takes "don\'t know", re-asks an invalid answer, and screens the account', async () => {
    const t = terminal();
    const prompts = await inquirerPrompts();
    const done = interview(data, en, ctx, prompts, t.context);
    await t.type(q('reference'), `T-1${ENTER}`);
    await t.type(q('name'), `Ko Aung${ENTER}`);
    await t.type(q('nationality'), `?${ENTER}`); // don't know, typed
    await t.type(q('birth_date'), `1990-13-01${ENTER}`); // no 13th month
    await t.type('Give a date as YYYY-MM-DD', `1990-05-01${ENTER}`); // re-asked
    await t.type(q('employer'), ENTER); // left blank
    await t.type(q('province'), `Atlantis${ENTER}`);
    await t.type('"Atlantis" is not a Thai province', `Bangkok${ENTER}`);
    await t.type(q('district'), `?${ENTER}`);
    await t.type(q('sector'), down(7)); // Other
    await t.type(q('job'), `cleaner${ENTER}`);
    await t.type(q('start_date'), `2025-03-01${ENTER}`);
    await t.type(q('end_date'), ENTER); // still working
    await t.type(q('wage_type'), ENTER); // monthly
    await t.type(q('wage_amount'), `nine thousand${ENTER}`);
    await t.type('Give an amount in baht', `9000${ENTER}`);
    await t.type(q('work_start'), `06:00${ENTER}`);
    await t.type(q('work_end'), `21:00${ENTER}`);
    await t.type(q('break_minutes'), `60${ENTER}`);
    await t.type(q('days_per_week'), `7${ENTER}`);
    await t.type(q('overtime_pay_per_month'), `?${ENTER}`); // don't know
    await t.type(q('holiday_work'), down(1)); // no
    // Deductions, threats and violence open on a line that is no answer: Enter alone asks again.
    await t.type(en.t('interview.deductions_any'), ENTER);
    await t.type(en.t('interview.answer_required'), down(1)); // yes
    await t.type(en.t('interview.deduction_amount'), `2000${ENTER}`);
    await t.type(en.t('interview.deduction_purpose'), down(6)); // recruitment fee
    await t.type(en.t('interview.deduction_note').slice(0, 20), `broker${ENTER}`);
    await t.type(en.t('interview.deduction_more'), down(1)); // no more
    await t.type(q('pay_delay_days'), `5${ENTER}`);
    await t.type(q('withheld_months'), `0${ENTER}`);
    await t.type(q('documents_held'), ENTER); // yes
    await t.type(q('documents_held_which'), `passport${ENTER}`);
    await t.type(q('debt_owed'), down(2)); // don't know, chosen
    await t.type(q('can_leave_workplace'), ENTER); // yes
    await t.type(q('can_change_employer'), down(1)); // no
    await t.type(q('threats'), ENTER); // no answer chosen: asked again
    await t.type(en.t('interview.answer_required'), down(2)); // no
    await t.type(q('threat_of_denunciation'), down(3)); // don't know
    await t.type(q('violence'), down(2));
    await t.type(q('sexual_violence'), down(2));
    for (const id of ['deceived', 'isolation', 'housing_by_employer']) await t.type(q(id), down(1));
    await t.type(q('notes'), ENTER);
    const account = await done;

    const expected: Account = {
      reference: 'T-1',
      name: 'Ko Aung',
      nationality: 'unknown',
      birth_date: '1990-05-01',
      province: 'Bangkok',
      district: 'unknown',
      sector: 'other',
      job: 'cleaner',
      start_date: '2025-03-01',
      end_date: 'still_working',
      wage_type: 'monthly',
      wage_amount: 900000,
      work_start: 360,
      work_end: 1260,
      break_minutes: 60,
      days_per_week: 7,
      overtime_pay_per_month: 'unknown',
      holiday_work: 'no',
      deductions: [{ amount: 200000, purpose: 'recruitment_fee', note: 'broker' }],
      pay_delay_days: 5,
      withheld_months: 0,
      documents_held: 'yes',
      documents_held_which: 'passport',
      debt_owed: 'unknown',
      can_leave_workplace: 'yes',
      can_change_employer: 'no',
      threats: 'no',
      threat_of_denunciation: 'unknown',
      violence: 'no',
      sexual_violence: 'no',
      deceived: 'no',
      isolation: 'no',
      housing_by_employer: 'no',
    };
    expect(account).toEqual(expected);
    // The invalid answers were refused on screen before being asked again.
    expect(t.plain()).toContain('Give a date as YYYY-MM-DD');
    expect(t.plain()).toContain('"Atlantis" is not a Thai province');
    // Questions that do not apply were not asked.
    expect(t.plain()).not.toContain(q('age'));
    expect(t.plain()).not.toContain(q('rest_days'));
    expect(t.plain()).not.toContain(q('final_pay_days'));

    const s = screenAccount({ ...account, interviewed_on: '2025-10-20' }, pack, data);
    const p = buildPacket(s, pack, data, en, { redact: true });
    // "Don't know" overtime pay: s.61 is undetermined, not passed, and says why.
    expect(s.results.likely.findings.some((f) => f.rule === 'lpa-61-overtime-pay')).toBe(false);
    expect(p.undetermined.find((u) => u.rule === 'lpa-61-overtime-pay')?.reason).toBe(
      'The worker did not know: Overtime pay a month.',
    );
    expect(p.violations.map((v) => v.section)).toEqual(expect.arrayContaining(['90', '28', '26', '76']));
    expect(p.signals.map((x) => x.id).sort()).toEqual([
      'debt_bondage',
      'excessive_overtime',
      'restriction_of_movement',
      'retention_of_identity_documents',
    ]);
  }, 20_000);

  it('asks in Thai; an account of "don\'t know" leaves the checks undetermined, never passed', async () => {
    const t = terminal();
    const done = interview(data, th, ctx, await inquirerPrompts(), t.context);
    await t.type(q('reference', th), `ท-1${ENTER}`);
    await t.type(q('name', th), ENTER);
    await t.type(q('nationality', th), `ไม่ทราบ${ENTER}`); // "don't know" in Thai
    await t.type(q('birth_date', th), `?${ENTER}`);
    await t.type(q('age', th), `อายุ${ENTER}`);
    await t.type('กรุณาใส่จำนวนเต็ม', `๓๐${ENTER}`); // re-asked; Thai digits
    await t.type(q('employer', th), ENTER);
    await t.type(q('province', th), `เชียงใหม่${ENTER}`);
    // Everything else: "don't know", typed or chosen (the last choice of each list).
    const dk = {
      district: '?',
      sector: 8,
      job: '?',
      start_date: '?',
      end_date: 2,
      wage_type: 4,
      wage_amount: '?',
    } as const;
    for (const [id, a] of Object.entries(dk))
      await t.type(q(id, th), typeof a === 'number' ? down(a) : `${a}${ENTER}`);
    for (const id of ['work_start', 'work_end', 'break_minutes', 'days_per_week', 'overtime_pay_per_month']) {
      await t.type(q(id, th), `?${ENTER}`);
    }
    await t.type(q('holiday_work', th), down(2));
    await t.type(th.t('interview.deductions_any'), down(3));
    await t.type(q('pay_delay_days', th), `?${ENTER}`);
    await t.type(q('withheld_months', th), `?${ENTER}`);
    for (const id of ['documents_held', 'debt_owed', 'can_leave_workplace', 'can_change_employer'])
      await t.type(q(id, th), down(2));
    // Asked with no answer preselected: "don't know" is one further down.
    for (const id of ['threats', 'threat_of_denunciation', 'violence', 'sexual_violence'])
      await t.type(q(id, th), down(3));
    for (const id of ['deceived', 'isolation', 'housing_by_employer']) await t.type(q(id, th), down(2));
    await t.type(q('notes', th), ENTER);
    const account = await done;
    expect(account.age).toBe(30);
    expect(account.province).toBe('เชียงใหม่');
    expect(account.wage_amount).toBe('unknown');
    expect(account.deductions).toBe('unknown');
    expect(t.plain()).toContain(th.t('interview.intro').slice(0, 20));

    const s = screenAccount({ ...account, interviewed_on: '2025-10-20' }, pack, data);
    expect(s.results.likely.findings).toEqual([]);
    const p = buildPacket(s, pack, data, th, { redact: true });
    const undetermined = new Set(p.undetermined.map((u) => u.rule));
    for (const id of [
      'lpa-90-minimum-wage',
      'lpa-61-overtime-pay',
      'lpa-76-deductions',
      'lpa-70-pay-interval',
      'lpa-26-weekly-overtime-cap',
      'lpa-28-weekly-holiday',
      'lpa-44-minimum-age',
    ]) {
      expect(undetermined, id).toContain(id);
    }
    expect(p.undetermined.find((u) => u.rule === 'lpa-76-deductions')?.reason).toBe(
      'ลูกจ้างไม่ทราบ: การหักค่าจ้างต่อเดือน',
    );
    // No start date: no day worked is known, so even the age check says nothing.
    expect(p.undetermined.find((u) => u.rule === 'lpa-44-minimum-age')?.reason).toBe(
      'ตรวจเรื่องการทำงานไม่ได้เลย เพราะไม่ทราบ: เริ่มงาน',
    );
    expect(p.violations).toEqual([]);
    expect(p.signals).toEqual([]);
    expect(p.not_assessed).toHaveLength(11);
  }, 20_000);

  it('--save writes the interview as an account file that screens to the same packet', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'labour-check-save '));
    try {
      const t = terminal();
      const options = { lang: 'en', format: 'json' as const, redact: true, asOf: '2025-10-20' };
      const interviewed = runScreen(
        undefined,
        {
          ...options,
          interactive: true,
          save: join(dir, 'account.yaml'),
          output: join(dir, 'interview.json'),
        },
        { prompts: await inquirerPrompts(), context: t.context },
      );
      const typed: [string, string][] = [
        [q('reference'), `S-1${ENTER}`],
        [q('name'), ENTER],
        [q('nationality'), `Cambodia${ENTER}`],
        [q('birth_date'), `1994-02-03${ENTER}`],
        [q('employer'), ENTER],
        [q('province'), `Chon Buri${ENTER}`],
        [q('district'), `?${ENTER}`],
        [q('sector'), down(7)],
        [q('job'), `packer${ENTER}`],
        [q('start_date'), `2025-02${ENTER}`],
        [q('end_date'), ENTER],
        [q('wage_type'), down(1)], // daily
        [q('wage_amount'), `350.50${ENTER}`],
        [q('work_start'), `7.30${ENTER}`],
        [q('work_end'), `19:00${ENTER}`],
        [q('break_minutes'), `45${ENTER}`],
        [q('days_per_week'), `6${ENTER}`],
        [q('rest_days'), `sunday${ENTER}`],
        [q('overtime_pay_per_month'), `1,200${ENTER}`],
        [q('holiday_work'), down(1)],
        [en.t('interview.deductions_any'), down(1)],
        [en.t('interview.deduction_amount'), `1500${ENTER}`],
        [en.t('interview.deduction_purpose'), down(6)],
        [en.t('interview.deduction_note').slice(0, 20), ENTER],
        [en.t('interview.deduction_more'), down(1)],
        [q('pay_delay_days'), `3${ENTER}`],
        [q('withheld_months'), `1${ENTER}`],
        [q('documents_held'), down(1)],
        [q('debt_owed'), down(1)],
        [q('can_leave_workplace'), ENTER],
        [q('can_change_employer'), ENTER],
        [q('threats'), down(1)], // yes
        [q('threat_of_denunciation'), down(2)],
        [q('violence'), down(3)], // don't know
        [q('sexual_violence'), down(2)],
        [q('deceived'), down(1)],
        [q('isolation'), down(1)],
        [q('housing_by_employer'), down(1)],
        [q('notes'), ENTER],
      ];
      for (const [text, keys] of typed) await t.type(text, keys);
      expect(await interviewed).toBe(1);

      const saved = readFileSync(join(dir, 'account.yaml'), 'utf8');
      expect(saved).toMatch(/^wage_amount: "350\.50"$/m);
      expect(saved).toMatch(/^work_start: 07:30$/m);
      expect(saved).toMatch(/^overtime_pay_per_month: 1200$/m);
      expect(saved).toMatch(/^ {2}- amount: 1500$/m);
      expect(saved).toMatch(/^threats: yes$/m);
      expect(saved).toMatch(/^violence: unknown$/m);
      expect(saved).toMatch(/^interviewed_on: 2025-10-20$/m);

      const fromFile = await runScreen(join(dir, 'account.yaml'), {
        ...options,
        output: join(dir, 'file.json'),
      });
      expect(fromFile).toBe(1);
      expect(readFileSync(join(dir, 'file.json'), 'utf8')).toBe(
        readFileSync(join(dir, 'interview.json'), 'utf8'),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 20_000);
});
