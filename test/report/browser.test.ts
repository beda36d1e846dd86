import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { AS_OF, cli, FACTORY, ROOT, tmp } from './helpers.js';

// Opens the HTML report in Debian's chromium (apt-get install -y chromium fonts-thai-tlwg);
// playwright-core drives it and never downloads a browser. Skipped where chromium is absent.
const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = join(ROOT, 'test', 'artifacts');

describe.skipIf(!existsSync(CHROMIUM))('HTML report in headless Chromium', () => {
  it('renders the totals and Thai messages, runs no script, loads nothing, prints to PDF', {
    timeout: 120_000,
  }, async () => {
    const out = tmp();
    const run = await cli(
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
      join(out, 'report.html'),
    );
    expect(run.code).toBe(1);
    const profile = mkdtempSync(join(tmpdir(), 'lc-chromium-'));
    const context = await chromium.launchPersistentContext(profile, {
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
    try {
      const page = await context.newPage();
      const requests: string[] = [];
      const dialogs: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      page.on('dialog', async (d) => {
        dialogs.push(d.message());
        await d.dismiss();
      });
      const url = pathToFileURL(join(out, 'report.html')).href;
      await page.goto(url);
      expect(await page.textContent('#total-owed')).toBe('1,375.00');
      expect(await page.textContent('#total-interest')).toBe('34.47');
      expect(await page.textContent('#as-of')).toBe('31 ต.ค. 2568');
      const thai = page.getByText('E01: ทำงานล่วงเวลา 4 h งวด 1 ส.ค. 2568 ถึง 31 ส.ค. 2568').first();
      await expect(thai.isVisible()).resolves.toBe(true);
      const box = await thai.boundingBox();
      expect(box!.width).toBeGreaterThan(100);
      // The injected name is text on the page, not markup.
      await expect(
        page.getByText('=HYPERLINK("x")<script>alert(1)</script>').first().isVisible(),
      ).resolves.toBe(true);
      expect(await page.locator('script').count()).toBe(0);
      expect(dialogs).toEqual([]);
      expect(requests).toEqual([url]);
      expect(await page.locator('svg.chart').count()).toBe(6);

      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: join(ARTIFACTS, 'report-th.png'), fullPage: true });
      await page.pdf({ path: join(ARTIFACTS, 'report-th.pdf'), format: 'A4' });
      expect(readFileSync(join(ARTIFACTS, 'report-th.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
      expect(readFileSync(join(ARTIFACTS, 'report-th.png')).length).toBeGreaterThan(10_000);
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
