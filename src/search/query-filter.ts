import { weekdaysIn } from '../domain/date-range.js';
import type { SearchQuery } from '../domain/search-query.js';
import { and, anyOf, eq, gte, lte, or } from './filter.js';
import type { FacetField } from './settings.js';

/** Filter clauses per facet, so a disjunctive facet query can leave its own clause out. */
export type FacetClauses = Partial<Record<FacetField, string>>;

export function facetClauses(query: SearchQuery): FacetClauses {
  const clauses: FacetClauses = {};
  if (query.categories.length) clauses.categories = anyOf('categories', query.categories);
  if (query.areas.length) clauses.area = anyOf('area', query.areas);
  if (query.kinds.length) clauses.kind = anyOf('kind', query.kinds);
  if (query.audience.length) clauses.audience = anyOf('audience', query.audience);
  if (query.accessibility.length) clauses.accessibility = anyOf('accessibility', query.accessibility);
  if (query.free !== null) clauses.free = eq('free', query.free);
  if (query.indoor !== null) clauses.indoor = eq('indoor', query.indoor);
  return clauses;
}

/**
 * When: an occurrence must overlap the range (or still be running now). Experiences count under a date filter only
 * when they are open on one of its weekdays.
 */
export function timeClause(query: SearchQuery, now: number, tz: string): string {
  if (!query.range) return gte('endsAt', now);
  const { from, to } = query.range;
  const overlaps = and(lte('startsAt', to), gte('endsAt', from));
  const openThen = and(eq('kind', 'experience'), anyOf('openWeekdays', weekdaysIn(query.range, tz)));
  return and(overlaps, or(eq('kind', 'event'), openThen));
}

/** The whole filter, optionally without one facet's clause. */
export function buildFilter(query: SearchQuery, now: number, tz: string, without?: FacetField): string {
  const clauses = facetClauses(query);
  const parts = [eq('duplicate', false), timeClause(query, now, tz)];
  for (const [field, clause] of Object.entries(clauses)) if (field !== without) parts.push(clause);
  return and(...parts);
}
