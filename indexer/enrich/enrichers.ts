import type { Config } from '../../src/config/load-config.js';
import { createCategoriser } from './categorise.js';
import { createKeywords } from './keywords.js';
import { createPlaces } from './places.js';
import type { Enrichers } from './to-documents.js';
import { sharedSwedishDictionary, taxonomyWords } from '../../src/language/sv-dictionary.js';

/** The enrichment steps, built once per run from the validated config. */
export function createEnrichers(config: Config): Enrichers {
  const { site, indexer } = config.app;
  return {
    hours: { tz: site.timeZone, country: site.country, centre: site.centre, horizonDays: indexer.horizonDays },
    categoriser: createCategoriser(config.taxonomy),
    places: createPlaces(config.areas, config.venues),
    keywords: createKeywords(sharedSwedishDictionary(taxonomyWords(config.taxonomy))),
  };
}
