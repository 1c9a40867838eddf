import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { type Browser, type BrowserContext, type BrowserContextOptions, chromium, type Page } from 'playwright-core';
import { type SampleSiteOptions, startSampleSite } from './sample-site.js';

/** Debian's Chromium; never `playwright install`. */
const CHROMIUM_PATH = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const SCREENSHOT_DIR = path.resolve(import.meta.dirname, '../../test-artifacts/screenshots');

/** One real site for a browser test file: Meilisearch + one indexer run + the app on loopback + Chromium. */
export interface BrowserSite {
  /** `http://127.0.0.1:<port>` */
  base: string;
  browser: Browser;
  /** A fresh context (AxeBuilder needs a page from `browser.newContext()`); closed by `close()`. */
  newPage(options?: BrowserContextOptions): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Starts the engine, indexes the sample feeds at the anchor Monday (deterministic data), listens, launches Chromium.
 * Call once per test file in `beforeAll`; `close()` in `afterAll`.
 */
export async function startBrowserSite(options: SampleSiteOptions = {}): Promise<BrowserSite> {
  const contexts: BrowserContext[] = [];
  const [served, launched] = await Promise.allSettled([
    startSampleSite({}, options),
    chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS }),
  ]);
  if (served.status === 'rejected' || launched.status === 'rejected') {
    if (served.status === 'fulfilled') await served.value.close();
    if (launched.status === 'fulfilled') await launched.value.close();
    throw served.status === 'rejected' ? served.reason : (launched as PromiseRejectedResult).reason;
  }
  const site = served.value;
  const browser = launched.value;
  const origin = new URL(site.base).origin;
  return {
    base: site.base,
    browser,
    async newPage(options = {}) {
      const context = await browser.newContext({ locale: 'sv-SE', viewport: { width: 1280, height: 800 }, ...options });
      contexts.push(context);
      // Hermetic: feed images on other hosts (and anything else off the test server) fail at once.
      await context.route((url) => url.origin !== origin, (route) => route.abort());
      return context.newPage();
    },
    async close() {
      await Promise.allSettled(contexts.map((c) => c.close()));
      await browser.close();
      await site.close();
    },
  };
}

/** The path of a screenshot under test-artifacts/screenshots/ (the folder is created). */
export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return path.join(SCREENSHOT_DIR, `${name}.png`);
}

/** What has keyboard focus, and whether it shows a focus ring (read in the page; tsconfig has no DOM types). */
export interface FocusInfo {
  id: string;
  tag: string;
  /** The card title when the focused element is a result card's link. */
  cardTitle: string | null;
  focused: boolean;
  focusVisible: boolean;
  outlineStyle: string;
  outlineWidth: number;
}

export function focusInfo(page: Page): Promise<FocusInfo> {
  return page.evaluate<FocusInfo>(`(() => {
    const el = document.activeElement;
    const style = getComputedStyle(el);
    return {
      id: el.id,
      tag: el.tagName.toLowerCase(),
      cardTitle: el.closest('#cards > li.card') ? el.textContent.trim() : null,
      focused: el.matches(':focus'),
      focusVisible: el.matches(':focus-visible'),
      outlineStyle: style.outlineStyle,
      outlineWidth: parseFloat(style.outlineWidth) || 0,
    };
  })()`);
}

/** The results heading's text ("18 träffar"). */
export async function countText(page: Page): Promise<string> {
  return ((await page.locator('#results-heading').textContent()) ?? '').trim();
}

/** Waits until the results heading reads exactly `text`. */
export async function waitForCount(page: Page, text: string): Promise<void> {
  await page.locator('#results-heading').filter({ hasText: new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`) }).waitFor();
}

/** Facet value → the count shown next to it, for one facet group (`categories`, `area`, …). */
export async function facetCounts(page: Page, field: string): Promise<Record<string, number>> {
  const rows = await page.locator(`#facet-${field} li`).evaluateAll(
    (lis) => lis.map((li) => [li.querySelector('input')?.value ?? '', li.querySelector('.facet-count')?.textContent ?? '']),
  );
  return Object.fromEntries(rows.map(([value, count]) => [value, Number(count?.replace(/\D/g, ''))]));
}

/** A marker that survives htmx swaps but not a page load. */
export async function markDocument(page: Page): Promise<void> {
  await page.evaluate(`window.__sameDocument = true`);
}

export async function isSameDocument(page: Page): Promise<boolean> {
  return page.evaluate<boolean>(`window.__sameDocument === true`);
}

/** Horizontal overflow: the document's scroll width. */
export function scrollWidth(page: Page): Promise<number> {
  return page.evaluate<number>('document.documentElement.scrollWidth');
}

/** How many lines the text of the first element matching `selector` takes (one rectangle per line box). */
export function textLines(page: Page, selector: string): Promise<number> {
  return page.evaluate<number>(`(() => {
    const range = document.createRange();
    range.selectNodeContents(document.querySelector(${JSON.stringify(selector)}));
    return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
  })()`);
}
