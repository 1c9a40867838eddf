import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distanceMetres } from '../../src/domain/geo.js';
import { createApp } from '../../src/web/app.js';
import { freePort } from '../../src/search/embedded-meili.js';
import { createWeatherService } from '../../src/weather/weather-service.js';
import { type FakeMode, startTestWeather, type TestWeather, testWeatherOptions } from '../support/fake-open-meteo.js';
import { ANCHOR_NOW, listen } from '../support/http.js';
import { type SampleSite, startSampleSite } from '../support/sample-site.js';


interface ApiItem {
  title: string;
  setting: 'indoor' | 'outdoor' | 'mixed' | null;
  categories: string[];
  kind: 'event' | 'experience';
  distanceM: number | null;
  geo: { lat: number; lng: number } | null;
  weatherFit: number | null;
  reasons: { kind: string; text: string }[];
}
interface ApiFeed {
  personal: boolean;
  weather: { point: string } | null;
  top: ApiItem[];
  sections: { id: string; hits: ApiItem[] }[];
}

let live: TestWeather;
let site: SampleSite;

const useWeather = (mode: FakeMode) => live.use(mode);

async function apiFeed(query = ''): Promise<ApiFeed> {
  const res = await fetch(`${site.base}/api/feed${query}`);
  expect(res.status).toBe(200);
  return (await res.json()) as ApiFeed;
}

const share = (items: ApiItem[], setting: string) => items.filter((i) => i.setting === setting).length / items.length;

beforeAll(async () => {
  live = await startTestWeather();
  site = await startSampleSite({}, { weather: live.weather });
});

afterAll(async () => {
  await site?.close();
  await live?.close();
});

describe('the feed on the sample site with live weather', () => {
  it('asks Open-Meteo for hourly weather in m/s, in Stockholm time', async () => {
    await useWeather('sunny-summer');
    const asked = live.fake.requests.at(-1);
    expect(asked?.searchParams.get('hourly')).toContain('precipitation_probability');
    expect(asked?.searchParams.get('wind_speed_unit')).toBe('ms');
    expect(asked?.searchParams.get('timezone')).toBe('Europe/Stockholm');
  });

  it('lifts indoor events under rain at their hours, by at least 30 points of the top 10', async () => {
    await useWeather('sunny-summer');
    const dry = await apiFeed();
    await useWeather('rainy-autumn-afternoon');
    const wet = await apiFeed();
    const [dryIndoor, wetIndoor] = [share(dry.top, 'indoor'), share(wet.top, 'indoor')];
    console.info(`indoor share of the top 10: dry ${dryIndoor}, rain ${wetIndoor}`);
    expect(wetIndoor - dryIndoor).toBeGreaterThanOrEqual(0.3);
    expect(share(dry.top, 'outdoor')).toBeGreaterThan(share(wet.top, 'outdoor'));
    const explained = wet.top.flatMap((i) => i.reasons).find((r) => r.kind === 'indoor-wet');
    expect(explained?.text).toMatch(/^Inomhus – regn väntas \d\d–\d\d$/);
  });

  it('keeps outdoor events out of the top 10 under a thunderstorm', async () => {
    await useWeather('sunny-summer');
    expect(share((await apiFeed()).top, 'outdoor')).toBeGreaterThan(0);
    await useWeather('thunderstorm');
    const storm = await apiFeed();
    expect(storm.top.length).toBe(10);
    expect(storm.top.filter((i) => i.setting === 'outdoor')).toEqual([]);
  });

  it('ranks nearer events higher with a location and says how far', async () => {
    await useWeather('sunny-summer');
    // Teleborg, in the south of the city.
    const here = { lat: 56.85, lng: 14.83 };
    const neutral = await apiFeed();
    const near = await apiFeed(`?lat=${here.lat}&lng=${here.lng}`);
    const from = (i: ApiItem) => (i.geo ? distanceMetres(here, i.geo) : 50_000);
    const mean = (items: ApiItem[]) => items.reduce((sum, i) => sum + from(i), 0) / items.length;
    console.info(`mean distance of the top 10 from Teleborg: neutral ${Math.round(mean(neutral.top))} m, near ${Math.round(mean(near.top))} m`);
    expect([near.personal, neutral.personal]).toEqual([true, false]);
    expect(mean(near.top)).toBeLessThan(mean(neutral.top));
    // Places open now are otherwise equal: with a location they come nearest first.
    const places = near.top.filter((i) => i.kind === 'experience').map(from);
    expect(places.length).toBeGreaterThan(1);
    expect(places).toEqual([...places].sort((a, b) => a - b));
    const placed = near.top.filter((i) => i.geo);
    expect(placed.length).toBeGreaterThan(5);
    expect(placed.every((i) => i.distanceM !== null && Math.abs(i.distanceM - from(i)) < 5)).toBe(true);
    // Within 2 km a card says how far: from Stortorget, the city's venues are.
    const centre = await apiFeed('?lat=56.8777&lng=14.8091');
    expect(centre.top.flatMap((i) => i.reasons).some((r) => r.kind === 'distance' && /^\d+ m bort$|^1,\d km bort$/.test(r.text))).toBe(true);
  });

  it('lifts the interests a visitor chose, at most 3 of one category in the top 10', async () => {
    await useWeather('sunny-summer');
    const neutral = await apiFeed();
    const count = (items: ApiItem[], id: string) => items.filter((i) => i.categories.includes(id)).length;
    const library = await apiFeed('?interest=library');
    expect(count(library.top, 'library')).toBeGreaterThan(count(neutral.top, 'library'));
    expect(library.top[0]?.categories).toContain('library');
    expect(library.top[0]?.reasons.map((r) => r.text)).toContain('Du valde Bibliotek & litteratur');
    // Music has more than enough events to fill the list: diversity holds it to three.
    const music = await apiFeed('?interest=music');
    expect(count(music.top, 'music')).toBe(3);
    expect(music.top.slice(0, 3).every((i) => i.categories.includes('music'))).toBe(true);
  });
});

