import { describe, expect, it } from 'vitest';
import { parseSearchParams } from '../../../src/domain/search-query.js';

const vocab = {
  categories: new Set(['music', 'sport']),
  areas: new Set(['centrum', 'teleborg']),
  audience: new Set(['children-family']),
  accessibility: new Set<string>(),
};

describe('parseSearchParams', () => {
  it('keeps known values, drops unknown ones and duplicates', () => {
    const q = parseSearchParams({ category: ['music', 'nope', 'music'], area: 'teleborg,mars' }, vocab);
    expect(q.categories).toEqual(['music']);
    expect(q.areas).toEqual(['teleborg']);
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
