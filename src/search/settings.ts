import type { Settings } from 'meilisearch';
import type { Glossary, Taxonomy } from '../config/data-schemas.js';
import { STOP_WORDS } from '../language/stop-words.js';
import { FILTER_FIELDS } from './filter.js';
import { synonymsFrom, type WordForms } from './synonyms.js';

/** The operator's words the index is set up with: category labels and the glossary. */
export interface SearchVocabulary {
  taxonomy: Taxonomy;
  glossary: Glossary;
}

/**
 * All index settings, in one place. Applied idempotently at start-up and by the indexer; a change is applied in place
 * (documents stay) and Meilisearch re-indexes in the background.
 */
export function indexSettings(vocabulary: SearchVocabulary, forms?: WordForms): Settings {
  return {
    searchableAttributes: [
      'title',
      // The feed's own English title and text: an English visitor's words find the event as Swedish ones do.
      'englishTitle',
      'keywords',
      'categoryLabels',
      'audienceWords',
      'venue.name',
      'areaName',
      'organizer',
      'descriptionText',
      'englishText',
      'textKeywords',
    ],
    filterableAttributes: [...FILTER_FIELDS, '_geo'],
    sortableAttributes: ['kind', 'startsAt', 'endsAt', '_geo', 'updatedAt'],
    // `sort` right after `words` and `typo`: a visitor who asks for "soonest" (or "nearest") gets the hits that match
    // every word as typed in that order, not by how well they match (typo matches follow, in the same order). A
    // search sorted by relevance sends no sort, so the rule is idle there and the relevance sets are unchanged.
    // `startsAt:asc` last: among equally relevant occurrences of one event, distinct keeps the next one. `exactness`
    // before it: a title that starts with the word ("Utställning: …") beats a place whose text mentions it, however
    // soon (held-out set: inflection 96.3 -> 100 %; sooner-first.ts groups equal hits by the same rules).
    rankingRules: ['words', 'typo', 'sort', 'proximity', 'attribute', 'exactness', 'startsAt:asc'],
    distinctAttribute: 'eventId',
    // No localizedAttributes: locale `swe` stops å/ä/ö folding, so `vaxjo` would not find Växjö (measured).
    typoTolerance: {
      enabled: true,
      // Measured on both query sets (npm run bench -- relevance; README): 4/8 beat the defaults 5/9 (held-out 87.1 ->
      // 88.2 %, the old set 98.7 -> 100 %), 3/7 matched it with a lower MRR, 6/10 lost misspellings.
      minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 },
      disableOnAttributes: [],
      disableOnWords: [],
    },
    faceting: { maxValuesPerFacet: 200, sortFacetValuesBy: { '*': 'count' } },
    pagination: { maxTotalHits: 5000 },
    synonyms: synonymsFrom(vocabulary.glossary, vocabulary.taxonomy, forms),
    stopWords: [...STOP_WORDS],
  };
}
