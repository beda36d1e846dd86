import { baht } from '../findings/money.js';
import type { Money, Packet } from './packet.js';

// Claim packet layouts: functions of the packet, which already holds every word in the
// chosen language. HTML escapes every value taken from the account or the data files.

export type PacketFormat = 'md' | 'html' | 'json';
export const PACKET_FORMATS: PacketFormat[] = ['md', 'html', 'json'];

/** Occurrences listed in full up to this many; the rest are counted. */
const SHOWN = 10;

const amount = (m: Money | null, p: Packet) => (m ? `${baht(m.owed_satang)} ${p.labels.baht}` : '–');
const interest = (m: Money | null, p: Packet) => (m ? `${baht(m.interest_satang)} ${p.labels.baht}` : '–');

export function json(p: Packet): string {
  return `${JSON.stringify(p, null, 2)}\n`;
}

/** Markdown: text as given, with the characters that would change the layout escaped. */
const md = (s: string) => s.replace(/([\\`*_[\]<>|#])/g, '\\$1').replace(/\r?\n/g, ' ');

export function markdown(p: Packet): string {
  const L = p.labels;
  const out: string[] = [];
  const line = (s = '') => out.push(s);
  line(`# ${md(L.title)}${p.reference ? `: ${md(p.reference)}` : ''}`);
  line();
  line(
    `${md(L.as_of)}: ${p.as_of} · ${md(L.tool)} ${md(p.tool.name)} ${md(p.tool.version)}, ${md(p.ruleset.id)} ${md(p.ruleset.version)}`,
  );
  line();
  line(`> ${md(L.disclaimer)}`);
  line();
  // The bottom line first: what is owed, the signs of forced labour, what to do and whom to call.
  line(`## ${md(L.bottom_line)}`);
  line();
  line(
    `**${md(L.estimate)}: ${md(L.likely)} ${amount(p.totals.likely, p)}; ${md(L.minimum)} ${amount(p.totals.minimum, p)}** (${md(L.interest)} ${interest(p.totals.likely, p)})`,
  );
  line();
  if (p.signals.length) {
    line(`${md(L.signals)}: **${p.signals.map((s) => md(s.title)).join(', ')}**`);
    line();
  }
  line(
    `${md(L.referrals)}: ${p.referrals.map((r) => `${r.phone ? `**${md(r.phone)}** ` : ''}${md(r.name)}`).join(' · ')}`,
  );
  line();
  line(`## ${md(L.signals)}`);
  line();
  line(md(L.signals_note));
  line();
  if (!p.signals.length) line(md(L.no_signals));
  for (const s of p.signals) {
    line(`### ${md(s.title)}`);
    line();
    line(md(s.explain));
    line();
    for (const b of s.because) line(`- ${md(b)}`);
    for (const l of s.law)
      line(`- ${md(L.law)}: ${md(l.note)} (${md(l.act)}; ${md(L.source)}: ${md(l.source)})`);
    line();
  }
  if (p.not_assessed.length) {
    line(`${md(L.not_assessed)}: ${p.not_assessed.map(md).join(', ')}`);
    line();
  }
  line(`## ${md(L.next_steps)}`);
  line();
  line(`### ${md(L.referrals)}`);
  line();
  for (const r of p.referrals) {
    line(
      `- **${md(r.name)}**${r.phone ? `, ${md(L.phone)} ${md(r.phone)}` : ''}${r.url ? `, ${md(r.url)}` : ''}: ${md(r.for)} (${md(L.source)}: ${md(r.source)})`,
    );
  }
  line();
  line(`### ${md(L.evidence)}`);
  line();
  for (const e of p.evidence) line(`- ${md(e)}`);
  line();
  line(`## ${md(L.violations)}`);
  line();
  if (!p.violations.length) line(md(L.none_found));
  else {
    line(`| ${md(L.section)} | | ${md(L.occurrences)} | ${md(L.likely)} | ${md(L.minimum)} |`);
    line('|---|---|---|---|---|');
    for (const v of p.violations) {
      line(
        `| ${md(v.section)} | ${md(v.title)} | ${v.count} | ${amount(v.likely, p)} | ${amount(v.minimum, p)} |`,
      );
    }
    line(
      `| | **${md(L.total)}** | | **${amount(p.totals.likely, p)}** | **${amount(p.totals.minimum, p)}** |`,
    );
    line(`| | ${md(L.interest)} | | ${interest(p.totals.likely, p)} | ${interest(p.totals.minimum, p)} |`);
    for (const v of p.violations) {
      line();
      line(`### ${md(v.title)}`);
      line();
      line(md(v.explain));
      if (v.at_least) {
        line();
        line(`*${md(L.at_least)}*`);
      }
      if (v.likely) {
        line();
        line(
          `${md(L.estimate)}: ${md(L.likely)} ${amount(v.likely, p)} (${md(L.interest)} ${interest(v.likely, p)}); ${md(L.minimum)} ${amount(v.minimum, p)}`,
        );
        line();
        line(`${md(L.calculation)}:`);
        line();
        for (const [i, c] of v.calculation.entries()) line(`${i + 1}. ${md(c)}`);
      }
      line();
      line(`${md(L.occurrences)} (${v.count}):`);
      line();
      for (const o of v.occurrences.slice(0, SHOWN)) {
        line(
          `- ${md(o.when)}${o.detail ? `: ${md(o.detail)}` : ''}${o.owed_satang ? ` (${md(L.owed)} ${baht(o.owed_satang)}, ${md(L.interest)} ${baht(o.interest_satang ?? 0)})` : ''}`,
        );
      }
      if (v.occurrences.length > SHOWN)
        line(`- ${md(L.more.replace('{count}', String(v.occurrences.length - SHOWN)))}`);
    }
  }
  line();
  line(`## ${md(L.facts)}`);
  for (const s of p.facts) {
    if (!s.items.length) continue;
    line();
    line(`### ${md(s.section)}`);
    line();
    for (const i of s.items) line(`- ${md(i.question)}: ${md(i.answer)}`);
  }
  line();
  line(`## ${md(L.assumptions)}`);
  line();
  for (const a of p.assumptions) line(`- ${md(a)}`);
  line();
  line(`## ${md(L.undetermined)}`);
  line();
  // The rule's title names its section already.
  for (const u of p.undetermined) line(`- ${md(u.title)}: ${md(u.reason)}`);
  if (p.warnings.length) {
    line();
    line(`## ${md(L.warnings)}`);
    line();
    for (const w of p.warnings) line(`- ${md(w)}`);
  }
  return `${out.join('\n')}\n`;
}

export function escapeHtml(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

export function html(p: Packet): string {
  const title = `${p.labels.title}${p.reference ? `: ${p.reference}` : ''}`;
  // The case and the screening date on top of every printed page, the page number at its foot.
  const running = {
    top: `${p.reference ? `${p.labels.reference} ${p.reference} · ` : ''}${p.labels.as_of} ${p.as_of}`,
    page: p.labels.page,
  };
  return htmlPage(p.language, title, htmlBody(p), running);
}

/** A CSS string literal: quotes, backslashes, angle brackets and line ends escaped. */
const cssString = (s: string) =>
  `"${s.replace(/[\\"<>\n\r]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;

/**
 * Fonts for every language a packet or report is written in: Thai first (its Latin digits are
 * fine), then the Noto faces Debian's fonts-noto-core ships for Myanmar, Khmer and Lao.
 */
export const FONT_STACK =
  '"Sarabun", "Noto Sans Thai", "Noto Sans Thai UI", "Noto Sans Myanmar", "Noto Sans Myanmar UI", "Padauk", "Noto Sans Khmer", "Noto Sans Khmer UI", "Khmer OS", "Noto Sans Lao", "Noto Sans Lao UI", "Phetsarath OT", "Noto Sans", "Leelawadee UI", "Myanmar Text", "Khmer UI", "Lao UI", "Tahoma", "Garuda", "Loma", sans-serif';

export function htmlPage(
  lang: string,
  title: string,
  body: string,
  running?: { top: string; page: string },
): string {
  const margins = running
    ? `@top-left{content:${cssString(running.top)};font-family:${FONT_STACK};font-size:8pt;color:#555}@bottom-right{content:${cssString(`${running.page} `)} counter(page) " / " counter(pages);font-family:${FONT_STACK};font-size:8pt;color:#555}`
    : '';
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(title)}</title>
<style>
body{font-family:${FONT_STACK};max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.6;color:#222}
table{border-collapse:collapse;margin:.5rem 0}td,th{border:1px solid #bbb;padding:.25rem .5rem;text-align:left;vertical-align:top}
td.n,th.n{text-align:right;white-space:nowrap}blockquote{border-left:4px solid #c60;margin:1rem 0;padding:.25rem 1rem;background:#fff7ee}
.signal{border-left:4px solid #a00;padding-left:1rem}.note{color:#555}
.bottom{border:2px solid #a33;border-radius:6px;padding:.5rem 1rem;margin:1rem 0;background:#fff8f8}
.bottom .amount{font-size:1.6rem;font-weight:700;white-space:nowrap}
.nowrap,time{white-space:nowrap}
h1,h2,h3{break-after:avoid}
@page{size:A4;margin:16mm 12mm;${margins}}
@media print{body{margin:0;max-width:none}details{display:block}details>summary{list-style:none}tr,.bottom{break-inside:avoid}}
</style>
</head>
<body>
${body}</body>
</html>
`;
}

export function htmlBody(p: Packet): string {
  const e = escapeHtml;
  const L = p.labels;
  const out: string[] = [];
  const o = (s: string) => out.push(s);
  const money = (m: Money | null) => `<span class="nowrap">${e(amount(m, p))}</span>`;
  const list = (items: string[]) => `<ul>${items.map((x) => `<li>${e(x)}</li>`).join('')}</ul>`;
  o(`<h1>${e(L.title)}${p.reference ? `: <span class="nowrap">${e(p.reference)}</span>` : ''}</h1>`);
  o(
    `<p class="note">${e(L.as_of)}: <time>${e(p.as_of)}</time> · ${e(L.tool)} ${e(p.tool.name)} ${e(p.tool.version)}, ${e(p.ruleset.id)} ${e(p.ruleset.version)}</p>`,
  );
  o(`<blockquote>${e(L.disclaimer)}</blockquote>`);
  // The bottom line first: what is owed, the signs of forced labour, what to do and whom to call.
  o(
    `<section class="bottom" id="bottom-line"><h2>${e(L.bottom_line)}</h2><p>${e(L.estimate)}: ${e(L.likely)} <span class="amount" id="likely-owed">${e(amount(p.totals.likely, p))}</span> · ${e(L.minimum)} ${money(p.totals.minimum)}</p><p class="note">${e(L.interest)}: ${e(interest(p.totals.likely, p))}</p>${p.signals.length ? `<p>${e(L.signals)}: <strong>${e(p.signals.map((s) => s.title).join(', '))}</strong></p>` : ''}<p>${e(L.referrals)}: ${p.referrals.map((r) => `${r.phone ? `<strong class="nowrap">${e(r.phone)}</strong> ` : ''}${e(r.name)}`).join(' · ')}</p></section>`,
  );
  o(`<h2>${e(L.signals)}</h2><p class="note">${e(L.signals_note)}</p>`);
  if (!p.signals.length) o(`<p>${e(L.no_signals)}</p>`);
  for (const s of p.signals) {
    o(`<div class="signal"><h3>${e(s.title)}</h3><p>${e(s.explain)}</p>`);
    o(list([...s.because, ...s.law.map((l) => `${L.law}: ${l.note} (${l.act}; ${L.source}: ${l.source})`)]));
    o('</div>');
  }
  if (p.not_assessed.length) o(`<p>${e(L.not_assessed)}: ${e(p.not_assessed.join(', '))}</p>`);
  o(`<h2 id="next-steps">${e(L.next_steps)}</h2><h3>${e(L.referrals)}</h3><ul>`);
  for (const r of p.referrals) {
    o(
      `<li><strong>${e(r.name)}</strong>${r.phone ? `, ${e(L.phone)} <a href="tel:${e(r.phone)}">${e(r.phone)}</a>` : ''}${r.url ? `, ${e(r.url)}` : ''}: ${e(r.for)} <span class="note">(${e(L.source)}: ${e(r.source)})</span></li>`,
    );
  }
  o('</ul>');
  o(`<h3>${e(L.evidence)}</h3>${list(p.evidence)}`);
  o(`<h2>${e(L.violations)}</h2>`);
  if (!p.violations.length) o(`<p>${e(L.none_found)}</p>`);
  else {
    o(
      `<table><tr><th>${e(L.section)}</th><th></th><th class="n">${e(L.occurrences)}</th><th class="n">${e(L.likely)}</th><th class="n">${e(L.minimum)}</th></tr>`,
    );
    for (const v of p.violations) {
      o(
        `<tr><td>${e(v.section)}</td><td>${e(v.title)}</td><td class="n">${v.count}</td><td class="n">${money(v.likely)}</td><td class="n">${money(v.minimum)}</td></tr>`,
      );
    }
    o(
      `<tr><th></th><th>${e(L.total)}</th><th></th><th class="n">${money(p.totals.likely)}</th><th class="n">${money(p.totals.minimum)}</th></tr>`,
    );
    o(
      `<tr><td></td><td>${e(L.interest)}</td><td></td><td class="n">${e(interest(p.totals.likely, p))}</td><td class="n">${e(interest(p.totals.minimum, p))}</td></tr></table>`,
    );
    for (const v of p.violations) {
      o(`<h3>${e(v.title)}</h3><p>${e(v.explain)}</p>`);
      if (v.at_least) o(`<p><em>${e(L.at_least)}</em></p>`);
      if (v.likely) {
        o(
          `<p>${e(L.estimate)}: ${e(L.likely)} ${money(v.likely)} (${e(L.interest)} ${e(interest(v.likely, p))}); ${e(L.minimum)} ${money(v.minimum)}</p>`,
        );
        o(`<p>${e(L.calculation)}:</p><ol>${v.calculation.map((c) => `<li>${e(c)}</li>`).join('')}</ol>`);
      }
      o(`<details><summary>${e(L.occurrences)} (${v.count})</summary><ul>`);
      for (const x of v.occurrences) {
        o(
          `<li><span class="nowrap">${e(x.when)}</span>${x.detail ? `: ${e(x.detail)}` : ''}${x.owed_satang ? ` (${e(L.owed)} ${e(baht(x.owed_satang))}, ${e(L.interest)} ${e(baht(x.interest_satang ?? 0))})` : ''}</li>`,
        );
      }
      o('</ul></details>');
    }
  }
  o(`<h2>${e(L.facts)}</h2>`);
  for (const s of p.facts) {
    if (!s.items.length) continue;
    o(`<h3>${e(s.section)}</h3><table>`);
    for (const i of s.items) o(`<tr><th>${e(i.question)}</th><td>${e(i.answer)}</td></tr>`);
    o('</table>');
  }
  o(`<h2>${e(L.assumptions)}</h2>${list(p.assumptions)}`);
  o(`<h2>${e(L.undetermined)}</h2>${list(p.undetermined.map((u) => `${u.title}: ${u.reason}`))}`);
  if (p.warnings.length) o(`<h2>${e(L.warnings)}</h2>${list(p.warnings)}`);
  return `${out.join('\n')}\n`;
}

export function renderPacket(p: Packet, format: PacketFormat): string {
  return format === 'json' ? json(p) : format === 'html' ? html(p) : markdown(p);
}
