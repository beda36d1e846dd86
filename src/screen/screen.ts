import { checkData, validAsOf } from '../api.js';
import type { Result } from '../findings/result.js';
import type { RulePack } from '../pack/load.js';
import { type Account, known, UNKNOWN } from './account.js';
import type { Indicator, Referral, ScreenData, Trigger } from './data.js';
import {
  answerMatches,
  isAsked,
  type Plan,
  plan,
  SCENARIOS,
  type Scenario,
  WORKER_ID,
} from './synthesize.js';
import { screenPack } from './testimony.js';

// The screen: plan the synthetic records, run the rule pack over each scenario exactly as
// `check` would, then read the forced-labour signals, evidence and referrals off the
// answers and the findings (rules/indicators.yaml, rules/referrals.yaml).

export interface Signal {
  id: string;
  law: Indicator['law'];
  /** Which triggers held: a `because` key of the language files, with its values. */
  because: { key: string; data: Record<string, string | number> }[];
}

export interface Screen {
  account: Account;
  asOf: string;
  plan: Plan;
  /** Rule ids run: every rule of the pack but those a "don't know" answer left undetermined, and the integrity rules. */
  only: string[];
  results: Record<Scenario, Result>;
  signals: Signal[];
  /** Indicators none of whose triggers holds, and at least one of which could not be asked or answered. */
  notAssessed: string[];
  evidence: string[];
  referrals: Referral[];
}

/** Signs of forced labour read from the employer's records for this worker (`check`'s signals). */
export type RecordSignals = NonNullable<Result['signals']>['raised'];

export function screenAccount(
  account: Account,
  rulePack: RulePack,
  data: ScreenData,
  o: { asOf?: string; records?: RecordSignals } = {},
): Screen {
  const asOf = validAsOf(o.asOf ?? account.interviewed_on);
  // The pack as an account is read by: a child's days are the worker's word (testimony.ts).
  const pack = screenPack(rulePack, data);
  const p = plan(account, asOf, pack, data);
  // Records synthesised from an account are regular by construction: the integrity rules, which
  // look for records made rather than kept, say nothing about them.
  const only = pack.rules
    .map((r) => r.id)
    .filter((id) => !p.excluded.has(id) && !id.startsWith('integrity-'));
  const results = {} as Record<Scenario, Result>;
  for (const s of SCENARIOS) results[s] = checkData(p.records[s].data, pack, { asOf, only });

  const likely = results.likely;
  const truth = (t: Trigger, signals: Signal[]): 'yes' | 'no' | 'unknown' => {
    if ('always' in t) return 'yes';
    if ('signal' in t) return signals.some((s) => t.signal === 'any' || s.id === t.signal) ? 'yes' : 'no';
    if ('finding' in t) {
      // A sign rests on what the account shows under the reading most favourable to the
      // employer (`at least`): an age alone, 16 at the screening, makes a worker under 15 at
      // the start only in the likely reading, and a sign of child labour is not said on that.
      if (results.minimum.findings.some((f) => f.rule === t.finding)) return 'yes';
      if (
        likely.findings.some((f) => f.rule === t.finding) ||
        p.excluded.has(t.finding) ||
        likely.undetermined.some((u) => u.rule === t.finding)
      )
        return 'unknown';
      return 'no';
    }
    if ('deduction_purpose' in t) {
      if (!known(account.deductions)) return 'unknown';
      return account.deductions.some((d) => t.deduction_purpose.includes(d.purpose)) ? 'yes' : 'no';
    }
    const q = data.questions.find((x) => x.id === t.answer);
    if (q && !isAsked(q, account)) {
      // Not asked because an earlier answer was not known: this one is not known either.
      const unsure = Object.keys(q.ask_if ?? {}).some((id) =>
        answerMatches(account[id as keyof Account], UNKNOWN),
      );
      return unsure ? 'unknown' : 'no';
    }
    const v = account[t.answer];
    if (v === undefined || v === UNKNOWN) return 'unknown';
    if ('more_than' in t) return typeof v === 'number' && v > t.more_than ? 'yes' : 'no';
    return answerMatches(v, t.is) ? 'yes' : 'no';
  };
  const details = (t: Trigger) => becauseData(t, account, likely);

  const signals: Signal[] = [];
  const notAssessed: string[] = [];
  for (const ind of data.indicators) {
    const states = ind.triggers.map((t) => truth(t, signals));
    const held = ind.triggers.filter((_, i) => states[i] === 'yes');
    if (held.length) {
      signals.push({
        id: ind.id,
        law: ind.law,
        because: held.map((t) => ({
          key: 'because' in t && t.because ? t.because : ind.id,
          data: details(t),
        })),
      });
    } else if (states.includes('unknown')) notAssessed.push(ind.id);
  }
  // The same indicators from the employer's records, in the same list: an indicator raised by
  // both gives both reasons.
  for (const r of o.records ?? []) {
    const because = r.because.map((b) => ({
      key: 'from_records',
      data: { message: b.message, message_th: b.message_th, trigger: b.trigger },
    }));
    const had = signals.find((x) => x.id === r.indicator);
    if (had) had.because.push(...because);
    else {
      const ind = data.indicators.find((x) => x.id === r.indicator);
      signals.push({ id: r.indicator, law: ind?.law ?? [], because });
      const at = notAssessed.indexOf(r.indicator);
      if (at >= 0) notAssessed.splice(at, 1);
    }
  }
  const order = new Map(data.indicators.map((x, i) => [x.id, i]));
  signals.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  const evidence = data.evidence
    .filter((e) => e.triggers.some((t) => truth(t, signals) === 'yes'))
    .map((e) => e.id);
  const referrals = data.referrals.filter((r) => r.when.some((t) => truth(t, signals) === 'yes'));
  return { account, asOf, plan: p, only, results, signals, notAssessed, evidence, referrals };
}

/** Values for a `because` line: amounts in satang (keys ending _satang), purposes and choices as ids. */
function becauseData(t: Trigger, a: Account, likely: Result): Record<string, string | number> {
  if ('finding' in t) {
    const fs = likely.findings.filter((f) => f.rule === t.finding && f.employee_id === WORKER_ID);
    return { count: fs.length, example: fs[0]?.message ?? '', example_th: fs[0]?.message_th ?? '' };
  }
  if ('deduction_purpose' in t && known(a.deductions)) {
    const ds = a.deductions.filter((d) => t.deduction_purpose.includes(d.purpose));
    return {
      amount_satang: ds.reduce((s, d) => s + d.amount, 0),
      purposes: ds.map((d) => d.purpose).join(','),
    };
  }
  if ('answer' in t) {
    const v = a[t.answer];
    const extra: Record<string, string | number> = {};
    if (known(a.documents_held_which)) extra.documents_held_which = a.documents_held_which;
    if (known(a.debt_amount)) extra.debt_amount_satang = a.debt_amount;
    if (known(a.debt_to)) extra.debt_to = a.debt_to;
    return { value: typeof v === 'string' || typeof v === 'number' ? v : '', ...extra };
  }
  return {};
}
