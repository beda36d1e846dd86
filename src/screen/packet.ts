import { hhmm, hoursText } from '../base/calendar.js';
import { allEmployeeFacts, type PayPeriod } from '../facts/employee.js';
import type { Finding, Undetermined } from '../findings/finding.js';
import { baht } from '../findings/money.js';
import { type ReasonLang, reasonText, thaiHours } from '../findings/reasons.js';
import { dropQuoted } from '../findings/redact.js';
import type { Result } from '../findings/result.js';
import type { LoadedRule, RulePack } from '../pack/load.js';
import { type Account, FIELDS, known, UNKNOWN } from './account.js';
import { type Messages, pick, type ScreenData } from './data.js';
import type { Screen } from './screen.js';
import { isAsked, type Scenario, WORKER_ID } from './synthesize.js';
import { splitBeforeYoungest, youngestWorkAge } from './testimony.js';
import { placeName, type Workplace, workplaceOf } from './workplace.js';

// The claim packet: one worker's screen as plain words in one language. Every word comes
// from rules/screen/lang/<language>.yaml (or the data files); the md, html and json
// renderers only lay it out.

export interface Money {
  owed_satang: number;
  interest_satang: number;
}

export interface Violation {
  rule: string;
  section: string;
  severity: string;
  title: string;
  explain: string;
  count: number;
  /** Findings here are a lower bound: an answer the worker did not know could only raise them. */
  at_least: boolean;
  likely: Money | null;
  minimum: Money | null;
  occurrences: { when: string; owed_satang?: number; interest_satang?: number; detail: string }[];
  /** The first amount worked out step by step. */
  calculation: string[];
}

export interface Packet {
  tool: Result['tool'];
  ruleset: Result['ruleset'];
  as_of: string;
  language: string;
  redacted: boolean;
  reference: string;
  labels: Record<string, string>;
  facts: { section: string; items: { question: string; answer: string }[] }[];
  violations: Violation[];
  totals: Record<Scenario, Money>;
  assumptions: string[];
  undetermined: { rule: string; section: string; title: string; reason: string }[];
  signals: {
    id: string;
    title: string;
    explain: string;
    because: string[];
    law: { section: string; act: string; note: string; source: string }[];
  }[];
  not_assessed: string[];
  evidence: string[];
  referrals: { name: string; phone?: string; url?: string; for: string; source: string }[];
  warnings: string[];
}

const LABELS = [
  'title',
  'page',
  'disclaimer',
  'reference',
  'as_of',
  'facts',
  'violations',
  'none_found',
  'section',
  'estimate',
  'likely',
  'minimum',
  'owed',
  'interest',
  'total',
  'at_least',
  'occurrences',
  'more',
  'calculation',
  'assumptions',
  'undetermined',
  'signals',
  'signals_note',
  'no_signals',
  'not_assessed',
  'law',
  'evidence',
  'referrals',
  'phone',
  'source',
  'warnings',
  'baht',
  'tool',
  'when',
  'bottom_line',
  'next_steps',
] as const;

