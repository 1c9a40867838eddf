import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SampleSite, startSampleSite } from '../support/sample-site.js';

interface ApiBody {
  total: number;
  hits: { title: string }[];
}

let base: string;
let site: SampleSite;

async function titlesFor(q: string): Promise<string[]> {
  const res = await fetch(`${base}/api/events?q=${encodeURIComponent(q)}&per_page=50`);
  expect(res.status).toBe(200);
  return ((await res.json()) as ApiBody).hits.map((h) => h.title);
}

beforeAll(async () => {
  site = await startSampleSite();
  base = site.base;
});

afterAll(async () => {
  await site?.close();
});

// Meilisearch matches whole words and prefixes only; these are found through the indexer's `keywords` field.
describe('a search for one word of a Swedish compound finds the compound', () => {
  it.each([
    ['fiske', ['Prova på isfiske på Helgasjön']],
    ['festival', ['Matfestival på Stortorget']],
    ['konst', ['Gatukonst – guidad vandring']],
    ['konsert', ['Nyårskonsert med Musica Vitae', 'Körkonsert i Furuby kyrka', 'Kulturskolans vårkonsert']],
    ['marknad', ['Lördagsmarknad på Stortorget']],
    ['vandring', ['Stadsvandring: Växjö efter branden 1843', 'Skulpturvandring i centrum']],
    ['stund', ['Sagostund för de minsta']],
    ['åkning', ['Längdskidåkning i Evedal']],
  ])('"%s" finds %j', async (q, expected) => {
    // Also as a phrase, which matches whole words only: a plain query could pass on a prefix ("fiske" of
    // "fiskeguiderna" in a description) without any compound being split.
    for (const query of [q, `"${q}"`]) {
      const titles = await titlesFor(query);
      for (const title of expected) expect(titles).toContain(title);
    }
  });

  it('finds the hockey games, whose feed files them under "Ishockey"', async () => {
    const titles = await titlesFor('hockey');
    expect(titles.some((title) => title.startsWith('Växjö Lakers'))).toBe(true);
  });

  it('finds compound parts typed without å, ä and ö', async () => {
    expect(await titlesFor('akning')).toContain('Längdskidåkning i Evedal');
  });

  it('does not turn a non-compound into matches for its letters', async () => {
    // "servering" is no "serve" + "ring": a search for "ring" must not find every event that serves coffee.
    const titles = await titlesFor('ring');
    expect(titles.every((title) => /ring/i.test(title))).toBe(true);
  });
});
