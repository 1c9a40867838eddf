import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SampleSite, startSampleSite } from '../support/sample-site.js';

/*
 * What a visitor reads on the sample site must be true: prices, audiences, calendar files, opening hours, order.
 */

let site: SampleSite;
/** Visible text: marks around matched words join their word ("<mark>brand</mark>en"), other tags separate words. */
const text = (html: string) => html.replace(/<\/?mark>/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
/** Handlebars escapes `=` in attributes as &#x3D;, which browsers read as `=`. */
const decode = (html: string) => html.replace(/&#x3D;/g, '=').replace(/&amp;/g, '&');

beforeAll(async () => {
  site = await startSampleSite();
});

afterAll(async () => {
  await site?.close();
});

/** The search page's cards as text, one string per card. */
async function cards(query: string): Promise<string[]> {
  const html = await (await fetch(`${site.base}/sok?${query}`)).text();
  return [...html.matchAll(/<li class="card[^"]*">([\s\S]*?)<\/article>/g)].map((m) => text(m[1] ?? '').trim());
}

describe('prices', () => {
  it('never calls an event free when only children go free, and shows what it costs', async () => {
    const found = await cards('q=stadsvandring+branden');
    const card = found.find((c) => c.includes('Växjö efter branden'));
    expect(card).toBeDefined();
    expect(card).not.toMatch(/Gratis/);
    expect(card).toContain('80 kr');
  });

  it('shows "från" the lowest amount when a price names several, and the amount when children alone go free', async () => {
    const concert = (await cards('q=nyårskonsert+musica+vitae')).find((c) => c.includes('Nyårskonsert med Musica Vitae'));
    expect(concert).toContain('från 100 kr');
    const family = (await cards('q=utvandrarnas+familjesöndag')).find((c) => c.includes('Familjesöndag'));
    expect(family).toContain('150 kr');
    expect(family).not.toMatch(/Gratis/);
  });

  it('keeps the free badge for events free for everyone', async () => {
    const card = (await cards('q=sagostund+för+de+minsta')).find((c) => c.includes('Sagostund för de minsta'));
    expect(card).toContain('Gratis');
  });

  it('lists no event as free whose price names an amount', async () => {
    const res = await fetch(`${site.base}/api/events?free=true&per_page=50`);
    const body = (await res.json()) as { total: number; hits: { title: string; price: string | null }[] };
    expect(body.total).toBeGreaterThan(10);
    expect(body.total).toBeLessThanOrEqual(50);
    const priced = body.hits.filter((h) => /\d+\s*(kr|SEK)/i.test(h.price ?? ''));
    expect(priced.map((h) => h.title)).toEqual([]);
  });
});

describe('add to calendar', () => {
  const vevents = (ics: string) => ics.split('BEGIN:VEVENT').slice(1);

  it('adds the one date a card found under a date filter opens, and the whole series only when asked', async () => {
    // Sagostund is every Saturday; "next week" shows its Saturday next week, not the next one.
    const html = decode(await (await fetch(`${site.base}/sok?q=sagostund+för+de+minsta&when=next-week`)).text());
    const href = /<a href="(\/evenemang\/sagostund-for-de-minsta--[\w-]+\?at=(\d+))"/.exec(html);
    expect(href).not.toBeNull();
    const at = Number(href?.[2]);
    const page = decode(await (await fetch(`${site.base}${href?.[1]}`)).text());
    const calendar = /<a class="button calendar" href="([^"]+)" download>/.exec(page)?.[1] ?? '';
    expect(calendar).toContain(`?at=${at}`);
    const one = await (await fetch(`${site.base}${calendar}`)).text();
    expect(vevents(one)).toHaveLength(1);
    const local = new Date(at * 1000).toLocaleString('sv-SE', { timeZone: 'Europe/Stockholm' }).replace(/[-:]/g, '').replace(' ', 'T');
    expect(one).toContain(`DTSTART;TZID=Europe/Stockholm:${local}`);
    // The page shows that date at the top, not the first upcoming one.
    expect(page).toContain(`<time datetime="${new Date(at * 1000).toISOString().replace('.000', '')}">`);

    const series = /<a href="([^"]+\.ics\?all=1)" download>Lägg till alla (\d+) tillfällen<\/a>/.exec(page);
    expect(series).not.toBeNull();
    const all = await (await fetch(`${site.base}${series?.[1]}`)).text();
    expect(vevents(all)).toHaveLength(Number(series?.[2]));
    expect(Number(series?.[2])).toBeGreaterThan(3);
  });

  it('offers no calendar file for a place that is always open', async () => {
    const html = await (await fetch(`${site.base}/sok?q=linnéparken&kind=experience`)).text();
    const href = /<a href="(\/evenemang\/linneparken--[\w-]+)"/.exec(html)?.[1];
    expect(href).toBeDefined();
    const page = await (await fetch(`${site.base}${href}`)).text();
    expect(page).not.toContain('.ics');
    expect((await fetch(`${site.base}${href}.ics`)).status).toBe(404);
  });
});

