import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { render, renderThai } from '../../src/evaluate/messages.js';
import { thaiHours } from '../../src/findings/reasons.js';

// Messages are rendered from templates split once into text and placeholders; these hold the
// result to the plain reading: every {name} replaced by its value, an unknown one left as written.

const reference = (template: string, data: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (m, k: string) => (k in data ? String(data[k]) : m));

/** The Thai values: `x_th` in place of `x`, hours said in Thai. */
function thaiValues(data: Record<string, string | number>): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(data)) out[k] = typeof v === 'string' ? thaiHours(v) : v;
  for (const [k, v] of Object.entries(data)) if (k.endsWith('_th')) out[k.slice(0, -3)] = v;
  return out;
}

const key = fc.constantFrom('hours', 'days', 'wage_type', 'wage_type_th', 'x', 'x_th', 'employee', 'rate');
const value = fc.oneof(
  fc.constantFrom('16 h', '8 h 30 min', 'monthly', 'รายเดือน', '{days}', '$&', ''),
  fc.integer({ min: -5, max: 100_000 }),
  fc.string({ maxLength: 6 }),
);
const data = fc.dictionary(key, value, { maxKeys: 6 });
const template = fc
  .array(
    fc.oneof(
      fc.string({ maxLength: 5 }),
      key.map((k) => `{${k}}`),
      fc.constantFrom('{', '}', '{}', '{ x}'),
    ),
    {
      maxLength: 8,
    },
  )
  .map((parts) => parts.join(''));

describe('message templates', () => {
  it('render replaces each known placeholder and keeps unknown ones as written', () => {
    fc.assert(
      fc.property(template, data, (t, d) => {
        expect(render(t, d)).toBe(reference(t, d));
      }),
      { numRuns: 3000 },
    );
    expect(render('{days} days at {rate}, {none}', { days: 3, rate: '1.50' })).toBe('3 days at 1.50, {none}');
  });

  it('the Thai message takes x_th for x and says hours in Thai', () => {
    fc.assert(
      fc.property(template, data, (t, d) => {
        expect(renderThai(t, d)).toBe(reference(t, thaiValues(d)));
      }),
      { numRuns: 3000 },
    );
    expect(
      renderThai('{hours} {wage_type} {wage_type_th}', {
        hours: '16 h',
        wage_type: 'monthly',
        wage_type_th: 'รายเดือน',
      }),
    ).toBe('16 ชม. รายเดือน รายเดือน');
  });
});
