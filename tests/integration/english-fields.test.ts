import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SampleSite, startSampleSite } from '../support/sample-site.js';

/*
 * The sample feeds carry English in their own fields: "Ett drömspel" as language-tagged JSON-LD values, three
 * Kulturparken API items in "rubrik_en"/"beskrivning_en". The English site shows it first; the Swedish site is unchanged.
 */

let site: SampleSite;
const text = (html: string) =>
  html.replace(/<\/?mark>/g, '').replace(/<[^>]+>/g, ' ').replace(/&#39;|&#x27;/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, ' ');
const page = async (path: string) => (await fetch(`${site.base}${path}`)).text();
const cardsOf = (html: string) => [...html.matchAll(/<li class="card[^"]*">([\s\S]*?)<\/article>/g)].map((m) => m[1] ?? '');

beforeAll(async () => {
  site = await startSampleSite();
});

afterAll(async () => {
  await site?.close();
});

describe('a feed\'s English fields', () => {
  it('are found by English words and shown first on the English card and page, the Swedish original kept and marked', async () => {
    const card = cardsOf(await page('/en/search?q=dream+play')).find((c) => c.includes('A Dream Play'));
    expect(card).toBeDefined();
    expect(card).toMatch(/<h3 class="card-title"><a [^>]+>A Dream Play<\/a>/);
    expect(text(card ?? '')).toContain('Strindberg\'s dreamlike play');
    const href = /<a href="(\/en\/events\/[^"]+)"/.exec(card ?? '')?.[1] ?? '';
    const html = await page(href);
    expect(html).toContain('<h1>A Dream Play</h1>');
    expect(html).toMatch(/<title>A Dream Play/);
    const about = /<section class="event-description"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
    expect(text(about)).toMatch(/^ ?About the event Strindberg's dreamlike play .* In Swedish Ett drömspel Strindbergs drömlika pjäs/);
    expect(about).toContain('<p class="original-title" lang="sv"><strong>Ett drömspel</strong></p>');
    expect(about).toMatch(/<div lang="sv"><p>Strindbergs drömlika pjäs/);
  });

  it('leave the Swedish page as it was', async () => {
    const card = cardsOf(await page('/sok?q=drömspel')).find((c) => text(c).includes('Ett drömspel'));
    expect(card).toBeDefined();
    expect(card).not.toContain('A Dream Play');
    const href = /<a href="(\/evenemang\/[^"]+)"/.exec(card ?? '')?.[1] ?? '';
    const html = await page(href);
    expect(html).toContain('<h1>Ett drömspel</h1>');
    expect(html).not.toContain('dreamlike');
    const article = /<article class="event-page">[\s\S]*?<section class="related"|<article class="event-page">[\s\S]*<\/article>/.exec(html)?.[0] ?? '';
    expect(article).toContain('Strindbergs drömlika pjäs');
    expect(article).not.toContain(' lang="');
  });

  it('reach the API beside the Swedish texts', async () => {
    const body = (await (await fetch(`${site.base}/api/events?q=svenskamerikaner`)).json()) as { hits: { eventId: string; title: string; englishTitle: string | null }[] };
    const hit = body.hits.find((h) => h.title === 'Utställning: Svenskamerikaner i bild');
    expect(hit?.englishTitle).toBe('Exhibition: Swedish Americans in pictures');
    const detail = (await (await fetch(`${site.base}/api/events/${hit?.eventId}`)).json()) as { english: { title: string; description: string } | null };
    expect(detail.english?.description).toContain('Portraits and everyday photographs');
  });

  it('and the feed\'s own image descriptions become the pictures\' alt text', async () => {
    const card = cardsOf(await page('/sok?q=svenskamerikaner')).find((c) => text(c).includes('Svenskamerikaner i bild'));
    expect(card).toContain('alt="Familj framför sitt hus i Minnesota, ca 1905"');
    expect(card).not.toMatch(/alt="Familj[^"]*" lang=/);
    // On the English site the Swedish description is marked as Swedish, for screen readers' pronunciation.
    const en = cardsOf(await page('/en/search?q=svenskamerikaner')).find((c) => /Swedish Americans|Svenskamerikaner/.test(text(c)));
    expect(en).toContain('alt="Familj framför sitt hus i Minnesota, ca 1905" lang="sv"');
  });
});
