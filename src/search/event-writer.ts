import type { Meilisearch, Settings } from 'meilisearch';
import { type EventDoc, eventDocSchema } from '../domain/event.js';
import type { Logger } from '../logger.js';
import { assertSucceeded, engineCall } from './client.js';
import { anyOf, lte } from './filter.js';

/** What the indexer may do to the index. Only src/search talks to Meilisearch. */
export interface EventWriter {
  /** Creates the index if missing and applies settings that differ; documents are kept. */
  prepare(): Promise<void>;
  /** id → hash, source, event and last change of every document: what changed, what went, and since when. */
  documentHashes(): Promise<Map<string, IndexedDoc>>;
  /** How many events each source has in the index (0 for sources it has none of). */
  countsBySource(): Promise<Map<string, number>>;
  /** Every document of the given sources (to merge them with fresh ones when their own feed was not read). */
  documentsOfSources(sources: string[]): Promise<EventDoc[]>;
  /** The picture of every document in the index (null for none), read as one field: which stored files are in use. */
  pictures(): Promise<Pick<EventDoc, 'picture'>[]>;
  upsert(docs: EventDoc[]): Promise<number>;
  /** Deletes occurrences that ended before `now`; returns how many. */
  pruneEndedBefore(now: number): Promise<number>;
  remove(ids: string[]): Promise<number>;
  /** Builds a fresh index from `docs`, swaps it in atomically and drops the old one. */
  rebuild(docs: EventDoc[]): Promise<void>;
  count(): Promise<number>;
}

/** What the indexer compares a run's documents with. */
export type IndexedDoc = Pick<EventDoc, 'hash' | 'source' | 'eventId' | 'updatedAt'>;

const BATCH = 1000;
/** Settings whose arrays are sets: the server may return them in another order. */
const SET_LIKE = new Set(['filterableAttributes', 'sortableAttributes', 'stopWords']);

function normalise(key: string, value: unknown): string {
  if (Array.isArray(value) && SET_LIKE.has(key)) return JSON.stringify([...value].map(String).sort());
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b));
    return JSON.stringify(entries.map(([k, v]) => [k, normalise(k, v)]));
  }
  return JSON.stringify(value);
}

/** True when any setting we manage differs from the server's (keys we do not set are ignored). */
export function settingsDiffer(desired: Settings, current: Settings): boolean {
  const cur = current as Record<string, unknown>;
  return Object.entries(desired).some(([key, want]) => {
    const have = cur[key];
    if (want && typeof want === 'object' && !Array.isArray(want) && have && typeof have === 'object') {
      return settingsDiffer(want as Settings, have as Settings);
    }
    return normalise(key, want) !== normalise(key, have);
  });
}

/**
 * A document as the index holds it, in today's shape: one written before a field existed gets the field's default
 * (the schema's), so code merging it with fresh documents never meets a missing field. One that no longer passes a
 * tightened schema is returned as it was written.
 */
function asWritten(doc: EventDoc): EventDoc {
  const parsed = eventDocSchema.safeParse(doc);
  return parsed.success ? parsed.data : doc;
}

