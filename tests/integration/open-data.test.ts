import { readFileSync } from 'node:fs';
import ical from 'node-ical';
import { xml2js } from 'xml-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { usageFile } from '../../src/usage/usage.js';
import { ANCHOR_NOW } from '../support/http.js';
import { type SampleSite, startSampleSite } from '../support/sample-site.js';

/*
 * The open-data faces of the sample site, over real HTTP: calendar subscriptions, news feeds, the documented API,
 * signage posters, search-engine files and usage figures.
 */

let site: SampleSite;
let base: string;
const TOKEN = 'admin-token-for-open-data-tests-01';

beforeAll(async () => {
  site = await startSampleSite({ ADMIN_TOKEN: TOKEN });
  base = site.base;
}, 120_000);

afterAll(async () => {
  await site?.close();
});

const get = (path: string, init?: RequestInit) => fetch(`${base}${path}`, init);
type Hit = { id: string; eventId: string; title: string; kind: string; startsAt: string | null };
const hits = async (query: string) => ((await (await get(`/api/events?${query}&per_page=50`)).json()) as { hits: Hit[]; total: number });

/** xml-js's compact tree: elements by name, `_text`, `_cdata`, `_attributes`. */
// biome-ignore lint/suspicious/noExplicitAny: a parsed XML tree is walked by the names the format requires.
type Xml = Record<string, any>;

function vevents(text: string): ical.VEvent[] {
  return Object.values(ical.sync.parseICS(text)).filter((c): c is ical.VEvent => c?.type === 'VEVENT');
}

describe('subscribing to a search in a calendar app', () => {
  it('holds exactly the matching future occurrences, each once, with the search as the calendar’s name', async () => {
    const filter = 'category=library';
    const { hits: events, total } = await hits(`${filter}&kind=event`);
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(50);
    const expected = new Set<string>();
    for (const e of events) {
      const detail = (await (await get(`/api/events/${e.eventId}`)).json()) as { occurrences: { id: string }[] };
      for (const o of detail.occurrences) expected.add(`${o.id}@upptack`);
    }
    const res = await get(`/api/events.ics?${filter}`);
    expect(res.headers.get('content-type')).toMatch(/^text\/calendar/);
    const text = await res.text();
    const parsed = vevents(text);
    const uids = parsed.map((e) => e.uid);
    expect(new Set(uids).size).toBe(uids.length);
    expect(new Set(uids)).toEqual(expected);
    expect(parsed.every((e) => (e.end ?? e.start).getTime() / 1000 >= ANCHOR_NOW)).toBe(true);
    expect(text).toMatch(/X-WR-CALNAME:Upptäck Växjö: Bibliotek/);
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Stockholm');
  });

  it('has no places in it, even when the search finds some', async () => {
    const text = await (await get('/api/events.ics?kind=experience')).text();
    expect(vevents(text)).toHaveLength(0);
  });
});

