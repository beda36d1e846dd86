import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type BrowserContext, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AS_OF, cli, DEMO, FACTORY, ROOT, tmp } from './helpers.js';

// Opens the HTML report and a claim packet in Debian's chromium and prints them to A4 PDF
// (apt-get install -y chromium fonts-thai-tlwg fonts-noto-core poppler-utils); playwright-core
// drives it and never downloads a browser; poppler's pdftotext reads the PDF's text layer back.
// Skipped where chromium or poppler is absent. Page 1 of each PDF is kept as a PNG under
// test/artifacts/ for a person to look at.
const CHROMIUM = '/usr/bin/chromium';
const POPPLER = ['/usr/bin/pdftotext', '/usr/bin/pdfinfo', '/usr/bin/pdftoppm', '/usr/bin/pdffonts'];
const ARTIFACTS = join(ROOT, 'test', 'artifacts');
const ACCOUNT = join(ROOT, 'examples', 'accounts', 'bangkok-9000.yaml');
const ready = existsSync(CHROMIUM) && POPPLER.every((p) => existsSync(p));

const run = (cmd: string, ...args: string[]) => execFileSync(cmd, args, { encoding: 'utf8' });
const pages = (pdf: string) => Number(/^Pages:\s+(\d+)/m.exec(run('pdfinfo', pdf))![1]);
const pageText = (pdf: string, n: number) => run('pdftotext', '-f', String(n), '-l', String(n), pdf, '-');
/** Page 1 of a PDF as a PNG, as it prints. */
const page1Png = (pdf: string, png: string) =>
  run('pdftoppm', '-png', '-r', '90', '-f', '1', '-l', '1', '-singlefile', pdf, png.replace(/\.png$/, ''));

/** The dates a reader sees in the HTML: ISO, and B.E. ("1 ส.ค. 2568"). */
function datesIn(text: string): Set<string> {
  return new Set(text.match(/\d{4}-\d{2}-\d{2}|\d{1,2} [ก-๙.]{3,6} \d{4}/g) ?? []);
}

