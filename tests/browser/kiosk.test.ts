import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWeatherService, type WeatherService } from '../../src/weather/weather-service.js';
import { isSameDocument, markDocument, screenshotPath } from '../support/browser.js';
import { quietLogger } from '../support/engine.js';
import { type FakeOpenMeteo, startFakeOpenMeteo } from '../support/fake-open-meteo.js';
import { ANCHOR_NOW } from '../support/http.js';
import { KIOSK_PUBLIC_URL, type KioskSite, LANDSCAPE, PORTRAIT, startKioskSite } from '../support/kiosk-site.js';
import { readQr } from '../support/qr.js';

const MIDNIGHT = ANCHOR_NOW - 9 * 3600;
let fake: FakeOpenMeteo;
let weather: WeatherService;
let site: KioskSite;

beforeAll(async () => {
  fake = await startFakeOpenMeteo(MIDNIGHT, 'rainy-autumn-afternoon');
  weather = createWeatherService(
    {
      baseUrl: fake.url, apiKey: null, timeoutMs: 1000, forecastDays: 7, timeZone: 'Europe/Stockholm',
      points: [{ id: 'vaxjo', name: 'Växjö', lat: 56.8777, lng: 14.8091 }],
      refreshMs: 3_600_000, breakerFailures: 2, breakerOpenMs: 60_000, maxDistanceM: 40_000,
    },
    quietLogger,
    () => ANCHOR_NOW,
  );
  await weather.refresh();
  site = await startKioskSite({ weather });
});

afterAll(async () => {
  await site?.close();
  await fake?.close();
});

/** A screen at the sample week's Monday 09:00 (the server's clock in these tests), as the tourist office has it. */
async function openScreen(id: 'turistbyran' | 'liggande' | 'kort-paus', viewport = id === 'liggande' ? LANDSCAPE : PORTRAIT): Promise<Page> {
  const page = await site.newPage({ viewport, hasTouch: true });
  await page.clock.setFixedTime(new Date(ANCHOR_NOW * 1000));
  await page.goto(`${site.base}/kiosk/${id}`);
  await page.locator('[data-panel]:not([hidden])').waitFor();
  await page.locator('.hg-button').first().waitFor({ state: 'attached' });
  return page;
}

const visiblePanel = (page: Page) => page.locator('[data-panel]:not([hidden])');

/** The page fits its screen exactly: nothing scrolls, nothing sticks out. */
async function fitsScreen(page: Page): Promise<{ width: number; height: number }> {
  return page.evaluate<{ width: number; height: number }>(`({ width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight })`);
}

async function touchTheScreen(page: Page): Promise<void> {
  await page.locator('.k-header').tap();
  await page.locator('#touch:not([hidden])').waitFor();
}

async function typeOnScreen(page: Page, word: string): Promise<void> {
  await page.locator('#k-q').tap();
  await page.locator('#k-keyboard:not([hidden])').waitFor();
  for (const key of word) await page.locator(`.hg-button[data-skbtn="${key}"]`).tap();
}