describe('organiser', () => {
  it('is the one the description names, not the municipality whose calendar lists a club\'s match', async () => {
    const body = (await (await fetch(`${site.base}/api/events?q=${encodeURIComponent('Växjö Lakers Frölunda')}&kind=event`)).json()) as { hits: { title: string; eventId: string }[] };
    const game = body.hits.find((h) => h.title === 'Växjö Lakers – Frölunda HC');
    expect(game).toBeDefined();
    const one = (await (await fetch(`${site.base}/api/events/${game?.eventId}`)).json()) as { organizer: string | null };
    expect(one.organizer).toBe('Växjö Lakers Hockey');
  });
});

describe('audience', () => {
  const titles = async (query: string) =>
    ((await (await fetch(`${site.base}/api/events?${query}&per_page=50`)).json()) as { hits: { title: string }[] }).hits.map((h) => h.title);

  it('files baby rhythm, story time and children\'s theatre under children, not under adults', async () => {
    const adults = await titles('audience=adults');
    const children = await titles('audience=children-family');
    for (const title of ['Babyrytmik på Araby bibliotek', 'Sagostund för de minsta', 'Barnteater: Snödrottningen']) {
      expect(children).toContain(title);
      expect(adults).not.toContain(title);
    }
  });
});

describe('opening hours', () => {
  const titles = async (query: string) =>
    ((await (await fetch(`${site.base}/api/events?${query}&per_page=50`)).json()) as { hits: { title: string }[] }).hits.map((h) => h.title);

  it('"ikväll" lists places open in the evening and leaves out those that close at 16 or are shut on Mondays', async () => {
    // The sample site's clock is Monday 09:00.
    const tonight = await titles('when=tonight&kind=experience');
    expect(tonight).toContain('Linnéparken');
    expect(tonight).not.toContain('Växjö domkyrka');
    expect(tonight).not.toContain('Smålands museum – Sveriges glasmuseum');
    const today = await titles('when=today&kind=experience');
    expect(today).toContain('Växjö domkyrka');
    expect(today).not.toContain('Smålands museum – Sveriges glasmuseum');
    expect(await titles('when=tomorrow&kind=experience')).toContain('Smålands museum – Sveriges glasmuseum');
  });

  it('shows today\'s hours on cards and the week on the page, translated on the English site', async () => {
    const card = (await cards('q=smålands+museum+glasmuseum&kind=experience')).find((c) => c.startsWith('Smålands museum – Sveriges glasmuseum'));
    expect(card).toContain('Stängt idag');
    // Closed is not said in the green of an open place.
    const raw = await (await fetch(`${site.base}/sok?q=sm%C3%A5lands+museum+glasmuseum&kind=experience`)).text();
    expect(raw).toMatch(/<p class="card-when is-closed">Stängt idag<\/p>/);
    const html = await (await fetch(`${site.base}/en/search?q=domkyrka&kind=experience`)).text();
    expect(text(html)).toContain('Open today 9:00–16:00');
    const href = /<a href="(\/en\/events\/vaxjo-domkyrka--[\w-]+)"/.exec(html)?.[1];
    const page = text(await (await fetch(`${site.base}${href}`)).text());
    expect(page).toContain('Opening hours daily 9:00–16:00');
    expect(page).toContain('begränsat vid gudstjänster');
  });
});

