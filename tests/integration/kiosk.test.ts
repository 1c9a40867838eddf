import type { Express } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runOnce } from '../../indexer/run-once.js';
import type { Config } from '../../src/config/load-config.js';
import { createApp } from '../../src/web/app.js';
import { quietLogger, startTestEngine, type TestEngine } from '../support/engine.js';
import { ANCHOR_NOW, listen } from '../support/http.js';
import { readQr } from '../support/qr.js';

const PUBLIC_URL = 'https://upptack.example.se';
const TOKEN = 'screen-token-0123456789';
let t: TestEngine;
const servers: { close(): Promise<void> }[] = [];

/** Handlebars escapes `=` in attributes as &#x3D;, which browsers read as `=`. */
const attrs = (html: string) => html.replace(/&#x3D;/g, '=').replace(/&amp;/g, '&');

function withSite(config: Config, site: Partial<Config['app']['site']>, kiosks = config.kiosks): Config {
  return { ...config, kiosks, app: { ...config.app, site: { ...config.app.site, ...site } } };
}

async function serve(app: Express): Promise<string> {
  const server = await listen(app);
  servers.push(server);
  return server.url;
}

const appWith = (config: Config, kioskShell = 'shell-a') => createApp({ config, reader: t.engine.reader, logger: quietLogger, now: () => ANCHOR_NOW, kioskShell });

let base: string;

beforeAll(async () => {
  t = await startTestEngine({ PUBLIC_URL });
  await runOnce({ config: t.config, writer: t.engine.writer, logger: quietLogger, now: () => ANCHOR_NOW });
  base = await serve(appWith(t.config));
});

afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  await t?.close();
});

const get = async (url: string, headers: Record<string, string> = {}) => {
  const res = await fetch(url, { headers, redirect: 'manual' });
  return { status: res.status, type: res.headers.get('content-type') ?? '', cache: res.headers.get('cache-control') ?? '', location: res.headers.get('location'), html: await res.text() };
};

describe('kiosk addresses', () => {
  it('without a public URL, a screen shows what to set and reloads itself, and gives out nothing with a QR code', async () => {
    const url = await serve(appWith(withSite(t.config, { publicUrl: null })));
    const page = await get(`${url}/kiosk/turistbyran`);
    expect(page.status).toBe(503);
    expect(page.html).toContain('PUBLIC_URL');
    expect(page.html).toContain('Ange sajtens publika adress');
    expect(page.html).toContain('Set the site&#x27;s public address');
    expect(page.html).toMatch(/<meta http-equiv="refresh" content="\d+">/);
    expect(page.cache).toBe('no-store');
    expect((await get(`${url}/kiosk/turistbyran/results?q=konsert`)).status).toBe(503);
  });

  it('refuses a public URL on this machine: a phone scanning the code could not get there', async () => {
    const url = await serve(appWith(withSite(t.config, { publicUrl: 'http://localhost:3000' })));
    const page = await get(`${url}/kiosk/turistbyran`);
    expect(page.status).toBe(503);
    expect(page.html).toContain('PUBLIC_URL är http://localhost:3000');
  });

  it('answers an unknown screen with a clear 404 that names the screens there are', async () => {
    const page = await get(`${base}/kiosk/entren`);
    expect(page.status).toBe(404);
    expect(page.html).toContain('Ingen skärm heter ”entren”');
    expect(page.html).toContain('config/kiosks.json: turistbyran');
    expect(page.html).not.toContain('/assets/app.js');
  });

  it('serves a screen with a token only to a request that carries it', async () => {
    const locked = t.config.kiosks.map((k) => ({ ...k, token: TOKEN }));
    const url = await serve(appWith(withSite(t.config, {}, locked)));
    expect((await get(`${url}/kiosk/turistbyran`)).status).toBe(403);
    expect((await get(`${url}/kiosk/turistbyran?token=wrong-token-0123456789`)).status).toBe(403);
    const page = await get(`${url}/kiosk/turistbyran?token=${TOKEN}`);
    expect(page.status).toBe(200);
    // htmx sends it with every fragment request.
    expect(page.html).toContain(`hx-headers="{&quot;X-Kiosk-Token&quot;:&quot;${TOKEN}&quot;}"`);
    expect((await get(`${url}/kiosk/turistbyran/attract`, { 'X-Kiosk-Token': TOKEN })).status).toBe(200);
    expect((await get(`${url}/kiosk/turistbyran/attract`)).status).toBe(403);
  });
});

