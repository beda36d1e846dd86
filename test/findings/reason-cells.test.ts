import { describe, expect, it } from 'vitest';
import {
  cellKind,
  nested,
  type Reason,
  reason,
  reasonText,
  reasonTexts,
  said,
} from '../../src/findings/reasons.js';
import { pseudonym, redact } from '../../src/findings/redact.js';
import type { Result } from '../../src/findings/result.js';
import { FORMATS, render } from '../../src/report/index.js';
import { result, rules } from '../report/helpers.js';

// A reason says which of its values it copied from a cell of the input (findings/reasons.ts,
// `cells`); --redact drops those and pseudonymises ids wherever a reason stands, and the
// human formats render Thai from the params. Every reason of the catalogue is planted with a
// sentinel in each of its cells, in every structure of the result that carries a reason, on its
// own and said inside another one; no format, in English or Thai, may show the sentinel.

const KEY = 'correct horse battery staple';
const SECRET = 'Qzqzcellsentinel';
const ID = 'E01';
const placeholders = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);

/** A reason with every placeholder filled: the sentinel in each cell (its Thai form too). */
function planted(id: string): Reason {
  const t = reasonTexts()[id]!;
  const params: Record<string, string> = {};
  for (const k of new Set([...placeholders(t.en), ...placeholders(t.th)])) {
    const base = k.endsWith('_th') && cellKind(id, k) ? k.slice(0, -3) : k;
    const kind = cellKind(id, base);
    params[base] = kind === 'text' ? `${SECRET} ${base}` : kind === 'id' ? ID : `plain ${base}`;
    if (kind === 'text') params[`${base}_th`] = `${SECRET} ${base} ไทย`;
  }
  return reason(id, params);
}

const withCells = Object.keys(reasonTexts()).filter((id) => reasonTexts()[id]!.cells);

describe('the cells a reason copies', () => {
  it('are declared for every value a rejected row quotes, and for the places, titles and ids a reason names', () => {
    for (const [id, t] of Object.entries(reasonTexts()))
      if (placeholders(t.en).includes('value')) expect(cellKind(id, 'value'), id).toBe('text');
    for (const [id, param] of [
      ['unknown_province', 'province'],
      ['unknown_district', 'district'],
      ['unknown_sector', 'sector'],
      ['unknown_sector_one', 'sector'],
      ['period_from_title', 'text'],
      ['wage_type_values_from_header', 'example'],
      ['before_min_work_age', 'birthday'],
      ['end_not_after_start', 'start'],
      ['stretch_a_day_or_more', 'start'],
    ])
      expect(cellKind(id!, param!), `${id}.${param}`).toBe('text');
    expect(cellKind('duplicate_employee', 'id')).toBe('id');
    expect(cellKind('unknown_employee', 'id')).toBe('id');
    expect(cellKind('unknown_district', 'district_th')).toBe('text');
    expect(cellKind('unknown_district', 'province')).toBeUndefined();
  });

  it('are placeholders of the reason, a text cell in quotes in both languages (a reason said in another loses it there)', () => {
    for (const id of withCells) {
      const t = reasonTexts()[id]!;
      for (const [param, kind] of Object.entries(t.cells!)) {
        expect([...placeholders(t.en), ...placeholders(t.th)], `${id}.${param}`).toContain(param);
        if (kind !== 'text') continue;
        for (const lang of ['en', 'th'] as const)
          expect(t[lang], `${id}.${param} (${lang})`).toContain(`"{${param}}"`);
      }
    }
  });
});

describe('--redact and the cells of reasons', () => {
  const r = result();
  const own = withCells.map(planted);
  // Said inside another reason, the cell is in its words only.
  const inner = own.flatMap((x) => [
    nested('s62_undetermined', x),
    said(reasonText(x), reasonText(x, 'th')),
    reason('and_also', { reason: reasonText(x), reason_th: reasonText(x, 'th'), columns: 'a, b' }),
  ]);
  const all = [...own, ...inner];
  const signals: NonNullable<Result['signals']> = r.signals ?? {
    note: '',
    note_th: '',
    source: '',
    raised: [],
    undetermined: [],
  };
  const leaky: Result = {
    ...r,
    undetermined: [
      ...r.undetermined,
      ...all.map((x) => ({
        rule: 'lpa-90-minimum-wage',
        employee_id: ID,
        reason: reasonText(x),
        reasons: [x],
      })),
    ],
    rejected: [
      ...r.rejected,
      ...all.map((x, i) => ({
        file: r.inputs[0]!.file,
        row: 100 + i,
        column: 'x',
        reason: reasonText(x),
        why: x,
      })),
    ],
    warnings: [...r.warnings, ...all.map((x) => ({ message: reasonText(x), why: x }))],
    signals: {
      ...signals,
      undetermined: [
        ...signals.undetermined,
        ...all.map((x) => ({
          indicator: 'debt-bondage',
          trigger: 't',
          reason: reasonText(x),
          why: x,
          employees: 1,
        })),
      ],
    },
  };
  const out = redact(leaky, { key: Buffer.from(KEY), source: 'given' });

  it('the run as it is shows the sentinel, so that the test would see a leak', () => {
    expect(JSON.stringify(leaky)).toContain(SECRET);
    expect(render('text', leaky as never, { rules, lang: 'th' })).toContain(SECRET);
  });

  it('drops every cell from the params and the words, in every format, in English and Thai', () => {
    expect(JSON.stringify(out)).not.toContain(SECRET);
    for (const lang of ['en', 'th'] as const)
      for (const f of FORMATS) expect(render(f, out, { rules, lang }), `${f} ${lang}`).not.toContain(SECRET);
  });

  it('says a dropped cell as "…", as a rejected row says its value, and an id as its pseudonym', () => {
    const w = out.warnings.find((x) => x.why?.id === 'unknown_district')!;
    expect(w.why!.params!.district).toBe('…');
    expect(w.why!.params!.province).toBe('plain province');
    expect(reasonText(w.why!, 'th')).toContain('"…"');
    const d = out.rejected.find((x) => x.why?.id === 'duplicate_employee')!;
    expect(d.why!.params!.id).toBe(pseudonym(Buffer.from(KEY), ID));
  });
});
