import type { ParamSeries } from './schema.js';

/** One parameter value as used: what it was, from when, and where it comes from. */
export interface ParamUse {
  value: number | string | boolean | string[];
  from: string;
  source: string;
}

/**
 * No value of a parameter is in force on a date (before its first value, e.g. work in 1998
 * against a pack whose series start in 2008): what needs it is undetermined, never a crash.
 */
export class ParamNotInForce extends Error {
  override readonly name = 'ParamNotInForce';
}

/** Effective-dated parameter series: a value holds from its date (inclusive) until the next. */
export class ParamStore {
  private readonly series = new Map<string, ParamSeries>();

  constructor(entries: Record<string, ParamSeries> = {}) {
    for (const [name, s] of Object.entries(entries)) this.set(name, s);
  }

  set(name: string, s: ParamSeries): void {
    this.series.set(name, { ...s, values: [...s.values].sort((a, b) => a.from.localeCompare(b.from)) });
  }

  has(name: string): boolean {
    return this.series.has(name);
  }

  get(name: string): ParamSeries | undefined {
    return this.series.get(name);
  }

  names(): string[] {
    return [...this.series.keys()].sort();
  }

  /** The value in force on `date`, or undefined when none is (before the first value). */
  at(name: string, date: string): ParamUse | undefined {
    const s = this.series.get(name);
    if (!s) return undefined;
    let hit: ParamUse | undefined;
    for (const v of s.values) {
      if (v.from > date) break;
      hit = { value: v.value, from: v.from, source: v.source };
    }
    return hit;
  }
}
