import type { Config } from '../../src/config/load-config.js';
import { createCategoriser } from './categorise.js';
import { createKeywords } from './keywords.js';
import { createPlaces } from './places.js';
import type { Enrichers } from './to-documents.js';
import { type Dictionary, loadSwedishDictionary } from '../../src/language/sv-dictionary.js';

// Loading takes ~0.2 s: a scheduled indexer in a long-running process reads the dictionary once, not every run.
let loaded: { key: string; dictionary: Dictionary } | undefined;

function dictionaryFor(extra: string[]): Dictionary {
  const key = extra.join(' ');
  if (loaded?.key !== key) loaded = { key, dictionary: loadSwedishDictionary(extra) };
  return loaded.dictionary;
}

/** The taxonomy's one-word terms: they may begin and end compounds even where the dictionary lacks them ("kör"). */
function taxonomyWords(config: Config): string[] {
  return config.taxonomy.categories
    .flatMap((c) => [c.sv, c.en, ...c.synonyms.sv, ...c.synonyms.en, ...c.match])
    .map((w) => w.trim().toLowerCase())
    .filter((w) => w.length >= 3 && !/\s/.test(w));
}

/** The enrichment steps, built once per run from the validated config. */
export function createEnrichers(config: Config): Enrichers {
  const { site, indexer } = config.app;
  return {
    hours: { tz: site.timeZone, country: site.country, centre: site.centre, horizonDays: indexer.horizonDays },
    categoriser: createCategoriser(config.taxonomy),
    places: createPlaces(config.areas, config.venues),
    keywords: createKeywords(dictionaryFor(taxonomyWords(config))),
  };
}
