import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/load-config.js';
import { lemmasOf } from '../../../src/language/decompound.js';
import { loadSwedishDictionary } from '../../../src/language/sv-dictionary.js';
import { englishPhrases, synonymsFrom } from '../../../src/search/synonyms.js';

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

describe('multi-word English terms in a query', () => {
  const phrases = englishPhrases({
    groups: [
      { sv: ['konsthall', 'konsthallen'], en: ['art gallery', 'art galleries'], topic: 'venues' },
      { sv: ['allsång'], en: ['sing-along'], topic: 'activities' },
      { sv: ['bastu'], en: ['sauna'], topic: 'core' },
      { sv: ['afterski'], en: ['après ski'], topic: 'activities' },
      { sv: ['frågestund'], en: ['q&a (live)'], topic: 'formats' },
      { sv: ['barnteater'], en: ["children's theatre"], topic: 'culture' },
      { sv: ['morsdag'], en: ['mother’s day'], topic: 'seasons' },
    ],
  });

  it('become their Swedish word, whatever the case, spacing or hyphen', () => {
    expect(phrases('art gallery')).toBe('konsthall');
    expect(phrases('Art  Galleries in Växjö')).toBe('konsthall in Växjö');
    expect(phrases('sing along tonight')).toBe('allsång tonight');
  });

  it('match terms with letters beyond ASCII and with characters that mean something in a pattern', () => {
    expect(phrases('après ski')).toBe('afterski');
    expect(phrases('Q&A (live) idag')).toBe('frågestund idag');
    expect(phrases("children's theatre")).toBe('barnteater');
    // As a phone types it.
    expect(phrases('Children’s theatre')).toBe('barnteater');
    // And a glossary written with the typographic one matches the plain one typed.
    expect(phrases("mother's day")).toBe('morsdag');
  });

  it('leave one-word terms to the engine\'s synonyms, words inside other words and quoted phrases alone', () => {
    expect(phrases('sauna')).toBe('sauna');
    expect(phrases('smart gallery')).toBe('smart gallery');
    expect(phrases('"art gallery"')).toBe('"art gallery"');
  });
});
