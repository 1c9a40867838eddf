import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SOURCES_ADMIN_TOKEN, type SourcesSite, startSourcesSite } from '../support/sources-site.js';

const text = (html: string) => html.replace(/<\/?strong>/g, '').replace(/<[^>]+>/g, ' ').replace(/&#x3D;/g, '=').replace(/&quot;/g, '"').replace(/\s+/g, ' ');

describe('the editors\' source page', () => {
  let site: SourcesSite;

  beforeAll(async () => {
    site = await startSourcesSite();
  });

  afterAll(async () => {
    await site?.close();
  });

  const page = async (p = '/admin/sources') => text(await (await fetch(`${site.url}${p}`, { headers: { authorization: `Bearer ${SOURCES_ADMIN_TOKEN}` } })).text());

  it('sums up first: how many sources fail, how many only warn; the failing source comes first, then the warning', async () => {
    const html = await page();
    expect(html).toContain('1 av 3 källor har fel. 1 till har poster som inte kunde läsas.');
    expect(html.indexOf('Flyttad fil')).toBeLessThan(html.indexOf('Föreningarnas kalkylark'));
    expect(html.indexOf('Föreningarnas kalkylark')).toBeLessThan(html.indexOf('Kalendern'));
  });

  it('explains a failure in plain words with what to do, the code only as detail', async () => {
    const html = await page();
    expect(html).toContain('Flyttad fil Fel: senaste läsningen misslyckades');
    expect(html).toContain('Filen finns inte. Gör så här: Kontrollera sökvägen (/no/such/feed.ics) i källfilen');
    expect(html).toMatch(/Teknisk information FEED_FETCH_FAILED: .*ENOENT/);
  });

  it('warns about a source that rejected some rows, naming each row so an editor can find it', async () => {
    const html = await page();
    expect(html).toMatch(/Föreningarnas kalkylark Varning: 5 av 7 poster kunde inte läsas/);
    expect(html).toMatch(/rad 3 no title/);
    expect(html).toContain('rad 4 (Fel datum) unreadable start "19/6 kl 18"');
    expect(html).toContain('rad 5 (Konstig typ) unknown typ "festival"');
    expect(html).not.toContain('Kalendern Varning');
  });

  it('says what was wrong with each rejected row in plain words and what to do, the adapter\'s words as detail', async () => {
    const html = await page();
    expect(html).toContain('Posten saknar rubrik. Gör så här: Ge evenemanget en rubrik (titel) i flödet. rad 3 no title');
    expect(html).toContain('Starttiden går inte att läsa. Gör så här: Skriv datum och tid som 2026-06-19 18:00');
    expect(html).toContain('Typen är okänd. Gör så här: Skriv ”evenemang” eller ”upplevelse” i kolumnen typ. rad 5 (Konstig typ)');
    expect(html).toContain('Raden har inte lika många celler som rubrikraden.');
    // Every row's reason is one the page knows how to explain.
    expect(html).not.toContain('Posten kunde inte läsas.');
    const en = await page('/en/admin/sources');
    expect(en).toContain('The start time cannot be read. What to do: Write the date and time as 2026-06-19 18:00');
  });

  it('says how long ago the run was and when the next one is', async () => {
    const html = await page();
    expect(html).toMatch(/Senaste körning: för 3 minuter sedan \(mån 5 jan\. 09:0\d\)/);
    expect(html).toContain('Nästa körning om 12 minuter (mån 5 jan. 09:15).');
    expect(await page('/en/admin/sources')).toContain('1 of 3 sources are failing.');
  });
});
