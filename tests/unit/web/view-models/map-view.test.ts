import { describe, expect, it } from 'vitest';
import { presetRange } from '../../../../src/domain/date-range.js';
import { fromWallTime } from '../../../../src/domain/time.js';
import type { MapPoint } from '../../../../src/search/ports.js';
import { mapModel } from '../../../../src/web/view-models/map-view.js';

const TZ = 'Europe/Stockholm';
/** Monday 30 November 2026, 09:00 in Stockholm. */
const NOW = fromWallTime({ year: 2026, month: 11, day: 30, hour: 9, minute: 0, second: 0 }, TZ);
const opening = { now: NOW, place: { lat: 56.8777, lng: 14.8091, country: 'se' } };
const config = { tileUrl: 'https://tiles/{z}/{x}/{y}.png', attribution: 'OSM', attributionUrl: null, maxZoom: 19 };

function point(over: Partial<MapPoint>): MapPoint {
  return {
    id: 'k', eventId: 'k', kind: 'experience', title: 'Växjö konsthall', lang: 'sv', englishTitle: null, startsAt: 0, endsAt: 4_102_444_800,
    allDay: false, openingHours: 'Tu-Fr 12:00-18:00; Sa 12:00-16:00', openingHoursText: 'Tis–fre 12–18, lör 12–16. Sön–mån stängt', categories: [],
    geo: { lat: 56.88, lng: 14.8 }, venueName: 'Växjö konsthall', ...over,
  };
}

const markers = (points: MapPoint[], ctx: Parameters<typeof mapModel>[3]) =>
  (JSON.parse(mapModel(points, points.length, config, ctx).pointsJsonSafe) as { when: string; whenLang?: string }[]).map(({ when, whenLang }) => ({ when, whenLang }));

describe('a place\'s popup on the map', () => {
  it('says the opening in the page\'s language, as its card does, not the feed\'s Swedish text', () => {
    expect(markers([point({})], { lang: 'en', tz: TZ, opening })).toEqual([{ when: 'Closed today', whenLang: undefined }]);
    expect(markers([point({})], { lang: 'sv', tz: TZ, opening })).toEqual([{ when: 'Stängt idag', whenLang: undefined }]);
  });

  it('says the first opening in the search\'s window', () => {
    const range = presetRange('weekend', NOW, TZ);
    expect(markers([point({})], { lang: 'en', tz: TZ, opening: { ...opening, range } })).toEqual([{ when: 'Open Fri 12:00–18:00', whenLang: undefined }]);
  });

  it('shows the feed\'s words only when nothing was parsed, with their language', () => {
    expect(markers([point({ openingHours: null })], { lang: 'en', tz: TZ, opening })).toEqual([
      { when: 'Open: Tis–fre 12–18, lör 12–16. Sön–mån stängt', whenLang: 'sv' },
    ]);
  });
});
