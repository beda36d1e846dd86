import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { englishPlurals } from '../../src/evaluate/messages.js';
import { html } from '../../src/report/html.js';
import { sectionLabel, WORDS } from '../../src/report/messages.js';
import { text } from '../../src/report/text.js';
import { AS_OF, cli, DEMO, FACTORY, result, rules, tmp } from './helpers.js';

// The HTML report made for print, and the words every human format shares.

describe('the printed HTML report', () => {
  const r = result();

  it('heads every page with the establishment, the period and the as-of date, and numbers the pages', () => {
    const out = html(r, { rules, establishment: 'Siam "Garments" </style> Co.' });
    expect(r.period).toEqual({ start: '2025-08-01', end: '2025-08-31' });
    expect(out).toContain(
      '<dd id="period"><span class="nw">2025-08-01</span> – <span class="nw">2025-08-31</span></dd>',
    );
    const page = /@page \{\n {2}@top-left \{ content: ("[^"]*(?:\\.[^"]*)*"); /.exec(out);
    expect(page).not.toBeNull();
    // The name is escaped for a CSS string: it can neither end the string nor the style element.
    expect(page![1]).toBe(
      '"Siam \\22 Garments\\22  \\3c /style\\3e  Co. · Period covered 2025-08-01 – 2025-08-31 · as of 2025-10-31"',
    );
    expect(out.match(/<\/style>/g)).toHaveLength(1);
    expect(out).toContain('@bottom-right { content: "Page " counter(page) " of " counter(pages);');
    expect(out).toMatch(/h1, h2, h3, h4[^{]*\{ break-after: avoid; \}/);
  });

  it('keeps dates and evidence rows whole, and labels no section "s.-" or "s.MR"', () => {
    const out = html(r, { rules });
    expect(out).not.toMatch(/s\.-|s\.MR/);
    expect(out).toContain(
      '<td class="when"><span class="nw">2025-08-01 –</span> <span class="nw">2025-08-31</span></td>',
    );
    expect(out).toMatch(/<span class="nw">hours\.csv:[\d,<wbr>-]+<\/span>/);
    // No ISO date outside a nowrap span in the report's body text.
    const body = out.replace(/<head>[\s\S]*?<\/head>/, '').replace(/<svg[\s\S]*?<\/svg>/g, '');
    const loose = body
      .replace(/<span class="nw">[^<]*<\/span>/g, '')
      .replace(/<span id="as-of" class="nw">[^<]*<\/span>/g, '')
      .replace(/<[^>]+>/g, ' ')
      .match(/\d{4}-\d{2}-\d{2}/g);
    expect(loose).toBeNull();
  });

  it('marks every day, the weekdays, the holidays worked and the limits on the chart', () => {
    const out = html(r, { rules, lang: 'th' });
    const chart = out.slice(out.indexOf('<svg class="chart"'), out.indexOf('</svg>'));
    // A tick per day of the employee's span, Thai weekday initials, Monday dates.
    const days = r.hours![0].days;
    const span = (Date.parse(days[days.length - 1].date) - Date.parse(days[0].date)) / 86_400_000 + 1;
    expect(chart.match(/<line x1="([\d.]+)" x2="\1" y1="170"/g)).toHaveLength(span);
    expect(chart).toContain('>จ</text>');
    expect(chart).toContain('>2025-08-04</text>');
    expect(chart).toContain('8 ชม.');
    expect(chart).toMatch(/36 ชม\.\/สัปดาห์/);
    // The demo has holiday work: it is shaded on its employee's chart.
    expect(html(result(DEMO), { rules })).toMatch(/<rect class="holiday (?:weekly|public)_holiday"/);
  });

  it('takes the establishment from --establishment or the --map profile', async () => {
    const dir = tmp();
    const profile = join(dir, 'profile.yaml');
    writeFileSync(profile, 'version: 1\nestablishment: โรงงานสยาม จำกัด\n');
    const a = await cli(
      'check',
      FACTORY,
      '--as-of',
      AS_OF,
      '--format',
      'html',
      '--map',
      profile,
      '-o',
      join(dir, 'a.html'),
    );
    expect(a.code).toBe(1);
    expect(readFileSync(join(dir, 'a.html'), 'utf8')).toContain(
      '<span id="establishment">โรงงานสยาม จำกัด</span>',
    );
    const b = await cli(
      'check',
      FACTORY,
      '--as-of',
      AS_OF,
      '--format',
      'html',
      '--map',
      profile,
      '--establishment',
      'Other Co.',
      '-o',
      join(dir, 'b.html'),
    );
    expect(b.code).toBe(1);
    expect(readFileSync(join(dir, 'b.html'), 'utf8')).toContain('<span id="establishment">Other Co.</span>');
  });
});

describe('the words of the human formats', () => {
  it('label sections as the Act does, in each language', () => {
    expect(sectionLabel('53', WORDS.en)).toBe('s.53');
    expect(sectionLabel('53', WORDS.th)).toBe('ม.53');
    expect(sectionLabel('49, 50', WORDS.th)).toBe('ม.49, ม.50');
    expect(sectionLabel('39/1', WORDS.en)).toBe('s.39/1');
    expect(sectionLabel('MR', WORDS.en)).toBe('Ministerial Regulation');
    expect(sectionLabel('MR No.14', WORDS.en)).toBe('MR No.14');
    expect(sectionLabel('MR No.14', WORDS.th)).toBe('กฎกระทรวงฉบับที่ 14');
    expect(sectionLabel('-', WORDS.th)).toBe('ตรวจข้อมูล');
    expect(sectionLabel('ETI 6', WORDS.en)).toBe('ETI 6');
  });

  it('count in English with plural rules', () => {
    expect(WORDS.en.nEmployees(1)).toBe('1 employee');
    expect(WORDS.en.nEmployees(2)).toBe('2 employees');
    expect(WORDS.en.nFindings(0)).toBe('0 findings');
    expect(WORDS.en.rowsLine(1, 1, 0)).toBe('1 row read = 1 used + 0 rejected');
    const one = result();
    const s = {
      ...one.summary,
      employees: 1,
      findings: 1,
      by_severity: { critical: 0, error: 1, warning: 1, info: 0 },
      undetermined: 4,
      rows_rejected: 1,
    };
    expect(WORDS.en.summaryLine(s)).toBe(
      '1 employee, 1 finding (0 critical, 1 error, 1 warning), 4 undetermined, 1 row rejected',
    );
  });

  it('the Thai text report has the Thai title, Thai sections and no English summary', () => {
    const out = text(result(), { lang: 'th' });
    expect(out).toContain('พระราชบัญญัติคุ้มครองแรงงาน พ.ศ. 2541');
    expect(out).toContain('ลูกจ้าง 6 คน พบ 5 รายการ');
    expect(out).toContain('อ่าน 82 แถว = ใช้ 81 + ไม่ได้ใช้ 1');
    expect(out).toContain('ร้ายแรง');
    expect(out).not.toMatch(/(?:^|\s)(?:s\.\d|baht|employees|undetermined|rows)(?=[\s,]|$)/m);
  });
});

describe('English grammar of finding messages', () => {
  it('makes a noun after the number one singular, by Intl.PluralRules', () => {
    expect(englishPlurals('E1 worked while under 15: 1 days worked; 2 days worked; 1.5 days')).toBe(
      'E1 worked while under 15: 1 day worked; 2 days worked; 1.5 days',
    );
    expect(englishPlurals('1 employees, 1 findings, 11 days')).toBe('1 employee, 1 finding, 11 days');
    expect(englishPlurals('1 traditional holidays (2025-08-12); 2 traditional holidays')).toBe(
      '1 traditional holiday (2025-08-12); 2 traditional holidays',
    );
  });
});
