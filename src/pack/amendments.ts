import { addDays } from '../base/calendar.js';
import type { Amendment, RulePack } from './load.js';

/** The dates a report checked: the first and last work day or pay-period day of the input. */
export interface DateSpan {
  from: string;
  to: string;
}

/** An amendment as applied to part of the dates checked. */
export interface AmendmentUse {
  /** undefined: the text before the pack's first listed amendment. */
  amendment?: Amendment;
  from: string;
  to: string;
}

/**
 * The amendments in force on the dates checked, in date order: the one in force on the first
 * day, then each that came into force by the last (a report on dates from No.9 on must not
 * call itself "as amended to No.7").
 */
export function amendmentsInForce(pack: RulePack, span: DateSpan): AmendmentUse[] {
  const list = pack.amendments;
  const out: AmendmentUse[] = [];
  const first = list.filter((a) => a.from <= span.from).at(-1);
  out.push({ amendment: first, from: span.from, to: span.to });
  for (const a of list) {
    if (a.from <= span.from || a.from > span.to) continue;
    out[out.length - 1].to = addDays(a.from, -1);
    out.push({ amendment: a, from: a.from, to: span.to });
  }
  return out;
}

/** The title of a report: the Act and the amendments in force on the dates checked. */
export function reportTitle(pack: RulePack, span: DateSpan | undefined, lang: 'en' | 'th'): string {
  if (!span || pack.amendments.length === 0) return pack.title[lang];
  const act = lang === 'th' ? (pack.actTh ?? pack.act) : pack.act;
  const uses = amendmentsInForce(pack, span);
  const first = pack.amendments[0].name[lang];
  const parts = uses.map((u) => {
    const name = u.amendment
      ? lang === 'th'
        ? `แก้ไขเพิ่มเติมถึง${u.amendment.name.th}`
        : `as amended to ${u.amendment.name.en}`
      : lang === 'th'
        ? `ก่อน${first}`
        : `before ${first}`;
    return uses.length === 1 ? name : `${name} (${u.from} ${lang === 'th' ? 'ถึง' : 'to'} ${u.to})`;
  });
  const checked =
    lang === 'th' ? `วันที่ตรวจ ${span.from} ถึง ${span.to}` : `dates checked ${span.from} to ${span.to}`;
  return `${act}, ${parts.join(lang === 'th' ? ' และ ' : '; ')}; ${checked}`;
}
