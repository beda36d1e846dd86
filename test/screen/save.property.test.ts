import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { WEEKDAYS } from '../../src/base/calendar.js';
import { type Account, crossCheck, FIELD_IDS, FIELDS, parseAnswer } from '../../src/screen/account.js';
import { readAccount, saveText } from '../../src/screen/command.js';
import { buildPacket } from '../../src/screen/packet.js';
import { renderPacket } from '../../src/screen/render.js';
import { screenAccount } from '../../src/screen/screen.js';
import { ctx, data, en, exampleAccount, pack } from './helpers.js';

// `screen --interactive --save` writes the account in the units `screen` reads (HH:MM, baht):
// any account the interview can produce is read back from its file as the same account, and
// screens to the same packet.

const dir = mkdtempSync(join(tmpdir(), 'labour-check-save-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const dontKnow = fc.constantFrom('?', 'unknown', "don't know", 'ไม่ทราบ');
const isoDate = (from: number, to: number) =>
  fc
    .record({
      y: fc.integer({ min: from, max: to }),
      m: fc.integer({ min: 1, max: 12 }),
      d: fc.integer({ min: 1, max: 28 }),
    })
    .map(({ y, m, d }) => `${y}-${pad(m)}-${pad(d)}`);
const monthTyped = fc.oneof(
  isoDate(2019, 2025),
  fc
    .tuple(fc.integer({ min: 2019, max: 2025 }), fc.integer({ min: 1, max: 12 }))
    .map(([y, m]) => `${y}-${pad(m)}`),
);
/** Baht as a caseworker types it: 9000, 9,000.50, 1500.-, ฿ 400. */
const bahtTyped = (min: number) =>
  fc
    .tuple(fc.integer({ min, max: 20_000_000 }), fc.constantFrom('', ',', '.-', '฿'))
    .map(([satang, style]) => {
      const b = Math.floor(satang / 100);
      const s = satang % 100;
      if (style === '.-') return `${b}.-`;
      if (style === '฿') return `฿ ${b}.${pad(s)}`;
      const whole = style === ',' ? b.toLocaleString('en-US') : String(b);
      return s === 0 ? whole : `${whole}.${pad(s)}`;
    });
const textTyped = fc.oneof(
  fc.string({ maxLength: 24 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.constantFrom(
    'yes',
    'no',
    '123',
    '2025-01-01',
    'null',
    '~',
    '- a',
    '#x',
    'a: b',
    '"q"',
    "'q'",
    'Ma Thida',
  ),
);

/** A typed or chosen reply for each kind of question, or "don't know". */
function reply(id: keyof Account): fc.Arbitrary<unknown> {
  const spec = FIELDS[id];
  const orUnknown = (a: fc.Arbitrary<unknown>) => (spec.plain ? a : fc.oneof(a, dontKnow));
  switch (spec.kind) {
    case 'text':
      return orUnknown(textTyped);
    case 'province':
      return orUnknown(fc.constantFrom('Bangkok', 'เชียงใหม่', 'Samut Prakan', '10', 'Songkhla'));
    case 'date':
      return orUnknown(isoDate(1950, 2010));
    case 'month_or_date':
      return orUnknown(
        fc.oneof(
          isoDate(2019, 2025),
          fc
            .tuple(fc.integer({ min: 2019, max: 2025 }), fc.integer({ min: 1, max: 12 }))
            .map(([y, m]) => `${y}-${pad(m)}`),
        ),
      );
    case 'end_date':
      return orUnknown(fc.oneof(fc.constant('still_working'), isoDate(2019, 2025)));
    case 'int':
      return orUnknown(fc.integer({ min: spec.min ?? 0, max: Math.min(spec.max ?? 1000, 1000) }).map(String));
    case 'final_pay':
      return orUnknown(fc.oneof(fc.constant('not_paid'), fc.integer({ min: 0, max: 60 }).map(String)));
    case 'money':
      return orUnknown(bahtTyped((spec.min ?? 0) * 100));
    case 'time':
      return orUnknown(
        fc.integer({ min: 0, max: 1440 }).map((m) => `${pad(Math.floor(m / 60))}:${pad(m % 60)}`),
      );
    case 'yes_no':
      return orUnknown(fc.constantFrom('yes', 'no'));
    case 'choice':
      return orUnknown(fc.constantFrom(...spec.choices!));
    case 'weekdays':
      return orUnknown(fc.subarray([...WEEKDAYS]).map((ds) => ds.join(';')));
    case 'deductions':
      return orUnknown(
        fc.array(
          fc.record(
            {
              amount: bahtTyped(1),
              purpose: fc.constantFrom(...ctx.purposes),
              note: textTyped,
              from: monthTyped,
              to: monthTyped,
            },
            { requiredKeys: ['amount', 'purpose'] },
          ),
          { maxLength: 3 },
        ),
      );
    case 'wage_changes':
      return orUnknown(fc.array(fc.record({ from: monthTyped, amount: bahtTyped(100) }), { maxLength: 3 }));
    case 'dates':
      return orUnknown(fc.array(isoDate(2019, 2025), { maxLength: 4 }).map((ds) => ds.join('; ')));
    case 'codes':
      return orUnknown(
        fc.subarray(['vibration', 'vehicle', 'heavy_load', 'boat', 'power_saw']).map((cs) => cs.join(';')),
      );
  }
}

/** The account an interview builds from the replies: each parsed as it is on screen; answers the checks across fields refuse are left out. */
const interviewed = fc
  .record(Object.fromEntries(FIELD_IDS.map((id) => [id, reply(id)])), { requiredKeys: [] })
  .map((replies) => {
    const a: Record<string, unknown> = {};
    for (const [id, raw] of Object.entries(replies)) {
      const r = parseAnswer(id as keyof Account, raw, ctx);
      if (r.ok && r.value !== undefined) a[id] = r.value;
    }
    for (let p = crossCheck(a as Account, ctx)[0]; p; p = crossCheck(a as Account, ctx)[0]) delete a[p.field];
    return a as Account;
  });

const roundTrip = (account: Account, name: string): Account => {
  const file = join(dir, name);
  writeFileSync(file, saveText(account));
  return readAccount(file, ctx, en);
};

describe('screen --interactive --save', () => {
  it('writes times as HH:MM and amounts in baht, the units an account file is read in', () => {
    const a = exampleAccount();
    const text = saveText({ ...a, work_end: 1440, wage_amount: 900050 });
    expect(text).toContain('work_start: 06:00');
    expect(text).toContain('work_end: 24:00');
    expect(text).toContain('wage_amount: "9000.50"');
    expect(text).toMatch(/amount: 2000\n/);
    expect(text).not.toContain('800000');
    expect(roundTrip(a, 'example.yaml')).toEqual(a);
  });

  it('any account the interview gives reads back from its file as the same account', () => {
    fc.assert(
      fc.property(interviewed, (a) => {
        expect(roundTrip(a, 'any.yaml')).toEqual(a);
      }),
      { numRuns: 300 },
    );
  });

  it('and screens to the same packet', () => {
    fc.assert(
      fc.property(interviewed, (a) => {
        const packet = (x: Account) =>
          renderPacket(
            buildPacket(screenAccount(x, pack, data, { asOf: '2025-10-20' }), pack, data, en, {
              redact: false,
            }),
            'json',
          );
        expect(packet(roundTrip(a, 'packet.yaml'))).toBe(packet(a));
      }),
      { numRuns: 25 },
    );
  }, 120_000);

  it('screens an account whose typed district or job holds a character of a mis-decoded file', () => {
    // fast-check's counterexample: the synthetic employees row must not be rejected for it.
    for (const odd of ['\uFFFD', 'a\u0085', '\uE000']) {
      const a = { ...exampleAccount(), district: odd, job: odd };
      const r = screenAccount(a, pack, data, { asOf: '2025-10-20' });
      const plain = screenAccount({ ...exampleAccount(), district: undefined, job: undefined }, pack, data, {
        asOf: '2025-10-20',
      });
      expect(r.results.likely.summary.owed_satang).toBe(plain.results.likely.summary.owed_satang);
    }
  });

  it('the saved file is the one the CLI reads (no field the schema does not know)', () => {
    const file = join(dir, 'cli.yaml');
    writeFileSync(file, saveText(exampleAccount()));
    expect(readFileSync(file, 'utf8')).not.toMatch(/^\s*[a-z_]+: .*\[object/m);
  });
});
