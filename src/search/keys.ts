import type { Meilisearch } from 'meilisearch';

/**
 * Fixed key uids: Meilisearch derives a key from its uid and the master key, so the same keys come back after a
 * restart and creating them is idempotent.
 */
const ADMIN_KEY_UID = '6f0d7c55-3b1e-4c57-9e55-0a7c6b2f1a03';
const SEARCH_KEY_UID = '6f0d7c55-3b1e-4c57-9e55-0a7c6b2f1a02';

export interface ApiKeys {
  /** For the indexer: documents, settings, tasks and swaps of the events indexes. */
  admin: string;
  /** For the web server: search, and reading documents for the sitemap, on the live index only. */
  search: string;
}

async function ensureKey(
  master: Meilisearch,
  uid: string,
  name: string,
  actions: string[],
  indexes: string[],
): Promise<string> {
  try {
    const existing = await master.getKey(uid);
    const same = (a: string[], b: string[]) => [...a].sort().join() === [...b].sort().join();
    if (same(existing.indexes, indexes) && same(existing.actions, actions)) return existing.key;
    // MEILI_INDEX (or the key's rights) changed: a key for the old index would answer 403 to every search.
    await master.deleteKey(uid);
  } catch (err) {
    if ((err as { cause?: { code?: string } }).cause?.code !== 'api_key_not_found') throw err;
  }
  const created = await master.createKey({
    uid,
    name,
    description: `Upptäck ${name}`,
    actions: actions as never,
    indexes,
    expiresAt: null,
  });
  return created.key;
}

/** Creates (once) the two keys the processes use; the master key is used for nothing else. */
export async function ensureApiKeys(master: Meilisearch, indexName: string): Promise<ApiKeys> {
  const admin = await ensureKey(
    master,
    ADMIN_KEY_UID,
    'indexer',
    ['search', 'documents.*', 'indexes.*', 'tasks.*', 'settings.*', 'stats.*'],
    ['*'],
  );
  // documents.get: the sitemap lists every event, more than a search may page through (pagination.maxTotalHits).
  const search = await ensureKey(master, SEARCH_KEY_UID, 'web', ['search', 'documents.get'], [indexName]);
  return { admin, search };
}
