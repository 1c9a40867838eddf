import { runOnce } from '../indexer/run-once.js';
import type { EventDoc } from '../src/domain/event.js';
import { emptyQuery } from '../src/domain/search-query.js';
import { createClient } from '../src/search/client.js';
import { type Evaluation, evaluate, HELD_OUT_QUERIES, RELEVANCE_QUERIES, type RelevanceQuery } from '../tests/support/relevance.js';
import { startBenchEngine } from './support/engine.js';

const out = (s = '') => process.stdout.write(`${s}\n`);
/** The sample feeds' anchor Monday, 09:00 in Stockholm: the same data the relevance test sees. */
const ANCHOR_NOW = Date.UTC(2026, 0, 5, 8, 0, 0) / 1000;
/** Fields our enrichment adds for search; the raw baseline gets the feed-derived fields only. */
const ENRICHMENT = ['keywords', 'textKeywords', 'categoryLabels', 'audienceWords'] as const;
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

function report(name: string, set: RelevanceQuery[], ours: Evaluation, raw: Evaluation, perClass: boolean): void {
  out(`  ${name} (${set.length} queries):`);
  out(`    Upptäck search                     success@3 ${pct(ours.successAt3)}  MRR ${ours.mrr.toFixed(3)}  (${ours.misses.length} misses)`);
  out(`    raw Meilisearch, default settings  success@3 ${pct(raw.successAt3)}  MRR ${raw.mrr.toFixed(3)}  (${raw.misses.length} misses)`);
  const classes = Object.keys(ours.byClass);
  if (perClass) {
    for (const c of classes) {
      out(`      ${c.padEnd(12)} n=${String(ours.byClass[c]?.n).padStart(3)}  ours ${pct(ours.byClass[c]?.successAt3 ?? 0).padStart(7)}  raw ${pct(raw.byClass[c]?.successAt3 ?? 0).padStart(7)}`);
    }
  }
  out(`    misses (ours): ${ours.misses.map((m) => m.q).join(', ') || 'none'}`);
}

/**
 * success@3 and MRR of both query sets (tests/fixtures/relevance/queries.json, and held-out.json written before
 * tuning) on the sample site: Upptäck's search against the same documents in an index with Meilisearch's default
 * settings (no synonyms, no compound parts, no distinct).
 */
export async function relevanceBench(): Promise<void> {
  out(`== relevance bench: success@3 and MRR@10 on the sample site, ours vs Meilisearch defaults`);
  const bench = await startBenchEngine();
  try {
    const { config, engine } = bench;
    await runOnce({ config, writer: engine.writer, logger: bench.logger, now: () => ANCHOR_NOW });
    const ours = async (q: string) => (await engine.reader.search({ ...emptyQuery(), q, hitsPerPage: 10 }, ANCHOR_NOW)).hits.map((h) => h.title);
    const client = createClient({ url: engine.url, apiKey: bench.masterKey, requestTimeoutMs: 10_000, taskTimeoutMs: 120_000 });
    const docs = (await client.index<EventDoc>(config.app.meili.indexName).getDocuments({ limit: 10_000 })).results;
    const plain = docs.map((d) => Object.fromEntries(Object.entries(d).filter(([k]) => !(ENRICHMENT as readonly string[]).includes(k))));
    const rawIndex = client.index('raw_defaults');
    await client.createIndex('raw_defaults', { primaryKey: 'id' }).waitTask();
    await rawIndex.addDocuments(plain).waitTask();
    const raw = async (q: string) => (await rawIndex.search<EventDoc>(q, { limit: 10 })).hits.map((h) => h.title);
    report('query set written with the code', RELEVANCE_QUERIES, await evaluate(ours, RELEVANCE_QUERIES), await evaluate(raw, RELEVANCE_QUERIES), false);
    // The held-out set's classes are the first word of each query's `why`.
    report('held-out set', HELD_OUT_QUERIES, await evaluate(ours, HELD_OUT_QUERIES), await evaluate(raw, HELD_OUT_QUERIES), true);
  } finally {
    await bench.close();
  }
}
