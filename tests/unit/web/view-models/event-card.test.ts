import { readFileSync } from 'node:fs';
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { presetRange } from '../../../../src/domain/date-range.js';
import type { FacetVocabulary } from '../../../../src/domain/facets.js';
import { fromWallTime } from '../../../../src/domain/time.js';
import type { Scored } from '../../../../src/feed/rank.js';
import { NO_INTERESTS } from '../../../../src/feed/interests.js';
import type { Candidate, EventSummary } from '../../../../src/search/ports.js';
import { t } from '../../../../src/web/i18n.js';
import { type FormatContext, toEventCard, whenOf, withoutNote } from '../../../../src/web/view-models/event-card.js';
import { homePageModel } from '../../../../src/web/view-models/home-page.js';

const TZ = 'Europe/Stockholm';
const place = { lat: 56.8777, lng: 14.8091, country: 'se' };
/** Monday 30 November 2026, 09:00 in Stockholm. */
const NOW = fromWallTime({ year: 2026, month: 11, day: 30, hour: 9, minute: 0, second: 0 }, TZ);
const opening = { now: NOW, place };
const sv: FormatContext = { lang: 'sv', tz: TZ, opening };
const en: FormatContext = { lang: 'en', tz: TZ, opening };
const within = (preset: 'tomorrow' | 'weekend', ctx: FormatContext): FormatContext => ({ ...ctx, opening: { ...opening, range: presetRange(preset, NOW, TZ) } });

function placeHit(over: Partial<EventSummary>): EventSummary {
  return {
    id: 'p', eventId: 'p', kind: 'experience', status: 'scheduled', title: 'Smålands museum', lang: 'sv', englishTitle: null, englishText: null,
    categories: [], area: 'centrum', areaName: 'Centrum', venue: { name: 'Smålands museum', address: null }, startsAt: 0, endsAt: 4_102_444_800,
    allDay: false, openingHours: 'Tu-Fr 10:00-17:00; Sa-Su 11:00-17:00', openingHoursText: 'Tis–fre 10–17, lör–sön 11–17', setting: 'indoor',
    indoor: true, free: false, price: null, priceRange: null, audience: [], url: null, image: null, picture: null, source: 's', geo: null,
    relevance: null, titleMarked: { text: 'Smålands museum', marks: [] }, snippet: { text: '', marks: [] }, distanceM: null, ...over,
  } as EventSummary;
}

const museum = placeHit({});
const allDay = placeHit({ title: 'Linnéparken', openingHours: '24/7', openingHoursText: 'Öppet dygnet runt' });
const unparsed = placeHit({ title: 'Växjö domkyrka', openingHours: null, openingHoursText: 'Dagligen 9–16 (begränsat vid gudstjänster)' });

describe('a place\'s card under a date filter', () => {
  it('says today\'s opening without one', () => {
    expect(toEventCard(museum, sv)).toMatchObject({ when: 'Stängt idag', closed: true });
  });

  it('says the first opening in the window: tomorrow, or the weekend\'s first open day', () => {
    expect(toEventCard(museum, within('tomorrow', sv))).toMatchObject({ when: 'Öppet imorgon 10–17', closed: false });
    expect(toEventCard(museum, within('weekend', sv))).toMatchObject({ when: 'Öppet lör 11–17', closed: false });
    expect(toEventCard(museum, within('weekend', en))).toMatchObject({ when: 'Open Sat 11:00–17:00', closed: false });
    expect(whenOf(museum, within('tomorrow', en))).toBe('Open tomorrow 10:00–17:00');
  });
});

describe('a place\'s hours on the English site', () => {
  it('are our own English words when they were parsed, not the feed\'s Swedish', () => {
    expect(toEventCard(allDay, en)).toMatchObject({ when: 'Open 24 hours', whenForeign: null, alwaysOpen: true });
    expect(toEventCard(museum, en).whenForeign).toBeNull();
  });

  it('fall back to the feed\'s words only when nothing was parsed, marked as Swedish', () => {
    const card = toEventCard(unparsed, en);
    expect(card.when).toBe('Open: Dagligen 9–16 (begränsat vid gudstjänster)');
    expect(card.whenForeign).toEqual({ label: 'Open', text: 'Dagligen 9–16 (begränsat vid gudstjänster)', lang: 'sv' });
    expect(toEventCard(unparsed, sv).whenForeign).toBeNull();
  });

  it('render the feed\'s words in a span with their language', () => {
    const hbs = Handlebars.create();
    hbs.registerPartial('media/image', '');
    const render = hbs.compile(readFileSync(new URL('../../../../views/partials/search/card.hbs', import.meta.url), 'utf8'));
    expect(render(toEventCard(unparsed, en))).toContain('<p class="card-when">Open: <span lang="sv">Dagligen 9–16 (begränsat vid gudstjänster)</span></p>');
    expect(render(toEventCard(allDay, en))).toContain('<p class="card-when">Open 24 hours</p>');
  });
});

