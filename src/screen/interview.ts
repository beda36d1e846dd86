import { WEEKDAYS } from '../base/calendar.js';
import {
  type Account,
  type AnswerContext,
  crossCheck,
  FIELDS,
  type Invalid,
  parseAnswer,
  UNKNOWN,
} from './account.js';
import type { Messages, ScreenData } from './data.js';
import { isAsked } from './synthesize.js';

// The interactive screen: the questions of rules/screen/questions.yaml asked one by one in
// the caseworker's language, each answer checked by the account schema's own parser (and
// the checks across answers) before the next question. Every question takes "don't know".

/** Where prompts read and write; tests pass streams, the CLI leaves it to the terminal. */
export interface PromptContext {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  clearPromptOnDone?: boolean;
}

/** The prompt functions used, with @inquirer/prompts' signatures. */
export interface Prompts {
  input(
    config: {
      message: string;
      validate?: (v: string) => boolean | string;
      theme?: { validationFailureMode: 'clear' | 'keep' };
    },
    context?: PromptContext,
  ): Promise<string>;
  select<V extends string>(
    config: { message: string; choices: { name: string; value: V }[]; loop?: boolean },
    context?: PromptContext,
  ): Promise<V>;
}

export async function inquirerPrompts(): Promise<Prompts> {
  // Loaded only when the interview runs: the rest of the CLI never needs it.
  const m = await import('@inquirer/prompts');
  return { input: m.input as Prompts['input'], select: m.select as Prompts['select'] };
}

const DK = '__unknown__';
const NO_ANSWER = '__no_answer__';

