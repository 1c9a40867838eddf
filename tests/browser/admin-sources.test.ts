import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshotPath } from '../support/browser.js';
import { SOURCES_ADMIN_TOKEN, type SourcesSite, startSourcesSite } from '../support/sources-site.js';

// The editors' source page as an editor sees it, on a phone and a desktop, with a failing and a warning source.
let site: SourcesSite;
let browser: Browser;

beforeAll(async () => {
  site = await startSourcesSite();
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function open(width: number) {
  const context = await browser.newContext({ locale: 'sv-SE', viewport: { width, height: 800 }, httpCredentials: { username: 'ops', password: SOURCES_ADMIN_TOKEN } });
  const page = await context.newPage();
  await page.goto(`${site.url}/admin/sources`);
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
