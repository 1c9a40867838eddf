import type { EventDoc } from '../domain/event.js';
import { distanceMetres } from '../domain/geo.js';
import type { SearchQuery } from '../domain/search-query.js';
import { toMarkedText } from './highlight.js';
import type { Candidate, CandidateQuery, EventSummary, MapPoint } from './ports.js';
import { type RankedHit, soonerAmongEquals } from './sooner-first.js';

/*
 * The engine's hits in the ports' shapes: which fields each kind of answer asks for, and how a hit becomes a card's
 * summary, a feed candidate or a map point. The queries themselves are event-reader.ts.
 */

/**
 * What a result needs (cards and the JSON API): leaving out the HTML description, keyword lists and bookkeeping fields
 * makes each response about a third of the size, which both Meilisearch and Node feel under load.
 */
export const HIT_FIELDS = [
  'id', 'eventId', 'kind', 'status', 'title', 'lang', 'englishTitle', 'englishText', 'descriptionText', 'categories', 'area', 'areaName', 'venue', '_geo',
  'startsAt', 'endsAt', 'allDay', 'openingHours', 'openingHoursText', 'setting', 'indoor', 'free', 'price', 'priceRange', 'audience', 'url', 'image', 'picture', 'source',
] as const satisfies readonly (keyof EventDoc)[];

/** A card's fields without the description (a feed card has no matched words to show), plus open weekdays. */
export const CANDIDATE_FIELDS = [...HIT_FIELDS.filter((f) => f !== 'descriptionText'), 'openWeekdays'] as const;

/** What a map marker needs. */
export const POINT_FIELDS = [
  'id', 'eventId', 'kind', 'title', 'lang', 'englishTitle', 'startsAt', 'endsAt', 'allDay', 'openingHours', 'openingHoursText', 'categories', 'venue', '_geo',
] as const satisfies readonly (keyof EventDoc)[];
export type RawPoint = Pick<EventDoc, (typeof POINT_FIELDS)[number]>;

/** The engine's shape of a hit: what HIT_FIELDS asks for, plus its highlight and distance extras. */
export type RawHit = Pick<EventDoc, (typeof HIT_FIELDS)[number]> & {
  _formatted?: Partial<Record<'title' | 'descriptionText', string>>;
  _geoDistance?: number;
  _rankingScore?: number;
  _rankingScoreDetails?: RankedHit['_rankingScoreDetails'];
};
export type RawCandidate = Omit<RawHit, 'descriptionText'> & Pick<EventDoc, 'openWeekdays'>;

/** Snippet length in characters when the description has no match to crop around. */
const SNIPPET_CHARS = 180;
function toSummary(hit: RawHit, query: SearchQuery, sorted: boolean): EventSummary {
  const { _formatted, _geoDistance, _rankingScore, _rankingScoreDetails, _geo, descriptionText, ...fields } = hit;
  const near = query.near;
  const distanceM = _geoDistance ?? (near && _geo ? Math.round(distanceMetres(near, _geo)) : null);
  return {
    ...fields,
    geo: _geo,
    // Meilisearch 1.21 reports 1.0 for every hit when a sort is used (fixed in 1.23): not a relevance then.
    relevance: sorted ? null : (_rankingScore ?? null),
    titleMarked: toMarkedText(_formatted?.title ?? hit.title),
    snippet: toMarkedText(_formatted?.descriptionText ?? descriptionText.slice(0, SNIPPET_CHARS)),
    distanceM,
  };
}

export function toCandidate(hit: RawCandidate, near: CandidateQuery['near']): Candidate {
  const { _geo, openWeekdays, ...fields } = hit;
  return {
    ...fields,
    geo: _geo,
    relevance: null,
    titleMarked: { text: hit.title, marks: [] },
    snippet: { text: '', marks: [] },
    distanceM: near && _geo ? Math.round(distanceMetres(near, _geo)) : null,
    openWeekdays,
  };
}

/** The engine's hits as summaries, equally good matches sooner first (sooner-first.ts). */
export function rankedSummaries(raw: RawHit[], query: SearchQuery, sorted: boolean): EventSummary[] {
  const ranked = soonerAmongEquals(raw);
  // Equally good matches share one relevance, so a later re-ordering by relevance keeps the sooner first.
  const best = new Map<number, number>();
  for (const { hit, run } of ranked) best.set(run, Math.max(best.get(run) ?? 0, hit._rankingScore ?? 0));
  const shared = (hit: RawHit, run: number) => (hit._rankingScore === undefined ? hit : { ...hit, _rankingScore: best.get(run) });
  return ranked.map(({ hit, run }) => toSummary(shared(hit, run), query, sorted));
}

/** A map marker, or none for a hit without coordinates. */
export function toPoint({ _geo, venue, ...fields }: RawPoint): MapPoint[] {
  return _geo ? [{ ...fields, geo: _geo, venueName: venue?.name ?? null }] : [];
}
