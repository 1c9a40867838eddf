import { describe, expect, it } from 'vitest';
import { createEnrichers } from '../../../../indexer/enrich/enrichers.js';
import { toDocuments } from '../../../../indexer/enrich/to-documents.js';
import type { SourceConfig } from '../../../../src/config/data-schemas.js';
import { loadConfig } from '../../../../src/config/load-config.js';
import { emptySourceEvent, type SourceEvent } from '../../../../src/domain/source-event.js';

const enrich = createEnrichers(loadConfig({}));
const source = { id: 's', type: 'json', url: 'x', enabled: true, defaults: { lang: 'sv' } } as SourceConfig;
const doc = (e: Partial<SourceEvent>) => {
  const { docs, rejects } = toDocuments({ ...emptySourceEvent('u', 'Stadsvandring'), occurrences: [{ startsAt: 100, endsAt: 200 }], ...e }, source, enrich, 0);
  expect(rejects).toEqual([]);
  return docs[0];
};

describe('a document\'s English fields', () => {
  it('are the feed\'s English title and description, sanitised like the Swedish ones', () => {
    const d = doc({
      description: '<p>Följ med guiden.</p>',
      english: { title: ' City <b>walk</b> ', description: '<p onclick="x()">Follow the guide.</p><script>alert(1)</script><p>Bring shoes.</p>' },
    });
    expect(d?.englishTitle).toBe('City walk');
    expect(d?.englishDescription).toBe('<p>Follow the guide.</p><p>Bring shoes.</p>');
    expect(d?.englishText).toBe('Follow the guide. Bring shoes.');
    // The Swedish text stays as it was: searched and shown on the Swedish site.
    expect(d?.descriptionText).toBe('Följ med guiden.');
  });

  it('prefer the English description field over an "In English:" paragraph, which leaves the Swedish text all the same', () => {
    const d = doc({ description: 'Följ med guiden. In English: Short summary.', english: { title: null, description: 'The full English text.' } });
    expect(d?.englishText).toBe('The full English text.');
    expect(d?.description).toBe('<p>Följ med guiden.</p>');
  });

  it('fall back to the "In English:" paragraph, kept as HTML for the page', () => {
    const d = doc({ description: '<p>Sagor för barn.</p><p>In English: Stories for children.</p>' });
    expect(d?.englishText).toBe('Stories for children.');
    expect(d?.englishDescription).toBe('<p>Stories for children.</p>');
    expect(d?.englishTitle).toBeNull();
  });

  it('leave out an English title that only repeats the Swedish one', () => {
    expect(doc({ english: { title: 'STADSVANDRING', description: null } })?.englishTitle).toBeNull();
  });

  it('are empty without English text', () => {
    const d = doc({ description: 'Bara svenska.' });
    expect([d?.englishTitle, d?.englishText, d?.englishDescription]).toEqual([null, null, null]);
  });
});

describe('a document\'s English note', () => {
  it('is kept as a note, searched but not taken for the English description', () => {
    const d = doc({ description: 'Upptäck väggmålningar och skulpturer i stadsrummet med konsthallens guide. Pris 50 kr. In English: The guide speaks English.' });
    expect(d?.englishText).toBe('In English: The guide speaks English.');
    expect(d?.englishDescription).toBeNull();
    expect(d?.description).toBe('<p>Upptäck väggmålningar och skulpturer i stadsrummet med konsthallens guide. Pris 50 kr.</p>');
    expect(d?.descriptionText).toContain('The guide speaks English.');
  });

  it('gives way to the feed\'s English description', () => {
    const d = doc({ description: 'Upptäck väggmålningar och skulpturer i stadsrummet. In English: Ask in English.', english: { title: null, description: 'Discover murals and sculptures.' } });
    expect(d?.englishText).toBe('Discover murals and sculptures.');
  });
});
