import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BrowserSite,
  countText,
  facetCounts,
  focusInfo,
  isSameDocument,
  markDocument,
  screenshotPath,
  startBrowserSite,
  waitForCount,
} from '../support/browser.js';

let site: BrowserSite;

beforeAll(async () => {
  site = await startBrowserSite();
});

afterAll(async () => {
  await site?.close();
});

async function openSearch(path = '/sok') {
  const page = await site.newPage();
  await page.goto(`${site.base}${path}`);
  // Earlier tests' pages stay open; focus styles (:focus-visible) need this page to be the focused one.
  await page.bringToFront();
  await markDocument(page);
  return page;
}

describe('searching as you type', () => {
  it('finds "Sagostund för de minsta" typed as "sagostnd" without a page load, and pushes ?q= into history', async () => {
    const page = await openSearch();
    const before = await page.evaluate<number>('history.length');
    await page.locator('#q').pressSequentially('sagostnd');
    await page.waitForURL(/[?&]q=sagostnd(&|$)/);
    await page.locator('#cards .card-title').first().filter({ hasText: 'Sagostund för de minsta' }).waitFor();
    // The page shows what the spelling it names finds ("Visar resultat för sagostund"), as that word typed right does.
    expect(await countText(page)).toBe('9 träffar');
    expect(await page.locator('.did-you-mean strong').textContent()).toBe('sagostund');
    expect(await isSameDocument(page)).toBe(true);
    expect(await page.evaluate<number>('history.length')).toBe(before + 1);
    // The match is highlighted (Meilisearch marks as many letters as were typed: "Sagostun").
    expect(await page.locator('#cards .card-title mark').first().textContent()).toMatch(/^Sagostun/i);
  });
});

describe('facet filters', () => {
  it('narrows by a category and then an area, and every facet value still shows its own count (disjunctive)', async () => {
    const page = await openSearch();
    expect(await countText(page)).toBe('114 träffar');
    const categoriesBefore = await facetCounts(page, 'categories');
    const areasBefore = await facetCounts(page, 'area');
    const music = categoriesBefore.music ?? 0;
    expect(music).toBeGreaterThan(2);

    await page.locator('#f-category-music').click();
    await waitForCount(page, `${music} träffar`);
    expect(page.url()).toMatch(/[?&]category=music(&|$)/);
    // Ticking a category leaves the category counts alone (other categories stay pickable) and narrows the areas.
    expect(await facetCounts(page, 'categories')).toEqual(categoriesBefore);
    const areasWithMusic = await facetCounts(page, 'area');
    expect(areasWithMusic.centrum).toBeLessThan(areasBefore.centrum ?? 0);

    await page.locator('#f-area-centrum').click();
    await waitForCount(page, `${areasWithMusic.centrum} träffar`);
    expect(page.url()).toMatch(/category=music/);
    expect(page.url()).toMatch(/area=centrum/);
    expect(await page.locator('#f-category-music').isChecked()).toBe(true);
    expect(await page.locator('#f-area-centrum').isChecked()).toBe(true);
    const categoriesInCentrum = await facetCounts(page, 'categories');
    expect(categoriesInCentrum.music).toBe(areasWithMusic.centrum);
    // Other categories are still offered, with their counts in Centrum.
    expect(Object.keys(categoriesInCentrum).length).toBeGreaterThan(5);
    expect(categoriesInCentrum.history).toBeGreaterThan(0);
    expect(categoriesInCentrum.history).toBeLessThan(categoriesBefore.history ?? 0);
    expect(await isSameDocument(page)).toBe(true);
  });

  it('applies a filter changed the moment a typed search has swapped in its results', async () => {
    const page = await openSearch('/sok?category=music');
    // A visitor picking a date just as the results for their typing arrive: the next task after the swap.
    await page.evaluate(`(() => {
      let done = false;
      document.addEventListener('htmx:afterSwap', (e) => {
        if (done || e.target.id !== 'results-region') return;
        done = true;
        setTimeout(() => {
          const when = document.getElementById('f-when');
          when.value = 'week';
          when.dispatchEvent(new Event('change', { bubbles: true }));
        }, 0);
      });
    })()`);
    await page.locator('#q').fill('orgel');
    await page.waitForURL(/when=week/, { timeout: 3000 });
    expect(page.url()).toMatch(/q=orgel.*category=music/);
    expect(await page.locator('#f-when').inputValue()).toBe('week');
  });

  it('announces the new count in a polite status region after a swap', async () => {
    const page = await openSearch();
    const status = page.getByRole('status');
    expect(await status.count()).toBe(1);
    expect(await status.getAttribute('aria-live')).toBe('polite');
    expect(await status.textContent()).toBe('114 träffar');
    await page.locator('#f-category-music').click();
    await waitForCount(page, '18 träffar');
    await status.filter({ hasText: /^18 träffar$/ }).waitFor();
    expect(await page.locator('#result-count').count()).toBe(1);
  });
});

