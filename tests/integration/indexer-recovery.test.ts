import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runOnce } from '../../indexer/run-once.js';
import { emptyQuery } from '../../src/domain/search-query.js';
import { createClient } from '../../src/search/client.js';
import { quietLogger, startTestEngine, type TestEngine } from '../support/engine.js';
import { serveBody, startFeedServer } from '../support/feed-server.js';
import { ANCHOR_NOW } from '../support/http.js';

const fixture = (name: string) => readFileSync(path.resolve(import.meta.dirname, '../fixtures/ics', name));

let t: TestEngine;
let feeds: Awaited<ReturnType<typeof startFeedServer>>;
const run = (opts: { rebuild?: boolean } = {}) =>
  runOnce({ config: t.config, writer: t.engine.writer, logger: quietLogger, now: () => ANCHOR_NOW }, opts);
/** Visible occurrences: "source:day" for every jazz date a visitor can find. */
async function jazzDates(): Promise<string[]> {
  const out: string[] = [];
  for (const eventId of (await t.engine.reader.search({ ...emptyQuery(), q: 'jazzkväll', hitsPerPage: 50 }, ANCHOR_NOW)).hits.map((h) => h.eventId)) {
    for (const o of await t.engine.reader.occurrences(eventId, ANCHOR_NOW)) {
      out.push(`${o.source}:${new Date(o.startsAt * 1000).toISOString().slice(5, 10)}`);
    }
  }
  return out.sort();
}

beforeAll(async () => {
  feeds = await startFeedServer();
  const dir = mkdtempSync(path.join(tmpdir(), 'upptack-recovery-'));
  const sourcesFile = path.join(dir, 'sources.json');
  writeFileSync(
    sourcesFile,
    JSON.stringify({
      sources: [
        { id: 'kommun', type: 'ics', url: `${feeds.url}/kommun.ics`, timeoutMs: 1000 },
        { id: 'partner', type: 'ics', url: `${feeds.url}/partner.ics`, timeoutMs: 1000 },
      ],
    }),
  );
  t = await startTestEngine({ SOURCES_FILE: sourcesFile });
  feeds.routes.set('/kommun.ics', serveBody(fixture('dup-rich-once.ics')));
  feeds.routes.set('/partner.ics', serveBody(fixture('dup-weekly.ics')));
});

afterAll(async () => {
  await feeds?.close();
  await t?.close();
});

describe('duplicates across sources never cost an occurrence', () => {
  it('shows the shared date once, from the richer source, and keeps the dates only the partner has', async () => {
    const summary = await run();
    expect(summary.merged).toBe(1);
    expect(await jazzDates()).toEqual(['kommun:01-15', 'partner:01-22', 'partner:01-29']);
  });

  it('when the richer source drops its copy, the partner’s copy of that date comes back', async () => {
    feeds.routes.set('/kommun.ics', serveBody(fixture('empty-calendar.ics')));
    await run();
    expect(await jazzDates()).toEqual(['partner:01-15', 'partner:01-22', 'partner:01-29']);
  });

  it('when the partner then fails, its events stay', async () => {
    feeds.routes.set('/partner.ics', (_req, res) => res.writeHead(503).end());
    const summary = await run();
    expect(summary.sources.find((s) => s.id === 'partner')?.ok).toBe(false);
    expect(await jazzDates()).toEqual(['partner:01-15', 'partner:01-22', 'partner:01-29']);
  });
});

describe('an emptied index is refilled although the feeds did not change', () => {
  it('re-reads unchanged feeds whose documents are gone from the index', async () => {
    feeds.routes.set('/kommun.ics', serveBody(fixture('dup-rich-once.ics')));
    feeds.routes.set('/partner.ics', serveBody(fixture('dup-weekly.ics')));
    await run();
    const masterKey = readFileSync(path.join(t.dataDir, 'meili-master-key'), 'utf8').trim();
    const client = createClient({ url: t.engine.url, apiKey: masterKey, requestTimeoutMs: 10_000, taskTimeoutMs: 60_000 });
    await client.index(t.config.app.meili.indexName).deleteAllDocuments().waitTask();
    expect(await jazzDates()).toEqual([]);
    const summary = await run();
    expect(summary.sources.every((s) => s.ok && !s.unchanged)).toBe(true);
    expect(await jazzDates()).toEqual(['kommun:01-15', 'partner:01-22', 'partner:01-29']);
  });
});
