import { describe, expect, it } from 'vitest';
import { jsonldAdapter } from '../../../../../indexer/sources/jsonld/index.js';
import { jsonldSourceSchema } from '../../../../../src/config/source-types/jsonld.js';
import { byTitle, ctx, doc, fixtureFile } from '../fixture.js';

/*
 * schema.org allows a text in several languages as language-tagged values ({"@language": "en", "@value": …}), and a
 * bilingual site may describe one event once per language (one @id, `inLanguage` "sv" and "en"). Images may be
 * ImageObjects with a caption, a description or a name.
 */

const source = jsonldSourceSchema.parse({ id: 'teater', type: 'jsonld', url: 'https://teater.example.se/', options: {} });
const { events, rejects } = jsonldAdapter.parse(doc('https://teater.example.se/program', fixtureFile('jsonld/jsonld-languages.html')), source, ctx);

describe('JSON-LD English texts', () => {
  it('take the page\'s language for the main text and the English-tagged value apart, whatever the order', () => {
    expect(rejects).toEqual([]);
    const e = byTitle(events, 'Ett drömspel');
    expect(e?.description).toBe('<p>Strindbergs drömlika pjäs.</p>');
    expect(e?.english).toEqual({ title: 'A Dream Play', description: '<p>Strindberg\'s dreamlike play.</p>' });
  });

  it('merge an event described once per language into one event with its English version', () => {
    const e = byTitle(events, 'Vispoesi i foajén');
    expect(events.filter((x) => x.uid === e?.uid)).toHaveLength(1);
    expect(byTitle(events, 'Ballads in the foyer')).toBeUndefined();
    expect(e?.english).toEqual({ title: 'Ballads in the foyer', description: 'Songs with a trio.' });
  });

  it('give none to an event in one language', () => {
    expect(byTitle(events, 'Lunchvisning')?.english ?? null).toBeNull();
  });
});

describe('JSON-LD image alt text', () => {
  it('is an ImageObject\'s caption, else its description; file names are not descriptions', () => {
    expect(byTitle(events, 'Ett drömspel')?.imageAlt).toBe('Två skådespelare på en scen mellan röda ridåer');
    expect(byTitle(events, 'Vispoesi i foajén')?.imageAlt).toBe('En gitarrist och en sångerska i foajén');
  });

  it('is null for an image given only as a URL', () => {
    const e = byTitle(events, 'Lunchvisning');
    expect(e?.image).toBe('https://teater.example.se/bilder/lunch.jpg');
    expect(e?.imageAlt).toBeNull();
  });
});
