import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface RelevanceQuery {
  q: string;
  expect: string[];
  why: string;
}

function loadSet(file: string): RelevanceQuery[] {
  return (JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../fixtures/relevance', file), 'utf8')) as { queries: RelevanceQuery[] }).queries;
}

/** The query set written beside the code (tuned against). */
export const RELEVANCE_QUERIES: RelevanceQuery[] = loadSet('queries.json');
/** The held-out set, written from the sample data before tuning: how residents and visitors really type. */
export const HELD_OUT_QUERIES: RelevanceQuery[] = loadSet('held-out.json');

const matches = (title: string, q: RelevanceQuery) => q.expect.some((e) => title.toLowerCase().includes(e.toLowerCase()));

/** success@k: the share of queries with an expected title (case-insensitive substring) among the top k titles. */
export async function successAt(
  k: number,
  search: (q: string) => Promise<string[]>,
  queries = RELEVANCE_QUERIES,
): Promise<{ score: number; misses: { q: string; got: string[] }[] }> {
  const misses: { q: string; got: string[] }[] = [];
  for (const query of queries) {
    const top = (await search(query.q)).slice(0, k);
    if (!top.some((title) => matches(title, query))) misses.push({ q: query.q, got: top });
  }
  return { score: (queries.length - misses.length) / queries.length, misses };
}

export interface Evaluation {
  successAt3: number;
  /** Mean reciprocal rank of the first expected title within the top 10 (0 when none). */
  mrr: number;
  misses: { q: string; got: string[]; why: string }[];
  /** success@3 per query class (the first word of `why`). */
  byClass: Record<string, { n: number; successAt3: number }>;
}

/** success@3, MRR@10 and a per-class breakdown of a query set; `search` returns titles, best first. */
export async function evaluate(search: (q: string) => Promise<string[]>, queries: RelevanceQuery[]): Promise<Evaluation> {
  let hits3 = 0;
  let rr = 0;
  const misses: Evaluation['misses'] = [];
  const classes = new Map<string, { n: number; ok: number }>();
  for (const query of queries) {
    const titles = (await search(query.q)).slice(0, 10);
    const rank = titles.findIndex((t) => matches(t, query));
    const ok = rank >= 0 && rank < 3;
    if (ok) hits3++;
    else misses.push({ q: query.q, got: titles.slice(0, 3), why: query.why });
    if (rank >= 0) rr += 1 / (rank + 1);
    const cls = query.why.split(/[\s:—-]/)[0]?.toLowerCase() || 'other';
    const c = classes.get(cls) ?? { n: 0, ok: 0 };
    c.n++;
    if (ok) c.ok++;
    classes.set(cls, c);
  }
  const byClass = Object.fromEntries([...classes].map(([k, v]) => [k, { n: v.n, successAt3: v.ok / v.n }]));
  return { successAt3: hits3 / queries.length, mrr: rr / queries.length, misses, byClass };
}
