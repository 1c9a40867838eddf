import { describe, expect, it } from 'vitest';
import type { KioskConfig } from '../../../../src/config/kiosks-schema.js';
import { facetVocabulary } from '../../../../src/domain/facets.js';
import { parseSearchParams } from '../../../../src/domain/search-query.js';
import { kioskQuery, readKioskChoice } from '../../../../src/web/kiosk/choice.js';
import { kioskTouch } from '../../../../src/web/view-models/kiosk-touch.js';

/** Monday 5 January 2026, 09:00 in Stockholm. */
const NOW = Date.UTC(2026, 0, 5, 8) / 1000;
const TZ = 'Europe/Stockholm';
const vocab = facetVocabulary({
  taxonomy: { categories: [{ id: 'music', sv: 'Musik', en: 'Music' }, { id: 'sport', sv: 'Sport', en: 'Sport' }], audiences: [], accessibility: [] },
  areas: [{ id: 'centrum', name: 'Centrum' }],
});
const kiosk = {
  id: 'turistbyran', name: 'Turistbyrån', location: { lat: 56.879, lng: 14.8056, name: { sv: 'Turistbyrån', en: 'the tourist office' } },
  orientation: 'portrait', languages: ['sv', 'en'], idle: { afterSeconds: 75, countdownSeconds: 10 }, refreshSeconds: 60,
  rotateSeconds: 8, versionCheckSeconds: 60, nightlyReload: '04:30', emphasis: ['music'], token: null,
} satisfies KioskConfig;
const ctx = { lang: 'sv' as const, tz: TZ, now: NOW, label: (_field: string, id: string) => id };
const nothing = { q: '', category: null, when: null };
const results = { lang: 'sv' as const, heading: '', cards: [], empty: null };

describe('the kiosk’s category chips', () => {
  it('send what the kiosk reads back as the search’s category, the same parameter the search page uses', () => {
    const chips = kioskTouch(kiosk, ['music', 'sport'], results, nothing, ctx).categories;
    const sport = chips.find((c) => c.value === 'sport');
    expect(sport).toBeDefined();
    // The browser submits the chip as name=value.
    const submitted = { [sport?.name ?? '']: sport?.value };
    const choice = readKioskChoice(submitted, vocab);
    expect(choice.category).toBe('sport');
    expect(kioskQuery(choice, kiosk, vocab, NOW, TZ).facets.categories).toEqual(['sport']);
    expect(parseSearchParams(submitted, vocab).facets.categories).toEqual(['sport']);
  });

  it('drop a category the taxonomy does not know', () => {
    const name = kioskTouch(kiosk, ['music'], results, nothing, ctx).categories[0]?.name ?? '';
    expect(readKioskChoice({ [name]: 'nope' }, vocab).category).toBeNull();
  });
});