describe('order', () => {
  it('lists equally good matches soonest first: "ice hockey" shows the games by date', async () => {
    const body = (await (await fetch(`${site.base}/api/events?q=ice+hockey`)).json()) as { hits: { title: string; startsAt: string }[] };
    const games = body.hits.filter((h) => h.title.startsWith('Växjö Lakers'));
    expect(games.length).toBeGreaterThan(5);
    expect(games.map((g) => g.startsAt)).toEqual(games.map((g) => g.startsAt).sort());
  });
});

describe('footer and the pages a public body\'s site must have', () => {
  it('names the publisher and contact on every page, and links the accessibility statement and the privacy page', async () => {
    for (const path of ['/sok', '/sok?q=xyzzyplugh']) {
      const html = await (await fetch(`${site.base}${path}`)).text();
      const footer = /<footer class="site-footer">([\s\S]*?)<\/footer>/.exec(html)?.[1] ?? '';
      expect(text(footer)).toContain('Webbplatsen ges ut av Växjö kommun.');
      expect(footer).toContain('href="mailto:kommunen@vaxjo.se"');
      expect(footer).toContain('href="/tillganglighet"');
      expect(footer).toContain('href="/personuppgifter"');
    }
    const en = await (await fetch(`${site.base}/en/search`)).text();
    expect(en).toContain('href="/en/accessibility"');
    expect(text(en)).toContain('This site is published by Växjö Municipality.');
  });

  it('serves the accessibility statement with its required parts, in both languages', async () => {
    const sv = text(await (await fetch(`${site.base}/tillganglighet`)).text());
    for (const part of ['delvis förenlig', 'Kända brister', 'kommunen@vaxjo.se', 'Digg', 'Hur vi testat webbplatsen']) expect(sv).toContain(part);
    const en = await fetch(`${site.base}/en/accessibility`);
    expect(en.status).toBe(200);
    expect(text(await en.text())).toContain('Agency for Digital Government');
    const privacy = text(await (await fetch(`${site.base}/personuppgifter`)).text());
    expect(privacy).toContain('inga kakor');
    expect(privacy).toContain('OpenStreetMap');
  });
});

