import { runOnce } from '../indexer/run-once.js';
import { emptyQuery } from '../src/domain/search-query.js';
import type { EventDoc } from '../src/domain/event.js';
import { createClient } from '../src/search/client.js';
import { RELEVANCE_QUERIES, successAt } from '../tests/support/relevance.js';
import { startBenchEngine } from './support/engine.js';

const out = (s = '') => process.stdout.write(`${s}\n`);
/** The sample feeds' anchor Monday, 09:00 in Stockholm: the same data the relevance test sees. */
const ANCHOR_NOW = Date.UTC(2026, 0, 5, 8, 0, 0) / 1000;
/** Fields our enrichment adds for search; the raw baseline gets the feed-derived fields only. */
const ENRICHMENT = ['keywords', 'textKeywords', 'categoryLabels'] as const;

/**
 * success@3 of the query set (tests/fixtures/relevance/queries.json) on the sample site: Upptäck's search against
 * the same documents in an index with Meilisearch's default settings (no synonyms, no compound parts, no distinct).
 */
export async function relevanceBench(): Promise<void> {
  out(`== relevance bench: ${RELEVANCE_QUERIES.length} queries, success@3 on the sample site`);
  const bench = await startBenchEngine();
  try {
    const { config, engine } = bench;
    await runOnce({ config, writer: engine.writer, logger: bench.logger, now: () => ANCHOR_NOW });
    const ours = await successAt(3, async (q) =>
      (await engine.reader.search({ ...emptyQuery(), q, hitsPerPage: 3 }, ANCHOR_NOW)).hits.map((h) => h.title),
    );
    const client = createClient({ url: engine.url, apiKey: bench.masterKey, requestTimeoutMs: 10_000, taskTimeoutMs: 120_000 });
    const docs = (await client.index<EventDoc>(config.app.meili.indexName).getDocuments({ limit: 10_000 })).results;
    const plain = docs.map((d) => Object.fromEntries(Object.entries(d).filter(([k]) => !(ENRICHMENT as readonly string[]).includes(k))));
    const raw = client.index('raw_defaults');
    await client.createIndex('raw_defaults', { primaryKey: 'id' }).waitTask();
    await raw.addDocuments(plain).waitTask();
    const baseline = await successAt(3, async (q) => (await raw.search<EventDoc>(q, { limit: 3 })).hits.map((h) => h.title));
    const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
    out(`  Upptäck search                         success@3 ${pct(ours.score)}  (${ours.misses.length} misses)`);
    out(`  raw Meilisearch, default settings      success@3 ${pct(baseline.score)}  (${baseline.misses.length} misses)`);
    out(`  misses (ours): ${ours.misses.map((m) => m.q).join(', ') || 'none'}`);
    out(`  misses (raw):  ${baseline.misses.map((m) => m.q).join(', ')}`);
  } finally {
    await bench.close();
  }
}
