import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSite, startBrowserSite, waitForCount } from '../support/browser.js';

let site: BrowserSite;

/** An ISO instant as iCalendar local time in Växjö ("20260117T103000"). */
const stockholm = (iso: string) =>
  new Date(iso).toLocaleString('sv-SE', { timeZone: 'Europe/Stockholm' }).replace(/[-:]/g, '').replace(' ', 'T');

beforeAll(async () => {
  site = await startBrowserSite();
});

afterAll(async () => {
  await site?.close();
});

describe('event page', () => {
  it('opens from a result card and downloads its calendar file', async () => {
    const page = await site.newPage();
    await page.goto(`${site.base}/sok`);
    await page.locator('#q').fill('jazzkvall');
    await page.waitForURL(/q=jazzkvall/);
    const card = page.locator('#cards .card-title a').first();
    const title = (await card.textContent())?.trim() ?? '';
    expect(title).toMatch(/^Jazzkväll på Konserthuset/);
    await card.click();
    await page.waitForURL(/\/evenemang\/jazzkvall-pa-konserthuset[\w-]*--[\w-]+$/);
    expect(await page.locator('h1').textContent()).toBe(title);
    expect(await page.title()).toBe(`${title} – Upptäck Växjö`);
    expect(await page.locator('.event-when').textContent()).toBe('tors 15 jan. 19:00–21:30');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Lägg till i kalendern' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^jazzkvall-pa-konserthuset[\w-]*\.ics$/);
    const ics = (await readFile(await download.path(), 'utf8')).replace(/\r\n[ \t]/g, '');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics).toContain(`SUMMARY:${title}`);
    expect(ics).toContain('DTSTART;TZID=Europe/Stockholm:20260115T190000');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(ics.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
  });

  it('on a phone puts "add to calendar" next to the date at the top, for the date the card showed', async () => {
    const page = await site.newPage({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    await page.goto(`${site.base}/sok?q=sagostund+för+de+minsta&when=next-week`);
    await page.locator('#cards .card-title a').first().click();
    await page.waitForURL(/\?at=\d+$/);
    const when = await page.locator('.event-when time').getAttribute('datetime');
    const button = page.getByRole('link', { name: 'Lägg till i kalendern' });
    const box = await button.boundingBox();
    expect(box?.y ?? 9999).toBeLessThan(400);
    const ics = await (await page.request.get(new URL((await button.getAttribute('href')) ?? '', page.url()).href)).text();
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(ics).toContain(`DTSTART;TZID=Europe/Stockholm:${stockholm(when ?? '')}`);
  });

  it('leads back to the search it came from and to other events in its category', async () => {
    const page = await site.newPage();
    await page.goto(`${site.base}/sok?q=konsert&area=centrum`);
    await page.locator('#cards .card-title a').first().click();
    await page.waitForURL(/\/evenemang\//);
    await page.getByRole('link', { name: 'Alla evenemang' }).click();
    await page.waitForURL(/\/sok\?q=konsert&area=centrum$/);
    expect(await page.locator('#f-area-centrum').isChecked()).toBe(true);
    await page.goto(`${site.base}/sok?q=jazzkvall`);
    await page.locator('#cards .card-title a').first().click();
    await page.waitForURL(/\/evenemang\//);
    await page.getByRole('link', { name: 'Musik & konserter' }).click();
    await page.waitForURL(/\/sok\?category=music$/);
    expect(await page.locator('#f-category-music').isChecked()).toBe(true);
    await waitForCount(page, '18 träffar');
  });
});
