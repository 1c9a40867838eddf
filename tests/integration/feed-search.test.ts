import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestWeather, type TestWeather } from '../support/fake-open-meteo.js';
import { successAt } from '../support/relevance.js';
import { type SampleSite, startSampleSite } from '../support/sample-site.js';

let live: TestWeather;
let site: SampleSite;

interface Hit {
  id: string;
  title: string;
}

async function titles(q: string, extra = ''): Promise<string[]> {
  const res = await fetch(`${site.base}/api/events?q=${encodeURIComponent(q)}&per_page=20${extra}`);
  return ((await res.json()) as { hits: Hit[] }).hits.map((h) => h.title);
}

beforeAll(async () => {
  live = await startTestWeather('rainy-autumn-afternoon');
  await live.weather.refresh();
  site = await startSampleSite({}, { weather: live.weather });
});

afterAll(async () => {
  await site?.close();
  await live?.close();
});

describe('typed searches with the weather', () => {
  it('keeps the query set\'s success@3 whether the weather boost is on or off', async () => {
    const on = await successAt(3, (q) => titles(q));
    const off = await successAt(3, (q) => titles(q, '&weather=off'));
    console.info(`success@3 with weather ${(on.score * 100).toFixed(1)} %, without ${(off.score * 100).toFixed(1)} %`);
    expect(on.score).toBeGreaterThanOrEqual(off.score);
    expect(off.score).toBeGreaterThanOrEqual(0.9);
  });

  it('reorders only near-equal matches, and some query does move in the rain', async () => {
    let moved = 0;
    for (const q of ['konsert', 'museum', 'promenad', 'barn', 'musik', 'utställning', 'sagostund', 'natur']) {
      const on = await titles(q);
      const off = await titles(q, '&weather=off');
      expect([...on].sort()).toEqual([...off].sort());
      if (on.join('|') !== off.join('|')) moved++;
    }
    expect(moved).toBeGreaterThan(0);
  });

  it('says on the card when the weather lifted it', async () => {
    const html = await (await fetch(`${site.base}/sok?q=konsert`)).text();
    expect(html).toMatch(/<ul class="reasons"><li>Inomhus – regn väntas \d\d–\d\d<\/li>/);
    const off = await (await fetch(`${site.base}/sok?q=konsert&weather=off`)).text();
    expect(off).not.toContain('class="reasons"');
    // The choice stays in the page's links.
    // Handlebars writes = as &#x3D; in attributes, which browsers read as =.
    expect(off.replace(/&amp;/g, '&').replace(/&#x3D;/g, '=')).toContain('href="/en/search?q=konsert&weather=off"');
  });
});