export function buildPacket(
  s: Screen,
  pack: RulePack,
  data: ScreenData,
  m: Messages,
  o: { redact: boolean },
): Packet {
  const a = s.account;
  const likely = s.results.likely;
  const rules = new Map(pack.rules.map((r) => [r.id, r]));
  const labels = Object.fromEntries(LABELS.map((k) => [k, m.t(`packet.${k}`)]));
  const ruleTitle = (id: string) => {
    if (m.has(`rules.${id}.title`)) return m.t(`rules.${id}.title`);
    const r = rules.get(id);
    return r ? (m.code === 'th' ? r.title.th : r.title.en) : id;
  };
  const questionLabel = (id: keyof Account) => m.t(`questions.${id}.label`);
  // Free text can name a person (a passport number, a broker and their phone): redacted, a
  // personal answer and a deduction's note are said as withheld wherever they would show.
  const withheld = o.redact
    ? new Set<string>(data.questions.filter((q) => q.personal).map((q) => q.id))
    : new Set<string>();

  const workplace = workplaceOf(a, pack);
  const answer = (id: keyof Account): string => {
    if (withheld.has(id) && a[id] !== undefined && (FIELDS[id].plain || a[id] !== UNKNOWN))
      return m.t('answer.redacted');
    const derived = o.redact ? derivedAnswer(id, a, workplace, m) : undefined;
    if (derived !== undefined) return derived;
    // The province in Thai, from the pack's province table, as a Thai reader knows it.
    if (id === 'province' && m.code === 'th' && typeof a.province === 'string') {
      const th = pack.wages?.province(a.province)?.th;
      if (th !== undefined) return th;
    }
    return answerText(id, a[id], m, { withhold: o.redact });
  };
  const facts = data.sections.map((section) => ({
    section: m.t(`sections.${section}`),
    items: data.questions
      .filter((q) => q.section === section && isAsked(q, a))
      .map((q) => ({ question: questionLabel(q.id), answer: answer(q.id) })),
  }));

  // Facts of the likely scenario, for the hours behind each overtime amount.
  const periods = new Map<string, PayPeriod>();
  const d = s.plan.records.likely.data;
  for (const f of allEmployeeFacts(d, { params: pack.params, wages: pack.wages, weekStart: 0 })) {
    for (const p of f.periods) periods.set(`${p.start}|${p.end}`, p);
  }

  const byRule = (r: Result) => {
    const map = new Map<string, Finding[]>();
    for (const f of r.findings) map.set(f.rule, [...(map.get(f.rule) ?? []), f]);
    return map;
  };
  const likelyBy = byRule(likely);
  const minimumBy = byRule(s.results.minimum);
  const sum = (fs: Finding[] | undefined): Money | null => {
    if (!fs?.some((f) => f.owed_satang)) return null;
    return {
      owed_satang: fs.reduce((x, f) => x + (f.owed_satang ?? 0), 0),
      interest_satang: fs.reduce((x, f) => x + (f.interest_satang ?? 0), 0),
    };
  };
  const order = (id: string) => pack.rules.findIndex((r) => r.id === id);
  const violations: Violation[] = [...likelyBy.keys()]
    .sort((x, y) => order(x) - order(y))
    .map((id) => {
      const fs = likelyBy.get(id)!;
      const rule = rules.get(id)!;
      const first = fs.find((f) => f.owed_satang) ?? fs[0];
      return {
        rule: id,
        section: rule.citation.section,
        severity: rule.severity,
        title: ruleTitle(id),
        explain: m.has(`rules.${id}.explain`)
          ? m.t(`rules.${id}.explain`)
          : ((m.code === 'th' ? rule.notes?.th : rule.notes?.en) ?? ''),
        count: fs.length,
        at_least: s.plan.atLeast.has(id),
        likely: sum(fs),
        minimum:
          sum(minimumBy.get(id)) ??
          (fs.some((f) => f.owed_satang) ? { owed_satang: 0, interest_satang: 0 } : null),
        occurrences: fs.map((f) => ({
          when: f.period ? `${f.period.start} – ${f.period.end}` : (f.date ?? ''),
          ...(f.owed_satang ? { owed_satang: f.owed_satang, interest_satang: f.interest_satang ?? 0 } : {}),
          detail: findingText(f, m.code),
        })),
        calculation: calculation(first, rule, a, s.asOf, periods, m, data),
      };
    });

  const total = (r: Result): Money => ({
    owed_satang: r.summary.owed_satang,
    interest_satang: r.summary.interest_satang,
  });

  const undetermined: Packet['undetermined'] = [];
  const missingNote = (reason: string) => {
    const rec = s.plan.records.likely;
    const files = (['employees', 'hours', 'payroll'] as const).filter(
      (k) => reason.includes(`no ${k}`) && rec.missing[k],
    );
    const answers = [...new Set(files.flatMap((k) => rec.missing[k] ?? []))].map(questionLabel);
    return answers.length
      ? m.t('packet.missing_answers', { answers: answers.join(', ') })
      : m.code === 'en' || m.code === 'th'
        ? ''
        : m.t('packet.no_data');
  };
  for (const id of pack.rules.map((r) => r.id)) {
    const rule = rules.get(id)!;
    const row = (reason: string) =>
      undetermined.push({ rule: id, section: rule.citation.section, title: ruleTitle(id), reason });
    const q = s.plan.excluded.get(id);
    if (q) {
      row(m.t(`undetermined.${q.reason}`, { question: questionLabel(q.question) }));
      continue;
    }
    const u = likely.undetermined.find((x) => x.rule === id && x.employee_id === WORKER_ID);
    const split = splitBeforeYoungest(u?.reasons);
    if (u && split.before)
      row(
        [
          ...(m.code === 'en' || m.code === 'th'
            ? split.others.map((r) => reasonText(r, m.code as ReasonLang))
            : []),
          m.t('undetermined.before_youngest_age', { age: youngestWorkAge(data) }),
        ].join('; '),
      );
    else if (u) row([reasonIn(u, m.code), missingNote(u.reason)].filter(Boolean).join(' '));
    else if (s.plan.atLeast.has(id) && !likelyBy.has(id)) {
      row(m.t('packet.at_least_silent', { question: questionLabel(s.plan.atLeast.get(id)!) }));
    }
  }

  const defaults = {
    documents_held_which: m.t('packet.not_said'),
    debt_amount: m.t('packet.not_said'),
    debt_to: m.t('packet.not_said'),
  };
  return {
    tool: likely.tool,
    ruleset: likely.ruleset,
    as_of: s.asOf,
    language: m.code,
    redacted: o.redact,
    reference: a.reference ?? '',
    labels,
    facts,
    violations,
    totals: { likely: total(likely), minimum: total(s.results.minimum) },
    assumptions: s.plan.assumptions.map((x) => m.t(`assumptions.${x.key}`, x.data)),
    undetermined,
    signals: s.signals.map((sig) => ({
      id: sig.id,
      title: m.t(`indicators.${sig.id}.title`),
      explain: m.t(`indicators.${sig.id}.explain`),
      because: sig.because.map((b) =>
        m.t(`because.${b.key}`, { ...defaults, ...becauseWords(b.data, m, withheld) }),
      ),
      law: sig.law.map((l) => ({
        section: l.section,
        act: l.act,
        note: m.t(`law.${l.note}`),
        source: l.source,
      })),
    })),
    not_assessed: s.notAssessed.map((id) => m.t(`indicators.${id}.title`)),
    evidence: s.evidence.map((id) => m.t(`evidence.${id}`)),
    referrals: s.referrals.map((r) => ({
      name: pick(r.name, m.code),
      ...(r.phone ? { phone: r.phone } : {}),
      ...(r.url ? { url: r.url } : {}),
      for: pick(r.for, m.code),
      source: r.source,
    })),
    // The reason catalogue has en and th: a warning in another language keeps its English words.
    // Redacted, the value it quotes from an answer (a district the tool does not know) is dropped.
    warnings: likely.warnings.map((w) => {
      const text = m.code === 'th' && w.why ? reasonText(w.why, 'th') : w.message;
      return o.redact ? dropQuoted(text) : text;
    }),
  };
}

