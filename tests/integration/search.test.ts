import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SampleSite, startSampleSite } from '../support/sample-site.js';

interface ApiHit {
  id: string;
  eventId: string;
  title: string;
  startsAt: string;
  area: string | null;
  categories: string[];
}
interface ApiBody {
  total: number;
  hits: ApiHit[];
  facets: Record<string, Record<string, number>>;
}

let base: string;
let site: SampleSite;

async function api(query: string): Promise<ApiBody> {
  const res = await fetch(`${base}/api/events?${query}`);
  expect(res.status).toBe(200);
  return (await res.json()) as ApiBody;
}

beforeAll(async () => {
  site = await startSampleSite();
  base = site.base;
});

afterAll(async () => {
  await site?.close();
});

describe('search over the sample feeds on a real Meilisearch', () => {
  it('finds the concert when "konsert" is misspelt "konsrt"', async () => {
    const body = await api('q=konsrt');
    expect(body.hits.slice(0, 3).some((h) => /konsert/i.test(h.title))).toBe(true);
  });

  it('matches Växjö when typed without diacritics', async () => {
    const body = await api('q=vaxjo');
    expect(body.total).toBeGreaterThan(0);
    expect(body.hits.every((h) => /växjö/i.test(JSON.stringify(h)) || h.area !== null)).toBe(true);
    expect(body.hits.some((h) => /Växjö/.test(h.title))).toBe(true);
  });

  it('shows a recurring event once, at its next occurrence', async () => {
    const body = await api('q=Sagostund%20för%20de%20minsta');
    const sagostund = body.hits.filter((h) => h.title === 'Sagostund för de minsta');
    expect(sagostund).toHaveLength(1);
    // The first Saturday after the anchor Monday, 10:30 in Stockholm.
    expect(sagostund[0]?.startsAt).toBe('2026-01-10T09:30:00.000Z');
  });

  it('counts categories per event, and the counts match the filtered totals', async () => {
    const all = await api('per_page=50');
    const music = all.facets.categories?.music ?? 0;
    expect(music).toBeGreaterThan(2);
    const filtered = await api('category=music&per_page=50');
    expect(filtered.total).toBe(music);
    expect(filtered.hits.every((h) => h.categories.includes('music'))).toBe(true);
    // Disjunctive: with music selected, the other categories still show their own counts.
    expect(filtered.facets.categories).toEqual(all.facets.categories);
  });

  it('filters by area and keeps facet counts exact with distinct events', async () => {
    const all = await api('');
    const [area, count] = Object.entries(all.facets.area ?? {})[0] ?? ['', 0];
    const inArea = await api(`area=${area}`);
    expect(inArea.total).toBe(count);
    expect(inArea.hits.every((h) => h.area === area)).toBe(true);
  });

  it('renders the fragment for htmx and the full page otherwise, from one URL', async () => {
    const page = await fetch(`${base}/?q=jazz`);
    const html = await page.text();
    const text = (s: string) => s.replace(/<[^>]+>/g, '');
    expect(html).toContain('<!doctype html>');
    expect(text(html)).toContain('Jazzkväll');
    expect(page.headers.get('vary')).toMatch(/HX-Request/i);
    const fragment = await (await fetch(`${base}/?q=jazz`, { headers: { 'HX-Request': 'true' } })).text();
    expect(fragment).not.toContain('<html');
    expect(fragment).toContain('id="results-region"');
    expect(text(fragment)).toContain('Jazzkväll');
  });

  it('shows date and time in Swedish, Stockholm time', async () => {
    const html = await (await fetch(`${base}/?q=Jazzkväll`)).text();
    expect(html).toMatch(/tors 15 jan\.? 19:00/);
  });
});

describe('bad input', () => {
  it('never lets user text break out of a filter', async () => {
    const hostile = [
      'music" OR categories = "sport',
      'x\\" OR free = true',
      ') OR (',
      'music\\',
      '_geoRadius(56.8, 14.8, 1000000)',
    ];
    for (const value of hostile) {
      const body = await api(`category=${encodeURIComponent(value)}&area=${encodeURIComponent(value)}`);
      // Unknown facet values are dropped: the result is the unfiltered one, never an error or a widened filter.
      expect(body.total).toBe((await api('')).total);
    }
  });

  it('treats quotes, backslashes and OR in free text as text', async () => {
    for (const q of ['"jazz" OR 1=1', 'konsert\\', "'; DROP", 'a'.repeat(5000)]) {
      const res = await fetch(`${base}/api/events?q=${encodeURIComponent(q)}`);
      expect(res.status).toBe(200);
    }
  });

  it('cuts queries over 200 characters and ignores unknown parameters', async () => {
    const long = `jazz ${'x'.repeat(400)}`;
    const html = await (await fetch(`${base}/?q=${long}&bogus=1&page=abc`)).text();
    expect(html).toContain(`value="jazz ${'x'.repeat(195)}"`);
    expect(html).not.toContain('x'.repeat(196));
  });

  it('gives an empty page past the end, not an error', async () => {
    const body = await api('page=400');
    expect(body.hits).toEqual([]);
  });

  it('escapes a reflected query in the page', async () => {
    const html = await (await fetch(`${base}/?q=${encodeURIComponent('<script>alert(1)</script>')}`)).text();
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('answers /healthz and /readyz', async () => {
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
  });
});

describe('sorted searches', () => {
  it('"soonest" with words lists the events that match as typed by date, not by how well they match', async () => {
    // (Words matched only through a typo come after, in the same order: these two have none.)
    for (const q of ['konsert', 'hockey']) {
      const body = await api(`q=${encodeURIComponent(q)}&sort=soonest&kind=event&per_page=50`);
      expect(body.total, q).toBeGreaterThan(2);
      const starts = body.hits.map((h) => h.startsAt);
      expect(starts, q).toEqual([...starts].sort());
    }
  });
});

describe('browsing without words', () => {
  it('lists dated events soonest first, and the API gives always-open experiences no dates', async () => {
    const body = (await (await fetch(`${base}/api/events?per_page=50`)).json()) as {
      hits: { kind: string; startsAt: string | null; endsAt: string | null }[];
      total: number;
    };
    const events = body.hits.filter((h) => h.kind === 'event');
    expect(body.hits[0]?.kind).toBe('event');
    const starts = events.map((h) => h.startsAt as string);
    expect(starts).toEqual([...starts].sort());
    const all = (await (await fetch(`${base}/api/events?kind=experience&per_page=50`)).json()) as typeof body;
    expect(all.hits.some((h) => h.startsAt === null && h.endsAt === null)).toBe(true);
  });
});