describe.skipIf(!ready)('HTML report and claim packet in headless Chromium', () => {
  let context: BrowserContext;
  let profile: string;
  beforeAll(async () => {
    profile = mkdtempSync(join(tmpdir(), 'lc-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1150, height: 1400 },
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    mkdirSync(ARTIFACTS, { recursive: true });
  }, 60_000);
  afterAll(async () => {
    await context?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  /** Opens an HTML file, checks it loads nothing and runs nothing, prints it to A4. */
  async function print(html: string, pdf: string) {
    const page = await context.newPage();
    const requests: string[] = [];
    const dialogs: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    const url = pathToFileURL(html).href;
    await page.goto(url);
    expect(await page.locator('script').count()).toBe(0);
    await page.pdf({ path: pdf, format: 'A4', preferCSSPageSize: true });
    expect(dialogs).toEqual([]);
    expect(requests).toEqual([url]);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    return page;
  }

  it('renders the totals and Thai messages, runs no script, loads nothing', {
    timeout: 120_000,
  }, async () => {
    const out = tmp();
    const html = join(out, 'report.html');
    const r = await cli(
      'check',
      FACTORY,
      '--as-of',
      AS_OF,
      '--format',
      'html',
      '--lang',
      'th',
      '--be-dates',
      '-o',
      html,
    );
    expect(r.code).toBe(1);
    const page = await print(html, join(out, 'report.pdf'));
    expect(await page.textContent('#total-owed')).toBe('1,375.00');
    expect(await page.textContent('#total-interest')).toBe('34.47');
    expect(await page.textContent('#as-of')).toBe('31 ต.ค. 2568');
    const thai = page.getByText('E01: ทำงานล่วงเวลา 4 ชม. งวด 1 ส.ค. 2568 ถึง 31 ส.ค. 2568').first();
    await expect(thai.isVisible()).resolves.toBe(true);
    expect((await thai.boundingBox())!.width).toBeGreaterThan(100);
    // The injected name is text on the page, not markup.
    await expect(
      page.getByText('=HYPERLINK("x")<script>alert(1)</script>').first().isVisible(),
    ).resolves.toBe(true);
    expect(await page.locator('svg.chart').count()).toBe(6);
    await page.close();
  });

  for (const lang of ['en', 'th'] as const) {
    it(`prints the demo (${lang}) to A4 with the header and page numbers on every page and no date split`, {
      timeout: 180_000,
    }, async () => {
      const out = tmp();
      const html = join(out, 'report.html');
      const establishment = lang === 'th' ? 'บริษัท โรงงานตัวอย่าง จำกัด' : 'Demo Factory Co., Ltd.';
      const args = ['check', DEMO, '--as-of', AS_OF, '--format', 'html', '--lang', lang];
      const r = await cli(
        ...args,
        ...(lang === 'th' ? ['--be-dates'] : []),
        '--establishment',
        establishment,
        '-o',
        html,
      );
      expect(r.code).toBe(1);
      const pdf = join(ARTIFACTS, `report-${lang}.pdf`);
      const page = await print(html, pdf);
      // biome-ignore lint/performance/useDomNodeTextContent: the text as rendered is what the PDF must hold
      const seen = (await page.locator('body').innerText()).replace(/\s+/g, ' ');
      await page.close();

      // A cover of summary, ledger and findings by section, then one page or more per employee.
      const n = pages(pdf);
      expect(n).toBeGreaterThanOrEqual(12);
      expect(n).toBeLessThanOrEqual(22);
      const head = lang === 'th' ? 'ช่วงเวลาของข้อมูล' : 'Period covered';
      const texts: string[] = [];
      for (let i = 1; i <= n; i++) {
        const t = pageText(pdf, i);
        texts.push(t);
        expect(t, `page ${i}`).toContain(establishment);
        expect(t, `page ${i}`).toContain(head);
        expect(t.replace(/\s+/g, ' '), `page ${i}`).toContain(
          lang === 'th' ? `หน้า ${i} จาก ${n}` : `Page ${i} of ${n}`,
        );
      }
      const all = texts.join('\n');
      // No date cut at a line end ("2025-08-" / "01"), and every date on the page is whole in the PDF.
      expect(all).not.toMatch(/\d{4}-(?:\d{2}-?)?[ \t]*\n/);
      const flat = all.replace(/[ \t]+/g, ' ');
      const missing = [...datesIn(seen)].filter((d) => !flat.includes(d));
      expect(missing).toEqual([]);
      expect(datesIn(seen).size).toBeGreaterThan(10);
      // No English section marks for a data check or a regulation.
      expect(all).not.toMatch(/\bs\.(?:-|MR)/);

      page1Png(pdf, join(ARTIFACTS, `report-${lang}.png`));
      expect(readFileSync(join(ARTIFACTS, `report-${lang}.png`)).length).toBeGreaterThan(20_000);
    });
  }

  it('prints a Burmese claim packet with the bottom line on page 1, in a Myanmar font', {
    timeout: 120_000,
  }, async () => {
    const out = tmp();
    const html = join(out, 'packet.html');
    const r = await cli('screen', ACCOUNT, '--lang', 'my', '--format', 'html', '-o', html);
    expect(r.code).toBe(1);
    const pdf = join(ARTIFACTS, 'packet-my.pdf');
    const page = await print(html, pdf);
    const owed = (await page.textContent('#likely-owed'))!;
    expect(owed).toMatch(/^[\d,]+\.\d{2} ဘတ်$/);
    await page.close();
    const first = pageText(pdf, 1);
    expect(first).toContain('အတိုချုပ်');
    expect(first.replace(/\s+/g, ' ')).toContain(owed);
    // The amount, the signs of forced labour, whom to call, then the facts.
    const all = Array.from({ length: pages(pdf) }, (_, i) => pageText(pdf, i + 1)).join('\n');
    const at = (s: string) => all.indexOf(s);
    expect(at(owed)).toBeGreaterThanOrEqual(0);
    expect(at(owed)).toBeLessThan(at('အတင်းအကျပ် ခိုင်းစေခြင်း၏ လက္ခဏာများ'));
    expect(at('အတင်းအကျပ် ခိုင်းစေခြင်း၏ လက္ခဏာများ')).toBeLessThan(at('1546'));
    // The facts' heading, alone on its line.
    expect(at('1546')).toBeLessThan(all.search(/^အလုပ်သမား ပြောပြချက်\s*$/m));
    expect(all.search(/^အလုပ်သမား ပြောပြချက်\s*$/m)).toBeGreaterThan(0);
    expect(run('pdffonts', pdf)).toMatch(/Myanmar/i);
    // The case and the screening date on every page, and its number of the whole.
    const n = pages(pdf);
    for (let i = 1; i <= n; i++) {
      const text = pageText(pdf, i);
      expect(text, `page ${i}`).toContain('NGO-2025-0142');
      expect(text.replace(/\s+/g, ' '), `page ${i}`).toContain(`စာမျက်နှာ ${i} / ${n}`);
    }
    page1Png(pdf, join(ARTIFACTS, 'packet-my.png'));
    expect(readFileSync(join(ARTIFACTS, 'packet-my.png')).length).toBeGreaterThan(20_000);
  });
});
