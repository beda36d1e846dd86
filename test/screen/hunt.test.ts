import { describe, expect, it } from 'vitest';
import { type Account, crossCheck } from '../../src/screen/account.js';
import { buildPacket } from '../../src/screen/packet.js';
import { screenAccount } from '../../src/screen/screen.js';
import { ctx, data, en, exampleAccount, pack } from './helpers.js';

// Accounts as caseworkers write them, each once read wrongly by the screen.

/** The example's worker, on plain terms: a daily wage above the minimum, 8 hours, 6 days, nothing held. */
const plain = (over: Partial<Account>): Account => ({
  ...exampleAccount(),
  wage_type: 'daily',
  wage_amount: 50_000,
  work_start: 8 * 60,
  work_end: 17 * 60,
  break_minutes: 60,
  days_per_week: 6,
  rest_days: ['sunday'],
  holiday_work: 'no',
  deductions: [],
  overtime_pay_per_month: 0,
  documents_held: 'no',
  debt_owed: 'no',
  ...over,
});
const owedBy = (a: Account, rule: string) =>
  screenAccount(a, pack, data)
    .results.likely.findings.filter((f) => f.rule === rule)
    .reduce((t, f) => t + (f.owed_satang ?? 0), 0);

describe('wages withheld for every month of the job', () => {
  it('are owed under s.70, as when one month was paid', () => {
    // 2025-01-15 to 2025-10-20 (the example's start, known to the month): nine monthly periods
    // were due, none paid. Every pay_date of the records empty was read as pay dates unknown,
    // and the screen said no likely violation.
    const all = plain({ wage_type: 'monthly', wage_amount: 1_200_000, withheld_months: 10 });
    const rules = screenAccount(all, pack, data).results.likely;
    expect(rules.undetermined.map((u) => u.rule)).not.toContain('lpa-70-pay-interval');
    // Everything but September, not yet a month overdue on 2025-10-20.
    const fewer = plain({ wage_type: 'monthly', wage_amount: 1_200_000, withheld_months: 8 });
    expect(owedBy(fewer, 'lpa-70-pay-interval')).toBe(7 * 1_200_000);
    expect(owedBy(all, 'lpa-70-pay-interval')).toBe(7 * 1_200_000 + Math.round((1_200_000 * 17) / 31));
  });
});

describe('an hourly-paid worker with long days and no overtime pay said', () => {
  it('is owed at least the premium over the hourly wage, not the whole overtime pay', () => {
    // 50 baht an hour, 06:00 to 21:00 with an hour's break: 6 h of overtime a day. The worker
    // was most likely paid the 50 baht for those hours too; the minimum reading owes 0.5 x.
    const a = plain({
      start_date: '2025-01-06',
      wage_type: 'hourly',
      wage_amount: 5_000,
      work_start: 6 * 60,
      work_end: 21 * 60,
    });
    const s = screenAccount(a, pack, data);
    const sum = (r: 'likely' | 'minimum') =>
      s.results[r].findings
        .filter((f) => f.rule === 'lpa-61-overtime-pay')
        .reduce((t, f) => t + (f.owed_satang ?? 0), 0);
    expect(sum('likely')).toBeGreaterThan(0);
    expect(sum('minimum') * 3).toBe(sum('likely'));
    expect(s.plan.assumptions.map((x) => x.key)).toContain('hourly_overtime');
  });
});

describe('a nationality written with a place or a name', () => {
  it('is withheld from a redacted packet; a plain nationality is shown', () => {
    const said = (nationality: string, redact: boolean) =>
      buildPacket(screenAccount(plain({ nationality }), pack, data), pack, data, en, { redact })
        .facts.flatMap((f) => f.items)
        .find((i) => i.question === 'Nationality')?.answer;
    expect(said('Karen, Ban Mae La camp, sister of Naw Paw', true)).toBe('[redacted]');
    expect(said('Karen, Ban Mae La camp, sister of Naw Paw', false)).toBe(
      'Karen, Ban Mae La camp, sister of Naw Paw',
    );
    expect(said('Myanmar', true)).toBe('Myanmar');
    expect(said('ลาว', true)).toBe('ลาว');
  });
});

