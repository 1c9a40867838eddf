import { describe, expect, it } from 'vitest';
import type { KioskConfig } from '../../../../src/config/kiosks-schema.js';
import type { Feed } from '../../../../src/feed/feed-service.js';
import type { Reason, Scored } from '../../../../src/feed/rank.js';
import type { Candidate } from '../../../../src/search/ports.js';
import { attractModel } from '../../../../src/web/view-models/kiosk-attract.js';

/** Monday 5 January 2026, 09:00 in Stockholm. */
const NOW = Date.UTC(2026, 0, 5, 8) / 1000;
const H = 3600;
const kiosk = {
  id: 'turistbyran', name: 'Turistbyrån', location: { lat: 56.879, lng: 14.8056, name: { sv: 'Turistbyrån', en: 'the tourist office' } },
  orientation: 'portrait', languages: ['sv', 'en'], idle: { afterSeconds: 75, countdownSeconds: 10 }, refreshSeconds: 60,
  rotateSeconds: 8, versionCheckSeconds: 60, nightlyReload: '04:30', emphasis: ['music'], token: null,
} satisfies KioskConfig;

function scored(id: string, over: Partial<Candidate>, reasons: Reason[] = [], score = 0.5): Scored {
  const candidate = {
    id, eventId: id, kind: 'event', status: 'scheduled', title: `Title ${id}`, categories: ['music'], audience: [], area: 'centrum',
    areaName: 'Centrum', venue: { name: 'Konserthuset', address: null }, startsAt: NOW + H, endsAt: NOW + 2 * H, allDay: false,
    openWeekdays: [1, 2, 3, 4, 5, 6, 7], openingHours: null, openingHoursText: null, setting: 'indoor', indoor: true, free: true,
    price: null, priceRange: null, image: null, url: null, source: 's', geo: { lat: 56.88, lng: 14.81 }, relevance: null,
    titleMarked: { text: `Title ${id}`, marks: [] }, snippet: { text: '', marks: [] }, distanceM: null, ...over,
  } as Candidate;
  return { candidate, score, parts: { interest: 0, time: 0, place: 0, weather: 0 }, reasons, suppressed: false, weather: null, distanceM: 350 };
}

const ctx = { now: NOW, tz: 'Europe/Stockholm', labelIn: () => (_f: string, v: string) => v, opening: undefined };
const OPENING = { now: NOW, place: { lat: 56.8777, lng: 14.8091, country: 'se' } };
const feed = (top: Scored[], later: Scored[] = []): Feed => ({ now: NOW, top, sections: later.length ? [{ id: 'soon', items: later }] : [], forecast: null, personal: true });

