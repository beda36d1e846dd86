// Money is integer satang. Intermediate amounts are exact fractions (bigint) so that a
// rate like 10,000 / 30 / 8 loses nothing; each amount owed is rounded once, half up.

export class Ratio {
  readonly num: bigint;
  readonly den: bigint;
  constructor(num: bigint, den = 1n) {
    if (den === 0n) throw new Error('zero denominator');
    if (den < 0n) {
      num = -num;
      den = -den;
    }
    const g = gcd(num < 0n ? -num : num, den);
    this.num = g > 1n ? num / g : num;
    this.den = g > 1n ? den / g : den;
  }
  static of(n: number | bigint): Ratio {
    if (typeof n === 'bigint') return new Ratio(n);
    if (Number.isInteger(n)) return new Ratio(BigInt(n));
    return Ratio.decimal(String(n));
  }
  /** Exact value of a decimal literal such as "1.5" or "0.15". */
  static decimal(text: string): Ratio {
    const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text.trim());
    if (!m) throw new Error(`not a decimal: ${text}`);
    const frac = m[3] ?? '';
    const num = BigInt(m[2] + frac) * (m[1] ? -1n : 1n);
    return new Ratio(num, 10n ** BigInt(frac.length));
  }
  add(o: Ratio): Ratio {
    return new Ratio(this.num * o.den + o.num * this.den, this.den * o.den);
  }
  sub(o: Ratio): Ratio {
    return new Ratio(this.num * o.den - o.num * this.den, this.den * o.den);
  }
  mul(o: Ratio | number): Ratio {
    const r = o instanceof Ratio ? o : Ratio.of(o);
    return new Ratio(this.num * r.num, this.den * r.den);
  }
  div(o: Ratio | number): Ratio {
    const r = o instanceof Ratio ? o : Ratio.of(o);
    return new Ratio(this.num * r.den, this.den * r.num);
  }
  cmp(o: Ratio): number {
    const a = this.num * o.den;
    const b = o.num * this.den;
    return a < b ? -1 : a > b ? 1 : 0;
  }
  max(o: Ratio): Ratio {
    return this.cmp(o) >= 0 ? this : o;
  }
  isPositive(): boolean {
    return this.num > 0n;
  }
  /** The one rounding: half up (away from zero for positives) to a whole unit. */
  roundHalfUp(): number {
    const neg = this.num < 0n;
    const n = neg ? -this.num : this.num;
    const q = (2n * n + this.den) / (2n * this.den);
    return Number(neg ? -q : q);
  }
  toNumber(): number {
    return Number(this.num) / Number(this.den);
  }
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a === 0n ? 1n : a;
}

export const ZERO = new Ratio(0n);

/** "1,234.5" -> 123450 satang; undefined when it is not a plain baht amount. */
export function satangOf(text: string): number | undefined {
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(text);
  if (!m) return undefined;
  const satang = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  if (!Number.isSafeInteger(satang)) return undefined;
  return m[1] ? -satang : satang;
}

/** 123450 -> "1,234.50" */
export function baht(satang: number): string {
  const neg = satang < 0;
  const s = Math.abs(satang);
  const whole = Math.floor(s / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${neg ? '-' : ''}${whole}.${String(s % 100).padStart(2, '0')}`;
}

/** A rate as baht with up to 4 decimals, for messages ("62.50", "41.6667"). */
export function bahtRate(satangPerUnit: Ratio): string {
  const v = satangPerUnit.toNumber() / 100;
  const fixed = v.toFixed(4).replace(/0{1,2}$/, '');
  return fixed;
}
