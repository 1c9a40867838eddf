import { readFileSync } from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, type BrowserContextOptions, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { focusInfo, screenshotPath, textLines } from '../support/browser.js';
import { EVENT_DATE } from '../support/submission-form.js';
import { type SubmissionSite, startSubmissionSite } from '../support/submission-site.js';

const EDITOR = { name: 'Eva Redaktör', email: 'eva@vaxjo.example', password: 'ett långt lösenord för test', role: 'admin' as const };
const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };
const DESKTOP = { viewport: { width: 1280, height: 900 } };
const PICTURE = path.resolve(import.meta.dirname, '../../config/sample-feeds/images/glas.jpg');

let site: SubmissionSite;
let browser: Browser;
const contexts: { close(): Promise<void> }[] = [];

beforeAll(async () => {
  [site, browser] = await Promise.all([
    startSubmissionSite(),
    chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] }),
  ]);
  await site.setup.submissions.accounts.create(EDITOR, null);
});

afterAll(async () => {
  await Promise.allSettled(contexts.map((c) => c.close()));
  await browser?.close();
  await site?.close();
});

async function open(url: string, options: BrowserContextOptions = DESKTOP): Promise<Page> {
  const context = await browser.newContext({ locale: 'sv-SE', ...options });
  contexts.push(context);
  const origin = new URL(site.base).origin;
  // Hermetic: map tiles and anything else off the test server fail at once.
  await context.route((u) => u.origin !== origin, (route) => route.abort());
  const page = await context.newPage();
  await page.goto(`${site.base}${url}`);
  // Only the front page of the browser has real focus (focus and keyboard checks need it).
  await page.bringToFront();
  return page;
}

/** Waits until the ALTCHA widget has solved its challenge in this browser (a real proof of work, cheap in tests). */
async function proofOfWork(page: Page): Promise<void> {
  // Polled from here: the site's CSP forbids the string evaluation waitForFunction would need.
  const deadline = Date.now() + 30_000;
  while ((await page.locator('input[name=altcha]').inputValue().catch(() => '')).length < 20) {
    if (Date.now() > deadline) throw new Error('the ALTCHA widget did not finish');
    await page.waitForTimeout(50);
  }
}

/** Screenshot of the whole page (tall pages are cropped for viewing afterwards, not here). */
async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: screenshotPath(name), fullPage: true });
}

async function fillEvent(page: Page, title: string): Promise<void> {
  await page.fill('#f-title', title);
  await page.fill('#f-description', 'Glasblåsarna på Kulturparken visar hur ett glas blir till.\n\nLäs mer: https://example.org/glas');
  await page.fill('#f-date-0', EVENT_DATE);
  await page.fill('#f-start-0', '11:00');
  await page.fill('#f-end-0', '15:00');
  await page.fill('#f-venue', 'Smålands museum');
  await page.check('#f-cat-3');
  await page.check('#f-price-paid');
  await page.fill('#f-price', '60 kr, barn gratis');
  await page.fill('#f-contactName', 'Gunnel Glas');
  await page.fill('#f-contactEmail', 'gunnel@example.org');
  await page.check('#f-consent');
}

async function signIn(page: Page): Promise<void> {
  await page.fill('#f-email', EDITOR.email);
  await page.fill('#f-password', EDITOR.password);
  await Promise.all([page.waitForURL(/\/admin\/moderering(\?|$)/), page.click('.form-actions button')]);
}

