import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runOnce } from '../../indexer/run-once.js';
import { emptyQuery } from '../../src/domain/search-query.js';
import { quietLogger, startTestEngine, type TestEngine } from '../support/engine.js';
import { ANCHOR_NOW } from '../support/http.js';
import { RELEVANCE_QUERIES, successAt } from '../support/relevance.js';

let t: TestEngine;

beforeAll(async () => {
  t = await startTestEngine();
  await runOnce({ config: t.config, writer: t.engine.writer, logger: quietLogger, now: () => ANCHOR_NOW });
});

afterAll(async () => {
  await t?.close();
});

describe('relevance of the query set over the sample site', () => {
  it('has at least 50 realistic queries', () => {
    expect(RELEVANCE_QUERIES.length).toBeGreaterThanOrEqual(50);
  });

  it('finds an expected event in the top 3 for at least 90% of queries', async () => {
    const { score, misses } = await successAt(3, async (q) => {
      const res = await t.engine.reader.search({ ...emptyQuery(), q, hitsPerPage: 3 }, ANCHOR_NOW);
      return res.hits.map((h) => h.title);
    });
    console.info(`success@3 = ${(score * 100).toFixed(1)}% over ${RELEVANCE_QUERIES.length} queries`);
    for (const m of misses) console.info(`  miss: ${m.q} → ${m.got.join(' | ')}`);
    expect(score).toBeGreaterThanOrEqual(0.9);
  });
});
