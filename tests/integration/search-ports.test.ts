import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptySelection } from '../../src/domain/facets.js';
import { distanceMetres } from '../../src/domain/geo.js';
import { emptyQuery, withFacet } from '../../src/domain/search-query.js';
import type { EventReader } from '../../src/search/ports.js';
import { ANCHOR_NOW } from '../support/http.js';
import { type SampleSite, startSampleSite } from '../support/sample-site.js';

let site: SampleSite;
let reader: EventReader;
const DAY = 86_400;
/** Stortorget, Växjö. */
const CENTRE = { lat: 56.8777, lng: 14.8091 };

beforeAll(async () => {
  site = await startSampleSite();
  reader = site.engine.engine.reader;
});

afterAll(async () => {
  await site?.close();
});

describe('the reader ports on a real Meilisearch', () => {
  it('search hits carry plain text with marked ranges and a relevance, never engine markers', async () => {
    const page = await reader.search({ ...emptyQuery(), q: 'jazzkväll' }, ANCHOR_NOW);
    const hit = page.hits[0];
    expect(hit?.titleMarked.marks.length).toBeGreaterThan(0);
    const [start, end] = hit?.titleMarked.marks[0] ?? [0, 0];
    expect(hit?.titleMarked.text.slice(start, end).toLowerCase()).toContain('jazz');
    const json = JSON.stringify(page);
    // The engine's highlight markers are the control characters U+0002 and U+0003 (escaped by JSON.stringify).
    expect(json).not.toMatch(/\\u000[23]|_formatted|_geoDistance|_rankingScore|"_geo"/);
    expect(hit?.relevance).toBeGreaterThan(0.5);
    const browsing = await reader.search(emptyQuery(), ANCHOR_NOW);
    expect(browsing.hits.every((h) => h.relevance === null)).toBe(true);
  });

  it('gives distances in metres when the search has a location', async () => {
    const page = await reader.search({ ...emptyQuery(), sort: 'nearest', near: CENTRE, hitsPerPage: 10 }, ANCHOR_NOW);
    const distances = page.hits.map((h) => h.distanceM);
    expect(distances.every((d) => typeof d === 'number')).toBe(true);
    expect(distances).toEqual([...distances].sort((a, b) => (a ?? 0) - (b ?? 0)));
  });

  it('candidates: each event once, inside the time window and the radius, with distances', async () => {
    const window = { from: ANCHOR_NOW, to: ANCHOR_NOW + 7 * DAY };
    const [all = [], near = [], music = []] = await reader.candidates(
      [
        { window, limit: 500 },
        { window, near: { ...CENTRE, radiusM: 1500 }, limit: 500 },
        { window, facets: { ...emptySelection(), categories: ['music'] }, limit: 500 },
      ],
      ANCHOR_NOW,
    );
    expect(all.length).toBeGreaterThan(20);
    expect(new Set(all.map((c) => c.eventId)).size).toBe(all.length);
    for (const c of all) expect(c.startsAt <= window.to && c.endsAt >= window.from).toBe(true);

    expect(near.length).toBeGreaterThan(0);
    expect(near.length).toBeLessThan(all.length);
    for (const c of near) {
      expect(c.distanceM).not.toBeNull();
      expect(c.distanceM as number).toBeLessThanOrEqual(1500);
      expect(Math.abs((c.distanceM as number) - distanceMetres(CENTRE, c.geo!))).toBeLessThan(1);
    }

    expect(music.length).toBeGreaterThan(0);
    expect(music.every((c) => c.categories.includes('music'))).toBe(true);
  });

  it('matching occurrences: every occurrence of every matching event, soonest first', async () => {
    const query = withFacet({ ...emptyQuery(), q: 'Sagostund för de minsta' }, 'categories', []);
    const summary = await reader.search(query, ANCHOR_NOW);
    const eventId = summary.hits.find((h) => h.title === 'Sagostund för de minsta')?.eventId ?? '';
    const each = await reader.occurrences(eventId, ANCHOR_NOW);
    const all = await reader.matchingOccurrences(query, ANCHOR_NOW, 1000);
    const ofThat = all.filter((d) => d.eventId === eventId);
    expect(each.length).toBeGreaterThan(3);
    expect(ofThat.map((d) => d.id)).toEqual(each.map((d) => d.id));
    expect(all.map((d) => d.startsAt)).toEqual([...all.map((d) => d.startsAt)].sort((a, b) => a - b));
  });

  it('knows when the index changed, with the search-only key', async () => {
    const version = await reader.indexVersion();
    expect(version).toMatch(/^\d+\|\d+$/);
    expect(await reader.indexVersion()).toBe(version);
    // A write moves it: one occurrence changed, then removed.
    const writer = site.engine.engine.writer;
    const [doc] = await writer.documentsOfSources(['vaxjo-kommun']);
    if (!doc) throw new Error('no sample document');
    await writer.upsert([{ ...doc, updatedAt: doc.updatedAt + 60, hash: `${doc.hash}x` }]);
    const changed = await reader.indexVersion();
    expect(changed).not.toBe(version);
    await writer.remove([doc.id]);
    expect(await reader.indexVersion()).not.toBe(changed);
  });

  it('reads a document written before a field existed back in today\'s shape, with the schema\'s defaults', async () => {
    const writer = site.engine.engine.writer;
    const [doc] = await writer.documentsOfSources(['vaxjo-kommun']);
    if (!doc) throw new Error('no sample document');
    // As an older indexer wrote it: without the fields added since (English version, audience words).
    const { audienceWords: _a, englishTitle: _t, englishDescription: _d, englishText: _e, ...old } = doc;
    const id = `${doc.id}-old`;
    await writer.upsert([{ ...old, id } as typeof doc]);
    try {
      const back = (await writer.documentsOfSources(['vaxjo-kommun'])).find((d) => d.id === id);
      expect(back).toMatchObject({ id, audienceWords: [], englishTitle: null, englishDescription: null, englishText: null });
      expect(back?.title).toBe(doc.title);
    } finally {
      await writer.remove([id]);
    }
  });
});
