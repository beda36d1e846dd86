import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkData, readDataSet, resolveInputs } from '../../src/api.js';
import { publish } from '../../src/findings/redact.js';
import { loadPack } from '../../src/pack/load.js';
import { html, htmlParts } from '../../src/report/html.js';
import { employeesOf } from '../../src/report/source.js';

// A run of 20,000 employees has hundreds of thousands of undetermined rules and may have as many
// rejected rows: the HTML report gives their tables out a thousand rows at a time, so that no
// part of the page is one string of the whole table.

describe('long tables of the HTML report in parts', () => {
  const pack = loadPack();
  const base = checkData(readDataSet(resolveInputs({ dir: join('examples', 'demo-factory') })), pack, {
    asOf: '2025-12-31',
  });
  const many = 2_500;
  const result = publish({
    ...base,
    undetermined: Array.from({ length: many }, (_, i) => ({
      rule: 'lpa-90-minimum-wage',
      employee_id: `U${String(i).padStart(5, '0')}`,
      reason: `reason number ${i}`,
    })),
    rejected: Array.from({ length: many }, (_, i) => ({
      file: 'hours.csv',
      row: i + 2,
      column: 'date',
      reason: `rejected number ${i}`,
    })),
  });

  it('every row once, in order, and no part holds more than a thousand of them', () => {
    const parts = [...htmlParts(result, employeesOf(result))];
    const page = parts.join('');
    expect(page).toBe(html(result));
    for (const what of ['reason number', 'rejected number']) {
      let at = 0;
      for (let i = 0; i < many; i++) {
        const next = page.indexOf(`${what} ${i}<`, at);
        expect(next).toBeGreaterThan(at);
        at = next;
      }
      const most = Math.max(...parts.map((p) => p.split(`${what} `).length - 1));
      expect(most).toBeLessThanOrEqual(1000);
      expect(most).toBeGreaterThan(0);
    }
    // The table's lines are joined as one page would join them: one row a line.
    expect(page).toContain('reason number 999</td></tr>\n<tr><td>');
    expect(page).toContain('rejected number 1999</td></tr>\n<tr><td class="nw">');
  });
});
