import type { MultiSearchQuery, SearchResponse } from 'meilisearch';
import { Pool } from 'undici';

/** Sends one multi-search request; the search hot path. */
export type MultiSearch = (<T>(queries: MultiSearchQuery[]) => Promise<SearchResponse<T>[]>) & { close(): Promise<void> };

/**
 * POST /multi-search over a keep-alive undici pool. The JS client goes through fetch (WHATWG streams), which costs
 * measurably more CPU per request in Node; every other call still uses the client.
 */
export function createMultiSearch(url: string, apiKey: string, timeoutMs: number): MultiSearch {
  const pool = new Pool(url, { connections: 16, pipelining: 1, keepAliveTimeout: 30_000 });
  const headers = {
    authorization: `Bearer ${apiKey}`,
    'content-type': 'application/json',
    // Compressed responses stall ~40 ms on loopback (docs/meilisearch.md).
    'accept-encoding': 'identity',
  };
  const search = async <T>(queries: MultiSearchQuery[]) => {
    const res = await pool.request({
      path: '/multi-search',
      method: 'POST',
      headers,
      body: JSON.stringify({ queries }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const body = (await res.body.json()) as { results?: SearchResponse<T>[]; message?: string; code?: string };
    if (res.statusCode >= 300 || !body.results) {
      throw new Error(`multi-search answered HTTP ${res.statusCode}: ${body.code ?? ''} ${body.message ?? ''}`.trim());
    }
    return body.results;
  };
  return Object.assign(search, { close: () => pool.close() });
}
