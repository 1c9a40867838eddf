import type { AppConfig } from '../../config/app-schema.js';
import type { MapPoint } from '../../search/ports.js';
import { formatWhen } from '../format.js';
import { type Lang, t } from '../i18n.js';
import { scriptSafeJson } from '../json-ld.js';
import { eventPath } from '../paths.js';
import type { SearchInput } from '../search-input.js';
import { searchHref } from '../search-url.js';
import { shownTitle } from '../shown-text.js';

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

/** Markers for the events of a search (the points come from the reader's `mapPoints`). */
export function mapModel(points: readonly MapPoint[], total: number, config: AppConfig['map'], ctx: { lang: Lang; tz: string }): MapModel {
  const { lang } = ctx;
  const markers = points.map((p) => ({
    lat: p.geo.lat,
    lng: p.geo.lng,
    ...titleOf(p, lang),
    href: eventPath(lang, p),
    when: p.kind === 'event' ? formatWhen(p.startsAt, p.endsAt, p.allDay, ctx) : (p.openingHoursText ?? t(lang, 'kind.experience')),
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