describe('a place open around the clock on the home page', () => {
  it('does not add "Open now" beside "Open 24 hours"', () => {
    const scored = (hit: EventSummary): Scored => ({
      candidate: { ...hit, openWeekdays: [1, 2, 3, 4, 5, 6, 7] } as Candidate, score: 1, parts: { interest: 0, time: 0, place: 0, weather: 0 },
      reasons: [{ kind: 'open-now' }], suppressed: false, weather: null, distanceM: null,
    });
    const vocab = { categories: new Map(), audience: new Map(), area: new Map() } as unknown as FacetVocabulary;
    const ctx = { ...en, label: (_f: string, v: string) => v, vocab, alternate: null, interests: NO_INTERESTS, area: null, venues: [] };
    const cafe = placeHit({ title: 'Kafé', openingHours: 'Mo-Su 08:00-18:00' });
    const model = homePageModel({ now: NOW, top: [scored(allDay), scored(cafe)], sections: [], forecast: null, personal: false }, ctx);
    expect(model.top.map((c) => [c.when, c.reasons])).toEqual([
      ['Open 24 hours', []],
      ['Open today 8:00–18:00', ['Open now']],
    ]);
  });
});

function eventHit(over: Partial<EventSummary>): EventSummary {
  return placeHit({
    id: 'e', eventId: 'e', kind: 'event', title: 'Gatukonst – guidad vandring', venue: { name: 'Växjö konsthall', address: null },
    startsAt: NOW + 86_400, endsAt: NOW + 90_000, openingHours: null, openingHoursText: null, titleMarked: { text: 'Gatukonst – guidad vandring', marks: [] },
    ...over,
  });
}

const renderCard = (lang: 'sv' | 'en') => {
  const hbs = Handlebars.create();
  hbs.registerPartial('media/image', '');
  hbs.registerHelper('t', (key: string) => t(lang, key));
  return hbs.compile(readFileSync(new URL('../../../../views/partials/search/card.hbs', import.meta.url), 'utf8'));
};

describe('the feed\'s words on a card on the English site', () => {
  it('mark a price as written as Swedish; an amount is in our English words', () => {
    const included = eventHit({ price: 'Ingår i entrén' });
    expect(toEventCard(included, en)).toMatchObject({ price: 'Ingår i entrén', priceLang: 'sv' });
    expect(toEventCard(included, sv)).toMatchObject({ price: 'Ingår i entrén', priceLang: null });
    expect(toEventCard(eventHit({ price: 'Pris 80–120 kr', priceRange: { from: 80, to: 120 } }), en)).toMatchObject({ price: 'from SEK 80', priceLang: null });
    expect(renderCard('en')(toEventCard(included, en))).toContain('<li class="badge badge-price" lang="sv">Ingår i entrén</li>');
  });

  it('mark the venue\'s name as Swedish', () => {
    expect(toEventCard(eventHit({}), en).venueLang).toBe('sv');
    expect(toEventCard(eventHit({}), sv).venueLang).toBeNull();
    expect(renderCard('en')(toEventCard(eventHit({}), en))).toContain('<p class="card-where"><span lang="sv">Växjö konsthall</span> · Centrum</p>');
  });
});

describe('a feed\'s short English note on a card', () => {
  const text = 'Upptäck väggmålningar, skulpturer och glaskonst i stadsrummet tillsammans med konsthallens guide. Pris 50 kr. In English: The guide can…';
  const streetArt = eventHit({
    englishText: 'In English: The guide can answer questions in English.',
    snippet: { text, marks: [[text.indexOf('skulpturer'), text.indexOf(' och glas')], [text.indexOf('guide can'), text.indexOf(' can…')]] },
  });

  it('goes beside the Swedish excerpt, which is marked as Swedish and leaves the note out', () => {
    const card = toEventCard(streetArt, en);
    expect(card.snippetSafeHtml).toBe('Upptäck väggmålningar, <mark>skulpturer</mark> och glaskonst i stadsrummet tillsammans med konsthallens guide. Pris 50 kr.');
    expect(card.snippetLang).toBe('sv');
    expect(card.note).toBe('The guide can answer questions in English.');
    const html = renderCard('en')(card);
    expect(html).toContain('<p class="card-snippet" lang="sv">Upptäck');
    expect(html).toContain('<p class="card-note">In English: The guide can answer questions in English.</p>');
  });

  it('is not on the Swedish site\'s card, and a translation still replaces the Swedish excerpt', () => {
    expect(toEventCard(streetArt, sv)).toMatchObject({ note: null, snippetSafeHtml: expect.stringContaining('In English: The <mark>guide</mark> can') });
    const translated = toEventCard(eventHit({ englishText: 'A guided walk among murals and sculptures.', snippet: { text, marks: [] } }), en);
    expect(translated).toMatchObject({ snippetSafeHtml: 'A guided walk among murals and sculptures.', snippetLang: null, note: null });
  });

  it('leaves no excerpt when the excerpt was cut from inside the note', () => {
    expect(withoutNote({ text: '…can answer questions in English.', marks: [[21, 30]] }, 'The guide can answer questions in English.')).toEqual({ text: '', marks: [] });
    expect(withoutNote({ text: 'Pris 50 kr. På engelska:', marks: [] }, 'Ask in English.')).toEqual({ text: 'Pris 50 kr.', marks: [] });
  });
});
