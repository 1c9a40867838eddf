import type { Feed } from '../../feed/feed-service.js';
import type { Interests } from '../../feed/interests.js';
import type { Scored } from '../../feed/rank.js';
import type { FacetVocabulary } from '../../domain/facets.js';
import { conditionOf } from '../../weather/conditions.js';
import type { Forecast } from '../../weather/forecast.js';
import type { FacetLabeller } from '../facet-labels.js';
import { reasonText } from '../feed-reasons.js';
import { formatClock } from '../format.js';
import { type Lang, pathsOf, t } from '../i18n.js';
import { type EventCard, type FormatContext, toEventCard } from './event-card.js';

export interface FeedCard extends EventCard {
  /** Why it is suggested, strongest first ("Inomhus – regn väntas 14–17", "800 m bort"). */
  reasons: string[];
  /** Category ids, for "learn from what I open" (counted on the device). */
  categoryIds: string;
}

export interface WeatherSlot {
  label: string;
  iso: string;
  condition: string;
  icon: string;
  temperature: string;
}

export interface Choice {
  id: string;
  name: string;
  value: string;
  label: string;
  checked: boolean;
}

export interface HomePageModel {
  lang: Lang;
  pageTitle: string;
  action: string;
  searchAction: string;
  personal: boolean;
  top: FeedCard[];
  sections: { id: string; title: string; cards: FeedCard[] }[];
  weather: { heading: string; slots: WeatherSlot[] } | null;
  interests: {
    categories: Choice[];
    audience: Choice[];
    freeOnly: boolean;
    areas: { id: string; label: string; selected: boolean }[];
    venues: { id: string; label: string; selected: boolean }[];
  };
  alternateHref: string | null;
  alternateLang: Lang | null;
  /** Set for the htmx fragment (the region only, plus out-of-band updates). */
  fragment?: boolean;
}

export interface HomeContext extends FormatContext {
  label: FacetLabeller;
  vocab: FacetVocabulary;
  alternate: Lang | null;
  interests: Interests;
  area: string | null;
  /** Known venues a visitor can choose as where they are (value `venue:<id>`). */
  venues: readonly { value: string; name: string }[];
}

function feedCard(s: Scored, ctx: HomeContext): FeedCard {
  const card = toEventCard(s.candidate, ctx);
  return {
    ...card,
    // A place open around the clock says so on its card: "Open now" beside it would say it twice.
    reasons: s.reasons.filter((r) => !(card.alwaysOpen && r.kind === 'open-now')).slice(0, 3).map((r) => reasonText(r, ctx.lang, ctx.tz, ctx.label)),
    categoryIds: s.candidate.categories.join(' '),
  };
}

/** Now, then every third hour for twelve hours, from the same cached forecast the ranking used (also the kiosk's). */
export function weatherStrip(forecast: Forecast | null, now: number, ctx: Pick<FormatContext, 'lang' | 'tz'>): HomePageModel['weather'] {
  if (!forecast) return null;
  const upcoming = forecast.hours.filter((h) => h.time > now).filter((_, i) => i % 3 === 2).slice(0, 4);
  const nowHour = forecast.current ?? forecast.hours.find((h) => h.time <= now && now < h.time + 3600) ?? null;
  const slots = [...(nowHour ? [{ h: nowHour, label: t(ctx.lang, 'weather.now') }] : []), ...upcoming.map((h) => ({ h, label: formatClock(h.time, ctx) }))];
  if (slots.length === 0) return null;
  return {
    heading: t(ctx.lang, 'weather.heading', { place: forecast.point.name }),
    slots: slots.map(({ h, label }) => {
      const condition = conditionOf(h.weatherCode) ?? 'cloudy';
      return {
        label,
        iso: new Date(h.time * 1000).toISOString(),
        condition: t(ctx.lang, `weather.${condition}`),
        icon: condition,
        temperature: h.temperature === null ? '–' : `${Math.round(h.temperature)}°`,
      };
    }),
  };
}

function choices(field: 'categories' | 'audience', param: string, chosen: readonly string[], ctx: HomeContext): Choice[] {
  return [...ctx.vocab[field].keys()]
    .map((id) => ({ id: `i-${param}-${id}`, name: param, value: id, label: ctx.label(field, id), checked: chosen.includes(id) }))
    .sort((a, b) => a.label.localeCompare(b.label, ctx.lang));
}

/** The home page: suggestions, sections, the weather strip and the interests panel. */
export function homePageModel(feed: Feed, ctx: HomeContext): HomePageModel {
  const { lang } = ctx;
  return {
    lang,
    pageTitle: t(lang, 'home.title'),
    action: pathsOf(lang).home,
    searchAction: pathsOf(lang).search,
    personal: feed.personal,
    top: feed.top.map((s) => feedCard(s, ctx)),
    sections: feed.sections.map((s) => ({ id: s.id, title: t(lang, `section.${s.id}`), cards: s.items.map((i) => feedCard(i, ctx)) })),
    weather: weatherStrip(feed.forecast, feed.now, ctx),
    interests: {
      categories: choices('categories', 'interest', ctx.interests.categories, ctx),
      audience: choices('audience', 'audience', ctx.interests.audience, ctx),
      freeOnly: ctx.interests.freeOnly,
      areas: [...ctx.vocab.area.keys()]
        .map((id) => ({ id, label: ctx.label('area', id), selected: ctx.area === id }))
        .sort((a, b) => a.label.localeCompare(b.label, lang)),
      venues: ctx.venues.map((v) => ({ id: v.value, label: v.name, selected: ctx.area === v.value })),
    },
    alternateHref: ctx.alternate ? pathsOf(ctx.alternate).home : null,
    alternateLang: ctx.alternate,
  };
}