describe('English visitors', () => {
  /** The English search page's card for the event titled `title`, as HTML. */
  async function enCard(query: string, title: string): Promise<string> {
    const html = await (await fetch(`${site.base}/en/search?${query}`)).text();
    const found = [...html.matchAll(/<li class="card[^"]*">([\s\S]*?)<\/article>/g)].map((m) => m[1] ?? '').find((c) => text(c).includes(title));
    expect(found, title).toBeDefined();
    return found ?? '';
  }
  const about = (page: string) => /<section class="event-description"[\s\S]*?<\/section>/.exec(page)?.[0] ?? '';
  const pageOf = async (card: string) => (await fetch(`${site.base}${/<a href="(\/en\/events\/[^"]+)"/.exec(card)?.[1] ?? ''}`)).text();

  it('see the feed\'s English text first when it translates the Swedish, and Swedish text marked as Swedish', async () => {
    // "In English: Practise Swedish over coffee, every Tuesday, all levels welcome." is two thirds of the Swedish text.
    const card = await enCard('q=språkcafé', 'Språkcafé på Hovshaga bibliotek');
    expect(card).toContain('<h3 class="card-title" lang="sv">');
    expect(card).toContain('<p class="card-snippet">Practise Swedish over coffee');
    const page = await pageOf(card);
    expect(page).toMatch(/<h1 lang="sv">Språkcafé/);
    expect(about(page).indexOf('Practise Swedish')).toBeLessThan(about(page).indexOf('In Swedish'));
    expect(about(page)).toMatch(/<div lang="sv"><p>Öva svenska/);
    expect(about(page)).not.toContain('In English:');
    // The Swedish page shows the Swedish text, without lang marks.
    const sv = await (await fetch(`${site.base}${/<a href="(\/en\/events\/[^"]+)"/.exec(card)?.[1]?.replace('/en/events/', '/evenemang/')}`)).text();
    expect(sv).toContain('<h1>Språkcafé');
    expect(sv).not.toContain('english-text');
  });

  it('see a short English note beside the Swedish text, not instead of it', async () => {
    // The feed's "In English: The guide can answer questions in English." is a quarter of the Swedish text: the English
    // site showed only that, and an English visitor never learnt it is a street-art walk.
    const card = await enCard('q=sculpture', 'Gatukonst – guidad vandring');
    expect(card).toMatch(/<p class="card-snippet" lang="sv">Upptäck väggmålningar, <mark>skulpturer<\/mark> och glaskonst/);
    expect(card).toContain('<p class="card-note">In English: The guide can answer questions in English.</p>');
    expect(/<p class="card-snippet"[^>]*>([\s\S]*?)<\/p>/.exec(card)?.[1]).not.toContain('In English');
    const page = about(await pageOf(card));
    expect(page).not.toContain('english-text');
    expect(page).toMatch(/<div lang="sv"><p>Upptäck väggmålningar[\s\S]*Glasgatan[\s\S]*<\/div>\s*<p class="english-note"><strong>In English:<\/strong> The guide can answer questions in English.<\/p>/);
  });

  it('see prices in our English words, and the feed\'s own words about prices, places and organisers marked as Swedish', async () => {
    const glass = await enCard('q=museum', 'Söndagsvisning i Sveriges glasmuseum');
    expect(glass).toContain('<li class="badge badge-price" lang="sv">Ingår i entrén</li>');
    expect(glass).toContain('<p class="card-where"><span lang="sv">Smålands museum</span> · Centrum</p>');
    expect(await enCard('q=museum', 'Sportlov på museet')).toContain('<li class="badge badge-price" lang="sv">Gratis för barn och unga till 19 år</li>');
    expect(await enCard('q=museum', 'Konsert: Smålands musikarkiv')).toContain('<li class="badge badge-price">SEK 150</li>');

    const emigrants = await pageOf(await enCard('q=museum&kind=experience', 'Utvandrarnas hus'));
    expect(emigrants).toMatch(/<h2>Price<\/h2><p>SEK 150<\/p><p lang="sv">Entré 150 kr \(gäller även Smålands museum\)/);
    expect(emigrants).toContain('<p><span lang="sv">Utvandrarnas hus<br>Vilhelm Mobergs gata 4, Växjö</span><br>Centrum</p>');
    const walk = await pageOf(await enCard('q=stadsvandring', 'Växjö efter branden 1843'));
    expect(walk).toContain('<h2>Organiser</h2><p lang="sv">Växjö kommun</p>');
    // On the Swedish site the same words are the page's own.
    const sv = await (await fetch(`${site.base}/sok?q=museum`)).text();
    expect(sv).toContain('<li class="badge badge-price">Ingår i entrén</li>');
    expect(sv).not.toMatch(/<(li|span|p)[^>]* lang="sv"/);
  });
});

describe('zero results', () => {
  it('repeats what was searched when no word finds anything', async () => {
    const html = await (await fetch(`${site.base}/sok?q=xyzzyplugh+quuxfrob`)).text();
    expect(text(html)).toContain('Inga träffar för ”xyzzyplugh quuxfrob”.');
    // No word finds anything alone, so there is no word to suggest.
    expect(decode(html)).not.toContain('Sök bara på');
  });

  it('drops a word nothing matches when the rest finds something, and says so', async () => {
    // Before, the page said "Inga träffar" and suggested "Sök bara på ”jazz”": now the search does that itself.
    const html = await (await fetch(`${site.base}/sok?q=xyzzyplugh+jazz`)).text();
    expect(text(html)).toContain('Visar resultat för jazz');
    expect(text(html)).not.toContain('Inga träffar');
  });
});
