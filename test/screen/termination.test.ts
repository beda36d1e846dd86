import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type Account, parseAnswer } from '../../src/screen/account.js';
import { readAccount } from '../../src/screen/command.js';
import { buildPacket } from '../../src/screen/packet.js';
import { screenAccount } from '../../src/screen/screen.js';
import { plan } from '../../src/screen/synthesize.js';
import { ctx, data, en, pack } from './helpers.js';

// The screen asks what the termination, holiday, pregnancy, work-type and break checks need,
// writes each answer into the canonical records, and leaves a check undetermined when the
// worker does not know.

const EXAMPLE = fileURLToPath(new URL('../../examples/accounts/dismissed-daily.yaml', import.meta.url));
const example = (): Account => readAccount(EXAMPLE, ctx, en);
const owed = (a: Account) => {
  const s = screenAccount(a, pack, data);
  return Object.fromEntries(s.results.likely.findings.map((f) => [f.rule, f.owed_satang]));
};
const undetermined = (a: Account) => {
  const p = buildPacket(screenAccount(a, pack, data), pack, data, en, { redact: true });
  return Object.fromEntries(p.undetermined.map((u) => [u.rule, u.reason]));
};

describe('examples/accounts/dismissed-daily.yaml', () => {
  it('estimates severance, notice, unused leave and the holiday wage', () => {
    expect(owed(example())).toMatchObject({
      // 2 May 2023 - 15 Aug 2025: over 1 year, 90 days x 400.
      'lpa-118-severance': 3_600_000,
      // Told on the last day: the final pay period (1-15 August) short, 15 days x 400.
      'lpa-17-1-notice-pay': 600_000,
      // 6 days x 227 / 365 days of 2025, x 400.
      'lpa-67-unused-leave': Math.round(((6 * 227) / 365) * 40_000),
      // Songkran 14 and 15 April worked: the day's wage (s.56) and the holiday-work pay (s.62).
      'lpa-56-holiday-wage': 80_000,
      'lpa-62-holiday-work-pay': 80_000,
    });
  });

  it('writes the answers into the canonical records', () => {
    const r = plan(example(), '2025-10-20', pack, data).records.likely;
    const e = r.data.employees[0];
    expect(e).toMatchObject({
      termination_reason: 'closure',
      notice_given_on: '2025-08-15',
      annual_leave_days: 6,
      leave_taken_days: 0,
      work_categories: ['heavy_load'],
      hazardous: false,
    });
    const last = r.data.payroll.at(-1)!;
    expect(last).toMatchObject({ period_end: '2025-08-15', severance_pay: 0, notice_pay: 0, leave_pay: 0 });
    // The break at 12:00 splits the day; the holidays worked are public_holiday days.
    const day = r.data.stretches.filter((s) => s.date === '2025-04-14');
    expect(day.map((s) => [s.start, s.end, s.day_type])).toEqual([
      [480, 720, 'public_holiday'],
      [780, 1020, 'public_holiday'],
    ]);
    expect(r.data.payroll.find((p) => p.period_start === '2025-04-01')?.holiday_pay).toBe(0);
  });
});

describe("don't know", () => {
  it('leaves severance undetermined, with the question as the reason, never zero', () => {
    const a = { ...example(), severance_received: 'unknown' } as Account;
    expect(owed(a)['lpa-118-severance']).toBeUndefined();
    expect(undetermined(a)['lpa-118-severance']).toBe('The worker did not know: Severance received.');
  });
  it('on how the job ended leaves all three termination checks undetermined', () => {
    const u = undetermined({ ...example(), termination_reason: 'unknown' } as Account);
    for (const id of ['lpa-118-severance', 'lpa-17-1-notice-pay', 'lpa-67-unused-leave'])
      expect(u[id]).toBe('The worker did not know: How the job ended.');
  });
  it('on pregnancy leaves s.39 and s.39/1 undetermined', () => {
    const u = undetermined({ ...example(), pregnant: 'unknown' } as Account);
    expect(Object.keys(u)).toEqual(
      expect.arrayContaining([
        'lpa-39-prohibited-work',
        'lpa-39-1-pregnant-night-work',
        'lpa-39-1-pregnant-overtime-holiday',
      ]),
    );
  });
});