describe('history', () => {
  it('restores the previous results, checkboxes and search text on Back, and the newer state on Forward', async () => {
    const page = await openSearch();
    await page.locator('#q').fill('sagostnd');
    await waitForCount(page, '9 träffar');
    await page.waitForURL(/q=sagostnd/);
    await page.locator('#f-category-library').click();
    await waitForCount(page, '2 träffar');
    await page.waitForURL(/category=library/);

    await page.goBack();
    await page.waitForURL((url) => url.search.includes('q=sagostnd') && !url.search.includes('category'));
    await waitForCount(page, '9 träffar');
    expect(await page.locator('#f-category-library').isChecked()).toBe(false);
    expect(await page.locator('#q').inputValue()).toBe('sagostnd');

    await page.goBack();
    await page.waitForURL((url) => url.search === '');
    await waitForCount(page, '114 träffar');
    expect(await page.locator('#q').inputValue()).toBe('');

    await page.goForward();
    await waitForCount(page, '9 träffar');
    expect(await page.locator('#q').inputValue()).toBe('sagostnd');
    expect(await isSameDocument(page)).toBe(true);
  });
});

describe('show more and keyboard use', () => {
  it('"Visa fler" appends the next page in place and moves focus to the first new card', async () => {
    const page = await openSearch();
    const cards = page.locator('#cards > li.card');
    const first = await cards.count();
    expect(first).toBe(20);
    const url = page.url();
    // With JavaScript the page links give way to "show more".
    expect(await page.locator('.pagination').isVisible()).toBe(false);
    await page.locator('#more a').focus();
    await page.keyboard.press('Enter');
    await cards.nth(first).waitFor();
    expect(await cards.count()).toBe(40);
    // The address records how many pages are shown (for Back), without a new history entry.
    await page.waitForURL(`${url}?pages=2`);
    const focus = await focusInfo(page);
    expect(focus.cardTitle).toBe((await cards.nth(first).locator('.card-title').textContent())?.trim());
    expect(await page.locator('#more a').getAttribute('href')).toMatch(/page=3/);
  });

  it('reaches the search box, the filters and the results with Tab, each with a visible focus ring', async () => {
    const page = await openSearch();
    const seen: string[] = [];
    for (let i = 0; i < 90 && !seen.includes('card'); i++) {
      await page.keyboard.press('Tab');
      const f = await focusInfo(page);
      // A date input's last Tab stop is the browser's own calendar button inside it (styled by app.css, but not
      // reachable from here): the input is active without matching :focus.
      if (f.tag === 'input' && f.id.startsWith('f-') && !f.focused) continue;
      const what = f.id === 'q' ? 'search' : f.id.startsWith('f-') ? 'filter' : f.cardTitle ? 'card' : f.tag;
      if (what !== seen.at(-1)) seen.push(what);
      if (['search', 'filter', 'card'].includes(what)) {
        expect(f.focusVisible, `${what} #${f.id} matches :focus-visible ${JSON.stringify(f)}`).toBe(true);
        expect(f.outlineStyle, `${what} outline`).toBe('solid');
        expect(f.outlineWidth, `${what} outline width`).toBeGreaterThanOrEqual(2);
      }
    }
    const order = seen.filter((w) => ['search', 'filter', 'card'].includes(w));
    expect(order).toEqual(['search', 'filter', 'card']);
  });

  it('keeps focus on a checkbox ticked with Space after the results are swapped', async () => {
    const page = await openSearch();
    await page.locator('#f-sort').focus();
    await page.keyboard.press('Tab');
    const box = await focusInfo(page);
    expect(box.id).toMatch(/^f-category-/);
    await page.keyboard.press('Space');
    await page.waitForURL(/category=/);
    await page.locator(`#${box.id}:checked`).waitFor();
    await page.locator('#results-region:not(.htmx-settling)').waitFor();
    const after = await focusInfo(page);
    expect(after.id).toBe(box.id);
    expect(after.focusVisible).toBe(true);
    expect(await countText(page)).not.toBe('114 träffar');
  });
});

