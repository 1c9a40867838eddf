import { describe, expect, it } from 'vitest';
import { icsAdapter } from '../../../../../indexer/sources/ics/index.js';
import { sourceSchema } from '../../../../../src/config/data-schemas.js';
import { byTitle, ctx, doc, fixtureFile } from '../fixture.js';

/** RFC 5545 lets SUMMARY and DESCRIPTION repeat with a LANGUAGE parameter ("SUMMARY;LANGUAGE=en:City walk"). */
const source = sourceSchema.parse({ id: 'kommun', type: 'ics', url: 'https://example.se/kalender.ics', defaults: { lang: 'sv' } });
const { events, rejects } = icsAdapter.parse(doc('https://example.se/kalender.ics', fixtureFile('ics/summary-language.ics')), source, ctx);

describe('iCalendar texts in two languages', () => {
  it('keep the Swedish SUMMARY and DESCRIPTION as the event\'s, the LANGUAGE=en ones as its English version', () => {
    expect(rejects).toEqual([]);
    const e = byTitle(events, 'Stadsvandring');
    expect(e?.description).toBe('En vandring genom gamla stan.');
    expect(e?.english).toEqual({ title: 'City walk', description: 'A walk through the old town.' });
  });

  it('give no English version when the English SUMMARY repeats the Swedish one, or there is none', () => {
    expect(byTitle(events, 'Orgelkonsert')?.english).toBeNull();
    expect(byTitle(events, 'Bokcirkel')?.english).toBeNull();
  });
});