describe('news feeds of a search', () => {
  it('RSS 2.0 parses as XML with a channel and items that carry link, guid, date and the date and place first', async () => {
    const res = await get('/api/events.rss?category=music');
    expect(res.headers.get('content-type')).toMatch(/^application\/rss\+xml/);
    const doc = xml2js(await res.text(), { compact: true }) as Xml;
    expect(doc.rss._attributes.version).toBe('2.0');
    const channel = doc.rss.channel;
    for (const field of ['title', 'link', 'description']) expect(channel[field]).toBeDefined();
    const items = [channel.item].flat();
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(item.link._text).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/evenemang\//);
      expect(item.guid._text).toBe(item.link._text);
      expect(Number.isNaN(Date.parse(item.pubDate._text))).toBe(false);
      expect(item.description._cdata ?? item.description._text).toMatch(/^\S+ \d{1,2} \S+/);
    }
    const dates = items.map((i) => Date.parse(i.pubDate._text));
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
  });

  it('Atom 1.0 parses with the required feed and entry elements', async () => {
    const doc = xml2js(await (await get('/api/events.atom?category=music&lang=en')).text(), { compact: true }) as Xml;
    const feed = doc.feed;
    expect(feed._attributes.xmlns).toBe('http://www.w3.org/2005/Atom');
    for (const field of ['id', 'title', 'updated']) expect(feed[field]).toBeDefined();
    const entries = [feed.entry].flat();
    expect(entries.length).toBeGreaterThan(0);
    for (const e of entries) {
      expect(e.id._text).toMatch(/\/en\/events\//);
      expect(Number.isNaN(Date.parse(e.updated._text))).toBe(false);
      expect(e.title).toBeDefined();
    }
  });

  it('JSON Feed has its version and items with ids and links', async () => {
    const feed = (await (await get('/api/events.json?category=music')).json()) as { version: string; items: { id: string; url: string; title: string }[] };
    expect(feed.version).toBe('https://jsonfeed.org/version/1');
    expect(feed.items.length).toBeGreaterThan(0);
    for (const i of feed.items) expect(i.url).toBe(i.id);
  });
});

