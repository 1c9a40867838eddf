import { FACETS, type FacetField } from '../domain/facets.js';
import { slotsForRange } from '../domain/open-slots.js';
import type { SearchQuery } from '../domain/search-query.js';
import { and, anyOf, eq, gte, lte, or } from './filter.js';

/** Filter clauses per facet, so a disjunctive facet query can leave its own clause out. */
export type FacetClauses = Partial<Record<FacetField, string>>;

export function facetClauses(facets: SearchQuery['facets']): FacetClauses {
  const clauses: FacetClauses = {};
  for (const f of FACETS) {
    const values = facets[f.field];
    if (values.length === 0) continue;
    clauses[f.field] = f.kind === 'boolean' ? or(...values.map((v) => eq(f.field, v === 'true'))) : anyOf(f.field, values);
  }
  return clauses;
}

/**
 * When: an occurrence must overlap the range (or still be running now). Experiences count under a date filter only
 * when they are open at some moment of it ("ikväll" leaves out a church open 9–16): by the hour for short ranges,
 * by the date for long ones (src/domain/open-slots.ts).
 */
export function timeClause(range: SearchQuery['range'], now: number, tz: string): string {
  if (!range) return gte('endsAt', now);
  const overlaps = and(lte('startsAt', range.to), gte('endsAt', range.from));
  const { field, slots } = slotsForRange(range, tz);
  const openThen = and(eq('kind', 'experience'), anyOf(field, slots));
  return and(overlaps, or(eq('kind', 'event'), openThen));
}

/** The whole filter of a search, optionally without one facet's clause (for that facet's disjunctive counts). */
export function buildFilter(query: SearchQuery, now: number, tz: string, without?: FacetField): string {
  const parts = [eq('duplicate', false), timeClause(query.range, now, tz)];
  if (query.updatedSince != null) parts.push(gte('updatedAt', query.updatedSince));
  for (const [field, clause] of Object.entries(facetClauses(query.facets))) if (field !== without) parts.push(clause);
  return and(...parts);
}
