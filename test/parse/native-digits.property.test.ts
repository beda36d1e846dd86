import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  asciiDigits,
  cleanCell,
  DIGIT_ZEROS,
  parseDate,
  parseMoney,
  parseTime,
} from '../../src/parse/values.js';
import { type Account, parseAnswer } from '../../src/screen/account.js';
import { ctx } from '../screen/helpers.js';

// Thai, Lao, Khmer, Myanmar and Shan digits read as ASCII digits do, in every numeric answer
// (wages, hours, dates): a worker writes numbers in their own script.

const inSet = (s: string, zero: number) => s.replace(/[0-9]/g, (d) => String.fromCharCode(zero + Number(d)));
const zero = fc.constantFrom(...DIGIT_ZEROS);

describe('numbers in any digit set', () => {
  it('read the same as in ASCII (property)', () => {
    fc.assert(
      fc.property(
        zero,
        fc.integer({ min: 0, max: 9_999_999 }),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.date({ min: new Date('1950-01-01'), max: new Date('2150-12-31'), noInvalidDate: true }),
        (z, whole, satang, h, min, d) => {
          const money = `${whole.toLocaleString('en-US')}.${String(satang).padStart(2, '0')}`;
          expect(parseMoney(inSet(money, z))).toEqual(parseMoney(money));
          const time = `${h}:${String(min).padStart(2, '0')}`;
          expect(parseTime(inSet(time, z))).toEqual(parseTime(time));
          const date = d.toISOString().slice(0, 10);
          expect(parseDate(inSet(date, z))).toEqual(parseDate(date));
          expect(asciiDigits(inSet(String(whole), z))).toBe(String(whole));
        },
      ),
    );
  });

  it('in a screen answer: a wage, hours, a date, a month', () => {
    const answer = (id: keyof Account, raw: string) => parseAnswer(id, raw, ctx);
    // Myanmar ၉၀၀၀, Khmer ៩០០០, Lao ໙໐໐໐: 9,000 baht.
    for (const w of ['၉၀၀၀', '៩០០០', '໙໐໐໐', '႙႐႐႐'])
      expect(answer('wage_amount', w)).toEqual({ ok: true, value: 900_000 });
    expect(answer('work_start', '၀၆:၀၀')).toEqual({ ok: true, value: 360 });
    expect(answer('break_minutes', '៦០')).toEqual({ ok: true, value: 60 });
    expect(answer('start_date', '໒໐໒໕-໐໑')).toEqual({ ok: true, value: '2025-01' });
    expect(answer('interviewed_on', '၂၀၂၅-၁၀-၂၀')).toEqual({ ok: true, value: '2025-10-20' });
  });

  it('a Myanmar digit typed for a letter in a name is left as written', () => {
    // ၀ (zero) for ဝ (wa), as Zawgyi typists do: "Win" is not "0in".
    expect(cleanCell('၀င်းမောင်')).toBe('၀င်းမောင်');
    expect(cleanCell('ကို၇ဲ')).toBe('ကို၇ဲ');
  });
});