describe('the site header with the submit link', () => {
  for (const [lang, home, full, short] of [['sv', '/', 'Tipsa om ett evenemang', 'Tipsa'], ['en', '/en', 'Submit an event', 'Submit']] as const) {
    it(`keeps the site name on one line and the header on one row on a phone, in ${lang}, with 44 px targets`, async () => {
      for (const [width, options] of [[360, PHONE], [1280, DESKTOP]] as const) {
        const page = await open(home, { ...options, locale: lang === 'en' ? 'en-GB' : 'sv-SE' });
        await page.screenshot({ path: screenshotPath(`header-${width}-${lang}`), clip: { x: 0, y: 0, width, height: 200 } });
        expect(await textLines(page, '.site-header .brand'), `${width} px`).toBe(1);
        const header = await page.locator('.site-header').boundingBox();
        expect(header?.height, `${width} px: one row`).toBeLessThan(2 * 44);
        for (const link of await page.locator('.site-header a').all()) expect((await link.boundingBox())?.height).toBeGreaterThanOrEqual(44);
        // The short label on a phone begins the full accessible name (label in name, WCAG 2.5.3).
        const submit = page.getByRole('link', { name: full, exact: true });
        // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is the point (CSS shows one of two labels).
        expect((await submit.innerText()).trim()).toBe(width === 360 ? short : full);
        const axe = await new AxeBuilder({ page }).include('.site-header').analyze();
        expect(axe.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
      }
    });
  }
});

describe('the submission form', () => {
  it('looks right empty, on a phone and a desktop, with no accessibility violations', async () => {
    for (const [name, options] of [['360', PHONE], ['1280', DESKTOP]] as const) {
      const page = await open('/tipsa', options);
      await proofOfWork(page);
      expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(options.viewport.width);
      await shoot(page, `submit-${name}-empty`);
    }
    const page = await open('/tipsa');
    const axe = await new AxeBuilder({ page }).exclude('altcha-widget').analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
  });

  it('shows the mistakes next to the fields and in a summary that takes focus, keeping what was typed', async () => {
    for (const [name, options] of [['360', PHONE], ['1280', DESKTOP]] as const) {
      const page = await open('/tipsa', options);
      await page.fill('#f-title', 'Gl');
      await page.fill('#f-date-0', '2025-12-24');
      await proofOfWork(page);
      await Promise.all([page.waitForNavigation(), page.click('.form-actions button')]);
      await page.locator('#error-summary').waitFor();
      expect((await focusInfo(page)).id).toBe('error-summary');
      expect(await page.locator('#e-title').textContent()).toContain('minst 3 tecken');
      expect(await page.locator('#e-date-0').textContent()).toContain('Datumet har redan varit');
      expect(await page.inputValue('#f-title')).toBe('Gl');
      await page.click('#error-summary a[href="#f-title"]');
      expect((await focusInfo(page)).id).toBe('f-title');
      await page.locator('#error-summary').scrollIntoViewIfNeeded();
      await shoot(page, `submit-${name}-errors`);
    }
  });

  it('works by keyboard: a logical tab order with visible focus, Enter in a field sends the form, added dates get focus', async () => {
    const page = await open('/tipsa');
    await page.focus('#f-title');
    // Date and time inputs take several Tab presses (day, month, year, the calendar button): each field once. While
    // the calendar button inside a date input has focus, the input itself is not :focus (the button has its ring).
    const order: string[] = [];
    for (let i = 0; i < 20 && order.at(-1) !== 'button'; i++) {
      await page.keyboard.press('Tab');
      const f = await focusInfo(page);
      if (f.focused) {
        expect(f.focusVisible, f.id || f.tag).toBe(true);
        expect(f.outlineStyle, f.id || f.tag).toBe('solid');
        expect(f.outlineWidth, f.id || f.tag).toBeGreaterThanOrEqual(2);
      }
      if (order.at(-1) !== (f.id || f.tag)) order.push(f.id || f.tag);
    }
    expect(order).toEqual(['f-description', 'f-date-0', 'f-start-0', 'f-end-0', 'button']);
    expect(await page.evaluate<string>('document.activeElement.textContent')).toBe('Lägg till ett datum');
    await page.keyboard.press('Enter');
    expect((await focusInfo(page)).id).toBe('f-date-1');
    await page.focus('#f-title');
    await page.keyboard.type('Ett namn');
    await proofOfWork(page);
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    await page.locator('#error-summary').waitFor();
    expect(await page.locator('.date-row').count()).toBe(2);
  });

  it('puts a pin where the map is clicked (Leaflet served by the site; the tiles are not needed)', async () => {
    const page = await open('/tipsa');
    await page.click('details.pin summary');
    const map = page.locator('#pin-map.leaflet-container');
    await map.waitFor();
    const box = await map.boundingBox();
    expect(box?.height).toBeGreaterThan(200);
    await map.click({ position: { x: (box?.width ?? 0) / 2 + 40, y: (box?.height ?? 0) / 2 - 30 } });
    await page.locator('.leaflet-marker-icon').waitFor();
    const [lat, lng] = [Number(await page.inputValue('#f-lat')), Number(await page.inputValue('#f-lng'))];
    // Near the map's centre (Stortorget, 56.8777, 14.8091) and a little north-east of it.
    expect(lat).toBeGreaterThan(56.8777);
    expect(lat).toBeLessThan(57.0);
    expect(lng).toBeGreaterThan(14.8091);
    expect(lng).toBeLessThan(15.0);
  });

  it('refuses a picture over the limit in the page already, and sends a good one with its alt text', async () => {
    const page = await open('/tipsa', PHONE);
    await fillEvent(page, 'Glasblåsning för alla');
    await page.setInputFiles('#f-image', { name: 'jättebild.jpg', mimeType: 'image/jpeg', buffer: Buffer.alloc(10_500_000, 1) });
    await page.locator('#e-image-live').filter({ hasText: 'Bilden är större än 10 MB' }).waitFor();
    expect(await page.inputValue('#f-image')).toBe('');
    await page.setInputFiles('#f-image', { name: 'glas.jpg', mimeType: 'image/jpeg', buffer: readFileSync(PICTURE) });
    expect(await page.locator('#e-image-live').isHidden()).toBe(true);
    await page.fill('#f-imageAlt', 'En glasblåsare formar ett glödande glas');
    await proofOfWork(page);
    await Promise.all([page.waitForURL(/\/tipsa\/mitt\?k=/), page.click('.form-actions button')]);
    expect(await page.locator('h1').textContent()).toBe('Tack för ditt tips!');
    const img = page.locator('.preview-cards img');
    expect(await img.getAttribute('alt')).toBe('En glasblåsare formar ett glödande glas');
    expect(await img.evaluate((el) => (el as unknown as { naturalWidth: number }).naturalWidth)).toBeGreaterThan(300);
    await shoot(page, 'submit-status-360');
    const desktop = await open(new URL(page.url()).pathname + new URL(page.url()).search);
    await shoot(desktop, 'submit-status-1280');
  });
});

describe('moderation in the browser', () => {
  it('approves from the queue, and after the indexer runs the event is found in search with its picture', async () => {
    const page = await open('/admin/moderering', PHONE);
    await signIn(page);
    expect(await page.locator('.mod-list').textContent()).toContain('Glasblåsning för alla');
    await shoot(page, 'moderation-queue-360');
    const desktop = await open('/admin/moderering');
    await signIn(desktop);
    await shoot(desktop, 'moderation-queue-1280');
    await Promise.all([desktop.waitForURL(/\/admin\/moderering\/\d+$/), desktop.getByRole('link', { name: /Glasblåsning för alla/ }).click()]);
    await desktop.frameLocator('.page-preview').locator('h1').filter({ hasText: 'Glasblåsning för alla' }).waitFor();
    await shoot(desktop, 'moderation-item-1280');
    await Promise.all([desktop.waitForURL(/done=approved/), desktop.click('.button-approve')]);
    await site.index();
    const search = await open('/sok?q=glasblåsning');
    const card = search.locator('#cards li.card').filter({ hasText: 'Glasblåsning för alla' });
    await card.waitFor();
    expect(await card.locator('img').getAttribute('src')).toMatch(/^\/bilder\/[a-f0-9]{16}-\d+\.webp$/);
    expect(await card.locator('img').getAttribute('alt')).toBe('En glasblåsare formar ett glödande glas');
  });

  it("rejects with a reason that the organiser's link then shows", async () => {
    const submitter = await open('/tipsa');
    await fillEvent(submitter, 'Reklam för glasögon');
    await proofOfWork(submitter);
    await Promise.all([submitter.waitForURL(/\/tipsa\/mitt\?k=/), submitter.click('.form-actions button')]);
    const link = submitter.url().replace('&ny=1', '');
    const page = await open('/admin/moderering');
    await signIn(page);
    await Promise.all([page.waitForURL(/\/admin\/moderering\/\d+$/), page.getByRole('link', { name: /Reklam för glasögon/ }).click()]);
    await page.fill('#f-reason', 'Ett erbjudande från en butik är inte ett evenemang.');
    await Promise.all([page.waitForURL(/done=rejected/), page.click('.reject-form button')]);
    const mine = await open(new URL(link).pathname + new URL(link).search, PHONE);
    expect(await mine.locator('.reason').textContent()).toContain('Ett erbjudande från en butik är inte ett evenemang.');
    expect(await mine.locator('.status-badge').textContent()).toBe('Inte publicerat');
    await shoot(mine, 'submit-status-360-rejected');
  });
});

describe('accounts in the browser', () => {
  it('an administrator adds an editor, turns the account off and on, on a phone and a desktop, with no accessibility violations', async () => {
    for (const [options, width] of [[PHONE, 360], [DESKTOP, 1280]] as const) {
      const page = await open('/admin/moderering', options);
      await signIn(page);
      await Promise.all([page.waitForURL(/\/admin\/moderering\/konton$/), page.getByRole('link', { name: 'Redaktörskonton' }).click()]);
      const name = `Nils Nyanställd ${width}`;
      await page.fill('#f-name', name);
      await page.fill('#f-email', `nils${width}@vaxjo.example`);
      await page.fill('#f-password', 'nils lösenord för test');
      await page.click('form[action="/admin/moderering/konton"] button[type=submit]');
      const row = page.locator('.account').filter({ hasText: name });
      await row.waitFor();
      await row.getByRole('button', { name: 'Stäng av kontot' }).click();
      await page.locator('.notice-ok').filter({ hasText: `Kontot för ${name} är avstängt` }).waitFor();
      expect(await page.locator('.account').filter({ hasText: name }).locator('.status-badge').textContent()).toBe('avstängt');
      await page.locator('.account').filter({ hasText: 'Eva Redaktör' }).waitFor();
      // One's own row has no actions; another's password form opens from its summary.
      expect(await page.locator('.account').filter({ hasText: 'Eva Redaktör' }).locator('button').count()).toBe(0);
      await page.locator('.account').filter({ hasText: name }).getByRole('button', { name: 'Öppna kontot igen' }).click();
      await page.locator('.notice-ok').filter({ hasText: 'är öppet igen' }).waitFor();
      await page.locator('.account').filter({ hasText: name }).locator('summary').click();
      const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
      const axe = await new AxeBuilder({ page }).withTags(wcag).analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await shoot(page, `moderation-accounts-${width}`);
      expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(options.viewport.width);

      await Promise.all([page.waitForURL(/\/admin\/moderering\/losenord$/), page.getByRole('link', { name: 'Byt lösenord' }).click()]);
      const own = await new AxeBuilder({ page }).withTags(wcag).analyze();
      expect(own.violations.map((v) => v.id)).toEqual([]);
      await shoot(page, `moderation-password-${width}`);
    }
  });
});
