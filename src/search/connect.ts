import type { AppConfig } from '../config/app-schema.js';
import type { Taxonomy } from '../config/data-schemas.js';
import { AppError } from '../errors.js';
import type { Logger } from '../logger.js';
import { createClient } from './client.js';
import { findRunningEmbedded, startEmbeddedMeili } from './embedded-meili.js';
import { createEventReader } from './event-reader.js';
import type { EventReader } from './ports.js';
import { createEventWriter, type EventWriter } from './event-writer.js';
import { ensureApiKeys } from './keys.js';
import { createMultiSearch } from './multi-search.js';
import { indexSettings } from './settings.js';

/** The engine as the processes see it: a reader (search key), a writer (admin key) and a way to stop. */
export interface SearchEngine {
  url: string;
  reader: EventReader;
  writer: EventWriter;
  /** Stops the embedded Meilisearch, if this process started one. */
  stop(): Promise<void>;
}

async function waitReachable(url: string, deadlineMs: number): Promise<void> {
  const deadline = Date.now() + deadlineMs;
  let lastError = '';
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`${url}/health`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return;
      lastError = `HTTP ${res.status}`;
    } catch (err) {
      lastError = (err as Error).message;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new AppError('SEARCH_UNAVAILABLE', `Meilisearch at ${url} is not reachable (${lastError}). Check MEILI_URL.`);
}

/**
 * Connects to MEILI_URL, or starts the bundled Meilisearch when none is set; creates the two API keys and returns the
 * reader and writer. The master key is used only here, to make the keys.
 */
export async function connectSearch(app: AppConfig, taxonomy: Taxonomy, logger: Logger): Promise<SearchEngine> {
  let url = app.meili.url;
  let masterKey = app.meili.masterKey;
  let stop = async () => {};
  const running = url ? null : await findRunningEmbedded(app.dataDir);
  if (running) {
    ({ url, masterKey } = running);
    logger.info({ url }, 'using the embedded Meilisearch another Upptäck process started');
  } else if (!url) {
    const embedded = await startEmbeddedMeili({
      dataDir: app.dataDir,
      binary: app.meili.binary,
      startTimeoutMs: app.meili.startTimeoutMs,
      logger,
    });
    ({ url, masterKey } = embedded);
    stop = embedded.stop;
  } else {
    await waitReachable(url, app.meili.startTimeoutMs);
  }
  if (!masterKey) throw new AppError('CONFIG_INVALID', 'MEILI_MASTER_KEY is required with MEILI_URL (to create the API keys).');
  const timeouts = { requestTimeoutMs: app.meili.requestTimeoutMs, taskTimeoutMs: app.meili.taskTimeoutMs };
  try {
    const keys = await ensureApiKeys(createClient({ url, apiKey: masterKey, ...timeouts }), app.meili.indexName);
    const multiSearch = createMultiSearch(url, keys.search, app.meili.requestTimeoutMs);
    const reader = createEventReader(
      createClient({ url, apiKey: keys.search, ...timeouts }),
      multiSearch,
      app.meili.indexName,
      app.site.timeZone,
    );
    const writer = createEventWriter(
      createClient({ url, apiKey: keys.admin, ...timeouts }),
      app.meili.indexName,
      indexSettings(taxonomy),
      logger,
    );
    const stopEmbedded = stop;
    return {
      url,
      reader,
      writer,
      stop: async () => {
        await multiSearch.close();
        await stopEmbedded();
      },
    };
  } catch (err) {
    await stop();
    throw err instanceof AppError ? err : new AppError('SEARCH_UNAVAILABLE', `Meilisearch setup failed: ${(err as Error).message}`, { cause: err });
  }
}
