import { describe, expect, it } from 'vitest';
import { jsonAdapter } from '../../../../../indexer/sources/json/index.js';
import { sourceSchema } from '../../../../../src/config/data-schemas.js';
import { jsonSourceSchema } from '../../../../../src/config/source-types/json.js';
import { ctx, doc, fixtureFile } from '../fixture.js';

const source = (mapping: Record<string, unknown> = { items: '/events', title: 'title', start: 'start' }) =>
  jsonSourceSchema.parse({ id: 'api', type: 'json', url: 'https://example.se/api', options: { mapping } });

describe('json documents that cannot be read', () => {
  it('a file that is not UTF-8 yields no events and one reject saying so', () => {
    const result = jsonAdapter.parse(doc('https://example.se/a.json', fixtureFile('json/invalid-utf8.json')), source({ title: 'title', start: 'start' }), ctx);
    expect(result).toEqual({ events: [], rejects: [{ ref: 'https://example.se/a.json', reason: 'not valid UTF-8 (JSON must be UTF-8)' }] });
  });

  it('a truncated file yields no events and one invalid-JSON reject', () => {
    const result = jsonAdapter.parse(doc('https://example.se/t.json', fixtureFile('json/truncated.json')), source(), ctx);
    expect(result.events).toEqual([]);
    expect(result.rejects).toHaveLength(1);
    expect(result.rejects[0]?.reason).toMatch(/^invalid JSON: /);
  });

  it('an items pointer that reaches no array is one reject, as is an empty body', () => {
    const result = jsonAdapter.parse(doc('https://example.se/x', '[{"title": "A"}]'), source(), ctx);
    expect(result.rejects).toEqual([{ ref: 'https://example.se/x', reason: 'no array of items at "/events"' }]);
    expect(jsonAdapter.parse(doc('https://example.se/x', ' '), source(), ctx).rejects[0]?.reason).toBe('empty document');
  });

  it('a UTF-8 byte-order mark is not an error', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('{"events":[{"title":"Å","start":"2026-03-01"}]}')]);
    expect(jsonAdapter.parse(doc('https://example.se/x', bytes), source(), ctx).events[0]?.title).toBe('Å');
  });
});

describe('json source options', () => {
  it('require a mapping for the mapping profile and a real time zone', () => {
    const base = { id: 'api', type: 'json', url: 'https://example.se/api' };
    expect(jsonSourceSchema.safeParse({ ...base, options: {} }).success).toBe(false);
    expect(jsonSourceSchema.safeParse({ ...base, options: { profile: 'linked-events', timeZone: 'Europe/Växjö' } }).success).toBe(false);
    expect(jsonSourceSchema.parse({ ...base, options: { profile: 'linked-events' } }).options).toMatchObject({ languages: ['sv', 'en'], maxPages: 50 });
  });

  it('are part of the sources file union, beside the other formats', () => {
    const sources = [
      { id: 'a', type: 'json', url: 'https://example.se/a', options: { profile: 'linked-events' } },
      { id: 'b', type: 'jsonld', url: 'https://example.se/sitemap.xml' },
      { id: 'c', type: 'csv', url: 'data/c.csv', options: { profile: 'cbis' } },
    ].map((s) => sourceSchema.parse(s));
    expect(sources.map((s) => s.type)).toEqual(['json', 'jsonld', 'csv']);
    expect(sources[1]).toMatchObject({ options: { maxPages: 200, placesAsExperiences: false } });
    expect(sources[2]).toMatchObject({ options: { profile: 'cbis', delimiter: 'auto', encoding: 'auto' } });
  });
});
