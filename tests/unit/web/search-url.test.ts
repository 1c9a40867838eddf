import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/load-config.js';
import { readSearchInput, vocabularyOf } from '../../../src/web/search-input.js';
import { searchHref } from '../../../src/web/search-url.js';

const config = loadConfig({});
const vocab = vocabularyOf(config);
const now = Date.UTC(2026, 0, 5, 8) / 1000;
const input = (params: Record<string, string | string[]>) => readSearchInput(params, vocab, now, config.app.site.timeZone);

describe('the search URL builder', () => {
  it('keeps the page size on every link it makes', () => {
    const i = input({ per_page: '5', category: 'music' });
    expect(searchHref(i, 'sv', { page: '2' })).toBe('/sok?category=music&per_page=5&page=2');
    expect(searchHref(i, 'sv')).toBe('/sok?category=music&per_page=5');
    // The default size is not written out.
    expect(searchHref(input({ per_page: '20' }), 'sv', { page: '2' })).toBe('/sok?page=2');
  });

  it('writes a chosen date preset, but not one that came from words in the text', () => {
    expect(searchHref(input({ q: 'jazz', when: 'weekend' }), 'sv')).toBe('/sok?q=jazz&when=weekend');
    expect(searchHref(input({ q: 'jazz i helgen' }), 'sv')).toBe('/sok?q=jazz+i+helgen');
    expect(searchHref(input({ from: '2026-01-10', to: '2026-01-12' }), 'sv')).toBe('/sok?from=2026-01-10&to=2026-01-12');
  });

  it('keeps a location, and the sort that uses it', () => {
    const i = input({ sort: 'nearest', lat: '56.87', lng: '14.8' });
    expect(searchHref(i, 'sv', { page: '2' })).toBe('/sok?sort=nearest&lat=56.87&lng=14.8&page=2');
  });

  it('switches language with the same search', () => {
    const i = input({ q: 'jazz', category: ['music', 'theatre'], free: 'true' });
    expect(searchHref(i, 'en')).toBe('/en/search?q=jazz&category=music&category=theatre&free=true');
  });

  it('removes a parameter with null and replaces a list', () => {
    const i = input({ q: 'jazz', category: ['music', 'theatre'], page: '3' });
    expect(searchHref(i, 'sv', { category: ['theatre'], page: null })).toBe('/sok?q=jazz&category=theatre');
    expect(searchHref(i, 'sv', { q: null, category: null, page: null })).toBe('/sok');
  });
});
