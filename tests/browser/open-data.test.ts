import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSite, screenshotPath, startBrowserSite } from '../support/browser.js';

/*
 * A partner's page on another origin (a second local server, `localhost` against the site's `127.0.0.1`: another
 * site as the browser sees it) embeds the list as an iframe and as the web component.
 */

let site: BrowserSite;
let partner: Server;
let partnerUrl: string;
const contexts: BrowserContext[] = [];

function partnerPage(base: string): string {
  return `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Föreningen</title>
<style>body{font-family:Georgia,serif;max-width:60rem;margin:1rem auto;padding:0 1rem;display:grid;grid-template-columns:1fr 1fr;gap:1rem}h1{grid-column:1/-1}iframe{width:100%;height:460px;border:0}</style></head>
<body><h1>Föreningens sida</h1>
<iframe id="light" src="${base}/embed?category=music&limit=4" title="Evenemang ljust"></iframe>
<iframe id="dark" src="${base}/embed?category=library&limit=4&theme=dark" title="Evenemang mörkt"></iframe>
<section><h2>Som webbkomponent</h2><script src="${base}/embed.js" defer></script>
<upptack-events id="component" filter="category=music" limit="3"></upptack-events></section>
</body></html>`;
}

beforeAll(async () => {
  site = await startBrowserSite();
  partner = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(partnerPage(site.base)));
  await new Promise<void>((r) => partner.listen(0, '127.0.0.1', r));
  partnerUrl = `http://localhost:${(partner.address() as AddressInfo).port}/`;
}, 120_000);

afterAll(async () => {
  await Promise.allSettled(contexts.map((c) => c.close()));
  await new Promise((r) => partner?.close(r));
  await site?.close();
});

async function openPartner(width = 1280): Promise<{ page: Page; context: BrowserContext }> {
  const context = await site.browser.newContext({ locale: 'sv-SE', viewport: { width, height: 900 } });
  contexts.push(context);
  const allowed = new Set([new URL(site.base).origin, new URL(partnerUrl).origin]);
  await context.route((url) => !allowed.has(url.origin), (route) => route.abort());
  const page = await context.newPage();
  await page.goto(partnerUrl);
  return { page, context };
}

describe('embeds on a partner site', () => {
  it('renders the list in a cross-origin iframe, light and dark, and sets no cookie', async () => {
    const { page, context } = await openPartner();
    const light = page.frameLocator('#light');
    const dark = page.frameLocator('#dark');
    await light.locator('.embed-item').first().waitFor();
    await dark.locator('.embed-item').first().waitFor();
    expect(await light.locator('.embed-item').count()).toBe(4);
    const firstLink = light.locator('.embed-item a').first();
    expect(await firstLink.getAttribute('href')).toMatch(new RegExp(`^${site.base}/evenemang/`));
    expect(await firstLink.getAttribute('target')).toBe('_blank');
    const background = (theme: string) =>
      page.frames().find((f) => f.url().includes('/embed?') && f.url().includes(theme))?.evaluate('getComputedStyle(document.documentElement).backgroundColor');
    expect(await background('category=music')).toBe('rgb(255, 255, 255)');
    expect(await background('theme=dark')).toBe('rgb(22, 25, 29)');
    const frame = page.frames().find((f) => f.url().includes('/embed?'));
    expect(await frame?.evaluate('document.cookie')).toBe('');
    expect(await context.cookies()).toEqual([]);
    await page.screenshot({ path: screenshotPath('embed-partner-light-dark-1280'), fullPage: true });
  });

  it('renders the web component from the open API, without cookies', async () => {
    const { page, context } = await openPartner(360);
    const items = page.locator('upptack-events li');
    await items.first().waitFor();
    expect(await items.count()).toBe(3);
    expect(await page.locator('upptack-events a').first().getAttribute('href')).toMatch(/\/evenemang\/.+--/);
    expect(await context.cookies()).toEqual([]);
    await page.locator('#component').screenshot({ path: screenshotPath('embed-component-360') });
  });
});