describe('other answers', () => {
  it('a resignation owes no severance, notice or leave pay', () => {
    const a = { ...example(), termination_reason: 'resigned' } as Account;
    const o = owed(a);
    expect(o['lpa-118-severance']).toBeUndefined();
    expect(o['lpa-67-unused-leave']).toBeUndefined();
  });
  it('severance received is set against what is due', () => {
    expect(owed({ ...example(), severance_received: 3_000_000 } as Account)['lpa-118-severance']).toBe(
      600_000,
    );
  });
  it('a pregnancy since a month is written from that month, and s.39 sees the heavy loads', () => {
    const a = { ...example(), pregnant: 'yes', pregnant_since: '2025-06' } as Account;
    const r = plan(a, '2025-10-20', pack, data).records;
    expect(r.minimum.data.employees[0].pregnant_from).toBe('2025-06-30');
    expect(r.likely.data.employees[0].pregnant_from).toBe('2025-06-15');
    expect(owed(a)).toHaveProperty('lpa-39-prohibited-work');
  });
});

describe('a job whose last day is after the screening date', () => {
  // Told on 25 September that the factory closes on 31 October, the worker is screened on
  // 20 October: nothing that falls due on the last day is owed yet.
  const told = (): Account =>
    ({ ...example(), end_date: '2025-10-31', notice_given_on: '2025-09-25' }) as Account;
  it('owes no severance, notice pay, leave pay or final wages before that day', () => {
    const s = screenAccount(told(), pack, data);
    const rules = s.results.likely.findings.map((f) => f.rule);
    for (const id of ['lpa-118-severance', 'lpa-17-1-notice-pay', 'lpa-67-unused-leave', 'lpa-70-final-pay'])
      expect(rules).not.toContain(id);
    expect(s.results.minimum.findings.map((f) => f.rule)).not.toContain('lpa-118-severance');
  });
  it('is screened as still working to the screening date, the current month not yet due', () => {
    const p = plan(told(), '2025-10-20', pack, data);
    const r = p.records.likely.data;
    expect(r.employees[0].termination_date).toBeUndefined();
    expect(r.payroll.at(-1)).toMatchObject({ period_end: '2025-09-30' });
    expect(p.assumptions.map((x) => x.key)).toEqual(expect.arrayContaining(['still_working', 'not_yet_due']));
  });
  it('still working on the day of the account, screened weeks later: the records end on that day', () => {
    // Interviewed on 20 October, still at work; the caseload screened on 15 December. The weeks
    // between are work no one described: before, they were written on the account's pattern, and
    // their wages and overtime counted as owed.
    const a = { ...example(), end_date: 'still_working', interviewed_on: '2025-10-20' } as Account;
    const later = plan(a, '2025-12-15', pack, data);
    const same = plan(a, '2025-10-20', pack, data);
    const last = (p: typeof later) => p.records.likely.data.stretches.at(-1)?.date ?? '';
    expect(last(later)).toBe(last(same));
    expect(last(later) <= '2025-10-20').toBe(true);
    // October's pay for the days told of falls due by 15 December: its period ends on the 20th.
    expect(later.records.likely.data.payroll.at(-1)?.period_end).toBe('2025-10-20');
    // Said as the day of the interview, not as the screening date it is not.
    expect(later.assumptions.find((x) => x.key === 'still_working_interviewed')?.data).toEqual({
      as_of: '2025-10-20',
    });
    expect(later.assumptions.map((x) => x.key)).not.toContain('still_working');
    expect(same.assumptions.find((x) => x.key === 'still_working')?.data).toEqual({ as_of: '2025-10-20' });
  });
  it('a last day after the interview, screened after it: nothing owed on answers given before it fell due', () => {
    // Told on 20 October that the factory closes on 31 October ("severance received: 0" is what
    // was received by the 20th); the caseload screened on 15 December. Read as ended on the 31st,
    // it made 36,000 baht of severance and the leave pay owed on answers given before they fell due.
    const a = {
      ...example(),
      end_date: '2025-10-31',
      notice_given_on: '2025-09-25',
      interviewed_on: '2025-10-20',
    } as Account;
    const s = screenAccount(a, pack, data, { asOf: '2025-12-15' });
    for (const r of ['likely', 'minimum'] as const) {
      const rules = s.results[r].findings.map((f) => f.rule);
      for (const id of [
        'lpa-118-severance',
        'lpa-17-1-notice-pay',
        'lpa-67-unused-leave',
        'lpa-70-final-pay',
      ])
        expect(rules, r).not.toContain(id);
    }
    const p = plan(a, '2025-12-15', pack, data);
    expect(p.records.likely.data.employees[0].termination_date).toBeUndefined();
    expect(p.records.likely.data.stretches.at(-1)!.date <= '2025-10-20').toBe(true);
    // The same account screened on the interview day.
    expect(
      plan(a, '2025-10-20', pack, data).records.likely.data.employees[0].termination_date,
    ).toBeUndefined();
  });
  it('a last day known to the month, told early in it and screened later, ends by the interview', () => {
    // "Left in October", told on 5 October: the job ended between the 1st and the 5th, not on the 15th.
    const a = { ...example(), end_date: '2025-10', interviewed_on: '2025-10-05' } as Account;
    const r = plan(a, '2025-12-15', pack, data).records;
    expect(r.minimum.data.employees[0].termination_date).toBe('2025-10-01');
    expect(r.likely.data.employees[0].termination_date).toBe('2025-10-05');
  });
  it('a last day only known to the month of the screening is read as past', () => {
    // "Left in October", told on 20 October: the job ended between the 1st and the 20th.
    const r = plan({ ...example(), end_date: '2025-10' } as Account, '2025-10-20', pack, data).records;
    expect(r.minimum.data.employees[0].termination_date).toBe('2025-10-01');
    expect(r.likely.data.employees[0].termination_date).toBe('2025-10-15');
  });
});

