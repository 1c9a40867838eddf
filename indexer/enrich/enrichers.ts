import type { Config } from '../../src/config/load-config.js';
import { fold } from '../../src/domain/text.js';
import { createCategoriser } from './categorise.js';
import { createKeywords } from './keywords.js';
import { createPlaces } from './places.js';
import type { Enrichers } from './to-documents.js';

/** The enrichment steps, built once per run from the validated config. */
export function createEnrichers(config: Config): Enrichers {
  const vocabulary = new Set<string>();
  for (const c of config.taxonomy.categories) {
    for (const w of [c.sv, c.en, ...c.synonyms.sv, ...c.synonyms.en, ...c.match]) {
      const f = fold(w);
      if (f.length >= 3 && !f.includes(' ')) vocabulary.add(f);
    }
  }
  return {
    categoriser: createCategoriser(config.taxonomy),
    places: createPlaces(config.areas, config.venues),
    keywords: createKeywords(vocabulary),
  };
}