describe('events and places as two sections', () => {
  const kinds = (page: Awaited<ReturnType<typeof openSearch>>, list: string) =>
    page.locator(`${list} > li.card`).evaluateAll((cards) => cards.map((c) => (c.classList.contains('card-event') ? 'event' : 'place')));

  it('"show more" pages each section on its own, the address keeps both, and Back from an event restores both', async () => {
    const page = await openSearch('/sok?q=v%C3%A4xj%C3%B6');
    expect(await page.locator('#events-heading').textContent()).toMatch(/^Evenemang \d+$/);
    expect(await page.locator('#places-heading').textContent()).toMatch(/^Platser att besöka \d+$/);
    expect(await kinds(page, '#place-cards')).toEqual(['place', 'place', 'place', 'place']);

    await page.locator('#more a').click();
    await page.locator('#cards > li.card').nth(20).waitFor();
    await page.waitForURL(/pages=2$/);
    expect(await kinds(page, '#cards')).toEqual(Array(40).fill('event'));
    // Focus goes on at the first new event (once htmx has settled).
    await page.waitForFunction("document.activeElement?.closest('#cards > li.card')");
    expect((await focusInfo(page)).cardTitle).toBe((await page.locator('#cards > li.card').nth(20).locator('.card-title').textContent())?.trim());

    await page.locator('#more-places a').click();
    await page.locator('#place-cards > li.card').nth(4).waitFor();
    await page.waitForURL(/pages=2&places=24$/);
    const places = await kinds(page, '#place-cards');
    expect(places.length).toBeGreaterThan(4);
    expect(places.every((k) => k === 'place')).toBe(true);
    await page.waitForFunction("document.activeElement?.closest('#place-cards > li.card')");
    expect(await page.evaluate<string>('document.activeElement?.textContent?.trim()')).toBe((await page.locator('#place-cards > li.card').nth(4).locator('.card-title').textContent())?.trim());
    // Still 40 events, none repeated, no place among them; the next events page keeps the places shown.
    expect(await kinds(page, '#cards')).toEqual(Array(40).fill('event'));
    const titles = await page.locator('#cards .card-title').allTextContents();
    expect(new Set(titles).size).toBe(40);

    await page.locator('#more a').click();
    await page.locator('#cards > li.card').nth(40).waitFor();
    await page.waitForURL(/pages=3&places=24$/);
    expect(await page.locator('#place-cards > li.card').count()).toBe(places.length);

    await page.locator('#place-cards .card-title a').first().click();
    await page.waitForURL(/\/evenemang\//);
    await page.goBack();
    await page.waitForURL(/pages=3&places=24$/);
    await page.locator('#cards > li.card').nth(59).waitFor();
    expect(await kinds(page, '#cards')).toEqual(Array(60).fill('event'));
    expect(await kinds(page, '#place-cards')).toEqual(places);
  });

  it('a fresh load of that address (no history cache) shows the same sections', async () => {
    const page = await openSearch('/sok?q=v%C3%A4xj%C3%B6&pages=3&places=24');
    expect(await kinds(page, '#cards')).toEqual(Array(60).fill('event'));
    expect((await kinds(page, '#place-cards')).length).toBeGreaterThan(4);
  });

  it('leads with the places when a place is the best match, and is photographed at 360 and 1280 px', async () => {
    for (const width of [1280, 360]) {
      const page = await site.newPage({ viewport: { width, height: 800 } });
      await page.goto(`${site.base}/sok?q=domkyrkan`);
      const order = await page.locator('.result-section').evaluateAll((s) => s.map((x) => x.querySelector('ol')?.id));
      expect(order).toEqual(['place-cards', 'cards']);
      expect(await page.locator('#place-cards .card-title').first().textContent()).toBe('Växjö domkyrka');
      expect(await page.locator('#place-cards > li.card').count()).toBe(2);
      await page.screenshot({ path: screenshotPath(`search-sections-${width}`), fullPage: true });
    }
  });
});

describe('language', () => {
  it('switching to English keeps the typed search and the ticked filters', async () => {
    const page = await openSearch();
    await page.locator('#q').fill('sagostnd');
    await waitForCount(page, '9 träffar');
    await page.locator('#f-category-library').click();
    await waitForCount(page, '2 träffar');
    await page.getByRole('link', { name: 'In English' }).click();
    await page.waitForURL(/\/en\/search\?/);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('#q').inputValue()).toBe('sagostnd');
    expect(await page.locator('#f-category-library').isChecked()).toBe(true);
    expect(await countText(page)).toBe('2 results');
    expect(await page.locator('label[for=q]').textContent()).toBe('Search events and experiences');
    expect(await page.getByRole('link', { name: 'På svenska' }).getAttribute('href')).toMatch(/^\/sok\?.*q=sagostnd.*category=library/);
  });
});

describe('without JavaScript', () => {
  it('the form still filters (submit button) and searches (Enter) with full page loads', async () => {
    const page = await site.newPage({ javaScriptEnabled: false });
    await page.goto(`${site.base}/sok`);
    expect(await page.getByRole('link', { name: 'Nästa sida' }).isVisible()).toBe(true);
    await page.locator('#q').fill('sagostnd');
    await Promise.all([page.waitForURL(/q=sagostnd/), page.locator('#q').press('Enter')]);
    expect(await countText(page)).toBe('9 träffar');
    await page.locator('#f-category-library').check();
    await Promise.all([page.waitForURL(/category=library/), page.locator('.filters button[type=submit]').click()]);
    expect(page.url()).toMatch(/q=sagostnd/);
    expect(await countText(page)).toBe('2 träffar');
    expect(await page.locator('#f-category-library').isChecked()).toBe(true);
    expect(await page.locator('#cards .card-title').first().textContent()).toContain('Sagostund');
  });
});
