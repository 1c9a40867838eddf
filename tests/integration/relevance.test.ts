import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runOnce } from '../../indexer/run-once.js';
import { emptyQuery } from '../../src/domain/search-query.js';
import { quietLogger, startTestEngine, type TestEngine } from '../support/engine.js';
import { ANCHOR_NOW } from '../support/http.js';
import { evaluate, HELD_OUT_QUERIES, RELEVANCE_QUERIES } from '../support/relevance.js';

let t: TestEngine;

beforeAll(async () => {
  t = await startTestEngine();
  await runOnce({ config: t.config, writer: t.engine.writer, logger: quietLogger, now: () => ANCHOR_NOW });
});

afterAll(async () => {
  await t?.close();
});

const titles = async (q: string) => (await t.engine.reader.search({ ...emptyQuery(), q, hitsPerPage: 10 }, ANCHOR_NOW)).hits.map((h) => h.title);

describe('relevance of the query sets over the sample site', () => {
  it('has at least 50 queries written with the code and 150 held out', () => {
    expect(RELEVANCE_QUERIES.length).toBeGreaterThanOrEqual(50);
    expect(HELD_OUT_QUERIES.length).toBeGreaterThanOrEqual(150);
  });

  it('finds an expected event in the top 3 for every query written with the code but one', async () => {
    const r = await evaluate(titles, RELEVANCE_QUERIES);
    console.info(`query set: success@3 ${(r.successAt3 * 100).toFixed(1)} %, MRR ${r.mrr.toFixed(3)}`);
    for (const m of r.misses) console.info(`  miss: ${m.q} → ${m.got.join(' | ')}`);
    // 98.7 % before the query-side language work; it must not drop (measured 100 % after it).
    expect(r.successAt3).toBeGreaterThanOrEqual(0.987);
  });

  it('finds an expected event in the top 3 for at least 95 % of the held-out set (measured 97.1 %)', async () => {
    const r = await evaluate(titles, HELD_OUT_QUERIES);
    console.info(`held-out set: success@3 ${(r.successAt3 * 100).toFixed(1)} %, MRR ${r.mrr.toFixed(3)}`);
    for (const [cls, v] of Object.entries(r.byClass)) console.info(`  ${cls}: ${(v.successAt3 * 100).toFixed(0)} % of ${v.n}`);
    expect(r.successAt3).toBeGreaterThanOrEqual(0.95);
  });
});
