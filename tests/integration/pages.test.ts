import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestEngine } from '../support/engine.js';
import { type SampleSite, startSampleSite } from '../support/sample-site.js';

let t: TestEngine;
let base: string;
let site: SampleSite;
const TOKEN = 'admin-token-for-tests-0123456789';
const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
/** Handlebars escapes `=` in attributes as &#x3D;, which browsers read as `=`. */
const attrs = (html: string) => html.replace(/&#x3D;/g, '=');

beforeAll(async () => {
  site = await startSampleSite({ ADMIN_TOKEN: TOKEN });
  base = site.base;
  t = site.engine;
});

afterAll(async () => {
  await site?.close();
});

/** The hit whose title starts with `q`. */
async function firstHit(q: string): Promise<{ eventId: string; title: string }> {
  const body = (await (await fetch(`${base}/api/events?q=${encodeURIComponent(q)}`)).json()) as { hits: { eventId: string; title: string }[] };
  const hit = body.hits.find((h) => h.title.startsWith(q));
  if (!hit) throw new Error(`no hit titled ${q}`);
  return hit;
}

describe('event page', () => {
  it('shows the description, every upcoming date, the venue with a map link, JSON-LD and Open Graph', async () => {
    const hit = await firstHit('Sagostund för de minsta');
    const res = await fetch(`${base}/evenemang/x--${hit.eventId}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<h1>Sagostund för de minsta</h1>');
    expect((html.match(/<li>(<a [^>]+>)?<time datetime=/g) ?? []).length).toBeGreaterThan(3);
    expect(attrs(html)).toContain('https://www.openstreetmap.org/?mlat=');
    expect(html).toContain('<meta property="og:title" content="Sagostund för de minsta">');
    const ld = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1] ?? '{}');
    expect(JSON.stringify(ld)).toContain('"@type":"Event"');
  });

  it('serves the whole series as an .ics file with one VEVENT per upcoming date when asked for all', async () => {
    const hit = await firstHit('Sagostund för de minsta');
    const res = await fetch(`${base}/evenemang/sagostund--${hit.eventId}.ics?all=1`);
    expect(res.headers.get('content-type')).toMatch(/text\/calendar/);
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename=.*\.ics/);
    const ics = await res.text();
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect((ics.match(/BEGIN:VEVENT/g) ?? []).length).toBeGreaterThan(3);
    expect(ics.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
  });

  it('has an English version and answers 404 for an unknown event', async () => {
    const hit = await firstHit('Jazzkväll');
    const en = await (await fetch(`${base}/en/events/x--${hit.eventId}`)).text();
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('Add to calendar');
    expect((await fetch(`${base}/evenemang/nope--doesnotexist`)).status).toBe(404);
    expect((await fetch(`${base}/evenemang/${encodeURIComponent('"><script>')}`)).status).toBe(404);
  });
});

describe('search page behaviour', () => {
  it('turns time words in the text into a date filter shown as a chip', async () => {
    const html = await (await fetch(`${base}/sok?q=${encodeURIComponent('konsert i helgen')}`)).text();
    expect(html).toContain('value="konsert i helgen"');
    expect(text(html)).toMatch(/I helgen ×/);
    // Removing the chip removes the words from the text as well.
    expect(attrs(html)).toMatch(/href="\/sok\?q=konsert"[^>]*aria-label="Ta bort filtret I helgen"/);
  });

  it('applies time words typed in the box even though the form sends an empty date choice', async () => {
    const html = await (await fetch(`${base}/sok?q=${encodeURIComponent('konsert i helgen')}&when=&sort=relevance`)).text();
    expect(text(html)).toMatch(/I helgen ×/);
    const none = await (await fetch(`${base}/sok?q=${encodeURIComponent('konsert i helgen')}&when=any`)).text();
    expect(text(none)).not.toMatch(/I helgen ×/);
  });

  it('pushes the tidy URL for htmx swaps, and "show more" carries nothing out of band', async () => {
    const swap = await fetch(`${base}/sok?q=&when=&sort=relevance&category=music`, { headers: { 'HX-Request': 'true' } });
    expect(swap.headers.get('hx-push-url')).toBe('/sok?category=music');
    expect(await swap.text()).toContain('hx-swap-oob');
    const more = await fetch(`${base}/sok?page=2`, { headers: { 'HX-Request': 'true', 'HX-Target': 'more' } });
    expect(more.headers.get('hx-push-url')).toBeNull();
    expect(await more.text()).not.toContain('hx-swap-oob');
  });

  it('facets accessibility with labels, and filters by it', async () => {
    const html = await (await fetch(`${base}/sok`)).text();
    expect(text(html)).toMatch(/Tillgängligt med rullstol \d+/);
    type Body = { total: number; facets: { accessibility: Record<string, number> } };
    const all = (await (await fetch(`${base}/api/events`)).json()) as Body;
    const loop = (await (await fetch(`${base}/api/events?accessibility=hearing-loop`)).json()) as Body;
    expect(loop.total).toBeGreaterThan(0);
    expect(loop.total).toBe(all.facets.accessibility['hearing-loop']);
    expect(loop.total).toBeLessThan(all.total);
  });

  it('counts events per date preset next to the date choice', async () => {
    const html = await (await fetch(`${base}/sok?category=music`)).text();
    expect(text(html)).toMatch(/I helgen \(\d+\)/);
  });

  it('names the tidy address of a search as canonical', async () => {
    const html = attrs(await (await fetch(`${base}/sok?sort=relevance&category=music&q=jazz&page=1`)).text());
    expect(html).toMatch(new RegExp(`<link rel="canonical" href="${base}/sok\\?q=jazz&amp;category=music">`));
  });

  it('keeps the search when switching language', async () => {
    const html = await (await fetch(`${base}/sok?q=jazz&category=music`)).text();
    expect(attrs(html)).toContain('href="/en/search?q=jazz&amp;category=music"');
    const en = await (await fetch(`${base}/en/search?q=jazz&category=music`)).text();
    expect(en).toContain('<html lang="en">');
    expect(text(en)).toMatch(/\d+ results?/);
  });

  it('on zero results names the filter to drop and what it would give', async () => {
    const html = await (await fetch(`${base}/sok?q=jazz&area=braas`)).text();
    expect(text(html)).toContain('Inga träffar');
    expect(text(html)).toMatch(/Utan filtret Braås: \d+ träffar/);
  });

  it('on zero results for text alone suggests categories to browse', async () => {
    const html = await (await fetch(`${base}/sok?q=xyzzyplugh`)).text();
    expect(text(html)).toContain('Inga träffar');
    expect(text(html)).toMatch(/Se alla inom Musik &amp; konserter \(\d+\)/);
  });

  it('offers "show more" that appends the next page of events of the same size', async () => {
    const html = await (await fetch(`${base}/sok?per_page=5`)).text();
    expect(cardsIn(html, 'cards')).toHaveLength(5);
    expect(attrs(html)).toMatch(/<li id="more"[\s\S]*hx-get="\/sok\?per_page=5&amp;page=2(&amp;after=[\w-]+)?"[\s\S]*hx-select="#cards > li"/);
    const next = await (await fetch(`${base}/sok?per_page=5&page=2`)).text();
    expect(cardsIn(next, 'cards')).toHaveLength(5);
  });
});

/** The kinds of the cards in one list of the page (`cards`: events, `place-cards`: places), in order. */
function cardsIn(html: string, list: 'cards' | 'place-cards'): string[] {
  const body = new RegExp(`<ol class="cards" id="${list}">([\\s\\S]*?)</ol>`).exec(html)?.[1] ?? '';
  return [...body.matchAll(/<li class="card card-(\w+)"/g)].map((m) => m[1] as string);
}

const titlesIn = (html: string, list: 'cards' | 'place-cards') =>
  [...(new RegExp(`<ol class="cards" id="${list}">([\\s\\S]*?)</ol>`).exec(html)?.[1] ?? '').matchAll(/<h3 class="card-title"[^>]*><a [^>]+>(.*?)<\/a>/g)].map((m) =>
    (m[1] as string).replace(/<[^>]+>/g, ''),
  );

describe('events and places as two sections', () => {
  it('a search that finds both shows the events and the places in two lists, with the count of each', async () => {
    const html = await (await fetch(`${base}/sok?q=v%C3%A4xj%C3%B6`)).text();
    type Body = { total: number; facets: { kind: Record<string, number> } };
    const api = (await (await fetch(`${base}/api/events?q=v%C3%A4xj%C3%B6`)).json()) as Body;
    const { event = 0, experience = 0 } = api.facets.kind;
    expect(event).toBeGreaterThan(20);
    expect(experience).toBeGreaterThan(4);
    expect(text(html)).toContain(`${api.total} träffar`);
    expect(text(html)).toContain(`${event} evenemang · ${experience} platser att besöka`);
    expect(text(html)).toMatch(new RegExp(`Platser att besöka ${experience}`));
    // The facet counts are the whole search's, as the API gives them.
    expect(text(html)).toMatch(new RegExp(`Evenemang ${event}\\b[\\s\\S]*Upplevelse ${experience}\\b`));
    expect(cardsIn(html, 'cards')).toEqual(Array(20).fill('event'));
    expect(cardsIn(html, 'place-cards')).toEqual(Array(4).fill('experience'));
  });

  it('paging through the events never brings a place into the events list', async () => {
    const seen = new Set<string>();
    for (let page = 1; page <= 9; page++) {
      const html = await (await fetch(`${base}/sok?q=v%C3%A4xj%C3%B6&per_page=10&page=${page}`)).text();
      const kinds = cardsIn(html, 'cards');
      expect(kinds.every((k) => k === 'event'), `page ${page}`).toBe(true);
      for (const title of titlesIn(html, 'cards')) seen.add(title);
      // The places stay in their own section on every page.
      expect(cardsIn(html, 'place-cards').every((k) => k === 'experience')).toBe(true);
    }
    const api = (await (await fetch(`${base}/api/events?q=v%C3%A4xj%C3%B6&kind=event&per_page=50`)).json()) as { total: number };
    expect(seen.size).toBe(api.total);
  });

  it('puts the places first when a place is the best match for the words, and the events first for a date', async () => {
    const html = await (await fetch(`${base}/sok?q=domkyrkan`)).text();
    expect(html.indexOf('id="place-cards"')).toBeGreaterThan(0);
    expect(html.indexOf('id="place-cards"')).toBeLessThan(html.indexOf('id="cards"'));
    expect(titlesIn(html, 'place-cards')[0]).toBe('Växjö domkyrka');
    // A date asks what is on: events lead, whatever the places score.
    const presets = ['today', 'tomorrow', 'weekend', 'week', 'next-week'];
    const counts = await Promise.all(
      presets.map(async (when) => ((await (await fetch(`${base}/api/events?q=domkyrkan&when=${when}`)).json()) as { facets: { kind: Record<string, number> } }).facets.kind),
    );
    const when = presets.find((_, i) => (counts[i]?.event ?? 0) > 0 && (counts[i]?.experience ?? 0) > 0);
    expect(when).toBeDefined();
    const dated = await (await fetch(`${base}/sok?q=domkyrkan&when=${when}`)).text();
    expect(dated.indexOf('id="cards"')).toBeGreaterThan(0);
    expect(dated.indexOf('id="cards"')).toBeLessThan(dated.indexOf('id="place-cards"'));
  });

  it('shows more places by their own "show more", kept in the address with the events\' pages', async () => {
    const html = attrs(await (await fetch(`${base}/sok?q=v%C3%A4xj%C3%B6&pages=2`)).text()).replace(/&gt;/g, '>');
    expect(html).toMatch(/<li id="more-places"[\s\S]*hx-get="\/sok\?q=v%C3%A4xj%C3%B6&amp;pages=2&amp;places=24"[\s\S]*hx-select="#place-cards > li:nth-child\(n\+5\)"/);
    const more = await fetch(`${base}/sok?q=v%C3%A4xj%C3%B6&pages=2&places=24`, { headers: { 'HX-Request': 'true', 'HX-Target': 'more-places' } });
    expect(more.headers.get('hx-replace-url')).toBe('/sok?q=v%C3%A4xj%C3%B6&pages=2&places=24');
    const body = await more.text();
    expect(cardsIn(body, 'place-cards').length).toBeGreaterThan(4);
    expect(cardsIn(body, 'cards')).toHaveLength(40);
    // The events' "show more" keeps the places shown.
    const events = await fetch(`${base}/sok?q=v%C3%A4xj%C3%B6&page=3&places=24`, { headers: { 'HX-Request': 'true', 'HX-Target': 'more' } });
    expect(events.headers.get('hx-replace-url')).toBe('/sok?q=v%C3%A4xj%C3%B6&pages=3&places=24');
  });
});

describe('addresses', () => {
  it('moves old search links from / and /en to the search page, keeping the query', async () => {
    const old = await fetch(`${base}/?q=jazz&category=music`, { redirect: 'manual' });
    expect(old.status).toBe(301);
    expect(old.headers.get('location')).toBe('/sok?q=jazz&category=music');
    const oldEn = await fetch(`${base}/en?q=jazz`, { redirect: 'manual' });
    expect([oldEn.status, oldEn.headers.get('location')]).toEqual([301, '/en/search?q=jazz']);
    // Without a query, / is the home page (the feed) now.
    const home = await fetch(`${base}/`, { redirect: 'manual' });
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('Förslag för dig');
  });

  it('links "back to the list" to the search the visitor came from, never to another site', async () => {
    const hit = await firstHit('Jazzkväll');
    const page = (referer?: string) =>
      fetch(`${base}/evenemang/x--${hit.eventId}`, { headers: referer ? { referer } : {} }).then((r) => r.text()).then(attrs);
    expect(await page(`${base}/sok?q=jazz&category=music&page=2`)).toContain('<a href="/sok?q=jazz&amp;category=music&amp;page=2">');
    expect(await page('https://evil.example/sok?q=x')).toContain('<p class="back"><a href="/sok">');
    expect(await page()).toContain('<p class="back"><a href="/sok">');
    const en = await fetch(`${base}/en/events/x--${hit.eventId}`, { headers: { referer: `${base}/en/search?q=jazz` } }).then((r) => r.text());
    expect(attrs(en)).toContain('<p class="back"><a href="/en/search?q=jazz">');
  });

});

describe('admin source health', () => {
  it('needs the token and then lists every source with its counts', async () => {
    expect((await fetch(`${base}/admin/sources`)).status).toBe(401);
    expect((await fetch(`${base}/admin/sources`, { headers: { authorization: 'Bearer wrong-token-0000000000000' } })).status).toBe(401);
    const res = await fetch(`${base}/admin/sources`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(200);
    const html = text(await res.text());
    for (const s of t.config.sources) expect(html).toContain(s.id);
    expect(html).toMatch(/\d+ indexerade/);
    const basic = Buffer.from(`ops:${TOKEN}`).toString('base64');
    expect((await fetch(`${base}/admin/sources`, { headers: { authorization: `Basic ${basic}` } })).status).toBe(200);
  });

  it('is there in English too', async () => {
    expect((await fetch(`${base}/en/admin/sources`)).status).toBe(401);
    const res = await fetch(`${base}/en/admin/sources`, { headers: { authorization: `Bearer ${TOKEN}` } });
    const html = await res.text();
    expect(html).toContain('<html lang="en">');
    expect(text(html)).toMatch(/\d+ indexed/);
  });
});
