import { AxeBuilder } from '@axe-core/playwright';
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSite, screenshotPath, scrollWidth, startBrowserSite } from '../support/browser.js';
import { type FakeMode, startTestWeather, type TestWeather } from '../support/fake-open-meteo.js';

const NARROW = { width: 360, height: 800 };
const WIDE = { width: 1280, height: 900 };
/** Stortorget, as a phone's position (the page rounds it to two decimals before sending). */
const STORTORGET = { latitude: 56.87771, longitude: 14.80912 };

let live: TestWeather;
let site: BrowserSite;

const useWeather = (mode: FakeMode) => live.use(mode);

/** The titles of the suggestions, in order. */
const topTitles = (page: Page) => page.locator('#feed-top .card-title').allTextContents();

beforeAll(async () => {
  live = await startTestWeather();
  site = await startBrowserSite({ weather: live.weather });
});

afterAll(async () => {
  await site?.close();
  await live?.close();
});

describe('the home page feed in a browser', () => {
  it('changes visibly between a rainy and a sunny forecast (screenshots at 360 and 1280 px)', async () => {
    const shots: Record<string, string[]> = {};
    for (const mode of ['rainy-autumn-afternoon', 'sunny-summer'] as const) {
      await useWeather(mode);
      for (const [name, viewport] of [['360', NARROW], ['1280', WIDE]] as const) {
        const page = await site.newPage({ viewport });
        await page.goto(`${site.base}/`);
        expect(await scrollWidth(page)).toBeLessThanOrEqual(viewport.width);
        await page.screenshot({ path: screenshotPath(`home-${mode === 'sunny-summer' ? 'sun' : 'rain'}-${name}`), fullPage: true });
        shots[`${mode}-${name}`] = await topTitles(page);
      }
    }
    const rain = shots['rainy-autumn-afternoon-1280'] ?? [];
    const sun = shots['sunny-summer-1280'] ?? [];
    expect(rain.length).toBe(10);
    expect(rain.slice(0, 5)).not.toEqual(sun.slice(0, 5));
  });

  it('shows distances once the visitor shares a position, rounded before it leaves the page', async () => {
    await useWeather('sunny-summer');
    const page = await site.newPage({ viewport: NARROW, geolocation: STORTORGET, permissions: ['geolocation'] });
    const posted: string[] = [];
    page.on('request', (r: Request) => r.method() === 'POST' && posted.push(r.postData() ?? ''));
    await page.goto(`${site.base}/`);
    expect(await page.locator('#feed-top .card-where').allTextContents()).not.toContainEqual(expect.stringMatching(/ m$| km$/));
    await page.locator('#interests > summary').click();
    await page.getByRole('button', { name: 'Nära mig' }).click();
    await page.locator('.feed-mode', { hasText: 'Anpassat efter dina val' }).waitFor();
    const where = await page.locator('#feed-top .card-where').allTextContents();
    expect(where.some((w) => /\d+ m$|\d+(,\d)? km$/.test(w))).toBe(true);
    expect(posted.at(-1)).toContain('lat=56.88&lng=14.81');
    await page.screenshot({ path: screenshotPath('home-near-me-360'), fullPage: true });
  });

  it('changes with a chosen interest, keeps it on the device only, and one tap clears it', async () => {
    await useWeather('sunny-summer');
    const page = await site.newPage({ viewport: WIDE });
    const urls: string[] = [];
    page.on('request', (r: Request) => urls.push(r.url()));
    await page.goto(`${site.base}/`);
    const neutral = await topTitles(page);
    await page.locator('#interests > summary').click();
    await page.getByLabel('Bibliotek').check();
    await page.locator('.feed-mode', { hasText: 'Anpassat efter dina val' }).waitFor();
    const chosen = await topTitles(page);
    expect(chosen).not.toEqual(neutral);
    expect(await page.locator('#feed-top .reasons li', { hasText: 'Du valde Bibliotek' }).count()).toBeGreaterThan(0);
    expect(await page.evaluate(`JSON.parse(localStorage.getItem('upptack.profile')).categories`)).toEqual(['library']);
    await page.screenshot({ path: screenshotPath('home-interest-1280'), fullPage: true });

    // A new visit restores the choice from the device.
    await page.reload();
    await page.locator('.feed-mode', { hasText: 'Anpassat efter dina val' }).waitFor();
    expect(await topTitles(page)).toEqual(chosen);

    await page.locator('#interests > summary').click();
    await page.getByRole('button', { name: 'Rensa mina val' }).click();
    await page.locator('.feed-mode', { hasText: 'Samma förslag för alla just nu' }).waitFor();
    expect(await topTitles(page)).toEqual(neutral);
    expect(await page.evaluate(`localStorage.getItem('upptack.profile')`)).toBeNull();
    expect(await page.locator('#feed-status').textContent()).toBe('Dina val är borttagna.');
    expect(urls.every((u) => !/library|profile|interest=/.test(u))).toBe(true);
    expect(page.url()).toBe(`${site.base}/`);
  });

  it('has no accessibility violations, and the interests panel works by keyboard', async () => {
    const page = await site.newPage({ viewport: NARROW });
    await page.goto(`${site.base}/`);
    await page.locator('#interests > summary').focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
  });
});