describe('when things changed', () => {
  it('pays each day at the wage in force that day, and rates overtime on the lowest wage', () => {
    const a = {
      ...example(),
      wage_amount: 35_000,
      wage_changes: [{ from: '2025-07', amount: 40_000 }],
    } as Account;
    const r = plan(a, '2025-10-20', pack, data).records.likely.data;
    expect(r.employees[0].wage_rate).toBe(35_000);
    const june = r.payroll.find((p) => p.period_start === '2025-06-01')!;
    const july = r.payroll.find((p) => p.period_start === '2025-07-01')!;
    expect(june.base_pay).toBe(35_000 * (june.days_worked ?? 0));
    expect(july.base_pay).toBe(40_000 * (july.days_worked ?? 0));
  });
  it('reads wage changes and deduction spans written as text', () => {
    expect(parseAnswer('wage_changes', '2025-07 9500; 2025-01-15 9000', ctx)).toEqual({
      ok: true,
      value: [
        { from: '2025-01-15', amount: 900_000 },
        { from: '2025-07', amount: 950_000 },
      ],
    });
    expect(parseAnswer('deductions', '1000 housing dormitory 2025-03..2025-04', ctx)).toEqual({
      ok: true,
      value: [{ amount: 100_000, purpose: 'housing', note: 'dormitory', from: '2025-03', to: '2025-04' }],
    });
  });
  it('takes a deduction only in the months between its start and end', () => {
    const a = {
      ...example(),
      deductions: [{ amount: 100_000, purpose: 'housing', from: '2025-03', to: '2025-04' }],
    } as Account;
    const rows = plan(a, '2025-10-20', pack, data).records.likely.data.payroll;
    const taken = rows.filter((p) => (p.deduction_other ?? 0) > 0).map((p) => p.period_start);
    expect(taken).toEqual(['2025-03-01', '2025-04-01']);
    const found = screenAccount(a, pack, data).results.likely.findings.filter(
      (f) => f.rule === 'lpa-76-deductions',
    );
    expect(found.map((f) => [f.period?.start, f.owed_satang])).toEqual([
      ['2025-03-01', 100_000],
      ['2025-04-01', 100_000],
    ]);
  });
});

