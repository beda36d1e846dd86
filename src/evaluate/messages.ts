// A finding's message in English and Thai from its rule's template and the check's data.
import { thaiHours } from '../findings/reasons.js';

export const EN_PLURAL = new Intl.PluralRules('en');
const MAYBE_ONE = /[01] (?:day|hour|week|month|employee|finding|row|time|minute|traditional holiday)s\b/;
/**
 * Rule templates say "{days} days": where the number is one, the noun is made singular
 * ("1 day worked"), by Intl.PluralRules rather than a test for 1.
 */
export function englishPlurals(text: string): string {
  // Only a number equal to one changes its noun ("1", "01", "1.0"): its last digit is a 1, or a
  // 0 after the point. A message with no such digit before a plural noun has nothing to change.
  if (!MAYBE_ONE.test(text)) return text;
  return text.replace(
    /\b(\d+(?:\.\d+)?) (day|hour|week|month|employee|finding|row|time|minute|traditional holiday)s\b/g,
    (m, n: string, noun: string) => (EN_PLURAL.select(Number(n)) === 'one' ? `${n} ${noun}` : m),
  );
}

export function render(template: string, data: Record<string, string | number>): string {
  let text = '';
  for (const part of compiled(template))
    text += typeof part === 'string' ? part : part.key in data ? String(data[part.key]) : part.raw;
  return text;
}

/**
 * A finding's Thai message: a value `x` given in Thai as `x_th` takes its place, and hours
 * written by `hoursText` ("16 h") are said in Thai ("16 ชม.").
 */
export function renderThai(template: string, data: Record<string, string | number>): string {
  let text = '';
  for (const part of compiled(template)) {
    if (typeof part === 'string') text += part;
    else if (Object.hasOwn(data, part.th)) text += String(data[part.th]);
    else if (Object.hasOwn(data, part.key)) {
      const v = data[part.key];
      text += String(typeof v === 'string' ? thaiHours(v) : v);
    } else text += part.key in data ? String(data[part.key]) : part.raw;
  }
  return text;
}

// A template split once into its text and its {placeholders}: a run renders the same few
// dozen templates for every finding.
type Part = string | { key: string; th: string; raw: string };
const templates = new Map<string, Part[]>();
function compiled(template: string): Part[] {
  let parts = templates.get(template);
  if (parts) return parts;
  parts = [];
  const placeholder = /\{(\w+)\}/g;
  let at = 0;
  for (let m = placeholder.exec(template); m; m = placeholder.exec(template)) {
    if (m.index > at) parts.push(template.slice(at, m.index));
    parts.push({ key: m[1], th: `${m[1]}_th`, raw: m[0] });
    at = m.index + m[0].length;
  }
  if (at < template.length) parts.push(template.slice(at));
  if (templates.size >= 10_000) templates.clear();
  templates.set(template, parts);
  return parts;
}
