import os from 'node:os';
import { startFakeOpenMeteo } from '../tests/support/fake-open-meteo.js';
import { startBenchEngine } from './support/engine.js';
import { measure } from './support/load.js';
import type { WebServer } from './support/process.js';
import { pagePath, QUERIES } from './support/queries.js';
import { line, loadAverage, ratio, target } from './support/stats.js';
import { printLoad, type SearchBenchOptions, seed, startServer } from './search.js';

export type FeedBenchOptions = SearchBenchOptions;
const HTMX = { 'hx-request': 'true', 'accept-encoding': 'gzip, deflate, br' };
const out = (s = '') => process.stdout.write(`${s}\n`);

/** Twenty visitors: different places around the municipality and different interests, so nothing is cached. */
function personalBodies(): string[] {
  const interests = [['music'], ['theatre', 'film'], ['outdoors'], ['library'], ['sport', 'food'], []];
  return Array.from({ length: 20 }, (_, i) => {
    const profile = { categories: interests[i % interests.length], audience: i % 3 === 0 ? ['children-family'] : [], freeOnly: i % 5 === 0, learned: {} };
    const lat = (56.82 + (i % 5) * 0.03).toFixed(2);
    const lng = (14.7 + (i % 4) * 0.05).toFixed(2);
    return new URLSearchParams({ profile: JSON.stringify(profile), lat, lng }).toString();
  });
}

/**
 * The feed against the plain search fragment, same run, same index: the personal feed (POST /, uncached) must stay
 * within 2× the fragment's p95; the neutral home page (cached) must serve at least 2× the fragment's requests per
 * second; Open-Meteo calls must not grow with traffic.
 */
export async function feedBench(opts: FeedBenchOptions): Promise<void> {
  out(`== feed bench: ${opts.docs} occurrences, ${opts.connections} connections, ${opts.duration} s per measurement`);
  out(`   ${os.availableParallelism()} cores, Node ${process.version}, load average ${loadAverage()}; server, load generator and Meilisearch are separate processes`);
  const now = Math.floor(Date.now() / 1000);
  const fake = await startFakeOpenMeteo(now - (now % 3600), 'rainy-autumn-afternoon');
  const bench = await startBenchEngine();
  let server: WebServer | null = null;
  try {
    await seed(bench, opts, now);
    server = await startServer(bench, { WEATHER_ENABLED: 'true', OPEN_METEO_URL: fake.url });
    // The first refresh runs at start, in the background: wait until the forecasts are in.
    for (let i = 0; i < 50 && fake.requests.length < bench.config.app.weather.points.length; i++) await new Promise((r) => setTimeout(r, 100));
    const callsBefore = fake.requests.length;
    const home = await (await fetch(`${server.url}/`)).text();
    if (!home.includes('weather-slots')) throw new Error('the home page shows no weather: the fake Open-Meteo was not used');
    const started = performance.now();

    const fragment = await measure(server.url, QUERIES.map((p) => ({ method: 'GET' as const, path: pagePath(p) })), HTMX, opts.connections, opts.duration);
    const personal = await measure(
      server.url,
      personalBodies().map((body) => ({ method: 'POST' as const, path: '/', body })),
      { ...HTMX, 'content-type': 'application/x-www-form-urlencoded' },
      opts.connections,
      opts.duration,
    );
    const neutral = await measure(server.url, [{ method: 'GET', path: '/' }], { 'accept-encoding': 'gzip, deflate, br' }, opts.connections, opts.duration);
    const api = await measure(server.url, [{ method: 'GET', path: '/api/feed' }], { 'accept-encoding': 'gzip, deflate, br' }, opts.connections, opts.duration);
    const minutes = (performance.now() - started) / 60_000;
    const calls = fake.requests.length - callsBefore;

    out(`  latency under load (${opts.connections} connections):`);
    printLoad('    search fragment GET /sok (HX-Request)', fragment);
    printLoad('    personal feed POST / (HX-Request, uncached)', personal);
    printLoad('    neutral home page GET / (cached feed)', neutral);
    printLoad('    GET /api/feed (neutral, cached)', api);
    out(line('    ratio personal feed/search fragment', `p95 ${ratio(personal.p95, fragment.p95)}  req/s ${ratio(personal.reqPerSec, fragment.reqPerSec)}`));
    out(line('    ratio neutral home/search fragment', `req/s ${ratio(neutral.reqPerSec, fragment.reqPerSec)}`));
    out(target('personal feed p95 ≤ 2 × search fragment p95', personal.p95 <= 2 * fragment.p95 && personal.failures === 0, ratio(personal.p95, fragment.p95)));
    out(target('neutral home page ≥ 2 × search fragment req/s', neutral.reqPerSec >= 2 * fragment.reqPerSec && neutral.failures === 0, ratio(neutral.reqPerSec, fragment.reqPerSec)));
    const requests = fragment.requests + personal.requests + neutral.requests + api.requests;
    out(line('  Open-Meteo calls during the load', `${calls} in ${minutes.toFixed(1)} min (${(calls / minutes).toFixed(1)}/min) for ${requests} page requests`));
    out(target('Open-Meteo calls bounded by the cache (0 during the load; one per point per refresh)', calls === 0, `${calls} calls`));
  } finally {
    await server?.stop();
    await bench.close();
    await fake.close();
  }
}
