import { describe, expect, it } from 'vitest';
import { csvAdapter } from '../../../../../indexer/sources/csv/index.js';
import { csvSourceSchema } from '../../../../../src/config/source-types/csv.js';
import { ctx, doc, realWorldFile } from '../fixture.js';

const source = csvSourceSchema.parse({ id: 'helsingborg', type: 'csv', url: 'https://example.se/cbis.csv', options: { profile: 'cbis' } });
const { events, rejects } = csvAdapter.parse(doc('https://example.se/cbis.csv', realWorldFile('cbis/helsingborg-cbis-export.csv')), source, ctx);
const byTitle = (title: string) => events.find((e) => e.title === title);

describe('a CBIS product export from Helsingborg', () => {
  it('accounts for all 1 267 products: 1 235 experiences and 32 expired rejects', () => {
    expect(events.length + rejects.length).toBe(1267);
    expect(events).toHaveLength(1235);
    expect(rejects).toHaveLength(32);
    expect(rejects.every((r) => /^expired on \d{4}-\d{2}-\d{2}$/.test(r.reason))).toBe(true);
    expect(rejects[0]).toEqual({ ref: 'line 27 (Vasatorp GK TC)', reason: 'expired on 2020-01-02' });
  });

  it('imports products as experiences without dated occurrences', () => {
    expect(events.every((e) => e.kind === 'experience' && e.occurrences.length === 0)).toBe(true);
  });

  it('a CBIS export in Windows-1252 keeps å, ä and ö', () => {
    expect(byTitle('Raus stenkärlsfabrik')?.uid).toBe('cbis:335857');
    expect(byTitle('Krogen på Wallåkra Stenkärlsfabrik')).toBeDefined();
    expect(events.some((e) => e.title.includes('ö'))).toBe(true);
    expect(events.some((e) => /[\u0080-\u009f\ufffd]/.test(e.title + e.description))).toBe(false);
  });

  it('decodes Windows-1252 punctuation that Node decodes as Latin-1', () => {
    expect(byTitle('Wayne´s Coffe')?.description).toMatch(/^Huvudsakligen går man till Wayne’s för att dricka kaffe\./);
  });

  it('reads decimal-comma coordinates, the address columns and the packed image cell', () => {
    const cafe = byTitle('Wayne´s Coffe');
    expect(cafe?.geo).toEqual({ lat: 56.0472818, lng: 12.6924915 });
    expect(cafe?.address).toBe('Rådhustorget 12, 252 21 Helsingborg');
    expect(cafe?.image).toBe('http://images.citybreak.com/image.aspx?ImageId=3084813');
    expect(cafe?.categoriesRaw).toEqual(['Mat & Dryck', 'Kafé']);
    expect(cafe?.url).toBe('http://www.waynescoffee.se/');
    expect(cafe?.lang).toBe('sv');
  });

  it('keeps a product with 0;0 coordinates but without a position', () => {
    const chapel = byTitle('Arilds kapell');
    expect(chapel).toBeDefined();
    expect(chapel?.geo).toBeNull();
    expect(events.filter((e) => e.geo === null)).toHaveLength(28);
  });

  it('gives scheme-less websites a scheme and reads price texts', () => {
    expect(events.filter((e) => e.url?.startsWith('http://www.hembygd.se/ronnebergsharad')).length).toBeGreaterThan(0);
    expect(events.filter((e) => e.free === true).length).toBeGreaterThan(0);
    const paid = events.find((e) => e.price === 'Vuxen 80 Sek');
    expect(paid?.free).toBe(false);
  });
});
