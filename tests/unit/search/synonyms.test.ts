import { describe, expect, it } from 'vitest';
import { synonymsFromTaxonomy } from '../../../src/search/synonyms.js';

const taxonomy = {
  categories: [{ id: 'food', sv: 'Mat & dryck', en: 'Food & drink', synonyms: { sv: [], en: [] }, match: [], indoor: null }],
  audiences: [],
  accessibility: [],
  terms: [
    { sv: ['bastu', 'vedbastu'], en: ['sauna'] },
    { sv: ['matfestival'], en: ['food festival'] },
  ],
};

describe('synonyms from the taxonomy', () => {
  it('makes each glossary group mutual, across languages and multi-word phrases', () => {
    const s = synonymsFromTaxonomy(taxonomy);
    expect(s.sauna).toEqual(['bastu', 'vedbastu']);
    expect(s.bastu).toEqual(['sauna', 'vedbastu']);
    expect(s['food festival']).toEqual(['matfestival']);
    expect(s.matfestival).toEqual(['food festival']);
  });

  it('links the two labels of a category', () => {
    expect(synonymsFromTaxonomy(taxonomy)['food & drink']).toEqual(['mat & dryck']);
  });
});
