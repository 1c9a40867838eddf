import { describe, expect, it } from 'vitest';
import { createEnrichers } from '../../../../indexer/enrich/enrichers.js';
import { toDocuments } from '../../../../indexer/enrich/to-documents.js';
import type { SourceConfig } from '../../../../src/config/data-schemas.js';
import { loadConfig } from '../../../../src/config/load-config.js';
import { emptySourceEvent } from '../../../../src/domain/source-event.js';

const config = loadConfig({});
const enrich = createEnrichers(config);
const source = { id: 's', type: 'ics', url: 'x', enabled: true, defaults: {} } as SourceConfig;
const at = (venueName: string, description: string) =>
  toDocuments({ ...emptySourceEvent('u', 'Konsert'), description, venueName, occurrences: [{ startsAt: 100, endsAt: 200 }] }, source, enrich, 0)
    .docs[0]?.accessibility;

describe('accessibility', () => {
  it('comes from the venue registry', () => {
    expect(at('Växjö Konserthus', '')).toEqual(['wheelchair', 'hearing-loop']);
  });

  it('comes from words in the description', () => {
    expect(at('Någon lada', 'Föreställningen är teckenspråkstolkad och syntolkad.')).toEqual(['sign-language', 'audio-description']);
  });

  it('is empty when nothing says so', () => {
    expect(at('Någon lada', 'Välkommen!')).toEqual([]);
  });
});