describe('the Bädda in builder', () => {
  for (const width of [360, 1280]) {
    it(`builds a snippet with a live preview at ${width} px`, async () => {
      const page = await site.newPage({ viewport: { width, height: 900 } });
      await page.goto(`${site.base}/badda-in`);
      await page.getByLabel('Kategori').selectOption('music');
      await page.getByLabel('Antal').fill('3');
      await page.getByLabel('Mörkt').check();
      await page.getByRole('button', { name: 'Visa koden' }).click();
      await page.waitForURL(/category=music/);
      const snippet = await page.locator('#snippet-iframe').inputValue();
      expect(snippet).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\?category=music&amp;limit=3&amp;theme=dark"/);
      expect(await page.locator('#snippet-script').inputValue()).toContain('<upptack-events filter="category=music" limit="3" lang="sv" theme="dark">');
      await page.frameLocator('.builder-preview').locator('.embed-item').first().waitFor();
      expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
      await page.screenshot({ path: screenshotPath(`embed-builder-${width}`), fullPage: true });
    });
  }
});

describe('subscribing from the search page', () => {
  for (const width of [360, 1280]) {
    it(`offers the search as a calendar and feeds, following the filters (${width} px)`, async () => {
      const page = await site.newPage({ viewport: { width, height: 900 } });
      await page.goto(`${site.base}/sok?category=library`);
      await page.getByText('Prenumerera', { exact: true }).click();
      const webcal = await page.getByRole('link', { name: 'Kalenderappen (iPhone, Mac)' }).getAttribute('href');
      expect(webcal).toMatch(/^webcal:\/\/127\.0\.0\.1:\d+\/api\/events\.ics\?category=library$/);
      const google = await page.getByRole('link', { name: 'Google Kalender' }).getAttribute('href');
      expect(decodeURIComponent(new URL(String(google)).searchParams.get('cid') ?? '')).toBe(webcal);
      const url = await page.locator('#subscribe-url').inputValue();
      const ics = await (await fetch(url)).text();
      expect(ics).toContain('X-WR-CALNAME:Upptäck Växjö: Bibliotek');
      expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
      await page.locator('details.subscribe').screenshot({ path: screenshotPath(`subscribe-${width}`) });
    });
  }

  it('shows the interactive API reference (Scalar) from this site, with nothing loaded from elsewhere', async () => {
    const page = await site.newPage({ viewport: { width: 1280, height: 900 } });
    const elsewhere: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(site.base) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) elsewhere.push(r.url());
    });
    await page.goto(`${site.base}/api/docs`);
    // Scalar renders the operations from /api/openapi.json in the page.
    await page.getByText('/api/events.ics', { exact: false }).first().waitFor({ timeout: 20_000 });
    expect(elsewhere).toEqual([]);
  });

  for (const width of [1280, 360]) {
    it(`offers no control on /api/docs that needs scalar.com (AI chat, developer toolbar) at ${width} px`, async () => {
      const page = await site.newPage({ viewport: { width, height: 900 } });
      await page.goto(`${site.base}/api/docs`);
      // What works against this site stays (the request tryer); once it is drawn, the rest of the page is too.
      await page.getByRole('button', { name: 'Test Request' }).first().waitFor({ timeout: 20_000 });
      await page.screenshot({ path: screenshotPath(`api-docs-${width}`) });
      if (width < 1000) {
        // On a phone the sidebar (where the AI button sits) is behind the menu button.
        await page.getByRole('button', { name: 'Open Menu' }).click();
        await page.getByRole('button', { name: 'Close Menu' }).waitFor();
        await page.screenshot({ path: screenshotPath(`api-docs-${width}-menu`) });
      }
      // The toolbar and the chat appear on localhost by default: this test runs there, so they would show.
      expect(await page.getByRole('button', { name: /Ask AI|Deploy|Developer Tools|Configure|Share/ }).count()).toBe(0);
      expect(await page.getByPlaceholder(/Ask AI/).count()).toBe(0);
    });
  }
});
