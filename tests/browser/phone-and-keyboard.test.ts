import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSite, countText, focusInfo, isSameDocument, markDocument, screenshotPath, startBrowserSite, waitForCount } from '../support/browser.js';

let site: BrowserSite;

beforeAll(async () => {
  site = await startBrowserSite();
});

afterAll(async () => {
  await site?.close();
});

const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };

async function open(path: string, options = {}) {
  const page = await site.newPage(options);
  await page.goto(`${site.base}${path}`);
  await page.bringToFront();
  await markDocument(page);
  return page;
}

describe('the filter sheet on a phone', () => {
  it('opens full height, counts on its sticky button while results update behind it, and closes onto the results', async () => {
    const page = await open('/sok', PHONE);
    const sheet = page.locator('#filters');
    expect(await sheet.isVisible()).toBe(false);
    await page.getByRole('link', { name: 'Filter' }).tap();
    await page.locator('#filters.is-open').waitFor();
    const box = await sheet.boundingBox();
    expect(box?.height).toBe(740);
    // No scroll boxes inside: the facet lists are as tall as their content.
    const boxed = await page.locator('#filters .facet ul').evaluateAll((uls) => uls.filter((ul) => ul.scrollHeight > ul.clientHeight + 1).length);
    expect(boxed).toBe(0);

    await page.locator('label[for=f-category-music]').tap();
    const button = page.locator('.sheet-show');
    await button.filter({ hasText: 'Visa 18 träffar' }).waitFor();
    expect(await button.isVisible()).toBe(true);
    expect((await button.boundingBox())?.y ?? 0).toBeGreaterThan(600);
    expect(await page.locator('#filters.is-open').count()).toBe(1);
    expect(await page.locator('#f-category-music').isChecked()).toBe(true);
    await page.screenshot({ path: screenshotPath('search-360-filter-sheet') });

    await button.tap();
    await page.locator('#filters.is-open').waitFor({ state: 'detached' });
    expect(await sheet.isVisible()).toBe(false);
    expect(await countText(page)).toBe('18 träffar');
    expect((await focusInfo(page)).id).toBe('results-heading');
    const heading = await page.locator('#results-heading').boundingBox();
    expect(heading?.y ?? -9).toBeGreaterThanOrEqual(-1);
    expect(heading?.y ?? 999).toBeLessThan(100);
    expect(page.url()).toMatch(/category=music/);
    expect(await isSameDocument(page)).toBe(true);
  });

  it('is folded by CSS before any script runs, so nothing jumps while scripts load', async () => {
    const withoutJs = await open('/sok', { ...PHONE, javaScriptEnabled: false });
    expect(await withoutJs.locator('#filters').isVisible()).toBe(false);
    const before = (await withoutJs.locator('#results-heading').boundingBox())?.y;
    const withJs = await open('/sok', PHONE);
    await withJs.waitForFunction('document.documentElement.classList.contains("js")');
    expect((await withJs.locator('#results-heading').boundingBox())?.y).toBe(before);
    // Without JavaScript the sheet still opens (#filters:target) and its button applies the filters.
    await withoutJs.getByRole('link', { name: 'Filter' }).tap();
    expect(await withoutJs.locator('#filters').isVisible()).toBe(true);
    await withoutJs.locator('label[for=f-category-music]').tap();
    await Promise.all([withoutJs.waitForURL(/category=music/), withoutJs.locator('.sheet-show').tap()]);
    expect(await countText(withoutJs)).toBe('18 träffar');
    expect(await withoutJs.locator('#filters').isVisible()).toBe(false);
  });
});

describe('on a desktop', () => {
  it('keeps the scroll position when a facet changes', async () => {
    const page = await open('/sok');
    await page.evaluate('window.scrollTo(0, 500)');
    const before = await page.evaluate<number>('window.scrollY');
    expect(before).toBe(500);
    await page.locator('#f-area-centrum').evaluate((el) => (el as unknown as { click(): void }).click());
    await page.waitForURL(/area=centrum/);
    await page.locator('#results-region:not(.htmx-settling)').waitFor();
    expect(await page.evaluate<number>('window.scrollY')).toBe(before);
  });
});

describe('history', () => {
  it('makes one history entry for a typed search, however slowly it is typed', async () => {
    const page = await open('/sok');
    const before = await page.evaluate<number>('history.length');
    await page.locator('#q').pressSequentially('konsert', { delay: 450 });
    await page.waitForURL(/q=konsert$/);
    await waitForCount(page, '18 träffar');
    expect(await page.evaluate<number>('history.length')).toBe(before + 1);
    await page.locator('#q').press('Enter');
    await page.waitForTimeout(400);
    expect(await page.evaluate<number>('history.length')).toBe(before + 1);
    await page.goBack();
    await page.waitForURL((url) => url.search === '');
    await waitForCount(page, '114 träffar');
  });

  it('commits a select on the choice, not on every arrow key', async () => {
    const page = await open('/sok');
    const before = await page.evaluate<number>('history.length');
    await page.locator('#f-when').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.waitForTimeout(600);
    expect(page.url()).toBe(`${site.base}/sok`);
    await page.keyboard.press('Tab');
    await page.waitForURL(/when=tonight/);
    expect(await page.evaluate<number>('history.length')).toBe(before + 1);
  });

  it('"show more" survives a visit to an event and Back: the pages loaded are in the URL', async () => {
    const page = await open('/sok');
    const cards = page.locator('#cards > li.card');
    await page.locator('#more a').click();
    await cards.nth(20).waitFor();
    await page.locator('#more a').click();
    await cards.nth(40).waitFor();
    await page.waitForURL(/pages=3/);
    expect(await cards.count()).toBe(60);
    const title = (await cards.nth(45).locator('.card-title').textContent())?.trim();
    await cards.nth(45).locator('.card-title a').click();
    await page.waitForURL(/\/evenemang\//);
    await page.goBack();
    await page.waitForURL(/\/sok\?pages=3$/);
    await cards.nth(59).waitFor();
    expect(await cards.count()).toBe(60);
    expect((await cards.nth(45).locator('.card-title').textContent())?.trim()).toBe(title);
    expect(await page.locator('#more a').getAttribute('href')).toMatch(/page=4/);
  });
});

describe('keyboard', () => {
  it('the skip link lands on the results heading, and the first result is the next Tab', async () => {
    const page = await open('/sok?q=jazz');
    await page.keyboard.press('Tab');
    const skip = await focusInfo(page);
    expect(skip.tag).toBe('a');
    expect(await page.evaluate<string>('document.activeElement.textContent')).toBe('Hoppa till resultaten');
    await page.keyboard.press('Enter');
    expect((await focusInfo(page)).id).toBe('results-heading');
    await page.keyboard.press('Tab');
    const first = await focusInfo(page);
    expect(first.cardTitle).toBe((await page.locator('#cards .card-title').first().textContent())?.trim());
  });

  it('offers no skip link where there are no results', async () => {
    const page = await open('/sok?q=xyzzyplugh');
    expect(await page.locator('a.skip').count()).toBe(0);
  });
});