/**
 * Redacted, the job, the workplace and the nationality, free text a worker may write a name or a village in, are
 * said as what the tool made of them: the type of workplace (the sector the checks used), the
 * province and the district of the minimum wage; withheld where it made nothing of them. Any
 * other answer, and one not given or not known, is said as it is (undefined).
 */
function derivedAnswer(id: keyof Account, a: Account, w: Workplace, m: Messages): string | undefined {
  if (a[id] === undefined || a[id] === UNKNOWN) return undefined;
  if (id === 'job') return known(a.sector) ? m.t(`choices.sector.${a.sector}`) : m.t('answer.redacted');
  if (id === 'district') return w.district ? placeName(w.district, m.code) : m.t('answer.redacted');
  if (id === 'province') return w.province ? placeName(w.province, m.code) : m.t('answer.redacted');
  // Nationality is free text too ("Karen, from Ban Mae La camp"): shown only when it is a
  // nationality the screen knows, never a village, a camp or a family name written with it.
  if (id === 'nationality') {
    const said = String(a[id]).trim();
    return NATIONALITIES.has(said.toLowerCase()) ? said : m.t('answer.redacted');
  }
  return undefined;
}

/** Nationalities a redacted packet shows as written (English and Thai, lower case). */
const NATIONALITIES = new Set([
  'myanmar',
  'burmese',
  'burma',
  'cambodia',
  'cambodian',
  'khmer',
  'lao',
  'laos',
  'laotian',
  'vietnam',
  'vietnamese',
  'thai',
  'thailand',
  'พม่า',
  'เมียนมา',
  'เมียนมาร์',
  'กัมพูชา',
  'เขมร',
  'ลาว',
  'เวียดนาม',
  'ไทย',
]);