describe('the attract loop’s panels', () => {
  it('shows what is on now first, places after events, later today by time, and weather tips, none twice', () => {
    const place = scored('place', { kind: 'experience', startsAt: NOW - 24 * H, endsAt: NOW + 24 * H }, [{ kind: 'open-now' }], 0.9);
    const onNow = scored('on-now', { startsAt: NOW - H, endsAt: NOW + H }, [{ kind: 'ongoing' }], 0.4);
    const evening = scored('evening', { startsAt: NOW + 10 * H, endsAt: NOW + 11 * H });
    const afternoon = scored('afternoon', { startsAt: NOW + 6 * H, endsAt: NOW + 7 * H });
    const tomorrowWet = scored('tomorrow', { startsAt: NOW + 26 * H, endsAt: NOW + 27 * H }, [{ kind: 'indoor-wet', condition: 'rain', from: NOW + 26 * H, to: NOW + 27 * H }]);
    const model = attractModel(feed([place, evening, tomorrowWet], [onNow, afternoon]), kiosk, ctx);
    const sv = model.panels.filter((p) => p.lang === 'sv');
    expect(sv.map((p) => [p.title, p.cards.map((c) => c.eventId)])).toEqual([
      ['Just nu nära Turistbyrån', ['on-now', 'place']],
      ['Idag', ['afternoon', 'evening']],
      ['Passar vädret', ['tomorrow']],
    ]);
    expect(model.panels.filter((p) => p.lang === 'en').map((p) => p.title)).toEqual(['On now near the tourist office', 'Today', 'Suits the weather']);
    expect(new Set(model.eventIds).size).toBe(model.eventIds.length);
    expect(sv[2]?.cards[0]?.reason).toBe('Inomhus – regn väntas 11–12');
    expect(sv[1]?.cards[0]?.when).toBe('Idag 15:00–16:00');
    expect(sv[0]?.cards[0]?.where).toBe('Konserthuset · 350 m bort');
    expect(sv[0]?.cards[0]?.href).toBe('/kiosk/turistbyran/event/on-now?lang=sv');
  });

  it('never says "you chose": the screen speaks to whoever stands there', () => {
    const chosen = scored('chosen', { startsAt: NOW + H }, [{ kind: 'interest', category: 'music' }, { kind: 'starts-in', minutes: 60 }]);
    const [panel] = attractModel(feed([chosen]), kiosk, ctx).panels;
    expect(panel?.cards[0]?.reason).toBe('Om 1 h');
  });

  it('leaves out storm-suppressed cards, and says there is nothing on rather than showing an empty screen', () => {
    const storm = { ...scored('storm', {}), suppressed: true };
    const model = attractModel(feed([storm]), kiosk, ctx);
    expect(model.panels.map((p) => [p.id, p.lang, p.cards.length])).toEqual([['empty', 'sv', 0], ['empty', 'en', 0]]);
    expect(model.updated).toEqual([{ lang: 'sv', text: 'Uppdaterad 09:00' }, { lang: 'en', text: 'Updated 09:00' }]);
  });

  it('on a day with nothing more on: open places with hours before always-open ones, said once, then the coming days', () => {
    const place = (id: string, hours: string, score: number) =>
      scored(id, { kind: 'experience', startsAt: NOW - 9 * H, endsAt: NOW + 365 * 24 * H, openingHours: hours, openingHoursText: null, setting: 'outdoor' }, [{ kind: 'open-now' }], score);
    const parks = ['park-a', 'park-b', 'park-c', 'park-d'].map((id, i) => place(id, '24/7', 0.5 - i * 0.01));
    const museum = place('museum', 'Mo-Su 08:00-17:00', 0.4);
    const tomorrow = scored('tomorrow', { startsAt: NOW + 30 * H, endsAt: NOW + 32 * H }, [], 0.3);
    const friday = scored('friday', { startsAt: NOW + 4 * 24 * H, endsAt: NOW + 4 * 24 * H + H }, [], 0.35);
    const model = attractModel(feed([...parks, museum, friday, tomorrow]), kiosk, { ...ctx, opening: OPENING });
    const sv = model.panels.filter((p) => p.lang === 'sv');
    expect(sv.map((p) => [p.id, p.cards.map((c) => c.eventId)])).toEqual([
      ['now', ['museum', 'park-a', 'park-b', 'park-c']],
      ['coming', ['tomorrow', 'friday']],
    ]);
    expect(sv[0]?.cards.map((c) => [c.when, c.reason])).toEqual([
      ['Öppet idag 8–17', 'Öppet nu'],
      ['Öppet dygnet runt', null],
      ['Öppet dygnet runt', null],
      ['Öppet dygnet runt', null],
    ]);
    expect(sv[1]?.title).toBe('De närmaste dagarna');
    expect(sv[1]?.cards[0]?.when).toBe('tis 6 jan. 15:00–17:00');
    expect(model.panels.filter((p) => p.lang === 'en').map((p) => p.title)).toEqual(['On now near the tourist office', 'In the coming days']);
    expect(model.eventIds).toEqual(['museum', 'park-a', 'park-b', 'park-c', 'tomorrow', 'friday']);
  });

  it('with nothing on for days, shows more places on a second panel rather than one panel over and over', () => {
    const places = Array.from({ length: 7 }, (_, i) =>
      scored(`place-${i}`, { kind: 'experience', startsAt: NOW - 9 * H, endsAt: NOW + 365 * 24 * H, openingHours: i < 5 ? '24/7' : 'Mo-Su 11:00-16:00', openingHoursText: null }, i < 5 ? [{ kind: 'open-now' }] : [], 0.5 - i * 0.01),
    );
    // The feed ranks a place that opens later today above a closed one (time part 0.35).
    for (const p of places.slice(5)) p.parts.time = 0.35;
    const model = attractModel(feed(places.slice(0, 4), places.slice(4)), kiosk, { ...ctx, opening: OPENING });
    const sv = model.panels.filter((p) => p.lang === 'sv');
    expect(sv.map((p) => [p.title, p.cards.map((c) => c.eventId)])).toEqual([
      ['Just nu nära Turistbyrån', ['place-0', 'place-1', 'place-2', 'place-3']],
      ['Fler platser nära Turistbyrån', ['place-4', 'place-5', 'place-6']],
    ]);
    expect(sv[1]?.cards.map((c) => c.when)).toEqual(['Öppet dygnet runt', 'Öppet idag 11–16', 'Öppet idag 11–16']);
  });
});