export async function interview(
  data: ScreenData,
  m: Messages,
  ctx: AnswerContext,
  prompts: Prompts,
  context: PromptContext = {},
): Promise<Account> {
  const answers: Account = {};
  const out = context.output ?? process.stdout;
  const message = (id: keyof Account) => m.t(`questions.${id}.ask`);
  const invalidText = (i: Invalid) => m.t(`invalid.${i.key}`, i.data ?? {});
  const unknownChoice = { name: m.t('interview.unknown_choice'), value: DK };
  const yesNo = [
    { name: m.t('choices.yes_no.yes'), value: 'yes' },
    { name: m.t('choices.yes_no.no'), value: 'no' },
    unknownChoice,
  ];

  /** Parses a typed reply for a field, with the checks across the answers given so far. */
  const check = (
    id: keyof Account,
    reply: string,
  ): { ok: true; value: unknown } | { ok: false; message: string } => {
    const r = parseAnswer(id, typeof reply === 'string' ? localWeekdays(id, reply, m) : reply, ctx);
    if (!r.ok) return { ok: false, message: invalidText(r.invalid) };
    const clash = crossCheck({ ...answers, [id]: r.value }, ctx).find((p) => p.field === id);
    if (clash) return { ok: false, message: invalidText(clash.invalid) };
    return r;
  };
  const ask = async (id: keyof Account, label = message(id)): Promise<unknown> => {
    const plain = FIELDS[id].plain === true;
    let parsed: unknown;
    await prompts.input(
      {
        message: plain ? label : `${label} ${m.t('interview.unknown_hint')}`,
        theme: { validationFailureMode: 'clear' },
        validate: (v) => {
          const r = check(id, v);
          if (!r.ok) return r.message;
          parsed = r.value;
          return true;
        },
      },
      context,
    );
    return parsed;
  };
  const choose = async (label: string, choices: { name: string; value: string }[]) =>
    prompts.select({ message: label, choices, loop: false }, context);
  /**
   * A yes/no question with no answer preselected (threats, violence, deductions): the list
   * opens on a line that is no answer, and choosing it asks again, so that a stray Enter never
   * records "yes" or "no"; "don't know" is an answer.
   */
  const chooseRequired = async (label: string): Promise<string> => {
    const choices = [{ name: m.t('interview.choose_answer'), value: NO_ANSWER }, ...yesNo];
    for (;;) {
      const v = await choose(label, choices);
      if (v !== NO_ANSWER) return v;
      out.write(`${m.t('interview.answer_required')}\n`);
    }
  };

  out.write(`${m.t('interview.intro')}\n`);
  let section = '';
  for (const q of data.questions) {
    if (!isAsked(q, answers)) continue;
    if (q.section !== section) {
      section = q.section;
      out.write(`\n== ${m.t(`sections.${section}`)} ==\n`);
    }
    const spec = FIELDS[q.id];
    let value: unknown;
    if (spec.kind === 'yes_no')
      value = q.answer_required ? await chooseRequired(message(q.id)) : await choose(message(q.id), yesNo);
    else if (spec.kind === 'choice') {
      value = await choose(message(q.id), [
        ...spec.choices!.map((c) => ({ name: m.t(`choices.${q.id}.${c}`), value: c })),
        unknownChoice,
      ]);
    } else if (spec.kind === 'end_date') {
      value = await choose(message(q.id), [
        { name: m.t('interview.end_still'), value: 'still_working' },
        { name: m.t('interview.end_left'), value: 'left' },
        unknownChoice,
      ]);
      if (value === 'left') value = await ask(q.id, m.t('interview.end_left_date'));
    } else if (spec.kind === 'final_pay') {
      value = await choose(message(q.id), [
        { name: m.t('interview.final_not_paid'), value: 'not_paid' },
        { name: m.t('interview.final_days'), value: 'days' },
        unknownChoice,
      ]);
      if (value === 'days') value = await ask(q.id, m.t('interview.final_days_count'));
    } else if (spec.kind === 'deductions') value = await askDeductions(q.answer_required);
    else value = await ask(q.id);
    if (value === DK) value = UNKNOWN;
    if (value !== undefined) (answers as Record<string, unknown>)[q.id] = value;
  }
  out.write(`\n${m.t('interview.done')}\n`);
  return answers;

  async function askDeductions(required: boolean): Promise<unknown> {
    const label = m.t('interview.deductions_any');
    const any = required ? await chooseRequired(label) : await choose(label, yesNo);
    if (any !== 'yes') return any === 'no' ? [] : DK;
    const list: { amount: string; purpose: string; note?: string; from?: string; to?: string }[] = [];
    for (;;) {
      let amount = '';
      await prompts.input(
        {
          message: m.t('interview.deduction_amount'),
          theme: { validationFailureMode: 'clear' },
          validate: (v) => {
            const r = parseAnswer('overtime_pay_per_month', v, { ...ctx, unknownWords: new Set() });
            if (!r.ok || r.value === 0 || r.value === undefined) return m.t('invalid.money', { value: v });
            amount = v;
            return true;
          },
        },
        context,
      );
      const purpose = await choose(
        m.t('interview.deduction_purpose'),
        ctx.purposes.map((p) => ({ name: m.t(`choices.deduction_purposes.${p}`), value: p })),
      );
      const note = (await prompts.input({ message: m.t('interview.deduction_note') }, context)).trim();
      const when: { from?: string; to?: string } = {};
      for (const k of ['from', 'to'] as const) {
        const v = (
          await prompts.input(
            {
              message: m.t(`interview.deduction_${k}`),
              theme: { validationFailureMode: 'clear' },
              validate: (x) => {
                if (x.trim() === '') return true;
                const r = parseAnswer('start_date', x, { ...ctx, unknownWords: new Set() });
                return r.ok ? true : m.t('invalid.month_or_date');
              },
            },
            context,
          )
        ).trim();
        if (v) when[k] = v;
      }
      list.push({ amount, purpose, ...(note ? { note } : {}), ...when });
      if ((await choose(m.t('interview.deduction_more'), yesNo.slice(0, 2))) !== 'yes') break;
    }
    const r = parseAnswer('deductions', list, ctx);
    return r.ok ? r.value : [];
  }
}

/** Weekday names typed in the caseworker's language become the account's English ids. */
function localWeekdays(id: keyof Account, reply: string, m: Messages): string {
  if (FIELDS[id].kind !== 'weekdays') return reply;
  let text = reply;
  for (const w of WEEKDAYS) {
    const local = m.t(`choices.weekdays.${w}`);
    if (local && local !== w) text = text.split(local).join(` ${w} `);
  }
  return text;
}