/**
 * A `because` line's values in words: baht amounts, purpose and choice labels, the message in
 * this language; an answer in `withheld` (personal, under redaction) said as withheld.
 */
function becauseWords(
  d: Record<string, string | number>,
  m: Messages,
  withheld: ReadonlySet<string>,
): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(d)) {
    if (withheld.has(k)) out[k] = m.t('answer.redacted');
    else if (k.endsWith('_satang')) out[k.slice(0, -'_satang'.length)] = baht(Number(v));
    else if (k === 'purposes')
      out[k] = String(v)
        .split(',')
        .map((p) => m.t(`choices.deduction_purposes.${p}`))
        .join(', ');
    else if (k === 'debt_to') out[k] = m.t(`choices.debt_to.${v}`);
    else if (k === 'example_th' || k === 'message_th') continue;
    else if (k === 'message')
      // A record trigger's sentence exists in en and th only: other languages keep the English.
      out[k] = m.code === 'th' && d.message_th !== undefined ? d.message_th : v;
    else if (k === 'example')
      // A finding's own sentence exists in en and th only; the worker id in front is dropped.
      out[k] =
        m.code === 'en' || m.code === 'th'
          ? String(m.code === 'th' ? d.example_th : v).replace(new RegExp(`^${WORKER_ID}: `), '')
          : '–';
    else out[k] = v;
  }
  return out;
}

/**
 * An answer as shown in the packet's facts. With `withhold` (a redacted packet) a deduction's
 * note is said as withheld: it is free text, and caseworkers write the broker's name and phone there.
 */
