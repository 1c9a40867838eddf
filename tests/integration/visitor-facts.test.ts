import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SampleSite, startSampleSite } from '../support/sample-site.js';

/*
 * What a visitor reads on the sample site must be true: prices, audiences, calendar files, opening hours, order.
 */

let site: SampleSite;
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

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
