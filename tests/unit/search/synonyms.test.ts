import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/load-config.js';
import { lemmasOf } from '../../../src/language/decompound.js';
import { loadSwedishDictionary } from '../../../src/language/sv-dictionary.js';
import { synonymsFrom } from '../../../src/search/synonyms.js';

const taxonomy = {
  categories: [{ id: 'food', sv: 'Mat & dryck', en: 'Food & drink', synonyms: { sv: [], en: [] }, match: [], indoor: null }],
  audiences: [],
  accessibility: [],
};
const glossary = {
  groups: [
    { sv: ['bastu', 'vedbastu'], en: ['sauna'], topic: 'core' },
    { sv: ['matfestival'], en: ['food festival'], topic: 'food' },
    { sv: ['verkstäder'], en: ['workshops'], topic: 'activities' },
  ],
};

describe('synonyms from the glossary', () => {
  it('makes each glossary group mutual, across languages and multi-word phrases', () => {
    const s = synonymsFrom(glossary, taxonomy);
    expect(s.sauna).toEqual(['bastu', 'vedbastu']);
    expect(s.bastu).toEqual(['sauna', 'vedbastu']);
    expect(s['food festival']).toEqual(['matfestival']);
    expect(s.matfestival).toEqual(['food festival']);
  });

  it('links the two labels of a category', () => {
    expect(synonymsFrom(glossary, taxonomy)['food & drink']).toEqual(['mat & dryck']);
  });

  it('adds the dictionary form of an inflected Swedish word, the form queries arrive in', () => {
    const s = synonymsFrom(glossary, taxonomy, (w) => (w === 'verkstäder' ? ['verkstad'] : []));
    expect(s.workshops).toEqual(['verkstad', 'verkstäder']);
    expect(s.verkstad).toEqual(['verkstäder', 'workshops']);
  });
});

describe('the shipped glossary', () => {
  const config = loadConfig({});
  const dict = loadSwedishDictionary();
  const synonyms = synonymsFrom(config.glossary, config.taxonomy, (w) => lemmasOf(w, dict));

  it('has at least 300 Swedish–English pairs', () => {
    const pairs = config.glossary.groups.reduce((n, g) => n + g.sv.length * g.en.length, 0);
    expect(pairs).toBeGreaterThanOrEqual(300);
  });

  it('resolves every pair both ways: each Swedish word finds each English one of its group, and back', () => {
    const broken: string[] = [];
    for (const g of config.glossary.groups) {
      for (const sv of g.sv) {
        for (const en of g.en) {
          if (sv === en) continue;
          if (!synonyms[sv]?.includes(en)) broken.push(`${sv} → ${en}`);
          if (!synonyms[en]?.includes(sv)) broken.push(`${en} → ${sv}`);
        }
      }
    }
    expect(broken).toEqual([]);
  });
});