describe('how often pay comes and what was received', () => {
  const monthly = (extra: Partial<Account>) =>
    ({
      ...example(),
      wage_type: 'monthly',
      wage_amount: 1_200_000,
      holiday_work: 'no',
      holidays_worked: undefined,
      holiday_pay_received: undefined,
      ...extra,
    }) as Account;
  it('writes one payroll row per half month, paid after each half', () => {
    const rows = plan(
      monthly({ pay_frequency: 'twice_monthly', pay_delay_days: 2 }),
      '2025-10-20',
      pack,
      data,
    ).records.likely.data.payroll;
    const july = rows.filter((p) => p.period_start.startsWith('2025-07'));
    expect(july.map((p) => [p.period_start, p.period_end, p.pay_date, p.base_pay])).toEqual([
      ['2025-07-01', '2025-07-15', '2025-07-17', Math.round((1_200_000 * 15) / 31)],
      ['2025-07-16', '2025-07-31', '2025-08-02', Math.round((1_200_000 * 16) / 31)],
    ]);
  });
  it('writes weekly rows of 7 days from the start', () => {
    const rows = plan(monthly({ pay_frequency: 'weekly', pay_delay_days: 0 }), '2025-10-20', pack, data)
      .records.likely.data.payroll;
    expect(rows[0]).toMatchObject({
      period_start: '2023-05-02',
      period_end: '2023-05-08',
      pay_date: '2023-05-08',
    });
    expect(rows.at(-1)).toMatchObject({ period_end: '2025-08-15' });
  });
  it('takes the wages received for a whole period as paid, so a shortfall shows under s.90', () => {
    const paid = monthly({ pay_received: 1_000_000 });
    const rows = plan(paid, '2025-10-20', pack, data).records.likely.data.payroll;
    expect(rows.find((p) => p.period_start === '2025-07-01')?.base_pay).toBe(1_000_000);
    const mw = screenAccount(paid, pack, data).results.likely.findings.filter(
      (f) => f.rule === 'lpa-90-minimum-wage' && f.period?.start === '2025-07-01',
    );
    // Samut Prakan 372 x 30 = 11,160 a month in July 2025; 10,000 received.
    expect(mw.map((f) => f.owed_satang)).toEqual([116_000]);
  });
});

describe('schedules that differ by day', () => {
  it('ends half-day Saturdays early, without a break', () => {
    const a = { ...example(), short_days: ['saturday'], short_day_end: 720 } as Account;
    const r = plan(a, '2025-10-20', pack, data).records.likely.data;
    // 2025-08-09 is a Saturday, 2025-08-08 a Friday.
    expect(
      r.stretches.filter((s) => s.date === '2025-08-09').map((s) => [s.start, s.end, s.break_minutes]),
    ).toEqual([[480, 720, 0]]);
    expect(r.stretches.filter((s) => s.date === '2025-08-08').map((s) => [s.start, s.end])).toEqual([
      [480, 720],
      [780, 1020],
    ]);
  });
  it('puts every second week on nights', () => {
    const a = { ...example(), rotation: 'alternate_weeks', night_start: 1200, night_end: 300 } as Account;
    const r = plan(a, '2025-10-20', pack, data).records.likely.data;
    // The job starts on Tuesday 2023-05-02: that week on days, the next (from 2023-05-08) on nights.
    expect(r.stretches.find((s) => s.date === '2023-05-03')?.start).toBe(480);
    expect(r.stretches.find((s) => s.date === '2023-05-09')).toMatchObject({
      start: 1200,
      end: 1740,
      break_minutes: 60,
    });
    expect(r.stretches.find((s) => s.date === '2023-05-16')?.start).toBe(480);
  });
});
