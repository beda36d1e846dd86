import { compareIso } from '../base/calendar.js';
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

/** `f()`, or `otherwise` when a parameter it needs has no value in force on the date it asks. */
export function inForceOr<T>(otherwise: T, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof ParamNotInForce) return otherwise;
    throw e;
  }
}

/**
 * The index of the value in force on `date` in `values` (in date order, each from its date
 * inclusive until the next), or -1 before the first. `hint` is where the last look-up found its
 * value: dates come mostly in order, so it is tried first.
 */
export function inForceAt(values: readonly { from: string }[], date: string, hint: number): number {
  const n = values.length;
  if (hint < n && values[hint].from <= date && (hint + 1 === n || date < values[hint + 1].from)) return hint;
  let i = 0;
  while (i < n && values[i].from <= date) i++;
  return i - 1;
}

/** Effective-dated parameter series: a value holds from its date (inclusive) until the next. */
export class ParamStore {
  /** By name: the series in date order, and where the last look-up found its value. */
  private readonly series = new Map<string, { s: ParamSeries; at: number }>();

  constructor(entries: Record<string, ParamSeries> = {}) {
    for (const [name, s] of Object.entries(entries)) this.set(name, s);
  }

  set(name: string, s: ParamSeries): void {
    this.series.set(name, {
      s: { ...s, values: [...s.values].sort((a, b) => compareIso(a.from, b.from)) },
      at: 0,
    });
  }

  has(name: string): boolean {
    return this.series.has(name);
  }

  get(name: string): ParamSeries | undefined {
    return this.series.get(name)?.s;
  }

  names(): string[] {
    return [...this.series.keys()].sort();
  }

  /** The value in force on `date`, or undefined when none is (before the first value). */
  at(name: string, date: string): ParamUse | undefined {
    const c = this.series.get(name);
    if (!c) return undefined;
    const i = inForceAt(c.s.values, date, c.at);
    if (i < 0) return undefined;
    c.at = i;
    const v = c.s.values[i];
    return { value: v.value, from: v.from, source: v.source };
  }
}
