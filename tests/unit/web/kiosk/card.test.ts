import { readFileSync } from 'node:fs';
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import type { KioskConfig } from '../../../../src/config/kiosks-schema.js';
import { presetRange } from '../../../../src/domain/date-range.js';
import { fromWallTime } from '../../../../src/domain/time.js';
import type { Scored } from '../../../../src/feed/rank.js';
import type { EventSummary, SearchPage } from '../../../../src/search/ports.js';
import type { Lang } from '../../../../src/web/i18n.js';
import { type KioskCardContext, scoredCard } from '../../../../src/web/view-models/kiosk-card.js';
import { kioskResults } from '../../../../src/web/view-models/kiosk-touch.js';

const TZ = 'Europe/Stockholm';
const place = { lat: 56.8777, lng: 14.8091, country: 'se' };
/** Monday 30 November 2026, 09:00 in Stockholm. */
const NOW = fromWallTime({ year: 2026, month: 11, day: 30, hour: 9, minute: 0, second: 0 }, TZ);
const kiosk = {
  id: 'turistbyran', name: 'Turistbyrån', location: { lat: 56.879, lng: 14.8056, name: { sv: 'Turistbyrån', en: 'the tourist office' } },
  orientation: 'portrait', languages: ['sv', 'en'], idle: { afterSeconds: 75, countdownSeconds: 10 }, refreshSeconds: 60,
  rotateSeconds: 8, versionCheckSeconds: 60, nightlyReload: '04:30', emphasis: [], token: null,
} satisfies KioskConfig;

const ctx = (lang: Lang, range: { from: number; to: number } | null = null): KioskCardContext => ({
  lang, tz: TZ, now: NOW, label: (_f, v) => v, opening: { now: NOW, place, range },
});

function placeHit(over: Partial<EventSummary>): EventSummary {
  return {
    id: 'p', eventId: 'p', kind: 'experience', status: 'scheduled', title: 'Växjö konsthall', lang: 'sv', englishTitle: null, englishText: null,
    categories: [], area: 'centrum', areaName: 'Centrum', venue: { name: 'Växjö konsthall', address: null }, startsAt: 0, endsAt: 4_102_444_800,
    allDay: false, openingHours: 'Tu-Fr 12:00-18:00; Sa 12:00-16:00', openingHoursText: 'Tis–fre 12–18, lör 12–16. Sön–mån stängt', setting: 'indoor',
    indoor: true, free: true, price: null, priceRange: null, audience: [], url: null, image: null, picture: null, source: 's', geo: null,
    relevance: null, titleMarked: { text: 'Växjö konsthall', marks: [] }, snippet: { text: '', marks: [] }, distanceM: 250, ...over,
  } as EventSummary;
}

const konsthall = placeHit({});
const domkyrkan = placeHit({ eventId: 'd', title: 'Växjö domkyrka', openingHours: null, openingHoursText: 'Dagligen 9–16 (begränsat vid gudstjänster)' });
const park = placeHit({ eventId: 'l', title: 'Linnéparken', openingHours: '24/7', openingHoursText: 'Öppet dygnet runt', setting: 'outdoor' });
const page = (hits: EventSummary[]): SearchPage => ({ total: hits.length, page: 1, totalPages: 1, hits, facets: {} as SearchPage['facets'], dateCounts: {}, correction: null, allWords: true });

const hbs = Handlebars.create();
const cardBody = hbs.compile(readFileSync(new URL('../../../../views/partials/kiosk/card-body.hbs', import.meta.url), 'utf8'));

describe('a price on a kiosk card', () => {
  it('is the feed\'s own words marked with their language on an English screen, and our words for an amount', () => {
    const written = placeHit({ eventId: 'w', free: false, price: 'Ingår i entrén' });
    const [card] = kioskResults(page([written]), { q: '', category: null, when: null }, kiosk, ctx('en')).cards;
    expect([card?.price, card?.priceLang]).toEqual(['Ingår i entrén', 'sv']);
    expect(cardBody(card)).toContain('<span class="k-badge" lang="sv">Ingår i entrén</span>');
    const amount = placeHit({ eventId: 'a', free: false, price: '80 kr', priceRange: { from: 80, to: 80 } });
    const [paid] = kioskResults(page([amount]), { q: '', category: null, when: null }, kiosk, ctx('en')).cards;
    expect(paid?.priceLang).toBeNull();
    // On a Swedish screen the Swedish words need no mark.
    expect(kioskResults(page([written]), { q: '', category: null, when: null }, kiosk, ctx('sv')).cards[0]?.priceLang).toBeNull();
  });
});

describe('a place on a kiosk card', () => {
  it('under a time chip says its first opening in that window, not today\'s', () => {
    const tomorrow = presetRange('tomorrow', NOW, TZ);
    const results = kioskResults(page([konsthall]), { q: '', category: null, when: 'tomorrow' }, kiosk, ctx('sv', tomorrow));
    expect(results.cards[0]?.when).toBe('Öppet imorgon 12–18');
    expect(kioskResults(page([konsthall]), { q: '', category: null, when: 'tomorrow' }, kiosk, ctx('en', tomorrow)).cards[0]?.when).toBe('Open tomorrow 12:00–18:00');
    // The list's heading names the chips chosen (they step aside while the keyboard is open).
    expect(results.heading).toBe('1 träff · Imorgon');
    // Without a chip: today's.
    expect(kioskResults(page([konsthall]), { q: '', category: null, when: null }, kiosk, ctx('sv')).cards[0]?.when).toBe('Stängt idag');
  });

  it('marks the feed\'s own words for its hours with their language on an English screen', () => {
    const [card] = kioskResults(page([domkyrkan]), { q: 'domkyrka', category: null, when: null }, kiosk, ctx('en')).cards;
    expect(card?.whenForeign).toEqual({ label: 'Open', text: 'Dagligen 9–16 (begränsat vid gudstjänster)', lang: 'sv' });
    expect(cardBody(card)).toContain('<span class="k-card-when">Open: <span lang="sv">Dagligen 9–16 (begränsat vid gudstjänster)</span></span>');
    // Parsed hours are our own words, in the screen's language.
    const [parsed] = kioskResults(page([konsthall]), { q: '', category: null, when: null }, kiosk, ctx('en')).cards;
    expect(cardBody(parsed)).toContain('<span class="k-card-when">Closed today</span>');
    // A Swedish screen: the words are the screen's own.
    expect(cardBody(kioskResults(page([domkyrkan]), { q: '', category: null, when: null }, kiosk, ctx('sv')).cards[0])).toContain('<span class="k-card-when">Öppet: Dagligen');
  });

  it('says "open around the clock" once: no "Öppet nu" beside it', () => {
    const scored = (hit: EventSummary): Scored => ({ candidate: { ...hit, geo: null } as Scored['candidate'], score: 0.5, parts: { interest: 0, time: 0.5, place: 0, weather: 0 }, reasons: [{ kind: 'open-now' }], suppressed: false, weather: null, distanceM: 120 });
    expect(scoredCard(scored(park), ctx('sv'))).toMatchObject({ when: 'Öppet dygnet runt', reason: null });
    expect(scoredCard(scored(park), ctx('en'))).toMatchObject({ when: 'Open 24 hours', reason: null });
    // A place whose hours end keeps it: open now is news.
    expect(scoredCard(scored(placeHit({ openingHours: 'Mo-Su 08:00-17:00' })), ctx('sv'))).toMatchObject({ when: 'Öppet idag 8–17', reason: 'Öppet nu' });
  });
});