describe('the kiosk page', () => {
  it('has its own layout and script (not the site’s) and a service worker whose scope covers it', async () => {
    const page = await get(`${base}/kiosk/turistbyran`);
    expect(page.status).toBe(200);
    expect(page.html).toContain('<script type="module" src="/kiosk/assets/kiosk.js?v=');
    expect(page.html).not.toContain('/assets/app.js');
    expect(page.html).toContain('class="kiosk kiosk-portrait"');
    const settings = JSON.parse(attrs(/data-settings="([^"]+)"/.exec(page.html)?.[1]?.replace(/&quot;/g, '"') ?? '{}'));
    expect(settings.scope).toBe('/kiosk/');
    expect(settings.serviceWorker.startsWith('/kiosk/sw.js?v=')).toBe(true);
    const sw = await get(`${base}${settings.serviceWorker}`);
    expect([sw.status, sw.type, sw.cache]).toEqual([200, 'text/javascript; charset=utf-8', 'no-cache']);
    const version = JSON.parse((await get(`${base}${settings.versionHref}`)).html);
    expect(version).toEqual({ version: settings.version });
  });

  it('serves the on-screen keyboard and its Swedish layout itself, from node_modules', async () => {
    const js = await get(`${base}/kiosk/assets/vendor/simple-keyboard.js`);
    expect(js.status).toBe(200);
    expect(js.html).toContain('export{');
    expect((await get(`${base}/kiosk/assets/vendor/simple-keyboard.css`)).type).toMatch(/text\/css/);
    expect((await get(`${base}/kiosk/assets/vendor/keyboard-swedish.js`)).html).toContain('\\u00E5');
  });

  it('reports a new version after a deployment, the same one otherwise', async () => {
    const again = await serve(appWith(t.config, 'shell-a'));
    const deployed = await serve(appWith(t.config, 'shell-b'));
    const v = async (url: string) => JSON.parse((await get(`${url}/kiosk/turistbyran/version`)).html).version;
    expect(await v(again)).toBe(await v(base));
    expect(await v(deployed)).not.toBe(await v(base));
  });

  it('leads nowhere: no link, no new window, in the page or any fragment', async () => {
    const results = attrs((await get(`${base}/kiosk/turistbyran/results?q=konsert&lang=en`)).html);
    const eventHref = /hx-get="([^"]+\/event\/[^"]+)"/.exec(results)?.[1] ?? '';
    const pages = await Promise.all(
      ['/kiosk/turistbyran', '/kiosk/turistbyran/attract', '/kiosk/turistbyran/touch?lang=en', '/kiosk/turistbyran/results?q=konsert', eventHref].map((p) => get(`${base}${p}`)),
    );
    for (const p of pages) {
      expect(p.status).toBe(200);
      expect(p.html).not.toMatch(/<a\s|\starget=|<form[^>]+method="post"/i);
    }
  });
});