describe('the home page', () => {
  it('shows the weather strip with attribution, suggestions with reasons and time sections', async () => {
    await useWeather('rainy-autumn-afternoon');
    const html = await (await fetch(`${site.base}/`)).text();
    expect(html).toContain('<h1 class="tagline">Förslag för dig</h1>');
    expect(html).toContain('Vädret i Växjö');
    expect(html).toContain('<a href="https://open-meteo.com/" rel="noopener">Väderdata från Open-Meteo.com</a>');
    expect(html).toMatch(/<ul class="reasons"><li>[^<]+<\/li>/);
    expect(html).toMatch(/<h2 id="section-\w+-heading">(Just nu|Snart|Ikväll|I helgen|Öppet idag)<\/h2>/);
    const en = await (await fetch(`${site.base}/en`)).text();
    expect(en).toContain('Suggestions for you');
    expect(en).toContain('Weather data by Open-Meteo.com');
  });

  it('renders the visitor\'s choices from a POST body, never a URL, and says the feed is tailored', async () => {
    const res = await fetch(`${site.base}/`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'HX-Request': 'true' },
      body: new URLSearchParams({ profile: JSON.stringify({ categories: ['music'], audience: [], freeOnly: false, learned: {} }) }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect(res.headers.get('hx-push-url')).toBeNull();
    const html = await res.text();
    expect(html.startsWith('<div id="feed-region"')).toBe(true);
    expect(html).toContain('Anpassat efter dina val');
    expect(html).toContain('Du valde Musik &amp; konserter');
  });

  it('takes a chosen venue as where the visitor is, and says how far things are from it', async () => {
    const res = await fetch(`${site.base}/`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'HX-Request': 'true' },
      body: new URLSearchParams({ area: 'venue:konserthuset' }),
    });
    const html = await res.text();
    expect(html).toContain('Anpassat efter dina val');
    // Växjö Konserthus itself is 0 m away from its own events.
    expect(html).toMatch(/Växjö Konserthus[^<]*· (0|10|20) m/);
    const page = await (await fetch(`${site.base}/`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'area=venue:konserthuset' })).text();
    expect(page).toMatch(/<option value="venue:konserthuset" selected>Växjö Konserthus<\/option>/);
  });

  it('takes the plain form without JavaScript, and treats a broken profile as none', async () => {
    const form = await fetch(`${site.base}/`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'interest=music&area=teleborg' });
    const html = await form.text();
    expect(html).toContain('<!doctype html>');
    expect(html).toMatch(/id="i-interest-music" name="interest" value="music" checked/);
    expect(html).toMatch(/<option value="teleborg" selected>/);
    const broken = await fetch(`${site.base}/`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'profile=%7Bnot-json&lat=999&lng=abc' });
    expect(broken.status).toBe(200);
    expect(await broken.text()).toContain('Samma förslag för alla just nu');
  });
});