export function createEventWriter(client: Meilisearch, indexName: string, settings: Settings, logger: Logger): EventWriter {
  const log = logger.child({ module: 'event-writer' });

  async function ensureIndex(name: string): Promise<void> {
    const exists = await client.getIndex(name).then(
      () => true,
      (err: { cause?: { code?: string } }) => {
        if (err.cause?.code === 'index_not_found') return false;
        throw err;
      },
    );
    if (!exists) assertSucceeded(await client.createIndex(name, { primaryKey: 'id' }).waitTask(), `create index ${name}`);
  }

  async function applySettings(name: string): Promise<void> {
    const index = client.index(name);
    const current = await index.getSettings();
    if (!settingsDiffer(settings, current)) return;
    log.info({ index: name }, 'applying index settings');
    assertSucceeded(await index.updateSettings(settings).waitTask(), `update settings of ${name}`);
  }

  async function addAll(name: string, docs: EventDoc[]): Promise<void> {
    const index = client.index<EventDoc>(name);
    // Sent back to back, then waited for one by one: measured ~2x faster than sending each after the last finished.
    // allSettled first, so no failed request is left without a handler while an earlier task is being waited for.
    const pending = [];
    for (let i = 0; i < docs.length; i += BATCH) pending.push(index.addDocuments(docs.slice(i, i + BATCH)));
    const enqueued = await Promise.allSettled(pending);
    for (const e of enqueued) if (e.status === 'rejected') throw e.reason;
    for (const e of enqueued) {
      if (e.status === 'fulfilled') assertSucceeded(await client.tasks.waitForTask(e.value.taskUid), `add documents to ${name}`);
    }
  }

  return {
    prepare: () =>
      engineCall('prepare index', async () => {
        await ensureIndex(indexName);
        await applySettings(indexName);
      }),

    pictures: () =>
      engineCall('read pictures in use', async () => {
        const out: Pick<EventDoc, 'picture'>[] = [];
        const index = client.index<Pick<EventDoc, 'picture'>>(indexName);
        for (let offset = 0; ; offset += BATCH) {
          const page = await index.getDocuments({ fields: ['picture'], limit: BATCH, offset });
          for (const d of page.results) out.push({ picture: d.picture ?? null });
          if (page.results.length < BATCH) return out;
        }
      }),

    documentHashes: () =>
      engineCall('read document hashes', async () => {
        const out = new Map<string, IndexedDoc>();
        const index = client.index<Pick<EventDoc, 'id' | 'hash' | 'source' | 'eventId' | 'updatedAt'>>(indexName);
        for (let offset = 0; ; offset += BATCH) {
          const page = await index.getDocuments({
            fields: ['id', 'hash', 'source', 'eventId', 'updatedAt'],
            limit: BATCH,
            offset,
          });
          for (const d of page.results) out.set(d.id, { hash: d.hash, source: d.source, eventId: d.eventId, updatedAt: d.updatedAt });
          if (page.results.length < BATCH) return out;
        }
      }),

    countsBySource: () =>
      engineCall('count documents per source', async () => {
        const exists = await client.getIndex(indexName).then(() => true, () => false);
        if (!exists) return new Map<string, number>();
        const res = await client.index(indexName).search('', { limit: 0, facets: ['source'] });
        return new Map(Object.entries(res.facetDistribution?.source ?? {}));
      }),

    documentsOfSources: (sources) =>
      engineCall('read documents', async () => {
        const out: EventDoc[] = [];
        if (sources.length === 0) return out;
        const index = client.index<EventDoc>(indexName);
        for (let offset = 0; ; offset += BATCH) {
          const page = await index.getDocuments({ limit: BATCH, offset, filter: anyOf('source', sources) });
          out.push(...page.results.map(asWritten));
          if (page.results.length < BATCH) return out;
        }
      }),

    pruneEndedBefore: (now) =>
      engineCall('prune past occurrences', async () => {
        const task = assertSucceeded(
          await client.index(indexName).deleteDocuments({ filter: lte('endsAt', now - 1) }).waitTask(),
          'prune past occurrences',
        );
        return (task.details as { deletedDocuments?: number } | undefined)?.deletedDocuments ?? 0;
      }),

    upsert: (docs) =>
      engineCall('upsert documents', async () => {
        await addAll(indexName, docs);
        return docs.length;
      }),

    remove: (ids) =>
      engineCall('delete documents', async () => {
        if (ids.length === 0) return 0;
        const index = client.index(indexName);
        for (let i = 0; i < ids.length; i += BATCH) {
          assertSucceeded(await index.deleteDocuments(ids.slice(i, i + BATCH)).waitTask(), 'delete documents');
        }
        return ids.length;
      }),

    rebuild: (docs) =>
      engineCall('rebuild index', async () => {
        await ensureIndex(indexName);
        const fresh = `${indexName}_rebuild_${Date.now()}`;
        await ensureIndex(fresh);
        try {
          await applySettings(fresh);
          await addAll(fresh, docs);
          assertSucceeded(await client.swapIndexes([{ indexes: [indexName, fresh], rename: false }]).waitTask(), 'swap indexes');
        } finally {
          // After the swap `fresh` holds the old documents; on failure it holds the half-built ones. Drop either.
          await client.deleteIndex(fresh).waitTask().catch((err) => log.warn({ err, index: fresh }, 'could not drop index'));
        }
        log.info({ documents: docs.length }, 'index rebuilt and swapped in');
      }),

    count: () => engineCall('count documents', async () => (await client.index(indexName).getStats()).numberOfDocuments),
  };
}
