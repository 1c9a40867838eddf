import { readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSite, screenshotPath, scrollWidth, startBrowserSite, textLines, waitForCount } from '../support/browser.js';

// Screenshots of the pages checked here (360×800 and 1280×800) land in test-artifacts/screenshots/ for a human to look at.
let site: BrowserSite;
let eventPath: string;

beforeAll(async () => {
  site = await startBrowserSite();
  const body = (await (await fetch(`${site.base}/api/events?q=jazzkvall`)).json()) as { hits: { eventId: string }[] };
  eventPath = `/evenemang/jazzkvall--${body.hits[0]?.eventId}`;
});

afterAll(async () => {
  await site?.close();
});

const NARROW = { width: 360, height: 800 };
const WIDE = { width: 1280, height: 800 };

async function open(path: string, viewport = WIDE): Promise<Page> {
  const page = await site.newPage({ viewport });
  await page.goto(`${site.base}${path}`);
  return page;
}

/** The search page with a category and an area ticked through the UI (so the htmx-swapped markup is what is checked). */
async function filtered(viewport = WIDE): Promise<Page> {
  const page = await open('/sok', viewport);
  if (viewport.width < 960) await page.locator('.filters-open').click();
  await page.locator('#f-category-music').click();
  await waitForCount(page, '18 träffar');
  await page.locator('#f-area-centrum').click();
  await waitForCount(page, '15 träffar');
  if (viewport.width < 960) await page.locator('.sheet-show').click();
  return page;
}

/** Saves a viewport screenshot under test-artifacts/screenshots/ (to look at) and checks its size. */
async function shoot(page: Page, name: string): Promise<void> {
  const file = screenshotPath(name);
  await page.screenshot({ path: file });
  const png = readFileSync(file);
  // PNG IHDR: width at byte 16, height at byte 20.
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([page.viewportSize()?.width, 800]);
}

/** WCAG 2.1 A/AA rules: serious and critical violations fail the test; the others are printed for the report. */
async function seriousViolations(page: Page, name: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = (v: (typeof result.violations)[number]) =>
    `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`;
  for (const v of result.violations.filter((v) => v.impact === 'moderate' || v.impact === 'minor')) {
    console.info(`[axe ${name}] ${summary(v)}`);
  }
  const review = result.incomplete.map((v) => `${v.id} (${v.nodes.length})`);
  if (review.length) console.info(`[axe ${name}] needs review: ${review.join(', ')}`);
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map(summary);
}

describe('axe-core scan, WCAG 2.1 A and AA', () => {
  it('finds no serious or critical problems on the search page, wide and narrow', async () => {
    const wide = await open('/sok');
    await shoot(wide, 'search-1280');
    expect(await seriousViolations(wide, 'search 1280')).toEqual([]);
    const narrow = await open('/sok', NARROW);
    await shoot(narrow, 'search-360');
    expect(await seriousViolations(narrow, 'search 360')).toEqual([]);
  });

  it('finds no serious or critical problems on a filtered results page after htmx swaps', async () => {
    const page = await filtered();
    expect(page.url()).toMatch(/category=music.*area=centrum/);
    await shoot(page, 'filtered-1280');
    expect(await seriousViolations(page, 'filtered 1280')).toEqual([]);
  });

  it('finds no serious or critical problems on the accessibility statement and the privacy page', async () => {
    for (const path of ['/tillganglighet', '/en/privacy']) {
      const page = await open(path, NARROW);
      expect(await seriousViolations(page, path)).toEqual([]);
      expect(await scrollWidth(page)).toBeLessThanOrEqual(360);
    }
  });

  it('finds no serious or critical problems on an event page', async () => {
    const page = await open(eventPath);
    expect(await page.locator('h1').textContent()).toMatch(/^Jazzkväll/);
    await shoot(page, 'event-1280');
    expect(await seriousViolations(page, 'event 1280')).toEqual([]);
  });
});

describe('at 360 px wide', () => {
  it('keeps the site name on one line in the header, in Swedish and English', async () => {
    for (const path of ['/', '/en', '/sok']) {
      const page = await open(path, NARROW);
      expect(await textLines(page, '.site-header .brand'), path).toBe(1);
    }
  });

  it('nothing scrolls sideways on the search page (filters folded and open), a filtered page and an event page', async () => {
    const search = await open('/sok', NARROW);
    expect(await scrollWidth(search)).toBeLessThanOrEqual(360);
    await search.locator('.filters-open').click();
    await search.locator('#filters.is-open').waitFor();
    expect(await scrollWidth(search)).toBeLessThanOrEqual(360);
    expect(await seriousViolations(search, 'filter sheet 360')).toEqual([]);
    const filteredPage = await filtered(NARROW);
    await shoot(filteredPage, 'filtered-360');
    expect(await scrollWidth(filteredPage)).toBeLessThanOrEqual(360);
    const eventPage = await open(eventPath, NARROW);
    await shoot(eventPage, 'event-360');
    expect(await scrollWidth(eventPage)).toBeLessThanOrEqual(360);
  });

  it('folds the filters behind a "Filter" button whose sheet stays open across swaps; the button counts the active filters', async () => {
    const page = await open('/sok', NARROW);
    const toggle = page.locator('.filters-open');
    expect(await page.locator('#f-category-music').isVisible()).toBe(false);
    // Folded, the first result is on the first screen.
    expect((await page.locator('#cards > li').first().boundingBox())?.y).toBeLessThan(800);
    await toggle.click();
    await page.locator('#f-category-music').click();
    await waitForCount(page, '18 träffar');
    await page.locator('#filters.is-open').waitFor();
    expect(await page.locator('#f-category-music').isVisible()).toBe(true);
    await page.locator('.sheet-show').click();
    expect((await toggle.textContent())?.trim()).toBe('Filter (1)');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
  });

  it('shows the filters open, without the toggle, on a wide screen', async () => {
    const page = await open('/sok');
    expect(await page.locator('#f-category-music').isVisible()).toBe(true);
    expect(await page.locator('.filters-open').isVisible()).toBe(false);
    expect(await page.locator('.sheet-show').isVisible()).toBe(false);
  });
});
