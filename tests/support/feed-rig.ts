import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type RunSummary, runOnce } from '../../indexer/run-once.js';
import { quietLogger, startTestEngine, type TestEngine } from './engine.js';
import { startFeedServer } from './feed-server.js';
import { ANCHOR_NOW } from './http.js';

export interface FeedRig {
  engine: TestEngine;
  feeds: Awaited<ReturnType<typeof startFeedServer>>;
  /** One indexer run at the anchor week. */
  run(opts?: { rebuild?: boolean }): Promise<RunSummary>;
  close(): Promise<void>;
}

/** A fixture file under tests/fixtures/ics. */
export function icsFixture(name: string): Buffer {
  return readFileSync(path.resolve(import.meta.dirname, '../fixtures/ics', name));
}

/**
 * A real Meilisearch whose sources are feeds on a local HTTP server the test controls: `sources` gets the server's
 * base URL and returns the sources-file entries.
 */
export async function startFeedRig(sources: (feedsUrl: string) => Record<string, unknown>[], env: Record<string, string> = {}): Promise<FeedRig> {
  const feeds = await startFeedServer();
  const sourcesFile = path.join(mkdtempSync(path.join(tmpdir(), 'upptack-sources-')), 'sources.json');
  writeFileSync(sourcesFile, JSON.stringify({ sources: sources(feeds.url) }));
  const engine = await startTestEngine({ SOURCES_FILE: sourcesFile, ...env });
  return {
    engine,
    feeds,
    run: (opts = {}) => runOnce({ config: engine.config, writer: engine.engine.writer, logger: quietLogger, now: () => ANCHOR_NOW }, opts),
    async close() {
      await feeds.close();
      await engine.close();
    },
  };
}
