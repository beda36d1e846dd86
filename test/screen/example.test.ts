import { describe, expect, it } from 'vitest';
import { accountSchema } from '../../src/screen/account.js';
import { messagesFor } from '../../src/screen/data.js';
import { buildPacket } from '../../src/screen/packet.js';
import { html, markdown } from '../../src/screen/render.js';
import { screenAccount } from '../../src/screen/screen.js';
import { once } from '../helpers.js';
import { ctx, data, en, exampleAccount, exampleRaw, pack, th } from './helpers.js';

// Issue 6, done-when: the example account (Bangkok, 2025, 9,000 a month, 06:00-21:00 with a
// one-hour break, 7 days a week, no overtime pay, passport held, 2,000 a month broker
// deduction) screens to s.90, s.28, s.26, s.61, s.76 and the signals retention of documents,
// debt bondage and excessive overtime, with amounts whose calculation is shown.

describe('the example account (examples/accounts/bangkok-9000.yaml)', () => {
  // Screened inside the first test that needs it: Stryker sees which tests reach the code.
  const s = once(() => screenAccount(exampleAccount(), pack, data));
  const p = once(() => buildPacket(s(), pack, data, en, { redact: true }));
  const sections = () => p().violations.map((v) => v.section);

  it('screens to s.90, s.28, s.26, s.61 and s.76 (and s.23: 56 normal hours a week)', () => {
    expect([...sections()].sort()).toEqual(['23', '26', '28', '61', '76', '90']);
    expect(s().asOf).toBe('2025-10-20');
  });

  it('raises exactly the signals retention of documents, debt bondage and excessive overtime', () => {
    expect(
      p()
        .signals.map((x) => x.id)
        .sort(),
    ).toEqual(['debt_bondage', 'excessive_overtime', 'retention_of_identity_documents']);
    const docs = p().signals.find((x) => x.id === 'retention_of_identity_documents')!;
    // Which documents is free text (a passport number): redacted, the line says it was withheld.
    expect(docs.because.join(' ')).toContain('(which: [redacted])');
    expect(docs.because.join(' ')).not.toContain('passport');
    expect(docs.because.join(' ')).toContain('not given back when the worker asks');
    expect(docs.law[0].source).toContain('S116');
    // "Free to change employer" was "don't know": restriction of movement is not assessed, not cleared.
    expect(p().not_assessed).toEqual(['Restriction of movement']);
  });

  it('shows each amount worked out step by step, and the steps add up', () => {
    const ot = p().violations.find((v) => v.rule === 'lpa-61-overtime-pay')!;
    // January 2025 from the 15th (month known only): 17 days x 6 h overtime = 102 h at
    // max(9,000 / 30, 372) / 8 = 46.50 baht x 1.5 = 7,114.50 baht.
    expect(ot.calculation).toEqual([
      'Hourly wage (s.68): the higher of 9,000.00 ÷ 30 = 300.00 baht and the minimum wage 372 baht a day, divided by 8 normal hours = 46.50 baht an hour.',
      '102 h of overtime from 2025-01-15 to 2025-01-31 × 46.50 baht × 1.5 = 7,114.50 baht due.',
      'Paid 0.00 baht, so 7,114.50 − 0.00 = 7,114.50 baht is owed.',
      'Interest (s.9): 15% a year on 7,114.50 baht for 257 days, from 2025-02-05 to 2025-10-20 = 751.41 baht.',
    ]);
    const mw = p().violations.find((v) => v.rule === 'lpa-90-minimum-wage')!;
    expect(mw.calculation[0]).toBe('Minimum wage from 2025-01-01: 372 baht a day (No.13 B.E. 2567).');
    // January, employed from the 15th only: the daily minimum for each of its 17 days.
    expect(mw.calculation[1]).toContain('each of the 17 days of a month employed only in part');
    expect(mw.calculation).toContain('Paid 4,935.48 baht, so 6,324.00 − 4,935.48 = 1,388.52 baht is owed.');
    // Feb-Jun short 11,160 - 9,000 = 2,160 a month; Jul-Sep 12,000 - 9,000 = 3,000.
    expect(mw.likely!.owed_satang).toBe(138852 + 5 * 216000 + 3 * 300000);
    const ded = p().violations.find((v) => v.rule === 'lpa-76-deductions')!;
    expect(ded.calculation[0]).toContain('Recruitment or broker fee');
    expect(ded.likely!.owed_satang).toBe(Math.round((200000 * 17) / 31) + 8 * 200000);
    // The packet's totals are the engine's own sums over the same findings.
    const sum = p().violations.reduce((x, v) => x + (v.likely?.owed_satang ?? 0), 0);
    expect(p().totals.likely.owed_satang).toBe(sum);
    expect(p().totals.likely.owed_satang).toBe(s().results.likely.summary.owed_satang);
  });

  it('gives a minimum and a likely estimate, with the assumptions listed', () => {
    expect(p().totals.minimum.owed_satang).toBeGreaterThan(0);
    expect(p().totals.minimum.owed_satang).toBeLessThan(p().totals.likely.owed_satang);
    expect(p().assumptions).toContain(
      'The start is known only as 2025-01: the likely estimate starts on 2025-01-15, the minimum on 2025-01-31.',
    );
    expect(p().assumptions.some((a) => a.startsWith('Only the age (29) is known'))).toBe(true);
  });

  it('lists what could not be checked, and why', () => {
    const why = Object.fromEntries(p().undetermined.map((u) => [u.rule, u.reason]));
    expect(why['lpa-62-holiday-work-pay']).toContain('on which days');
    expect(why['lpa-27-daily-break']).toContain('break position unknown');
  });

  it('ships referrals with their sources, and evidence to keep', () => {
    expect(p().referrals.map((r) => r.phone)).toEqual(['1546', '1300']);
    for (const r of p().referrals) expect(r.source).toMatch(/https?:\/\//);
    expect(p().evidence.join(' ')).toContain('which documents are held');
  });

  it('redacts names and notes by default, and shows them with --no-redact', () => {
    const md = markdown(p());
    expect(md).not.toContain('Ma Thida');
    expect(md).not.toContain('Example Garment');
    expect(md).not.toContain('community volunteer');
    // The free text too: which documents are held, and the deduction's note (who takes it).
    expect(md).not.toContain('passport');
    expect(md).not.toContain('broker)');
    expect(md).toContain('baht a month: Recruitment or broker fee (\\[redacted\\])');
    const open = markdown(buildPacket(s(), pack, data, en, { redact: false }));
    expect(open).toContain('Ma Thida');
    expect(open).toContain('Example Garment Co.');
    expect(open).toContain('(which: passport)');
    expect(open).toContain('(broker)');
  });

  it('withholds the free-text answers in every language, the sign still raised', () => {
    const raw = exampleRaw();
    const a = accountSchema(ctx).parse({
      ...raw,
      documents_held_which: 'passport MX7781234 and work permit',
      deductions: [{ amount: 2000, purpose: 'recruitment_fee', note: 'Ko Brokersentinel 081-555-0199' }],
    });
    const screened = screenAccount(a, pack, data);
    for (const lang of data.languages.keys()) {
      const m = messagesFor(data, lang);
      const packet = buildPacket(screened, pack, data, m, { redact: true });
      for (const text of [JSON.stringify(packet), markdown(packet), html(packet)]) {
        for (const secret of ['MX7781234', 'Brokersentinel', '081-555-0199'])
          expect(text, lang).not.toContain(secret);
      }
      const docs = packet.signals.find((x) => x.id === 'retention_of_identity_documents')!;
      expect(docs.because.join(' '), lang).toContain(m.t('answer.redacted'));
      const answers = packet.facts.flatMap((x) => x.items.map((i) => i.answer));
      expect(answers, lang).toContain(m.t('answer.redacted'));
      expect(
        answers.some((x) => x.endsWith(`(${m.t('answer.redacted')})`)),
        lang,
      ).toBe(true);
      const open = JSON.stringify(buildPacket(screened, pack, data, m, { redact: false }));
      for (const secret of ['MX7781234', 'Brokersentinel 081-555-0199']) expect(open, lang).toContain(secret);
    }
  });

  it('words the packet in Thai from the Thai data file', () => {
    const t = buildPacket(s(), pack, data, th, { redact: true });
    expect(t.labels.title).toBe('ผลการคัดกรองเบื้องต้นจากคำบอกเล่าของลูกจ้าง');
    expect(t.violations.find((v) => v.rule === 'lpa-61-overtime-pay')!.calculation[0]).toContain(
      'ชั่วโมงละ 46.50 บาท',
    );
    expect(t.signals.map((x) => x.title)).toContain('การยึดเอกสารประจำตัว');
    expect(t.totals).toEqual(p().totals);
  });

  it('escapes every value in HTML', () => {
    const raw = {
      ...exampleRaw(),
      reference: '<script>alert(1)</script>',
      job: 'a & b "c"',
      documents_held_which: '<img src=x>',
    };
    const a = accountSchema(ctx).parse(raw);
    // Unredacted: the free text of which documents shows, escaped.
    const out = html(buildPacket(screenAccount(a, pack, data), pack, data, en, { redact: false }));
    expect(out).not.toContain('<script>alert');
    expect(out).not.toContain('<img src=x>');
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out).toContain('&lt;img src=x&gt;');
    expect(out).toContain('a &amp; b &quot;c&quot;');
  });
});
