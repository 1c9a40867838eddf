import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSite, SCREENSHOT_DIR, startBrowserSite } from '../support/browser.js';

/** An English visitor opens an event whose feed has an English title and text ("Ett drömspel" in the sample). */

let site: BrowserSite;

beforeAll(async () => {
  site = await startBrowserSite();
}, 120_000);

afterAll(async () => {
  await site?.close();
});

describe('an event with the feed\'s own English text, on the English site', () => {
  it('reads in English first, with the Swedish original below it marked as Swedish', async () => {
    for (const width of [360, 1280]) {
      const page = await site.newPage({ locale: 'en-GB', viewport: { width, height: 900 } });
      await page.goto(`${site.base}/en/search?q=dream+play`);
      await page.getByRole('link', { name: 'A Dream Play' }).first().click();
      await expect.poll(() => page.locator('h1').textContent()).toBe('A Dream Play');
      expect(await page.locator('.original-title').getAttribute('lang')).toBe('sv');
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, `event-en-${width}.png`), fullPage: true });
    }
  });
});