describe('a wage change dated before the job began', () => {
  it('is an invalid answer, not a lower wage from the first day', () => {
    // Started 2025-01-06 at 400 a day, "350 from 2024-01": read as given, the 400 was never paid
    // and the screen found s.90 owed on 350 a day.
    const a = plain({ start_date: '2025-01-06', wage_changes: [{ from: '2024-01', amount: 35_000 }] });
    expect(crossCheck(a, ctx).map((p) => [p.field, p.invalid.key])).toEqual([
      ['wage_changes', 'wage_change_before_start'],
    ]);
    // A change in the month the job began, or later, stands.
    for (const from of ['2025-01', '2025-01-06', '2025-07'])
      expect(
        crossCheck(plain({ start_date: '2025-01-06', wage_changes: [{ from, amount: 45_000 }] }), ctx),
      ).toEqual([]);
    expect(
      crossCheck(
        plain({ start_date: '2025-01', wage_changes: [{ from: '2025-01-01', amount: 45_000 }] }),
        ctx,
      ),
    ).toEqual([]);
  });
});

describe('a worker pregnant in the first months of a long job', () => {
  it('is not taken as pregnant on every later day of it', () => {
    // Pregnant since 2025-01 (the baby born in the autumn), 3 h of overtime a day to 2025-10-20:
    // "pregnant since" has no end, and every day of the job to the interview was a s.39/1 day.
    const a = plain({
      start_date: '2025-01-06',
      work_end: 20 * 60,
      pregnant: 'yes',
      pregnant_since: '2025-01',
    });
    const days = screenAccount(a, pack, data).results.likely.findings.filter(
      (f) => f.rule === 'lpa-39-1-pregnant-overtime-holiday',
    );
    expect(days.length).toBeGreaterThan(0);
    // 294 days from 2025-01-15: none after 2025-11-04, and so all of them; a year later, none.
    const later = plain({
      start_date: '2024-01-08',
      work_end: 20 * 60,
      pregnant: 'yes',
      pregnant_since: '2024-01',
    });
    const last = screenAccount(later, pack, data)
      .results.likely.findings.filter((f) => f.rule === 'lpa-39-1-pregnant-overtime-holiday')
      .map((f) => f.date ?? '')
      .sort()
      .pop();
    expect(last).toBe('2024-11-02');
  });
});

describe('a debt owed to someone other than the employer or a broker', () => {
  it('raises no sign of debt bondage', () => {
    const sign = (debt_to: string) => {
      const s = screenAccount(plain({ debt_owed: 'yes', debt_amount: 500_000, debt_to }), pack, data);
      if (s.signals.some((x) => x.id === 'debt_bondage')) return 'raised';
      return s.notAssessed.includes('debt_bondage') ? 'not assessed' : 'no';
    };
    expect(sign('other')).toBe('no');
    expect(sign('broker')).toBe('raised');
    expect(sign('employer')).toBe('raised');
    expect(sign('unknown')).toBe('not assessed');
  });
});

describe('a shorter day that ends at or before the start, or after the usual end', () => {
  it('is an invalid answer, not a day of 23 hours', () => {
    const problems = (end: number) =>
      crossCheck(plain({ short_days: ['saturday'], short_day_end: end }), ctx).map((p) => [
        p.field,
        p.invalid.key,
      ]);
    // 08:00 to 17:00, Saturday "until 07:00": read past midnight, 23 h and 39,900 baht of overtime.
    expect(problems(7 * 60)).toEqual([['short_day_end', 'short_day_not_shorter']]);
    expect(problems(20 * 60)).toEqual([['short_day_end', 'short_day_not_shorter']]);
    expect(problems(12 * 60)).toEqual([]);
    // A night shift's short day past midnight stands.
    expect(
      crossCheck(
        plain({ work_start: 22 * 60, work_end: 6 * 60, short_days: ['saturday'], short_day_end: 2 * 60 }),
        ctx,
      ),
    ).toEqual([]);
  });
});