describe('subscribing to one’s interests from the home page', () => {
  it('links the chosen categories as a search to subscribe to, and only when some are chosen', async () => {
    const personal = await (await get('/', { method: 'POST', body: new URLSearchParams([['interest', 'music'], ['interest', 'library']]) })).text();
    expect(personal.replace(/&#x3D;/g, '=')).toContain('href="/sok?category=music&amp;category=library#prenumerera"');
    expect(await (await get('/')).text()).not.toContain('#prenumerera');
    const search = await (await get('/sok?category=music&category=library')).text();
    expect(search).toContain('id="prenumerera"');
  });
});

describe('the API as other sites use it', () => {
  it('lets any origin read it (CORS, CORP), with ETag and Cache-Control, and 304 on revalidation', async () => {
    const res = await get('/api/events?category=music', { headers: { Origin: 'https://partner.example' } });
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(res.headers.get('cache-control')).toBe('public, max-age=60');
    const etag = res.headers.get('etag');
    expect(etag).toBeTruthy();
    // As a browser revalidates (fetch alone would add `Cache-Control: no-cache` to a conditional request).
    const again = await get('/api/events?category=music', { headers: { 'If-None-Match': String(etag), 'Cache-Control': 'max-age=0' } });
    expect(again.status).toBe(304);
    const preflight = await get('/api/events', { method: 'OPTIONS', headers: { Origin: 'https://partner.example', 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'if-none-match' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/If-None-Match/);
    // Pages stay same-origin.
    expect((await get('/sok')).headers.get('cross-origin-resource-policy')).toBe('same-origin');
  });

  it('tells the client which parameters and values it ignored', async () => {
    const res = await get('/api/events?category=music,nonsense&colour=blue');
    const body = (await res.json()) as { ignored: { parameter: string }[] };
    expect(body.ignored.map((i) => i.parameter)).toEqual(['category=nonsense', 'colour']);
    expect(res.headers.get('x-ignored-parameters')).toBe('category%3Dnonsense, colour');
  });

  it('gives signage posters with an absolute QR target, one event or the next N of a filter', async () => {
    const many = (await (await get('/api/poster?category=music&limit=3')).json()) as { posters: { eventId: string; qrTarget: string; when: string }[] };
    expect(many.posters).toHaveLength(3);
    const [first] = many.posters;
    expect(first?.qrTarget).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/evenemang\/.+--/);
    const one = (await (await get(`/api/poster?id=${first?.eventId}&lang=en`)).json()) as { posters: { qrTarget: string }[] };
    expect(one.posters).toHaveLength(1);
    expect(one.posters[0]?.qrTarget).toMatch(/\/en\/events\//);
    expect((await get('/api/poster?id=nope')).status).toBe(404);
  });
});

describe('search engines', () => {
  it('lists every event and place page in the sitemap, each answering 200', async () => {
    const res = await get('/sitemap.xml');
    expect(res.headers.get('content-type')).toMatch(/^application\/xml/);
    const doc = xml2js(await res.text(), { compact: true }) as Xml;
    const urls = [doc.urlset.url].flat() as { loc: { _text: string }; lastmod?: { _text: string } }[];
    const events = urls.filter((u) => /\/(evenemang|en\/events)\//.test(u.loc._text));
    const { total } = await hits('per_page=1');
    expect(events).toHaveLength(total * 2);
    expect(events.every((u) => /^\d{4}-\d{2}-\d{2}$/.test(u.lastmod?._text ?? ''))).toBe(true);
    const statuses = await Promise.all(urls.map(async (u) => (await fetch(u.loc._text)).status));
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
  });

  it('has robots.txt pointing at the sitemap and keeping crawlers off the API and embeds', async () => {
    const text = await (await get('/robots.txt')).text();
    expect(text).toContain(`Sitemap: ${base}/sitemap.xml`);
    expect(text).toContain('Disallow: /api/');
    expect(text).toContain('Disallow: /embed');
  });
});

describe('usage figures', () => {
  it('shows zero-result words to editors, and keeps no IP address anywhere', async () => {
    await get('/sok?q=Qwxzvbnmkj');
    await get('/api/events?q=qwxzvbnmkj');
    await get('/sok?q=jazz');
    await get('/api/events.ics?category=music');
    const page = await get('/admin/usage', { headers: { Authorization: `Bearer ${TOKEN}` } });
    const html = await page.text();
    expect(html).toMatch(/<td>qwxzvbnmkj<\/td><td class="num">2<\/td>/);
    expect(html).not.toContain('jazz');
    const data = (await (await get('/admin/usage', { headers: { Authorization: `Bearer ${TOKEN}`, Accept: 'application/json' } })).json()) as Record<string, { routes: Record<string, number> }>;
    const day = Object.values(data)[0];
    expect(day?.routes.search).toBeGreaterThanOrEqual(2);
    expect(day?.routes.ics).toBeGreaterThanOrEqual(1);
    expect((await get('/admin/usage')).status).toBe(401);
    await site.usage.flush();
    const stored = readFileSync(usageFile(site.engine.dataDir), 'utf8');
    expect(stored).toContain('qwxzvbnmkj');
    for (const text of [stored, html]) expect(text).not.toMatch(/127\.0\.0\.1|::1|::ffff|\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b/);
  });
});

type Schema = { type?: string | string[]; enum?: unknown[]; items?: Schema; example?: unknown; minimum?: number; format?: string; pattern?: string };
type Parameter = { name: string; in: string; required?: boolean; schema?: Schema };
type Doc = { openapi: string; info: { title: string; version: string }; paths: Record<string, Record<string, { parameters?: Parameter[]; responses: Record<string, unknown> }>>; components?: { schemas?: Record<string, unknown> } };

/** A value the schema documents as valid (its example, first allowed value, or minimum). */
function exampleOf(name: string, s: Schema = {}): string {
  if (s.example !== undefined) return String(s.example);
  const values = s.enum ?? s.items?.enum;
  if (values) return String(values[0]);
  if (s.format === 'date-time') return new Date(ANCHOR_NOW * 1000).toISOString();
  if (s.pattern?.includes('\\d{4}-')) return '2026-01-10';
  if (s.type === 'number' || s.type === 'integer') return String(s.minimum ?? 1);
  return `${name}-value`;
}

describe('the OpenAPI document', () => {
  let doc: Doc;
  let eventId: string;
  beforeAll(async () => {
    doc = (await (await get('/api/openapi.json')).json()) as Doc;
    eventId = (await hits('category=music')).hits[0]?.eventId ?? '';
  });

  it('is an OpenAPI 3.1 document whose references resolve and whose path parameters are declared', () => {
    expect(doc.openapi).toMatch(/^3\.1\.\d+$/);
    expect(doc.info.title).toBeTruthy();
    expect(doc.info.version).toBeTruthy();
    const text = JSON.stringify(doc);
    // 3.0's `nullable` and boolean exclusive bounds are not 3.1 (JSON Schema 2020-12).
    expect(text).not.toMatch(/"nullable":|"exclusive(Minimum|Maximum)":(true|false)/);
    for (const ref of text.match(/"\$ref":"[^"]+"/g) ?? []) {
      const name = ref.replace(/^"\$ref":"#\/components\/schemas\//, '').replace(/"$/, '');
      expect(doc.components?.schemas?.[name], ref).toBeDefined();
    }
    for (const [path, item] of Object.entries(doc.paths)) {
      expect(path.startsWith('/')).toBe(true);
      for (const op of Object.values(item)) {
        expect(Object.keys(op.responses).some((s) => s.startsWith('2'))).toBe(true);
        const declared = (op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name);
        expect(declared.sort()).toEqual([...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort());
        for (const p of op.parameters ?? []) {
          expect(['query', 'path', 'header', 'cookie']).toContain(p.in);
          expect(p.schema).toBeDefined();
          if (p.in === 'path') expect(p.required).toBe(true);
        }
      }
    }
  });

  it('documents every parameter each endpoint accepts, and each endpoint reports the ones it does not', async () => {
    let walked = 0;
    for (const [template, item] of Object.entries(doc.paths)) {
      const path = template.replace('{id}', eventId);
      for (const op of Object.values(item)) {
        for (const p of (op.parameters ?? []).filter((q) => q.in === 'query')) {
          const value = p.name === 'id' ? eventId : exampleOf(p.name, p.schema);
          const res = await get(`${path}?${new URLSearchParams({ [p.name]: value })}`);
          expect([res.status, res.headers.get('x-ignored-parameters')], `${template} ${p.name}=${value}`).toEqual([200, null]);
          walked++;
        }
        const odd = await get(`${path}?undocumented_thing=1`);
        expect(odd.headers.get('x-ignored-parameters'), template).toBe('undocumented_thing');
      }
    }
    expect(walked).toBeGreaterThan(40);
  });

  it('describes the answers the endpoints really give', async () => {
    const { eventsPageSchema, eventDetailSchema, postersSchema, feedAnswerSchema } = await import('../../src/web/formats/api-schema.js');
    expect(eventsPageSchema.safeParse(await (await get('/api/events?q=konsert')).json()).error).toBeUndefined();
    expect(eventsPageSchema.safeParse(await (await get(`/api/events?updated_since=${new Date(ANCHOR_NOW * 1000).toISOString()}`)).json()).error).toBeUndefined();
    expect(eventDetailSchema.safeParse(await (await get(`/api/events/${eventId}`)).json()).error).toBeUndefined();
    expect(postersSchema.safeParse(await (await get('/api/poster?limit=2')).json()).error).toBeUndefined();
    expect(feedAnswerSchema.safeParse(await (await get('/api/feed')).json()).error).toBeUndefined();
  });

  it('validates as OpenAPI 3.1 against the specification\'s own schema', async () => {
    const { Validator } = await import('@seriousme/openapi-schema-validator');
    const validator = new Validator();
    const result = await validator.validate(doc as unknown as Parameters<typeof validator.validate>[0]);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('has an interactive reference page at /api/docs, its script served by this site', async () => {
    const res = await get('/api/docs');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).not.toMatch(/https:\/\/cdn\.|jsdelivr|unpkg/);
    expect(html).toContain('/api/openapi.json');
    expect(html).toContain('/api/docs/scalar.js');
    const script = await get('/api/docs/scalar.js');
    expect([script.status, script.headers.get('content-type')]).toEqual([200, expect.stringMatching(/javascript/)]);
  });
});