describe('a kiosk screen', () => {
  it('loops through panels and languages in large type, fitting portrait and landscape screens (screenshots)', async () => {
    const portrait = await openScreen('turistbyran');
    expect(await visiblePanel(portrait).getAttribute('lang')).toBe('sv');
    expect(await visiblePanel(portrait).locator('.k-panel-title').textContent()).toBe('Just nu nära Turistbyrån');
    expect(await fitsScreen(portrait)).toEqual(PORTRAIT);
    // Read from two metres: card titles at least 48 px, the panel title larger still.
    const sizes = await portrait.evaluate<number[]>(`[...document.querySelectorAll('[data-panel]:not([hidden]) .k-card-title, [data-panel]:not([hidden]) .k-panel-title')].map((e) => parseFloat(getComputedStyle(e).fontSize))`);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(48);
    await portrait.screenshot({ path: screenshotPath('kiosk-portrait-attract-sv') });
    await portrait.locator('.k-panel-weather[lang="sv"]:not([hidden])').waitFor({ timeout: 15_000 });
    expect(await visiblePanel(portrait).locator('.k-credit').textContent()).toBe('Väderdata från Open-Meteo.com');
    await portrait.screenshot({ path: screenshotPath('kiosk-portrait-weather-sv') });
    await portrait.locator('[data-panel][lang="en"]:not([hidden])').waitFor({ timeout: 15_000 });
    expect(await portrait.locator('.k-place [lang="en"]').isVisible()).toBe(true);
    expect(await portrait.locator('.k-cta [lang="en"]').textContent()).toBe('Touch the screen to search');
    await portrait.screenshot({ path: screenshotPath('kiosk-portrait-attract-en') });

    const landscape = await openScreen('liggande');
    expect(await visiblePanel(landscape).getAttribute('lang')).toBe('en');
    expect(await fitsScreen(landscape)).toEqual(LANDSCAPE);
    await landscape.screenshot({ path: screenshotPath('kiosk-landscape-attract-en') });
    await landscape.locator('[data-panel][lang="sv"]:not([hidden])').waitFor({ timeout: 15_000 });
    await landscape.screenshot({ path: screenshotPath('kiosk-landscape-attract-sv') });
  });

  it('leaves the attract loop at a touch, asks "Är du kvar?" when left alone, and starts over by a full page load', async () => {
    const page = await openScreen('kort-paus');
    await markDocument(page);
    await touchTheScreen(page);
    expect(await page.locator('#attract').isHidden()).toBe(true);
    await typeOnScreen(page, 'jazz');
    await page.locator('#k-results-heading', { hasText: /träff/ }).waitFor();
    // Idle for 3 s (the test config): the question and a countdown from 3.
    await page.locator('#k-idle:not([hidden])').waitFor({ timeout: 10_000 });
    expect(await page.locator('#k-idle-q').textContent()).toBe('Är du kvar?Still there?');
    expect(Number(await page.locator('#k-idle-number').textContent())).toBeGreaterThan(0);
    await page.screenshot({ path: screenshotPath('kiosk-portrait-idle') });
    // "Yes": the visitor keeps what they typed.
    await page.locator('#k-stay').tap();
    expect(await page.locator('#k-idle').isHidden()).toBe(true);
    expect(await page.locator('#k-q').inputValue()).toBe('jazz');
    // Then left alone again: a full page load back to the attract loop, the search empty.
    await page.waitForEvent('load', { timeout: 15_000 });
    await page.locator('[data-panel]:not([hidden])').waitFor();
    expect(await isSameDocument(page)).toBe(false);
    expect(await page.locator('#touch').isHidden()).toBe(true);
    expect(await page.locator('#attract').isVisible()).toBe(true);
    expect(await page.locator('#k-q').inputValue()).toBe('');
  });

  it('types å on its own keyboard, finds the event, and hands it over as a QR code of its public page', async () => {
    const page = await openScreen('turistbyran');
    await touchTheScreen(page);
    await typeOnScreen(page, 'fågel');
    expect(await page.locator('#k-q').inputValue()).toBe('fågel');
    const result = page.locator('.k-result', { hasText: 'Fågelskådning vid Trummen' });
    await result.waitFor();
    await page.screenshot({ path: screenshotPath('kiosk-portrait-keyboard-sv') });
    await result.tap();
    await page.locator('.k-event-title', { hasText: 'Fågelskådning vid Trummen' }).waitFor();
    expect(await page.locator('#k-keyboard').isHidden()).toBe(true);
    await page.screenshot({ path: screenshotPath('kiosk-portrait-event-sv') });
    const api = (await (await fetch(`${site.base}/api/events?q=${encodeURIComponent('Fågelskådning vid Trummen')}`)).json()) as { hits: { eventId: string }[] };
    const url = await readQr(await page.locator('.k-qr-code').screenshot());
    expect(url).toBe(`${KIOSK_PUBLIC_URL}/evenemang/fagelskadning-vid-trummen--${api.hits[0]?.eventId}`);
    expect(await page.locator('.k-short-url').textContent()).toMatch(/^upptack\.example\.se\/e\/[2-9a-z]{6}$/);
  });

  it('keeps every control within reach and at least 48 px, in both languages and orientations (screenshots)', async () => {
    for (const [id, lang] of [['turistbyran', 'en'], ['liggande', 'sv']] as const) {
      const page = await openScreen(id);
      await touchTheScreen(page);
      await page.locator(`[data-switch-lang="${lang}"]`).tap();
      await page.locator(`.k-touch-grid[lang="${lang}"]`).waitFor();
      await page.locator('#k-when-weekend + label').tap();
      await page.locator('.k-result').first().waitFor();
      const targets = await page.evaluate<{ text: string; width: number; height: number; inReach: boolean }[]>(`
        [...document.querySelectorAll('#touch button, #touch label.k-chip, #touch input:not([type=hidden]):not(.k-chip-input), .hg-button')]
          .map((e) => ({ text: e.textContent.trim().slice(0, 30), width: e.getBoundingClientRect().width, height: e.getBoundingClientRect().height, inReach: !!e.closest('.k-reach') }))
          .filter((t) => t.width > 0)`);
      expect(targets.length).toBeGreaterThan(20);
      for (const t of targets) {
        expect(t.height, t.text).toBeGreaterThanOrEqual(48);
        expect(t.width, t.text).toBeGreaterThanOrEqual(48);
        expect(t.inReach, t.text).toBe(true);
      }
      if (id === 'turistbyran') {
        // Portrait: nothing to press in the top part of the screen, out of reach from a wheelchair.
        const top = await page.locator('.k-reach').evaluate((e) => e.getBoundingClientRect().top);
        expect(top / PORTRAIT.height).toBeGreaterThan(0.4);
      }
      await page.locator('.k-result').first().tap();
      await page.locator('.k-event').waitFor();
      expect(await fitsScreen(page)).toEqual(id === 'turistbyran' ? PORTRAIT : LANDSCAPE);
      await page.screenshot({ path: screenshotPath(`kiosk-${id === 'turistbyran' ? 'portrait' : 'landscape'}-event-${lang}`) });
    }
  });

  it('shows at least three whole results above the open keyboard, in portrait and landscape (screenshots)', async () => {
    for (const id of ['turistbyran', 'liggande'] as const) {
      const page = await openScreen(id);
      await touchTheScreen(page);
      await typeOnScreen(page, 'vinter');
      await page.locator('#k-results-heading', { hasText: /\d+ (träff|result)/ }).waitFor();
      expect(await page.locator('#k-keyboard').isVisible()).toBe(true);
      // Whole rows only: inside the list's visible box, clear of the keyboard, on the screen.
      const whole = await page.evaluate<number>(`(() => {
        const list = document.getElementById('k-results').getBoundingClientRect();
        const keys = document.getElementById('k-keyboard').getBoundingClientRect();
        return [...document.querySelectorAll('.k-result')].map((r) => r.getBoundingClientRect())
          .filter((r) => r.height > 0 && r.top >= list.top - 1 && r.bottom <= list.bottom + 1 && r.bottom <= innerHeight
            && (r.right <= keys.left || r.left >= keys.right || r.bottom <= keys.top || r.top >= keys.bottom)).length;
      })()`);
      expect(whole, id).toBeGreaterThanOrEqual(3);
      expect(await fitsScreen(page)).toEqual(id === 'turistbyran' ? PORTRAIT : LANDSCAPE);
      await page.screenshot({ path: screenshotPath(`kiosk-${id === 'turistbyran' ? 'portrait' : 'landscape'}-keyboard-results`) });
      // "Klar" puts the keyboard away and the chips back.
      await page.locator('.hg-button[data-skbtn="{done}"]').tap();
      await page.locator('#k-keyboard').waitFor({ state: 'hidden' });
      expect(await page.locator('#k-when-weekend + label').isVisible()).toBe(true);
    }
  });

  it('never cuts an event\'s text silently: it fades at the stage\'s foot and "Visa mer" scrolls to its end (screenshots)', async () => {
    for (const id of ['turistbyran', 'liggande'] as const) {
      const shot = (name: string) => screenshotPath(`kiosk-${id === 'turistbyran' ? 'portrait' : 'landscape'}-event-${name}`);
      const page = await openScreen(id);
      await touchTheScreen(page);
      await typeOnScreen(page, 'vinterbad');
      await page.locator('.k-result', { hasText: 'Vinterbad vid Evedal' }).first().tap();
      await page.locator('.k-event-title', { hasText: 'Vinterbad vid Evedal' }).waitFor();
      const stage = () => page.evaluate<{ over: number; top: number; mask: string; descEnd: number; stageEnd: number; linkEnd: number }>(`(() => {
        const s = document.getElementById('k-stage');
        const box = s.getBoundingClientRect();
        return { over: s.scrollHeight - s.clientHeight, top: s.scrollTop, mask: getComputedStyle(s).maskImage,
          descEnd: document.querySelector('.k-event-desc').getBoundingClientRect().bottom, stageEnd: box.bottom,
          linkEnd: document.querySelector('.k-short-url').getBoundingClientRect().bottom };
      })()`);
      const more = page.locator('#k-more');
      const first = await stage();
      // This one is longer than the stage: the screen says so, with a fade and a large button within reach.
      expect(first.over, id).toBeGreaterThan(0);
      expect(first.mask).toContain('gradient');
      await more.waitFor();
      expect(await more.textContent()).toBe(id === 'turistbyran' ? 'Visa mer' : 'Show more');
      const size = await more.boundingBox();
      expect(size?.height).toBeGreaterThanOrEqual(48);
      expect(await more.evaluate((e) => e.closest('.k-reach') !== null)).toBe(true);
      // The short link to type stays clear of the fade.
      expect(first.linkEnd).toBeLessThan(first.stageEnd - 100);
      await page.screenshot({ path: shot('long') });
      for (let i = 0; i < 5 && (await more.textContent()) !== (id === 'turistbyran' ? 'Till början' : 'Back to the top'); i++) {
        await more.tap();
        await page.waitForTimeout(700);
      }
      const end = await stage();
      expect(end.top).toBeGreaterThan(0);
      expect(end.descEnd).toBeLessThanOrEqual(end.stageEnd);
      expect(end.mask).toBe('none');
      await page.screenshot({ path: shot('long-end') });
      await more.tap();
      await page.waitForFunction(() => (globalThis as unknown as { document: { getElementById(id: string): { scrollTop: number } } }).document.getElementById('k-stage').scrollTop === 0, undefined, { timeout: 5000 });
    }
  });

  it('lets nothing leave the screen: no links, no new windows, no selection, no context menu, no pinch zoom', async () => {
    const page = await openScreen('turistbyran');
    await touchTheScreen(page);
    await page.locator('.k-result').first().tap();
    await page.locator('.k-event').waitFor();
    const facts = await page.evaluate<Record<string, unknown>>(`(() => {
      const menu = new MouseEvent('contextmenu', { bubbles: true, cancelable: true });
      document.querySelector('.k-event-title').dispatchEvent(menu);
      return {
        links: document.querySelectorAll('a[href]').length,
        newWindow: window.open('https://example.org/'),
        menuPrevented: menu.defaultPrevented,
        userSelect: getComputedStyle(document.body).userSelect,
        touchAction: getComputedStyle(document.body).touchAction,
        viewport: document.querySelector('meta[name=viewport]').content,
      };
    })()`);
    expect(facts).toEqual({
      links: 0,
      newWindow: null,
      menuPrevented: true,
      userSelect: 'none',
      touchAction: 'pan-x pan-y',
      // Pinch zoom is off by touch-action (and Chromium's --disable-pinch), not by user-scalable=no, which WCAG 1.4.4 forbids.
      viewport: 'width=device-width, initial-scale=1',
    });
  });

  it('has no accessibility violations on the touch views (results, keyboard, event)', async () => {
    const page = await openScreen('turistbyran');
    await touchTheScreen(page);
    await typeOnScreen(page, 'konsert');
    await page.locator('.k-result').first().waitFor();
    const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
    const results = await new AxeBuilder({ page }).withTags(wcag).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.locator('.k-result').first().tap();
    await page.locator('.k-event').waitFor();
    const event = await new AxeBuilder({ page }).withTags(wcag).analyze();
    expect(event.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});

describe('a kiosk screen when the server goes away', () => {
  it('keeps its content with an "Uppdaterad 09:00" marker, survives a reload, and recovers by itself', async () => {
    const page = await openScreen('turistbyran');
    // The service worker takes over the page it was registered from.
    // A function, not a string: the page's CSP (script-src 'self') forbids evaluating strings.
    await page.waitForFunction(() => (globalThis as unknown as { navigator: { serviceWorker: { controller: unknown } } }).navigator.serviceWorker.controller !== null, undefined, { timeout: 15_000 });
    await markDocument(page);
    const titles = await page.locator('[data-panel] .k-card-title').allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    expect(await page.locator('#k-stale').isHidden()).toBe(true);
    await site.stopApp();
    try {
      await page.locator('#k-stale:not([hidden])').waitFor({ timeout: 10_000 });
      expect(await page.locator('#k-stale').textContent()).toMatch(/^(Uppdaterad|Updated) 09:00$/);
      expect(await page.locator('[data-panel] .k-card-title').allTextContents()).toEqual(titles);
      await page.screenshot({ path: screenshotPath('kiosk-portrait-stale') });
      // A reload while the server is away: the worker's copy, never Chromium's error page.
      await page.reload();
      await page.locator('[data-panel]:not([hidden])').waitFor();
      expect(page.url()).toBe(`${site.base}/kiosk/turistbyran`);
      expect(await page.locator('[data-panel] .k-card-title').allTextContents()).toEqual(titles);
      await page.locator('#k-stale:not([hidden])').waitFor({ timeout: 10_000 });
      await markDocument(page);
    } finally {
      await site.startApp();
    }
    await page.locator('#k-stale').waitFor({ state: 'hidden', timeout: 15_000 });
    expect(await isSameDocument(page)).toBe(true);
  });

  it('reloads exactly once when a deployment changes its version', async () => {
    const page = await openScreen('turistbyran');
    let loads = 0;
    page.on('load', () => {
      loads += 1;
    });
    await site.stopApp();
    await site.startApp({ shell: 'test-shell-2' });
    await page.waitForEvent('load', { timeout: 15_000 });
    await page.locator('[data-panel]:not([hidden])').waitFor();
    // Three more version checks (2 s each in the test config) see the same version: no more reloads.
    await page.waitForTimeout(6500);
    expect(loads).toBe(1);
    expect(await page.evaluate<string>(`JSON.parse(document.body.dataset.settings).version`)).toMatch(/^test-shell-2\./);
  });
});
