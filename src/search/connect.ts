import type { AppConfig } from '../config/app-schema.js';
import { AppError, isAppError } from '../errors.js';
import { type DependencyState, dependencyState } from '../log-summary.js';
import type { Logger } from '../logger.js';
import { createClient } from './client.js';
import { type EmbeddedMeili, findRunningEmbedded, startEmbeddedMeili } from './embedded-meili.js';
import { lemmasOf } from '../language/decompound.js';
import { searchWords } from '../language/query-words.js';
import { exactCounter, withRelaxation } from './relax.js';
import { sharedSwedishDictionary, taxonomyWords } from '../language/sv-dictionary.js';
import { createEventReader } from './event-reader.js';
import { englishPhrases } from './synonyms.js';
import { createEventWriter, type EventWriter } from './event-writer.js';
import { ensureApiKeys } from './keys.js';
import { answers } from './meili-process.js';
import { createMultiSearch } from './multi-search.js';
import type { EventReader } from './ports.js';
import { indexSettings, type SearchVocabulary } from './settings.js';

/** The engine as the processes see it: a reader (search key), a writer (admin key) and a way to stop. */
export interface SearchEngine {
  url: string;
  reader: EventReader;
  writer: EventWriter;
  /**
   * False once the engine is lost for good (the embedded one could not be restarted): the service must restart.
   * An external engine is never "lost" from here: the app waits for it, and /readyz shows the outage.
   */
  alive(): boolean;
  /** Meilisearch's pid when this process runs it (tests kill or freeze it), else null. */
  enginePid(): number | null;
  /** Stops the embedded Meilisearch, if this process started one. */
  stop(): Promise<void>;
}

/** An external engine may come up after us (compose starts both at once): wait for it with backoff, saying so once. */
async function waitReachable(url: string, deadlineMs: number, log: Logger): Promise<void> {
  const deadline = Date.now() + deadlineMs;
  for (let attempt = 0; Date.now() < deadline; attempt++) {
    if (await answers(url, 2000)) {
      if (attempt > 0) log.info({ url, attempts: attempt + 1 }, 'Meilisearch answers');
      return;
    }
    if (attempt === 0) log.warn({ url }, 'Meilisearch does not answer yet; waiting');
    await new Promise((r) => setTimeout(r, Math.min(5000, 250 * 2 ** attempt)));
  }
  throw new AppError('SEARCH_UNAVAILABLE', `Meilisearch at ${url} is not reachable. Check MEILI_URL.`);
}

/**
 * Every reader call reports to `dependency`, so an outage and the recovery are one log line each. Wraps whatever
 * methods the port has, so a new port method is watched too.
 */
function watched(reader: EventReader, dependency: DependencyState): EventReader {
  const report =
    (fn: (...args: unknown[]) => Promise<unknown>) =>
    async (...args: unknown[]): Promise<unknown> => {
      try {
        const result = await fn(...args);
        dependency.up();
        return result;
      } catch (err) {
        if (isAppError(err) && err.code === 'SEARCH_UNAVAILABLE') dependency.down(err.message);
        throw err;
      }
    };
  const methods = Object.entries(reader).map(([name, fn]) => [name, report((fn as (...a: unknown[]) => Promise<unknown>).bind(reader))]);
  return {
    ...(Object.fromEntries(methods) as unknown as EventReader),
    // ready() answers false instead of throwing: a failed probe is no news, a good one is.
    ready: async () => {
      const ok = await reader.ready();
      if (ok) dependency.up();
      return ok;
    },
  };
}

type Located = { url: string; masterKey: string | null; embedded: EmbeddedMeili | null };

/** MEILI_URL; else the embedded Meilisearch another process of ours runs on this data folder; else our own. */
async function locate(app: AppConfig, logger: Logger): Promise<Located> {
  if (app.meili.url) {
    await waitReachable(app.meili.url, app.meili.startTimeoutMs, logger);
    return { url: app.meili.url, masterKey: app.meili.masterKey, embedded: null };
  }
  const running = await findRunningEmbedded(app.dataDir);
  if (running) {
    logger.info({ url: running.url }, 'using the embedded Meilisearch another Upptäck process started');
    return { ...running, embedded: null };
  }
  const { dataDir, meili } = app;
  const embedded = await startEmbeddedMeili({ dataDir, binary: meili.binary, startTimeoutMs: meili.startTimeoutMs, maxRestarts: meili.maxRestarts, logger });
  return { url: embedded.url, masterKey: embedded.masterKey, embedded };
}

/**
 * A query in the index's words: English glossary phrases as their Swedish word, then split and lemmatised by the
 * dictionary the indexer used for the documents.
 */
export function queryWords(vocabulary: SearchVocabulary): (q: string) => string {
  const dictionary = sharedSwedishDictionary(taxonomyWords(vocabulary.taxonomy));
  const phrases = englishPhrases(vocabulary.glossary);
  return (q) => searchWords(phrases(q), dictionary);
}

/**
 * Connects to MEILI_URL, or starts the bundled Meilisearch when none is set; creates the two API keys and returns the
 * reader and writer. The master key is used only here, to make the keys. Searches get the short search deadline;
 * the indexer's calls the longer request timeout.
 */
export async function connectSearch(app: AppConfig, vocabulary: SearchVocabulary, logger: Logger): Promise<SearchEngine> {
  const { url, masterKey, embedded } = await locate(app, logger);
  const stopEmbedded = async () => embedded?.stop();
  if (!masterKey) {
    await stopEmbedded();
    throw new AppError('CONFIG_INVALID', 'MEILI_MASTER_KEY is required with MEILI_URL (to create the API keys).');
  }
  const { indexName, requestTimeoutMs, searchTimeoutMs, taskTimeoutMs } = app.meili;
  try {
    const keys = await ensureApiKeys(createClient({ url, apiKey: masterKey, requestTimeoutMs, taskTimeoutMs }), indexName);
    const multiSearch = createMultiSearch(url, keys.search, searchTimeoutMs);
    const searchClient = createClient({ url, apiKey: keys.search, requestTimeoutMs: searchTimeoutMs, taskTimeoutMs });
    const dictionary = sharedSwedishDictionary(taxonomyWords(vocabulary.taxonomy));
    const words = queryWords(vocabulary);
    const reader = createEventReader(searchClient, multiSearch, indexName, app.site.timeZone, { searchWords: words });
    const writer = createEventWriter(createClient({ url, apiKey: keys.admin, requestTimeoutMs, taskTimeoutMs }), indexName, indexSettings(vocabulary, (w) => lemmasOf(w, dictionary)), logger);
    return {
      url,
      reader: watched(withRelaxation(reader, exactCounter(multiSearch, indexName, app.site.timeZone, words)), dependencyState(logger.child({ module: 'search' }), 'search engine')),
      writer,
      alive: () => embedded?.state() !== 'failed',
      enginePid: () => embedded?.enginePid() ?? null,
      stop: async () => {
        await multiSearch.close();
        await stopEmbedded();
      },
    };
  } catch (err) {
    await stopEmbedded();
    throw isAppError(err) ? err : new AppError('SEARCH_UNAVAILABLE', `Meilisearch setup failed: ${(err as Error).message}`, { cause: err });
  }
}