export function answerText(
  id: keyof Account,
  v: Account[keyof Account],
  m: Messages,
  o: { withhold?: boolean } = {},
): string {
  if (v === undefined) return m.t('answer.not_answered');
  if (v === UNKNOWN) return m.t('answer.unknown');
  const kind = FIELDS[id].kind;
  if (kind === 'money' && typeof v === 'number') return `${baht(v)} ${m.t('packet.baht')}`;
  if (kind === 'time' && typeof v === 'number') return hhmm(v);
  if (kind === 'yes_no') return m.t(`choices.yes_no.${v}`);
  if (kind === 'choice') return m.t(`choices.${id}.${v}`);
  if (v === 'still_working') return m.t('choices.end_date.still_working');
  if (v === 'not_paid') return m.t('choices.final_pay_days.not_paid');
  if (kind === 'weekdays' && Array.isArray(v)) {
    return v.length
      ? (v as string[]).map((w) => m.t(`choices.weekdays.${w}`)).join(', ')
      : m.t('answer.none');
  }
  if (kind === 'wage_changes' && Array.isArray(v)) {
    if (!v.length) return m.t('answer.none');
    return (v as { from: string; amount: number }[])
      .map((c) => m.t('answer.wage_change', { from: c.from, amount: baht(c.amount) }))
      .join('; ');
  }
  if ((kind === 'dates' || kind === 'codes') && Array.isArray(v))
    return v.length ? (v as string[]).join(', ') : m.t('answer.none');
  if (kind === 'deductions' && Array.isArray(v)) {
    if (!v.length) return m.t('answer.none');
    return (v as { amount: number; purpose: string; note?: string; from?: string; to?: string }[])
      .map(
        (x) =>
          m.t('answer.deduction', {
            amount: baht(x.amount),
            purpose: m.t(`choices.deduction_purposes.${x.purpose}`),
            note: x.note ? ` (${o.withhold ? m.t('answer.redacted') : x.note})` : '',
          }) +
          (x.from || x.to
            ? ` ${m.t('answer.deduction_when', { from: x.from ?? '…', to: x.to ?? '…' })}`
            : ''),
      )
      .join('; ');
  }
  return String(v);
}

/** Why a check was undetermined, in the packet's language: the reason catalogue has en and th. */
function reasonIn(u: Undetermined, lang: string): string {
  if (lang === 'en') return u.reason;
  if (lang === 'th' && u.reasons) return u.reasons.map((r) => reasonText(r, 'th')).join('; ');
  return '';
}

/**
 * A finding's own sentence, in the languages the rule pack writes them in (en, th), without the
 * synthetic worker id in front; in any other language nothing, so that a worker's packet never
 * switches to English mid-page (the heading and the amounts say what it is).
 */
function findingText(f: Finding, lang: string): string {
  if (lang !== 'en' && lang !== 'th') return '';
  const text = lang === 'th' ? f.message_th : f.message;
  return text.startsWith(`${WORKER_ID}: `) ? text.slice(WORKER_ID.length + 2) : text;
}

/** Hours in the packet's language: "16 h" in English, "16 ชม." in Thai, the bare figure otherwise. */
function hoursIn(minutes: number, lang: string): string {
  const text = hoursText(minutes);
  if (lang === 'en') return text;
  if (lang === 'th') return thaiHours(text);
  return String(Math.round((minutes / 60) * 100) / 100);
}

/** A Wage Committee notification as the Thai packet names it: "No.13 B.E. 2567" -> "ฉบับที่ 13 พ.ศ. 2567". */
const notificationIn = (key: string, lang: string): string =>
  lang === 'th' ? key.replace(/No\.\s*(\d+) B\.E\. (\d{4})/, 'ฉบับที่ $1 พ.ศ. $2') : key;

type Params = Record<string, unknown>;
const paramValue = (p: unknown): string | number | undefined =>
  typeof p === 'object' && p !== null && 'value' in p ? (p as { value: number | string }).value : undefined;