describe('kiosk fragments', () => {
  it('the attract loop: near the screen now, in every language of the screen, with the content’s time', async () => {
    const html = (await get(`${base}/kiosk/turistbyran/attract`)).html;
    expect(html).toContain('Just nu nära Turistbyrån');
    expect(html).toContain('On now near the tourist office');
    expect(html).toContain('Uppdaterad 09:00');
    expect(html).toContain('Updated 09:00');
    expect(html).toMatch(/\d+ m bort/);
    // A screen speaks to whoever stands there, never "you chose".
    expect(html).not.toContain('Du valde');
  });

  it('results: words with å, a category chip and a time chip, near the screen; nonsense values are ignored', async () => {
    const found = (await get(`${base}/kiosk/turistbyran/results?lang=sv&q=${encodeURIComponent('fågel')}`)).html;
    expect(found).toContain('Fågelskådning vid Trummen');
    expect(found).toMatch(/\d+ träffar?/);
    const weekend = (await get(`${base}/kiosk/turistbyran/results?lang=en&category=library&when=weekend`)).html;
    expect(weekend).toContain('results');
    expect(weekend).toMatch(/Sat|Sun/);
    expect(weekend).not.toMatch(/Mon \d|Tue \d|Wed \d|Thu \d|Fri \d/);
    const odd = (await get(`${base}/kiosk/turistbyran/results?lang=xx&category=nope&when=someday`)).html;
    expect(odd).toContain('Det här händer snart');
  });

  it('a place under a time chip says its first opening then, not today’s (Växjö konsthall is closed on Mondays)', async () => {
    const card = (html: string) => /Växjö konsthall<\/span>\s*<span class="k-card-when">([^<]*)</.exec(html)?.[1];
    expect(card((await get(`${base}/kiosk/turistbyran/results?lang=sv&q=konsthall`)).html)).toBe('Stängt idag');
    expect(card((await get(`${base}/kiosk/turistbyran/results?lang=sv&q=konsthall&when=tomorrow`)).html)).toBe('Öppet imorgon 12–18');
    expect(card((await get(`${base}/kiosk/turistbyran/results?lang=en&q=konsthall&when=weekend`)).html)).toMatch(/^Open (Fri|Sat) 12:00–1[68]:00$/);
    // Time words typed count as a chip does.
    expect(card((await get(`${base}/kiosk/turistbyran/results?lang=sv&q=${encodeURIComponent('konsthall imorgon')}`)).html)).toBe('Öppet imorgon 12–18');
  });

  it('an event: its QR code opens the event’s public page, and the short link beside it leads there too', async () => {
    const results = attrs((await get(`${base}/kiosk/turistbyran/results?lang=sv&q=${encodeURIComponent('fågelskådning')}`)).html);
    const href = /hx-get="([^"]+\/event\/[^"]+)"/.exec(results)?.[1] ?? '';
    const eventId = /\/event\/([^?]+)/.exec(href)?.[1] ?? '';
    const view = (await get(`${base}${href}`)).html;
    expect(view).toContain('Fågelskådning vid Trummen');
    const svg = /<svg[\s\S]*?<\/svg>/.exec(view)?.[0] ?? '';
    const url = await readQr(Buffer.from(svg));
    expect(url).toBe(`${PUBLIC_URL}/evenemang/fagelskadning-vid-trummen--${eventId}`);
    const canonical = /<link rel="canonical" href="([^"]+)">/.exec((await get(`${base}/evenemang/x--${eventId}`)).html)?.[1];
    expect(url).toBe(canonical);
    const short = /<p class="k-short-url">([^<]+)<wbr>([^<]+)<\/p>/.exec(view);
    expect(short?.[1]).toBe('upptack.example.se');
    const redirect = await get(`${base}${short?.[2]}`);
    expect([redirect.status, redirect.location]).toEqual([302, `/evenemang/fagelskadning-vid-trummen--${eventId}`]);
    // A restarted server has forgotten what it showed, and still finds the code among the coming month's events.
    const fresh = await serve(appWith(t.config));
    expect((await get(`${fresh}${short?.[2]}`)).location).toBe(`/evenemang/fagelskadning-vid-trummen--${eventId}`);
    expect((await get(`${fresh}/e/zzzzzz`)).status).toBe(404);
  });

  it('an event found under a date chip opens on that date, and so does its QR code', async () => {
    const results = attrs((await get(`${base}/kiosk/turistbyran/results?lang=en&q=sagostund&when=weekend`)).html);
    const href = /hx-get="([^"]+\/event\/[^"]+&at=(\d+))"/.exec(results);
    expect(href).not.toBeNull();
    const view = (await get(`${base}${href?.[1]}`)).html;
    const url = await readQr(Buffer.from(/<svg[\s\S]*?<\/svg>/.exec(view)?.[0] ?? ''));
    expect(url).toMatch(new RegExp(`^${PUBLIC_URL}/en/events/[a-z0-9-]+--[A-Za-z0-9_-]+\\?at=${href?.[2]}$`));
  });
});
