import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSite, screenshotPath, startBrowserSite, waitForCount } from '../support/browser.js';

/*
 * The map view. Tile requests go to OpenStreetMap's server, which the test browser cannot reach (every request off
 * the test server is aborted): the tests check markers, never tiles.
 */

let site: BrowserSite;

beforeAll(async () => {
  site = await startBrowserSite();
});

afterAll(async () => {
  await site?.close();
});

/** Markers on the map: each cluster icon counts its markers, each lone marker icon one. */
async function markersShown(page: Awaited<ReturnType<BrowserSite['newPage']>>): Promise<number> {
  return page.evaluate<number>(`(() => {
    const clusters = [...document.querySelectorAll('#map .marker-cluster')].reduce((n, c) => n + Number(c.textContent), 0);
    return clusters + document.querySelectorAll('#map .leaflet-marker-icon:not(.marker-cluster)').length;
  })()`);
}

describe('the map view', () => {
  it('shows one marker per result with a place, and a marker opens a popup that links to the event', async () => {
    const page = await site.newPage();
    await page.goto(`${site.base}/sok?category=music`);
    await waitForCount(page, '18 träffar');
    await page.getByRole('link', { name: 'Karta' }).click();
    await page.waitForURL(/view=map/);
    await page.locator('#map[data-ready="yes"]').waitFor();
    const points = await page.evaluate<number>(`JSON.parse(document.getElementById('map-points').textContent).length`);
    expect(points).toBe(18);
    expect(await page.locator('#map').getAttribute('data-markers')).toBe('18');
    expect(await markersShown(page)).toBe(18);
    expect(await page.locator('.leaflet-control-attribution').textContent()).toContain('© OpenStreetMap contributors');
    // The list stays below the map.
    expect(await page.locator('#cards > li.card').count()).toBe(18);
    await page.screenshot({ path: screenshotPath('map-1280') });
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

    // Zoom until a lone marker shows, then open it.
    for (let i = 0; i < 6 && (await page.locator('#map .leaflet-marker-icon:not(.marker-cluster)').count()) === 0; i++) {
      await page.locator('#map .marker-cluster').first().click();
      await page.waitForTimeout(400);
    }
    await page.locator('#map .leaflet-marker-icon:not(.marker-cluster)').first().click();
    const link = page.locator('.leaflet-popup .map-popup a');
    await link.waitFor();
    expect(await link.getAttribute('href')).toMatch(/^\/evenemang\/[\w-]+--[\w-]+$/);
  });

  it('follows the filters: ticking a category redraws the map with that category\'s markers', async () => {
    const page = await site.newPage();
    await page.goto(`${site.base}/sok?view=map`);
    await page.locator('#map[data-ready="yes"]').waitFor();
    expect(await page.locator('#map').getAttribute('data-markers')).toBe('114');
    await page.locator('#f-category-library').click();
    await page.waitForURL(/category=library.*view=map|view=map.*category=library/);
    await page.locator('#map[data-markers="13"]').waitFor();
    expect(await markersShown(page)).toBe(13);
  });

  it('on a phone, sits above the list; without JavaScript the list is the page', async () => {
    const phone = await site.newPage({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    await phone.goto(`${site.base}/sok?view=map&category=music`);
    await phone.locator('#map[data-ready="yes"]').waitFor();
    expect((await phone.locator('#map').boundingBox())?.width).toBeLessThanOrEqual(360);
    await phone.screenshot({ path: screenshotPath('map-360') });
    const noJs = await site.newPage({ javaScriptEnabled: false });
    await noJs.goto(`${site.base}/sok?view=map&category=music`);
    expect(await noJs.locator('#map').isVisible()).toBe(false);
    expect(await noJs.locator('#cards > li.card').count()).toBe(18);
  });
});

describe('the event page', () => {
  it('has a small map with the place\'s marker', async () => {
    const page = await site.newPage();
    await page.goto(`${site.base}/sok?q=jazzkvall`);
    await page.locator('#cards .card-title a').first().click();
    await page.waitForURL(/\/evenemang\//);
    await page.locator('.mini-map[data-ready="yes"] .leaflet-marker-icon').waitFor();
    expect(await page.locator('.mini-map .leaflet-marker-icon').count()).toBe(1);
  });
});
