import type { AppConfig } from '../../config/app-schema.js';
import type { MapPoint } from '../../search/ports.js';
import { formatWhen } from '../format.js';
import { type Lang, t } from '../i18n.js';
import { scriptSafeJson } from '../json-ld.js';
import { eventPath } from '../paths.js';
import type { SearchInput } from '../search-input.js';
import { searchHref } from '../search-url.js';
import { shownTitle } from '../shown-text.js';
import { type FormatContext, placeWhen } from './event-card.js';

/** The list/map switch of the search page: both links keep every other choice. */
export interface ViewSwitch {
  listHref: string;
  mapHref: string;
  map: boolean;
}

export function viewSwitch(input: SearchInput, lang: Lang): ViewSwitch {
  return {
    listHref: searchHref(input, lang, { view: null, page: null, pages: null }),
    mapHref: searchHref(input, lang, { view: 'map', page: null, pages: null }),
    map: input.view === 'map',
  };
}

/** The map above the results: the points as JSON for map.js, the tile server and its attribution. */
export interface MapModel {
  /** Safe inside a <script type="application/json"> element. */
  pointsJsonSafe: string;
  count: number;
  note: string;
  tileUrl: string;
  attribution: string;
  attributionUrl: string | null;
  maxZoom: number;
}

/** A marker's title as the page's cards show it, with its language when not the page's (map.js sets `lang`). */
function titleOf(p: MapPoint, lang: Lang): { title: string; lang?: string } {
  const shown = shownTitle(p, lang);
  return shown.lang ? { title: shown.text, lang: shown.lang } : { title: shown.text };
}

/**
 * A marker's when line: an event's date, a place's opening as its card says it (translated, in the search's window);
 * the feed's own words only when its hours were not parsed, with their language when not the page's (`whenLang`).
 */
function whenOf(p: MapPoint, ctx: FormatContext): { when: string; whenLang?: string } {
  if (p.kind === 'event') return { when: formatWhen(p.startsAt, p.endsAt, p.allDay, ctx) };
  const place = placeWhen(p, ctx);
  return place.feed?.lang ? { when: place.text, whenLang: place.feed.lang } : { when: place.text };
}

/** Markers for the events of a search (the points come from the reader's `mapPoints`). */
export function mapModel(points: readonly MapPoint[], total: number, config: AppConfig['map'], ctx: Pick<FormatContext, 'lang' | 'tz' | 'opening'>): MapModel {
  const { lang } = ctx;
  const markers = points.map((p) => ({
    lat: p.geo.lat,
    lng: p.geo.lng,
    ...titleOf(p, lang),
    href: eventPath(lang, p),
    ...whenOf(p, ctx),
    where: p.venueName,
  }));
  return {
    pointsJsonSafe: scriptSafeJson(markers),
    count: markers.length,
    note: t(lang, 'map.note', { shown: markers.length, total }),
    tileUrl: config.tileUrl,
    attribution: config.attribution,
    attributionUrl: config.attributionUrl,
    maxZoom: config.maxZoom,
  };
}
