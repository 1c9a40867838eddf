import { readFileSync } from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/web/app.js';
import { screenshotPath } from '../support/browser.js';
import { quietLogger } from '../support/engine.js';
import { type FeedRig, icsFixture, startFeedRig } from '../support/feed-rig.js';
import { serveBody } from '../support/feed-server.js';
import { ANCHOR_NOW, listen } from '../support/http.js';

// The editors' source page as an editor sees it, on a phone and a desktop, with a failing and a warning source.
const TOKEN = 'admin-token-for-tests-0123456789';
let rig: FeedRig;
let server: Awaited<ReturnType<typeof listen>>;
let browser: Browser;

beforeAll(async () => {
  rig = await startFeedRig(
    (url) => [
      { id: 'kalender', name: 'Kalendern', type: 'ics', url: `${url}/a.ics` },
      { id: 'foreningar', name: 'Föreningarnas kalkylark', type: 'csv', url: `${url}/rows.csv` },
      { id: 'borta', name: 'Flyttad fil', type: 'ics', url: '/no/such/feed.ics' },
    ],
    { ADMIN_TOKEN: TOKEN, INDEXER_IN_PROCESS: 'true' },
  );
  rig.feeds.routes.set('/a.ics', serveBody(icsFixture('feed-a.ics')));
  rig.feeds.routes.set('/rows.csv', serveBody(readFileSync(path.resolve(import.meta.dirname, '../fixtures/csv/upptack-bad-rows.csv')), { 'content-type': 'text/csv' }));
  await rig.run();
  server = await listen(createApp({ config: rig.engine.config, reader: rig.engine.engine.reader, logger: quietLogger, now: () => ANCHOR_NOW + 180 }));
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await rig?.close();
});

async function open(width: number) {
  const context = await browser.newContext({ locale: 'sv-SE', viewport: { width, height: 800 }, httpCredentials: { username: 'ops', password: TOKEN } });
  const page = await context.newPage();
  await page.goto(`${server.url}/admin/sources`);
  return page;
}

describe('the editors\' source page in a browser', () => {
  it('reads on a 360 px phone without sideways scrolling, the reject reasons in plain words, and passes axe', async () => {
    const page = await open(360);
    const warning = page.locator('.source-warning');
    await warning.scrollIntoViewIfNeeded();
    expect(await warning.locator('.reject-group strong').allTextContents()).toContain('Starttiden går inte att läsa.');
    expect(await warning.locator('.reject-detail').first().getAttribute('lang')).toBe('en');
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
    await page.screenshot({ path: screenshotPath('admin-sources-360'), fullPage: true });
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    await page.context().close();
  });

  it('is photographed at 1280 px', async () => {
    const page = await open(1280);
    expect(await page.locator('.source-warning .reject-group').count()).toBeGreaterThan(1);
    await page.screenshot({ path: screenshotPath('admin-sources-1280'), fullPage: true });
    await page.context().close();
  });
});