/** The first amount of a violation worked out step by step, from the finding's own figures. */
function calculation(
  f: Finding,
  rule: LoadedRule,
  a: Account,
  asOf: string,
  periods: Map<string, PayPeriod>,
  m: Messages,
  data: ScreenData,
): string[] {
  const steps: string[] = [];
  const p = f.params as Params;
  const money = (s: number | undefined) => baht(s ?? 0);
  const common = {
    start: f.period?.start ?? f.date ?? '',
    end: f.period?.end ?? f.date ?? '',
    entitled: money(f.entitled_satang),
    paid: money(f.paid_satang),
    owed: money(f.owed_satang),
  };
  const period = f.period ? periods.get(`${f.period.start}|${f.period.end}`) : undefined;
  switch (rule.check) {
    case 'minimum-wage': {
      for (const r of (p.minimum_wage as { value: number; from: string; source: string }[]) ?? []) {
        steps.push(
          m.t('calc.mw_rate', { value: r.value, from: r.from, source: notificationIn(r.source, m.code) }),
        );
      }
      const worked = period?.days.filter((x) => x.day_type === 'work' && x.workedMin > 0) ?? [];
      if (p.wage_type === 'monthly')
        steps.push(
          m.t(p.part_month_days ? 'calc.mw_monthly_part' : 'calc.mw_monthly', {
            ...common,
            divisor: paramValue(p.divisor) ?? '',
            part_days: Number(p.part_month_days ?? 0),
          }),
        );
      else if (p.wage_type === 'hourly' && p.hourly_pro_rata === true) {
        const normal = worked.reduce((x, w) => x + w.normalMin, 0);
        steps.push(
          m.t('calc.mw_hourly', {
            ...common,
            hours: hoursIn(normal, m.code),
            limit: worked.length ? worked[0].limitMin / 60 : '',
          }),
        );
      } else steps.push(m.t('calc.mw_daily', { ...common, days: worked.length }));
      steps.push(m.t('calc.paid_owed', common));
      break;
    }
    case 'premium-pay': {
      const mw = paramValue(p.minimum_wage);
      const rateData = {
        wage: baht(Math.round(Number(p.wage_rate ?? 0) * 100)),
        divisor: paramValue(p.monthly_wage_divisor) ?? '',
        // Only the monthly wording shows it; the divisor is then always among the params.
        daily: baht(
          Math.round((Number(p.wage_rate ?? 0) * 100) / Number(paramValue(p.monthly_wage_divisor) ?? 1)),
        ),
        minimum_wage: mw ?? m.t('calc.no_minimum_wage'),
        normal_hours: String(p.normal_hours ?? ''),
        rate: String(p.hourly_rate ?? ''),
      };
      steps.push(m.t(`calc.rate_${String(p.wage_type)}`, rateData));
      const which = String(rule.options.entitlement ?? 'overtime');
      const minutes =
        period?.days.reduce(
          (x, w) =>
            x +
            (which === 'overtime'
              ? w.overtimeMin
              : which === 'holiday'
                ? w.holidayMin
                : w.holidayOvertimeMin),
          0,
        ) ?? 0;
      const multKey = Object.keys(p).find(
        (k) => k.endsWith('multiplier') || k.startsWith('holiday_multiplier'),
      );
      steps.push(
        m.t('calc.premium', {
          ...common,
          hours: hoursIn(minutes, m.code),
          rate: rateData.rate,
          multiplier: paramValue(p[multKey ?? '']) ?? '',
        }),
      );
      steps.push(m.t('calc.paid_owed', common));
      break;
    }
    case 'deductions': {
      if (p.items === undefined) {
        const purposes = known(a.deductions)
          ? a.deductions
              .filter((x) => data.purposes[x.purpose] === 'deduction_other')
              .map((x) => m.t(`choices.deduction_purposes.${x.purpose}`))
              .join(', ')
          : '';
        steps.push(m.t('calc.deduction_other', { ...common, purposes }));
      } else steps.push(m.t('calc.deduction_cap', common));
      break;
    }
    case 'pay-interval':
      steps.push(m.t('calc.unpaid', common));
      break;
    default:
      if (f.owed_satang) steps.push(m.t('calc.paid_owed', common));
      else steps.push(findingText(f, m.code) || m.t(`rules.${rule.id}.title`));
  }
  const interest = p.interest as { value: number; days: number; due: string; as_of: string } | undefined;
  if (f.interest_satang && interest) {
    steps.push(
      m.t('calc.interest', {
        rate: Number(interest.value) * 100,
        owed: common.owed,
        days: interest.days,
        due: interest.due,
        as_of: interest.as_of ?? asOf,
        interest: money(f.interest_satang),
      }),
    );
  }
  return steps;
}
