import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UserError } from '../src/errors.js';
import { baht, Ratio, satangOf } from '../src/findings/money.js';
import { parseTable, type Warning } from '../src/parse/ingest.js';
import { parseDate, parseMoney, parseTime, parseYesNo } from '../src/parse/values.js';
import { decode, tableOfText } from '../src/read/table.js';

// Any bytes in: a typed record or a located rejection out, never a throw (style.md).

describe('cell parsers never throw', () => {
  it.each([
    ['date', parseDate],
    ['time', parseTime],
    ['money', parseMoney],
    ['yes/no', parseYesNo],
  ] as const)('%s', (_n, p) => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const r = p(s);
        expect(typeof r.ok).toBe('boolean');
        if (!r.ok) expect(r.error.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe('dates', () => {
  it('round-trip every real date, C.E. and B.E., ISO and day first', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1950-01-01'), max: new Date('2090-12-31'), noInvalidDate: true }),
        (d) => {
          const iso = d.toISOString().slice(0, 10);
          const [y, m, day] = iso.split('-');
          expect(parseDate(iso)).toEqual({ ok: true, value: iso });
          expect(parseDate(`${day}/${m}/${Number(y) + 543}`)).toEqual({ ok: true, value: iso });
          expect(parseDate(`${Number(day)}/${Number(m)}/${y}`)).toEqual({ ok: true, value: iso });
        },
      ),
    );
  });
  it('rejects impossible dates', () => {
    expect(parseDate('31/02/2568').ok).toBe(false);
    expect(parseDate('2025-02-29').ok).toBe(false);
    expect(parseDate('29/02/2567')).toEqual({ ok: true, value: '2024-02-29' });
  });
  it('reads Thai digits', () => expect(parseDate('๓๑/๐๗/๒๕๖๘')).toEqual({ ok: true, value: '2025-07-31' }));
});

describe('money', () => {
  it('round-trips any satang amount through its baht text', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), (n) => {
        expect(parseMoney(baht(n))).toEqual({ ok: true, value: n });
        expect(satangOf((n / 100).toFixed(2))).toBe(n);
      }),
    );
  });
  it('rejects letters, negatives and a third decimal', () => {
    for (const s of ['20OOO', '-5', '1.234', '1,23', '']) expect(parseMoney(s).ok).toBe(false);
  });
  it('rounds half up once', () => {
    expect(new Ratio(5n, 2n).roundHalfUp()).toBe(3);
    expect(new Ratio(49999n, 10000n).roundHalfUp()).toBe(5);
    expect(new Ratio(44999n, 10000n).roundHalfUp()).toBe(4);
    expect(Ratio.decimal('187.5').mul(100).roundHalfUp()).toBe(18750);
  });
});

describe('tables', () => {
  it('any bytes give rows or a one-line user error, and counts reconcile', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const header = new TextEncoder().encode('employee_id,date,start,end\n');
        const all = new Uint8Array([...header, ...bytes]);
        try {
          const t = tableOfText('hours.csv', decode(all).text);
          const warnings: Warning[] = [];
          const p = parseTable(t, 'hours', warnings);
          expect(p.stats.rows_read).toBe(p.stats.rows_used + p.stats.rows_rejected + p.stats.rows_skipped);
          for (const r of p.rejected) expect(r.row).toBeGreaterThan(1);
        } catch (e) {
          expect(e).toBeInstanceOf(UserError);
          expect((e as Error).message).not.toContain('\n');
        }
      }),
      { numRuns: 300 },
    );
  });
  it('any cells in a well-formed CSV give typed rows or located rejections', () => {
    const cell = fc.string({ maxLength: 12 }).map((s) => `"${s.replace(/"/g, '""')}"`);
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell, cell, cell, cell), { maxLength: 20 }), (rows) => {
        const text = `employee_id,period_start,period_end,pay_date,base_pay\n${rows.map((r) => r.join(',')).join('\n')}`;
        const p = parseTable(tableOfText('payroll.csv', text), 'payroll', []);
        expect(p.stats.rows_read).toBe(p.stats.rows_used + p.stats.rows_rejected + p.stats.rows_skipped);
        for (const r of p.rejected) expect(r.reason.length).toBeGreaterThan(0);
        for (const r of p.records) expect(Number.isInteger(r.base_pay)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