describe('when Open-Meteo fails', () => {
  /** A second app on the same index, with its own weather service and a logger the test reads. */
  async function appWith(mode: FakeMode) {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const logger = pino({ level: 'info' }, sink);
    const down = await startTestWeather(mode, logger);
    const service = down.weather;
    const app = await listen(createApp({ config: site.engine.config, reader: site.engine.engine.reader, logger, now: () => ANCHOR_NOW, weather: service }));
    const close = async () => {
      await app.close();
      await down.close();
    };
    return { lines, service, fake: down.fake, base: app.url, close };
  }

  it.each(['server-error', 'malformed'] as const)('%s: the feed renders neutral on weather, with one warning per breaker opening', async (mode) => {
    const t = await appWith(mode);
    try {
      for (let i = 0; i < 4; i++) await t.service.refresh();
      const pages = await Promise.all(Array.from({ length: 20 }, () => fetch(`${t.base}/`).then((r) => r.text())));
      expect(pages.every((p) => p.includes('Ingen väderprognos just nu'))).toBe(true);
      const feed = (await (await fetch(`${t.base}/api/feed`)).json()) as ApiFeed;
      expect(feed.top.length).toBe(10);
      expect(feed.top.every((i) => i.weatherFit === null)).toBe(true);
      const warnings = t.lines.filter((l) => l.includes('Open-Meteo unavailable'));
      // Two failed refreshes open the breaker (one line); the next two are skipped while it is open.
      expect(warnings).toHaveLength(1);
      expect(t.fake.requests).toHaveLength(2);
    } finally {
      await t.close();
    }
  });

  it('connection refused: one warning that names the cause, and no forecast', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    // A port nothing listens on: the connection is refused at once.
    const closed = createWeatherService(
      { ...testWeatherOptions(`http://127.0.0.1:${await freePort()}`), breakerFailures: 2 },
      pino({ level: 'info' }, sink),
      () => ANCHOR_NOW,
    );
    for (let i = 0; i < 4; i++) await closed.refresh();
    expect(closed.calls()).toBe(2);
    const warnings = lines.filter((l) => l.includes('Open-Meteo unavailable'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/ECONNREFUSED|connect|refused/i);
    expect(closed.forecastNear(null)).toBeNull();
  });

  it('a page never waits for Open-Meteo, even when it hangs', async () => {
    const t = await appWith('hang');
    try {
      let settled = false;
      const refreshing = t.service.refresh().then(() => (settled = true));
      const res = await fetch(`${t.base}/`);
      expect(res.status).toBe(200);
      expect(settled).toBe(false);
      await refreshing;
      expect(t.lines.some((l) => l.includes('"level":40'))).toBe(false);
    } finally {
      await t.close();
    }
  });

  it('never writes a visitor\'s choices or position into a log line', async () => {
    const t = await appWith('sunny-summer');
    try {
      await t.service.refresh();
      const profile = JSON.stringify({ categories: ['theatre', 'library'], audience: ['children-family'], freeOnly: true, learned: { art: 7 } });
      const res = await fetch(`${t.base}/`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'HX-Request': 'true' },
        body: new URLSearchParams({ profile, lat: '56.8512', lng: '14.8301' }),
      });
      expect(await res.text()).toContain('Anpassat efter dina val');
      // The request line is written when the response finishes on the server, which may trail the client a little.
      for (let i = 0; i < 50 && !t.lines.some((l) => l.includes('"method":"POST"')); i++) await new Promise((r) => setTimeout(r, 20));
      const log = t.lines.join('\n');
      expect(log).toContain('"method":"POST"');
      for (const secret of ['theatre', 'library', 'children-family', '56.85', '14.83', 'learned']) expect(log).not.toContain(secret);
    } finally {
      await t.close();
    }
  });
});
