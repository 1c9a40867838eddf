import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface RelevanceQuery {
  q: string;
  expect: string[];
  why: string;
}

export const RELEVANCE_QUERIES: RelevanceQuery[] = (
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../fixtures/relevance/queries.json'), 'utf8')) as {
    queries: RelevanceQuery[];
  }
).queries;

/** success@k: the share of queries with an expected title (case-insensitive substring) among the top k titles. */
export async function successAt(
  k: number,
  search: (q: string) => Promise<string[]>,
  queries = RELEVANCE_QUERIES,
): Promise<{ score: number; misses: { q: string; got: string[] }[] }> {
  const misses: { q: string; got: string[] }[] = [];
  for (const query of queries) {
    const top = (await search(query.q)).slice(0, k);
    const hit = top.some((title) => query.expect.some((e) => title.toLowerCase().includes(e.toLowerCase())));
    if (!hit) misses.push({ q: query.q, got: top });
  }
  return { score: (queries.length - misses.length) / queries.length, misses };
}
