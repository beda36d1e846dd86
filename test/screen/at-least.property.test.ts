import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Account } from '../../src/screen/account.js';
import { type Screen, screenAccount } from '../../src/screen/screen.js';
import { data, exampleAccount, pack } from './helpers.js';

// The two estimates of a screen are nested: "at least" reads the account the way most
// favourable to the employer, so it never says more than "likely" does. A child's start broke
// that: a birth read from an age, or a start read from a month, put the likely start before the
// birthday from which a work date is plausible (plausible_min_work_age, 10): the likely reading
// lost those days as a wrong birth date while the at-least one, older or starting later, kept
// them, and showed violations (s.44, overtime, minimum wage) the likely one did not.

const screen = (over: Partial<Account>, asOf: string): Screen =>
  screenAccount(
    { ...exampleAccount(), birth_date: 'unknown', age: 'unknown', ...over } as Account,
    pack,
    data,
    {
      asOf,
    },
  );

/** Per rule, the findings and the amount owed of one estimate. */
function byRule(s: Screen, scenario: 'minimum' | 'likely'): Map<string, { count: number; owed: number }> {
  const out = new Map<string, { count: number; owed: number }>();
  for (const f of s.results[scenario].findings) {
    const x = out.get(f.rule) ?? { count: 0, owed: 0 };
    x.count++;
    x.owed += f.owed_satang ?? 0;
    out.set(f.rule, x);
  }
  return out;
}

/** Every rule "at least" finds, "likely" finds too, for no less money; and so for the totals. */
function expectNested(s: Screen): void {
  const likely = byRule(s, 'likely');
  for (const [rule, least] of byRule(s, 'minimum')) {
    const more = likely.get(rule) ?? { count: 0, owed: 0 };
    expect(more.count, `${rule}: found at least, not likely`).toBeGreaterThan(0);
    expect(least.owed, `${rule}: owed at least > likely`).toBeLessThanOrEqual(more.owed);
  }
  expect(s.results.minimum.summary.owed_satang).toBeLessThanOrEqual(s.results.likely.summary.owed_satang);
}

describe('at least never exceeds likely for a child', () => {
  it('7 at the interview, started January 2023: the likely birth makes the start plausible, s.44 in both', () => {
    // Likely born mid-2018 (7 and a half) was under 5 at the start, the youngest age an account
    // takes (youngest_work_age): every day rejected as a wrong birth date, and s.44 found only at
    // least. (Under the payroll guard of 10, the same held of a 12-year-old.)
    const s = screen(
      { age: 7, start_date: '2023-01-01', end_date: '2023-01', interviewed_on: '2025-12-20' },
      '2025-12-31',
    );
    expectNested(s);
    const s44 = (r: 'minimum' | 'likely') =>
      s.results[r].findings.filter((f) => f.rule === 'lpa-44-minimum-age');
    expect(s44('likely')).toHaveLength(1);
    expect(s44('minimum')).toHaveLength(1);
    expect(s.results.likely.rejected).toEqual([]);
    const said = s.plan.assumptions.find((x) => x.key === 'age_only')?.data;
    expect(said).toEqual({ age: 7, minimum: '2017-12-21', likely: '2018-01-01' });
  });

  it('a birth date of 27 February 2019, started "in February 2024": likely starts on the 5th birthday', () => {
    const s = screen(
      {
        birth_date: '2019-02-27',
        start_date: '2024-02',
        end_date: 'still_working',
        sector: 'agriculture',
        wage_type: 'daily',
        wage_amount: 30000,
        interviewed_on: '2026-01-20',
      },
      '2026-12-28',
    );
    expectNested(s);
    expect(s.plan.records.likely.span?.start).toBe('2024-02-27');
    expect(s.results.likely.rejected).toEqual([]);
  });

  it('started and left in March, 15 on 10 March: the one day at least is the likely day', () => {
    const s = screen(
      { birth_date: '2010-03-10', start_date: '2025-03', end_date: '2025-03', interviewed_on: '2025-10-20' },
      '2025-10-31',
    );
    expectNested(s);
    expect(s.plan.records.minimum.span).toEqual(s.plan.records.likely.span);
    expect(s.plan.assumptions.find((x) => x.key === 'start_month_only')?.data).toEqual({
      month: '2025-03',
      minimum: '2025-03-15',
      likely: '2025-03-15',
    });
  });

  it('started on the 20th, left "in March": the job is not read as ending before it began', () => {
    const s = screen(
      {
        birth_date: '1990-01-01',
        start_date: '2025-03-20',
        end_date: '2025-03',
        interviewed_on: '2025-10-20',
      },
      '2025-10-31',
    );
    expect(s.plan.records.likely.span).toEqual({ start: '2025-03-20', end: '2025-03-20' });
    expect(s.plan.records.minimum.span).toEqual({ start: '2025-03-20', end: '2025-03-20' });
  });
});

const pad = (n: number) => String(n).padStart(2, '0');
const day = (from: number, to: number) =>
  fc
    .record({
      y: fc.integer({ min: from, max: to }),
      m: fc.integer({ min: 1, max: 12 }),
      d: fc.integer({ min: 1, max: 28 }),
    })
    .map(({ y, m, d }) => `${y}-${pad(m)}-${pad(d)}`);
const dayOrMonth = fc.oneof(
  day(2023, 2025),
  day(2023, 2025).map((d) => d.slice(0, 7)),
);

it('property: over generated accounts of children, every at-least finding and amount is within the likely one', () => {
  fc.assert(
    fc.property(
      dayOrMonth,
      fc.oneof(dayOrMonth, fc.constant('still_working')),
      // Ages and birth dates that put the start around the 10th and 15th birthdays.
      fc.oneof(
        fc.integer({ min: 9, max: 17 }).map((age) => ({ age })),
        day(2008, 2015).map((birth_date) => ({ birth_date })),
      ),
      fc.constantFrom('other', 'sea_fishing', 'agriculture', 'unknown'),
      day(2024, 2026),
      fc.integer({ min: 0, max: 400 }),
      fc.oneof(fc.constant('unknown'), fc.integer({ min: 0, max: 120 })),
      fc.constantFrom('monthly', 'daily'),
      (start, end, who, sector, told, later, breakMinutes, wageType) => {
        const account: Partial<Account> = {
          start_date: start,
          end_date: end,
          ...who,
          sector,
          interviewed_on: told,
          break_minutes: breakMinutes as Account['break_minutes'],
          wage_type: wageType,
          wage_amount: wageType === 'daily' ? 30000 : 900000,
        };
        // An end before the start is an invalid account (refused before any screen).
        if (end !== 'still_working' && `${end}-31`.slice(0, 10) < `${start}-01`.slice(0, 10)) return;
        const asOf = new Date(Date.parse(told) + later * 86_400_000).toISOString().slice(0, 10);
        expectNested(screen(account, asOf));
      },
    ),
    { numRuns: 80 },
  );
}, 120_000);
