// A rule's parameters as its check asks for them, day after day: the value in force on a date,
// from the rule's own series or else the pack's (OpenFisca-style effective-dated values).
import { compareIso } from '../base/calendar.js';
import { reason } from '../findings/reasons.js';
import type { LoadedRule, RulePack } from '../pack/load.js';
import { inForceAt } from '../pack/params.js';
import type { ParamSeries } from '../pack/schema.js';
import { type CheckContext, MissingParam } from './check.js';

/** The rule's parameters (its own, else the pack's) in force on a date. */
export function ruleParams(rule: LoadedRule, pack: RulePack): Pick<CheckContext, 'param' | 'num'> {
  // Rules ask per day: the value in force is found without allocating; `param` copies it once.
  // Each key's series, in date order, is found once per rule (null: the key has none). A rule
  // asks for a handful of keys, written in its source: a short list searched by identity first
  // costs less than a map's hash on every look-up.
  const keys: string[] = [];
  const cursors: (Cursor | null)[] = [];
  const cursorOf = (key: string): Cursor | null => {
    for (let i = 0; i < keys.length; i++) if (keys[i] === key) return cursors[i];
    const p = rule.resolved[key];
    const series = p?.series ?? (p ? undefined : pack.params.get(key));
    const c = series ? { name: p?.name ?? key, values: byDate(series), at: 0 } : null;
    keys.push(key);
    cursors.push(c);
    return c;
  };
  const inForce = (key: string, date: string): ParamSeries['values'][number] => {
    const c = cursorOf(key);
    if (!c) throw new MissingParam(reason('param_not_defined', { name: key }));
    const i = inForceAt(c.values, date, c.at);
    if (i < 0) throw new MissingParam(reason('param_no_value', { name: c.name, date }));
    c.at = i;
    return c.values[i];
  };
  return {
    param: (key, date) => {
      const v = inForce(key, date);
      return { value: v.value, from: v.from, source: v.source };
    },
    num: (key, date) => {
      const v = inForce(key, date).value;
      if (typeof v !== 'number') throw new MissingParam(reason('param_not_number', { name: key }));
      return v;
    },
  };
}

/** A rule's dated series of one parameter, and where the last look-up found its value. */
interface Cursor {
  name: string;
  values: ParamSeries['values'];
  at: number;
}

// A series' values in date order, sorted once rather than on every look-up.
const sortedValues = new WeakMap<ParamSeries, ParamSeries['values']>();
function byDate(series: ParamSeries): ParamSeries['values'] {
  let v = sortedValues.get(series);
  if (!v) {
    v = [...series.values].sort((a, b) => compareIso(a.from, b.from));
    sortedValues.set(series, v);
  }
  return v;
}
