import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/load-config.js';
import { FACETS, type FacetField } from '../../../src/domain/facets.js';
import { buildFilter } from '../../../src/search/query-filter.js';
import { indexSettings } from '../../../src/search/settings.js';
import { facetLabeller } from '../../../src/web/facet-labels.js';
import { readSearchInput, vocabularyOf } from '../../../src/web/search-input.js';
import { searchParams } from '../../../src/web/search-url.js';
import { searchChips } from '../../../src/web/view-models/search-page.js';

const config = loadConfig({});
const vocab = vocabularyOf(config);
const tz = config.app.site.timeZone;
const now = Date.UTC(2026, 0, 5, 8) / 1000;

/** A value of each facet that the shipped configuration knows (the second, so it is not just the first row). */
function sampleValue(field: FacetField): string {
  const values = [...vocab[field].keys()];
  return values[1] ?? (values[0] as string);
}

describe('the facet table', () => {
  it.each(FACETS.map((f) => [f.field, f] as const))('%s round-trips URL → query → filter → chip → URL', (field, facet) => {
    const value = sampleValue(field);
    const input = readSearchInput({ q: 'jazz', [facet.param]: value }, vocab, now, tz);
    expect(input.query.facets[field]).toEqual([value]);
    // The filter constrains that field, with the value quoted (lists) or as a boolean.
    const filter = buildFilter(input.query, now, tz);
    expect(filter).toContain(facet.kind === 'boolean' ? `${field} = ${value}` : `${field} IN ["${value}"]`);
    expect(buildFilter(input.query, now, tz, field)).not.toContain(`${field} `);
    // One chip, with the visitor's label, whose link drops exactly that facet.
    const label = facetLabeller(vocab, 'sv');
    const chips = searchChips(input, label, 'sv');
    expect(chips.map((c) => c.label)).toEqual([label(field, value)]);
    expect(chips[0]?.label).not.toBe(facet.kind === 'boolean' ? value : '');
    expect(chips[0]?.removeHref).toBe('/sok?q=jazz');
    // The canonical URL brings it back.
    expect(searchParams(input).toString()).toBe(new URLSearchParams({ q: 'jazz', [facet.param]: value }).toString());
  });

  it('drops values the vocabulary does not know, and facets nobody chose', () => {
    const input = readSearchInput({ category: ['music', 'not-a-category'], area: 'mars' }, vocab, now, tz);
    expect(input.query.facets.categories).toEqual(['music']);
    expect(input.query.facets.area).toEqual([]);
  });

  it('labels fixed values from the messages and data values from the operator files, in both languages', () => {
    expect(facetLabeller(vocab, 'sv')('free', 'true')).toBe('Gratis');
    expect(facetLabeller(vocab, 'en')('kind', 'experience')).toBe('Experience');
    expect(facetLabeller(vocab, 'en')('categories', 'music')).toBe(config.taxonomy.categories.find((c) => c.id === 'music')?.en);
  });

  it('makes every facet filterable in the index settings', () => {
    const filterable = indexSettings(config).filterableAttributes ?? [];
    for (const f of FACETS) expect(filterable).toContain(f.field);
  });
});
