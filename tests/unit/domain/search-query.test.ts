import { describe, expect, it } from 'vitest';
import { facetVocabulary } from '../../../src/domain/facets.js';
import { parseSearchParams } from '../../../src/domain/search-query.js';

const vocab = facetVocabulary({
  taxonomy: {
    categories: [{ id: 'music', sv: 'Musik', en: 'Music' }, { id: 'sport', sv: 'Sport', en: 'Sport' }],
    audiences: [{ id: 'children-family', sv: 'Barn', en: 'Children' }],
    accessibility: [],
  },
  areas: [{ id: 'centrum', name: 'Centrum' }, { id: 'teleborg', name: 'Teleborg' }],
});

describe('parseSearchParams', () => {
  it('keeps known values, drops unknown ones and duplicates', () => {
    const q = parseSearchParams({ category: ['music', 'nope', 'music'], area: 'teleborg,mars' }, vocab);
    expect(q.facets.categories).toEqual(['music']);
    expect(q.facets.area).toEqual(['teleborg']);
  });

  it('never splits the free text on commas, only list parameters', () => {
    const q = parseSearchParams({ q: 'jazz,konsert', category: 'music,sport' }, vocab);
    expect(q.q).toBe('jazz,konsert');
    expect(q.facets.categories).toEqual(['music', 'sport']);
    expect(parseSearchParams({ q: ',Nyårskonsert' }, vocab).q).toBe(',Nyårskonsert');
  });

  it('reads yes/no words for boolean facets, the first value only', () => {
    expect(parseSearchParams({ free: 'ja' }, vocab).facets.free).toEqual(['true']);
    expect(parseSearchParams({ indoor: ['no', 'yes'] }, vocab).facets.indoor).toEqual(['false']);
    expect(parseSearchParams({ free: 'maybe' }, vocab).facets.free).toEqual([]);
  });

  it('cuts text at 200 characters and folds whitespace', () => {
    const q = parseSearchParams({ q: `  jazz   ${'x'.repeat(300)}` }, vocab);
    expect(q.q.length).toBe(200);
    expect(q.q.startsWith('jazz x')).toBe(true);
  });

  it('clamps pages, ignores garbage and non-string values', () => {
    expect(parseSearchParams({ page: '99999' }, vocab).page).toBe(500);
    expect(parseSearchParams({ page: '-3' }, vocab).page).toBe(1);
    expect(parseSearchParams({ page: 'abc', q: { $ne: 1 } }, vocab)).toMatchObject({ page: 1, q: '' });
  });

  it('accepts nearest only with a valid location', () => {
    expect(parseSearchParams({ sort: 'nearest' }, vocab).sort).toBe('relevance');
    expect(parseSearchParams({ sort: 'nearest', lat: '56.87', lng: '14.80' }, vocab)).toMatchObject({ sort: 'nearest', near: { lat: 56.87, lng: 14.8 } });
    expect(parseSearchParams({ sort: 'nearest', lat: '956', lng: '14' }, vocab).near).toBeNull();
  });
});
