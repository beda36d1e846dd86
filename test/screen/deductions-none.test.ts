import { describe, expect, it } from 'vitest';
import type { Account } from '../../src/screen/account.js';
import { buildPacket } from '../../src/screen/packet.js';
import { screenAccount } from '../../src/screen/screen.js';
import { data, en, exampleAccount, pack } from './helpers.js';

// "Nothing was deducted" is an answer: s.76 is checked on it and clean, not undetermined as
// "don't know" leaves it.

const screen = (deductions: Account['deductions']) =>
  screenAccount({ ...exampleAccount(), deductions } as Account, pack, data);
const s76 = 'lpa-76-deductions';

describe('deductions answered "none"', () => {
  it('leaves s.76 checked and clean: no finding, not undetermined', () => {
    const s = screen([]);
    for (const r of ['likely', 'minimum'] as const) {
      expect(s.results[r].findings.map((f) => f.rule)).not.toContain(s76);
      expect(s.results[r].undetermined.map((u) => u.rule)).not.toContain(s76);
    }
    const p = buildPacket(s, pack, data, en, { redact: true });
    expect(p.undetermined.map((u) => u.rule)).not.toContain(s76);
    // The example without its 2,000 baht a month for the broker: the rest of what is owed.
    expect(p.totals.likely.owed_satang).toBe(13_247_802);
  });

  it('"don\'t know" still leaves s.76 undetermined, with the question as the reason', () => {
    const p = buildPacket(screen('unknown'), pack, data, en, { redact: true });
    expect(p.undetermined.find((u) => u.rule === s76)?.reason).toMatch(/deduct/i);
  });

  it('a deduction said is still found', () => {
    const s = screen([{ amount: 200_000, purpose: 'recruitment_fee' }]);
    expect(s.results.likely.findings.filter((f) => f.rule === s76).length).toBeGreaterThan(0);
  });
});
