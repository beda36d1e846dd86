import { describe, expect, it } from 'vitest';
import { baht, bahtRate, Ratio, satangOf, ZERO } from '../../src/findings/money.js';

// Money: exact fractions, one half-up rounding to satang, and the baht text an inspector reads.
const r = (n: bigint, d = 1n) => new Ratio(n, d);

describe('Ratio', () => {
  it('reduces and keeps the sign on the numerator: 10 / -4 = -5 / 2', () => {
    const x = r(10n, -4n);
    expect([x.num, x.den]).toEqual([-5n, 2n]);
    expect([r(0n, 5n).num, r(0n, 5n).den]).toEqual([0n, 1n]);
    expect([r(7n, 3n).num, r(7n, 3n).den]).toEqual([7n, 3n]);
    expect(() => r(1n, 0n)).toThrow('zero denominator');
  });
  it('monthly 10,000.00 / 30 / 8 hours x 1.5 x 3 h = 187.50 exactly', () => {
    const rate = Ratio.of(1_000_000).div(30).div(8);
    expect(rate.mul(Ratio.decimal('1.5')).mul(3).roundHalfUp()).toBe(18750);
    expect(rate.mul(1.5).mul(3).roundHalfUp()).toBe(18750);
  });
  it('adds, subtracts, multiplies and divides exactly', () => {
    expect(r(1n, 3n).add(r(1n, 6n)).cmp(r(1n, 2n))).toBe(0);
    expect(r(1n, 3n).sub(r(1n, 2n)).cmp(r(-1n, 6n))).toBe(0);
    expect(r(2n, 3n).mul(r(3n, 4n)).cmp(r(1n, 2n))).toBe(0);
    expect(r(2n, 3n).div(r(4n, 3n)).cmp(r(1n, 2n))).toBe(0);
    expect(r(1n).div(4).toNumber()).toBe(0.25);
  });
  it('compares and takes the larger', () => {
    expect(r(1n, 3n).cmp(r(1n, 2n))).toBe(-1);
    expect(r(1n, 2n).cmp(r(1n, 3n))).toBe(1);
    expect(r(40000n).max(r(37200n)).num).toBe(40000n);
    expect(r(37200n).max(r(40000n)).num).toBe(40000n);
    expect(r(5n).max(r(10n, 2n))).toBeInstanceOf(Ratio);
  });
  it('is positive only above zero', () => {
    expect(r(1n, 100n).isPositive()).toBe(true);
    expect(ZERO.isPositive()).toBe(false);
    expect(r(-1n).isPositive()).toBe(false);
  });
  it('rounds half up to a whole satang, away from zero for negatives', () => {
    expect(r(1n, 2n).roundHalfUp()).toBe(1);
    expect(r(5n, 2n).roundHalfUp()).toBe(3);
    expect(r(49n, 100n).roundHalfUp()).toBe(0);
    expect(r(51n, 100n).roundHalfUp()).toBe(1);
    expect(r(-1n, 2n).roundHalfUp()).toBe(-1);
    expect(r(-49n, 100n).roundHalfUp() === 0).toBe(true);
    expect(r(-7n, 2n).roundHalfUp()).toBe(-4);
    expect(r(140625n, 1000n).roundHalfUp()).toBe(141);
  });
  it('Ratio.of takes integers, bigints and decimals', () => {
    expect(Ratio.of(3n).num).toBe(3n);
    expect(Ratio.of(7).num).toBe(7n);
    const x = Ratio.of(0.15);
    expect([x.num, x.den]).toEqual([3n, 20n]);
  });
});

describe('Ratio.decimal reads a whole decimal literal only', () => {
  it('reads 1.5, 0.15, -2.25, 12 and a padded " 7.5 "', () => {
    expect(Ratio.decimal('1.5').cmp(r(3n, 2n))).toBe(0);
    expect(Ratio.decimal('0.15').cmp(r(3n, 20n))).toBe(0);
    expect(Ratio.decimal('-2.25').cmp(r(-9n, 4n))).toBe(0);
    expect(Ratio.decimal('12').cmp(r(12n))).toBe(0);
    expect(Ratio.decimal(' 7.5 ').cmp(r(15n, 2n))).toBe(0);
  });
  it('refuses text around the number, a bare point and exponents', () => {
    for (const t of ['x1.5', '1.5x', '1.5.0', '.5', '5.', '1e3', '', '--1', '1,000'])
      expect(() => Ratio.decimal(t), t).toThrow(`not a decimal: ${t}`);
  });
});

describe('satangOf', () => {
  it('reads baht amounts to satang', () => {
    expect(satangOf('1234.5')).toBe(123450);
    expect(satangOf('12.05')).toBe(1205);
    expect(satangOf('400')).toBe(40000);
    expect(satangOf('-12.5')).toBe(-1250);
    expect(satangOf('0.07')).toBe(7);
  });
  it('refuses anything that is not a plain amount', () => {
    for (const t of ['a12', '12a', '1.234', '1.', '.5', ' 12', '12 ', '1,234', '-', '', '99999999999999999'])
      expect(satangOf(t), t).toBeUndefined();
  });
});

describe('baht text', () => {
  it('groups thousands, including 1,000,000 baht and more', () => {
    expect(baht(100_000_000)).toBe('1,000,000.00');
    expect(baht(123_456_789)).toBe('1,234,567.89');
    expect(baht(123_456_789_012)).toBe('1,234,567,890.12');
    expect(baht(100_000)).toBe('1,000.00');
    expect(baht(99_999)).toBe('999.99');
    expect(baht(100)).toBe('1.00');
    expect(baht(5)).toBe('0.05');
    expect(baht(0)).toBe('0.00');
  });
  it('keeps the sign of a negative amount', () => {
    expect(baht(-5)).toBe('-0.05');
    expect(baht(-123_456)).toBe('-1,234.56');
  });
  it('shows a rate with 2 to 4 decimals', () => {
    expect(bahtRate(r(6250n))).toBe('62.50');
    expect(bahtRate(r(1_000_000n, 240n))).toBe('41.6667');
    expect(bahtRate(r(5000n))).toBe('50.00');
    expect(bahtRate(r(12345n, 100n))).toBe('1.2345');
    expect(bahtRate(r(1230n, 10n))).toBe('1.23');
    expect(bahtRate(r(120n))).toBe('1.20');
    expect(bahtRate(r(12340n, 100n))).toBe('1.234');
  });
});
